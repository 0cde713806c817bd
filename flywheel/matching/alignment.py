"""The result: how a session's trail maps onto one flow."""

from __future__ import annotations

from dataclasses import dataclass, field

from flywheel.matching.costs import PASSING_STEPS


@dataclass
class Alignment:
    """How a session's trail maps onto one flow.

    `step_nodes[i]` is the node step i maps to (None: not explained); `branches` are the
    (node, option) pairs taken, implied ones included; `path` is every node walked in order
    (each once), starting with the `opening_nodes` the opening statement answered.
    When the session left the flow, `divergence_step` is the step it left at: the answer
    the node has no branch for, or the last step the flow explained before foreign ones;
    when it came back to the flow further down, `rejoin_step` is the first step back and
    `rejoin_node_id` its node (the new branch lies between).
    `step_credits[i]` says how well step i's words are explained (0..1; None: a
    clarification); the score also counts what the flow's structure confirms.
    """

    step_nodes: list[str | None] = field(default_factory=list)
    branches: list[tuple[str, str]] = field(default_factory=list)
    end_node_id: str | None = None
    divergence_node_id: str | None = None
    divergence_answer: str | None = None
    divergence_step: int | None = None
    rejoin_node_id: str | None = None
    rejoin_step: int | None = None
    step_credits: list[float | None] = field(default_factory=list)
    fitness: float = 0.0
    score: float = 0.0
    opening_nodes: list[str] = field(default_factory=list)
    path: list[str] = field(default_factory=list)
    anticipated: bool = False  # it left on an option the flow has but has not explored

    @property
    def visited(self) -> list[str]:
        """Every node the session passed through, in order, each once."""
        if self.path:
            return list(self.path)
        return list(dict.fromkeys(node for node in self.step_nodes if node is not None))

    @property
    def diverged(self) -> bool:
        """Whether the session left the flow."""
        return self.divergence_node_id is not None

    @property
    def explained_before_leaving(self) -> int:
        """How many steps the flow explained (credit above nothing) up to the one the session
        left at; all the explained steps when it did not leave."""
        last = len(self.step_credits) if self.divergence_step is None else self.divergence_step + 1
        return sum(1 for credit in self.step_credits[:last] if credit)

    @property
    def left_in_passing(self) -> bool:
        """Whether the session left having explained fewer than `PASSING_STEPS` steps, those
        after it came back counted too: it may have met one of the tree's questions on its
        way to another problem. One that came back and went on along the flow was on the
        flow's problem, however early it left."""
        explained = self.explained_before_leaving
        if self.rejoin_step is not None and self.divergence_step is not None:
            explained += sum(1 for credit in self.step_credits[self.rejoin_step :] if credit)
        return self.diverged and explained < PASSING_STEPS

    def to_json(self) -> dict[str, object]:
        """What the analysis stores and the export shows of the alignment."""
        return {
            "step_nodes": self.step_nodes,
            "branches": [list(b) for b in self.branches],
            "end_node_id": self.end_node_id,
            "divergence_node_id": self.divergence_node_id,
            "divergence_answer": self.divergence_answer,
            "divergence_step": self.divergence_step,
            "anticipated": self.anticipated,
            "rejoin_node_id": self.rejoin_node_id,
            "rejoin_step": self.rejoin_step,
            "fitness": round(self.fitness, 4),
            "score": round(self.score, 4),
            "opening_nodes": self.opening_nodes,
            "path": self.visited,
        }
