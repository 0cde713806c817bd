"""Analyze: run the analyzer on one session now (picked, uploaded or pasted) and see why it
decided what it did; the scheduler panel turns automatic analysis on, runs a batch now with a
progress bar, and shows the backlog and the recent runs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import streamlit as st

from flywheel import auth, browse, scheduler
from flywheel import dashboard as health
from flywheel import db as dbmod
from flywheel.analyzer import AnalysisResult
from flywheel.errors import FlywheelError
from flywheel.explain import OUTCOME_WORDS, explain
from flywheel.llm.factory import make_provider
from flywheel.models import AnalysisRun
from flywheel.ui import context, login, services, timer, widgets

RESULTS_KEY = "analyze:results"
PROPOSAL_PAGE = "pages/proposal.py"
SOURCES = ("Pick a session", "Upload a file", "Paste JSON")
STATUS_REFRESH_SECONDS = 30


# --- one session now -------------------------------------------------------------------------


def _one_session(account: str) -> None:
    st.subheader("Analyze a session now", anchor=False)
    source = st.segmented_control("Source", SOURCES, default=SOURCES[0], key="analyze:source")
    if source == SOURCES[1]:
        _upload_source(account)
    elif source == SOURCES[2]:
        _paste_source(account)
    else:
        _pick_source(account)
    _show_results(st.session_state.get(RESULTS_KEY, []))


def _pick_source(account: str) -> None:
    text = st.text_input("Find a session", key="analyze:search", placeholder="id or words")
    with services.session_factory()() as db:
        rows = browse.list_sessions(db, account=account, text=text, page_size=50).rows
    if not rows:
        st.info("No session of this account matches.", icon=":material/search_off:")
        return
    labels = {row.external_id: _row_label(row) for row in rows}
    chosen = st.selectbox(
        "Session", list(labels), format_func=labels.__getitem__, key="analyze:pick"
    )
    force = st.checkbox("Analyze again even if it was analysed", key="analyze:force")
    if st.button(
        "Analyze now",
        type="primary",
        icon=":material/play_arrow:",
        key="analyze:one",
        disabled=not context.can(auth.REVIEWER),
    ):
        _analyze(account, [chosen], force=force)


def _row_label(row: browse.SessionRow) -> str:
    outcome = row.outcome or browse.NOT_ANALYSED
    return f"{row.external_id} · {(row.problem_summary or 'no summary')[:80]} · {outcome}"


def _upload_source(account: str) -> None:
    upload = st.file_uploader("Interchange file (JSON)", type=["json"], key="analyze:file")
    allowed = context.can(auth.REVIEWER)
    if st.button(
        "Import and analyze", disabled=upload is None or not allowed, key="analyze:import"
    ):
        assert upload is not None
        _import_and_analyze(account, upload.getvalue(), source=upload.name)


def _paste_source(account: str) -> None:
    st.caption("A knowledge-flywheel/v1 document, or one session record (an object with steps).")
    pasted = st.text_area("Session JSON", height=220, key="analyze:pasted")
    allowed = context.can(auth.REVIEWER)
    if st.button(
        "Import and analyze", disabled=not pasted.strip() or not allowed, key="analyze:paste"
    ):
        _import_and_analyze(account, pasted.encode("utf-8"), source="pasted JSON")


def _import_and_analyze(account: str, raw: bytes, *, source: str) -> None:
    upload = widgets.import_file(account, raw, source=source)
    if upload is None:
        return
    if not upload.session_ids:
        st.info("The document holds no sessions to analyze.")
        return
    _analyze(account, upload.session_ids, force=False)


def _analyze(account: str, external_ids: list[str], *, force: bool) -> None:
    settings = services.settings()
    try:
        with st.spinner("Analyzing..."):
            results = browse.analyze_now(
                services.session_factory(),
                account=account,
                external_ids=external_ids,
                settings=settings,
                provider=make_provider(settings),
                force=force,
                user_id=context.current_user_id(),
            )
    except FlywheelError as exc:
        widgets.show_error(exc)
        return
    st.session_state[RESULTS_KEY] = results


def _show_results(results: list[AnalysisResult]) -> None:
    for result in results:
        with st.container(border=True):
            st.markdown(f"**{widgets.md(OUTCOME_WORDS.get(result.outcome, result.outcome))}**")
            st.code(explain(result), language=None, wrap_lines=True)
            if result.proposal_id is not None:
                st.page_link(
                    PROPOSAL_PAGE,
                    label=f"Open proposal \\#{result.proposal_id}",
                    query_params={"id": str(result.proposal_id)},
                    icon=":material/account_tree:",
                )


# --- the scheduler panel ---------------------------------------------------------------------


def _scheduler_panel(account: str) -> None:
    st.subheader("Automatic analysis", anchor=False)
    with services.session_factory()() as db:
        schedule = scheduler.get_schedule(db)
    left, right = st.columns(2, gap="large")
    with left, st.container(border=True):
        _schedule_settings(schedule.enabled, schedule.interval_minutes)
    with right, st.container(border=True):
        _run_now(account)
    _status(account)


def _schedule_settings(enabled: bool, minutes: int) -> None:
    st.markdown("**Schedule** (kept in the database; one timer per server process)")
    on = st.toggle("Analyze waiting sessions automatically", value=enabled, key="analyze:auto")
    every = st.number_input(
        "Every N minutes", min_value=1, max_value=24 * 60, value=minutes, key="analyze:every"
    )
    admin = context.can(auth.ADMIN)
    if not admin:
        st.caption("Changing the schedule needs the admin role.")
    if st.button(
        "Save schedule", icon=":material/schedule:", key="analyze:save", disabled=not admin
    ):
        _save_schedule(enabled=on, minutes=int(every))


def _save_schedule(*, enabled: bool, minutes: int) -> None:
    try:
        with dbmod.transaction(services.session_factory()) as db:
            scheduler.set_schedule(
                db,
                enabled=enabled,
                interval_minutes=minutes,
                actor=context.current_reviewer(),
                now=datetime.now(UTC),
                account=context.current_account(),
                user_id=context.current_user_id(),
            )
    except FlywheelError as exc:
        widgets.show_error(exc)
        return
    words = f"on, every {minutes} min" if enabled else "off"
    st.success(f"Automatic analysis is {words}.", icon=":material/check_circle:")


def _run_now(account: str) -> None:
    st.markdown("**Run now** (this account's waiting sessions)")
    limit = st.number_input(
        "At most this many sessions", min_value=1, max_value=10_000, value=200, key="analyze:limit"
    )
    if st.button(
        "Run now",
        type="primary",
        icon=":material/play_circle:",
        key="analyze:run",
        disabled=not context.can(auth.REVIEWER),
    ):
        _run_batch(account, limit=int(limit))


def _run_batch(account: str, *, limit: int) -> None:
    settings = services.settings()
    bar = st.progress(0.0, text="Claiming waiting sessions...")
    try:
        report = scheduler.run_batch(
            services.session_factory(),
            settings=settings,
            provider=make_provider(settings),
            trigger="button",
            account=account,
            limit=limit,
            progress=_progress_to(bar),
            user_id=context.current_user_id(),
        )
    except FlywheelError as exc:
        widgets.show_error(exc)
        return
    bar.progress(1.0, text=f"Done: {report.total} session(s) analysed.")
    lines = [f"Run {report.run_id} analysed {report.total} session(s)."]
    lines += [f"- {_outcome(k)}: {n}" for k, n in sorted(report.counts.items())]
    if report.conflicts:
        lines.append(f"- left for the next run (changed meanwhile): {len(report.conflicts)}")
    st.success("\n".join(lines), icon=":material/check_circle:")


def _progress_to(bar: Any) -> Callable[[int, int, AnalysisResult], None]:
    def update(done: int, total: int, result: AnalysisResult) -> None:
        share = done / total if total else 1.0
        text = f"{done} of {total}: {result.external_id} → {_outcome(result.outcome)}"
        bar.progress(min(1.0, share), text=text)

    return update


def _outcome(outcome: str) -> str:
    return OUTCOME_WORDS.get(outcome, outcome)


@st.fragment(run_every=STATUS_REFRESH_SECONDS)
def _status(account: str) -> None:
    now = datetime.now(UTC)
    with services.session_factory()() as db:
        status = health.scheduler_status(db, account=account, now=now)
    schedule = status.schedule
    cells = st.columns(4)
    cells[0].metric("Waiting in this account", status.backlog_account)
    cells[1].metric("Waiting in all accounts", status.backlog_all)
    cells[2].metric("Last automatic run", _when(schedule.last_run_at))
    cells[3].metric(
        "Next automatic run", _when(schedule.next_run_at) if schedule.enabled else "off"
    )
    st.markdown("**Recent runs** (all accounts)")
    if not status.runs:
        st.caption("No batch has run yet.")
        return
    st.dataframe([_run_row(run) for run in status.runs], hide_index=True, width="stretch")


def _when(moment: datetime | None) -> str:
    return "never" if moment is None else f"{moment:%Y-%m-%d %H:%M} UTC"


def _run_row(run: AnalysisRun) -> dict[str, Any]:
    seconds = (run.finished_at - run.started_at).total_seconds() if run.finished_at else None
    outcomes = " · ".join(f"{_outcome(k)} {n}" for k, n in sorted(run.counts.items()))
    return {
        "run": run.id,
        "started": _when(run.started_at),
        "trigger": run.trigger,
        "sessions": run.total,
        "outcomes": outcomes or "-",
        "seconds": round(seconds, 1) if seconds is not None else None,
        "error": run.error or "",
        "worker": run.worker_id,
    }


def main() -> None:
    login.guard()
    timer.ensure_timer()
    st.title("Analyze", anchor=False)
    account = context.current_account()
    _one_session(account)
    st.divider()
    _scheduler_panel(account)


main()
