"""Budgeted LLM calls: reserve, call, write the ledger row, and the one repair round."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from flywheel import budget
from flywheel.config import Settings
from flywheel.errors import FlywheelError, LLMError
from flywheel.llm.base import Provider, Reply, Usage
from flywheel.llm.pricing import estimate_cost
from flywheel.models import LLMCall

T = TypeVar("T")
Check = Callable[[Any], tuple[T | None, list[str]]]


class DraftRejected(FlywheelError):
    """The provider's answer stayed invalid after the repair round."""

    def __init__(self, message: str, problems: list[str]) -> None:
        super().__init__(message)
        self.problems = problems


@dataclass
class CallSite:
    """Who is calling: the account and session the call is booked to."""

    db: Session
    settings: Settings
    provider: Provider
    account_id: int
    session_id: int | None
    now: datetime


def _model(site: CallSite, action: str) -> str:
    return (
        site.settings.model_for(action) if site.provider.name == "anthropic" else site.provider.name
    )


def _write(site: CallSite, *, action: str, usage: Usage, outcome: str, error: str | None) -> None:
    cost = estimate_cost(site.settings.llm_prices, usage)
    site.db.add(
        LLMCall(
            account_id=site.account_id,
            session_id=site.session_id,
            action=action,
            provider=site.provider.name,
            model=usage.model,
            input_tokens=usage.input_tokens,
            output_tokens=usage.output_tokens,
            cache_read_tokens=usage.cache_read_tokens,
            cache_write_tokens=usage.cache_write_tokens,
            latency_ms=usage.latency_ms,
            outcome=outcome,
            error=error,
            cost_usd=cost,
        )
    )
    tokens = (
        usage.input_tokens
        + usage.output_tokens
        + usage.cache_read_tokens
        + usage.cache_write_tokens
    )
    budget.record_usage(
        site.db, account_id=site.account_id, now=site.now, tokens=tokens, cost_usd=cost
    )
    site.db.commit()


def call(
    site: CallSite, action: str, ask: Callable[[], Reply], check: Check[T]
) -> tuple[Reply, T | None, list[str]]:
    """One budgeted call: reserved first (BudgetExceeded), booked in the ledger whatever happens."""
    budget.reserve_call(site.db, account_id=site.account_id, settings=site.settings, now=site.now)
    started = time.perf_counter()
    try:
        reply = ask()
    except LLMError as exc:
        usage = Usage(model=_model(site, action), latency_ms=(time.perf_counter() - started) * 1000)
        _write(site, action=action, usage=usage, outcome="error", error=exc.message)
        raise
    draft, problems = check(reply.payload)
    _write(
        site,
        action=action,
        usage=reply.usage,
        outcome="ok" if draft is not None else "invalid",
        error="; ".join(problems)[:2000] or None,
    )
    return reply, draft, problems


def draft_with_repair(
    site: CallSite, action: str, ask: Callable[[tuple[str, ...], Any], Reply], check: Check[T]
) -> T:
    """Ask; when the answer is invalid, ask once more with the problems; then give up."""
    reply, draft, problems = call(site, action, lambda: ask((), None), check)
    if draft is not None:
        return draft
    _, draft, problems = call(site, action, lambda: ask(tuple(problems), reply.payload), check)
    if draft is not None:
        return draft
    raise DraftRejected(
        "The drafted answer was still invalid after one repair round: " + "; ".join(problems[:5]),
        problems,
    )
