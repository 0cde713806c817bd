"""The first screen of an empty database: load the demo data in one click, or import a file."""

from __future__ import annotations

import streamlit as st
from sqlalchemy.orm import Session

from flywheel import auth, browse
from flywheel import db as dbmod
from flywheel.demo.loader import load_demo
from flywheel.errors import FlywheelError
from flywheel.llm.offline import OfflineProvider
from flywheel.metrics import overview
from flywheel.scheduler import run_batch
from flywheel.ui import context, services, widgets

SCOPE = "welcome"
QUEUE_PAGE = "pages/queue.py"


def database_is_empty() -> bool:
    """No flows and no sessions in any account."""
    with services.session_factory()() as db:
        return overview(db).is_empty


def welcome_if_empty() -> bool:
    """Show the welcome when the database is empty; returns whether it did."""
    if not database_is_empty():
        return False
    render()
    return True


def render() -> None:
    """The welcome: what the product does, the demo data button and the importer."""
    st.title("Welcome to Knowledge Flywheel", anchor=False)
    st.markdown(
        "Knowledge Flywheel reads resolved support sessions, finds where engineers left the "
        "troubleshooting flows, and drafts new flows and new branches for you to review. "
        "The database is empty: start with the demo data, or import your own sessions."
    )
    if not context.can(auth.REVIEWER):
        st.info(
            "You are a viewer in this account: a reviewer or an admin loads the first data.",
            icon=":material/visibility:",
        )
        return
    demo, upload = st.columns(2, gap="large")
    with demo, st.container(border=True):
        _demo_panel()
    with upload, st.container(border=True):
        _import_panel()


def _demo_panel() -> None:
    st.subheader("Try it with demo data", anchor=False)
    st.caption("Two MSP accounts with flows and about 200 resolved sessions.")
    analyze = st.checkbox(
        "Analyze the sessions right away (offline drafter, no LLM calls)",
        value=True,
        key="welcome:analyze",
    )
    if st.button("Load demo data", type="primary", icon=":material/download:", key="welcome:demo"):
        _load_demo(analyze=analyze)


def _load_demo(*, analyze: bool) -> None:
    factory = services.session_factory()
    try:
        with st.spinner("Loading the demo data..."), dbmod.transaction(factory) as db:
            _require_reviewer(db, "loading the demo data")
            reports = load_demo(db, only_if_empty=True)
        if analyze:
            with st.spinner("Analyzing the demo sessions..."):
                run_batch(
                    factory,
                    settings=services.settings(),
                    provider=OfflineProvider(),
                    trigger="demo",
                )
    except FlywheelError as exc:
        widgets.show_error(exc)
        return
    lines = tuple(r.summary() for r in reports)
    _done(widgets.Notice("success", "Demo data loaded.", lines))


def _import_panel() -> None:
    st.subheader("Import your data", anchor=False)
    st.caption(
        "A JSON file in the interchange format (knowledge-flywheel/v1) with flows and/or "
        "sessions. From a shell: `flywheel import FILE`."
    )
    upload = st.file_uploader("Interchange file", type=["json"], key="welcome:file")
    if st.button("Import", disabled=upload is None, key="welcome:import") and upload is not None:
        _import(upload.name, upload.getvalue())


def _import(name: str, raw: bytes) -> None:
    try:
        upload = browse.import_upload(
            services.session_factory(),
            raw,
            source=name,
            account=context.current_account(),
            settings=services.settings(),
            actor=context.current_reviewer(),
            user_id=context.current_user_id(),
            named_account=True,
        )
    except FlywheelError as exc:
        widgets.show_error(exc)
        return
    _done(widgets.Notice("success", upload.report.summary()))


def _require_reviewer(db: Session, action: str) -> None:
    """The role check the welcome's writes make (nothing in local mode)."""
    auth.require(
        db,
        account=context.current_account(),
        user_id=context.current_user_id(),
        role=auth.REVIEWER,
        action=action,
    )


def _done(notice: widgets.Notice) -> None:
    """Go to the review queue, which shows what happened."""
    widgets.flash(SCOPE, notice)
    st.switch_page(QUEUE_PAGE)
