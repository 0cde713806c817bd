"""Growing one proposal from many sessions: merging each session's path into its tree.

Nodes are matched by text (questions, option labels, titles), so sessions of the same
problem converge on one tree that covers every branch any of them took; each node and
branch counts the sessions that support it.
"""

from __future__ import annotations

from collections import deque

from rapidfuzz import fuzz

from flywheel.trees import Node, Option, Tree, node_index, parse_tree, tree_to_dict, walk

SAME_TEXT = 85.0
MAX_OPTIONS = 5


def _text(node: Node) -> str:
    return " ".join((node.question or node.title or node.description or "").lower().split())


def _same(left: str, right: str) -> bool:
    return left == right or fuzz.token_sort_ratio(left, right) >= SAME_TEXT


def mark_support(tree: Tree, count: int = 1) -> Tree:
    """A copy of `tree` where every node reachable from the root, and every explored branch,
    is supported by `count` sessions (a fresh proposal has one)."""
    copy = parse_tree(tree_to_dict(tree))
    for node in walk(copy):
        node.support = count
        for option in node.options:
            if option.next_node_id:
                option.support = count
    return copy


def merge_path(base: Tree, addition: Tree) -> Tree:
    """`base` with `addition`'s paths merged in and support counts raised; neither is changed."""
    merged = parse_tree(tree_to_dict(base))
    add_index = node_index(addition)
    index = node_index(merged)
    if not _same(_text(merged), _text(addition)):
        merged.support = (merged.support or 1) + 1
        return merged
    queue: deque[tuple[Node, Node]] = deque([(merged, addition)])
    while queue:
        ours, theirs = queue.popleft()
        ours.support = (ours.support or 1) + 1
        for pair in _child_pairs(merged, index, ours, theirs, add_index):
            queue.append(pair)
    return merged


def _child_pairs(
    merged: Tree, index: dict[str, Node], ours: Node, theirs: Node, add_index: dict[str, Node]
) -> list[tuple[Node, Node]]:
    if theirs.type == "action" and ours.type == "action":
        return _follow_next(
            merged, index, ours, add_index.get(theirs.next_node_id or ""), add_index
        )
    if theirs.type != "decision" or ours.type != "decision":
        return []
    pairs = []
    for option in theirs.options:
        target = add_index.get(option.next_node_id or "")
        if target is None:
            continue
        mine = _matching_option(ours, option)
        if mine is None:
            mine = _new_option(ours, option)
            if mine is None:
                continue
        mine.support = (mine.support or 0) + 1
        if mine.next_node_id is None or mine.next_node_id not in index:
            mine.next_node_id = _graft(merged, index, target, add_index)
        else:
            pairs.append((index[mine.next_node_id], target))
    return pairs


def _follow_next(
    merged: Tree,
    index: dict[str, Node],
    ours: Node,
    target: Node | None,
    add_index: dict[str, Node],
) -> list[tuple[Node, Node]]:
    if target is None:
        return []
    if ours.next_node_id and ours.next_node_id in index:
        return [(index[ours.next_node_id], target)]
    ours.next_node_id = _graft(merged, index, target, add_index)
    return []


def _matching_option(node: Node, option: Option) -> Option | None:
    label = option.label.lower().strip()
    return next((o for o in node.options if _same(o.label.lower().strip(), label)), None)


def _new_option(node: Node, option: Option) -> Option | None:
    if len(node.options) >= MAX_OPTIONS:
        return None
    taken = {o.id for o in node.options}
    new_id = _fresh(option.id, taken)
    added = Option(id=new_id, label=option.label)
    node.options.append(added)
    return added


def _fresh(wanted: str, taken: set[str] | dict[str, Node]) -> str:
    if wanted not in taken:
        return wanted
    n = 2
    while f"{wanted}-{n}" in taken:
        n += 1
    return f"{wanted}-{n}"


def _graft(merged: Tree, index: dict[str, Node], start: Node, add_index: dict[str, Node]) -> str:
    """Copy the subtree under `start` into `merged` with fresh ids; returns the new root id."""
    renamed: dict[str, str] = {}
    order = _subtree(start, add_index)
    for node in order:
        renamed[node.id] = _fresh(node.id, index)
        index[renamed[node.id]] = node  # reserve the id
    for node in order:
        copy = Node.model_validate(node.model_dump())
        copy.id = renamed[node.id]
        copy.support = 1
        copy.next_node_id = renamed.get(node.next_node_id or "")
        for option in copy.options:
            option.next_node_id = renamed.get(option.next_node_id or "")
            option.support = 1 if option.next_node_id else None
        merged.children.append(copy)
        index[copy.id] = copy
    return renamed[start.id]


def _subtree(start: Node, add_index: dict[str, Node]) -> list[Node]:
    seen: dict[str, Node] = {}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        if node.id in seen:
            continue
        seen[node.id] = node
        targets = [o.next_node_id for o in node.options] + [node.next_node_id]
        queue.extend(add_index[t] for t in targets if t and t in add_index and t not in seen)
    return list(seen.values())
