"""The in-process benchmarks: drawing a tree, one similar-proposal look-up, prompt size.

Each returns `Measurement`s; the look-up gets a fresh SQLite database of its own.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from functools import partial
from typing import Any

from sqlalchemy import Engine, select

from bench import data, seed
from bench.databases import temporary_sqlite
from bench.report import Aim, Measurement
from bench.timing import Timings, repeat, timed
from flywheel import db as dbmod
from flywheel import render
from flywheel.llm.base import EnhancementRequest
from flywheel.llm.pricing import estimate_tokens
from flywheel.llm.prompts import ENHANCEMENT_SYSTEM_PROMPT, enhancement_user_message
from flywheel.models import Proposal
from flywheel.similarity import fingerprint, similar_pending
from flywheel.transcript import OptionView, SessionView, StepView
from flywheel.trees import Node, Tree, all_nodes, node_index, parse_tree

RENDER_SIZES = (50, 300, 1_000)
RENDER_RUNS = 7
PROMPT_SIZES = (30, 100, 300, 1_000)
PROMPT_AIM_NODES = 1_000
PROMPT_AIM = Aim("<", 8_000)
SIMILARITY_AIM = Aim("<", 20.0)
SIMILARITY_DOMAIN = "networking"
SIMILARITY_LOOKUPS = 20
SIMILARITY_CHANGES = 5
MERGE_THRESHOLD = 0.6
STEPS_BEFORE_LEAVING = 6
_ID_WORD = re.compile(r"[\w.\-]+")


def tree_of(nodes: int) -> Tree:
    """The generated tree of (nearly) `nodes` nodes, parsed."""
    return parse_tree(seed.sized_tree(nodes))


def _size(tree: Tree) -> str:
    return f"{len(all_nodes(tree)):,} nodes"


# --- rendering -----------------------------------------------------------------------------


def dot_source(tree: Tree) -> str:
    """The DOT text of a tree's diagram, as the pages build it."""
    return str(render.to_digraph(tree).source)


def rendering(sizes: Sequence[int] = RENDER_SIZES, runs: int = RENDER_RUNS) -> list[Measurement]:
    """Median time to build the Graphviz graph of a tree and its DOT source (what a page
    hands to `st.graphviz_chart`); the graph alone is in the details."""
    results = []
    for nodes in sizes:
        tree = tree_of(nodes)
        whole = repeat(partial(dot_source, tree), runs=runs)
        graph_only = repeat(partial(render.to_digraph, tree), runs=runs)
        results.append(
            Measurement(
                "render",
                "to_digraph + DOT source, median",
                _size(tree),
                whole.median * 1000,
                "ms",
                details={"with_source": whole.as_json(), "digraph_only": graph_only.as_json()},
            )
        )
    return results


# --- similarity ----------------------------------------------------------------------------


def _as_flow(title: str, tree: dict[str, Any]) -> dict[str, Any]:
    return {"name": title, "problem_domain": SIMILARITY_DOMAIN, "tree_structure": tree}


def session_print(session: dict[str, Any]) -> str:
    """The fingerprint the analyzer looks up for a generated session: its summary, then the
    questions it asked."""
    questions = [s["content"]["text"] for s in session["steps"] if s["step_type"] == "question"]
    return fingerprint(session["problem_summary"], *questions)


def lookup_queries(engine: Engine, count: int, *, seed_: int = 23) -> list[str]:
    """`count` session fingerprints: half walk a pending proposal's tree (a merge is likely),
    half walk flows no proposal has (a miss, which scores every candidate too)."""
    with engine.connect() as conn:
        rows = conn.execute(
            select(Proposal.title, Proposal.proposed_flow_data)
            .where(Proposal.status == "pending")
            .order_by(Proposal.id)
        ).all()
    rng = random.Random(seed_)
    picked = rng.sample(rows, count // 2)
    known = [_as_flow(title, flow["tree_structure"]) for title, flow in picked]
    # numbered past every proposal, so their topic names occur in no proposal
    unknown = [
        data.make_flow(rng, len(rows) + i, rng.randint(8, 30)) for i in range(count - len(known))
    ]
    start = datetime(2026, 1, 1, tzinfo=UTC)
    return [
        session_print(data.make_session(rng, number, [flow], start))
        for number, flow in enumerate([*known, *unknown])
    ]


def change_one(engine: Engine) -> None:
    """Edit the newest pending proposal's fingerprint as a merge does (a new version), so
    that the next look-up finds one proposal changed and reads it again."""
    with dbmod.transaction(dbmod.session_factory(engine)) as db:
        newest = select(Proposal).where(Proposal.status == "pending").order_by(Proposal.id.desc())
        proposal = db.scalars(newest.limit(1)).one()
        proposal.fingerprint += " rechecked"


def changed_then(engine: Engine, look_up: Callable[[], object]) -> float:
    """Seconds of a look-up made right after `change_one`."""
    change_one(engine)
    return timed(look_up)[0]


def similarity(proposals: int, lookups: int = SIMILARITY_LOOKUPS) -> list[Measurement]:
    """Median time of `similar_pending` among `proposals` pending new-flow proposals of
    one account and domain, over `lookups` different sessions (after one untimed look-up,
    which reads every proposal's opening words into the cache); in the note, the first
    look-up and the median of earlier look-ups repeated, each right after one proposal
    changed (which it reads again; the trees it aligns are prepared already)."""
    with temporary_sqlite() as url:
        engine = seed.migrated_engine(url)
        try:
            library = seed.load_library(engine)
            spec = seed.ProposalSpec(
                proposals, domains=(SIMILARITY_DOMAIN,), enhancements=False, reviewed=False
            )
            seed.insert_proposals(engine, library, spec, now=datetime.now(UTC))
            queries = lookup_queries(engine, lookups + 1)
            factory = dbmod.session_factory(engine)

            def look_up(query: str) -> object:
                with factory() as db:
                    found = similar_pending(
                        db,
                        account_id=library.account_id,
                        domain=SIMILARITY_DOMAIN,
                        query=query,
                        threshold=MERGE_THRESHOLD,
                    )
                    return found[0] if found else None

            first, *rest = [timed(partial(look_up, q)) for q in queries]
            changes = queries[:SIMILARITY_CHANGES]
            after_change = Timings(
                tuple(changed_then(engine, partial(look_up, q)) for q in changes)
            )
        finally:
            engine.dispose()
    times = Timings(tuple(elapsed for elapsed, _ in rest))
    matched = sum(found is not None for _, found in rest)
    return [
        Measurement(
            "similarity",
            "similar-proposal look-up, median",
            f"{proposals:,} pending",
            times.median * 1000,
            "ms",
            SIMILARITY_AIM,
            note=f"max {times.max * 1000:,.1f} ms, first {first[0] * 1000:,.1f} ms, "
            f"after a change {after_change.median * 1000:,.1f} ms",
            details=times.as_json()
            | {
                "first_s": first[0],
                "after_change_s": list(after_change.runs),
                "lookups_matched": matched,
            },
        )
    ]


# --- prompt size ---------------------------------------------------------------------------


def _step(order: int, node: Node, **answer: Any) -> StepView:
    if node.type != "decision":
        return StepView(order=order, type=node.type, text=node.title or "", action_success=True)
    options = tuple(OptionView(value=o.id, label=o.label) for o in node.options)
    text = node.question or ""
    return StepView(order=order, type="question", text=text, options=options, **answer)


def main_line(tree: Tree, limit: int) -> list[Node]:
    """The nodes met following the first option of every question, at most `limit`."""
    index = node_index(tree)
    path: list[Node] = []
    node: Node | None = tree
    while node is not None and len(path) < limit:
        path.append(node)
        target = node.options[0].next_node_id if node.options else node.next_node_id
        node = index.get(target) if target else None
    return path


def leaving_session(tree: Tree, steps: int = STEPS_BEFORE_LEAVING) -> EnhancementRequest:
    """An enhancement request for a session that follows the first option of each question
    for up to `steps` steps, types an answer the flow does not offer at the last question
    on that way, and is resolved."""
    path = main_line(tree, steps)
    leave_at = max(i for i, node in enumerate(path) if node.type == "decision")
    answer = "the service is managed by a vendor"
    trail = [
        _step(i, node, selected=node.options[0].id if node.options else None)
        for i, node in enumerate(path[:leave_at])
    ]
    trail.append(_step(leave_at, path[leave_at], free_text=answer, was_free_text=True))
    trail.append(StepView(order=leave_at + 1, type="solution", text="Opened a vendor ticket"))
    view = SessionView(
        external_id="S-bench",
        status="resolved",
        problem_summary="The service fails after the update",
        problem_domain=SIMILARITY_DOMAIN,
        steps=tuple(trail),
    )
    return EnhancementRequest(
        session=view,
        flow_name="Generated flow",
        flow_tree=tree,
        divergence_node_id=path[leave_at].id,
        divergence_answer=answer,
        step_nodes=(*(node.id for node in path[: leave_at + 1]), None),
    )


def enhancement_prompt(tree: Tree) -> str:
    """The whole input of an enhancement call: system prompt, then the user message."""
    return ENHANCEMENT_SYSTEM_PROMPT + "\n\n" + enhancement_user_message(leaving_session(tree))


def missing_ids(ids: Sequence[str], text: str) -> list[str]:
    """The ids that do not occur in `text` as a word of their own ('n1' is not in 'n12')."""
    words = set(_ID_WORD.findall(text))
    return [i for i in ids if (i not in words if _ID_WORD.fullmatch(i) else i not in text)]


def prompt_size(sizes: Sequence[int] = PROMPT_SIZES) -> list[Measurement]:
    """Estimated input tokens of the enhancement prompt per flow size, and whether every
    node id of the flow is in it."""
    results = []
    for nodes in sizes:
        tree = tree_of(nodes)
        prompt = enhancement_prompt(tree)
        missing = missing_ids([n.id for n in all_nodes(tree)], prompt)
        size = _size(tree)
        results.append(
            Measurement(
                "prompt",
                "enhancement prompt, estimated input",
                size,
                estimate_tokens(prompt),
                "tokens",
                PROMPT_AIM if nodes >= PROMPT_AIM_NODES else None,
                details={"characters": len(prompt)},
            )
        )
        results.append(
            Measurement(
                "prompt",
                "flow node ids missing from the prompt",
                size,
                len(missing),
                "ids",
                Aim("<=", 0),
                details={"missing": missing[:20]},
            )
        )
    return results
