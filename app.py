"""Knowledge Flywheel reviewer app: the entry point registers the pages and the sidebar."""

from __future__ import annotations

import streamlit as st

from flywheel.ui import sidebar, timer

st.set_page_config(page_title="Knowledge Flywheel", page_icon=":material/cyclone:", layout="wide")

PAGES = [
    st.Page("pages/queue.py", title="Review queue", icon=":material/inbox:", default=True),
    st.Page("pages/proposal.py", title="Proposal", icon=":material/account_tree:"),
    st.Page("pages/analyze.py", title="Analyze", icon=":material/play_circle:"),
    st.Page("pages/flows.py", title="Flows", icon=":material/library_books:"),
    st.Page("pages/sessions.py", title="Sessions", icon=":material/forum:"),
    st.Page("pages/dashboard.py", title="Dashboard", icon=":material/monitoring:"),
]

page = st.navigation(PAGES)
timer.ensure_timer()
sidebar.render()
page.run()
