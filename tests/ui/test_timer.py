"""The automatic-analysis timer: one winner per due run across processes, one scheduler per
process however many tabs run the page, and a tick that never raises."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from flywheel import db as dbmod
from flywheel import scheduler
from flywheel.config import Settings
from flywheel.models import Analysis, AnalysisRun
from flywheel.ui import timer
from tests import factories as f
from tests.analysis_support import load
from tests.ui.conftest import AppDb, open_page

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _no_timer_left() -> Iterator[None]:
    yield
    timer.stop_timer()


def _due(factory: sessionmaker[Session]) -> None:
    """Automatic analysis on every 10 minutes, with a run due since a minute ago."""
    with dbmod.transaction(factory) as db:
        scheduler.set_schedule(
            db, enabled=True, interval_minutes=10, actor="ana", now=NOW - timedelta(minutes=11)
        )


def _engines(database_url: str, count: int) -> list[Engine]:
    return [dbmod.make_engine(database_url) for _ in range(count)]


def test_take_due_tick_has_exactly_one_winner(database_url: str) -> None:
    """Four 'server processes' (own engines) ask at the same moment; one wins the run."""
    engines = _engines(database_url, 4)
    factories = [dbmod.session_factory(engine) for engine in engines]
    _due(factories[0])
    barrier = threading.Barrier(len(factories))
    wins: list[bool] = []

    def ask(factory: sessionmaker[Session]) -> None:
        with factory() as db:
            barrier.wait()
            wins.append(scheduler.take_due_tick(db, now=NOW))

    threads = [threading.Thread(target=ask, args=(fac,)) for fac in factories]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for engine in engines:
        engine.dispose()
    assert sorted(wins) == [False, False, False, True]


def test_a_due_tick_runs_a_batch_once(factory: sessionmaker[Session], settings: Settings) -> None:
    load(factory, sessions=[f.session("T-1"), f.session("T-2")])
    _due(factory)
    report = timer.tick(factory, settings, now=NOW)
    assert report is not None and report.total == 2
    assert timer.tick(factory, settings, now=NOW + timedelta(minutes=1)) is None  # not due
    with factory() as db:
        runs = list(db.scalars(select(AnalysisRun)))
        analysed = len(list(db.scalars(select(Analysis))))
    assert [(run.trigger, run.total, run.error) for run in runs] == [("timer", 2, None)]
    assert analysed == 2


def test_a_failing_tick_is_recorded_not_raised(
    factory: sessionmaker[Session], database_url: str
) -> None:
    load(factory, sessions=[f.session("T-1")])
    _due(factory)
    no_key = Settings(database_url=database_url, llm_provider="anthropic", _env_file=None)  # type: ignore[call-arg]
    assert timer.tick(factory, no_key, now=NOW) is None
    with factory() as db:
        (run,) = db.scalars(select(AnalysisRun))
    assert run.trigger == "timer" and run.error and "key" in run.error.lower()


def test_a_tick_against_a_broken_database_does_not_raise(
    settings: Settings, tmp_path: Path
) -> None:
    engine = dbmod.make_engine(f"sqlite:///{tmp_path / 'never-migrated.db'}")  # no tables
    assert timer.tick(dbmod.session_factory(engine), settings, now=NOW) is None
    engine.dispose()


def test_ensure_timer_is_one_scheduler_per_process(app_db: AppDb) -> None:
    first = timer.ensure_timer()
    assert timer.ensure_timer() is first
    for _ in range(2):  # two browser tabs open the page that starts the timer
        assert not open_page("analyze").exception
    assert timer.ensure_timer() is first and first.running
    assert [job.id for job in first.get_jobs()] == [timer.JOB_ID]
    _, other = app_db
    assert timer.start_timer(other, Settings(_env_file=None)) is first  # type: ignore[call-arg]
    timer.stop_timer()
    assert not first.running
