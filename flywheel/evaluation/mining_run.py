"""Experiment 4, mining: one flow at a time removed from the library and its sessions
analysed against the rest; and every flow removed at once, to find sessions mined into
another problem's proposal."""

from __future__ import annotations

from typing import Any

from flywheel.evaluation.dataset import Dataset, session_view_of, without_match
from flywheel.evaluation.metrics import (
    NodeMatcher,
    astray,
    branch_recall,
    ideal_proposal,
    mean,
    traversed_branches,
)
from flywheel.evaluation.misses import MISSES
from flywheel.evaluation.workspaces import Workspace
from flywheel.trees import parse_tree


def run_mining(data: Dataset, space: Workspace) -> dict[str, Any]:
    """Experiment 4: remove one flow at a time and analyse its sessions against the rest."""
    per_flow = {f["id"]: _mining_of(data, space, f["id"]) for f in data.flows}
    counts = [r["proposals"] for r in per_flow.values()]
    return _mixing_of(data, space) | {
        "proposals_per_flow": mean(counts),
        "max_proposals": max(counts, default=0),
        "mining_branch_recall": mean(r["branch_recall"] for r in per_flow.values()),
        "mining_branch_recall_labelled": mean(
            r["branch_recall_labelled"] for r in per_flow.values()
        ),
        "mining_branch_recall_ideal": mean(r["branch_recall_ideal"] for r in per_flow.values()),
        "matched_elsewhere": sum(r["matched_elsewhere"] for r in per_flow.values()),
        "flows": per_flow,
    }


def _mining_of(data: Dataset, space: Workspace, flow_id: str) -> dict[str, Any]:
    sessions = data.sessions_of(flow_id)
    others = [f for f in data.flows if f["id"] != flow_id]
    run = space.run(others, [without_match(s) for s in sessions])
    proposals = {p.id: p for p in run.proposals}
    ended = {o.proposal_id for o in run.outcomes if o.proposal_id in proposals}
    pending = [proposals[i] for i in ended if proposals[i].status == "pending"]
    new_flows = [p for p in pending if "tree_structure" in p.data and p.proposal_type == "new_flow"]
    largest = max(new_flows, key=lambda p: (p.supporting, -p.id), default=None)
    tree = data.tree(flow_id)
    branches = traversed_branches(tree, [data.labels[s["id"]].path for s in sessions])
    recall = labelled = 0.0
    matcher = NodeMatcher(tree)
    if largest is not None:
        mined = parse_tree(largest.data["tree_structure"])
        recall = branch_recall(mined, branches, matcher)
        labelled = branch_recall(mined, branches, matcher, labelled=True)
    walked = [(session_view_of(s), data.labels[s["id"]].path) for s in sessions]
    ideal = branch_recall(ideal_proposal(tree, walked), branches, matcher)
    return {
        "sessions": len(sessions),
        "proposals": len(pending),
        "largest_supporting": largest.supporting if largest else 0,
        "branches": len(branches),
        "branch_recall": recall,
        "branch_recall_labelled": labelled,
        "branch_recall_ideal": ideal,
        "matched_elsewhere": sum(
            o.outcome in ("auto_reinforced", "enhancement") for o in run.outcomes
        ),
    }


def _mixing_of(data: Dataset, space: Workspace) -> dict[str, Any]:
    """Every flow removed, every labelled session analysed in the order they arrived
    (`Dataset.arrivals`): sessions in another problem's proposal."""
    arrived = data.arrivals()
    flow_of = {session["id"]: data.labels[session["id"]].flow_id for session in arrived}
    run = space.run([], [without_match(session) for session in arrived])
    pending = {p.id for p in run.proposals if p.status == "pending"}
    ends = [
        (o.proposal_id, flow_of[o.session_id], o.session_id)
        for o in run.outcomes
        if o.proposal_id in pending
    ]
    away = astray(ends)
    return {
        "mixing_sessions": len(flow_of),
        "mixing_misplaced": len(away),
        MISSES: [
            {"session": s, "flow": flow, "proposal": p, "proposal_flow": main}
            for p, flow, s, main in away
        ],
    }
