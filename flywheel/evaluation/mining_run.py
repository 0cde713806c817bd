"""Experiment 4, mining: one flow at a time removed from the library and its sessions
analysed against the rest; and every flow removed at once, to find sessions mined into
another problem's proposal."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from flywheel.evaluation.dataset import Dataset, session_view_of, without_match
from flywheel.evaluation.metrics import (
    Branch,
    NodeMatcher,
    astray,
    branch_recall,
    branch_recall_by_steps,
    ideal_proposal,
    known_nodes,
    mean,
    traversed_branches,
)
from flywheel.evaluation.misses import MISSES
from flywheel.evaluation.workspaces import Workspace
from flywheel.trees import Tree, parse_tree


def run_mining(data: Dataset, space: Workspace) -> dict[str, Any]:
    """Experiment 4: remove one flow at a time and analyse its sessions against the rest."""
    references = {f["id"]: _Reference.of(data, f["id"]) for f in data.flows}
    per_flow: dict[str, dict[str, Any]] = {}
    mined: dict[str, Tree] = {}
    for flow_id, reference in references.items():
        per_flow[flow_id], tree = _mining_of(data, space, flow_id, reference)
        if tree is not None:
            mined[flow_id] = tree
    counts = [r["proposals"] for r in per_flow.values()]
    return _mixing_of(data, space) | {
        "proposals_per_flow": mean(counts),
        "max_proposals": max(counts, default=0),
        "mining_branch_recall": mean(r["branch_recall"] for r in per_flow.values()),
        "mining_branch_recall_words": mean(r["branch_recall_words"] for r in per_flow.values()),
        "mining_branch_recall_labelled": mean(
            r["branch_recall_labelled"] for r in per_flow.values()
        ),
        "mining_branch_recall_ideal": mean(r["branch_recall_ideal"] for r in per_flow.values()),
        "mining_branch_recall_by_steps": mean(
            r["branch_recall_by_steps"] for r in per_flow.values()
        ),
        "mining_own_branches": mean(r["own_branches"] for r in per_flow.values()),
        "mining_branch_recall_elsewhere": _elsewhere(mined, references),
        "ruler_check": {
            reading: dict(sum((Counter(r[key]) for r in per_flow.values()), Counter()))
            for reading, key in (
                ("words_and_place", "ideal_nodes_known"),
                ("words_alone", "ideal_nodes_known_by_words"),
            )
        },
        "matched_elsewhere": sum(r["matched_elsewhere"] for r in per_flow.values()),
        "flows": per_flow,
    }


@dataclass(frozen=True)
class _Reference:
    """A flow as mining's branch recall reads it: its tree, its labelled sessions, the
    branches they took, and its nodes to match."""

    tree: Tree
    sessions: list[dict[str, Any]]
    branches: set[Branch]
    matcher: NodeMatcher

    @classmethod
    def of(cls, data: Dataset, flow_id: str) -> _Reference:
        tree, sessions = data.tree(flow_id), data.sessions_of(flow_id)
        paths = [data.labels[s["id"]].path for s in sessions]
        return cls(tree, sessions, traversed_branches(tree, paths), NodeMatcher(tree))


def _mining_of(
    data: Dataset, space: Workspace, flow_id: str, reference: _Reference
) -> tuple[dict[str, Any], Tree | None]:
    """One flow removed: its figures, and the largest proposal's tree (None if none)."""
    sessions = reference.sessions
    others = [f for f in data.flows if f["id"] != flow_id]
    run = space.run(others, [without_match(s) for s in sessions])
    proposals = {p.id: p for p in run.proposals}
    ended = {o.proposal_id for o in run.outcomes if o.proposal_id in proposals}
    pending = [proposals[i] for i in ended if proposals[i].status == "pending"]
    new_flows = [p for p in pending if "tree_structure" in p.data and p.proposal_type == "new_flow"]
    largest = max(new_flows, key=lambda p: (p.supporting, -p.id), default=None)
    branches, matcher = reference.branches, reference.matcher
    mined = parse_tree(largest.data["tree_structure"]) if largest is not None else None
    walked = [(session_view_of(s), data.labels[s["id"]].path) for s in sessions]
    recall = words = labelled = by_steps = own = 0.0
    if mined is not None and largest is not None:
        recall = branch_recall(mined, branches, matcher)
        words = branch_recall(mined, branches, matcher, placed=False)
        labelled = branch_recall(mined, branches, matcher, labelled=True, placed=False)
        its = set(largest.sessions)
        its_walked = [w for w, s in zip(walked, sessions, strict=True) if s["id"] in its]
        by_steps = branch_recall_by_steps(mined, branches, reference.tree, its_walked)
        own = _share_taken(reference, [path for _, path in its_walked])
    ideal_tree = ideal_proposal(reference.tree, walked)
    ideal = branch_recall(ideal_tree, branches, matcher)
    figures = {
        "sessions": len(sessions),
        "proposals": len(pending),
        "largest_supporting": largest.supporting if largest else 0,
        "branches": len(branches),
        "branch_recall": recall,
        "branch_recall_words": words,
        "branch_recall_labelled": labelled,
        "branch_recall_by_steps": by_steps,
        "own_branches": own,
        "branch_recall_ideal": ideal,
        "ideal_nodes_known": dict(known_nodes(ideal_tree, matcher)),
        "ideal_nodes_known_by_words": dict(known_nodes(ideal_tree, matcher, placed=False)),
        "matched_elsewhere": sum(
            o.outcome in ("auto_reinforced", "enhancement") for o in run.outcomes
        ),
    }
    return figures, mined


def _share_taken(reference: _Reference, paths: list[tuple[str, ...]]) -> float:
    """The share of the flow's traversed branches these labelled paths took (1 if none)."""
    if not reference.branches:
        return 1.0
    taken = traversed_branches(reference.tree, paths) & reference.branches
    return len(taken) / len(reference.branches)


def _elsewhere(mined: dict[str, Tree], references: dict[str, _Reference]) -> float:
    """The most of another flow's branches any flow's largest proposal has: what the ruler
    finds where there is nothing to find (ideal 0)."""
    return max(
        (
            branch_recall(tree, ref.branches, ref.matcher)
            for flow_id, tree in mined.items()
            for other, ref in references.items()
            if other != flow_id and ref.branches
        ),
        default=0.0,
    )


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
