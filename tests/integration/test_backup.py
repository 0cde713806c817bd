"""A backup restored into an empty database loses nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from flywheel import backup, review, scheduler
from flywheel import db as dbmod
from flywheel.cli import main
from flywheel.config import Settings
from flywheel.demo.loader import load_demo
from flywheel.errors import InvalidInput
from flywheel.llm.offline import OfflineProvider
from flywheel.metrics import pending_proposals


def _busy_database(factory: sessionmaker[Session], settings: Settings) -> None:
    with dbmod.transaction(factory) as db:
        load_demo(db)
    scheduler.run_batch(factory, settings=settings, provider=OfflineProvider(), trigger="test")
    with factory() as db:
        first, second = pending_proposals(db, account="default")[:2]
    with dbmod.transaction(factory) as db:
        review.approve(db, account="default", proposal_id=first["id"], reviewer="ana")
        review.reject(db, account="default", proposal_id=second["id"], reviewer="ana",
                      reason="not needed")


def test_backup_round_trip_keeps_every_row(
    factory: sessionmaker[Session], settings: Settings, tmp_path: Path, sqlite_url: str
) -> None:
    _busy_database(factory, settings)
    with factory() as db:
        original = json.loads(json.dumps(backup.dump(db)))
    tables = original["tables"]
    for name in ("flows", "flow_versions", "support_sessions", "session_steps", "proposals",
                 "analyses", "audit_events", "llm_calls", "notifications", "flow_traffic"):
        assert tables[name], f"the busy database has {name}"
    target = dbmod.session_factory(dbmod.make_engine(sqlite_url))
    with dbmod.transaction(target) as db:
        backup.restore(db, original)
    with target() as db:
        assert json.loads(json.dumps(backup.dump(db))) == original
    with pytest.raises(InvalidInput, match="empty database"), dbmod.transaction(target) as db:
        backup.restore(db, original)


def test_restored_database_keeps_working(
    factory: sessionmaker[Session], settings: Settings, database_url: str, tmp_path: Path
) -> None:
    source = dbmod.session_factory(dbmod.make_engine(f"sqlite:///{tmp_path / 'source.db'}"))
    dbmod.upgrade(source.kw["bind"])
    _busy_database(source, settings)
    path = tmp_path / "backup.json"
    assert main(["backup", "--database-url", str(source.kw["bind"].url), "-o", str(path)]) == 0
    assert main(["restore", "--database-url", database_url, str(path)]) == 0
    with dbmod.transaction(factory) as db:
        proposal = pending_proposals(db, account="default")[0]
        flow = review.approve(db, account="default", proposal_id=proposal["id"], reviewer="bo")
        assert flow.id is not None, "ids continue after the restored ones"


def test_not_a_backup_is_refused(factory: sessionmaker[Session]) -> None:
    with pytest.raises(InvalidInput, match="Not a Knowledge Flywheel backup"), \
            dbmod.transaction(factory) as db:
        backup.restore(db, {"tables": {}})
