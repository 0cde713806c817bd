"""Sessions: browse and search the account's sessions with their analysis outcome (paged in
SQL), open one to read its transcript and analysis, and import an interchange file."""

from __future__ import annotations

import streamlit as st

from flywheel import auth, browse
from flywheel.errors import FlywheelError
from flywheel.explain import OUTCOME_WORDS
from flywheel.ui import context, login, services, welcome, widgets

ANY_OUTCOME = "Any outcome"
PROPOSAL_PAGE = "pages/proposal.py"


def _outcome_label(outcome: str, counts: dict[str, int]) -> str:
    if outcome == ANY_OUTCOME:
        return f"{ANY_OUTCOME} ({sum(counts.values())})"
    return f"{OUTCOME_WORDS.get(outcome, outcome)} ({counts.get(outcome, 0)})"


def _filters(counts: dict[str, int]) -> tuple[str, str | None, int]:
    cells = st.columns([3, 2, 1])
    text = cells[0].text_input("Search", key="sessions:search", placeholder="session id or problem")
    outcome = cells[1].selectbox(
        "Analysis outcome",
        [ANY_OUTCOME, *sorted(counts)],
        format_func=lambda o: _outcome_label(o, counts),
        key="sessions:outcome",
    )
    size = cells[2].selectbox("Per page", browse.PAGE_SIZES, index=1, key="sessions:size")
    return text, None if outcome == ANY_OUTCOME else outcome, int(size)


def _table(page: browse.SessionPage) -> None:
    st.dataframe(
        [
            {
                "session": row.external_id,
                "problem": row.problem_summary or "",
                "domain": row.problem_domain or "",
                "status": row.status,
                "resolved": f"{row.resolved_at:%Y-%m-%d %H:%M}" if row.resolved_at else "",
                "outcome": OUTCOME_WORDS.get(row.outcome, row.outcome) if row.outcome else "",
                "matched flow": row.flow_name or "",
            }
            for row in page.rows
        ],
        hide_index=True,
        width="stretch",
    )


def _pager_key(text: str, outcome: str | None, size: int) -> str:
    """One pager per filter setting, so changing a filter starts again at page 1."""
    return f"sessions:page:{size}:{outcome}:{text.strip()}"


def _pager(page: browse.SessionPage, key: str) -> None:
    first = (page.page - 1) * page.page_size + 1
    st.caption(f"Showing {first}-{first + len(page.rows) - 1} of {page.total}")
    if page.pages > 1:
        st.pagination(page.pages, default=page.page, key=key)


def _detail(account: str, session_id: int) -> None:
    try:
        with services.session_factory()() as db:
            detail = browse.get_session(db, account=account, session_id=session_id)
    except FlywheelError as exc:
        widgets.show_error(exc)
        return
    left, right = st.columns([3, 2], gap="large")
    with left:
        widgets.show_transcript(detail.view)
    with right:
        _analysis(detail)


def _analysis(detail: browse.SessionDetail) -> None:
    st.markdown("**Analysis**")
    if detail.current is None or detail.explanation is None:
        state = detail.session.analysis_state
        st.info(f"Not analysed yet (state: {widgets.md(state)}).", icon=":material/pending:")
        return
    st.code(detail.explanation, language=None, wrap_lines=True)
    if detail.current.proposal_id is not None:
        st.page_link(
            PROPOSAL_PAGE,
            label=f"Open proposal \\#{detail.current.proposal_id}",
            query_params={"id": str(detail.current.proposal_id)},
            icon=":material/account_tree:",
        )
    if len(detail.history) > 1:
        with st.expander(f"Earlier analyses ({len(detail.history) - 1})"):
            st.dataframe(
                [
                    {
                        "when": f"{a.started_at:%Y-%m-%d %H:%M}",
                        "outcome": a.outcome,
                        "why": a.reason,
                    }
                    for a in detail.history[1:]
                ],
                hide_index=True,
            )


def _upload(account: str) -> None:
    if not context.can(auth.REVIEWER):
        return  # importing needs the reviewer role (browse.import_upload checks it too)
    with st.expander("Import sessions from a file", icon=":material/upload_file:"):
        st.caption(
            "A knowledge-flywheel/v1 JSON document. Everything is checked first: on any "
            "problem nothing is imported, and each problem is listed by record and field."
        )
        upload = st.file_uploader("Interchange file", type=["json"], key="sessions:file")
        if st.button("Import", disabled=upload is None, key="sessions:import"):
            assert upload is not None
            widgets.import_file(account, upload.getvalue(), source=upload.name)


def _load_page(
    account: str, *, text: str, outcome: str | None, size: int, key: str
) -> browse.SessionPage:
    """The page the pager asks for, or the last one when the listing shrank below it."""
    wanted = st.session_state.get(key, 1)
    with services.session_factory()() as db:
        page = browse.list_sessions(
            db, account=account, text=text, outcome=outcome, page=wanted, page_size=size
        )
        if not page.rows and page.total and page.page > page.pages:
            page = browse.list_sessions(
                db, account=account, text=text, outcome=outcome, page=page.pages, page_size=size
            )
    return page


def _open(page: browse.SessionPage) -> int | None:
    if not page.rows:
        return None
    labels = {row.id: f"{row.external_id} · {row.problem_summary or ''}"[:120] for row in page.rows}
    chosen: int = st.selectbox(
        "Open session", list(labels), format_func=labels.__getitem__, key="sessions:open"
    )
    return chosen


def main() -> None:
    login.guard()
    if welcome.welcome_if_empty():
        return
    st.title("Sessions", anchor=False)
    account = context.current_account()
    _upload(account)
    with services.session_factory()() as db:
        counts = browse.outcome_counts(db, account=account)
    if not counts:
        st.info("This account has no sessions yet.", icon=":material/forum:")
        return
    text, outcome, size = _filters(counts)
    pager = _pager_key(text, outcome, size)
    page = _load_page(account, text=text, outcome=outcome, size=size, key=pager)
    if not page.rows:
        st.info("No session matches these filters.", icon=":material/filter_alt_off:")
        return
    _table(page)
    _pager(page, pager)
    chosen = _open(page)
    if chosen is not None:
        st.divider()
        _detail(account, chosen)


main()
