"""The dashboard's aggregates on SQLite and PostgreSQL, each against numbers worked out by hand."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from flywheel import dashboard
from flywheel import db as dbmod
from flywheel.config import Settings
from flywheel.models import Account, LLMBudget, LLMCall, Proposal
from tests import factories as f
from tests.analysis_support import MFA_QUESTIONS, analyze, load, novel_session

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
SINCE = datetime(2026, 10, 1, tzinfo=UTC)


def _analysed(factory: sessionmaker[Session], settings: Settings) -> None:
    """Nov 1: one reinforcement and one new flow; Nov 2: one reinforcement; all analysed NOW."""
    following = {"matched_flow_id": "ad-lockout", "match_score": 0.95}
    load(
        factory,
        flows=[f.flow()],
        sessions=[
            f.session("T-1", resolved_at="2026-11-01T08:00:00Z", **following),
            novel_session(
                "T-2",
                "MFA push never arrives",
                MFA_QUESTIONS,
                "Re-registered the phone",
                resolved_at="2026-11-01T23:30:00Z",
            ),
            f.session("T-3", resolved_at="2026-11-02T00:30:00Z", **following),
        ],
    )
    for external_id in ("T-1", "T-2", "T-3"):
        analyze(factory, settings, external_id, now=NOW)


def test_outcomes_and_coverage_per_resolved_day(
    factory: sessionmaker[Session], settings: Settings
) -> None:
    _analysed(factory, settings)
    with factory() as db:
        outcomes = dashboard.outcomes_per_day(db, account="acme", since=SINCE)
        coverage = dashboard.coverage_per_day(
            db, account="acme", since=SINCE, matched_at=settings.enhance_threshold
        )
        later = dashboard.outcomes_per_day(
            db, account="acme", since=datetime(2026, 11, 2, tzinfo=UTC)
        )
    nov1, nov2 = date(2026, 11, 1), date(2026, 11, 2)
    assert [(o.day, o.outcome, o.sessions) for o in outcomes] == [
        (nov1, "auto_reinforced", 1),
        (nov1, "new_flow", 1),
        (nov2, "auto_reinforced", 1),
    ]
    assert [(c.day, c.analysed, c.matched, c.coverage) for c in coverage] == [
        (nov1, 2, 1, 0.5),
        (nov2, 1, 1, 1.0),
    ]
    assert [o.day for o in later] == [nov2]


def test_outcomes_per_analysis_day(factory: sessionmaker[Session], settings: Settings) -> None:
    _analysed(factory, settings)
    with factory() as db:
        outcomes = dashboard.outcomes_per_day(db, account="acme", since=SINCE, basis="analysed")
        other = dashboard.outcomes_per_day(db, account="globex", since=SINCE)
    assert [(o.day, o.outcome, o.sessions) for o in outcomes] == [
        (date(2026, 11, 20), "auto_reinforced", 2),
        (date(2026, 11, 20), "new_flow", 1),
    ]
    assert other == []


def _account(db: Session, slug: str) -> int:
    account_id = db.scalar(select(Account.id).where(Account.slug == slug))
    if account_id is None:
        account = Account(slug=slug, name=slug)
        db.add(account)
        db.flush()
        account_id = account.id
    return int(account_id)


def _proposal(
    db: Session, slug: str, *, status: str, created: datetime, reviewed: datetime | None = None
) -> None:
    db.add(
        Proposal(
            account_id=_account(db, slug),
            proposal_type="new_flow" if status != "enhancement" else "enhancement",
            title="t",
            status="pending" if status == "enhancement" else status,
            created_at=created,
            reviewed_at=reviewed,
        )
    )


def test_queue_size_and_age(factory: sessionmaker[Session]) -> None:
    with dbmod.transaction(factory) as db:
        _proposal(db, "acme", status="pending", created=NOW - timedelta(hours=10))
        _proposal(db, "acme", status="enhancement", created=NOW - timedelta(hours=2))
        _proposal(db, "acme", status="approved", created=NOW - timedelta(days=9))
        _proposal(db, "globex", status="pending", created=NOW - timedelta(days=30))
    with factory() as db:
        stats = dashboard.queue_stats(db, account="acme", now=NOW)
        empty = dashboard.queue_stats(db, account="nobody", now=NOW)
    assert stats.pending == 2
    assert stats.by_type == {"new_flow": 1, "enhancement": 1}
    assert stats.oldest == NOW - timedelta(hours=10)
    assert stats.average_age_hours == pytest.approx(6.0, abs=0.01)
    assert empty == dashboard.QueueStats()


def test_approval_rate_and_time_to_review(factory: sessionmaker[Session]) -> None:
    since = NOW - timedelta(days=7)
    with dbmod.transaction(factory) as db:
        for status, hours in (("approved", 2), ("approved", 4), ("approved", 6), ("rejected", 8)):
            created = NOW - timedelta(days=1)
            _proposal(
                db,
                "acme",
                status=status,
                created=created,
                reviewed=created + timedelta(hours=hours),
            )
        _proposal(
            db,
            "acme",
            status="rejected",
            created=NOW - timedelta(days=20),
            reviewed=NOW - timedelta(days=19),
        )  # before `since`
        _proposal(db, "globex", status="rejected", created=NOW, reviewed=NOW)
    with factory() as db:
        stats = dashboard.review_stats(db, account="acme", since=since)
        none = dashboard.review_stats(db, account="globex", since=NOW + timedelta(days=1))
    assert (stats.approved, stats.rejected, stats.approval_rate) == (3, 1, 0.75)
    assert stats.average_review_hours == pytest.approx(5.0, abs=0.01)
    assert none.approval_rate is None and none.average_review_hours is None


def _call(
    db: Session, slug: str, when: datetime, *, tokens: int, cost: float, ok: bool = True
) -> None:
    db.add(
        LLMCall(
            account_id=_account(db, slug),
            action="new_flow",
            provider="anthropic",
            model="m",
            input_tokens=tokens,
            output_tokens=10,
            cache_read_tokens=5,
            outcome="ok" if ok else "error",
            cost_usd=cost,
            created_at=when,
        )
    )


def test_llm_usage_per_day_and_todays_budget(
    factory: sessionmaker[Session], settings: Settings
) -> None:
    with dbmod.transaction(factory) as db:
        _call(db, "acme", NOW - timedelta(days=1), tokens=100, cost=0.5)
        _call(db, "acme", NOW, tokens=200, cost=0.25)
        _call(db, "acme", NOW, tokens=0, cost=0.0, ok=False)
        _call(db, "globex", NOW, tokens=999, cost=9.0)
        db.add(
            LLMBudget(
                account_id=_account(db, "acme"),
                day="2026-11-20",
                calls=2,
                tokens=215,
                cost_usd=0.25,
            )
        )
    with factory() as db:
        usage = dashboard.llm_usage_per_day(db, account="acme", since=NOW - timedelta(days=3))
        today = dashboard.budget_today(db, account="acme", settings=settings, now=NOW)
        globex = dashboard.budget_today(db, account="globex", settings=settings, now=NOW)
    assert [(u.day, u.calls, u.tokens, u.failed) for u in usage] == [
        (date(2026, 11, 19), 1, 115, 0),
        (date(2026, 11, 20), 2, 230, 1),
    ]
    assert [u.cost_usd for u in usage] == pytest.approx([0.5, 0.25])
    assert (today.day, today.calls, today.tokens, today.cost_usd) == ("2026-11-20", 2, 215, 0.25)
    assert today.call_limit == settings.daily_llm_call_budget
    assert (globex.calls, globex.cost_usd) == (0, 0.0)


def test_scheduler_status_counts_the_backlog_per_account(factory: sessionmaker[Session]) -> None:
    load(factory, sessions=[f.session("T-1"), f.session("T-2")])
    load(factory, sessions=[f.session("G-1")], account="globex")
    with factory() as db:
        status = dashboard.scheduler_status(db, account="acme", now=NOW)
        nobody = dashboard.scheduler_status(db, account="nobody", now=NOW)
    assert (status.backlog_account, status.backlog_all) == (2, 3)
    assert status.schedule.enabled is False and status.runs == []
    assert nobody.backlog_account == 0
