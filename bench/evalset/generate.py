"""The whole set from one seeded generator: flows, shuffled sessions with random-looking
ids, labels; the files' exact text; and the statistics a README reports."""

from __future__ import annotations

import json
from collections import Counter
from random import Random
from typing import Any

from bench.evalset.config import FILES, FORMAT, EvalSet, Personas
from bench.evalset.flows import choose_paths, flow_record
from bench.evalset.writer import Meta, SessionWriter

Generated = tuple[dict[str, Any], dict[str, Any], dict[str, Any], list[Meta]]


def persona(rng: Random, personas: Personas) -> str:
    names = list(personas)
    return rng.choices(names, weights=[personas[n][0] for n in names])[0]


def generate(evalset: EvalSet) -> Generated:
    """flows.json, sessions.json and labels.json as data, and what was drawn per session."""
    rng = Random(evalset.seed)
    content = evalset.content
    flows = [flow_record(f) for f in content.FLOWS]
    planned = [
        (f, p) for f in content.FLOWS for p in choose_paths(f, rng, evalset.sessions_per_flow)
    ]
    rng.shuffle(planned)
    ids = rng.sample(range(10_000, 100_000), len(planned))
    sessions, labels, metas = [], {}, []
    for (flow, path), number in zip(planned, ids, strict=True):
        session_id = f"{evalset.prefix}-{number}"
        meta = Meta(flow_id=flow.id, persona=persona(rng, evalset.personas), path_len=len(path))
        sessions.append(SessionWriter(evalset, flow, path, rng, meta).write(session_id))
        labels[session_id] = {"flow_id": flow.id, "path": [node_id for node_id, _ in path]}
        metas.append(meta)
    return (
        {"format": FORMAT, "flows": flows},
        {"format": FORMAT, "sessions": sessions},
        dict(sorted(labels.items())),
        metas,
    )


def render(evalset: EvalSet) -> dict[str, str]:
    """The three files' exact text."""
    flows, sessions, labels, _ = generate(evalset)
    return {
        name: json.dumps(doc, indent=1, ensure_ascii=False) + "\n"
        for name, doc in zip(FILES, (flows, sessions, labels), strict=True)
    }


def statistics(evalset: EvalSet) -> dict[str, Any]:
    """The numbers a set's README reports; a habit's share only where the set has it on."""
    flows, sessions, labels, metas = generate(evalset)
    steps = [s for r in sessions["sessions"] for s in r["steps"]]
    per_flow = Counter(m.flow_id for m in metas)
    sizes = {f["id"]: 1 + len(f["tree_structure"]["children"]) for f in flows["flows"]}
    node_types: Counter[str] = Counter()
    for f in flows["flows"]:
        tree = f["tree_structure"]
        for node in [tree, *tree["children"]]:
            node_types[node["type"]] += 1
    n = len(metas)

    def share(flags: list[bool]) -> float:
        return round(100 * sum(flags) / n, 1)

    styles: Counter[str] = Counter()
    for m in metas:
        styles.update(m.styles)
    stats = {
        "flows": len(flows["flows"]),
        "nodes_per_flow": sizes,
        "node_types": dict(node_types),
        "sessions": n,
        "sessions_per_flow": dict(sorted(per_flow.items())),
        "steps": len(steps),
        "path_length_min_max": (min(m.path_len for m in metas), max(m.path_len for m in metas)),
        "distinct_paths": len({tuple(v["path"]) for v in labels.values()}),
        "pct_with_clarification": share([m.styles["clarify"] > 0 for m in metas]),
        "pct_with_hold_remark": share([m.styles["hold"] > 0 for m in metas]),
        "pct_opening_answered_first_questions": share([m.skipped > 0 for m in metas]),
        "pct_with_free_text_step": share([m.free_text_steps > 0 for m in metas]),
        "pct_with_unrecorded_answer": share([m.styles["unrecorded"] > 0 for m in metas]),
        "pct_with_typo": share([m.typos > 0 for m in metas]),
        "pct_without_problem_domain": share([m.no_domain for m in metas]),
        "pct_question_steps_click_only": round(
            100 * styles["click"] / max(1, sum(styles.values())), 1),
        "personas": dict(Counter(m.persona for m in metas)),
    }
    for habit, rate in evalset.habits.rates().items():
        if rate > 0:
            stats[f"pct_with_{habit}"] = share([m.habits[habit] > 0 for m in metas])
    return stats
