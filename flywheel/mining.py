"""Growing one proposal from many sessions: the union of their aligned paths.

Each explored path of the tree being merged in (a session's path, or another proposal's
branches) is read as a trail and aligned to the proposal's tree with the same conformance
alignment that matches sessions to flows. Where it follows the tree, the nodes and branches
it passes gain support; where it takes an answer the tree has no branch for, the rest of the
path is grafted there as a new branch (on an option only ever offered, when the question
already offers as many as a node may have); where it starts above the tree's root, its first
steps become the new top of the tree. A path the tree explains too little of is only
counted, unless it comes from a proposal judged the same problem (`merge_path`). So
sessions of the same problem converge on one tree that covers every branch any of them
took, each node and branch counting its sessions. A proposal that keeps its sessions'
paths grows its tree from all of them at once, the longest first (`remine`), so the tree
does not depend on the order they came in.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from flywheel.matching import (
    FLOW,
    PHRASINGS,
    PROPOSAL,
    Alignment,
    PreparedFlow,
    align_prepared,
    content_words,
    node_text,
    normalized,
    phrasings,
    prepare_flow,
    read_trail,
    what_aligning_reads,
)
from flywheel.transcript import OptionView, SessionView, StepView
from flywheel.trees import (
    MAX_OPTIONS,
    Node,
    Option,
    Tree,
    count_nodes,
    node_index,
    parse_tree,
    tree_to_dict,
)

FITS = 0.5  # alignment score below which a path is only counted, never grafted
SURE_CREDIT = 1.0  # how well a step must match a node to remember its wording there
GRAFT_CREDIT = 0.5  # how well the step where a path left must match its node to graft there
MAX_PHRASINGS = 5
SAME_LABELS = 2  # worded option labels two questions share word for word to be one question
SURE_LABELS = 3  # ...for two proposals to be one problem, whatever their openings say
LABEL_VOTES = "label_votes"  # extra option key: how many sessions took it under each label
_STEP_TYPES = {"decision": "question", "action": "action", "solution": "solution"}


def mark_support(tree: Tree, count: int = 1) -> Tree:
    """A copy of `tree` where every node reachable from the root, and every explored branch,
    is supported by `count` sessions (a fresh proposal has one)."""
    copy = parse_tree(tree_to_dict(tree))
    for node in node_index(copy).values():
        node.support = count
        for option in node.options:
            if option.next_node_id:
                option.support = count
    return copy


@dataclass(frozen=True)
class PathStep:
    """One node of an explored path and the option taken there (None for actions, leaves)."""

    node: Node
    option: Option | None


def explored_paths(tree: Tree) -> list[list[PathStep]]:
    """Every path from the root along explored branches to where it ends, in tree order."""
    index = node_index(tree)
    paths: list[list[PathStep]] = []
    stack: list[tuple[Node, list[PathStep]]] = [(tree, [])]
    while stack:
        node, before = stack.pop()
        if any(step.node.id == node.id for step in before):
            paths.append(before)  # a loop: the tree is invalid, keep what was walked
            continue
        ways = _ways(node, index)
        if not ways:
            paths.append([*before, PathStep(node, None)])
        for option, target in reversed(ways):
            stack.append((target, [*before, PathStep(node, option)]))
    return paths


def _ways(node: Node, index: dict[str, Node]) -> list[tuple[Option | None, Node]]:
    """Where a node leads: each explored option's target, or an action's next node."""
    if node.type == "action":
        target = index.get(node.next_node_id or "")
        return [(None, target)] if target is not None else []
    found: list[tuple[Option | None, Node]] = []
    for option in node.options:
        if option.next_node_id in index:
            found.append((option, index[option.next_node_id or ""]))
    return found


def path_session(path: list[PathStep]) -> SessionView:
    """A path read as a session's trail: a question answered by the option taken, an action
    done, a solution stated."""
    steps = []
    for order, step in enumerate(path):
        node = step.node
        text = node.question or node.title or "" if node.type == "decision" else _described(node)
        options = tuple(
            OptionView(value=offered_value(node, o), label=o.label) for o in node.options
        )
        selected = offered_value(node, step.option) if step.option is not None else None
        steps.append(
            StepView(
                order=order,
                type=_STEP_TYPES[node.type],
                text=text,
                options=options,
                selected=selected,
            )
        )
    return SessionView(external_id="path", status="resolved", steps=tuple(steps))


def offered_value(node: Node, option: Option) -> str:
    """What a session records for the option: the value in an id `<node>_<value>` (the way
    flows and drafts name options offered by value), else the label."""
    prefix = f"{node.id}_"
    value = option.id[len(prefix) :] if option.id.startswith(prefix) else ""
    return value or option.label


def _described(node: Node) -> str:
    return " ".join(part for part in (node.title, node.description) if part)


def merge_path(
    base: Tree,
    addition: Tree,
    *,
    prepared: PreparedFlow | None = None,
    same_problem: bool = False,
) -> Tree:
    """`base` with `addition`'s paths merged in and support counts raised; neither is changed.

    Each path of `addition` weighs as many sessions as its last node's support (one when
    the tree carries no counts), so merging two proposals adds up their evidence. When
    `base` is at hand `prepared` for aligning (a look-up just aligned it), the first path
    is aligned to that rather than preparing the same tree again.

    A path `base` explains too little of (under `FITS`) is only counted: a session that
    joined on its opening words should not grow the tree. With `same_problem` (a
    reviewer, or the fold rule, judged the two proposals one problem), each path is still
    grafted where it surely left the tree: a proposal asking the first question in other
    words, down an answer the other never took, is explained one step in three, and its
    branches were lost.
    """
    return merge_paths(base, explored_paths(addition), prepared=prepared, same_problem=same_problem)


def merge_paths(
    base: Tree,
    paths: Iterable[list[PathStep]],
    *,
    prepared: PreparedFlow | None = None,
    same_problem: bool = False,
) -> Tree:
    """`base` with each path merged in (see `merge_path`); `base` is not changed. The tree
    is prepared for aligning again only when a path changed its words or shape, not when
    it only counted."""
    merged = parse_tree(tree_to_dict(base))
    read = what_aligning_reads(merged)
    for path in paths:
        ready = prepared or prepare_flow(merged)
        weight = path[-1].node.support or 1
        merged = _merge_one(merged, path, weight=weight, prepared=ready, same_problem=same_problem)
        now = what_aligning_reads(merged)
        prepared, read = (ready if now == read else None), now
    return merged


def remine(paths: Sequence[Tree], same_problem: Sequence[Tree] = ()) -> Tree:
    """One tree grown from sessions' paths all at once: the longest first (the most nodes;
    of equals, by their words), each next merged in (`merge_path`), so a proposal's tree
    does not depend on the order its sessions came in. Merged in arrival order, the first
    session's path was the trunk however little of the problem it walked, and a later
    session asking one of its questions in other words was bent onto it; grown from the
    longest, the trunk is the fullest walk (README, session 18). Then each tree of a
    proposal judged the same problem (folded or merged in, with its support counts) is
    merged in as such (`merge_path`'s `same_problem`). Needs a path or a tree."""
    ordered = sorted(paths, key=_longest_first)
    if ordered:
        tree = mark_support(ordered[0])
        tree = merge_paths(tree, [path for other in ordered[1:] for path in explored_paths(other)])
    else:
        tree, *same_problem = same_problem
    for other in same_problem:
        tree = merge_path(tree, other, same_problem=True)
    return tree


def _longest_first(tree: Tree) -> tuple[int, str]:
    return -count_nodes(tree), json.dumps(tree_to_dict(tree), sort_keys=True)


def _merge_one(
    merged: Tree,
    path: list[PathStep],
    *,
    weight: int,
    prepared: PreparedFlow,
    same_problem: bool = False,
) -> Tree:
    alignment = align_prepared(prepared, read_trail(path_session(path)), reading=PROPOSAL)
    index = node_index(merged)
    _support(index, alignment, weight)
    fits = alignment.score >= FITS
    if fits:
        _remember_phrasings(index, path, alignment)
        _vote_labels(index, path, alignment, weight)
    if fits and _starts_above(alignment, merged):
        return _prepend(merged, path, alignment, weight)
    if (fits or same_problem) and alignment.divergence_node_id is not None:
        _graft_at(merged, index, path, alignment, weight)
    if merged.id not in alignment.visited:
        merged.support = (merged.support or 0) + weight
    return merged


def _support(index: dict[str, Node], alignment: Alignment, weight: int) -> None:
    """Every node and branch the path passed (the ones it implied included) gains `weight`."""
    for node_id in alignment.visited:
        if node_id in index:
            index[node_id].support = (index[node_id].support or 0) + weight
    for node_id, option_id in alignment.branches:
        for option in index[node_id].options if node_id in index else []:
            if option.id == option_id:
                option.support = (option.support or 0) + weight


def _remember_phrasings(index: dict[str, Node], path: list[PathStep], alignment: Alignment) -> None:
    """Keep how this path worded the nodes it matched, so later sessions wording them the
    same way are recognised (only for steps matched on their words, a few per node)."""
    for step, node_id, credit in zip(
        path, alignment.step_nodes, alignment.step_credits, strict=True
    ):
        node = index.get(node_id or "")
        if node is None or (credit or 0.0) < GRAFT_CREDIT:
            continue
        said, known = node_text(step.node), phrasings(node)
        if said and said != node_text(node) and said not in known and len(known) < MAX_PHRASINGS:
            setattr(node, PHRASINGS, [*known, said])


def _vote_labels(
    index: dict[str, Node], path: list[PathStep], alignment: Alignment, weight: int
) -> None:
    """Count how the path labelled each branch it took, and label the branch as most paths
    did: agents offer one answer in several wordings, and the usual one reads best."""
    taken = dict(alignment.branches)
    for step, node_id in zip(path, alignment.step_nodes, strict=True):
        node = index.get(node_id or "")
        if node is None or step.option is None or node_id not in taken:
            continue
        for option in node.options:
            if option.id == taken[node_id or ""]:
                _vote(option, step.option.label, weight)


def _vote(option: Option, label: str, weight: int) -> None:
    """Count the path's wording of the option and label it as most did. The option's own
    label starts with the sessions that took it before this path, and with one vote when
    none did (it was offered, or drafted, in those words): a first taker's other wording
    then ties with it and does not replace it. So the counts may exceed the option's
    support by one; counting exactly (no vote for a label no session took) was measured
    in session 19: mining recall fell on five of the ten sets (unseen 63.8 -> 59.7%) and
    rose on one (blind 59.0 -> 62.8%)."""
    votes = getattr(option, LABEL_VOTES, None)
    counts: dict[str, int] = dict(votes) if isinstance(votes, dict) else {}
    counts.setdefault(option.label, max(1, (option.support or 0) - weight))
    counts[label] = counts.get(label, 0) + weight
    setattr(option, LABEL_VOTES, counts)
    best = max(counts.values())
    if counts[option.label] < best:
        option.label = next(text for text, count in counts.items() if count == best)


def _graft_at(
    merged: Tree, index: dict[str, Node], path: list[PathStep], alignment: Alignment, weight: int
) -> None:
    """Hang the rest of the path, after the step where it left the tree, where it left."""
    node = index.get(alignment.divergence_node_id or "")
    step = alignment.divergence_step
    if node is None or step is None or step + 1 >= len(path):
        return
    if (alignment.step_credits[step] or 0.0) < GRAFT_CREDIT:
        return  # where the path left is not surely this node: count it, change nothing
    rest = path[step + 1 :]
    if node.type == "action" and not node.next_node_id:
        node.next_node_id = _graft(merged, index, rest, weight)
        return
    taken = path[step].option
    answer = (taken.label, offered_value(path[step].node, taken)) if taken else None
    option = _open_option(node, answer or (alignment.divergence_answer, None))
    if option is not None:
        option.next_node_id = _graft(merged, index, rest, weight)
        option.support = option.support or weight  # a new answer was not counted yet


def _open_option(node: Node, answer: tuple[str | None, str | None]) -> Option | None:
    """The unexplored option answering (label, value): one with that label or recorded
    value, made if the node has room; None when the answer already leads somewhere (the
    path left the tree further on) or there is no room."""
    label, value = answer
    if node.type != "decision" or not label:
        return None
    wanted = {normalized(label), normalized(value or label)}
    for option in node.options:
        if wanted & {normalized(option.label), normalized(offered_value(node, option))}:
            return option if not option.next_node_id else None
    named = f"{node.id}_{value}" if value and value != label else f"{node.id}-o"
    if len(node.options) >= MAX_OPTIONS:
        return _reword(node, label, named)
    added = Option(id=_fresh(named, {o.id for o in node.options}), label=label)
    node.options.append(added)
    return added


def _reword(node: Node, label: str, named: str) -> Option | None:
    """A full node's option that only was offered, never taken, given to a taken answer:
    the one saying most of its words (the later of equals), None when every one was taken.
    Agents offer a question's answers in words of their own ("Defender scan" where the
    first session offered "Antimalware Service Executable"), and an answer taken is
    evidence where one offered is not."""
    idle = [o for o in node.options if not o.next_node_id]
    if not idle:
        return None
    said = set(content_words(label))
    chosen = max(reversed(idle), key=lambda o: len(said & set(content_words(o.label))))
    chosen.id = _fresh(named, {o.id for o in node.options if o is not chosen})
    chosen.label = label
    return chosen


def _graft(merged: Tree, index: dict[str, Node], rest: list[PathStep], weight: int) -> str:
    """Copy the path's nodes into `merged` as a chain with fresh ids, up to a node `merged`
    already holds (the same id and words: the path came back to it), which the chain then
    leads to; returns the first id."""
    back = next((n for n, step in enumerate(rest) if _held(index, step.node)), len(rest))
    if back == 0:
        return rest[0].node.id
    chain = rest[:back]
    copies = [_copy(step, _fresh(step.node.id, index), weight) for step in chain]
    for copy in copies:
        index[copy.id] = copy
    end = rest[back].node.id if back < len(rest) else None
    onward: list[str | None] = [copy.id for copy in copies[1:]]
    for step, copy, after in zip(chain, copies, [*onward, end], strict=True):
        _link(step, copy, after, weight)
        merged.children.append(copy)
    return copies[0].id


def _held(index: dict[str, Node], node: Node) -> bool:
    """Whether the tree holds this very node: the same id, kind and words."""
    held = index.get(node.id)
    return held is not None and held.type == node.type and node_text(held) == node_text(node)


def _copy(step: PathStep, node_id: str, weight: int) -> Node:
    """The path's node under a new id, unlinked; its options keep their values in their ids."""
    copy = Node.model_validate(step.node.model_dump())
    copy.id, copy.support, copy.next_node_id = node_id, weight, None
    for option, original in zip(copy.options, step.node.options, strict=True):
        option.next_node_id, option.support = None, None
        value = offered_value(step.node, original)
        if value != original.label:
            option.id = f"{node_id}_{value}"
    return copy


def _link(step: PathStep, copy: Node, next_id: str | None, weight: int) -> None:
    """Point the copy on to the next copy: through the option taken, or as an action."""
    if next_id is None:
        return
    if copy.type == "action":
        copy.next_node_id = next_id
        return
    for option, original in zip(copy.options, step.node.options, strict=True):
        if step.option is not None and original.id == step.option.id:
            option.next_node_id, option.support = next_id, weight


def _starts_above(alignment: Alignment, merged: Tree) -> bool:
    """Whether the path's first steps are not in the tree and the next one is its root."""
    mapped = [n for n, node_id in enumerate(alignment.step_nodes) if node_id is not None]
    first = mapped[0] if mapped else 0
    sure = (alignment.step_credits[first] or 0.0) >= SURE_CREDIT
    at_root = alignment.step_nodes[first] == merged.id and not alignment.opening_nodes
    return first > 0 and at_root and sure


def _prepend(merged: Tree, path: list[PathStep], alignment: Alignment, weight: int) -> Tree:
    """A new tree whose top is the path's steps before the old root, leading on to it."""
    first = next(n for n, node_id in enumerate(alignment.step_nodes) if node_id is not None)
    top = path[:first]
    if top[-1].node.type == "solution" or (top[-1].node.type == "decision" and not top[-1].option):
        return merged
    old = tree_to_dict(merged)
    index = node_index(merged)
    copies = [_copy(step, _fresh(step.node.id, index), weight) for step in top]
    for copy in copies:
        index[copy.id] = copy
    for step, copy, after in zip(top, copies, [*copies[1:], None], strict=True):
        _link(step, copy, after.id if after else merged.id, weight)
    head, *rest = [c.model_dump(mode="json", exclude_none=True) for c in copies]
    old_root = {key: value for key, value in old.items() if key != "children"}
    return parse_tree({**head, "children": [*rest, old_root, *old.get("children", [])]})


def _fresh(wanted: str, taken: set[str] | dict[str, Node]) -> str:
    if wanted not in taken:
        return wanted
    n = 2
    while f"{wanted}-{n}" in taken:
        n += 1
    return f"{wanted}-{n}"


def same_first_question(one: Tree, other: Tree) -> bool:
    """Whether both trees start with one question: each root is, of the other tree's nodes,
    the one most like it, and surely so (as strictly as a flow's node is known); or, asked
    in words too unlike to tell ("Can you get into the laptop?", "Does the Windows login
    work?"), the questions right after both roots are one question in that sense, and
    neither root is surely a question the other tree asks further down."""
    if _same_offer(one, other):
        return True
    first, second = prepare_flow(one), prepare_flow(other)
    ours, theirs = likest(one, second), likest(other, first)
    if ours is not None or theirs is not None:
        return ours == other.id and theirs == one.id
    below = {node.id: likest(node, second) for node in _after_root(one)}
    return any(below.get(likest(node, first) or "") == node.id for node in _after_root(other))


def offer_the_same(one: Node, other: Node) -> bool:
    """Whether two proposals' first questions offer the same answers as surely as to be one
    problem whatever their openings tell: `_same_offer` with three labels at least. Another
    problem of the domain may share an answer or two ("Through the dock", "Directly to the
    laptop" for a monitor and for a keyboard); folded on two, sessions of a keyboard problem
    sat in the monitor's proposal."""
    return _same_offer(one, other, SURE_LABELS)


def _same_offer(one: Node, other: Node, least: int = SAME_LABELS) -> bool:
    """Whether two questions offer the same answers: more than half of the fewer worded
    option labels, `least` at least, word for word (agents reword a question more than the
    labels they offer for its answers); or just half, when every shared label says two
    words or more. A proposal's question gathers the labels each of its sessions offered,
    so "Asks to format" and "Nothing happens" are half of four labels where another
    proposal of the same problem offered them; "Not sure" says too little to count so."""
    ours, theirs = _worded_labels(one), _worded_labels(other)
    both = ours & theirs
    shared, fewer = len(both), min(len(ours), len(theirs))
    if shared < least:
        return False
    specific = all(len(content_words(label)) >= 2 for label in both)
    return 2 * shared > fewer or (2 * shared == fewer and specific)


def _worded_labels(node: Node) -> set[str]:
    """A question's option labels that say something (not a bare yes or no), normalised."""
    labels = {normalized(option.label) for option in node.options}
    return {label for label in labels if content_words(label)}


def _after_root(tree: Tree) -> list[Node]:
    """The decisions a tree's root leads to by its explored options."""
    index = node_index(tree)
    found = [index.get(option.next_node_id or "") for option in tree.options]
    return [node for node in found if node is not None and node.type == "decision"]


def likest(asked: Node, flow: PreparedFlow) -> str | None:
    """The id of the node of a prepared tree most like a node asked as a step, when surely so
    (None otherwise)."""
    step = read_trail(path_session([PathStep(asked, None)])).steps[0]
    sims = flow.step_similarities(step)
    best = max(range(len(sims)), key=sims.__getitem__)
    return flow.ids[best] if FLOW.sure([sims[best]])[0] else None
