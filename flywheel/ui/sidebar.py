"""The shared sidebar: account switcher, reviewer, and the inbox."""

from __future__ import annotations

import streamlit as st

from flywheel import auth, notify
from flywheel import db as dbmod
from flywheel.accounts import get_account
from flywheel.errors import FlywheelError, NotFound
from flywheel.models import Notification
from flywheel.ui import context, login, services, widgets

INBOX = "inbox"  # the scope of the inbox's messages (widgets.flash)
INBOX_LIMIT = 10
PROPOSAL_PAGE = "pages/proposal.py"
EVENT_LABELS = {
    notify.PROPOSAL_PENDING: "New proposal",
    notify.PROPOSAL_UPDATED: "Proposal updated",
}


def render() -> None:
    with st.sidebar:
        slugs = context.account_slugs()
        if slugs:
            current = context.current_account()
            st.selectbox("Account", slugs, index=slugs.index(current), key=context.ACCOUNT_KEY)
        if context.is_logged_in():
            _signed_in(context.current_role() if slugs else None)
        else:
            st.badge("local mode", icon=":material/computer:", color="orange")
            st.text_input(
                "Reviewer name", key=context.REVIEWER_KEY, placeholder=context.LOCAL_REVIEWER
            )
        if slugs:
            inbox(context.current_account())


def _signed_in(role: str | None) -> None:
    """Who is signed in, their role in this account, and the way out."""
    st.caption(f"Signed in as {widgets.md(context.current_reviewer())}")
    if role is not None:
        st.caption(f"Role in this account: {role}")
    login.sign_out_button()


def inbox(account: str) -> None:
    """The account's unread notifications, newest first, each linking to its proposal."""
    try:
        with services.session_factory()() as db:
            account_id = get_account(db, account).id
            count = notify.unread_count(db, account_id=account_id)
            items = notify.unread(db, account_id=account_id, limit=INBOX_LIMIT)
    except NotFound:
        return
    label = f"Inbox · {count} unread" if count else "Inbox"
    may_mark = context.can(auth.REVIEWER)  # read state is the account's, shared: not a viewer's
    with st.expander(label, icon=":material/notifications:"):
        widgets.show_flash(INBOX)
        if not items:
            st.caption("Nothing new.")
            return
        for note in items:
            _notification(account, note, may_mark)
        if count > len(items):
            st.caption(f"...and {count - len(items)} more.")
        st.button(
            "Mark all as read",
            key="inbox:all",
            icon=":material/done_all:",
            on_click=_mark_read,
            args=(account, None),
            disabled=not may_mark,
        )


def _notification(account: str, note: Notification, may_mark: bool) -> None:
    """What happened and when, a button to mark it read, then a link to the proposal."""
    payload = note.payload
    what = EVENT_LABELS.get(note.event, note.event)
    meta, done = st.columns([5, 1], vertical_alignment="center")
    meta.caption(f"{widgets.md(what)} · {widgets.age(note.created_at)} ago")
    done.button(
        "",
        key=f"inbox:read:{note.id}",
        icon=":material/check:",
        help="Mark as read",
        type="tertiary",
        on_click=_mark_read,
        args=(account, [note.id]),
        disabled=not may_mark,
    )
    title = widgets.md(payload.get("title") or "(untitled)")
    proposal_id = payload.get("proposal_id")
    if isinstance(proposal_id, int):
        st.page_link(
            PROPOSAL_PAGE, label=f"\\#{proposal_id} {title}", query_params={"id": str(proposal_id)}
        )
    else:
        st.markdown(title)


def _mark_read(account: str, ids: list[int] | None) -> None:
    """Mark the given notifications (or every unread one of the account) as read."""
    try:
        with dbmod.transaction(services.session_factory()) as db:
            notify.mark_read(db, account=account, ids=ids, user_id=context.current_user_id())
    except FlywheelError as exc:
        widgets.flash(INBOX, exc)
