"""Reviewing proposals: approve into the flow library (new flow or new version), or reject.

Every change is checked against the proposal's version column, so of two reviewers acting
on the same proposal one wins and the other is told who got there first.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from flywheel.accounts import get_account
from flywheel.drafting import apply_enhancement
from flywheel.errors import Conflict, InvalidInput, NotFound
from flywheel.llm.base import EnhancementDraft
from flywheel.models import AuditEvent, Flow, FlowVersion, Proposal
from flywheel.trees import Tree, check_tree, parse_tree, tree_to_dict


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


def _without_support(tree: Tree) -> dict[str, Any]:
    data = tree_to_dict(tree)
    for node in [data, *data.get("children", [])]:
        node.pop("support", None)
        for option in node.get("options", []):
            option.pop("support", None)
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
) -> Flow:
    """Validate and publish: a new active flow, or a new version of the target flow."""
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
    _close(
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
    tree = _without_support(_proposed_tree(proposal))
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
    flow.versions.append(_version(flow, 1, proposal, reviewer, note))
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
        draft = EnhancementDraft.model_validate({"title": proposal.title, **data})
        tree = apply_enhancement(parse_tree(flow.tree_structure), draft)
        check_tree(tree)
    flow.tree_structure = _without_support(tree)
    flow.current_version += 1
    flow.versions.append(_version(flow, flow.current_version, proposal, reviewer, note))
    db.flush()
    return flow


def _version(
    flow: Flow, number: int, proposal: Proposal, reviewer: str, note: str | None
) -> FlowVersion:
    return FlowVersion(
        version=number,
        name=flow.name,
        description=flow.description,
        problem_domain=flow.problem_domain,
        match_keywords=list(flow.match_keywords),
        tree_structure=flow.tree_structure,
        created_by=reviewer,
        note=note or f"approved proposal #{proposal.id}",
        source_proposal_id=proposal.id,
    )


def reject(
    db: Session,
    *,
    account: str,
    proposal_id: int,
    reviewer: str,
    reason: str,
    expected_version: int | None = None,
    now: datetime | None = None,
) -> Proposal:
    """Close a proposal without publishing; a reason is required."""
    if not reason or not reason.strip():
        raise InvalidInput("A rejection needs a reason, so the team knows why.")
    proposal = get_proposal(db, account=account, proposal_id=proposal_id)
    _pending(proposal, expected_version)
    _close(
        db,
        proposal,
        status="rejected",
        reviewer=reviewer,
        note=reason.strip(),
        now=now or datetime.now(UTC),
        details={},
    )
    return proposal


def _close(
    db: Session,
    proposal: Proposal,
    *,
    status: str,
    reviewer: str,
    note: str | None,
    now: datetime,
    details: dict[str, Any],
) -> None:
    proposal.status = status
    proposal.reviewer = reviewer
    proposal.reviewed_at = now
    proposal.review_note = note
    proposal.updated_by = reviewer
    db.add(
        AuditEvent(
            account_id=proposal.account_id,
            actor=reviewer,
            action=f"proposal.{status}",
            entity_type="proposal",
            entity_id=proposal.id,
            details={"note": note, **details},
        )
    )
    db.flush()
