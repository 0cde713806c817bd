"""Review queue: the account's pending proposals, filtered and paged in SQL, with bulk review."""

from __future__ import annotations

import streamlit as st

from flywheel import auth
from flywheel import db as dbmod
from flywheel import queue as review_queue
from flywheel.errors import FlywheelError
from flywheel.metrics import overview
from flywheel.ui import context, login, services, welcome, widgets

SCOPE = "queue"
PAGE_SIZE = 25
PAGE_KEY = "queue:page"
PROPOSAL_PAGE = "pages/proposal.py"
TYPES = list(widgets.TYPE_LABELS)


def _pick_key(proposal_id: int) -> str:
    return f"queue:pick:{proposal_id}"


def _first_page() -> None:
    st.session_state.pop(PAGE_KEY, None)


def _filters(domains: list[str]) -> tuple[review_queue.QueueFilter, review_queue.Sort]:
    """The filter row; any change goes back to the first page."""
    text, types, domain, confidence, support, sort = st.columns([3, 2, 2, 1.6, 1.2, 1.8])
    wanted = review_queue.QueueFilter(
        text=text.text_input(
            "Search", key="queue:text", on_change=_first_page, placeholder="title or description"
        ),
        types=tuple(
            types.multiselect(
                "Type",
                TYPES,
                key="queue:types",
                on_change=_first_page,
                format_func=widgets.type_label,
            )
        ),
        domains=tuple(
            domain.multiselect("Domain", domains, key="queue:domains", on_change=_first_page)
        ),
        min_confidence=confidence.slider(
            "Min. confidence", 0.0, 1.0, 0.0, 0.05, key="queue:confidence", on_change=_first_page
        ),
        min_support=int(
            support.number_input(
                "Min. sessions", 1, 1000, 1, key="queue:support", on_change=_first_page
            )
        ),
    )
    order = sort.selectbox(
        "Sort",
        list(review_queue.SORTS),
        key="queue:sort",
        format_func=review_queue.SORTS.__getitem__,
        on_change=_first_page,
    )
    return wanted, order


def _shape(page: review_queue.QueuePage) -> None:
    """Counts by type and the age of the oldest item of the whole pending queue."""
    cols = st.columns(4)
    cols[0].metric("Pending", sum(page.counts_by_type.values()))
    for col, proposal_type in zip(cols[1:3], TYPES, strict=True):
        col.metric(
            f"{widgets.type_label(proposal_type)}s", page.counts_by_type.get(proposal_type, 0)
        )
    cols[3].metric("Oldest waiting", widgets.age(page.oldest_created_at))


_WIDTHS = [0.5, 6, 1.5, 1.7, 1.1, 1.1, 1.3]


def _rows(page: review_queue.QueuePage) -> None:
    """One line per proposal: a checkbox for bulk actions and a link to the proposal."""
    ids = [row.id for row in page.rows]
    head = st.columns(_WIDTHS, vertical_alignment="center")
    head[0].checkbox(
        "All",
        key="queue:all",
        on_change=_select_all,
        args=(ids,),
        label_visibility="collapsed",
        help="Select every proposal on this page",
    )
    for col, name in zip(
        head[1:], ["Proposal", "Type", "Domain", "Confidence", "Sessions", "Waiting"], strict=True
    ):
        col.caption(name)
    for row in page.rows:
        cells = st.columns(_WIDTHS, vertical_alignment="center")
        cells[0].checkbox(f"Select #{row.id}", key=_pick_key(row.id), label_visibility="collapsed")
        cells[1].page_link(
            PROPOSAL_PAGE,
            label=f"\\#{row.id} {widgets.md(row.title)}",
            query_params={"id": str(row.id)},
        )
        cells[2].markdown(widgets.type_label(row.proposal_type))
        cells[3].markdown(widgets.md(row.problem_domain or "-"))
        cells[4].markdown(widgets.percent(row.confidence_score))
        cells[5].markdown(str(row.supporting_session_count))
        cells[6].markdown(widgets.age(row.created_at))


def _select_all(ids: list[int]) -> None:
    chosen = bool(st.session_state.get("queue:all"))
    for proposal_id in ids:
        st.session_state[_pick_key(proposal_id)] = chosen


def _selected(page: review_queue.QueuePage) -> list[int]:
    return [row.id for row in page.rows if st.session_state.get(_pick_key(row.id))]


def _bulk_panel(selected: list[int]) -> None:
    """Approve or reject the selection; every item's outcome is reported."""
    noun = "proposal" if len(selected) == 1 else "proposals"
    st.markdown(f"**{len(selected)} {noun} selected** on this page")
    allowed = context.can(auth.REVIEWER)
    if not allowed:
        st.caption("You are a viewer in this account; approving and rejecting need a reviewer.")
    approve, reject = st.columns(2, gap="large")
    with approve:
        st.text_input("Note for the audit log (optional)", key="queue:note")
        st.button(
            "Approve selected",
            type="primary",
            key="queue:approve",
            icon=":material/done_all:",
            disabled=not selected or not allowed,
            on_click=_bulk,
            args=("approve", selected),
        )
    with reject:
        st.text_input("Reason for rejecting (required)", key="queue:reason")
        st.button(
            "Reject selected",
            key="queue:reject",
            icon=":material/block:",
            disabled=not selected or not allowed,
            on_click=_bulk,
            args=("reject", selected),
        )


def _bulk(action: str, ids: list[int]) -> None:
    """Run a bulk action in one transaction (each item on its own savepoint)."""
    account, reviewer = context.current_account(), context.current_reviewer()
    user_id = context.current_user_id()
    try:
        with dbmod.transaction(services.session_factory()) as db:
            if action == "approve":
                note = st.session_state.get("queue:note") or None
                result = review_queue.bulk_approve(
                    db,
                    account=account,
                    proposal_ids=ids,
                    reviewer=reviewer,
                    note=note,
                    user_id=user_id,
                )
            else:
                result = review_queue.bulk_reject(
                    db,
                    account=account,
                    proposal_ids=ids,
                    reviewer=reviewer,
                    reason=st.session_state.get("queue:reason", ""),
                    user_id=user_id,
                )
    except FlywheelError as exc:
        widgets.flash(SCOPE, exc)
        return
    details = tuple(f"#{item.proposal_id}: {item.message}" for item in result.items)
    level = "warning" if result.failed else "success"
    widgets.flash(SCOPE, widgets.Notice(level, result.summary(), details))
    for item in result.succeeded:
        st.session_state.pop(_pick_key(item.proposal_id), None)
    st.session_state.pop("queue:all", None)


def _empty_queue(account: str) -> None:
    with services.session_factory()() as db:
        waiting = overview(db, account=account).sessions_by_state.get("pending", 0)
    st.info("Nothing is waiting for review in this account.", icon=":material/inbox:")
    if waiting:
        st.page_link(
            "pages/analyze.py",
            label=f"Analyze the {waiting} waiting sessions",
            icon=":material/play_circle:",
        )


def _load_page(
    account: str, wanted: review_queue.QueueFilter, order: review_queue.Sort
) -> review_queue.QueuePage:
    """The page the pager asks for; back to the first when the queue shrank below it."""
    asked = st.session_state.get(PAGE_KEY, 1)
    with services.session_factory()() as db:
        page = review_queue.list_queue(
            db, account=account, filter=wanted, sort=order, page=asked, page_size=PAGE_SIZE
        )
        if page.page != asked:
            st.session_state.pop(PAGE_KEY, None)
            page = review_queue.list_queue(
                db, account=account, filter=wanted, sort=order, page=1, page_size=PAGE_SIZE
            )
    return page


def main() -> None:
    login.guard()
    if welcome.welcome_if_empty():
        return
    st.title("Review queue", anchor=False)
    widgets.show_flash(welcome.SCOPE)
    widgets.show_flash(SCOPE)
    account = context.current_account()
    with services.session_factory()() as db:
        domains = review_queue.queue_domains(db, account=account)
    wanted, order = _filters(domains)
    page = _load_page(account, wanted, order)
    _shape(page)
    if not page.counts_by_type:
        _empty_queue(account)
        return
    if not page.rows:
        st.info("No pending proposal matches these filters.", icon=":material/filter_alt_off:")
        return
    first = (page.page - 1) * page.page_size + 1
    st.caption(f"Showing {first}-{first + len(page.rows) - 1} of {page.total} matching")
    _rows(page)
    if page.pages > 1:
        st.pagination(page.pages, key=PAGE_KEY)
    st.divider()
    _bulk_panel(_selected(page))


main()
