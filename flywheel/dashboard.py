"""The flywheel's health in numbers, each one SQL aggregate scoped to an account.

Days are UTC days. The database does the grouping and averaging (SQLite and PostgreSQL
spell dates and intervals differently; `_day` and `_epoch` hide that), so the dashboard
stays fast however many sessions and calls there are.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any, Literal

from sqlalchemy import ColumnElement, and_, case, func, select
from sqlalchemy.orm import Session

from flywheel import scheduler
from flywheel.budget import day_of
from flywheel.config import Settings
from flywheel.models import (
    Account,
    Analysis,
    AnalysisRun,
    LLMBudget,
    LLMCall,
    Proposal,
    Schedule,
    SupportSession,
)

DayBasis = Literal["resolved", "analysed"]
REVIEWED = ("approved", "rejected")


def _account_id(db: Session, account: str) -> int | None:
    return db.scalar(select(Account.id).where(Account.slug == account))


def _day(db: Session, column: Any) -> ColumnElement[Any]:
    """A timestamp's UTC day as 'YYYY-MM-DD' text."""
    if db.get_bind().dialect.name == "postgresql":
        return func.to_char(func.timezone("UTC", column), "YYYY-MM-DD")
    return func.date(column)


def _epoch(db: Session, column: Any) -> ColumnElement[Any]:
    """A timestamp as seconds since 1970 (SQLite stores UTC text; julianday reads it)."""
    if db.get_bind().dialect.name == "postgresql":
        return func.extract("epoch", column)
    return (func.julianday(column) - 2440587.5) * 86400.0


def _as_date(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


# --- analysis --------------------------------------------------------------------------------


@dataclass(frozen=True)
class DayOutcome:
    """How many sessions of one day got one outcome."""

    day: date
    outcome: str
    sessions: int


@dataclass(frozen=True)
class DayCoverage:
    """Of the sessions of one day that were analysed, how many matched a flow."""

    day: date
    analysed: int
    matched: int

    @property
    def coverage(self) -> float:
        return self.matched / self.analysed if self.analysed else 0.0


def _basis_column(basis: DayBasis) -> Any:
    if basis == "analysed":
        return Analysis.started_at
    return func.coalesce(SupportSession.resolved_at, SupportSession.created_at)


def _analysed_since(
    db: Session, account: str, since: datetime, basis: DayBasis
) -> tuple[ColumnElement[Any], list[ColumnElement[bool]]] | None:
    account_id = _account_id(db, account)
    if account_id is None:
        return None
    moment = _basis_column(basis)
    conditions = [
        Analysis.account_id == account_id,
        Analysis.is_current.is_(True),
        moment >= since,
    ]
    return _day(db, moment), conditions


def outcomes_per_day(
    db: Session, *, account: str, since: datetime, basis: DayBasis = "resolved"
) -> list[DayOutcome]:
    """Current analyses per day and outcome; `basis` picks the day the session was resolved
    (the default: backfills land on their own days) or the day it was analysed."""
    found = _analysed_since(db, account, since, basis)
    if found is None:
        return []
    day, conditions = found
    query = (
        select(day, Analysis.outcome, func.count(Analysis.id))
        .join(SupportSession, SupportSession.id == Analysis.session_id)
        .where(*conditions)
        .group_by(day, Analysis.outcome)
        .order_by(day, Analysis.outcome)
    )
    return [DayOutcome(_as_date(d), str(o), int(n)) for d, o, n in db.execute(query)]


def coverage_per_day(
    db: Session, *, account: str, since: datetime, matched_at: float, basis: DayBasis = "resolved"
) -> list[DayCoverage]:
    """Per day, the analysed sessions and those that matched a flow: the flywheel turning.

    A session matched when its analysis used a flow scoring at least `matched_at` (pass the
    enhance threshold: below it the analyzer treats the best flow as no match).
    """
    found = _analysed_since(db, account, since, basis)
    if found is None:
        return []
    day, conditions = found
    hit = and_(Analysis.matched_flow_id.is_not(None), Analysis.match_score >= matched_at)
    matched = func.sum(case((hit, 1), else_=0))
    query = (
        select(day, func.count(Analysis.id), matched)
        .join(SupportSession, SupportSession.id == Analysis.session_id)
        .where(*conditions)
        .group_by(day)
        .order_by(day)
    )
    return [DayCoverage(_as_date(d), int(n), int(m or 0)) for d, n, m in db.execute(query)]


# --- the review queue ------------------------------------------------------------------------


@dataclass(frozen=True)
class QueueStats:
    """The pending proposals: how many, of which type, and how long they have waited."""

    pending: int = 0
    by_type: dict[str, int] = field(default_factory=dict)
    oldest: datetime | None = None
    average_age_hours: float | None = None


def queue_stats(db: Session, *, account: str, now: datetime) -> QueueStats:
    """Size and age of the account's review queue at `now`."""
    account_id = _account_id(db, account)
    if account_id is None:
        return QueueStats()
    pending = [Proposal.account_id == account_id, Proposal.status == "pending"]
    by_type = {
        str(kind): int(n)
        for kind, n in db.execute(
            select(Proposal.proposal_type, func.count(Proposal.id))
            .where(*pending)
            .group_by(Proposal.proposal_type)
        )
    }
    oldest, mean_epoch = db.execute(
        select(func.min(Proposal.created_at), func.avg(_epoch(db, Proposal.created_at))).where(
            *pending
        )
    ).one()
    return QueueStats(
        pending=sum(by_type.values()),
        by_type=by_type,
        oldest=_aware(oldest),
        average_age_hours=(now.timestamp() - float(mean_epoch)) / 3600 if mean_epoch else None,
    )


def _aware(value: Any) -> datetime | None:
    """Aggregates bypass the column type: SQLite gives text, and no zone; make it UTC."""
    if value is None:
        return None
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


@dataclass(frozen=True)
class ReviewStats:
    """Reviews since a moment: approvals, rejections, and the average wait for a decision."""

    approved: int = 0
    rejected: int = 0
    average_review_hours: float | None = None

    @property
    def reviewed(self) -> int:
        return self.approved + self.rejected

    @property
    def approval_rate(self) -> float | None:
        return self.approved / self.reviewed if self.reviewed else None


def review_stats(db: Session, *, account: str, since: datetime) -> ReviewStats:
    """Approval rate and time to review of proposals decided since `since`."""
    account_id = _account_id(db, account)
    if account_id is None:
        return ReviewStats()
    wait = _epoch(db, Proposal.reviewed_at) - _epoch(db, Proposal.created_at)
    row = db.execute(
        select(
            func.sum(case((Proposal.status == "approved", 1), else_=0)),
            func.sum(case((Proposal.status == "rejected", 1), else_=0)),
            func.avg(wait),
        ).where(
            Proposal.account_id == account_id,
            Proposal.status.in_(REVIEWED),
            Proposal.reviewed_at >= since,
        )
    ).one()
    approved, rejected, mean_wait = row
    return ReviewStats(
        approved=int(approved or 0),
        rejected=int(rejected or 0),
        average_review_hours=float(mean_wait) / 3600 if mean_wait is not None else None,
    )


# --- the language model ----------------------------------------------------------------------


@dataclass(frozen=True)
class DayUsage:
    """The account's LLM calls of one day, from the ledger."""

    day: date
    calls: int
    tokens: int
    cost_usd: float
    failed: int


def llm_usage_per_day(db: Session, *, account: str, since: datetime) -> list[DayUsage]:
    """Calls, tokens (all kinds) and cost per day, and how many calls did not succeed."""
    account_id = _account_id(db, account)
    if account_id is None:
        return []
    day = _day(db, LLMCall.created_at)
    tokens = (
        LLMCall.input_tokens
        + LLMCall.output_tokens
        + LLMCall.cache_read_tokens
        + LLMCall.cache_write_tokens
    )
    query = (
        select(
            day,
            func.count(LLMCall.id),
            func.sum(tokens),
            func.sum(LLMCall.cost_usd),
            func.sum(case((LLMCall.outcome != "ok", 1), else_=0)),
        )
        .where(LLMCall.account_id == account_id, LLMCall.created_at >= since)
        .group_by(day)
        .order_by(day)
    )
    return [
        DayUsage(_as_date(d), int(n), int(t or 0), float(c or 0.0), int(f or 0))
        for d, n, t, c, f in db.execute(query)
    ]


@dataclass(frozen=True)
class BudgetToday:
    """Today's reserved use of the account's daily LLM budget, beside its limits."""

    day: str
    calls: int
    tokens: int
    cost_usd: float
    call_limit: int
    token_limit: int | None
    cost_limit_usd: float | None


def budget_today(db: Session, *, account: str, settings: Settings, now: datetime) -> BudgetToday:
    """What the account used of today's budget (UTC day) and what it may use."""
    day = day_of(now)
    account_id = _account_id(db, account)
    row = db.scalar(
        select(LLMBudget).where(LLMBudget.account_id == account_id, LLMBudget.day == day)
    )
    return BudgetToday(
        day=day,
        calls=row.calls if row else 0,
        tokens=row.tokens if row else 0,
        cost_usd=row.cost_usd if row else 0.0,
        call_limit=settings.daily_llm_call_budget,
        token_limit=settings.daily_llm_token_budget,
        cost_limit_usd=settings.daily_llm_cost_budget_usd,
    )


# --- the scheduler ---------------------------------------------------------------------------


@dataclass(frozen=True)
class SchedulerStatus:
    """The automatic-analysis schedule, what waits, and the latest runs (all accounts)."""

    schedule: Schedule
    backlog_account: int
    backlog_all: int
    runs: list[AnalysisRun]


def scheduler_status(
    db: Session, *, account: str, now: datetime, runs: int = 10
) -> SchedulerStatus:
    """For the Analyze page's scheduler panel."""
    account_id = _account_id(db, account)
    return SchedulerStatus(
        schedule=scheduler.get_schedule(db),
        backlog_account=(
            scheduler.backlog(db, now=now, account_id=account_id) if account_id is not None else 0
        ),
        backlog_all=scheduler.backlog(db, now=now),
        runs=scheduler.recent_runs(db, limit=runs),
    )
