"""Bulk benchmark data written straight into the tables (core INSERTs, thousands a statement).

Going through the importer and the analyzer would take hours for 100,000 sessions and 10,000
proposals; these rows have the shape those would leave behind instead: sessions with a few
steps, most already analysed (analyses, LLM calls), pending proposals with a generated tree
of about 15 nodes and the fingerprint the analyzer computes, a notification per proposal,
and some proposals already reviewed. Times are spread over the weeks before `now`, so the
dashboard's periods have something to show.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from itertools import islice
from typing import Any, TypeVar

from sqlalchemy import Engine, insert, select, update

from bench import data
from flywheel import db as dbmod
from flywheel.interchange import import_document
from flywheel.models import (
    Account,
    Analysis,
    Flow,
    LLMCall,
    Notification,
    Proposal,
    SessionStep,
    SupportSession,
)
from flywheel.notify import PROPOSAL_PENDING
from flywheel.similarity import fingerprint

ACCOUNT = "default"
CHUNK = 2_000
MAX_STEPS = 4
PROPOSAL_NODES = 15
ANALYSED_SHARE = 0.9
REVIEWED_SHARE = 0.05
SESSION_DAYS = 90
PROPOSAL_DAYS = 30
# outcome, share of analysed sessions, whether an LLM call produced it
OUTCOMES = (
    ("auto_reinforced", 0.65, False),
    ("enhancement", 0.10, True),
    ("new_flow", 0.15, True),
    ("merged", 0.10, False),
)
MODEL = "offline"
BIG_PROPOSAL_TITLE = "Large generated flow"
T = TypeVar("T")
Model = type[Analysis | LLMCall | Notification | Proposal | SessionStep | SupportSession]


@dataclass(frozen=True)
class Library:
    """The account the data lives in and its flows (database id beside the generated flow)."""

    account_id: int
    flows: list[tuple[int, dict[str, Any]]]


def migrated_engine(url: str) -> Engine:
    """An engine on `url` with the schema brought up to date."""
    engine = dbmod.make_engine(url)
    dbmod.upgrade(engine)
    return engine


def load_library(engine: Engine, *, flows: int = 50) -> Library:
    """The generated flow library imported as a user would (it is small), into `ACCOUNT`."""
    generated = data.library(flows=flows)
    with dbmod.transaction(dbmod.session_factory(engine)) as db:
        import_document(db, {"flows": generated}, source="bench", default_account=ACCOUNT)
    with engine.connect() as conn:
        account_id = conn.scalar(select(Account.id).where(Account.slug == ACCOUNT))
        ids = dict(conn.execute(select(Flow.external_id, Flow.id)).tuples().all())
    assert account_id is not None
    return Library(account_id, [(ids[flow["id"]], flow) for flow in generated])


def sized_tree(nodes: int) -> dict[str, Any]:
    """The largest `data.big_tree` with at most `nodes` nodes (it overshoots the number it
    is given by the solutions that close its last branches), so a "1,000-node flow" has
    1,000 nodes or a few less."""
    low, high = 1, nodes
    while low < high:
        middle = (low + high + 1) // 2
        if _count(data.big_tree(middle)) <= nodes:
            low = middle
        else:
            high = middle - 1
    return data.big_tree(low)


def _count(tree: dict[str, Any]) -> int:
    return 1 + len(tree["children"])


def _chunks(items: Iterable[T], size: int = CHUNK) -> Iterator[list[T]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def insert_returning_ids(engine: Engine, model: Model, rows: list[dict[str, Any]]) -> list[int]:
    """Insert `rows` in one statement (many VALUES); their new ids, in the order of `rows`."""
    statement = insert(model).returning(model.id, sort_by_parameter_order=True)
    with engine.begin() as conn:
        return list(conn.execute(statement, rows).scalars())


def insert_rows(engine: Engine, model: Model, rows: Sequence[dict[str, Any]]) -> None:
    """Insert `rows` in one executemany, in a transaction of its own."""
    if rows:
        with engine.begin() as conn:
            conn.execute(insert(model), list(rows))


def _spread(now: datetime, index: int, count: int, days: int) -> datetime:
    """The `index`-th of `count` moments evenly spread over the `days` before `now`."""
    return now - timedelta(days=days) * (count - index) / max(count, 1)


# --- sessions ------------------------------------------------------------------------------


def _session_row(account_id: int, generated: dict[str, Any], resolved: datetime) -> dict[str, Any]:
    return {
        "account_id": account_id,
        "external_id": generated["id"],
        "status": generated["status"],
        "problem_summary": generated["problem_summary"],
        "problem_domain": generated["problem_domain"],
        "resolution_summary": generated["resolution_summary"],
        "confidence_score": 0.8,
        "resolved_at": resolved,
        "created_at": resolved,
        "analysis_state": "pending",
    }


def _step_rows(session_id: int, steps: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        {
            "session_id": session_id,
            "step_order": step["step_order"],
            "step_type": step["step_type"],
            "content": step["content"],
            "options_presented": step.get("options_presented"),
            "selected_option": step.get("selected_option"),
            "free_text_input": step.get("free_text_input"),
            "was_free_text": bool(step.get("was_free_text")),
            "action_result": step.get("action_result"),
        }
        for step in steps[:MAX_STEPS]
    ]


def insert_sessions(engine: Engine, library: Library, count: int, *, now: datetime) -> list[int]:
    """`count` generated sessions (at most `MAX_STEPS` steps each), resolved over the last
    `SESSION_DAYS` days, all waiting for analysis; their ids in order."""
    flows = [flow for _, flow in library.flows]
    ids: list[int] = []
    for batch in _chunks(enumerate(data.sessions(count, flows))):
        rows = [
            _session_row(library.account_id, generated, _spread(now, i, count, SESSION_DAYS))
            for i, generated in batch
        ]
        new_ids = insert_returning_ids(engine, SupportSession, rows)
        steps = [
            step
            for session_id, (_, generated) in zip(new_ids, batch, strict=True)
            for step in _step_rows(session_id, generated["steps"])
        ]
        insert_rows(engine, SessionStep, steps)
        ids.extend(new_ids)
    return ids


# --- analyses ------------------------------------------------------------------------------


def _outcome(rng: random.Random) -> tuple[str, bool]:
    roll, total = rng.random(), 0.0
    for outcome, share, llm in OUTCOMES:
        total += share
        if roll < total:
            return outcome, llm
    return OUTCOMES[-1][0], OUTCOMES[-1][2]


def _analysis_rows(
    library: Library, session_ids: Sequence[int], *, now: datetime, rng: random.Random
) -> Iterator[tuple[dict[str, Any], dict[str, Any] | None]]:
    """(analysis, LLM call or None) for each session, analysed an hour after it was resolved."""
    count = len(session_ids)
    for index, session_id in enumerate(session_ids):
        outcome, llm = _outcome(rng)
        started = _spread(now, index, count, SESSION_DAYS) + timedelta(hours=1)
        matched = outcome in ("auto_reinforced", "enhancement")
        flow_id = rng.choice(library.flows)[0] if matched else None
        analysis = {
            "account_id": library.account_id,
            "session_id": session_id,
            "is_current": True,
            "outcome": outcome,
            "reason": f"Benchmark data: {outcome}.",
            "matched_flow_id": flow_id,
            "match_score": round(rng.uniform(0.5, 1.0), 3) if matched else None,
            "provider": MODEL,
            "started_at": started,
            "created_at": started,
            "duration_ms": round(rng.uniform(1, 20), 2),
        }
        call = None
        if llm:
            call = {
                "account_id": library.account_id,
                "session_id": session_id,
                "action": outcome,
                "provider": MODEL,
                "model": MODEL,
                "input_tokens": rng.randint(1_500, 6_000),
                "output_tokens": rng.randint(300, 1_500),
                "outcome": "ok",
                "created_at": started,
            }
        yield analysis, call


def insert_analyses(
    engine: Engine, library: Library, session_ids: Sequence[int], *, now: datetime, seed: int = 5
) -> int:
    """Mark the first `ANALYSED_SHARE` of the sessions analysed, with a current analysis each
    and an LLM call for the outcomes that need one; how many were analysed."""
    analysed = session_ids[: int(len(session_ids) * ANALYSED_SHARE)]
    rows = _analysis_rows(library, analysed, now=now, rng=random.Random(seed))
    for batch in _chunks(rows):
        insert_rows(engine, Analysis, [analysis for analysis, _ in batch])
        insert_rows(engine, LLMCall, [call for _, call in batch if call])
    with engine.begin() as conn:
        conn.execute(
            update(SupportSession)
            .where(SupportSession.id.in_(select(Analysis.session_id)))
            .values(analysis_state="analyzed")
        )
    return len(analysed)


# --- proposals -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ProposalSpec:
    """What kind of pending proposals to make: their domains, and whether some enhance flows."""

    count: int
    domains: tuple[str, ...] = tuple(data.DOMAINS)
    enhancements: bool = True
    reviewed: bool = True
    seed: int = 17


def _questions(tree: dict[str, Any]) -> list[str]:
    nodes = [tree, *tree.get("children", [])]
    return [node["question"] for node in nodes if node.get("type") == "decision"]


def proposal_row(
    library: Library, spec: ProposalSpec, index: int, rng: random.Random
) -> dict[str, Any]:
    """One proposal as the analyzer leaves it: every fifth an enhancement of a library flow
    (when `spec.enhancements`), the others a new flow with a generated tree."""
    if spec.enhancements and index % 5 == 4:
        flow_id, flow = rng.choice(library.flows)
        kind, tree, target = "enhancement", flow["tree_structure"], flow_id
        title = f"Enhancement: {flow['name']} when the vendor manages it"
    else:
        flow = data.make_flow(rng, index, PROPOSAL_NODES)
        kind, tree, target = "new_flow", flow["tree_structure"], None
        title = f"{flow['name']}: {tree['question'][:60]}"
    description = flow["description"]
    return {
        "account_id": library.account_id,
        "proposal_type": kind,
        "title": title,
        "description": description,
        "proposed_flow_data": {"tree_structure": tree, "match_keywords": flow["match_keywords"]},
        "confidence_score": round(rng.uniform(0.4, 0.95), 2),
        "problem_domain": spec.domains[index % len(spec.domains)],
        "status": "pending",
        "target_flow_id": target,
        "fingerprint": fingerprint(title, description, *_questions(tree)),
        "updated_by": "analyzer",
    }


def _with_evidence(
    row: dict[str, Any], session_ids: Sequence[int], index: int, moment: datetime
) -> dict[str, Any]:
    """The row with its source session (cycling through `session_ids`) and its time."""
    source = session_ids[index % len(session_ids)] if session_ids else None
    return row | {
        "source_session_id": source,
        "supporting_session_ids": [source] if source else [],
        "supporting_session_count": 1,
        "created_at": moment,
        "updated_at": moment,
    }


def _reviewed(row: dict[str, Any], index: int) -> dict[str, Any]:
    status = "approved" if index % 3 else "rejected"
    when = row["created_at"] + timedelta(hours=6)
    return row | {"status": status, "reviewer": "bench", "reviewed_at": when, "updated_at": when}


def _proposal_rows(
    library: Library, spec: ProposalSpec, session_ids: Sequence[int], now: datetime
) -> Iterator[dict[str, Any]]:
    """The pending rows, then (with `spec.reviewed`) the reviewed ones, oldest first."""
    rng = random.Random(spec.seed)
    reviewed = int(spec.count * REVIEWED_SHARE) if spec.reviewed else 0
    total = spec.count + reviewed
    for index in range(total):
        row = proposal_row(library, spec, index, rng)
        row = _with_evidence(row, session_ids, index, _spread(now, index, total, PROPOSAL_DAYS))
        yield _reviewed(row, index) if index >= spec.count else row


def insert_proposals(
    engine: Engine,
    library: Library,
    spec: ProposalSpec,
    *,
    session_ids: Sequence[int] = (),
    now: datetime,
) -> list[int]:
    """`spec.count` pending proposals, an unread notification each, plus (with
    `spec.reviewed`) `REVIEWED_SHARE` as many already approved or rejected; the pending ids."""
    pending: list[int] = []
    for batch in _chunks(_proposal_rows(library, spec, session_ids, now)):
        ids = insert_returning_ids(engine, Proposal, batch)
        waiting = [(i, r) for i, r in zip(ids, batch, strict=True) if r["status"] == "pending"]
        insert_rows(engine, Notification, [_notification(i, r) for i, r in waiting])
        pending.extend(i for i, _ in waiting)
    return pending


def _notification(proposal_id: int, row: dict[str, Any]) -> dict[str, Any]:
    return {
        "account_id": row["account_id"],
        "event": PROPOSAL_PENDING,
        "payload": {"proposal_id": proposal_id, "title": row["title"]},
        "created_at": row["created_at"],
    }


def insert_big_proposal(
    engine: Engine, library: Library, nodes: int, *, session_ids: Sequence[int], now: datetime
) -> tuple[int, int]:
    """One pending new-flow proposal whose tree has (nearly) `nodes` nodes, supported by up
    to five sessions; its id and its tree's node count."""
    tree = sized_tree(nodes)
    count = _count(tree)
    title = f"{BIG_PROPOSAL_TITLE} of {count} nodes"
    support = list(session_ids[:5])
    row = {
        "account_id": library.account_id,
        "proposal_type": "new_flow",
        "title": title,
        "description": "A deep troubleshooting flow, for timing the proposal page.",
        "proposed_flow_data": {"tree_structure": tree, "match_keywords": ["bench"]},
        "confidence_score": 0.7,
        "problem_domain": data.DOMAINS[0],
        "status": "pending",
        "fingerprint": fingerprint(title, None, *_questions(tree)),
        "source_session_id": support[0] if support else None,
        "supporting_session_ids": support,
        "supporting_session_count": max(1, len(support)),
        "created_at": now,
        "updated_at": now,
    }
    return insert_returning_ids(engine, Proposal, [row])[0], count
