"""Knowledge Flywheel reviewer app: the entry point registers the pages and the sidebar, behind
the sign-in page when login (`[auth]` in the secrets) is configured."""

from __future__ import annotations

import streamlit as st

from flywheel.ui import login, sidebar, timer

st.set_page_config(page_title="Knowledge Flywheel", page_icon=":material/cyclone:", layout="wide")

PAGES = [
    st.Page("pages/queue.py", title="Review queue", icon=":material/inbox:", default=True),
    st.Page("pages/proposal.py", title="Proposal", icon=":material/account_tree:"),
    st.Page("pages/analyze.py", title="Analyze", icon=":material/play_circle:"),
    st.Page("pages/flows.py", title="Flows", icon=":material/library_books:"),
    st.Page("pages/sessions.py", title="Sessions", icon=":material/forum:"),
    st.Page("pages/dashboard.py", title="Dashboard", icon=":material/monitoring:"),
]

# with login configured, a visitor who is not signed in (or has no role anywhere) gets only
# the page that lets them in, so no URL reaches the others
allowed = login.gate(PAGES)
page = st.navigation(allowed, position="sidebar" if allowed == PAGES else "hidden")
timer.ensure_timer()
if allowed == PAGES:
    sidebar.render()
page.run()
