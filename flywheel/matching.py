"""Matching a session to a flow: following its trail through the tree.

This first version follows the options the session chose (by option id or label) from the
root; a free-text answer at a decision node is where the session left the flow.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from flywheel.transcript import SessionView, StepView
from flywheel.trees import Node, Tree, node_index


@dataclass
class Alignment:
    """How a session's trail maps onto one flow."""

    step_nodes: list[str | None] = field(default_factory=list)
    branches: list[tuple[str, str]] = field(default_factory=list)
    end_node_id: str | None = None
    divergence_node_id: str | None = None
    divergence_answer: str | None = None
    fitness: float = 0.0

    @property
    def visited(self) -> list[str]:
        return [node for node in self.step_nodes if node is not None]

    def to_json(self) -> dict[str, object]:
        return {
            "step_nodes": self.step_nodes,
            "branches": [list(b) for b in self.branches],
            "end_node_id": self.end_node_id,
            "divergence_node_id": self.divergence_node_id,
            "divergence_answer": self.divergence_answer,
            "fitness": round(self.fitness, 4),
        }


def _norm(text: str | None) -> str:
    return " ".join((text or "").lower().split())


def _chosen_option(node: Node, step: StepView) -> str | None:
    """The id of the node's option the step chose, by id or by label."""
    for value in (step.selected, step.selected_label):
        if value is None:
            continue
        for option in node.options:
            if value == option.id or _norm(value) == _norm(option.label):
                return option.id
    return None


def align(tree: Tree, session: SessionView) -> Alignment:
    """Walk the tree along the session's answers; record each step's node and the way out."""
    index = node_index(tree)
    result = Alignment()
    current: Node | None = tree
    for step in session.steps:
        node_id, current = _advance(current, step, index, result)
        result.step_nodes.append(node_id)
    explained = sum(1 for node in result.step_nodes if node is not None)
    result.fitness = explained / len(session.steps) if session.steps else 0.0
    return result


def _advance(
    current: Node | None, step: StepView, index: dict[str, Node], result: Alignment
) -> tuple[str | None, Node | None]:
    if current is None or step.was_skipped or result.divergence_node_id is not None:
        return None, current
    if current.type == "decision":
        return _advance_decision(current, step, index, result)
    if current.type == "action" and step.type == "action":
        result.end_node_id = current.id
        return current.id, index.get(current.next_node_id or "")
    if current.type == "solution" and step.type == "solution":
        result.end_node_id = current.id
        return current.id, None
    return None, current


def _advance_decision(
    node: Node, step: StepView, index: dict[str, Node], result: Alignment
) -> tuple[str | None, Node | None]:
    if step.type not in ("question", "clarification"):
        return None, node
    option_id = _chosen_option(node, step)
    if option_id is None:
        if step.was_free_text or step.free_text:
            result.divergence_node_id = node.id
            result.divergence_answer = step.answer
            result.end_node_id = node.id
            return node.id, None
        return None, node
    result.branches.append((node.id, option_id))
    result.end_node_id = node.id
    target = next(o.next_node_id for o in node.options if o.id == option_id)
    if target is None:
        result.divergence_node_id = node.id
        result.divergence_answer = step.answer
    return node.id, index.get(target or "")
