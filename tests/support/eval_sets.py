"""Importing a labelled evaluation folder through the real importer, for the eval sets' tests."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from flywheel import db as dbmod
from flywheel.interchange import import_file
from flywheel.models import Flow, SessionStep, SupportSession

MAX_BYTES = 20 * 1024**2  # the largest sessions.json (bench/unseen, under 1 MB) with room


def imported_counts(folder: Path, database_url: str) -> dict[str, int]:
    """Import a folder's flows.json and sessions.json into the (migrated, empty) database;
    what the importer reported created, and the flows, sessions and steps then stored."""
    engine = dbmod.make_engine(database_url)
    factory = dbmod.session_factory(engine)
    try:
        counts: dict[str, int] = {}
        for name in ("flows.json", "sessions.json"):
            with dbmod.transaction(factory) as db:
                report = import_file(db, folder / name, default_account="eval", max_bytes=MAX_BYTES)
                counts |= report.counts
        with factory() as db:
            for label, model in (("flows", Flow), ("sessions", SupportSession)):
                counts[label] = db.scalar(select(func.count()).select_from(model)) or 0
            counts["steps"] = db.scalar(select(func.count()).select_from(SessionStep)) or 0
        return counts
    finally:
        engine.dispose()
