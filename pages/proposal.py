"""Proposal: the transcript beside the proposed tree, evidence, editing, and the decision."""

from __future__ import annotations

import streamlit as st

from flywheel import auth, render, review
from flywheel import db as dbmod
from flywheel.errors import Conflict, FlywheelError, InvalidTree
from flywheel.models import Proposal
from flywheel.transcript import session_view
from flywheel.trees import Tree, Violation, errors_of, node_index, parse_tree, validate_tree
from flywheel.ui import context, editor, login, services, widgets

QUEUE_PAGE = "pages/queue.py"
VIEWER_NOTE = (
    "You are a viewer in this account: you can read this proposal, and a reviewer or an "
    "admin edits, approves, rejects or merges it."
)
FLOWS_PAGE = "pages/flows.py"


def _scope(proposal_id: int) -> str:
    return f"proposal:{proposal_id}"


def _key(proposal_id: int, name: str) -> str:
    return f"proposal:{proposal_id}:{name}"


def _requested_id() -> int | None:
    raw = st.query_params.get("id")
    return int(raw) if raw and raw.isdigit() else None


def _no_proposal(message: str | None = None) -> None:
    st.title("Proposal", anchor=False)
    st.info(message or "Open a proposal from the review queue.", icon=":material/inbox:")
    st.page_link(QUEUE_PAGE, label="Go to the review queue", icon=":material/arrow_back:")


# --- what is shown ----------------------------------------------------------------------


def _closed_banner(detail: review.ProposalDetail) -> None:
    proposal = detail.proposal
    when = proposal.reviewed_at.strftime("%Y-%m-%d %H:%M UTC") if proposal.reviewed_at else ""
    text = f"This proposal was {proposal.status} by {proposal.reviewer or 'someone'} {when}."
    if proposal.review_note:
        text += f" Note: {proposal.review_note}"
    st.info(widgets.md(text), icon=":material/lock:")
    flow = detail.published_flow
    if flow is not None:
        st.page_link(
            FLOWS_PAGE,
            label=f"Open {widgets.md(flow.name)} in the flow library",
            icon=":material/library_books:",
            query_params={"id": str(flow.id)},
        )


def _evidence(detail: review.ProposalDetail) -> None:
    """Confidence, supporting sessions, the matched flow and where the session diverged."""
    proposal, analysis = detail.proposal, detail.analysis
    enhancement = proposal.proposal_type == "enhancement"
    cols = st.columns(4)
    cols[0].metric("Confidence", widgets.percent(proposal.confidence_score))
    cols[1].metric("Supporting sessions", proposal.supporting_session_count)
    score = analysis.match_score if analysis else None
    cols[2].metric("Match score", "-" if score is None else f"{score:.2f}")
    where = analysis.divergence_node_id if analysis and enhancement else None
    cols[3].metric("Diverged at", where or "-")
    flow = analysis.matched_flow if analysis else None
    if flow is not None:
        label = "Matched flow" if enhancement else "Closest flow (too far to extend)"
        st.caption(f"{label}: **{widgets.md(flow.name)}**")
    else:
        st.caption("No flow matched the session.")
    if enhancement and analysis is not None and analysis.divergence_answer:
        st.caption(
            f"Where the session left the flow: {widgets.md(_divergence_question(detail))} → "
            f"answered “{widgets.md(analysis.divergence_answer)}”"
        )
    if analysis is not None:
        st.caption(f"Analysis: {widgets.md(analysis.reason)}")


def _divergence_question(detail: review.ProposalDetail) -> str:
    node_id = detail.analysis.divergence_node_id if detail.analysis else None
    if detail.target_flow is None or not node_id:
        return node_id or "the start"
    try:
        node = node_index(parse_tree(detail.target_flow.tree_structure)).get(node_id)
    except InvalidTree:
        node = None
    return (node.question or node.title or node_id) if node else node_id


def _transcripts(detail: review.ProposalDetail) -> None:
    """The source transcript, with a switch to each supporting session."""
    st.subheader("Transcript", anchor=False)
    sessions = detail.sessions
    if not sessions:
        st.caption("The supporting sessions are no longer in the database.")
        return
    labels = {
        index: f"{s.external_id} · {(s.problem_summary or '')[:70]}"
        for index, s in enumerate(sessions)
    }
    chosen = st.selectbox(
        f"Supporting session ({len(sessions)})",
        list(labels),
        format_func=labels.__getitem__,
        key=_key(detail.proposal.id, "session"),
    )
    widgets.show_transcript(session_view(sessions[chosen or 0]))


def _checked(tree: dict[str, object] | None) -> tuple[Tree | None, list[Violation]]:
    """The tree parsed and validated; schema problems are shown here, by location."""
    try:
        parsed = parse_tree(tree)
    except InvalidTree as exc:
        widgets.show_error(exc)
        return None, []
    return parsed, validate_tree(parsed)


def _diagram(detail: review.ProposalDetail, tree: Tree | None) -> None:
    """The proposed tree; an enhancement is drawn as the flow with its changes marked."""
    st.subheader("Proposed tree", anchor=False)
    if tree is None:
        st.warning("The tree cannot be drawn until it fits the schema.", icon=":material/warning:")
        return
    old = _flow_tree(detail)
    if old is None:
        widgets.show_tree(tree, legend=True)
        return
    name = widgets.md(detail.target_flow.name) if detail.target_flow else ""
    st.caption(
        f"Enhancement of **{name}**: new nodes and branches in magenta, changed nodes in orange."
    )
    widgets.show_tree(tree, highlight=render.diff_highlight(old, tree), legend=True)
    st.markdown("**What changes**")
    widgets.show_diff(old, tree)


def _flow_tree(detail: review.ProposalDetail) -> Tree | None:
    if detail.target_flow is None:
        return None
    try:
        return parse_tree(detail.target_flow.tree_structure)
    except InvalidTree:
        return None


# --- actions (callbacks: they run before the page is drawn again) -------------------------


def _save(proposal_id: int, expected_version: int | None = None) -> None:
    """Save the draft; a stale save is refused and the draft kept as it is."""
    draft = editor.get_draft(proposal_id)
    try:
        with dbmod.transaction(services.session_factory()) as db:
            saved = review.save_edits(
                db,
                account=context.current_account(),
                proposal_id=proposal_id,
                editor=context.current_reviewer(),
                expected_version=expected_version or draft.base_version,
                user_id=context.current_user_id(),
                **draft.edits(),
            )
            version = saved.version
    except Conflict as exc:
        draft.conflict = exc.message
        return
    except FlywheelError as exc:
        widgets.flash(_scope(proposal_id), exc)
        return
    draft.saved_as(version)
    widgets.flash(_scope(proposal_id), widgets.Notice("success", f"Saved as version {version}."))


def _approve(proposal_id: int) -> None:
    """Save pending edits and approve, in one transaction."""
    draft = editor.get_draft(proposal_id)
    account, reviewer = context.current_account(), context.current_reviewer()
    user_id = context.current_user_id()
    note = st.session_state.get(_key(proposal_id, "note")) or None
    try:
        with dbmod.transaction(services.session_factory()) as db:
            expected = draft.base_version
            if draft.edits():
                expected = review.save_edits(
                    db,
                    account=account,
                    proposal_id=proposal_id,
                    editor=reviewer,
                    expected_version=expected,
                    user_id=user_id,
                    **draft.edits(),
                ).version
            flow = review.approve(
                db,
                account=account,
                proposal_id=proposal_id,
                reviewer=reviewer,
                note=note,
                expected_version=expected,
                user_id=user_id,
            )
            message = (
                f"Approved: '{flow.name}' is now version {flow.current_version} in the library."
            )
    except FlywheelError as exc:
        _failed(proposal_id, exc)
        return
    editor.discard(proposal_id)
    widgets.flash(_scope(proposal_id), widgets.Notice("success", message))


def _reject(proposal_id: int) -> None:
    draft = editor.get_draft(proposal_id)
    reason = st.session_state.get(_key(proposal_id, "reason"), "")
    try:
        with dbmod.transaction(services.session_factory()) as db:
            review.reject(
                db,
                account=context.current_account(),
                proposal_id=proposal_id,
                reviewer=context.current_reviewer(),
                reason=reason,
                expected_version=draft.base_version,
                user_id=context.current_user_id(),
            )
    except FlywheelError as exc:
        _failed(proposal_id, exc)
        return
    editor.discard(proposal_id)
    widgets.flash(_scope(proposal_id), widgets.Notice("success", "Rejected."))


def _merge(proposal_id: int) -> None:
    absorb = st.session_state.get(_key(proposal_id, "merge"))
    if absorb is None:
        return
    try:
        with dbmod.transaction(services.session_factory()) as db:
            kept = review.merge_proposals(
                db,
                account=context.current_account(),
                keep_id=proposal_id,
                absorb_id=int(absorb),
                reviewer=context.current_reviewer(),
                user_id=context.current_user_id(),
            )
            count = kept.supporting_session_count
    except FlywheelError as exc:
        _failed(proposal_id, exc)
        return
    editor.discard(proposal_id)
    text = f"Merged #{absorb} into this proposal; it now has {count} supporting sessions."
    widgets.flash(_scope(proposal_id), widgets.Notice("success", text))


def _failed(proposal_id: int, error: FlywheelError) -> None:
    if isinstance(error, Conflict):
        editor.get_draft(proposal_id).conflict = error.message
    else:
        widgets.flash(_scope(proposal_id), error)


def _discard(proposal_id: int) -> None:
    editor.discard(proposal_id)
    widgets.flash(_scope(proposal_id), widgets.Notice("info", "Your edits were discarded."))


# --- the editing and decision panels ------------------------------------------------------


def _conflict_panel(draft: editor.Draft, proposal: Proposal) -> None:
    """Someone else saved first: say who, keep the edits, offer both ways out."""
    if draft.conflict is None and draft.base_version == proposal.version:
        return
    if draft.conflict is None:
        who = proposal.updated_by or "someone else"
        st.warning(
            f"{widgets.md(who)} changed this proposal after you started editing; saving "
            "will ask whether to keep your edits or theirs.",
            icon=":material/sync_problem:",
        )
        return
    st.error(
        f"{widgets.md(draft.conflict)} Your edits are kept below.", icon=":material/sync_problem:"
    )
    mine, theirs = st.columns(2)
    mine.button(
        "Save my edits over theirs",
        key=_key(draft.proposal_id, "overwrite"),
        on_click=_save,
        args=(draft.proposal_id, proposal.version),
        disabled=not draft.edits(),
    )
    theirs.button(
        "Discard my edits and load theirs",
        key=_key(draft.proposal_id, "discard"),
        on_click=_discard,
        args=(draft.proposal_id,),
    )


def _edit_panel(draft: editor.Draft, proposal_type: str) -> None:
    st.subheader("Edit", anchor=False)
    editor.details_form(draft, keywords=proposal_type == "new_flow")
    editor.tree_editors(draft)


def _ready(draft: editor.Draft, tree: Tree | None, violations: list[Violation]) -> bool:
    """Whether the draft can be saved or approved: it parses, validates and is not blocked."""
    return tree is not None and not errors_of(violations) and draft.blocked is None


def _save_bar(draft: editor.Draft, violations: list[Violation], tree: Tree | None) -> None:
    """Validation results by node, then the save button (enabled for valid, changed drafts)."""
    if tree is not None:
        widgets.show_violations(violations)
    changed = bool(draft.edits())
    st.button(
        "Save changes" if changed else "No unsaved changes",
        type="primary",
        key=_key(draft.proposal_id, "save"),
        icon=":material/save:",
        disabled=not changed or not _ready(draft, tree, violations),
        on_click=_save,
        args=(draft.proposal_id,),
    )
    if draft.blocked:
        st.caption(widgets.md(draft.blocked))


def _decide_panel(
    draft: editor.Draft, candidates: list[tuple[int, str]], ready: bool, *, allowed: bool
) -> None:
    """Approve (with a note), reject (with a reason), or merge another proposal into this;
    the buttons are off for a viewer (and the functions would refuse them anyway)."""
    st.subheader("Decide", anchor=False)
    if not allowed:
        st.info(VIEWER_NOTE, icon=":material/visibility:")
    approve, reject, merge = st.columns(3, gap="large")
    with approve:
        _approve_box(draft.proposal_id, ready and allowed)
    with reject:
        _reject_box(draft.proposal_id, allowed)
    with merge:
        _merge_box(draft, candidates, allowed)


def _approve_box(pid: int, ready: bool) -> None:
    st.text_input("Note for the audit log (optional)", key=_key(pid, "note"))
    st.button(
        "Approve",
        type="primary",
        key=_key(pid, "approve"),
        icon=":material/check:",
        disabled=not ready,
        on_click=_approve,
        args=(pid,),
        help="Saves your edits, then publishes the flow (or its new version).",
    )


def _reject_box(pid: int, allowed: bool) -> None:
    st.text_input("Reason for rejecting (required)", key=_key(pid, "reason"))
    st.button(
        "Reject",
        key=_key(pid, "reject"),
        icon=":material/block:",
        disabled=not allowed,
        on_click=_reject,
        args=(pid,),
    )


def _merge_box(draft: editor.Draft, candidates: list[tuple[int, str]], allowed: bool) -> None:
    pid, titles = draft.proposal_id, dict(candidates)
    chosen = st.selectbox(
        "Merge another proposal into this one",
        list(titles),
        key=_key(pid, "merge"),
        format_func=lambda i: f"#{i} {titles[i][:60]}",
        index=None,
        placeholder="Pick a proposal of the same kind" if titles else "No other proposal to merge",
    )
    unsaved = bool(draft.edits())
    st.button(
        "Merge into this",
        key=_key(pid, "merge_button"),
        icon=":material/merge:",
        disabled=chosen is None or unsaved or not allowed,
        on_click=_merge,
        args=(pid,),
        help="Save or discard your edits first." if unsaved else None,
    )


# --- the page -----------------------------------------------------------------------------


def main() -> None:
    login.guard()
    proposal_id = _requested_id()
    if proposal_id is None:
        _no_proposal()
        return
    account = context.current_account()
    try:
        with services.session_factory()() as db:
            detail = review.proposal_detail(db, account=account, proposal_id=proposal_id)
            pending = detail.proposal.status == "pending"
            candidates = (
                review.merge_candidates(db, account=account, proposal_id=proposal_id)
                if pending
                else []
            )
    except FlywheelError as exc:
        _no_proposal()
        widgets.show_error(exc)
        return
    proposal = detail.proposal
    widgets.proposal_header(proposal)
    widgets.show_flash(_scope(proposal.id))
    if not pending:
        refused = editor.take_conflict(proposal.id)
        if refused:
            st.error(widgets.md(refused), icon=":material/sync_problem:")
        _closed_banner(detail)
    allowed = context.can(auth.REVIEWER)
    editing = pending and allowed
    draft = editor.draft_for(proposal) if pending else editor.Draft.of(proposal)
    _evidence(detail)
    left, right = st.columns([4, 7], gap="large")
    with left:
        _transcripts(detail)
    if editing:
        _conflict_panel(draft, proposal)
        _edit_panel(draft, proposal.proposal_type)
    tree, violations = _checked(draft.tree)
    with right:
        _diagram(detail, tree)
    if editing:
        _save_bar(draft, violations, tree)
    if pending:
        _decide_panel(draft, candidates, _ready(draft, tree, violations), allowed=allowed)


main()
