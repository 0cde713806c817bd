"""Growing one enhancement from every session that tells its missing branch.

An enhancement proposal is a flow, at the version it was drafted on, with a new branch:
new nodes, and the options (or an action's way on) that lead to them. A later session that
leaves the flow at the same node on the same answer tells the same branch again, perhaps
further down or another way: its branch is merged into the proposal's tree the way mining
merges a new flow's sessions (`mining.merge_paths`), so the branch becomes the union of
what the sessions did, each node counting its sessions.

The additions are then read back off the merged tree against the flow (`additions`) and
applied to the flow afresh, so the stored draft (which approval re-applies when the flow
has moved on) and the stored tree describe one branch, and the flow's own nodes are never
changed by a merge. Where a session's branch comes back to the flow further down, the
merged branch leads back there too.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from flywheel.drafting import MORE_CASES, apply_enhancement
from flywheel.llm.base import EnhancementDraft, ModifiedOption, NewNode
from flywheel.matching import normalized, prepare_flow
from flywheel.mining import PathStep, likest, merge_paths
from flywheel.trees import Node, Option, Tree, node_index, parse_tree, successors, walk


@dataclass(frozen=True)
class Told:
    """One telling of a missing branch: the flow with the branch, and its new nodes."""

    tree: Tree
    new_ids: frozenset[str]

    @classmethod
    def of(cls, data: dict[str, Any]) -> Told | None:
        """An enhancement proposal's branch, from its stored data (None without a tree)."""
        raw = data.get("tree_structure")
        if not isinstance(raw, dict):
            return None
        ids = frozenset(str(node.get("id")) for node in data.get("new_nodes", []))
        return cls(parse_tree(raw), ids)


@dataclass(frozen=True)
class Grown:
    """An enhancement after a merge: its additions to the flow, and the flow with them."""

    new_nodes: list[NewNode]
    modified_options: list[ModifiedOption]
    tree: Tree


def grow(flow: Tree, proposed: Tree, told: Told) -> Grown:
    """`proposed` (the flow with a branch) grown by another telling's branch, both drafted
    on `flow`."""
    merged = merge_paths(proposed, branch_paths(told))
    draft = EnhancementDraft(title="grown", **additions(flow, merged))
    return Grown(draft.new_nodes, draft.modified_options, apply_enhancement(flow, draft))


def starts_alike(proposed: Told, told: Told) -> bool:
    """Whether a telling of a branch begins with the node the proposal's branch begins
    with, surely so by its words: then the two are one branch told twice, and the second
    can be merged into the first. (After one answer a tree goes on one way: a telling that
    goes on another has nowhere to hang in the proposal.)"""
    firsts = {first.id for _, _, first in _entries(proposed)}
    prepared = prepare_flow(proposed.tree)
    return any(likest(first, prepared) in firsts for _, _, first in _entries(told))


def ways_in(told: Told) -> set[tuple[str, str]]:
    """Where a branch hangs on the flow: (node id, the answer's label; "" after an action)."""
    return {
        (parent.id, normalized(option.label if option else ""))
        for parent, option, _ in _entries(told)
    }


def branch_paths(told: Told) -> list[list[PathStep]]:
    """Each way from the root into the new nodes and down through them, as a path: the way
    the flow leads to where the branch hangs, then each route within the branch (to where
    it ends, or to the flow's node it comes back to)."""
    index = node_index(told.tree)
    paths: list[list[PathStep]] = []
    for parent, option, first in _entries(told):
        route = _route(told.tree, index, parent.id)
        if route is None:
            continue
        lead = [*route, PathStep(parent, option)]
        paths.extend([*lead, *inner] for inner in _within(index, first, told.new_ids))
    return paths


def _entries(told: Told) -> list[tuple[Node, Option | None, Node]]:
    """(flow node, option or None for an action's way on, first new node) per way in."""
    index, new_ids = node_index(told.tree), told.new_ids
    found: list[tuple[Node, Option | None, Node]] = []
    for node in index.values():
        if node.id in new_ids:
            continue
        if node.type == "action" and node.next_node_id in new_ids:
            found.append((node, None, index[node.next_node_id or ""]))
        for option in node.options:
            if option.next_node_id in new_ids and option.next_node_id in index:
                found.append((node, option, index[option.next_node_id or ""]))
    return found


def _route(tree: Tree, index: dict[str, Node], target: str) -> list[PathStep] | None:
    """The first way (breadth first) from the root to `target`, each step with the option
    it took; None when the root does not lead there."""
    came: dict[str, PathStep | None] = {tree.id: None}
    queue = [tree.id]
    for node_id in queue:
        if node_id == target:
            break
        node = index[node_id]
        for option, after in successors(node):
            if after in index and after not in came:
                came[after] = PathStep(node, option)
                queue.append(after)
    if target not in came:
        return None
    route: list[PathStep] = []
    step = came[target]
    while step is not None:
        route.append(step)
        step = came[step.node.id]
    return route[::-1]


def _within(index: dict[str, Node], first: Node, new_ids: Collection[str]) -> list[list[PathStep]]:
    """Every route from `first` down through new nodes, each ending where the branch ends
    or with the flow's node where it comes back to the flow."""
    routes: list[list[PathStep]] = []
    stack: list[tuple[Node, list[PathStep]]] = [(first, [])]
    while stack:
        node, before = stack.pop()
        if node.id not in new_ids or any(step.node.id == node.id for step in before):
            routes.append([*before, PathStep(node, None)] if node.id not in new_ids else before)
            continue
        onward = [(o, index[n]) for o, n in successors(node) if n in index]
        if not onward:
            routes.append([*before, PathStep(node, None)])
        for option, after in reversed(onward):
            stack.append((after, [*before, PathStep(node, option)]))
    return routes


def additions(flow: Tree, grown: Tree) -> dict[str, list[dict[str, Any]]]:
    """What `grown` adds to `flow`, as an enhancement draft's `new_nodes` and
    `modified_options`: every node the flow lacks (reachable from the root), an action of
    the flow now going on to one of them, and each option of the flow's nodes newly leading
    to one. Anything else `grown` changed in the flow's own nodes is left out."""
    before = node_index(flow)
    after = node_index(grown)
    reachable = {node.id for node in walk(grown)}
    added = [node for node in after.values() if node.id not in before and node.id in reachable]
    folds = {node.id for node in added if _folded(node)}
    added_ids = {node.id for node in added} - folds
    nodes = {
        node.id: node.model_dump(mode="json", exclude_none=True)
        for node in added
        if node.id in added_ids
    }
    options: list[dict[str, Any]] = []
    for node_id, old in before.items():
        new = after.get(node_id)
        if new is None:
            continue
        if old.type == "action" and not old.next_node_id and new.next_node_id in added_ids:
            nodes[new.next_node_id or ""]["attach_after_node_id"] = node_id
        known = {option.id: option.next_node_id for option in old.options}
        for option in _flat_options(new, after, folds):
            if option.next_node_id in added_ids and known.get(option.id) != option.next_node_id:
                taken = option.model_dump(mode="json", exclude_none=True)
                options.append({"node_id": node_id, "add_option": taken})
    return {"new_nodes": list(nodes.values()), "modified_options": options}


def _folded(node: Node) -> bool:
    """Whether a new node is where applying a draft moved a full decision's extra options
    (`drafting.MORE_CASES`): applying the additions again makes it afresh."""
    return node.type == "decision" and node.title == MORE_CASES


def _flat_options(node: Node, index: dict[str, Node], folds: set[str]) -> list[Option]:
    """A decision's options with those moved to "more cases" nodes in their place (each
    such node read once)."""
    flat: list[Option] = []
    for option in node.options:
        target = option.next_node_id or ""
        if target in folds:
            flat.extend(_flat_options(index[target], index, folds - {target}))
        else:
            flat.append(option)
    return flat

