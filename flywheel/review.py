"""Reviewing proposals: approve into the flow library (new flow or new version), or reject.

Every change is checked against the proposal's version column, so of two reviewers acting
on the same proposal one wins and the other is told who got there first.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from flywheel import auth, evidence, notify
from flywheel.accounts import get_account
from flywheel.branches import Told, starts_alike, ways_in
from flywheel.drafting import apply_enhancement, rekeyed
from flywheel.errors import Conflict, InvalidInput, NotFound
from flywheel.llm.base import EnhancementDraft
from flywheel.mining import LABEL_VOTES
from flywheel.models import Analysis, AuditEvent, Flow, FlowVersion, Proposal, SupportSession
from flywheel.similarity import fingerprint
from flywheel.trees import Tree, all_nodes, check_tree, parse_tree, tree_to_dict


def get_proposal(db: Session, *, account: str, proposal_id: int) -> Proposal:
    """A proposal of this account; another account's id is simply not found."""
    account_id = get_account(db, account).id
    proposal = db.scalar(
        select(Proposal).where(Proposal.id == proposal_id, Proposal.account_id == account_id)
    )
    if proposal is None:
        raise NotFound(f"There is no proposal #{proposal_id} in account {account!r}.")
    return proposal


def _pending(proposal: Proposal, expected_version: int | None) -> None:
    if proposal.status != "pending":
        who = f" by {proposal.reviewer}" if proposal.reviewer else ""
        raise Conflict(f"Proposal #{proposal.id} was already {proposal.status}{who}.")
    if expected_version is not None and proposal.version != expected_version:
        raise Conflict(
            f"Proposal #{proposal.id} was changed by {proposal.updated_by or 'someone else'} "
            "since you opened it; reload to see their changes."
        )


def _published_tree(tree: Tree) -> dict[str, Any]:
    """The tree as a flow publishes it: without the proposal's evidence (support counts,
    and how often each wording of an option was taken while merging)."""
    data = tree_to_dict(tree)
    for node in [data, *data.get("children", [])]:
        node.pop("support", None)
        for option in node.get("options", []):
            option.pop("support", None)
            option.pop(LABEL_VOTES, None)
    return data


def _slug(title: str, taken: set[str]) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60] or "flow"
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug


def approve(
    db: Session,
    *,
    account: str,
    proposal_id: int,
    reviewer: str,
    note: str | None = None,
    expected_version: int | None = None,
    now: datetime | None = None,
    user_id: str | None = None,
) -> Flow:
    """Validate and publish: a new active flow, or a new version of the target flow.

    `user_id` is the signed-in user (None: local mode or the command line), who must be a
    reviewer of the account.
    """
    auth.require(db, account=account, user_id=user_id, role=auth.REVIEWER, action="approving")
    proposal = get_proposal(db, account=account, proposal_id=proposal_id)
    _pending(proposal, expected_version)
    now = now or datetime.now(UTC)
    if proposal.proposal_type == "new_flow":
        flow = _publish_new_flow(db, proposal, reviewer=reviewer, note=note)
    elif proposal.proposal_type == "enhancement":
        flow = _publish_enhancement(db, proposal, reviewer=reviewer, note=note)
    else:
        raise InvalidInput(
            f"Proposal #{proposal.id} is a {proposal.proposal_type} record; "
            "there is nothing to approve."
        )
    evidence.close(
        db,
        proposal,
        status="approved",
        reviewer=reviewer,
        note=note,
        now=now,
        details={"flow_id": flow.id, "flow_version": flow.current_version},
    )
    return flow


def _proposed_tree(proposal: Proposal) -> Tree:
    tree = parse_tree(proposal.proposed_flow_data.get("tree_structure"))
    check_tree(tree)
    return tree


def _publish_new_flow(db: Session, proposal: Proposal, *, reviewer: str, note: str | None) -> Flow:
    tree = _published_tree(_proposed_tree(proposal))
    taken = set(db.scalars(select(Flow.external_id).where(Flow.account_id == proposal.account_id)))
    flow = Flow(
        account_id=proposal.account_id,
        team_id=proposal.team_id,
        external_id=_slug(proposal.title, taken),
        name=proposal.title,
        description=proposal.description,
        problem_domain=proposal.problem_domain,
        match_keywords=list(proposal.proposed_flow_data.get("match_keywords", [])),
        tree_structure=tree,
        status="active",
        current_version=1,
    )
    flow.snapshot(
        created_by=reviewer, note=_approval_note(proposal, note), source_proposal_id=proposal.id
    )
    db.add(flow)
    db.flush()
    return flow


def _publish_enhancement(
    db: Session, proposal: Proposal, *, reviewer: str, note: str | None
) -> Flow:
    flow = db.get(Flow, proposal.target_flow_id) if proposal.target_flow_id else None
    if flow is None or flow.account_id != proposal.account_id:
        raise NotFound(f"The flow proposal #{proposal.id} would change no longer exists.")
    data = proposal.proposed_flow_data
    if data.get("base_version") == flow.current_version:
        tree = _proposed_tree(proposal)
    else:  # the flow moved on since the draft: apply the same additions to its current tree
        if data.get(evidence.EDITED_TREE):
            raise Conflict(
                f"Flow '{flow.name}' changed since proposal #{proposal.id} was drafted (version "
                f"{data.get('base_version')}, now {flow.current_version}), and this proposal's "
                "tree was edited: approving would apply only the drafted branch to the new "
                "version and lose those edits. Reject it and analyse its session again "
                "(--force) to draft against the current flow, then redo the edits."
            )
        current = parse_tree(flow.tree_structure)
        draft = EnhancementDraft.model_validate({"title": proposal.title, **data})
        tree = apply_enhancement(current, rekeyed(draft, current))
        check_tree(tree)
    flow.tree_structure = _published_tree(tree)
    flow.current_version += 1
    flow.snapshot(
        created_by=reviewer, note=_approval_note(proposal, note), source_proposal_id=proposal.id
    )
    db.flush()
    return flow


def _approval_note(proposal: Proposal, note: str | None) -> str:
    return note or f"approved proposal #{proposal.id}"


def reject(
    db: Session,
    *,
    account: str,
    proposal_id: int,
    reviewer: str,
    reason: str,
    expected_version: int | None = None,
    now: datetime | None = None,
    user_id: str | None = None,
) -> Proposal:
    """Close a proposal without publishing; a reason is required. `user_id` (when signed
    in) must be a reviewer of the account."""
    auth.require(db, account=account, user_id=user_id, role=auth.REVIEWER, action="rejecting")
    if not reason or not reason.strip():
        raise InvalidInput("A rejection needs a reason, so the team knows why.")
    proposal = get_proposal(db, account=account, proposal_id=proposal_id)
    _pending(proposal, expected_version)
    evidence.close(
        db,
        proposal,
        status="rejected",
        reviewer=reviewer,
        note=reason.strip(),
        now=now or datetime.now(UTC),
        details={},
    )
    return proposal


# --- editing, merging and the detail behind the proposal page -------------------------------


def save_edits(
    db: Session,
    *,
    account: str,
    proposal_id: int,
    editor: str,
    expected_version: int,
    title: str | None = None,
    description: str | None = None,
    problem_domain: str | None = None,
    match_keywords: list[str] | None = None,
    tree: dict[str, Any] | None = None,
    user_id: str | None = None,
) -> Proposal:
    """Save a reviewer's edits to a pending proposal, unless someone saved since they loaded it.

    Only the fields given change. A tree is validated first (InvalidTree lists each problem
    by node); a stale `expected_version` raises Conflict naming who changed it and when.
    `user_id` (when signed in) must be a reviewer of the account.
    """
    auth.require(
        db, account=account, user_id=user_id, role=auth.REVIEWER, action="editing a proposal"
    )
    proposal = get_proposal(db, account=account, proposal_id=proposal_id)
    _pending(proposal, None)
    _same_version(proposal, expected_version)
    changes = _edit_values(
        title=title,
        description=description,
        problem_domain=problem_domain,
        match_keywords=match_keywords,
        tree=tree,
    )
    changed = _apply_edits(proposal, changes)
    if not changed:
        return proposal
    proposal.updated_by = editor
    proposal.fingerprint = _fingerprint_of(proposal)
    _audit(db, proposal, actor=editor, action="proposal.edited", details={"fields": changed})
    with _lost_race(proposal):
        db.flush()
    return proposal


def _same_version(proposal: Proposal, expected_version: int) -> None:
    if proposal.version == expected_version:
        return
    when = proposal.updated_at.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
    raise Conflict(
        f"Proposal #{proposal.id} was changed by {proposal.updated_by or 'someone else'} "
        f"at {when}, after you opened it (you edited version {expected_version}; it is now "
        f"version {proposal.version})."
    )


def _edit_values(
    *,
    title: str | None,
    description: str | None,
    problem_domain: str | None,
    match_keywords: list[str] | None,
    tree: dict[str, Any] | None,
) -> dict[str, Any]:
    """The edits, checked and tidied; a field left as None is not being edited."""
    values: dict[str, Any] = {}
    if title is not None:
        if not title.strip():
            raise InvalidInput("A proposal needs a title.")
        values["title"] = title.strip()[:500]
    if description is not None:
        values["description"] = description.strip() or None
    if problem_domain is not None:
        values["problem_domain"] = problem_domain.strip() or None
    if match_keywords is not None:
        cleaned = (k.strip() for k in match_keywords if isinstance(k, str))
        values["match_keywords"] = list(dict.fromkeys(k for k in cleaned if k))
    if tree is not None:
        parsed = parse_tree(tree)
        check_tree(parsed)
        values["tree_structure"] = tree_to_dict(parsed)
    return values


def _apply_edits(proposal: Proposal, values: dict[str, Any]) -> list[str]:
    """Set what differs; returns the names of the fields that changed."""
    changed: list[str] = []
    data = dict(proposal.proposed_flow_data)  # a new object, so the JSON column is saved
    for name, value in values.items():
        if name in ("match_keywords", "tree_structure"):
            if data.get(name) != value:
                data[name] = value
                changed.append(name)
        elif getattr(proposal, name) != value:
            setattr(proposal, name, value)
            changed.append(name)
    if "tree_structure" in changed:
        data.pop(evidence.SESSION_PATHS, None)  # re-mined from them, the edits would be lost
        if proposal.proposal_type == "enhancement":
            data[evidence.EDITED_TREE] = True  # no longer only the draft on its base version
    if set(changed) & {"match_keywords", "tree_structure"}:
        proposal.proposed_flow_data = data
    return changed


def _fingerprint_of(proposal: Proposal) -> str:
    questions: list[str] = []
    raw = proposal.proposed_flow_data.get("tree_structure")
    if isinstance(raw, dict):
        questions = [n.question or "" for n in all_nodes(parse_tree(raw)) if n.question]
    return fingerprint(proposal.title, proposal.description, *questions)


def _audit(
    db: Session, proposal: Proposal, *, actor: str, action: str, details: dict[str, Any]
) -> None:
    db.add(
        AuditEvent(
            account_id=proposal.account_id,
            actor=actor,
            action=action,
            entity_type="proposal",
            entity_id=proposal.id,
            details={"from_version": proposal.version, **details},
        )
    )


@contextmanager
def _lost_race(proposal: Proposal) -> Iterator[None]:
    """Turn a lost race on the version column (StaleDataError at flush) into a Conflict."""
    try:
        yield
    except StaleDataError:
        raise Conflict(
            f"Proposal #{proposal.id} was changed by someone else while you saved; reload."
        ) from None


def merge_proposals(
    db: Session,
    *,
    account: str,
    keep_id: int,
    absorb_id: int,
    reviewer: str,
    user_id: str | None = None,
) -> Proposal:
    """Join two pending proposals of the same kind: `keep_id` takes the other's evidence.

    The kept proposal gets the union of supporting sessions, a little more confidence and,
    for trees, the other's paths merged in; the absorbed one is closed as "merged".
    `user_id` (when signed in) must be a reviewer of the account.
    """
    auth.require(
        db, account=account, user_id=user_id, role=auth.REVIEWER, action="merging proposals"
    )
    if keep_id == absorb_id:
        raise InvalidInput("A proposal cannot be merged into itself; pick another one.")
    keep = get_proposal(db, account=account, proposal_id=keep_id)
    absorb = get_proposal(db, account=account, proposal_id=absorb_id)
    for proposal in (keep, absorb):
        _pending(proposal, None)
    _check_mergeable(keep, absorb)
    base = _base_flow(db, keep, absorb)
    if base is not None:
        _one_way_on(keep, absorb)
    evidence.absorb(keep, absorb, base=base, reviewed=True)
    keep.updated_by = reviewer
    keep.fingerprint = _fingerprint_of(keep)
    _audit(db, keep, actor=reviewer, action="proposal.merge", details={"absorbed": absorb.id})
    with _lost_race(keep):
        evidence.close(
            db,
            absorb,
            status="merged",
            reviewer=reviewer,
            note=f"Merged into proposal #{keep.id} by {reviewer}.",
            now=datetime.now(UTC),
            details={"merged_into": keep.id},
        )
    notify.proposal_event(db, keep, notify.PROPOSAL_UPDATED, merged=absorb.id)
    return keep


def _check_mergeable(keep: Proposal, absorb: Proposal) -> None:
    if keep.proposal_type != absorb.proposal_type:
        raise InvalidInput(
            f"Proposal #{absorb.id} is a {absorb.proposal_type.replace('_', ' ')} and "
            f"#{keep.id} is a {keep.proposal_type.replace('_', ' ')}; only proposals of the "
            "same kind can be merged."
        )
    if keep.proposal_type == "enhancement" and keep.target_flow_id != absorb.target_flow_id:
        raise InvalidInput(
            f"Proposals #{keep.id} and #{absorb.id} change different flows; "
            "only enhancements of the same flow can be merged."
        )


def _base_flow(db: Session, keep: Proposal, absorb: Proposal) -> tuple[Tree, int] | None:
    """For two enhancements, the flow's tree and version both were drafted on (None for
    new flows). Their branches can be merged only on one version, unless the kept one's
    tree was edited (then that tree is what approval publishes, and the other's paths are
    merged into it as they are)."""
    if keep.proposal_type != "enhancement" or keep.proposed_flow_data.get(evidence.EDITED_TREE):
        return None
    version = keep.proposed_flow_data.get("base_version")
    if absorb.proposed_flow_data.get("base_version") != version:
        raise InvalidInput(
            f"Proposals #{keep.id} and #{absorb.id} were drafted on different versions of "
            f"the flow ({version} and {absorb.proposed_flow_data.get('base_version')}), so "
            "their branches cannot be merged into one; review them one at a time."
        )
    snapshot = db.scalar(
        select(FlowVersion).where(
            FlowVersion.flow_id == keep.target_flow_id, FlowVersion.version == version
        )
    )
    if snapshot is None:
        raise NotFound(f"Version {version} of the flow proposal #{keep.id} changes is gone.")
    return parse_tree(snapshot.tree_structure), snapshot.version


def _one_way_on(keep: Proposal, absorb: Proposal) -> None:
    """Refuse two branches hung on the same answer that begin differently: after one answer
    a flow goes on one way, so one of them would be lost."""
    ours, theirs = Told.of(keep.proposed_flow_data), Told.of(absorb.proposed_flow_data)
    if ours is None or theirs is None:
        return
    shared = ways_in(ours) & ways_in(theirs)
    if shared and not starts_alike(ours, theirs):
        node_id, answer = sorted(shared)[0]
        raise InvalidInput(
            f"Proposals #{keep.id} and #{absorb.id} both add a branch after node '{node_id}'"
            + (f" on the answer '{answer}'" if answer else "")
            + ", and they begin with different steps; a flow goes on one way there, so one "
            "branch would be lost. Approve one, then analyse the other's sessions again "
            "(--force) to draft against the new version of the flow."
        )


def merge_candidates(
    db: Session, *, account: str, proposal_id: int, limit: int = 200
) -> list[tuple[int, str]]:
    """(id, title) of the pending proposals that could be merged into this one."""
    proposal = get_proposal(db, account=account, proposal_id=proposal_id)
    query = select(Proposal.id, Proposal.title).where(
        Proposal.account_id == proposal.account_id,
        Proposal.status == "pending",
        Proposal.proposal_type == proposal.proposal_type,
        Proposal.id != proposal.id,
    )
    if proposal.proposal_type == "enhancement":
        query = query.where(Proposal.target_flow_id == proposal.target_flow_id)
    query = query.order_by(Proposal.created_at, Proposal.id).limit(limit)
    return [(row.id, row.title) for row in db.execute(query)]


@dataclass
class ProposalDetail:
    """Everything the proposal page shows besides the proposal itself."""

    proposal: Proposal
    sessions: list[SupportSession]
    analysis: Analysis | None
    target_flow: Flow | None
    published_flow: Flow | None = None


def proposal_detail(db: Session, *, account: str, proposal_id: int) -> ProposalDetail:
    """The proposal, its supporting sessions (steps loaded, in evidence order), the source
    session's current analysis, the flow an enhancement would change and, once approved,
    the flow it was published as."""
    proposal = get_proposal(db, account=account, proposal_id=proposal_id)
    target = db.get(Flow, proposal.target_flow_id) if proposal.target_flow_id else None
    return ProposalDetail(
        proposal=proposal,
        sessions=_supporting_sessions(db, proposal),
        analysis=_source_analysis(db, proposal),
        target_flow=target if target and target.account_id == proposal.account_id else None,
        published_flow=db.scalar(
            select(Flow)
            .join(FlowVersion, FlowVersion.flow_id == Flow.id)
            .where(FlowVersion.source_proposal_id == proposal.id)
            .limit(1)
        ),
    )


def _supporting_sessions(db: Session, proposal: Proposal) -> list[SupportSession]:
    """The source session first, then the other supporting ones, with their steps."""
    ids = [i for i in proposal.supporting_session_ids if isinstance(i, int)]
    if proposal.source_session_id is not None and proposal.source_session_id not in ids:
        ids.insert(0, proposal.source_session_id)
    found = db.scalars(
        select(SupportSession)
        .where(SupportSession.id.in_(ids), SupportSession.account_id == proposal.account_id)
        .options(selectinload(SupportSession.steps), selectinload(SupportSession.matched_flow))
    )
    by_id = {s.id: s for s in found}
    return [by_id[i] for i in ids if i in by_id]


def _source_analysis(db: Session, proposal: Proposal) -> Analysis | None:
    if proposal.source_session_id is None:
        return None
    return db.scalar(
        select(Analysis)
        .where(Analysis.session_id == proposal.source_session_id, Analysis.is_current.is_(True))
        .options(selectinload(Analysis.matched_flow))
    )
