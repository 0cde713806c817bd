"""Flows as interchange records, and the root-to-leaf paths sessions follow through them."""

from __future__ import annotations

from random import Random
from typing import Any

from bench.evalset.spec import Action, Decision, Flow, Node, Solution

Hop = tuple[str, str | None]  # (node id, option key taken there; None for action/solution)


def node_record(node: Node) -> dict[str, Any]:
    """One node in the tree format; option ids are `<node>_<key>`."""
    if isinstance(node, Decision):
        record: dict[str, Any] = {"id": node.id, "type": "decision", "title": node.title,
                                  "question": node.question}
        if node.help:
            record["help_text"] = node.help
        record["options"] = [
            {"id": f"{node.id}_{o.key}", "label": o.label, "next_node_id": o.next}
            for o in node.options
        ]
        return record
    if isinstance(node, Action):
        return {"id": node.id, "type": "action", "title": node.title,
                "description": node.description, "next_node_id": node.next}
    return {"id": node.id, "type": "solution", "title": node.title,
            "description": node.description}


def flow_record(flow: Flow) -> dict[str, Any]:
    """The flow as `flows.json` carries it: the first node is the root."""
    root, *rest = flow.nodes
    tree = node_record(root)
    tree["children"] = [node_record(n) for n in rest]
    return {
        "id": flow.id,
        "name": flow.name,
        "description": flow.description,
        "problem_domain": flow.domain,
        "match_keywords": list(flow.keywords),
        "status": "active",
        "tree_structure": tree,
    }


def index(flow: Flow) -> dict[str, Node]:
    return {n.id: n for n in flow.nodes}


def all_paths(flow: Flow) -> list[list[Hop]]:
    """Every root-to-leaf path, in a stable order."""
    nodes = index(flow)

    def walk(node_id: str) -> list[list[Hop]]:
        node = nodes[node_id]
        if isinstance(node, Solution):
            return [[(node_id, None)]]
        if isinstance(node, Action):
            return [[(node_id, None), *tail] for tail in walk(node.next)]
        return [[(node_id, o.key), *tail] for o in node.options for tail in walk(o.next)]

    return walk("root")


def random_walk(flow: Flow, rng: Random) -> list[Hop]:
    """One path, each answer drawn evenly, so short and common paths come up more often."""
    nodes = index(flow)
    path: list[Hop] = []
    node = nodes["root"]
    while True:
        if isinstance(node, Solution):
            path.append((node.id, None))
            return path
        if isinstance(node, Action):
            path.append((node.id, None))
            node = nodes[node.next]
            continue
        choice = rng.choice(node.options)
        path.append((node.id, choice.key))
        node = nodes[choice.next]


def choose_paths(flow: Flow, rng: Random, sizes: tuple[int, int]) -> list[list[Hop]]:
    """Half the sessions on distinct paths (for coverage), the rest by random walks (so the
    short, common paths come up more often, as they do at a real desk)."""
    count = rng.randint(*sizes)
    paths = all_paths(flow)
    distinct = rng.sample(paths, min(len(paths), count // 2))
    walks = [random_walk(flow, rng) for _ in range(count - len(distinct))]
    chosen = distinct + walks
    rng.shuffle(chosen)
    return chosen
