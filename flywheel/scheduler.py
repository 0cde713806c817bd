"""Claiming work, running batches, and the timer: one way to analyse, whoever asks.

A batch first claims sessions in the database under a lease (PostgreSQL: FOR UPDATE SKIP
LOCKED; SQLite: the single writer makes the claiming UPDATE atomic). The CLI, the app's
button, its timer and any number of `flywheel worker` processes all go through it, so no
session is analysed twice; a claim whose lease expired (a killed worker) is taken over.
"""

from __future__ import annotations

import os
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy import ColumnElement, func, or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from flywheel import auth, webhooks
from flywheel import db as dbmod
from flywheel.analyzer import AnalysisResult, analyze_batch
from flywheel.config import Settings
from flywheel.errors import InvalidInput, NotFound
from flywheel.llm.base import Provider
from flywheel.models import Account, AnalysisRun, Schedule, SupportSession

READY_STATES = ("pending", "deferred", "retry")
DEFAULT_LEASE = timedelta(minutes=10)
CLAIM = 100  # sessions claimed and analysed together (reads shared, writes in one go)
TIMER = "auto-analysis"
Progress = Callable[[int, int, AnalysisResult], None]


def worker_name(role: str = "worker") -> str:
    """A name for this process in claims and run records: role, host and pid."""
    return f"{role}:{socket.gethostname()}:{os.getpid()}"


def _ready(now: datetime) -> list[ColumnElement[bool]]:
    return [
        SupportSession.analysis_state.in_(READY_STATES),
        or_(SupportSession.next_attempt_at.is_(None), SupportSession.next_attempt_at <= now),
        or_(SupportSession.claim_expires_at.is_(None), SupportSession.claim_expires_at < now),
    ]


def backlog(db: Session, *, now: datetime, account_id: int | None = None) -> int:
    """How many sessions are waiting for analysis right now."""
    query = select(func.count(SupportSession.id)).where(*_ready(now))
    if account_id is not None:
        query = query.where(SupportSession.account_id == account_id)
    return db.scalar(query) or 0


def claim_batch(
    db: Session,
    *,
    worker_id: str,
    limit: int,
    now: datetime,
    lease: timedelta = DEFAULT_LEASE,
    account_id: int | None = None,
) -> list[int]:
    """Claim up to `limit` waiting sessions for `worker_id`, oldest first. Commits."""
    where = _ready(now)
    if account_id is not None:
        where.append(SupportSession.account_id == account_id)
    return dbmod.claim(
        db,
        id_column=SupportSession.id,
        where=where,
        limit=limit,
        values={"claimed_by": worker_id, "claim_expires_at": now + lease},
    )


def release(db: Session, session_ids: list[int], *, worker_id: str) -> None:
    """Give back claims this worker still holds (after an error, or on shutdown)."""
    if session_ids:
        db.execute(
            update(SupportSession)
            .where(SupportSession.id.in_(session_ids), SupportSession.claimed_by == worker_id)
            .values(claimed_by=None, claim_expires_at=None)
            .execution_options(synchronize_session=False)
        )
        db.commit()


@dataclass
class BatchReport:
    """What one batch did: counts by outcome, sessions left for a conflict, the run's id."""

    run_id: int
    counts: dict[str, int] = field(default_factory=dict)
    conflicts: list[int] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def _account_id(db: Session, slug: str | None) -> int | None:
    if slug is None:
        return None
    found = db.scalar(select(Account.id).where(Account.slug == slug))
    if found is None:
        raise NotFound(f"There is no account {slug!r}.")
    return found


def _require_in(
    db: Session, account: str | None, *, user_id: str | None, role: str, action: str
) -> None:
    """`auth.require`, for functions whose account is optional: a signed-in user always
    acts within one account."""
    if user_id is not None and account is None:
        raise InvalidInput(f"Say which account you are working in; {action} is checked there.")
    auth.require(db, account=account or "", user_id=user_id, role=role, action=action)


@dataclass
class _Batch:
    """Everything one batch needs, passed around as one thing."""

    factory: sessionmaker[Session]
    settings: Settings
    provider: Provider
    worker: str
    account_id: int | None
    limit: int | None
    lease: timedelta
    clock: Callable[[], datetime]
    progress: Progress | None


def run_batch(
    factory: sessionmaker[Session],
    *,
    settings: Settings,
    provider: Provider,
    trigger: str,
    worker_id: str | None = None,
    account: str | None = None,
    limit: int | None = None,
    progress: Progress | None = None,
    now: Callable[[], datetime] | None = None,
    lease: timedelta = DEFAULT_LEASE,
    user_id: str | None = None,
) -> BatchReport:
    """Claim what is waiting (up to `limit`) and analyse it, recording the run.

    A signed-in `user_id` (None: the timer, a worker, the command line) must be a reviewer
    of `account`.
    """
    if user_id is not None:
        with factory() as db:
            _require_in(db, account, user_id=user_id, role=auth.REVIEWER, action="running analysis")
    clock = now or (lambda: datetime.now(UTC))
    worker = worker_id or worker_name(trigger)
    with factory() as db:
        batch = _Batch(
            factory=factory,
            settings=settings,
            provider=provider,
            worker=worker,
            account_id=_account_id(db, account),
            limit=limit,
            lease=lease,
            clock=clock,
            progress=progress,
        )
        run = AnalysisRun(trigger=trigger, worker_id=worker, started_at=clock())
        db.add(run)
        db.commit()
        report = BatchReport(run_id=run.id)
        try:
            _drain(db, batch, report)
        finally:
            _close_run(db, run, report, clock())
    return report


def _drain(db: Session, batch: _Batch, report: BatchReport) -> None:
    waiting = backlog(db, now=batch.clock(), account_id=batch.account_id)
    total = min(batch.limit, waiting) if batch.limit else waiting
    while batch.limit is None or _handled(report) < batch.limit:
        room = CLAIM if batch.limit is None else min(CLAIM, batch.limit - _handled(report))
        ids = claim_batch(
            db,
            worker_id=batch.worker,
            limit=room,
            now=batch.clock(),
            account_id=batch.account_id,
            lease=batch.lease,
        )
        if not ids:
            return
        with batch.factory() as own:
            done = analyze_batch(
                own, ids, settings=batch.settings, provider=batch.provider, now=batch.clock()
            )
        # a session left for a conflict keeps its claim until the lease ends, then is retried
        report.conflicts.extend(done.conflicts)
        for result in done.results:
            report.counts[result.outcome] = report.counts.get(result.outcome, 0) + 1
            if batch.progress is not None:
                batch.progress(report.total, max(total, report.total), result)


def _handled(report: BatchReport) -> int:
    return report.total + len(report.conflicts)


def _close_run(db: Session, run: AnalysisRun, report: BatchReport, now: datetime) -> None:
    run.finished_at = now
    run.counts = dict(report.counts)
    run.total = report.total
    db.commit()


def recent_runs(db: Session, *, limit: int = 20) -> list[AnalysisRun]:
    return list(db.scalars(select(AnalysisRun).order_by(AnalysisRun.id.desc()).limit(limit)))


# --- the schedule -----------------------------------------------------------------------------


def get_schedule(db: Session) -> Schedule:
    """The automatic-analysis schedule (off, every 15 minutes, until someone turns it on)."""
    schedule = db.get(Schedule, TIMER)
    return schedule or Schedule(name=TIMER, enabled=False, interval_minutes=15)


def set_schedule(
    db: Session,
    *,
    enabled: bool,
    interval_minutes: int,
    actor: str,
    now: datetime,
    account: str | None = None,
    user_id: str | None = None,
) -> Schedule:
    """Turn automatic analysis on or off and set its interval; the next run is due one
    interval from now. The caller commits.

    The schedule serves every account; a signed-in `user_id` must be an admin of `account`
    (the account they are working in).
    """
    _require_in(db, account, user_id=user_id, role=auth.ADMIN, action="changing the schedule")
    if not 1 <= interval_minutes <= 24 * 60:
        raise InvalidInput("The interval must be between 1 minute and 24 hours.")
    schedule = db.get(Schedule, TIMER)
    if schedule is None:
        schedule = Schedule(name=TIMER)
        db.add(schedule)
    schedule.enabled = enabled
    schedule.interval_minutes = interval_minutes
    schedule.next_run_at = now + timedelta(minutes=interval_minutes) if enabled else None
    schedule.updated_by = actor
    db.flush()
    return schedule


def take_due_tick(db: Session, *, now: datetime) -> bool:
    """True for exactly one caller when a scheduled run is due (a conditional UPDATE decides
    among server processes); moves the schedule on by one interval. Commits."""
    schedule = db.get(Schedule, TIMER)
    if schedule is None or not schedule.enabled or schedule.next_run_at is None:
        return False
    if schedule.next_run_at > now:
        return False
    won = db.execute(
        update(Schedule)
        .where(Schedule.name == TIMER, Schedule.next_run_at == schedule.next_run_at)
        .values(last_run_at=now, next_run_at=now + timedelta(minutes=schedule.interval_minutes))
        .execution_options(synchronize_session=False)
    )
    db.commit()
    return bool(won.rowcount)  # type: ignore[attr-defined]


def work(
    factory: sessionmaker[Session],
    *,
    settings: Settings,
    provider: Provider,
    worker_id: str,
    account: str | None = None,
    batch: int = 50,
    lease: timedelta = DEFAULT_LEASE,
    poll_seconds: float = 10.0,
    exit_when_idle: bool = False,
    on_batch: Callable[[BatchReport], None] | None = None,
) -> int:
    """The worker loop: claim and analyse a batch at a time; when nothing waits, sleep (or
    stop). Returns how many sessions this worker analysed."""
    done = 0
    while True:
        report = run_batch(
            factory,
            settings=settings,
            provider=provider,
            trigger="worker",
            worker_id=worker_id,
            account=account,
            limit=batch,
            lease=lease,
        )
        done += report.total
        webhooks.deliver_due(factory, now=datetime.now(UTC))
        if on_batch is not None and (report.total or report.conflicts):
            on_batch(report)
        if report.total == 0 and not report.conflicts:
            if exit_when_idle:
                return done
            time.sleep(poll_seconds)
