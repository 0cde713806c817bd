"""The small vocabulary the demo content is written in, and its interchange form.

Flows are written as `FlowSpec`s whose nodes come from `decision`, `action`, `solution` and
`escalation`. Storylines that leave a flow (`Escape`) or have no flow at all (`Story`) are
written as beats: `Ask` (a question with options), `Try` (an action and its result) and `Fix`
(the solution). A text given as a tuple lists alternative phrasings; each generated session
picks one, so sessions telling the same story are worded differently. Templates may name
context fields in braces (`{user}`, `{host}`...), listed in `flywheel.demo.context`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

Texts = str | tuple[str, ...]


@dataclass(frozen=True)
class Opt:
    """One answer of a decision node; `said` lists how an engineer might type it freely."""

    id: str
    label: str
    next: str
    said: tuple[str, ...] = ()


@dataclass(frozen=True)
class Node:
    """One node of a flow. `outcomes` are action results, or escalation reasons."""

    id: str
    kind: str
    title: str
    text: str
    options: tuple[Opt, ...] = ()
    next: str | None = None
    help_text: str | None = None
    outcomes: tuple[str, ...] = ()
    escalates: bool = False

    def to_dict(self) -> dict[str, Any]:
        """The node as the interchange format writes it."""
        data: dict[str, Any] = {"id": self.id, "type": self.kind, "title": self.title}
        if self.kind == "decision":
            data["question"] = self.text
            if self.help_text:
                data["help_text"] = self.help_text
            data["options"] = [
                {"id": o.id, "label": o.label, "next_node_id": o.next} for o in self.options
            ]
        else:
            data["description"] = self.text
        if self.kind == "action":
            data["next_node_id"] = self.next
        return data


def opt(option_id: str, label: str, next_id: str, *said: str) -> Opt:
    """An answer leading to `next_id`; `said` are free-text ways of giving it."""
    return Opt(id=option_id, label=label, next=next_id, said=said)


def decision(
    node_id: str, title: str, question: str, *options: Opt, help_text: str | None = None
) -> Node:
    """A question node with 2 to 5 answers."""
    return Node(
        id=node_id,
        kind="decision",
        title=title,
        text=question,
        options=options,
        help_text=help_text,
    )


def action(node_id: str, title: str, description: str, next_id: str, *results: str) -> Node:
    """A step to carry out; `results` are templates for what the engineer reported back."""
    return Node(
        id=node_id, kind="action", title=title, text=description, next=next_id, outcomes=results
    )


def solution(node_id: str, title: str, description: str) -> Node:
    """A terminal node stating the fix."""
    return Node(id=node_id, kind="solution", title=title, text=description)


def escalation(node_id: str, title: str, description: str, *reasons: str) -> Node:
    """A terminal node handing the case on; sessions ending here are escalated."""
    return Node(
        id=node_id,
        kind="solution",
        title=title,
        text=description,
        outcomes=reasons,
        escalates=True,
    )


@dataclass(frozen=True)
class FlowSpec:
    """A flow plus what sessions need to tell stories about it.

    `summaries` maps each root option id to problem-summary templates, so a session's
    summary fits the branch it took. `nodes[0]` is the root.
    """

    id: str
    name: str
    description: str
    domain: str
    team: str
    keywords: tuple[str, ...]
    success_rate: float
    summaries: Mapping[str, tuple[str, ...]]
    nodes: tuple[Node, ...]

    @property
    def root(self) -> Node:
        """The first question of the flow."""
        return self.nodes[0]

    def node(self, node_id: str | None) -> Node:
        """The node with this id (KeyError when there is none)."""
        for node in self.nodes:
            if node.id == node_id:
                return node
        raise KeyError(f"flow {self.id!r} has no node {node_id!r}")

    def to_document(self) -> dict[str, Any]:
        """The flow as an interchange `flows[]` entry."""
        tree = self.root.to_dict()
        tree["children"] = [node.to_dict() for node in self.nodes[1:]]
        return {
            "id": self.id,
            "name": self.name,
            "description": self.description,
            "problem_domain": self.domain,
            "match_keywords": list(self.keywords),
            "status": "active",
            "success_rate": self.success_rate,
            "tree_structure": tree,
        }


@dataclass(frozen=True)
class Ask:
    """A question the assistant asked, the options it offered and the one chosen."""

    text: Texts
    options: tuple[tuple[str, str], ...]
    pick: str
    optional: bool = False


@dataclass(frozen=True)
class Try:
    """An action the engineer carried out and what came of it."""

    text: Texts
    details: Texts
    success: bool = True
    optional: bool = False


@dataclass(frozen=True)
class Fix:
    """The final solution step: what fixed it."""

    text: Texts


Beat = Ask | Try | Fix


@dataclass(frozen=True)
class Escape:
    """A case a flow has no branch for: followed up to `at`, then the engineer typed `typed`."""

    flow_id: str
    at: str
    typed: tuple[str, ...]
    summaries: tuple[str, ...]
    tail: tuple[Beat, ...]
    resolution: tuple[str, ...]
    copies: int = 2


@dataclass(frozen=True)
class Story:
    """A problem no flow covers, told by `copies` sessions with varied wording."""

    key: str
    domain: str
    team: str
    summaries: tuple[str, ...]
    beats: tuple[Beat, ...]
    resolution: tuple[str, ...]
    copies: int
