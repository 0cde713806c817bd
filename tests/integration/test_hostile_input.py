"""Hostile files and text: clear errors, nothing half-written, nothing rendered as markup."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from flywheel import db as dbmod
from flywheel.errors import InvalidInput
from flywheel.interchange import import_document, import_file
from flywheel.models import Flow, SupportSession
from tests import factories as f

ROOT = Path(__file__).resolve().parents[2]


def _nothing_written(factory: sessionmaker[Session]) -> bool:
    with factory() as db:
        flows = db.scalar(select(func.count(Flow.id)))
        sessions = db.scalar(select(func.count(SupportSession.id)))
    return flows == 0 and sessions == 0


def test_a_100_mb_file_is_refused_before_it_is_read(
    factory: sessionmaker[Session], tmp_path: Path
) -> None:
    path = tmp_path / "huge.json"
    with path.open("wb") as handle:
        handle.truncate(100 * 1024 * 1024)
    with pytest.raises(InvalidInput, match="100.0 MiB; the limit is 20.0 MiB"), \
            dbmod.transaction(factory) as db:
        import_file(db, path, default_account="default", max_bytes=20 * 1024 * 1024)
    assert _nothing_written(factory)


HOSTILE = [
    ("huge summary", f.session(problem_summary="x" * 200_000), "problem_summary"),
    ("huge question", f.flow(tree_structure=f.tree(question="q" * 5_000)), "the limit is 2,000"),
    ("list for a session", ["not", "a", "session"], r"sessions\[1\]: \(record\)"),
    ("null id", f.session() | {"id": None}, r"sessions\[1\]: id"),
    ("number as text", f.session("T-2", problem_summary=42), "problem_summary"),
]


@pytest.mark.parametrize(("case", "record", "expected"), HOSTILE, ids=[c[0] for c in HOSTILE])
def test_hostile_records_are_refused_whole(
    factory: sessionmaker[Session], case: str, record: object, expected: str
) -> None:
    key = "flows" if case == "huge question" else "sessions"
    doc = f.document(flows=[f.flow("other")], sessions=[f.session("T-ok")]) | {
        key: [*([f.flow("other")] if key == "flows" else [f.session("T-ok")]), record]
    }
    with pytest.raises(InvalidInput, match=expected), dbmod.transaction(factory) as db:
        import_document(db, doc, source="hostile.json", default_account="default")
    assert _nothing_written(factory)


def test_no_user_text_passes_through_unsafe_html() -> None:
    sources = [*ROOT.glob("pages/*.py"), *ROOT.glob("flywheel/**/*.py"), ROOT / "app.py"]
    unsafe = re.compile(r"unsafe_allow_html\s*=\s*True")
    offenders = [str(p) for p in sources if unsafe.search(p.read_text())]
    assert offenders == []
