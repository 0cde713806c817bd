"""Claims, batches and the schedule, on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from flywheel import db as dbmod
from flywheel import scheduler
from flywheel.config import Settings
from flywheel.llm.offline import OfflineProvider
from flywheel.models import Analysis, AnalysisRun, Schedule, SupportSession
from tests import factories as f
from tests.analysis_support import load, rows
from tests.integration.test_analyzer import NOW, following


def _sessions(n: int) -> list[dict[str, object]]:
    return [following(f"T-{i}") for i in range(n)]


def test_claims_never_overlap_and_expired_leases_are_taken_over(
    factory: sessionmaker[Session],
) -> None:
    load(factory, flows=[f.flow()], sessions=_sessions(5))
    with factory() as db:
        first = scheduler.claim_batch(db, worker_id="a", limit=3, now=NOW)
        second = scheduler.claim_batch(db, worker_id="b", limit=3, now=NOW)
        assert len(first) == 3 and len(second) == 2 and not set(first) & set(second)
        assert scheduler.claim_batch(db, worker_id="c", limit=3, now=NOW) == []
        later = NOW + scheduler.DEFAULT_LEASE + timedelta(seconds=1)
        assert sorted(scheduler.claim_batch(db, worker_id="c", limit=9, now=later)) == sorted(
            first + second
        )


def test_run_batch_analyses_everything_once_and_records_the_run(
    factory: sessionmaker[Session], settings: Settings
) -> None:
    load(factory, flows=[f.flow()], sessions=_sessions(7))
    seen: list[int] = []
    report = scheduler.run_batch(factory, settings=settings, provider=OfflineProvider(),
                                 trigger="test", limit=5, progress=lambda d, t, r: seen.append(d))
    assert report.counts == {"auto_reinforced": 5} and seen == [1, 2, 3, 4, 5]
    rest = scheduler.run_batch(factory, settings=settings, provider=OfflineProvider(),
                               trigger="test")
    assert rest.total == 2
    assert len(rows(factory, Analysis)) == 7
    assert all(s.claimed_by is None for s in rows(factory, SupportSession))
    runs = rows(factory, AnalysisRun)
    assert [(r.trigger, r.total) for r in runs] == [("test", 5), ("test", 2)]
    assert runs[0].counts == {"auto_reinforced": 5} and runs[0].finished_at is not None


def test_concurrent_batches_analyse_each_session_exactly_once(
    factory: sessionmaker[Session], settings: Settings
) -> None:
    load(factory, flows=[f.flow()], sessions=_sessions(40))
    errors: list[BaseException] = []

    def work(name: str) -> None:
        try:
            scheduler.run_batch(factory, settings=settings, provider=OfflineProvider(),
                                trigger="test", worker_id=name)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(f"w{i}",)) for i in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    analyses = rows(factory, Analysis)
    assert len(analyses) == 40
    assert len({a.session_id for a in analyses}) == 40


def test_schedule_persists_and_exactly_one_caller_takes_a_due_tick(
    factory: sessionmaker[Session],
) -> None:
    with factory() as db:
        assert scheduler.get_schedule(db).enabled is False
        scheduler.set_schedule(db, enabled=True, interval_minutes=5, actor="ana", now=NOW)
        db.commit()
    with factory() as db:
        schedule = db.get(Schedule, scheduler.TIMER)
        assert schedule is not None and schedule.next_run_at == NOW + timedelta(minutes=5)
        assert scheduler.take_due_tick(db, now=NOW) is False
    due = NOW + timedelta(minutes=5)
    with factory() as one, factory() as two:
        winners = [scheduler.take_due_tick(one, now=due), scheduler.take_due_tick(two, now=due)]
    assert winners.count(True) == 1


def test_a_claim_takes_exactly_its_limit_among_many(factory: sessionmaker[Session]) -> None:
    load(factory, flows=[f.flow()], sessions=_sessions(200))
    with factory() as db:
        assert len(scheduler.claim_batch(db, worker_id="a", limit=7, now=NOW)) == 7
        assert scheduler.backlog(db, now=NOW) == 193


def test_claiming_reads_only_the_waiting_sessions(sqlite_url: str) -> None:
    """The ready-sessions index must match the scheduler's ready states: otherwise each claim
    scans past every analysed session and claiming grows with the history."""
    engine = dbmod.make_engine(sqlite_url)
    query = (
        select(SupportSession.id)
        .where(*scheduler._ready(NOW))
        .order_by(SupportSession.id)
        .limit(50)
    )
    sql = str(query.compile(engine, compile_kwargs={"literal_binds": True}))
    with engine.connect() as connection:
        plan = " ".join(row[3] for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}"))
    assert "ix_support_sessions_ready" in plan
