"""The Analyze page in AppTest: one session now (picked, pasted, uploaded), the schedule, and
run-now, each checked against what it wrote to the database."""

from __future__ import annotations

import json

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from flywheel.models import Analysis, AnalysisRun, Schedule, SupportSession
from tests import factories as f
from tests.analysis_support import load
from tests.ui.conftest import AppDb, open_page, problem_list


def _count(factory: sessionmaker[Session], model: type[object], *where: object) -> int:
    with factory() as db:
        return int(db.scalar(select(func.count()).select_from(model).where(*where)) or 0)  # type: ignore[arg-type]


def _codes(app: object) -> str:
    return "\n".join(code.value for code in app.code)  # type: ignore[attr-defined]


def test_renders_on_an_empty_database(empty_app_db: AppDb) -> None:
    app = open_page("analyze")
    assert not app.exception
    assert [t.value for t in app.title] == ["Analyze"]
    assert app.info[0].value == "No session of this account matches."
    assert {m.label: m.value for m in app.metric}["Next automatic run"] == "off"


def test_renders_on_the_demo_data(app_db: AppDb) -> None:
    app = open_page("analyze")
    assert not app.exception
    assert app.selectbox(key="analyze:pick").options  # demo sessions to pick from
    runs = app.dataframe[0].value
    assert list(runs["trigger"]) == ["test"]  # the demo's own batch


def test_pick_and_analyze_again_shows_the_explanation(app_db: AppDb) -> None:
    _, factory = app_db
    app = open_page("analyze")
    app.text_input(key="analyze:search").input("T-10230").run()
    assert app.selectbox(key="analyze:pick").value == "T-10230"
    before = _count(factory, Analysis)
    app.checkbox(key="analyze:force").check()
    app.button(key="analyze:one").click().run()
    assert not app.exception
    assert "Session T-10230" in _codes(app) and "Outcome:" in _codes(app)
    assert _count(factory, Analysis) == before + 1  # the old analysis is kept, superseded
    assert _count(factory, Analysis, Analysis.is_current.is_(False)) == 1


def test_pasted_session_is_imported_and_analysed(app_db: AppDb) -> None:
    _, factory = app_db
    app = open_page("analyze")
    app.segmented_control(key="analyze:source").set_value("Paste JSON").run()
    app.text_area(key="analyze:pasted").input(json.dumps(f.session("PASTE-1"))).run()
    app.button(key="analyze:paste").click().run()
    assert not app.exception
    assert "Session PASTE-1" in _codes(app)
    assert "1 sessions created" in app.success[0].value
    assert _count(factory, SupportSession, SupportSession.external_id == "PASTE-1") == 1
    assert _count(factory, Analysis, Analysis.session_id.in_(_ids(factory, "PASTE-1"))) == 1


def _ids(factory: sessionmaker[Session], external_id: str) -> list[int]:
    with factory() as db:
        return list(
            db.scalars(select(SupportSession.id).where(SupportSession.external_id == external_id))
        )


def test_a_bad_upload_lists_its_problems_and_writes_nothing(app_db: AppDb) -> None:
    _, factory = app_db
    sessions = _count(factory, SupportSession)
    bad = f.document(
        sessions=[f.session("B-1"), f.session("B-2", status="pondering", confidence_score=7)],
        account="default",
    )
    app = open_page("analyze")
    app.segmented_control(key="analyze:source").set_value("Upload a file").run()
    app.file_uploader(key="analyze:file").upload("bad.json", json.dumps(bad).encode())
    app.run()
    app.button(key="analyze:import").click().run()
    assert not app.exception
    assert "nothing was imported" in app.error[0].value
    problems = problem_list(app)
    assert "sessions\\[1\\] \\(id 'B\\-2'\\)\\: status" in problems
    assert "confidence\\_score" in problems
    assert _count(factory, SupportSession) == sessions


def test_run_now_analyses_the_waiting_sessions_and_records_a_run(app_db: AppDb) -> None:
    _, factory = app_db
    load(factory, sessions=[f.session("NEW-1"), f.session("NEW-2")], account="default")
    app = open_page("analyze")
    assert {m.label: m.value for m in app.metric}["Waiting in this account"] == "2"
    app.button(key="analyze:run").click().run()
    assert not app.exception
    assert app.get("progress")[-1].value == 100  # the bar ends full
    assert "analysed 2 session(s)" in app.success[0].value
    assert {m.label: m.value for m in app.metric}["Waiting in this account"] == "0"
    assert _count(factory, Analysis, Analysis.session_id.in_(_ids(factory, "NEW-1"))) == 1
    with factory() as db:
        run = db.scalars(select(AnalysisRun).order_by(AnalysisRun.id.desc())).first()
    assert run is not None and (run.trigger, run.total) == ("button", 2)


def test_turning_the_schedule_on_persists_it(app_db: AppDb) -> None:
    _, factory = app_db
    app = open_page("analyze")
    app.toggle(key="analyze:auto").set_value(True)
    app.number_input(key="analyze:every").set_value(5)
    app.button(key="analyze:save").click().run()
    assert not app.exception
    assert app.success[0].value == "Automatic analysis is on, every 5 min."
    with factory() as db:
        schedule = db.get(Schedule, "auto-analysis")
    assert schedule is not None and schedule.enabled and schedule.interval_minutes == 5
    assert schedule.next_run_at is not None and schedule.updated_by == "local reviewer"
    reopened = open_page("analyze")  # a new session (a restart) reads it back
    assert reopened.toggle(key="analyze:auto").value is True
    assert reopened.number_input(key="analyze:every").value == 5
    assert {m.label: m.value for m in reopened.metric}["Next automatic run"].endswith("UTC")
