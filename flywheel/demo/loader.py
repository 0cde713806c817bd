"""Loading the demo data set into a database, through the same importer users run."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import delete
from sqlalchemy.orm import Session

from flywheel.interchange import ImportReport, import_document
from flywheel.metrics import overview
from flywheel.models import Base


def load_demo(
    db: Session, *, now: datetime | None = None, reset: bool = False, only_if_empty: bool = False
) -> list[ImportReport]:
    """Import the demo accounts; returns nothing when `only_if_empty` and data is present."""
    from flywheel.demo.content import build_demo_documents

    if reset:
        clear_database(db)
    elif only_if_empty and not overview(db).is_empty:
        return []
    documents = build_demo_documents(now or datetime.now(UTC))
    return [
        import_document(
            db, doc, source=f"demo:{doc['account']}", default_account="default", actor="demo"
        )
        for doc in documents
    ]


def clear_database(db: Session) -> None:
    """Delete every row of every table (children first), keeping the schema."""
    for table in reversed(Base.metadata.sorted_tables):
        db.execute(delete(table))
    db.flush()
