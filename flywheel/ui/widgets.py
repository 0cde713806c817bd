"""Widgets the pages share: the tree diagram, the transcript, error lists, proposal headers.

User text is shown through `md` (markdown with every special character escaped) or plain
text elements; nothing here uses `unsafe_allow_html`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

import streamlit as st

from flywheel import browse, render
from flywheel.errors import FlywheelError, ImportError_, InvalidTree
from flywheel.models import Proposal
from flywheel.transcript import SessionView, StepView
from flywheel.trees import Tree, Violation
from flywheel.ui import context, services

TYPE_LABELS = {"new_flow": "New flow", "enhancement": "Enhancement"}
STATUS_COLOURS = {"pending": "blue", "approved": "green", "rejected": "red", "merged": "gray"}
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:=^])")
_FLASH = "flash:"


def md(text: object) -> str:
    """User text made literal for st.markdown: every markdown character escaped, one line."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(str(text or "").split()))


def type_label(proposal_type: str) -> str:
    return TYPE_LABELS.get(proposal_type, proposal_type.replace("_", " ").capitalize())


def age(since: datetime | None, *, now: datetime | None = None) -> str:
    """'3 d 4 h', '5 h 10 min' or '12 min': how long something has waited."""
    if since is None:
        return "-"
    seconds = max(0, int(((now or datetime.now(UTC)) - since).total_seconds()))
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes = rest // 60
    if days:
        return f"{days} d {hours} h"
    if hours:
        return f"{hours} h {minutes} min"
    return f"{minutes} min"


def percent(value: float | None) -> str:
    return "-" if value is None else f"{value:.0%}"


# --- errors and one-time messages ----------------------------------------------------------


def show_error(error: FlywheelError) -> None:
    """The shared error helper, plus the list of problems an error may carry."""
    services.show_error(error)
    problems = error.problems if isinstance(error, InvalidTree | ImportError_) else []
    if len(problems) > 1:
        with st.expander(f"All {len(problems)} problems", expanded=True):
            st.markdown("\n".join(f"- {md(p)}" for p in problems))


@dataclass(frozen=True)
class Notice:
    """A message kept across one rerun (an action's outcome, shown after the page reloads).

    `text` and `details` are plain text; they are escaped when shown.
    """

    level: str
    text: str
    details: tuple[str, ...] = ()


def flash(scope: str, item: Notice | FlywheelError) -> None:
    """Keep a message (or an error) to show on the next run of the page `scope`."""
    st.session_state.setdefault(_FLASH + scope, []).append(item)


def show_flash(scope: str) -> None:
    """Show, once, what `flash` kept for this page."""
    for item in st.session_state.pop(_FLASH + scope, []):
        if isinstance(item, FlywheelError):
            show_error(item)
            continue
        body = "\n".join([md(item.text), "", *(f"- {md(line)}" for line in item.details)])
        if item.level == "success":
            st.success(body, icon=":material/check_circle:")
        elif item.level == "warning":
            st.warning(body, icon=":material/warning:")
        else:
            st.info(body, icon=":material/info:")


def show_violations(violations: Iterable[Violation]) -> None:
    """Structural problems grouped by node: errors first, then notices."""
    found = list(violations)
    errors = [v for v in found if v.severity == "error"]
    notices = [v for v in found if v.severity != "error"]
    if errors:
        noun = "problem" if len(errors) == 1 else "problems"
        st.error(f"The tree has {len(errors)} {noun}; fix them before saving or approving.")
        st.dataframe(
            [{"node": v.node_id or "(tree)", "problem": v.message} for v in errors],
            hide_index=True,
            width="stretch",
        )
    else:
        st.success("The tree is valid.", icon=":material/check:")
    if notices:
        with st.expander(f"{len(notices)} notice(s): unexplored branches and the like"):
            st.markdown("\n".join(f"- **{md(v.node_id)}**: {md(v.message)}" for v in notices))


# --- trees ---------------------------------------------------------------------------------


LEGEND = (
    ":blue-badge[decision] :yellow-badge[action] :green-badge[solution] "
    ":violet-badge[new] :orange-badge[changed] · dashed: an unexplored branch · "
    "×N: supporting sessions"
)


def show_tree(
    tree: Tree,
    *,
    highlight: render.Highlight | None = None,
    traffic: render.Traffic | None = None,
    legend: bool = False,
) -> None:
    """Draw a tree with Graphviz in the browser (no `dot` binary needed).

    The legend is a caption under the diagram rather than part of the graph, so the
    diagram keeps the whole width (exports draw theirs inside, see `render.to_image`).
    """
    graph = render.to_digraph(tree, highlight=highlight, traffic=traffic)
    st.graphviz_chart(graph, width="stretch")
    if legend:
        weights = " · edge width: sessions that took the branch" if traffic else ""
        st.caption(LEGEND + weights)


def show_diff(old: Tree, new: Tree) -> None:
    """The enhancement's changes in words, under the highlighted diagram."""
    sentences = render.describe_diff(old, new)
    if not sentences:
        st.caption("No changes to the flow's structure.")
        return
    st.markdown("\n".join(f"- {md(s)}" for s in sentences))


# --- transcripts ---------------------------------------------------------------------------


def show_transcript(view: SessionView) -> None:
    """A session step by step: options with the chosen one marked, escapes, action results."""
    st.markdown(f"**{md(view.problem_summary or 'No problem summary')}**")
    facts = [f"Session {md(view.external_id)}", md(view.status)]
    if view.problem_domain:
        facts.append(md(view.problem_domain))
    if view.confidence_score is not None:
        facts.append(f"confidence {percent(view.confidence_score)}")
    st.caption(" · ".join(facts))
    for step in view.steps:
        with st.container(border=True):
            st.markdown(_step_markdown(step))
    _show_resolution(view)


def _step_markdown(step: StepView) -> str:
    lines = [f"**{step.order + 1}\\. {md(step.type)}** {md(step.text) or '_(no text)_'}"]
    for option in step.options:
        if option.value == step.selected:
            lines.append(f":green-badge[chosen] **{md(option.label)}**")
        else:
            lines.append(f"○ {md(option.label)}")
    if step.selected is not None and not any(o.value == step.selected for o in step.options):
        lines.append(f":green-badge[chosen] **{md(step.selected_label)}** (not among the options)")
    if step.free_text:
        tag = ":orange-badge[escape] typed instead of choosing" if step.was_free_text else "typed"
        lines.append(f"{tag}: “{md(step.free_text)}”")
    if step.was_skipped:
        lines.append(":gray-badge[skipped]")
    if step.action_success is not None or step.action_details:
        badge = {True: ":green-badge[success]", False: ":red-badge[failed]", None: ""}[
            step.action_success
        ] or ":gray-badge[result unknown]"
        lines.append(f"{badge} {md(step.action_details)}")
    return "  \n".join(lines)


def _show_resolution(view: SessionView) -> None:
    if view.resolution_summary:
        st.success(f"Resolution: {md(view.resolution_summary)}", icon=":material/task_alt:")
    if view.escalation_reason:
        st.warning(f"Escalated: {md(view.escalation_reason)}", icon=":material/escalator_warning:")
    if not view.resolution_summary and not view.escalation_reason:
        st.caption(f"Ended {md(view.status)} with no resolution recorded.")


# --- proposals -----------------------------------------------------------------------------


def proposal_header(proposal: Proposal) -> None:
    """Title, kind, status and who touched it last."""
    st.title(md(proposal.title), anchor=False)
    colour = STATUS_COLOURS.get(proposal.status, "gray")
    parts = [
        f":violet-badge[{md(type_label(proposal.proposal_type))}]",
        f":{colour}-badge[{md(proposal.status)}]",
        f"#{proposal.id}",
        md(proposal.problem_domain or "no domain"),
        f"created {age(proposal.created_at)} ago",
        f"version {proposal.version}",
    ]
    if proposal.updated_by:
        parts.append(f"last changed by {md(proposal.updated_by)}")
    st.markdown(" · ".join(parts))


def import_file(account: str, raw: bytes, *, source: str) -> browse.Upload | None:
    """Import an uploaded or pasted document into `account` (the reviewer's role checked);
    shows the summary, or the problems, and returns None when nothing was imported."""
    try:
        upload = browse.import_upload(
            services.session_factory(),
            raw,
            source=source,
            account=account,
            settings=services.settings(),
            actor=context.current_reviewer(),
            user_id=context.current_user_id(),
        )
    except FlywheelError as exc:
        show_error(exc)
        return None
    st.success(md(upload.report.summary()), icon=":material/upload_file:")
    return upload
