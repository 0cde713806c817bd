"""The shared sidebar: account switcher, reviewer, and the inbox."""

from __future__ import annotations

import streamlit as st

from flywheel.ui import context


def render() -> None:
    with st.sidebar:
        slugs = context.account_slugs()
        if slugs:
            current = context.current_account()
            st.selectbox("Account", slugs, index=slugs.index(current), key=context.ACCOUNT_KEY)
        if context.is_logged_in():
            st.caption(f"Signed in as {context.current_reviewer()}")
        else:
            st.badge("local mode", icon=":material/computer:", color="orange")
            st.text_input(
                "Reviewer name", key=context.REVIEWER_KEY, placeholder=context.LOCAL_REVIEWER
            )
