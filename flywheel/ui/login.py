"""The gate in front of the pages when login is configured: sign in, or ask for access.

`app.py` hands its pages to `gate`; a visitor who has not signed in gets only the sign-in
page, a signed-in user without a role in any account only the "ask an admin" page. Those
are then the only pages `st.navigation` knows, so no URL reaches the others.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import streamlit as st
from streamlit.navigation.page import StreamlitPage

from flywheel.ui import context, widgets

SIGN_IN_TITLE = "Sign in"
NO_ACCESS_TITLE = "No access yet"


def _blocker() -> Callable[[], None] | None:
    """The page that stands in for all the others, or None when this visitor may use them."""
    if not context.auth_configured():
        return None
    if not context.is_logged_in():
        return sign_in
    if not context.account_slugs():
        return no_access
    return None


def gate(pages: Sequence[StreamlitPage]) -> list[StreamlitPage]:
    """The pages this visitor may open: all of them, or the one that lets them in."""
    blocker = _blocker()
    if blocker is sign_in:
        return [st.Page(sign_in, title=SIGN_IN_TITLE, icon=":material/login:", url_path="login")]
    if blocker is no_access:
        return [
            st.Page(no_access, title=NO_ACCESS_TITLE, icon=":material/lock:", url_path="access")
        ]
    return list(pages)


def guard() -> None:
    """The same gate at the top of every page script, which stops the page when the visitor
    may not see it. Needed because Streamlit, until some session has run `app.py` (and so
    `st.navigation`) in the server process, serves a deep link such as /proposal?id=5 by
    running pages/proposal.py alone, the old pages-folder way, without `app.py`'s gate."""
    blocker = _blocker()
    if blocker is not None:
        blocker()
        st.stop()


def sign_in() -> None:
    """The only page before signing in: what this is, and the button to the provider."""
    st.title("Knowledge Flywheel", anchor=False)
    st.markdown(
        "Sign in to review the troubleshooting flows your team's sessions suggest. "
        "Your organisation's identity provider checks who you are; an admin of your "
        "account decides what you may do (view, review, or administer)."
    )
    st.button("Sign in", type="primary", icon=":material/login:", key="login", on_click=st.login)


def no_access() -> None:
    """A signed-in user with no role in any account: say so, and who can change it."""
    user = (context.current_user_id() or "").replace("`", "")
    st.title("No access yet", anchor=False)
    st.warning(
        f"You are signed in as **{widgets.md(user)}**, but you have no role in any account. "
        "Ask an admin to add you, for example with "
        f"`flywheel role grant {user} viewer --account ACCOUNT`.",
        icon=":material/lock:",
    )
    sign_out_button()


def sign_out_button() -> None:
    st.button("Sign out", icon=":material/logout:", key="logout", on_click=st.logout)
