"""The automatic-analysis timer: one APScheduler BackgroundScheduler per server process.

Streamlit runs every page script once per browser tab and rerun, so the timer must not live
in a page: `ensure_timer()` starts it through `st.cache_resource`, and `start_timer` keeps a
module-level singleton behind a lock, so a process has exactly one, however many tabs are
open. Every ~30 seconds it ticks: `scheduler.take_due_tick` decides in the database (one
conditional UPDATE) whether a run is due and which process takes it, then
`scheduler.run_batch(trigger="timer")` claims the waiting sessions under a lease. Several
server processes or `flywheel worker`s therefore never analyse a session twice.

A tick never raises: a failure is logged and recorded on the run (`AnalysisRun.error`), and
the timer tries again on the next tick.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from datetime import UTC, datetime

import streamlit as st
from apscheduler.schedulers.background import BackgroundScheduler
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from flywheel import scheduler
from flywheel.config import Settings
from flywheel.errors import FlywheelError
from flywheel.llm.factory import make_provider
from flywheel.models import AnalysisRun
from flywheel.ui import services

log = logging.getLogger(__name__)

TICK_SECONDS = 30
JOB_ID = "flywheel-auto-analysis"
TRIGGER = "timer"


@dataclass
class _Timer:
    """The process's scheduler and the database it analyses (updated if the app's changes)."""

    scheduler: BackgroundScheduler
    factory: sessionmaker[Session]
    settings: Settings


_lock = threading.Lock()
_timer: _Timer | None = None


def start_timer(
    factory: sessionmaker[Session], settings: Settings, *, tick_seconds: float = TICK_SECONDS
) -> BackgroundScheduler:
    """Start this process's timer, or point the running one at `factory`; idempotent."""
    global _timer
    with _lock:
        if _timer is not None and _timer.scheduler.running:
            _timer.factory, _timer.settings = factory, settings
            return _timer.scheduler
        background = BackgroundScheduler(daemon=True, timezone=UTC)
        background.add_job(
            _tick_current,
            "interval",
            seconds=tick_seconds,
            id=JOB_ID,
            max_instances=1,
            coalesce=True,
            misfire_grace_time=max(1, int(tick_seconds)),
        )
        background.start()
        _timer = _Timer(scheduler=background, factory=factory, settings=settings)
        log.info("automatic-analysis timer started (tick every %ss)", tick_seconds)
        return background


def stop_timer() -> None:
    """Stop this process's timer, if one runs (tests, and a clean shutdown)."""
    global _timer
    with _lock:
        if _timer is not None and _timer.scheduler.running:
            _timer.scheduler.shutdown(wait=False)
        _timer = None


def _tick_current() -> None:
    current = _timer
    if current is not None:
        tick(current.factory, current.settings)


def tick(
    factory: sessionmaker[Session], settings: Settings, *, now: datetime | None = None
) -> scheduler.BatchReport | None:
    """One tick: when this process wins the due run, analyse what waits. Never raises."""
    started = now or datetime.now(UTC)
    worker = scheduler.worker_name(TRIGGER)
    try:
        with factory() as db:
            if not scheduler.take_due_tick(db, now=started):
                return None
        return scheduler.run_batch(
            factory,
            settings=settings,
            provider=make_provider(settings),
            trigger=TRIGGER,
            worker_id=worker,
        )
    except Exception as exc:  # noqa: BLE001 - the timer must never take the app down
        message = exc.message if isinstance(exc, FlywheelError) else f"{type(exc).__name__}: {exc}"
        log.exception("automatic analysis failed: %s", message)
        _record_failure(factory, worker=worker, started=started, message=message)
        return None


def _record_failure(
    factory: sessionmaker[Session], *, worker: str, started: datetime, message: str
) -> None:
    """Write the error on this tick's run (or on a new run if the batch never started)."""
    try:
        with factory() as db:
            run = db.scalar(
                select(AnalysisRun)
                .where(AnalysisRun.worker_id == worker, AnalysisRun.started_at >= started)
                .order_by(AnalysisRun.id.desc())
                .limit(1)
            )
            if run is None:
                run = AnalysisRun(trigger=TRIGGER, worker_id=worker, started_at=started)
                db.add(run)
            run.finished_at = run.finished_at or datetime.now(UTC)
            run.error = message[:2000]
            db.commit()
    except Exception:  # noqa: BLE001 - e.g. the database itself is down; the log has it
        log.exception("could not record the failed automatic analysis")


@st.cache_resource(show_spinner=False)
def _timer_for(database_url: str) -> BackgroundScheduler:
    return start_timer(services.session_factory(), services.settings())


def ensure_timer() -> BackgroundScheduler:
    """Make sure this server process's timer runs (cheap after the first call)."""
    return _timer_for(services.settings().database_url)
