"""Dashboard: the flywheel's health over time for the current account: sessions analysed per
day by outcome, coverage (the share that matched a flow) as a trend, the review queue, the
approval rate and time to review, and LLM use against the daily budget."""

from __future__ import annotations

from dataclasses import asdict
from datetime import UTC, datetime, timedelta
from typing import Any

import altair as alt
import pandas as pd
import streamlit as st

from flywheel import dashboard as health
from flywheel.explain import OUTCOME_WORDS
from flywheel.ui import context, login, services, welcome, widgets

PERIODS = {"7 days": 7, "30 days": 30, "90 days": 90}
BASES: dict[str, health.DayBasis] = {"day resolved": "resolved", "day analysed": "analysed"}


def _frame(rows: list[Any]) -> pd.DataFrame:
    return pd.DataFrame([asdict(row) for row in rows])


def _headline(
    queue: health.QueueStats, reviews: health.ReviewStats, coverage: float | None
) -> None:
    cells = st.columns(5)
    cells[0].metric("Waiting for review", queue.pending)
    cells[1].metric("Oldest waiting", widgets.age(queue.oldest) if queue.oldest else "-")
    average = f"{queue.average_age_hours:.1f} h" if queue.average_age_hours is not None else "-"
    cells[1].caption(f"average wait {average}")
    cells[2].metric("Approval rate", widgets.percent(reviews.approval_rate))
    cells[2].caption(f"{reviews.approved} approved, {reviews.rejected} rejected")
    hours = reviews.average_review_hours
    cells[3].metric("Time to review", f"{hours:.1f} h" if hours is not None else "-")
    cells[4].metric("Coverage", widgets.percent(coverage))
    cells[4].caption("sessions that matched a flow")


def _outcomes_chart(outcomes: list[health.DayOutcome]) -> None:
    st.markdown("**Sessions analysed per day, by outcome**")
    if not outcomes:
        st.caption("No analysed sessions in this period.")
        return
    data = _frame(outcomes)
    data["outcome"] = data["outcome"].map(lambda o: OUTCOME_WORDS.get(o, o))
    st.bar_chart(data, x="day", y="sessions", color="outcome", stack=True)


def _coverage_chart(coverage: list[health.DayCoverage]) -> None:
    st.markdown("**Coverage: share of sessions that matched a flow**")
    if not coverage:
        st.caption("No analysed sessions in this period.")
        return
    data = pd.DataFrame(
        {"day": [c.day for c in coverage], "coverage %": [100 * c.coverage for c in coverage]}
    )
    st.line_chart(data, x="day", y="coverage %")


def _queue_types(queue: health.QueueStats) -> None:
    if queue.by_type:
        types = ", ".join(
            f"{widgets.md(widgets.type_label(k))} {n}" for k, n in sorted(queue.by_type.items())
        )
        st.caption(f"Waiting by type: {types}")


def _llm_chart(usage: list[health.DayUsage], budget: health.BudgetToday) -> None:
    st.markdown("**LLM calls per day, against the daily call budget**")
    if not usage:
        st.caption("No LLM calls in this period.")
        return
    data = _frame(usage)
    bars = (
        alt.Chart(data)
        .mark_bar()
        .encode(
            x=alt.X("day:T", title="day"),
            y=alt.Y("calls:Q", title="calls"),
            tooltip=["day:T", "calls:Q", "tokens:Q", "cost_usd:Q", "failed:Q"],
        )
    )
    limit = alt.Chart(pd.DataFrame({"limit": [budget.call_limit]})).mark_rule(
        color="#b91c1c", strokeDash=[4, 4]
    )
    st.altair_chart(bars + limit.encode(y="limit:Q"), width="stretch")
    totals = data[["calls", "tokens", "cost_usd"]].sum()
    st.caption(
        f"In this period: {int(totals['calls'])} calls, {int(totals['tokens']):,} tokens, "
        f"${float(totals['cost_usd']):.2f}."
    )


def _budget(budget: health.BudgetToday) -> None:
    st.markdown(f"**Today's budget** ({budget.day}, UTC)")
    _gauge("calls", budget.calls, budget.call_limit, str)
    _gauge("tokens", budget.tokens, budget.token_limit, lambda n: f"{int(n):,}")
    _gauge("cost", budget.cost_usd, budget.cost_limit_usd, lambda n: f"${n:.2f}")


def _gauge(name: str, used: float, limit: float | None, show: Any) -> None:
    if limit is None:
        st.caption(f"{name}: {show(used)} (no limit)")
    elif limit <= 0:
        st.caption(f"{name}: {show(used)} (limit 0: no LLM use allowed)")
    else:
        st.progress(min(1.0, used / limit), text=f"{name}: {show(used)} of {show(limit)}")


def main() -> None:
    login.guard()
    if welcome.welcome_if_empty():
        return
    st.title("Dashboard", anchor=False)
    account = context.current_account()
    left, right = st.columns(2)
    days = PERIODS[
        left.segmented_control("Period", list(PERIODS), default="30 days", key="dashboard:period")
        or "30 days"
    ]
    basis = BASES[
        right.radio("Count sessions by", list(BASES), horizontal=True, key="dashboard:basis")
        or "day resolved"
    ]
    now, settings = datetime.now(UTC), services.settings()
    since = now - timedelta(days=days)
    with services.session_factory()() as db:
        outcomes = health.outcomes_per_day(db, account=account, since=since, basis=basis)
        coverage = health.coverage_per_day(
            db, account=account, since=since, basis=basis, matched_at=settings.enhance_threshold
        )
        queue = health.queue_stats(db, account=account, now=now)
        reviews = health.review_stats(db, account=account, since=since)
        usage = health.llm_usage_per_day(db, account=account, since=since)
        budget = health.budget_today(db, account=account, settings=settings, now=now)
    analysed = sum(c.analysed for c in coverage)
    share = sum(c.matched for c in coverage) / analysed if analysed else None
    _headline(queue, reviews, share)
    _queue_types(queue)
    st.divider()
    charts = st.columns(2, gap="large")
    with charts[0]:
        _outcomes_chart(outcomes)
    with charts[1]:
        _coverage_chart(coverage)
    st.divider()
    llm = st.columns([2, 1], gap="large")
    with llm[0]:
        _llm_chart(usage, budget)
    with llm[1]:
        _budget(budget)


main()
