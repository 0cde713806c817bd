"""Fresh, throw-away databases for one benchmark each: a SQLite file in a temporary folder, or
a PostgreSQL database `flywheel_bench_<random>` created on the server and dropped afterwards.

Nothing here migrates: whoever uses the database runs `flywheel.db.upgrade` (the analyzer
runner does it in its own process).
"""

from __future__ import annotations

import os
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Literal

from sqlalchemy import Engine, create_engine, text
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
