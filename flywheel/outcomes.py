"""The three outcomes (reinforce, enhancement, new flow) and merging into a similar proposal.

Each handler stages its writes (proposals on the context's Session, counters and tracking
records in the context's `Staged`) and returns what happened; the analyzer writes and commits
them together with the analysis record.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from sqlalchemy import select

from flywheel import evidence, notify
from flywheel.branches import Told, starts_alike
from flywheel.db import lock
from flywheel.dispatch import Decision
from flywheel.drafting import check_enhancement_draft, check_flow_draft
from flywheel.errors import Conflict
from flywheel.ledger import CallSite, draft_with_repair
from flywheel.llm.base import EnhancementDraft, EnhancementRequest, FlowDraft, FlowRequest
from flywheel.llm.offline import OfflineProvider, session_tree
from flywheel.matching import FLOW, Alignment, Trail, align_prepared, normalized
from flywheel.mining import merge_path, offer_the_same, same_first_question
from flywheel.models import Flow, Proposal, SupportSession
from flywheel.similarity import Match, fingerprint, same_story, similar_pending, similarity
from flywheel.staging import Staged
from flywheel.transcript import SessionView
from flywheel.trees import Tree, parse_tree, tree_to_dict, walk


@dataclass
class Context:
    site: CallSite
    session: SupportSession
    view: SessionView
    trail: Trail  # the view as the matcher reads it, read once
    flow: Flow | None
    alignment: Alignment | None
    decision: Decision
    match_source: str | None
    started: float
    next_attempt_at: datetime | None = None
    staged: Staged = field(default_factory=Staged)
    _flow_tree: Tree | None = field(default=None, repr=False)

    def flow_tree(self) -> Tree:
        """The matched flow's tree, parsed once for the whole analysis (read, never
        changed: drafting and merging work on copies)."""
        if self._flow_tree is None:
            if self.flow is None:
                raise ValueError("the session matched no flow")
            self._flow_tree = parse_tree(self.flow.tree_structure)
        return self._flow_tree


@dataclass
class Written:
    """An outcome, why, and its proposal: stored already, or (a reinforcement's tracking
    record) staged as column values."""

    outcome: str
    reason: str
    proposal_id: int | None = None
    tracking: dict[str, Any] | None = None


def run(ctx: Context) -> Written:
    """Carry out the session's route, drafting with the language model when needed."""
    return without_model(ctx) or _drafted(ctx)


def without_model(ctx: Context) -> Written | None:
    """The outcome when it needs no language model: a reinforcement, or joining a pending
    proposal the session repeats (a new problem seen before, a missing branch told again).
    None when a draft is needed. Makes no commit, so that it can share a transaction."""
    route = ctx.decision.route
    if route == "reinforce" and ctx.flow is not None:
        return reinforce(ctx, ctx.flow)
    if route == "enhance" and ctx.flow is not None:
        return _join_twin(ctx, ctx.flow) or _join_similar(ctx, instead_of=ctx.alignment)
    return _join_similar(ctx)


def _drafted(ctx: Context) -> Written:
    if ctx.decision.route == "enhance" and ctx.flow is not None:
        return enhance(ctx, ctx.flow)
    return new_flow(ctx)


# --- reinforce -------------------------------------------------------------------------------


def reinforce(ctx: Context, flow: Flow) -> Written:
    """Success rate as a moving average of real outcomes, usage, traffic, and a tracking
    record, staged for the analyzer to write with the analysis."""
    result = 1.0 if ctx.session.status == "resolved" else 0.0
    keys = traffic_keys(ctx.alignment) if ctx.alignment is not None else []
    ctx.staged.reinforce(flow.id, result=result, at=ctx.site.now, keys=keys)
    tracking = _proposal_values(
        ctx,
        proposal_type="auto_reinforced",
        status="auto_reinforced",
        title=f"Reinforcement: {ctx.view.problem_summary or ctx.view.external_id}"[:500],
        description="The session followed an existing flow; nothing to review.",
        data={},
        target_flow_id=flow.id,
    )
    outcome = "resolved" if result else ctx.session.status
    return Written(
        "auto_reinforced", f"{ctx.decision.reason} Counted as {outcome}.", tracking=tracking
    )


def traffic_keys(alignment: Alignment) -> list[str]:
    """The flow's traffic counters a session walked: each node, and each branch as
    "node:option"."""
    return alignment.visited + [f"{node}:{option}" for node, option in alignment.branches]


# --- new flow and merging ---------------------------------------------------------------------


def _explains_better(ctx: Context, match: Match, left: Alignment) -> bool:
    """Whether a pending new-flow proposal explains a session better than the flow it left.

    A session that left a flow early may be a new problem already pending, which met one
    of the flow's questions on its way: sessions of that problem would scatter over the
    flow's enhancements. It is the proposal's when the proposal's tree explains the whole
    trail without leaving it, more surely than the flow explained its part, both read as
    strictly as a flow is read (a proposal's own reading is kinder, to join paraphrases).
    A session that follows the flow a while and then leaves it stays its enhancement
    unless the proposal explains it better still."""
    if match.flow is None:
        return False
    found = align_prepared(match.flow, ctx.trail, reading=FLOW)
    return not found.diverged and found.score > left.score


def _questions(tree: Tree) -> list[str]:
    return [node.question or "" for node in walk(tree) if node.type == "decision"]


def _join_similar(ctx: Context, *, instead_of: Alignment | None = None) -> Written | None:
    """Merge into a similar pending proposal when the session itself shows it (no draft).

    `instead_of`: the alignment to a flow the session left, which it would otherwise
    propose a branch for; it joins the proposal only when that explains it better
    (`_explains_better`)."""
    trail = session_tree(ctx.view)
    early = _similar(ctx, ctx.view.problem_domain, _session_print(ctx.view, trail))
    if not early or (instead_of is not None and not _explains_better(ctx, early[0], instead_of)):
        return None
    lock(ctx.site.db, f"proposals:{ctx.session.account_id}")
    joined = merge_into(ctx, early[0], trail, drafted=False, alike=early[1:])
    if instead_of is None:
        return joined
    why = "The proposal explains the whole session, better than the flow it left."
    return replace(joined, reason=f"{joined.reason} {why}")


def _session_print(view: SessionView, trail: Tree) -> str:
    return fingerprint(view.problem_summary, *_questions(trail))


def new_flow(ctx: Context) -> Written:
    """Draft the new flow and store it, or merge the draft into a similar pending proposal.

    Creation and merging hold the account's proposal lock, and the look-up is repeated under
    it, so two analyzers drafting the same new problem at once end in one proposal.
    """
    view = ctx.view
    session_print = _session_print(view, session_tree(view))
    draft = draft_with_repair(
        ctx.site,
        "new_flow",
        lambda repair, previous: ctx.site.provider.draft_flow(
            FlowRequest(session=view, repair=repair, previous=previous)
        ),
        check_flow_draft,
    )
    draft_print = fingerprint(draft.title, view.problem_summary, *_questions(draft.tree_structure))
    lock(ctx.site.db, f"proposals:{ctx.session.account_id}")
    late = _similar(ctx, draft.problem_domain, draft_print) or _similar(
        ctx, view.problem_domain, session_print
    )
    if late:
        return merge_into(ctx, late[0], draft.tree_structure, drafted=True, alike=late[1:])
    return _store_new_flow(ctx, draft, draft_print)


def _similar(ctx: Context, domain: str | None, query: str) -> list[Match]:
    """The pending new-flow proposals nearest this session, the most alike first (of equals,
    the first found), shortlisted by the query's words and scored by its questions and its
    own trail (`similarity.resemblance`); none unless the first is at or above the merge
    threshold, the proposal the session repeats. The others are looked at for folding
    (`_fold`). A session without a domain is looked up in every domain, since its
    proposals are stored under a guessed one."""
    domains = _domains(ctx, domain)
    found = [m for where in domains for m in _look_up(ctx, where, query, trail=ctx.trail)]
    found.sort(key=lambda match: -match.score)
    threshold = ctx.site.settings.merge_similarity_threshold
    return found if found and found[0].score >= threshold else []


def _domains(ctx: Context, domain: str | None) -> list[str | None]:
    """Where to look: the given domain; without one, every domain with a pending new flow
    in the account, and no domain at all."""
    if domain:
        return [domain]
    rows = ctx.site.db.scalars(
        select(Proposal.problem_domain)
        .where(
            Proposal.account_id == ctx.session.account_id,
            Proposal.status == "pending",
            Proposal.proposal_type == "new_flow",
            Proposal.problem_domain.is_not(None),
        )
        .distinct()
        .order_by(Proposal.problem_domain)
    )
    return [None, *rows]


def _look_up(ctx: Context, domain: str | None, query: str, *, trail: Trail) -> list[Match]:
    """The pending proposals of the domain the look-up shortlists, best first, however
    alike (the shortlist is short: `similarity.SHORTLIST`)."""
    return similar_pending(
        ctx.site.db,
        account_id=ctx.session.account_id,
        domain=domain,
        query=query,
        threshold=0.0,
        trail=trail,
    )


def _fold(ctx: Context, keep: Proposal, others: Sequence[Match]) -> list[int]:
    """Fold into the proposal the session joined each other pending proposal the look-up
    shortlisted for it that is the same problem (`_one_problem`). One problem's first
    sessions may take different branches, or one may start higher and its proposal's tree
    grow a new top later, or its agents word the first question apart: its proposals then
    stay apart, each growing, until a session near both shows them to be one. Each folded
    proposal is closed as merged into the kept one, its sessions and paths added there (an
    audit event says so). Returns their ids."""
    db = ctx.site.db
    folded: list[int] = []
    ours = _tree_of(keep)
    if ours is None:
        return folded
    for match in others:
        other = db.get(Proposal, match.proposal_id, populate_existing=True)
        if other is None or other.status != "pending":
            continue
        theirs = _tree_of(other)
        if theirs is None or not _one_problem(ours, theirs, keep.fingerprint, match.head):
            continue
        evidence.absorb(keep, other)
        ours = _tree_of(keep) or ours  # grown by the folded one's paths
        note = (
            f"Merged into proposal #{keep.id} by the analyzer: both start with the same "
            f"question and are the same problem, and session {ctx.view.external_id} "
            "led to both."
        )
        details = {"merged_into": keep.id, "session_id": ctx.session.id}
        evidence.close(
            db,
            other,
            status="merged",
            reviewer="analyzer",
            note=note,
            now=ctx.site.now,
            details=details,
        )
        notify.proposal_event(db, keep, notify.PROPOSAL_UPDATED, merged=other.id)
        folded.append(other.id)
    return folded


def _tree_of(proposal: Proposal) -> Tree | None:
    """A new-flow proposal's tree (None: it has none)."""
    tree = proposal.proposed_flow_data.get("tree_structure")
    return parse_tree(tree) if isinstance(tree, dict) else None


def _one_problem(ours: Tree, theirs: Tree, our_print: str | None, their_head: str) -> bool:
    """Whether two proposals' trees are one problem: their first questions offer the same
    answers, three or more word for word (`mining.offer_the_same`: agents of one problem
    word the question apart, not the answers), or both start with one question and the
    proposals' openings tell one story (`same_first_question`, `similarity.same_story`)."""
    if offer_the_same(ours, theirs):
        return True
    return same_story(our_print or "", their_head) and same_first_question(ours, theirs)


def _store_new_flow(ctx: Context, draft: FlowDraft, print_: str) -> Written:
    data = evidence.drafted_tree(draft.tree_structure, ctx.session.id)
    data["match_keywords"] = draft.match_keywords
    proposal = _proposal(
        ctx,
        proposal_type="new_flow",
        status="pending",
        title=draft.title,
        description=draft.description,
        data=data,
        domain=draft.problem_domain,
        fingerprint_=print_,
    )
    _notify(ctx, proposal, notify.PROPOSAL_PENDING)
    return Written("new_flow", f"{ctx.decision.reason} Drafted a new flow.", proposal.id)


def merge_into(
    ctx: Context,
    match: Match,
    path: Tree | None,
    *,
    drafted: bool,
    alike: Sequence[Match] = (),
    branch: Told | None = None,
) -> Written:
    """Add the session as evidence to the proposal it matched: its id, the count,
    confidence, and its path in the tree (for a new flow) or its `branch` (for an
    enhancement of the context's flow); then fold in those of the other proposals the
    look-up shortlisted (`alike`) that are the same problem (`_fold`)."""
    db = ctx.site.db
    proposal = db.get(Proposal, match.proposal_id, populate_existing=True)
    if proposal is None or proposal.status != "pending":
        raise Conflict(
            f"Proposal #{match.proposal_id} was reviewed while this session was analysed."
        )
    data = dict(proposal.proposed_flow_data)
    if path is not None and "tree_structure" in data:
        aligned = match.flow if match.version == proposal.version else None  # still that tree
        evidence.grow_tree(
            data,
            [evidence.session_path(ctx.session.id, path)],
            lambda tree: merge_path(tree, path, prepared=aligned),
        )
    proposal.proposed_flow_data = data
    grown = (
        branch is not None
        and ctx.flow is not None
        and evidence.grow_branch(proposal, ctx.flow_tree(), ctx.flow.current_version, branch)
    )
    evidence.add_sessions(proposal, [ctx.session.id])
    proposal.updated_by = "analyzer"
    db.flush()
    _notify(ctx, proposal, notify.PROPOSAL_UPDATED)
    folded = _fold(ctx, proposal, alike)
    how = "after drafting" if drafted else "before any LLM call"
    reason = (
        f"{ctx.decision.reason} Joined pending proposal #{proposal.id} "
        f"({match.score:.2f} alike, {how}); "
        f"it now has {proposal.supporting_session_count} supporting sessions."
    )
    if grown:
        count = len(proposal.proposed_flow_data.get("new_nodes", []))
        reason += f" Its branch, with this session's merged in, has {count} new nodes."
    if folded:
        names = ", ".join(f"#{id_}" for id_ in folded)
        reason += f" Folded {names} into it: the same first question and the same problem."
    return Written("merged", reason, proposal.id)


# --- enhancement ------------------------------------------------------------------------------


def enhance(ctx: Context, flow: Flow) -> Written:
    """Draft the new branch where the session left the flow, check it applied, and store it."""
    tree = ctx.flow_tree()
    alignment = ctx.alignment or Alignment()
    request = _request(ctx, flow, tree)
    applied: dict[str, Tree] = {}

    def check(payload: object) -> tuple[EnhancementDraft | None, list[str]]:
        draft, tree_after, problems = check_enhancement_draft(payload, tree)
        if tree_after is not None:
            applied["tree"] = tree_after
        return draft, problems

    draft = draft_with_repair(
        ctx.site,
        "enhancement",
        lambda repair, previous: ctx.site.provider.draft_enhancement(
            EnhancementRequest(**{**request.__dict__, "repair": repair, "previous": previous})
        ),
        check,
    )
    lock(ctx.site.db, f"proposals:{ctx.session.account_id}")
    told = _told(draft, applied["tree"])
    twin = _twin_enhancement(ctx, flow, alignment, told)
    if twin is not None:
        return merge_into(ctx, twin, None, drafted=True, branch=told)
    return _store_enhancement(ctx, flow, draft, applied["tree"])


def _request(ctx: Context, flow: Flow, tree: Tree) -> EnhancementRequest:
    """What a provider needs to draft the session's branch of `flow` (its tree `tree`)."""
    alignment = ctx.alignment or Alignment()
    return EnhancementRequest(
        session=ctx.view,
        flow_name=flow.name,
        flow_tree=tree,
        divergence_node_id=alignment.divergence_node_id,
        divergence_answer=alignment.divergence_answer,
        step_nodes=tuple(alignment.step_nodes),
        rejoin_node_id=alignment.rejoin_node_id,
        rejoin_step=alignment.rejoin_step,
        branch_start=_branch_start(alignment),
    )


def _branch_start(alignment: Alignment) -> int | None:
    """The session's first step off the flow: the one after the step it left at, or its
    first when it left before any (None when it did not leave)."""
    if not alignment.diverged:
        return None
    return 0 if alignment.divergence_step is None else alignment.divergence_step + 1


def _join_twin(ctx: Context, flow: Flow) -> Written | None:
    """Merge into a pending enhancement that tells the same missing branch, growing it by
    this session's branch as drafted without a language model (drafted only when some
    pending enhancement hangs where the session left)."""
    alignment = ctx.alignment or Alignment()
    candidates = _attached_alike(ctx, flow, alignment)
    if not candidates:
        return None
    tree = ctx.flow_tree()
    reply = OfflineProvider().draft_enhancement(_request(ctx, flow, tree))
    draft, applied, _ = check_enhancement_draft(reply.payload, tree)
    told = _told(draft, applied) if draft is not None and applied is not None else None
    twin = _likest_twin(ctx, alignment, candidates, told)
    if twin is None:
        return None
    lock(ctx.site.db, f"proposals:{ctx.session.account_id}")
    return merge_into(ctx, twin, None, drafted=False, branch=told)


def _twin_enhancement(
    ctx: Context, flow: Flow, alignment: Alignment, told: Told | None
) -> Match | None:
    """A pending enhancement telling the same missing branch (see `_likest_twin`)."""
    return _likest_twin(ctx, alignment, _attached_alike(ctx, flow, alignment), told)


def _attached_alike(ctx: Context, flow: Flow, alignment: Alignment) -> list[Any]:
    """The pending enhancements of the flow attached where the session left it (id, diff,
    data), oldest first."""
    if alignment.divergence_node_id is None:
        return []
    rows = ctx.site.db.execute(
        select(Proposal.id, Proposal.proposed_diff, Proposal.proposed_flow_data)
        .where(
            Proposal.account_id == ctx.session.account_id,
            Proposal.status == "pending",
            Proposal.proposal_type == "enhancement",
            Proposal.target_flow_id == flow.id,
        )
        .order_by(Proposal.id)
    )
    at = alignment.divergence_node_id
    return [row for row in rows if (row.proposed_diff or {}).get("attach_node_id") == at]


def _likest_twin(
    ctx: Context, alignment: Alignment, candidates: list[Any], told: Told | None
) -> Match | None:
    """Of `candidates`, one that took the session's answer and begins its branch as the
    session's does (`told`; the same missing branch: a node has one branch per answer),
    or whose answer and new steps read like this session's: the same missing branch, told
    again. One of the first kind comes first, then the likest."""
    ours = fingerprint(alignment.divergence_answer, *_steps_after(ctx.view, alignment))
    answer = normalized(alignment.divergence_answer)
    best: tuple[bool, float, Match] | None = None
    for row in candidates:
        diff = row.proposed_diff or {}
        same_answer = normalized(diff.get("answer")) == answer and _begins_as(
            row.proposed_flow_data, told
        )
        score = similarity(ours, fingerprint(diff.get("answer"), *_new_node_texts(diff)))
        if not same_answer and score < ctx.site.settings.merge_similarity_threshold:
            continue
        if best is None or (same_answer, score) > best[:2]:
            best = (same_answer, score, Match(proposal_id=row.id, score=score))
    return best[2] if best else None


def _begins_as(data: dict[str, Any], told: Told | None) -> bool:
    """Whether the session's branch begins as the proposal's (see `starts_alike`)."""
    theirs = Told.of(data)
    return told is not None and theirs is not None and starts_alike(theirs, told)


def _told(draft: EnhancementDraft, applied: Tree) -> Told:
    """The session's branch as drafted, and the flow with it applied."""
    return Told(applied, frozenset(node.id for node in draft.new_nodes))


def _steps_after(view: SessionView, alignment: Alignment) -> list[str]:
    """The steps of the new branch: after the divergence, up to where it came back, if it did
    (all of them up to there when the session left by its opening statement, before any)."""
    start = _branch_start(alignment) or 0
    return [step.text for step in view.steps[start : alignment.rejoin_step]]


def _new_node_texts(diff: dict[str, Any]) -> list[str]:
    return [str(n.get("question") or n.get("title") or "") for n in diff.get("new_nodes", [])]


def _store_enhancement(ctx: Context, flow: Flow, draft: EnhancementDraft, tree: Tree) -> Written:
    nodes = [n.model_dump(mode="json", exclude_none=True) for n in draft.new_nodes]
    options = [m.model_dump(mode="json", exclude_none=True) for m in draft.modified_options]
    alignment = ctx.alignment or Alignment()
    diff: dict[str, Any] = {
        "diff_description": draft.diff_description,
        "new_nodes": nodes,
        "modified_options": options,
        "attach_node_id": alignment.divergence_node_id,
        "answer": alignment.divergence_answer,
    }
    proposal = _proposal(
        ctx,
        proposal_type="enhancement",
        status="pending",
        title=draft.title,
        description=draft.diff_description or draft.description,
        target_flow_id=flow.id,
        data={
            "new_nodes": nodes,
            "modified_options": options,
            "tree_structure": tree_to_dict(tree),
            "base_version": flow.current_version,
        },
        fingerprint_=fingerprint(
            flow.name,
            alignment.divergence_answer,
            *[n.question or n.title or "" for n in draft.new_nodes],
        ),
    )
    proposal.proposed_diff = diff
    _notify(ctx, proposal, notify.PROPOSAL_PENDING)
    where = alignment.divergence_node_id or "the flow"
    return Written(
        "enhancement", f"{ctx.decision.reason} Drafted a new branch at {where}.", proposal.id
    )


# --- shared -----------------------------------------------------------------------------------


def _proposal(ctx: Context, **fields: Any) -> Proposal:
    """A proposal from this session (the fields of `_proposal_values`), added and flushed so
    that it has its id."""
    proposal = Proposal(**_proposal_values(ctx, **fields))
    ctx.site.db.add(proposal)
    ctx.site.db.flush()
    return proposal


def _proposal_values(
    ctx: Context,
    *,
    proposal_type: str,
    status: str,
    title: str,
    description: str | None,
    data: dict[str, Any],
    target_flow_id: int | None = None,
    domain: str | None = None,
    fingerprint_: str = "",
) -> dict[str, Any]:
    """The columns of a proposal from this session."""
    session = ctx.session
    return dict(
        account_id=session.account_id,
        team_id=session.team_id,
        source_session_id=session.id,
        proposal_type=proposal_type,
        status=status,
        title=title[:500],
        description=description,
        proposed_flow_data=data,
        confidence_score=session.confidence_score,
        supporting_session_ids=[session.id],
        supporting_session_count=1,
        problem_domain=domain or session.problem_domain,
        target_flow_id=target_flow_id,
        fingerprint=fingerprint_,
        updated_by="analyzer",
    )


def _notify(ctx: Context, proposal: Proposal, event: str) -> None:
    notify.proposal_event(ctx.site.db, proposal, event)
