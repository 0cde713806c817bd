"""The metrics: pure functions of plain data (shares, recalls, nodes matched by text, the
ideal proposal, sessions astray), so tests can check their arithmetic by hand."""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Iterable, Mapping, Sequence
from itertools import pairwise
from typing import Any

from flywheel.matching import (
    PHRASINGS,
    PROPOSAL,
    Alignment,
    PreparedFlow,
    Trail,
    align_prepared,
    content_words,
    cosine,
    idf_weights,
    node_text,
    normalized,
    phrasings,
    prepare_flow,
    read_trail,
    tfidf,
)
from flywheel.mining import MAX_PHRASINGS
from flywheel.transcript import SessionView
from flywheel.trees import Node, Option, Tree, node_index, parse_tree, tree_to_dict, walk

SAME_NODE = 0.3  # text similarity at which a drafted node counts as a flow's node
SAME_PLACE = 0.2  # ...when it is where that node is: reached from its parent's match


def share(flags: Iterable[bool]) -> float:
    """The share of true flags (0 for none)."""
    values = list(flags)
    return sum(values) / len(values) if values else 0.0


def mean(values: Iterable[float]) -> float:
    """The mean (0 for none)."""
    found = list(values)
    return sum(found) / len(found) if found else 0.0


def decision_nodes(tree: Tree) -> set[str]:
    """The ids of the decision nodes reachable from the root."""
    return {node.id for node in walk(tree) if node.type == "decision"}


def path_recall(visited: Iterable[str], path: Sequence[str], decisions: set[str]) -> float:
    """The share of the labelled path's decision nodes among the nodes visited (1 if none)."""
    wanted = [node for node in dict.fromkeys(path) if node in decisions]
    seen = set(visited)
    return sum(node in seen for node in wanted) / len(wanted) if wanted else 1.0


def original_rule_reinforces(session: dict[str, Any]) -> bool:
    """The original routing: a matched session reinforces only if no step was free text."""
    return not any(step.get("was_free_text") for step in session.get("steps") or [])


class NodeMatcher:
    """Finds which node of a reference tree another node is, by the words they say: its
    text, any other wording sessions gave it when it was merged, and for a question the
    answers it offers (an agent rewords a question more than the answers it names: "is it
    when the laptop sleeps?" and "does it drop when the lid is closed?" are one question
    by their answers). In a whole tree, a node is also known by its place (`places`)."""

    def __init__(self, tree: Tree) -> None:
        nodes = walk(tree)
        self.index = node_index(tree)
        words = [_said(node) for node in nodes]
        self.idf = idf_weights(words)
        self.unknown = max(self.idf.values(), default=1.0)
        self.nodes = [
            (n.id, n.type == "decision", tfidf(w, self.idf, self.unknown))
            for n, w in zip(nodes, words, strict=True)
        ]

    def find(
        self, node: Node, among: set[str] | None = None, least: float = SAME_NODE
    ) -> str | None:
        """The reference node of the same sort (a question, or not) saying most nearly the
        same, if at least `least` alike (of `among` only, when given)."""
        vector = tfidf(_said(node), self.idf, self.unknown)
        asks = node.type == "decision"
        scored = (
            (cosine(vector, v), i)
            for i, decision, v in self.nodes
            if decision == asks and (among is None or i in among)
        )
        best = max(scored, default=(0.0, None))
        return best[1] if best[0] >= least else None

    def places(self, proposal: Tree, *, placed: bool = True) -> dict[str, str | None]:
        """Each proposal node's reference node, by its words and its place: reached from
        a node known as R, by an answer (or an action's next step), it is the node R leads
        to (by the answer so labelled, if one is) that it says most nearly, at least
        SAME_PLACE alike; else, and for the root, the node its words say (`find`). So a
        reviewer reads two trees side by side: "Did the sync work?" right after "Sync the
        clock" is "Did the time sync succeed?", though alone its words are too few to
        tell, and "is the time zone the right one?" after "an hour or more out" is the
        time-zone question asked there, not the one about setting the zone automatically.
        Checked on the flow in its sessions' words, whose nodes keep the flow's ids
        (`known_nodes`): more nodes known rightly, fewer wrongly, than by words alone
        (README, session 17). Not `placed`: by words alone."""
        index = node_index(proposal)
        same = {node.id: self.find(node) for node in walk(proposal)}
        placed_ids: set[str] = set()
        for node in walk(proposal) if placed else []:
            here = same.get(node.id)
            if here is None:
                continue
            for option, target in _onward(node):
                if target in index and target not in placed_ids:
                    placed_ids.add(target)
                    among = self._after(here, option)
                    same[target] = self.find(index[target], among, SAME_PLACE) or same[target]
        return same

    def _after(self, reference: str, option: Option | None) -> set[str]:
        """The reference nodes `reference` leads to: by the option labelled like `option`
        when one is, else by any."""
        node = self.index[reference]
        if node.type != "decision":
            return {node.next_node_id} if node.next_node_id else set()
        ways = {o.next_node_id for o in node.options if o.next_node_id}
        if option is None:
            return ways
        named = {
            o.next_node_id
            for o in node.options
            if o.next_node_id and normalized(o.label) == normalized(option.label)
        }
        return named or ways


def known_nodes(ideal: Tree, matcher: NodeMatcher, *, placed: bool = True) -> Counter[str]:
    """How the ruler knows the nodes of a tree whose ids are the truth (the flow in its
    sessions' words, `ideal_proposal`): of the worded nodes, how many it knows "right",
    knows "wrong" (as another node) and leaves "unknown"."""
    found = matcher.places(ideal, placed=placed)
    tally: Counter[str] = Counter()
    for node in walk(ideal):
        if node_text(node):
            known = found.get(node.id)
            tally["unknown" if known is None else "right" if known == node.id else "wrong"] += 1
    return tally


def _onward(node: Node) -> list[tuple[Option | None, str]]:
    """Where a node leads: (option, target) for a question's explored options, (None,
    next) for an action."""
    if node.type == "decision":
        return [(o, o.next_node_id) for o in node.options if o.next_node_id]
    return [(None, node.next_node_id)] if node.next_node_id else []


def _said(node: Node) -> list[str]:
    """A node's words for `NodeMatcher`: its text, other wordings, a question's answers."""
    answers = [option.label for option in node.options] if node.type == "decision" else []
    return content_words(" ".join([node_text(node), *phrasings(node), *answers]))


def node_recall(
    wanted: set[str],
    drafted: Iterable[tuple[Tree, Iterable[str]]],
    matcher: NodeMatcher,
    *,
    placed: bool = True,
) -> float:
    """The share of `wanted` reference nodes that some drafted node is: of each proposal's
    tree (the flow with its branch), the nodes it drafted (their ids), known by their words
    and place (`NodeMatcher.places`; not `placed`, by their words alone)."""
    found: set[str | None] = set()
    for tree, ids in drafted:
        known = matcher.places(tree, placed=placed)
        found |= {known.get(node_id) for node_id in ids}
    return len(wanted & found) / len(wanted) if wanted else 1.0


Branch = tuple[str, str, str]  # decision node, option label, the node it leads to


def traversed_branches(tree: Tree, paths: Iterable[Sequence[str]]) -> set[Branch]:
    """Every (node, option label, next node) step the labelled paths took at a decision."""
    index = node_index(tree)
    found: set[Branch] = set()
    for path in paths:
        for here, there in pairwise(path):
            node = index.get(here)
            for option in node.options if node else []:
                if option.next_node_id == there:
                    found.add((here, normalized(option.label), there))
    return found


def branch_recall(
    proposal: Tree,
    branches: set[Branch],
    matcher: NodeMatcher,
    *,
    labelled: bool = False,
    placed: bool = True,
) -> float:
    """The share of `branches` the proposal has: a node matching the decision with an
    explored option that leads (past nodes matching nothing) to the node matching the
    branch's next node. Whatever the option's label: a proposal knows only the agents'
    wording of an answer, and the way on from that question to that next node is the
    branch. Nodes are known by their words and place (`NodeMatcher.places`); not
    `placed`, by their words alone. `labelled`: the option's label must also be the
    flow's, word for word. (Both stricter readings are kept for comparison.)"""
    if not branches:
        return 1.0
    index = node_index(proposal)
    same = matcher.places(proposal, placed=placed)
    found = sum(_has_branch(index, same, branch, labelled) for branch in branches)
    return found / len(branches)


def _has_branch(
    index: dict[str, Node], same: Mapping[str, str | None], branch: Branch, labelled: bool
) -> bool:
    here, label, there = branch
    for node_id, reference in same.items():
        if reference != here:
            continue
        for option in index[node_id].options:
            named = not labelled or normalized(option.label) == label
            if named and _reaches(index, same, option.next_node_id, there):
                return True
    return False


def _reaches(
    index: dict[str, Node], same: Mapping[str, str | None], start: str | None, wanted: str
) -> bool:
    """Whether `wanted` is at `start` or below it through nodes that match no flow node."""
    queue, seen = deque([start]), set()
    while queue:
        node_id = queue.popleft()
        if node_id is None or node_id in seen or node_id not in index:
            continue
        seen.add(node_id)
        if same.get(node_id) == wanted:
            return True
        if same.get(node_id) is None:
            node = index[node_id]
            queue.extend([o.next_node_id for o in node.options] + [node.next_node_id])
    return False


def ideal_proposal(tree: Tree, walked: Iterable[tuple[SessionView, Sequence[str]]]) -> Tree:
    """The proposal these sessions (each with its labelled path) would grow if mining put
    every step where the flow has it: the flow's own structure, every node worded as the
    sessions worded it (the first wording its text, the next ones, as many as mining keeps,
    its other phrasings) and every option taken labelled as most sessions labelled it; what
    no session said has no words. A step is the node it aligns to on the whole flow, when
    that node is on its labelled path. A proposal holds only what agents said: this tree's
    branch recall shows how much of a mined proposal's shortfall is the words rather than
    the mining."""
    ideal, flow = parse_tree(tree_to_dict(tree)), prepare_flow(tree)
    said: dict[str, list[str]] = {}
    labels: dict[tuple[str, str], Counter[str]] = {}
    for view, path in walked:
        alignment, on_path = _on_path(flow, read_trail(view), path)
        taken = dict(alignment.branches)
        for step, node_id in zip(view.steps, on_path, strict=True):
            if node_id is None or not step.text:
                continue
            wordings = said.setdefault(node_id, [])
            if step.text not in wordings:
                wordings.append(step.text)
            if node_id in taken and step.selected:
                offered = {option.value: option.label for option in step.options}
                votes = labels.setdefault((node_id, taken[node_id]), Counter())
                votes[offered.get(step.selected, step.selected)] += 1
    for node in walk(ideal):
        _word_as_said(node, said.get(node.id, []))
        for option in node.options:
            named = labels.get((node.id, option.id))
            option.label = named.most_common(1)[0][0] if named else ""
    return ideal


def _on_path(
    flow: PreparedFlow, trail: Trail, path: Sequence[str]
) -> tuple[Alignment, list[str | None]]:
    """The session aligned to the whole flow, and each step's node there when that node is
    on the session's labelled path (None otherwise): where the step truly stands."""
    alignment, on = align_prepared(flow, trail), set(path)
    return alignment, [node if node in on else None for node in alignment.step_nodes]


def branch_recall_by_steps(
    proposal: Tree,
    branches: set[Branch],
    flow: Tree,
    walked: Iterable[tuple[SessionView, Sequence[str]]],
) -> float:
    """The share of `branches` the proposal holds where its own sessions' steps stand,
    whatever its words say. Each of its sessions (with its labelled path) is aligned to
    the proposal as merging aligns one, and to the flow as `ideal_proposal` reads it; a
    proposal node is the flow node most of the steps aligned to it stand at (of equals,
    the first met). So this reads the tree's shape alone: against `branch_recall`, it
    tells how much of a shortfall is a branch the tree lacks and how much a node the
    ruler cannot tell by its words (README, session 18)."""
    if not branches:
        return 1.0
    ours, theirs = prepare_flow(proposal), prepare_flow(flow)
    votes: dict[str, Counter[str]] = {}
    for view, path in walked:
        trail = read_trail(view)
        _, truth = _on_path(theirs, trail, path)
        placed = align_prepared(ours, trail, reading=PROPOSAL).step_nodes
        for true, node_id in zip(truth, placed, strict=True):
            if true is not None and node_id is not None:
                votes.setdefault(node_id, Counter())[true] += 1
    same = {node_id: count.most_common(1)[0][0] for node_id, count in votes.items()}
    index = node_index(proposal)
    return share(_has_branch(index, same, branch, False) for branch in branches)


def _word_as_said(node: Node, wordings: list[str]) -> None:
    first, *others = wordings or [""]
    if node.type == "decision":
        node.question = first
    else:
        node.title, node.description = first, None
    setattr(node, PHRASINGS, others[:MAX_PHRASINGS])


def astray(
    ends: Iterable[tuple[int | None, str, str]],
) -> list[tuple[int | None, str, str, str]]:
    """Of (proposal, flow, session) triples, the sessions sitting in a proposal beside more
    sessions of another flow (each proposal's sessions but those of its most frequent flow;
    of equals, the first met), each with that flow."""
    ends = list(ends)
    flows: dict[int | None, Counter[str]] = {}
    for proposal, flow, _ in ends:
        flows.setdefault(proposal, Counter())[flow] += 1
    main = {proposal: counts.most_common(1)[0][0] for proposal, counts in flows.items()}
    return [(p, flow, s, main[p]) for p, flow, s in ends if flow != main[p]]
