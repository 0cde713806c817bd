"""Experiments 1 and 2, matching and routing: one run over every flow and every session
without its upstream match."""

from __future__ import annotations

from typing import Any

from flywheel.evaluation.dataset import Dataset, Label, without_match
from flywheel.evaluation.metrics import (
    decision_nodes,
    mean,
    original_rule_reinforces,
    path_recall,
    share,
)
from flywheel.evaluation.misses import MISSES
from flywheel.evaluation.workspaces import Outcome, Workspace


def run_matching(data: Dataset, space: Workspace) -> dict[str, Any]:
    """Experiments 1 and 2 (one run: every flow, every session without its upstream match)."""
    run = space.run(data.flows, [without_match(s) for s in data.sessions])
    got = {o.session_id: o for o in run.outcomes}
    decisions = {f["id"]: decision_nodes(data.tree(f["id"])) for f in data.flows}
    right, ends, recalls, misses = [], [], [], []
    for session in data.sessions:
        label, outcome = data.labels[session["id"]], got.get(session["id"])
        hit = outcome is not None and outcome.flow_id == label.flow_id
        right.append(hit)
        ends.append(hit and outcome is not None and outcome.end_node_id == label.path[-1])
        path = outcome.path if hit and outcome is not None else ()
        recalls.append(path_recall(path, label.path, decisions[label.flow_id]))
        if not (ends[-1] and outcome is not None and outcome.outcome == "auto_reinforced"):
            misses.append(_matching_miss(session["id"], label, outcome))
    count = max(len(data.sessions), 1)
    return {
        "sessions": len(data.sessions),
        "top1_accuracy": share(right),
        "end_node_accuracy": share(ends),
        "decision_path_recall": mean(recalls),
        "reinforced_share": share(o.outcome == "auto_reinforced" for o in got.values()),
        "original_rule_reinforced_share": share(map(original_rule_reinforces, data.sessions)),
        "ms_per_session": 1000 * run.seconds / count,
        MISSES: misses,
    }


def _matching_miss(session_id: str, label: Label, outcome: Outcome | None) -> dict[str, Any]:
    """A session not reinforced at its labelled end: what it was routed to, and its walk."""
    found = (
        {}
        if outcome is None
        else {
            "outcome": outcome.outcome,
            "flow": outcome.flow_id,
            "score": outcome.score,
            "path": list(outcome.path),
            "divergence_node": outcome.divergence_node_id,
        }
    )
    return {
        "session": session_id,
        "labelled_flow": label.flow_id,
        "labelled_path": list(label.path),
        **found,
    }
