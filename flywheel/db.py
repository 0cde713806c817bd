"""Database access: engines, sessions, and migrations (Alembic is the only way a schema is made)."""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    create_engine,
    event,
    inspect,
    select,
    text,
    update,
)
from sqlalchemy.engine import make_url
from sqlalchemy.orm import InstrumentedAttribute, Session, sessionmaker

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def make_engine(url: str, **kwargs: Any) -> Engine:
    """An engine for `url`; SQLite gets WAL, a busy timeout and foreign keys, and its folder."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True, **kwargs)
    if parsed.database and parsed.database != ":memory:":
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"timeout": 30}, json_serializer=_json_text, **kwargs)
    event.listen(engine, "connect", _sqlite_setup)
    return engine


def _json_text(value: Any) -> str:
    """JSON as SQLite stores it: letters beyond ASCII as themselves, not escaped ("\\u00e9"),
    so that a search of the text finds them (PostgreSQL's JSONB keeps them so)."""
    return json.dumps(value, ensure_ascii=False)


def _sqlite_setup(dbapi_connection: Any, _record: Any) -> None:
    """Pragmas, and a `lower` that folds every letter: SQLite's own folds only ASCII, so
    case-insensitive searches (`ilike`, `icontains`: `lower(a) LIKE lower(b)`) missed "É"."""
    dbapi_connection.create_function("lower", 1, _lower, deterministic=True)
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA busy_timeout=30000")
    _use_wal(cursor)
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


WAL_ATTEMPTS = 100  # a tenth of a second apart


def _use_wal(cursor: Any) -> None:
    """Switch the file to WAL. Two processes opening one new file at once both switch it,
    and the one that finds the other switching is told "locked" at once, not after the busy
    timeout, so it tries again (once switched, the file stays in WAL and this is a no-op)."""
    for attempt in range(WAL_ATTEMPTS):
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or attempt == WAL_ATTEMPTS - 1:
                raise
            time.sleep(0.1)


def _lower(value: Any) -> Any:
    return value.lower() if isinstance(value, str) else value


def session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions that keep loaded objects usable after commit (pages read them afterwards)."""
    return sessionmaker(bind=engine, expire_on_commit=False)


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One unit of work: committed when the block ends, rolled back whole on any error."""
    with factory() as db, db.begin():
        yield db


def lock(db: Session, key: str) -> None:
    """Serialise writers on `key` until the current transaction ends.

    PostgreSQL takes a transaction-scoped advisory lock; SQLite has one writer, so starting
    the write transaction now (an UPDATE that changes nothing) is the lock.
    """
    if db.get_bind().dialect.name == "postgresql":
        advisory_lock(db.connection(), key)
    else:
        db.execute(text("UPDATE accounts SET id = id WHERE 1 = 0"))


def advisory_lock(conn: Connection, key: str) -> None:
    """PostgreSQL: hold a transaction-scoped advisory lock on `key` until the transaction
    ends (other transactions asking for it wait)."""
    conn.execute(text("SELECT pg_advisory_xact_lock(hashtext(:key))"), {"key": key})


def claim(
    db: Session,
    *,
    id_column: InstrumentedAttribute[int],
    where: list[ColumnElement[bool]],
    limit: int,
    values: dict[str, Any],
) -> list[int]:
    """Set `values` on up to `limit` rows matching `where` (lowest ids first) and return their
    ids, so that concurrent callers never get the same row. Commits.

    The candidates are picked once, in a materialised CTE with SKIP LOCKED on PostgreSQL: as
    an inlined `IN (SELECT ... LIMIT n)`, PostgreSQL may rescan the sub-select per row and
    claim far more than `n`. The UPDATE repeats `where`, so a row claimed meanwhile is left.
    """
    table = id_column.class_
    picked = (
        select(id_column)
        .where(*where)
        .order_by(id_column)
        .limit(limit)
        .with_for_update(skip_locked=True)
        .cte("claimable")
        .prefix_with("MATERIALIZED", dialect="postgresql")
    )
    claimed = db.scalars(
        update(table)
        .where(id_column.in_(select(picked.c[0])), *where)
        .values(**values)
        .returning(id_column)
        .execution_options(synchronize_session=False)
    ).all()
    db.commit()
    return sorted(claimed)


def alembic_config(engine: Engine) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["engine"] = engine
    return cfg


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest migration (safe to call on every start)."""
    command.upgrade(alembic_config(engine), "head")


def is_migrated(engine: Engine) -> bool:
    return inspect(engine).has_table("alembic_version")
