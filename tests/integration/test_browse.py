"""Browsing sessions on SQLite and PostgreSQL: paging, search, outcomes, scoping, uploads."""

from __future__ import annotations

import json

import pytest
from sqlalchemy.orm import Session, sessionmaker

from flywheel import browse
from flywheel.config import Settings
from flywheel.errors import ImportError_, NotFound
from flywheel.llm.offline import OfflineProvider
from flywheel.models import Analysis, SupportSession
from tests import factories as f
from tests.analysis_support import analyze, load, rows


def _sessions(factory: sessionmaker[Session], count: int = 7) -> None:
    """`count` sessions T-1..T-n resolved on successive days (T-n newest), one other account."""
    load(
        factory,
        flows=[f.flow()],
        sessions=[
            f.session(
                f"T-{n}",
                problem_summary=f"Problem number {n}" + (" printer" if n % 2 else ""),
                resolved_at=f"2026-11-{n:02d}T10:00:00Z",
            )
            for n in range(1, count + 1)
        ],
    )
    load(factory, sessions=[f.session("G-1", problem_summary="printer")], account="globex")


def test_pages_are_newest_first_and_count_everything(factory: sessionmaker[Session]) -> None:
    _sessions(factory)
    with factory() as db:
        first = browse.list_sessions(db, account="acme", page=1, page_size=3)
        last = browse.list_sessions(db, account="acme", page=3, page_size=3)
        beyond = browse.list_sessions(db, account="acme", page=9, page_size=3)
    assert (first.total, first.pages) == (7, 3)
    assert [row.external_id for row in first.rows] == ["T-7", "T-6", "T-5"]
    assert [row.external_id for row in last.rows] == ["T-1"]
    assert beyond.rows == [] and beyond.total == 7


@pytest.mark.parametrize(
    ("text", "expected"),
    [("t-3", ["T-3"]), ("PRINTER", ["T-7", "T-5", "T-3", "T-1"]), ("_", []), ("%", [])],
)
def test_search_by_external_id_or_summary_stays_in_the_account(
    factory: sessionmaker[Session], text: str, expected: list[str]
) -> None:
    _sessions(factory)
    with factory() as db:
        page = browse.list_sessions(db, account="acme", text=text)
    assert [row.external_id for row in page.rows] == expected
    assert page.total == len(expected)


def test_outcome_filter_and_counts(factory: sessionmaker[Session], settings: Settings) -> None:
    _sessions(factory, count=3)
    outcome = analyze(factory, settings, "T-2").outcome
    with factory() as db:
        analysed = browse.list_sessions(db, account="acme", outcome=outcome)
        waiting = browse.list_sessions(db, account="acme", outcome=browse.NOT_ANALYSED)
        counts = browse.outcome_counts(db, account="acme")
    assert [(r.external_id, r.outcome) for r in analysed.rows] == [("T-2", outcome)]
    assert analysed.rows[0].proposal_id is not None and analysed.total == 1
    assert [r.external_id for r in waiting.rows] == ["T-3", "T-1"] and waiting.total == 2
    assert counts == {outcome: 1, browse.NOT_ANALYSED: 2}


def test_unknown_account_lists_nothing(factory: sessionmaker[Session]) -> None:
    with factory() as db:
        assert browse.list_sessions(db, account="nobody").total == 0
        assert browse.outcome_counts(db, account="nobody") == {}


def test_session_detail_has_transcript_and_explanation(
    factory: sessionmaker[Session], settings: Settings
) -> None:
    load(
        factory,
        flows=[f.flow()],
        sessions=[f.session("T-1", matched_flow_id="ad-lockout", match_score=0.95)],
    )
    analyze(factory, settings, "T-1")
    (session,) = rows(factory, SupportSession)
    with factory() as db:
        detail = browse.get_session(db, account="acme", session_id=session.id)
    assert "Session: T-1 (resolved)" in detail.transcript
    assert "Chose: Yes" in detail.transcript
    assert detail.current is not None and detail.current.outcome == "auto_reinforced"
    assert detail.explanation is not None
    assert "Matched flow: AD account lockout (score 0.95, upstream)" in detail.explanation
    assert detail.flow_name == "AD account lockout"
    assert len(detail.history) == 1


def test_another_accounts_session_is_not_found(factory: sessionmaker[Session]) -> None:
    _sessions(factory, count=1)
    (other,) = rows(factory, SupportSession, SupportSession.external_id == "G-1")
    with factory() as db, pytest.raises(NotFound):
        browse.get_session(db, account="acme", session_id=other.id)


def _upload(
    factory: sessionmaker[Session], settings: Settings, document: object, **options: bool
) -> browse.Upload:
    return browse.import_upload(
        factory,
        json.dumps(document).encode(),
        source="upload.json",
        account="acme",
        settings=settings,
        actor="ana",
        **options,
    )


def test_a_bad_upload_lists_each_problem_and_writes_nothing(
    factory: sessionmaker[Session], settings: Settings
) -> None:
    good = f.session("T-1")
    bad = f.session("T-2", status="pondering", steps=[{"step_type": "question"}])
    with pytest.raises(ImportError_) as caught:
        _upload(factory, settings, f.document(sessions=[good, bad]))
    problems = caught.value.problems
    assert any(p.startswith("sessions[1] (id 'T-2'): status") for p in problems)
    assert any(p.startswith("sessions[1] (id 'T-2'): steps.0.step_order") for p in problems)
    assert rows(factory, SupportSession) == []


def test_upload_for_another_account_is_refused(
    factory: sessionmaker[Session], settings: Settings
) -> None:
    with pytest.raises(ImportError_, match="for account 'globex'"):
        _upload(factory, settings, f.document(sessions=[f.session()], account="globex"))
    with pytest.raises(ImportError_, match="not valid JSON"):
        browse.import_upload(
            factory, b"{", source="x.json", account="acme", settings=settings, actor="ana"
        )
    assert rows(factory, SupportSession) == []


def test_upload_into_the_account_it_names_when_asked(
    factory: sessionmaker[Session], settings: Settings
) -> None:
    document = f.document(sessions=[f.session("T-3")], account="globex")
    _upload(factory, settings, document, named_account=True)
    (session,) = rows(factory, SupportSession)
    with factory() as db:
        detail = browse.get_session(db, account="globex", session_id=session.id)
    assert detail.session.external_id == "T-3"


def test_a_bare_session_is_imported_and_analysed_now(
    factory: sessionmaker[Session], settings: Settings
) -> None:
    upload = _upload(factory, settings, f.session("T-9"))
    assert upload.session_ids == ["T-9"]
    assert upload.report.counts == {"sessions_created": 1}
    results = browse.analyze_now(
        factory,
        account="acme",
        external_ids=upload.session_ids,
        settings=settings,
        provider=OfflineProvider(),
    )
    assert [(r.external_id, r.outcome) for r in results] == [("T-9", "new_flow")]
    assert len(rows(factory, Analysis)) == 1
    with pytest.raises(NotFound):
        browse.analyze_now(
            factory,
            account="globex",
            external_ids=["T-9"],
            settings=settings,
            provider=OfflineProvider(),
        )
