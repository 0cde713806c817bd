"""Experiment 3, enhancement: per flow, its busiest branch below the root cut, and the
sessions that took it analysed against the cut flow."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from flywheel.evaluation.cuts import Cut, _cut_of, _takes
from flywheel.evaluation.dataset import Dataset, session_view_of, without_match
from flywheel.evaluation.metrics import NodeMatcher, node_recall
from flywheel.evaluation.misses import MISSES
from flywheel.evaluation.workspaces import Outcome, ProposalView, Workspace
from flywheel.matching import align_prepared, prepare_flow, read_trail
from flywheel.trees import Tree, parse_tree


def run_enhancement(data: Dataset, space: Workspace) -> dict[str, Any]:
    """Experiment 3: per flow, cut its busiest branch below the root and analyse its sessions."""
    cuts = {c.flow_id: c for f in data.flows if (c := _cut_of(data, f["id"])) is not None}
    per_flow = {flow_id: _enhancement_of(data, space, cut) for flow_id, cut in cuts.items()}
    total = {key: sum(r[key] for r in per_flow.values()) for key in _ENHANCEMENT_COUNTS}
    return {
        "attach_share": _ratio(total["attached"], total["sessions"], 0.0),
        "attach_share_when_asked": _ratio(total["attached_when_asked"], total["asked"], 0.0),
        "asked_share": _ratio(total["asked"], total["sessions"], 0.0),
        "cut_node_recall": _ratio(total["cut_nodes_found"], total["cut_nodes"], 1.0),
        "cut_node_recall_words": _ratio(total["cut_nodes_found_words"], total["cut_nodes"], 1.0),
        "proposals_per_cut": _ratio(total["proposals"], len(per_flow), 0.0),
        "others_reinforced_share": _ratio(
            sum(r["others"]["reinforced"] for r in per_flow.values()),
            sum(r["others"]["sessions"] for r in per_flow.values()),
            1.0,
        ),
        "sessions": total["sessions"],
        "gaps": _with_gaps(data, space, cuts),
        "flows": per_flow,
    }


def _with_gaps(data: Dataset, space: Workspace, cuts: dict[str, Cut]) -> dict[str, Any]:
    """Each flow removed in turn from a library whose other flows all have a gap (their cut
    branch): how many of its sessions, a problem the library does not know, enhance one of
    the others (a branch proposed for the wrong problem) instead of proposing a new flow."""
    foreign: list[dict[str, Any]] = []
    for flow in data.flows:
        others = [
            cuts[f["id"]].record(f) if f["id"] in cuts else f
            for f in data.flows
            if f["id"] != flow["id"]
        ]
        run = space.run(others, [without_match(s) for s in data.sessions_of(flow["id"])])
        proposals = {p.id: p for p in run.proposals}
        foreign += [
            _enhancement_miss(o, proposals) | {"own_flow": flow["id"]}
            for o in run.outcomes
            if (p := proposals.get(o.proposal_id or -1)) is not None
            and p.proposal_type == "enhancement"
        ]
    return {
        "sessions": len(data.sessions),
        "foreign_enhancements": len(foreign),
        MISSES: foreign,
    }


_ENHANCEMENT_COUNTS = (
    "sessions",
    "attached",
    "asked",
    "attached_when_asked",
    "cut_nodes",
    "cut_nodes_found",
    "cut_nodes_found_words",
    "proposals",
)


def _ratio(part: int, whole: int, empty: float) -> float:
    return part / whole if whole else empty


def _enhancement_of(data: Dataset, space: Workspace, cut: Cut) -> dict[str, Any]:
    """Analyse the sessions that take the cut branch against the cut flow."""
    flow_id, (node_id, _) = cut.flow_id, cut.at
    tree = data.tree(flow_id)
    sessions = [
        s for s in data.sessions_of(flow_id) if _takes(data.labels[s["id"]].path, tree, cut.at)
    ]
    flows = [cut.record(f) if f["id"] == flow_id else f for f in data.flows]
    run = space.run(flows, [without_match(s) for s in sessions])
    proposals = {p.id: p for p in run.proposals}
    attached = {o.session_id for o in run.outcomes if attaches(o, proposals, flow_id, node_id)}
    whole = prepare_flow(tree)
    asked = {
        s["id"]
        for s in sessions
        if node_id in align_prepared(whole, read_trail(session_view_of(s))).step_nodes
    }
    wanted = {n for s in sessions for n in data.labels[s["id"]].path if n in cut.removed}
    found, by_words = _cut_nodes_found(tree, wanted, proposals.values(), flow_id)
    misses = [_enhancement_miss(o, proposals) for o in run.outcomes if o.session_id not in attached]
    taking = {s["id"] for s in sessions}
    others = [s for s in data.sessions_of(flow_id) if s["id"] not in taking]
    return {
        "cut": list(cut.at),
        "sessions": len(sessions),
        "attached": len(attached),
        "asked": len(asked),
        "attached_when_asked": len(attached & asked),
        "cut_nodes": len(wanted),
        "cut_nodes_found": found,
        "cut_nodes_found_words": by_words,
        "proposals": sum(_pending_enhancement(p, flow_id) for p in proposals.values()),
        MISSES: misses,
        "others": _bystanders(space, flows, others, flow_id),
    }


def _bystanders(
    space: Workspace, flows: list[dict[str, Any]], sessions: list[dict[str, Any]], flow_id: str
) -> dict[str, Any]:
    """The flow's sessions that do not take the cut branch, analysed against the cut flow on
    their own: they followed what is left of it, so each should still reinforce it (an
    enhancement found where there is none is a false alarm for the reviewer)."""
    run = space.run(flows, [without_match(s) for s in sessions])
    proposals = {p.id: p for p in run.proposals}
    missed = [
        o for o in run.outcomes if not (o.outcome == "auto_reinforced" and o.flow_id == flow_id)
    ]
    return {
        "sessions": len(sessions),
        "reinforced": len(run.outcomes) - len(missed),
        MISSES: [_enhancement_miss(o, proposals) for o in missed],
    }


def _enhancement_miss(outcome: Outcome, proposals: dict[int, ProposalView]) -> dict[str, Any]:
    """A session whose proposal does not attach at the cut: its outcome, and where it left."""
    proposal = proposals.get(outcome.proposal_id or -1)
    diff = proposal.diff if proposal is not None and proposal.diff else {}
    return {
        "session": outcome.session_id,
        "outcome": outcome.outcome,
        "flow": outcome.flow_id,
        "score": outcome.score,
        "divergence_node": outcome.divergence_node_id,
        "attached_at": diff.get("attach_node_id"),
    }


def _enhances(proposal: ProposalView, flow_id: str) -> bool:
    """Whether the proposal is an enhancement of the flow (in any status)."""
    return proposal.proposal_type == "enhancement" and proposal.target_flow_id == flow_id


def _pending_enhancement(proposal: ProposalView, flow_id: str) -> bool:
    return _enhances(proposal, flow_id) and proposal.status == "pending"


def _cut_nodes_found(
    tree: Tree, wanted: set[str], proposals: Iterable[ProposalView], flow_id: str
) -> tuple[int, int]:
    """How many of the cut nodes the flow's enhancement proposals drafted: their new nodes
    known in the proposal's tree (the cut flow with the branch) by words and place, as
    mining's are; and by words alone."""
    drafted = [
        (parse_tree(p.data["tree_structure"]), [node["id"] for node in p.diff["new_nodes"]])
        for p in proposals
        if _enhances(p, flow_id) and p.diff and "tree_structure" in p.data
    ]
    matcher = NodeMatcher(tree)
    placed, by_words = [
        round(node_recall(wanted, drafted, matcher, placed=reading) * len(wanted))
        for reading in (True, False)
    ]
    return placed, by_words


def attaches(outcome: Outcome, proposals: dict[int, ProposalView], flow_id: str, at: str) -> bool:
    """Whether the session's proposal, the one it drafted or the pending one it joined as
    evidence (`merged`), is an enhancement of the flow attaching its branch at `at`."""
    proposal = proposals.get(outcome.proposal_id or -1)
    if outcome.outcome not in ("enhancement", "merged") or proposal is None:
        return False
    if proposal.proposal_type != "enhancement" or proposal.diff is None:
        return False
    return proposal.target_flow_id == flow_id and proposal.diff.get("attach_node_id") == at
