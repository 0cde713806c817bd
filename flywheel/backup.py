"""Backups: every row of every table, to one JSON file and back into an empty database.

A backup is a plain dump (table by table, primary keys kept), so nothing is lost: flows with
their versions, sessions, proposals, analyses, the ledger, notifications and the audit log.
It restores only into an empty database at the same schema revision.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

from alembic.migration import MigrationContext
from sqlalchemy import Column, DateTime, Table, func, insert, select, text
from sqlalchemy.orm import Session

from flywheel.errors import InvalidInput
from flywheel.models import Base, UTCDateTime

FORMAT = "knowledge-flywheel/backup-v1"
_CHUNK = 1_000


def _revision(db: Session) -> str | None:
    return MigrationContext.configure(db.connection()).get_current_revision()


def _encode(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime) else value


def _is_time(column: Column[Any]) -> bool:
    return isinstance(column.type, UTCDateTime | DateTime)


def _decode(column: Column[Any], value: Any) -> Any:
    if value is not None and _is_time(column):
        return datetime.fromisoformat(value)
    return value


def _rows(db: Session, table: Table) -> Iterator[dict[str, Any]]:
    order = list(table.primary_key.columns)
    for row in db.execute(select(table).order_by(*order)).mappings():
        yield {key: _encode(value) for key, value in row.items()}


def dump(db: Session) -> dict[str, Any]:
    """Everything in the database, table by table, parents before children."""
    return {
        "format": FORMAT,
        "schema_revision": _revision(db),
        "tables": {t.name: list(_rows(db, t)) for t in Base.metadata.sorted_tables},
    }


def _is_empty(db: Session) -> bool:
    return all(
        not db.scalar(select(func.count()).select_from(table))
        for table in Base.metadata.sorted_tables
    )


def restore(db: Session, document: object) -> dict[str, int]:
    """Load a backup into an empty database; returns rows restored per table."""
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise InvalidInput(f"Not a Knowledge Flywheel backup (expected format {FORMAT!r}).")
    if document.get("schema_revision") != _revision(db):
        raise InvalidInput(
            f"The backup is at schema revision {document.get('schema_revision')!r}; this "
            f"database is at {_revision(db)!r}. Restore with the matching version."
        )
    if not _is_empty(db):
        raise InvalidInput("Backups restore only into an empty database; this one has data.")
    tables = document.get("tables")
    if not isinstance(tables, dict):
        raise InvalidInput("The backup has no tables.")
    counts = {
        t.name: _restore_table(db, t, tables.get(t.name, [])) for t in Base.metadata.sorted_tables
    }
    _reset_sequences(db)
    return counts


def _restore_table(db: Session, table: Table, rows: object) -> int:
    if not isinstance(rows, list):
        raise InvalidInput(f"Table {table.name!r} in the backup is not a list of rows.")
    columns = {c.name: c for c in table.columns}
    decoded = []
    for index, row in enumerate(rows):
        if not isinstance(row, dict) or not set(row) <= set(columns):
            raise InvalidInput(f"{table.name}[{index}] does not match this schema.")
        decoded.append({key: _decode(columns[key], value) for key, value in row.items()})
    for start in range(0, len(decoded), _CHUNK):
        db.execute(insert(table), decoded[start : start + _CHUNK])
    return len(decoded)


def _reset_sequences(db: Session) -> None:
    """PostgreSQL's id sequences do not see explicit ids; move them past the restored rows."""
    if db.get_bind().dialect.name != "postgresql":
        return
    for table in Base.metadata.sorted_tables:
        if "id" in table.columns and table.columns["id"].autoincrement in (True, "auto"):
            db.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                    f'COALESCE((SELECT MAX(id) FROM "{table.name}"), 0) + 1, false)'
                )
            )
