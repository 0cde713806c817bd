"""The enhancement experiment's cut: the branch below the root of a flow that most
labelled sessions take, cut away, and whether a labelled path takes it."""

from __future__ import annotations

import copy
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from flywheel.evaluation.dataset import Dataset
from flywheel.trees import Tree, node_index, parse_tree, tree_to_dict, walk


def choose_cut(tree: Tree, paths: Iterable[Sequence[str]]) -> tuple[str, str] | None:
    """The (node, option) below the root that most labelled paths take and whose cut removes
    a subtree; ties go to the node first in the tree's document order. None when no path
    takes such a branch below the root.

    An option leading to a node the flow also reaches another way is no subtree: cut, it
    removes nothing, and the sessions that took it may still be explained by the other way
    (in a DAG), so they need not leave the flow there at all."""
    order = {node_id: n for n, node_id in enumerate(node_index(tree))}
    counts: Counter[tuple[str, str]] = Counter()
    index = node_index(tree)
    for path in paths:
        for here, there in pairwise(path):
            node = index.get(here)
            if node is None or here == tree.id:
                continue
            for option in node.options:
                if option.next_node_id == there:
                    counts[(here, option.id)] += 1
    subtrees = [key for key in counts if cut_branch(tree, *key)[1]]
    if not subtrees:
        return None
    return min(subtrees, key=lambda key: (-counts[key], order[key[0]], key[1]))


def cut_branch(tree: Tree, node_id: str, option_id: str) -> tuple[Tree, set[str]]:
    """The tree with one option left unexplored and the nodes only it reached removed."""
    data = copy.deepcopy(tree_to_dict(tree))
    for node in [data, *data.get("children", [])]:
        for option in node.get("options", []) if node["id"] == node_id else []:
            if option["id"] == option_id:
                option["next_node_id"] = None
    kept = {node.id for node in walk(parse_tree(data))}
    data["children"] = [c for c in data.get("children", []) if c["id"] in kept]
    removed = {node.id for node in walk(tree)} - kept
    return parse_tree(data), removed


@dataclass(frozen=True)
class Cut:
    """One flow's busiest branch below the root, cut away: where, and what is left."""

    flow_id: str
    at: tuple[str, str]  # the decision node and the option whose subtree is gone
    tree: Tree  # the flow's tree without it
    removed: set[str]  # the ids of the nodes that went with it

    def record(self, flow: dict[str, Any]) -> dict[str, Any]:
        """The flow's record with the cut tree."""
        return flow | {"tree_structure": tree_to_dict(self.tree)}


def _cut_of(data: Dataset, flow_id: str) -> Cut | None:
    """The flow's cut (`choose_cut`), None when no labelled path takes a branch to cut."""
    tree = data.tree(flow_id)
    at = choose_cut(tree, [data.labels[s["id"]].path for s in data.sessions_of(flow_id)])
    if at is None:
        return None
    return Cut(flow_id, at, *cut_branch(tree, *at))


def _takes(path: Sequence[str], tree: Tree, cut: tuple[str, str]) -> bool:
    node_id, option_id = cut
    target = next(o.next_node_id for o in node_index(tree)[node_id].options if o.id == option_id)
    return any(a == node_id and b == target for a, b in pairwise(path))
