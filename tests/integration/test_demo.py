"""The demo data loads through the importer and exercises every outcome of the analyzer."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy.orm import Session, sessionmaker

from flywheel import db as dbmod
from flywheel import scheduler
from flywheel.config import Settings
from flywheel.demo.loader import load_demo
from flywheel.llm.offline import OfflineProvider
from flywheel.metrics import overview
from flywheel.models import Analysis
from tests.analysis_support import rows


def test_demo_loads_once_and_produces_every_outcome(
    factory: sessionmaker[Session], settings: Settings
) -> None:
    with dbmod.transaction(factory) as db:
        reports = load_demo(db, now=datetime(2026, 11, 24, tzinfo=UTC))
    assert [r.account for r in reports] == ["default", "northwind-it"]
    with dbmod.transaction(factory) as db:
        assert load_demo(db, only_if_empty=True) == []
    settings = settings.model_copy(update={"daily_llm_call_budget": 20})
    scheduler.run_batch(factory, settings=settings, provider=OfflineProvider(), trigger="test")
    outcomes = {a.outcome for a in rows(factory, Analysis)}
    assert {"auto_reinforced", "enhancement", "new_flow", "merged", "skipped_budget"} <= outcomes
    with factory() as db:
        summary = overview(db, account="default")
    assert summary.flows >= 8 and summary.sessions >= 150
    assert summary.proposals_by_status.get("pending", 0) > 0


def test_demo_reset_starts_over(factory: sessionmaker[Session]) -> None:
    with dbmod.transaction(factory) as db:
        load_demo(db)
    with dbmod.transaction(factory) as db:
        load_demo(db, reset=True)
    with factory() as db:
        again = overview(db)
    with dbmod.transaction(factory) as db:
        load_demo(db, reset=True)
    with factory() as db:
        assert overview(db) == again, "a reset loads the same data again, not twice"
