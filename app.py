"""Knowledge Flywheel reviewer app: what the database holds, and how to add to it."""

from __future__ import annotations

import streamlit as st

from flywheel import db as dbmod
from flywheel import metrics
from flywheel.demo.loader import load_demo
from flywheel.ui import services

st.set_page_config(page_title="Knowledge Flywheel", page_icon=":material/cyclone:", layout="wide")
st.title("Knowledge Flywheel")
st.caption(
    "Resolved support sessions in, reviewed troubleshooting flows out. "
    "The review queue, diagrams and approval arrive in the next releases; "
    "this page shows what the database holds today."
)

factory = services.session_factory()
with factory() as db:
    view = metrics.overview(db)

if view.is_empty:
    st.info("The database is empty. Load the demo data, or import your own files.")
    if st.button("Load demo data", type="primary"):
        with dbmod.transaction(factory) as db:
            load_demo(db)
        st.rerun()
else:
    flows, sessions, pending = st.columns(3)
    flows.metric("Flows", view.flows)
    sessions.metric("Sessions", view.sessions)
    pending.metric("Pending proposals", view.proposals_by_status.get("pending", 0))
    left, right = st.columns(2)
    left.subheader("Sessions by analysis state")
    left.dataframe(
        [{"state": k, "sessions": v} for k, v in sorted(view.sessions_by_state.items())],
        hide_index=True,
    )
    right.subheader("Proposals by status")
    right.dataframe(
        [{"status": k, "proposals": v} for k, v in sorted(view.proposals_by_status.items())]
        or [{"status": "(none yet)", "proposals": 0}],
        hide_index=True,
    )

st.subheader("Import more")
st.markdown(
    "Flows and sessions come in as JSON in the interchange format (see `docs/interchange.md`):\n\n"
    "```\nflywheel import flows.json sessions.json\n```\n"
    "Import is idempotent: the same ids update their records, never duplicate them."
)
