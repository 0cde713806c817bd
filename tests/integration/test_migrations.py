"""The schema is made by migrations only, and the models never drift from them."""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, inspect

from flywheel import db as dbmod
from flywheel.models import Base


def test_models_match_migrations(engine: Engine) -> None:
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(context, Base.metadata)
    assert diff == [], f"models and migrations differ; write a migration: {diff}"


def test_upgrade_is_idempotent_and_creates_every_table(engine: Engine) -> None:
    dbmod.upgrade(engine)
    tables = set(inspect(engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    assert "alembic_version" in tables


def test_sqlite_runs_in_wal_with_foreign_keys(sqlite_url: str) -> None:
    engine = dbmod.make_engine(sqlite_url)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 30000
    engine.dispose()


ROUNDS = 3  # fresh databases raced per kind; unserialised, PostgreSQL lost every round


def _migrate_when_told(url: str, start: Any, failures: Any) -> None:
    """A process of its own (threads would share the interpreter's import locks)."""
    engine = dbmod.make_engine(url)
    start.wait()
    try:
        dbmod.upgrade(engine)
    except Exception as exc:  # noqa: BLE001 - the test reports whatever it was
        failures.put(f"{type(exc).__name__}: {exc}"[:300])
    engine.dispose()


def _race_upgrades(url: str) -> list[str]:
    """Two processes migrate one fresh database at the same moment; what either raised."""
    spawn = multiprocessing.get_context("spawn")
    start, failures = spawn.Barrier(2), spawn.Queue()
    workers = [
        spawn.Process(target=_migrate_when_told, args=(url, start, failures)) for _ in range(2)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=120)
    assert all(worker.exitcode == 0 for worker in workers), "a migrating process died"
    return [failures.get() for _ in range(failures.qsize())]


def test_two_processes_migrating_a_fresh_sqlite_file_at_once_both_succeed(tmp_path: Path) -> None:
    for round_ in range(ROUNDS):
        url = f"sqlite:///{tmp_path / f'race{round_}.db'}"
        assert _race_upgrades(url) == []
        assert set(Base.metadata.tables) <= set(inspect(dbmod.make_engine(url)).get_table_names())


@pytest.mark.postgres
def test_two_processes_migrating_a_fresh_postgres_database_at_once_both_succeed(
    empty_postgres_database: Callable[[], str],
) -> None:
    for _ in range(ROUNDS):
        url = empty_postgres_database()
        assert _race_upgrades(url) == []
        engine = dbmod.make_engine(url)
        assert set(Base.metadata.tables) <= set(inspect(engine).get_table_names())
        engine.dispose()
