"""Generated benchmark data: flows and sessions of realistic shape, from a fixed seed.

Flows are trees of decisions (2-4 options), actions and solutions over an IT vocabulary;
sessions walk a flow (most), leave it with a typed answer, or tell a new problem.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

TOPICS = [
    "vpn",
    "outlook",
    "printer",
    "dns",
    "backup",
    "lockout",
    "wifi",
    "teams",
    "disk",
    "onedrive",
    "bitlocker",
    "mfa",
    "spooler",
    "dhcp",
    "certificate",
    "proxy",
    "sso",
    "mailbox",
    "laptop",
    "monitor",
    "dock",
    "license",
    "sharepoint",
    "firewall",
    "raid",
]
VERBS = ["restart", "reset", "clear", "reinstall", "update", "check", "renew", "remove"]
THINGS = [
    "service",
    "cache",
    "profile",
    "driver",
    "token",
    "queue",
    "adapter",
    "policy",
    "credentials",
    "client",
    "agent",
    "certificate",
    "lease",
    "record",
    "job",
]
ERRORS = ["0x80070005", "error 809", "error 720", "event 4740", "0x8004010f", "550 5.7.1"]
DOMAINS = ["networking", "m365", "printing", "backup", "active_directory", "endpoint"]


class _Maker:
    """Builds one flow's tree, numbering nodes as it goes."""

    def __init__(
        self, rng: random.Random, topic: str, size: int, *, depth: int = 16, side: float = 0.25
    ) -> None:
        self.rng, self.topic, self.size = rng, topic, size
        self.max_depth, self.side = depth, side
        self.nodes: list[dict[str, Any]] = []

    def _id(self) -> str:
        return f"n{len(self.nodes) + 1}"

    def decision(self, depth: int) -> dict[str, Any]:
        node: dict[str, Any] = {
            "id": self._id(),
            "type": "decision",
            "question": f"Does the {self.topic} {self.rng.choice(THINGS)} show "
            f"{self.rng.choice(ERRORS)} after step {len(self.nodes)}?",
        }
        options: list[dict[str, Any]] = []
        node["options"] = options
        self.nodes.append(node)
        for index in range(self.rng.randint(2, 4)):
            label = ["Yes", "No", "Sometimes", "Not sure"][index]
            # the first option carries the diagnosis on; the others mostly end soon
            target = self.child(depth + 1) if index == 0 else self.side_branch(depth + 1)
            options.append(
                {"id": f"{node['id']}-o{index}", "label": label, "next_node_id": target["id"]}
            )
        return node

    def side_branch(self, depth: int) -> dict[str, Any]:
        if self.rng.random() < self.side and len(self.nodes) < self.size:
            return self.child(depth + 2)
        return self.solution()

    def child(self, depth: int) -> dict[str, Any]:
        if len(self.nodes) >= self.size or depth > self.max_depth:
            return self.solution()
        if self.rng.random() < 0.3:
            node = {
                "id": self._id(),
                "type": "action",
                "title": f"{self.rng.choice(VERBS).title()} the {self.topic} "
                f"{self.rng.choice(THINGS)}",
                "description": "Do it and note the result.",
            }
            self.nodes.append(node)
            node["next_node_id"] = self.child(depth + 1)["id"]
            return node
        return self.decision(depth)

    def solution(self) -> dict[str, Any]:
        node = {
            "id": self._id(),
            "type": "solution",
            "title": f"{self.rng.choice(VERBS).title()} {self.rng.choice(THINGS)} fixed it",
            "description": "Resolved.",
        }
        self.nodes.append(node)
        return node


def make_flow(rng: random.Random, index: int, size: int, **shape: Any) -> dict[str, Any]:
    topic = TOPICS[index % len(TOPICS)]
    maker = _Maker(rng, f"{topic}-{index}", size, **shape)
    root = maker.decision(0)
    tree = root | {"id": root["id"], "children": [n for n in maker.nodes if n is not root]}
    return {
        "id": f"flow-{index}",
        "name": f"{topic.title()} problem {index}",
        "description": f"Troubleshooting {topic} issues, variant {index}.",
        "problem_domain": DOMAINS[index % len(DOMAINS)],
        "match_keywords": [topic, "error", f"variant{index}", "helpdesk", "issue"],
        "tree_structure": tree,
    }


def _walk(rng: random.Random, flow: dict[str, Any]) -> Iterator[tuple[dict[str, Any], Any]]:
    index = {n["id"]: n for n in [flow["tree_structure"], *flow["tree_structure"]["children"]]}
    node: dict[str, Any] | None = flow["tree_structure"]
    while node is not None:
        choice = None
        if node["type"] == "decision":
            main_line = rng.random() < 0.85
            choice = node["options"][0] if main_line else rng.choice(node["options"][1:])
        yield node, choice
        target = choice["next_node_id"] if choice else node.get("next_node_id")
        node = index.get(target) if target else None


def _step(order: int, node: dict[str, Any], choice: Any) -> dict[str, Any]:
    if node["type"] == "decision":
        return {
            "step_order": order,
            "step_type": "question",
            "content": {"text": node["question"], "type": "question"},
            "options_presented": [{"value": o["id"], "label": o["label"]} for o in node["options"]],
            "selected_option": choice["id"],
        }
    kind = "action" if node["type"] == "action" else "solution"
    step = {
        "step_order": order,
        "step_type": kind,
        "content": {"text": node["title"], "type": kind},
    }
    if kind == "action":
        step["action_result"] = {"success": True, "details": "done"}
    return step


def make_session(
    rng: random.Random, number: int, flows: list[dict[str, Any]], start: datetime
) -> dict[str, Any]:
    flow = rng.choice(flows)
    steps = [_step(i, node, choice) for i, (node, choice) in enumerate(_walk(rng, flow))]
    kind = rng.random()
    if kind < 0.15 and len(steps) > 2:  # leaves the flow with a typed answer
        cut = rng.randint(0, min(3, len(steps) - 2))
        while steps[cut]["step_type"] != "question" and cut > 0:
            cut -= 1
        steps = steps[: cut + 1]
        steps[-1] |= {
            "selected_option": None,
            "was_free_text": True,
            "free_text_input": f"the {rng.choice(THINGS)} is managed by a vendor",
        }
        steps.append(
            {
                "step_order": len(steps),
                "step_type": "solution",
                "content": {"text": "Opened a vendor ticket", "type": "solution"},
            }
        )
    summary = f"{flow['name']}: user reports {rng.choice(ERRORS)}"
    if kind > 0.9:  # a problem no flow covers, from a handful of recurring ones
        topic = rng.randint(0, 19)
        summary = f"New issue {topic}: gizmo{topic} keeps failing"
        steps = [
            {
                "step_order": 0,
                "step_type": "question",
                "content": {"text": f"Is gizmo{topic} connected?", "type": "question"},
                "options_presented": [
                    {"value": "y", "label": "Yes"},
                    {"value": "n", "label": "No"},
                ],
                "selected_option": rng.choice(["y", "n"]),
            },
            {
                "step_order": 1,
                "step_type": "solution",
                "content": {"text": f"Replaced gizmo{topic}", "type": "solution"},
            },
        ]
    return {
        "id": f"S-{number}",
        "status": "resolved",
        "problem_summary": summary,
        "problem_domain": flow["problem_domain"],
        "resolution_summary": "Fixed",
        "resolved_at": (start + timedelta(minutes=number)).isoformat(),
        "steps": steps,
    }


def library(
    *, flows: int = 50, seed: int = 7, size: tuple[int, int] = (8, 30)
) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    return [make_flow(rng, i, rng.randint(*size)) for i in range(flows)]


def sessions(
    count: int, flows: list[dict[str, Any]], *, seed: int = 11
) -> Iterator[dict[str, Any]]:
    rng = random.Random(seed)
    start = datetime(2026, 1, 1, tzinfo=UTC)
    for number in range(count):
        yield make_session(rng, number, flows, start)


def big_tree(nodes: int, *, seed: int = 3) -> dict[str, Any]:
    """One flow's tree with about `nodes` nodes (for rendering and prompt size)."""
    shape = {"depth": 40, "side": 0.9}
    return make_flow(random.Random(seed), 0, nodes, **shape)["tree_structure"]
