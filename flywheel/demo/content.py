"""The demo data set: two accounts' flows and a month of sessions, in interchange form.

`build_demo_documents(now)` is deterministic: the same `now` always gives the same
documents, so demos, screenshots and tests agree. Content lives in the sibling modules
(`flows`, `escapes`, `novel`, `northwind`); this module decides how many sessions of each
kind every account gets and puts them in time order.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from flywheel.demo.context import make_context
from flywheel.demo.escapes import DEFAULT_ESCAPES
from flywheel.demo.flows import DEFAULT_FLOWS
from flywheel.demo.model import Escape, FlowSpec, Story
from flywheel.demo.northwind import NORTHWIND_ESCAPES, NORTHWIND_FLOWS, NORTHWIND_STORIES
from flywheel.demo.novel import DEFAULT_STORIES
from flywheel.demo.sessions import (
    Scene,
    abandoned_session,
    clarified_session,
    escalated_session,
    escape_session,
    exact_session,
    novel_session,
    timestamp,
)

FORMAT = "knowledge-flywheel/v1"


@dataclass(frozen=True)
class AccountPlan:
    """One demo account: its content and how many sessions of each kind to tell."""

    slug: str
    seed: int
    id_prefix: str
    first_id: int
    internal: bool
    flows: tuple[FlowSpec, ...]
    escapes: tuple[Escape, ...]
    stories: tuple[Story, ...]
    exact_per_flow: int
    escalated_per_flow: int
    clarified_per_flow: int
    abandoned: int


PLANS = (
    AccountPlan(
        slug="default", seed=41_207, id_prefix="T-", first_id=10_230, internal=False,
        flows=DEFAULT_FLOWS, escapes=DEFAULT_ESCAPES, stories=DEFAULT_STORIES,
        exact_per_flow=11, escalated_per_flow=1, clarified_per_flow=2, abandoned=4,
    ),
    AccountPlan(
        slug="northwind-it", seed=7_331, id_prefix="NW-", first_id=2_114, internal=True,
        flows=NORTHWIND_FLOWS, escapes=NORTHWIND_ESCAPES, stories=NORTHWIND_STORIES,
        exact_per_flow=3, escalated_per_flow=1, clarified_per_flow=1, abandoned=1,
    ),
)

Teller = Callable[[Scene], dict[str, Any]]


def build_demo_documents(now: datetime) -> list[dict[str, Any]]:
    """One interchange document per demo account, sessions spread over the 30 days before now.

    A naive `now` is taken as UTC.
    """
    utc_now = now.replace(tzinfo=UTC) if now.tzinfo is None else now.astimezone(UTC)
    return [_document(plan, utc_now) for plan in PLANS]


def _document(plan: AccountPlan, now: datetime) -> dict[str, Any]:
    rng = random.Random(plan.seed)
    sessions = []
    for tell in _tellers(plan):
        scene = Scene(rng=rng, ctx=make_context(rng, internal=plan.internal),
                      when=timestamp(rng, now))
        sessions.append(tell(scene))
    sessions.sort(key=lambda item: item["resolved_at"])
    number = plan.first_id
    for item in sessions:
        item["id"] = f"{plan.id_prefix}{number}"
        number += rng.randint(1, 6)
    return {
        "format": FORMAT,
        "account": plan.slug,
        "flows": [flow.to_document() for flow in plan.flows],
        "sessions": sessions,
    }


def _tellers(plan: AccountPlan) -> list[Teller]:
    """Every session of the account, as a function of its scene, in a fixed order."""
    flows = {flow.id: flow for flow in plan.flows}
    tellers: list[Teller] = []
    for flow in plan.flows:
        tellers += [_bind(exact_session, flow)] * plan.exact_per_flow
        tellers += [_bind(escalated_session, flow)] * plan.escalated_per_flow
        tellers += [_bind(clarified_session, flow)] * plan.clarified_per_flow
    for escape in plan.escapes:
        tellers += [_bind_escape(flows[escape.flow_id], escape)] * escape.copies
    for story in plan.stories:
        tellers += [_bind_story(story)] * story.copies
    for index in range(plan.abandoned):
        tellers.append(_bind(abandoned_session, plan.flows[index % len(plan.flows)]))
    return tellers


def _bind(kind: Callable[[FlowSpec, Scene], dict[str, Any]], flow: FlowSpec) -> Teller:
    return lambda scene: kind(flow, scene)


def _bind_escape(flow: FlowSpec, escape: Escape) -> Teller:
    return lambda scene: escape_session(flow, escape, scene)


def _bind_story(story: Story) -> Teller:
    return lambda scene: novel_session(story, scene)
