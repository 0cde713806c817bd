"""Fresh, throw-away databases for one benchmark each: a SQLite file in a temporary folder, or
a PostgreSQL database `flywheel_bench_<random>` created on the server and dropped afterwards.

Nothing here migrates: whoever uses the database runs `flywheel.db.upgrade` (the analyzer
runner does it in its own process).
"""

from __future__ import annotations

import os
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Literal

from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.engine import make_url

from flywheel.config import Settings

Backend = Literal["sqlite", "postgresql"]
PREFIX = "flywheel_bench_"
DEFAULT_POSTGRES_ADMIN_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
POSTGRES_ENV = "FLYWHEEL_BENCH_POSTGRES_URL"


def postgres_admin_url(url: str | None = None) -> str:
    """The URL of a database on the server to create benchmark databases from (psycopg 3)."""
    raw = url or os.environ.get(POSTGRES_ENV) or DEFAULT_POSTGRES_ADMIN_URL
    return Settings(database_url=raw, _env_file=None).database_url


def _admin(admin_url: str) -> Engine:
    return create_engine(admin_url, isolation_level="AUTOCOMMIT")


def postgres_version(admin_url: str) -> str | None:
    """The server's version ('15.20 (Debian ...)'), or None when it cannot be reached."""
    engine = _admin(admin_url)
    try:
        with engine.connect() as conn:
            return str(conn.scalar(text("SHOW server_version")))
    except Exception:  # noqa: BLE001 - any failure to connect means "no PostgreSQL"
        return None
    finally:
        engine.dispose()


@contextmanager
def autovacuum_as_shipped(admin_url: str) -> Iterator[str]:
    """PostgreSQL's autovacuum on for the run, as PostgreSQL ships it; yields what the report
    says of it.

    A server run with autovacuum off (this machine's is started so) never clears the dead
    rows the analyzer's updates leave in the sessions, flows and traffic tables, nor
    refreshes the planner's statistics, and the cost per session then grows with the run
    for a reason no deployment has: 1.41x at 50,000 sessions here, 1.0x with it on. Turned
    on with ALTER SYSTEM for the run and reset afterwards (a superuser is needed; without
    one the run goes on with it off, and says so)."""
    engine = _admin(admin_url)
    try:
        with engine.connect() as conn:
            before = conn.scalar(text("SHOW autovacuum"))
            if before == "on":
                yield "on"
                return
            try:
                _set_autovacuum(conn, "ALTER SYSTEM SET autovacuum = on", "on")
            except Exception as exc:  # noqa: BLE001 - not allowed: measure as the server is
                yield f"off (the server runs without it; turning it on failed: {exc})"
                return
            try:
                yield "on for the run (the server runs without it; reset afterwards)"
            finally:
                _set_autovacuum(conn, "ALTER SYSTEM RESET autovacuum", before)
    finally:
        engine.dispose()


def _set_autovacuum(conn: Connection, statement: str, expected: object) -> None:
    """Change the setting and reload the configuration, waiting (up to 5 s) until the
    server reads it back: a reload is signalled, not awaited."""
    conn.execute(text(statement))
    conn.execute(text("SELECT pg_reload_conf()"))
    for _ in range(100):
        if conn.scalar(text("SHOW autovacuum")) == expected:
            return
        time.sleep(0.05)


@contextmanager
def temporary_sqlite() -> Iterator[str]:
    """The URL of a SQLite file in a new temporary folder, removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="flywheel-bench-") as folder:
        yield f"sqlite:///{Path(folder) / 'bench.db'}"


@contextmanager
def temporary_postgres(admin_url: str) -> Iterator[str]:
    """The URL of a new, empty PostgreSQL database, dropped (connections and all) afterwards."""
    name = f"{PREFIX}{uuid.uuid4().hex[:12]}"
    engine = _admin(admin_url)
    try:
        with engine.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        try:
            yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
        finally:
            with engine.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        engine.dispose()


@contextmanager
def temporary_database(backend: Backend, admin_url: str) -> Iterator[str]:
    """A fresh database of either kind (see `temporary_sqlite`, `temporary_postgres`)."""
    if backend == "sqlite":
        with temporary_sqlite() as url:
            yield url
    else:
        with temporary_postgres(admin_url) as url:
            yield url
