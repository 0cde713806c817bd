"""The per-account daily LLM budget: a call is reserved before it is made, atomically.

Reservation is one conditional UPDATE (`calls < limit`), so any number of concurrent
analyzers, on PostgreSQL or SQLite, can never make more calls in a day than allowed.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from flywheel.config import Settings
from flywheel.errors import BudgetExceeded
from flywheel.models import LLMBudget


def day_of(moment: datetime) -> str:
    """The UTC day a moment falls in, as YYYY-MM-DD (the budget's key)."""
    return moment.astimezone(UTC).date().isoformat()


def next_day_start(moment: datetime) -> datetime:
    """Midnight UTC after `moment`: when a budget-skipped session is tried again."""
    day = moment.astimezone(UTC).date() + timedelta(days=1)
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


def _ensure_row(db: Session, *, account_id: int, day: str) -> None:
    dialect = db.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    statement = insert(LLMBudget).values(
        account_id=account_id, day=day, calls=0, tokens=0, cost_usd=0.0
    )
    db.execute(statement.on_conflict_do_nothing(index_elements=["account_id", "day"]))


def reserve_call(db: Session, *, account_id: int, settings: Settings, now: datetime) -> None:
    """Count one LLM call against today's budget, or raise BudgetExceeded. Commits."""
    day = day_of(now)
    _ensure_row(db, account_id=account_id, day=day)
    conditions = [
        LLMBudget.account_id == account_id,
        LLMBudget.day == day,
        LLMBudget.calls < settings.daily_llm_call_budget,
    ]
    if settings.daily_llm_token_budget is not None:
        conditions.append(LLMBudget.tokens < settings.daily_llm_token_budget)
    if settings.daily_llm_cost_budget_usd is not None:
        conditions.append(LLMBudget.cost_usd < settings.daily_llm_cost_budget_usd)
    result = db.execute(
        update(LLMBudget)
        .where(*conditions)
        .values(calls=LLMBudget.calls + 1)
        .execution_options(synchronize_session=False)
    )
    db.commit()
    if result.rowcount != 1:  # type: ignore[attr-defined]
        raise BudgetExceeded(
            f"The account's LLM budget for {day} (UTC) is spent; the session waits for tomorrow."
        )


def record_usage(
    db: Session, *, account_id: int, now: datetime, tokens: int, cost_usd: float
) -> None:
    """Add a finished call's tokens and cost to today's totals (the caller commits)."""
    db.execute(
        update(LLMBudget)
        .where(LLMBudget.account_id == account_id, LLMBudget.day == day_of(now))
        .values(tokens=LLMBudget.tokens + tokens, cost_usd=LLMBudget.cost_usd + cost_usd)
        .execution_options(synchronize_session=False)
    )


def used_today(db: Session, *, account_id: int, now: datetime) -> LLMBudget | None:
    return db.scalar(
        select(LLMBudget).where(LLMBudget.account_id == account_id, LLMBudget.day == day_of(now))
    )
