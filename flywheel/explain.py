"""An analysis in words a knowledge manager can read."""

from __future__ import annotations

from flywheel.analyzer import AnalysisResult

OUTCOME_WORDS = {
    "auto_reinforced": "Reinforced the flow (no review needed)",
    "enhancement": "Proposed an enhancement to the flow",
    "new_flow": "Proposed a new flow",
    "merged": "Added the session as evidence to a pending proposal",
    "skipped_budget": "Skipped for today: the LLM budget is spent",
    "failed": "Failed",
    "retry": "Will be tried again",
}


def explain(result: AnalysisResult) -> str:
    """Match, divergence, outcome and why, and the proposal, one line each."""
    lines = [f"Session {result.external_id}"]
    if result.already_analyzed:
        lines.append("  (already analysed; use --force to analyse again)")
    if result.flow_name:
        source = f", {result.match_source}" if result.match_source else ""
        lines.append(
            f"  Matched flow: {result.flow_name} (score {result.match_score:.2f}{source})"
            if result.match_score is not None
            else f"  Matched flow: {result.flow_name}"
        )
    else:
        lines.append("  Matched flow: none")
    if result.divergence_node_id:
        back = f"; came back at node {result.rejoin_node_id!r}" if result.rejoin_node_id else ""
        lines.append(
            f"  Left the flow at node {result.divergence_node_id!r} "
            f"answering {result.divergence_answer!r}{back}"
        )
    lines.append(f"  Outcome: {OUTCOME_WORDS.get(result.outcome, result.outcome)}")
    lines.append(f"  Why: {result.reason}")
    if result.proposal_id is not None:
        lines.append(f"  Proposal: #{result.proposal_id}")
    return "\n".join(lines)
