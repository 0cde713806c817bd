"""The Sessions page in AppTest: paged listing, search and outcome filter, one session's
transcript and analysis, the account switch, and uploads (good and bad)."""

from __future__ import annotations

import json

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from flywheel.models import SupportSession
from tests import factories as f
from tests.ui.conftest import AppDb, open_page, problem_list


def _sessions(factory: sessionmaker[Session]) -> int:
    with factory() as db:
        return int(db.scalar(select(func.count(SupportSession.id))) or 0)


def _shown(app: object) -> list[str]:
    return list(app.dataframe[0].value["session"])  # type: ignore[attr-defined]


def test_renders_on_an_empty_database(empty_app_db: AppDb) -> None:
    app = open_page("sessions")
    assert not app.exception
    assert app.title[0].value == "Welcome to Knowledge Flywheel"


def test_lists_a_page_and_opens_the_first_session(app_db: AppDb) -> None:
    app = open_page("sessions")
    assert not app.exception
    assert len(_shown(app)) == 50
    assert app.caption[1].value.startswith("Showing 1-50 of ")
    assert app.pagination[0].num_pages > 1
    first = _shown(app)[0]
    assert f"Session {first}" in app.code[0].value  # the explanation of the opened one
    assert any(first.replace("-", "\\-") in c.value for c in app.caption)  # its transcript


def test_next_page_and_filters(app_db: AppDb) -> None:
    app = open_page("sessions")
    first_page = _shown(app)
    app.pagination[0].set_value(2).run()
    assert app.caption[1].value.startswith("Showing 51-100 of ")
    assert not set(_shown(app)) & set(first_page)
    app.selectbox(key="sessions:outcome").set_value("new_flow").run()
    assert app.caption[1].value.startswith("Showing 1-")  # a new filter starts at page 1
    assert set(app.dataframe[0].value["outcome"]) == {"Proposed a new flow"}
    app.text_input(key="sessions:search").input("T-10230").run()
    app.selectbox(key="sessions:outcome").set_value("Any outcome").run()
    assert _shown(app) == ["T-10230"]


def test_the_account_switch_scopes_the_listing(app_db: AppDb) -> None:
    app = open_page("sessions", session_state={"account": "northwind-it"})
    assert not app.exception
    assert _shown(app) and all(s.startswith("NW-") for s in _shown(app))


def test_a_bad_upload_lists_each_problem_and_writes_nothing(app_db: AppDb) -> None:
    _, factory = app_db
    before = _sessions(factory)
    bad = f.document(
        sessions=[f.session("U-1"), f.session("U-2", steps=[{"step_type": "question"}])],
        account="default",
    )
    bad["sessions"].append("not a record")
    app = open_page("sessions")
    app.file_uploader(key="sessions:file").upload("bad.json", json.dumps(bad).encode())
    app.run()
    app.button(key="sessions:import").click().run()
    assert not app.exception
    assert "nothing was imported" in app.error[0].value
    problems = problem_list(app)
    assert "step\\_order" in problems and "sessions\\[2\\]" in problems
    assert _sessions(factory) == before


def test_a_good_upload_imports_the_sessions(app_db: AppDb) -> None:
    _, factory = app_db
    before = _sessions(factory)
    good = f.document(sessions=[f.session("U-1"), f.session("U-2")], account="default")
    app = open_page("sessions")
    app.file_uploader(key="sessions:file").upload("good.json", json.dumps(good).encode())
    app.run()
    app.button(key="sessions:import").click().run()
    assert not app.exception
    assert "2 sessions created" in app.success[0].value
    assert _sessions(factory) == before + 2
