"""Prepared flows: a tree's nodes, words, vectors and branches as the aligner reads them,
cached by key, with the node similarities of texts remembered."""

from __future__ import annotations

import math
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field

from flywheel.matching.costs import NONE, REJOIN, SIDEWAYS
from flywheel.matching.trail import TrailStep
from flywheel.matching.words import (
    Frequencies,
    LabelWords,
    Vector,
    _counts,
    _worded,
    content_words,
    idf_weights,
    label_words,
    negated,
    normalized,
    option_words,
    tfidf,
    weighted,
)
from flywheel.trees import Node, Option, Tree, all_nodes

CACHE_SIZE = 512
PHRASINGS = "phrasings"  # extra node key: other wordings of the node seen in sessions


@dataclass(frozen=True)
class _Option:
    id: str
    key: str  # the id, normalised, for matching answers
    label: str  # normalised, for matching answers
    target: int | None
    text: str = ""  # as written, for showing
    value: str = ""  # the id without its node's id in front (`<node>_<value>`), normalised
    names: frozenset[str] = frozenset()  # what names it exactly: key, value and label
    words: frozenset[str] = frozenset()  # the label's content words, for reworded answers
    says_no: bool = False  # whether the label says no (`negated`)


@dataclass(frozen=True)
class PreparedFlow:
    """A flow's tree as the aligner reads it: nodes in topological order, vectors, branches."""

    key: Hashable
    domain: str | None
    ids: tuple[str, ...]
    kinds: tuple[str, ...]
    options: tuple[tuple[_Option, ...], ...]
    next: tuple[int | None, ...]
    exits: tuple[tuple[tuple[int, int], ...], ...]
    postings: dict[str, list[tuple[int, float]]]
    idf: dict[str, float]
    unknown: float
    profile: dict[str, float]
    option_postings: dict[str, list[tuple[int, float]]]
    option_idf: dict[str, float]
    offers: tuple[bool | None, ...]  # per node: labels with content words? (None: no decision)
    labels: tuple[tuple[LabelWords, ...], ...]  # per node: its options' `label_words`
    decisions: tuple[int, ...]  # the decision nodes, in order
    unexplored: tuple[tuple[int, ...], ...]  # per node: its options that lead nowhere yet
    through: dict[tuple[int, int], frozenset[int]] = field(
        default_factory=dict, compare=False, repr=False
    )  # `only_through`, remembered
    returns: dict[int, tuple[tuple[int, float], ...]] = field(
        default_factory=dict, compare=False, repr=False
    )  # `comebacks`, remembered
    downs: dict[tuple[int, int], frozenset[int]] = field(
        default_factory=dict, compare=False, repr=False
    )  # `below`, remembered

    def ways_on(self, node: int, option: int) -> set[int]:
        """Where a node leads by one way on (an option, or NONE: an action's next)."""
        return {target for way, target in self.exits[node] if way == option}

    def only_through(self, node: int, option: int) -> frozenset[int]:
        """The nodes reached from a node by this way on and by no other (once per pair)."""
        found = self.through.get((node, option))
        if found is None:
            others = {t for way, t in self.exits[node] if way != option}
            found = frozenset(self.reach(self.ways_on(node, option)) - self.reach(others))
            self.through[(node, option)] = found
        return found

    def below(self, node: int, option: int) -> frozenset[int]:
        """The nodes reached from a node by one way on (once per pair)."""
        found = self.downs.get((node, option))
        if found is None:
            found = frozenset(self.reach(self.ways_on(node, option)))
            self.downs[(node, option)] = found
        return found

    def aside(self, node: int) -> tuple[int, ...]:
        """Every node but `node` and those above it, in order. The nodes are in topological
        order, so all those above it come before it."""
        above = {n for n in range(node) if node in self.reach(t for _, t in self.exits[n])}
        return tuple(n for n in range(len(self.ids)) if n != node and n not in above)

    def comebacks(self, node: int) -> tuple[tuple[int, float], ...]:
        """Where a walk that left the flow at `node` may come back, and at what cost: below
        it (`REJOIN`) or beside it (`SIDEWAYS`), never at it or above it (once per node)."""
        found = self.returns.get(node)
        if found is None:
            below = self.reach(t for _, t in self.exits[node])
            found = tuple((n, REJOIN if n in below else SIDEWAYS) for n in self.aside(node))
            self.returns[node] = found
        return found

    def reach(self, starts: Iterable[int]) -> set[int]:
        """The nodes reached from `starts`, themselves included."""
        seen: set[int] = set()
        stack = list(starts)
        while stack:
            node = stack.pop()
            if node not in seen:
                seen.add(node)
                stack.extend(target for _, target in self.exits[node])
        return seen

    def similarities(self, vector: Vector) -> list[float]:
        """Cosine of `vector` with every node's vector, through the word postings."""
        return self._through(vector, self.postings)

    def vector(self, words: Sequence[str], *, known_only: bool = False) -> Vector:
        """A text's vector in this flow's word weights: words it never uses weigh most, or
        nothing with `known_only` (see `Reading.opening_in_flow_words`)."""
        return tfidf(words, self.idf, 0.0 if known_only else self.unknown)

    def step_similarities(self, step: TrailStep) -> list[float]:
        """How alike a step is to every node: the better of what it asks (`asked`) and what
        was typed. Words typed to a plain yes/no offer are doubted at a decision offering
        worded options, as the question is (halved): they answer a yes/no question ("shows
        connected"), and are no reading of "where is the user connected from?"."""
        asked = self.asked(step)
        typed = self._similarities_of(step.typed_frequencies, OF_TEXT)
        if typed is not None and step.worded is False:
            typed = [b / 2 if offers else b for b, offers in zip(typed, self.offers, strict=True)]
        if asked is None or typed is None:
            return asked or typed or [0.0] * len(self.ids)
        return [a if a >= b else b for a, b in zip(asked, typed, strict=True)]

    def asked(self, step: TrailStep) -> list[float] | None:
        """How alike what a step asks is to every node (None: it says nothing).

        A step that offered options asks its question and its options: two halves of one
        text, compared with a decision's question and options (`option_words`). The
        similarity is the mean of the two halves': a reworded question is still known by
        options only its node offers, and a like question offering other options is doubted
        (options whose labels have content words on one side only are other options).
        When neither side's labels have content words (a plain yes/no) or the node is no
        decision, the question alone speaks; so it does for a step that offered nothing.
        """
        if step.worded is None:
            return self._similarities_of(step.content_frequencies, OF_TEXT)
        both = (step.content_frequencies, step.offered_frequencies, step.worded)
        return self._remembered(OF_ASKED, both, lambda: self._with_options(*both))

    def _with_options(
        self, question: Frequencies, offered: Frequencies, worded: bool
    ) -> list[float]:
        """The mean of a question's and its offered options' similarities (see `asked`)."""
        blank = [0.0] * len(self.ids)
        text = self._similarities_of(question, OF_TEXT) or blank
        options = self._similarities_of(offered, OF_OPTIONS) or blank
        return [
            q if offers is None or not (offers or worded) else (q + o) / 2
            for q, o, offers in zip(text, options, self.offers, strict=True)
        ]

    def offered(self, step: TrailStep) -> list[float]:
        """How alike the options a step offered (with words) are to each decision's."""
        found = None
        if step.worded:
            found = self._similarities_of(step.offered_frequencies, OF_OPTIONS)
        return found or [0.0] * len(self.ids)

    def option_similarities(self, vector: Vector) -> list[float]:
        """Cosine of an offered-options vector with every decision's options vector."""
        return self._through(vector, self.option_postings)

    def _through(self, vector: Vector, postings: dict[str, list[tuple[int, float]]]) -> list[float]:
        """Per node, the dot product of `vector` with its vector, read off `postings`."""
        scores = [0.0] * len(self.ids)
        for word, weight in vector.items():
            for index, value in postings.get(word, ()):
                scores[index] += weight * value
        return scores

    def _similarities_of(self, tf: Frequencies, channel: str) -> list[float] | None:
        """The node similarities of a text given by its term frequencies (None: no words),
        against the nodes' own words (OF_TEXT) or their options' (OF_OPTIONS)."""
        if not tf:
            return None
        if channel == OF_OPTIONS:
            return self._remembered(
                channel, tf, lambda: self.option_similarities(self._weighted(tf, self.option_idf))
            )
        return self._remembered(
            channel, tf, lambda: self.similarities(self._weighted(tf, self.idf))
        )

    def _weighted(self, tf: Frequencies, idf: dict[str, float]) -> Vector:
        return weighted(tf, idf, self.unknown)

    def _remembered(
        self, channel: str, text: Hashable, compute: Callable[[], list[float]]
    ) -> list[float]:
        """Node similarities computed once per text for a flow with a key.

        A flow's own questions recur in every session that follows it, so those of a flow
        with a key are remembered (the lists are shared: read them, never change them).
        """
        if self.key is None:
            return compute()
        found = _recalled((self.key, channel, text))
        if found is None:
            found = compute()
            _recall((self.key, channel, text), found)
        return found


OF_TEXT = "text"  # a text compared with what the nodes say
OF_OPTIONS = "options"  # offered options compared with the decisions' options
OF_ASKED = "asked"  # a question and its offered options, compared with both (`asked`)


_CACHE: OrderedDict[Hashable, PreparedFlow] = OrderedDict()
_LOCK = threading.Lock()  # the caches are shared by the threads of a worker
_SimilarityKey = tuple[Hashable, str, Hashable]  # flow key, channel, text
_SIMILARITIES: OrderedDict[_SimilarityKey, list[float]] = OrderedDict()
SIMILARITY_CACHE_SIZE = 8192  # texts whose node similarities are remembered, all flows together


def _recalled(key: _SimilarityKey) -> list[float] | None:
    """The remembered node similarities of a flow's key and a text, if any."""
    with _LOCK:
        found = _SIMILARITIES.get(key)
        if found is not None:
            _SIMILARITIES.move_to_end(key)
        return found


def _recall(key: _SimilarityKey, sims: list[float]) -> None:
    """Remember node similarities, forgetting the least recently used past the cache size."""
    with _LOCK:
        _SIMILARITIES[key] = sims
        while len(_SIMILARITIES) > SIMILARITY_CACHE_SIZE:
            _SIMILARITIES.popitem(last=False)


def prepare_flow(
    tree: Tree,
    *,
    key: Hashable = None,
    name: str | None = None,
    description: str | None = None,
    keywords: Iterable[str] = (),
    domain: str | None = None,
) -> PreparedFlow:
    """The prepared form of a flow, from the cache when `key` (id and version) was seen."""
    found = prepared(key) if key is not None else None
    if found is not None:
        return found
    made = _prepare(tree, key, name, description, list(keywords), domain)
    if key is not None:
        _remember(made)
    return made


def prepared(key: Hashable) -> PreparedFlow | None:
    """The prepared flow cached under `key`, if it still is (see `prepare_flow`)."""
    with _LOCK:
        found = _CACHE.get(key)
        if found is not None:
            _CACHE.move_to_end(key)
        return found


def _remember(flow: PreparedFlow) -> None:
    with _LOCK:
        _CACHE[flow.key] = flow
        _CACHE.move_to_end(flow.key)
        while len(_CACHE) > CACHE_SIZE:
            _CACHE.popitem(last=False)


def node_text(node: Node) -> str:
    """What a node says: a decision's question, else its title and description."""
    if node.type == "decision":
        return node.question or node.title or ""
    return " ".join(part for part in (node.title, node.description) if part)


def phrasings(node: Node) -> list[str]:
    """Other ways sessions said this node (kept on proposal nodes as sessions merge)."""
    found = (node.model_extra or {}).get(PHRASINGS)
    return [text for text in found if isinstance(text, str)] if isinstance(found, list) else []


def what_aligning_reads(tree: Tree) -> list[tuple[object, ...]]:
    """What preparing a tree for aligning reads of it (`_prepare`): each node's kind,
    words, other wordings and ways on, in order. Trees alike in this align alike, so a
    tree prepared once serves while only its support counts change."""
    return [
        (
            node.id,
            node.type,
            node.title,
            node_text(node),
            tuple(phrasings(node)),
            node.next_node_id,
            tuple((o.id, o.label, o.next_node_id) for o in node.options),
        )
        for node in [tree, *tree.children]
    ]


def _node_words(node: Node) -> list[str]:
    title = node.title if node.type == "decision" else ""
    return content_words(" ".join([node_text(node), title or "", *phrasings(node)]))


def _prepare(
    tree: Tree,
    key: Hashable,
    name: str | None,
    description: str | None,
    keywords: list[str],
    domain: str | None,
) -> PreparedFlow:
    """Words, branches and word postings of a tree's reachable nodes, and its profile."""
    nodes = _topological(tree)
    position = {node.id: n for n, node in enumerate(nodes)}
    words = [_node_words(node) for node in nodes]
    options = tuple(_options(node, position) for node in nodes)
    following = tuple(position.get(node.next_node_id or "") for node in nodes)
    idf = idf_weights(words)
    unknown = math.log(len(nodes) + 1) + 1.0  # a word the flow never uses weighs as its rarest
    postings = _postings([tfidf(w, idf, unknown) for w in words])
    offered = [option_words((o.label, o.value) for o in node_options) for node_options in options]
    decisions = [w for w, node in zip(offered, nodes, strict=True) if node.type == "decision"]
    option_idf = idf_weights(decisions, floor=0.0)
    profile_words = content_words(" ".join([name or "", description or "", *keywords]))
    return PreparedFlow(
        key=key,
        domain=normalized(domain) or None,
        ids=tuple(node.id for node in nodes),
        kinds=tuple(node.type for node in nodes),
        options=options,
        next=following,
        exits=tuple(
            _exits(node.type, o, n) for node, o, n in zip(nodes, options, following, strict=True)
        ),
        postings=postings,
        idf=idf,
        unknown=unknown,
        profile=_counts([*profile_words, *profile_words, *(w for ws in words for w in ws)]),
        option_postings=_postings([tfidf(w, option_idf, unknown) for w in offered]),
        option_idf=option_idf,
        offers=tuple(
            _worded([o.text for o in node_options], option_idf) if node.type == "decision" else None
            for node_options, node in zip(options, nodes, strict=True)
        ),
        labels=tuple(tuple(label_words(o.text) for o in node_options) for node_options in options),
        decisions=tuple(n for n, node in enumerate(nodes) if node.type == "decision"),
        unexplored=tuple(
            tuple(k for k, o in enumerate(node_options) if o.target is None)
            for node_options in options
        ),
    )


def _postings(vectors: Sequence[Vector]) -> dict[str, list[tuple[int, float]]]:
    """For each word, the (index, weight) of the vectors using it."""
    postings: dict[str, list[tuple[int, float]]] = {}
    for index, vector in enumerate(vectors):
        for word, weight in vector.items():
            postings.setdefault(word, []).append((index, weight))
    return postings


def _options(node: Node, position: dict[str, int]) -> tuple[_Option, ...]:
    if node.type != "decision":
        return ()
    return tuple(_option(option, node.id, position) for option in node.options)


def _option(option: Option, node_id: str, position: dict[str, int]) -> _Option:
    key, label = normalized(option.id), normalized(option.label)
    value = normalized(_value(option.id, node_id))
    return _Option(
        id=option.id,
        key=key,
        label=label,
        target=position.get(option.next_node_id or ""),
        text=option.label,
        value=value,
        names=frozenset({key, value, label}),
        words=frozenset(content_words(option.label)),
        says_no=negated(option.label),
    )


_SEPARATORS = "_-.:/"


def _value(option_id: str, node_id: str) -> str:
    """An option's id without its node's id in front: an option named `<node>_<value>` is
    offered and recorded in sessions by its value alone."""
    head, rest = option_id[: len(node_id)], option_id[len(node_id) :]
    if head == node_id and len(rest) > 1 and rest[0] in _SEPARATORS:
        return rest[1:]
    return option_id


def _exits(
    kind: str, options: tuple[_Option, ...], following: int | None
) -> tuple[tuple[int, int], ...]:
    """(option, target) of every way on from a node without a step (NONE: an action's next)."""
    if kind == "decision":
        return tuple((k, o.target) for k, o in enumerate(options) if o.target is not None)
    if kind == "action" and following is not None:
        return ((NONE, following),)
    return ()


def _topological(tree: Tree) -> list[Node]:
    """Nodes reachable from the root, each after every node leading to it (DFS post-order)."""
    index: dict[str, Node] = {}
    for node in all_nodes(tree):
        index.setdefault(node.id, node)
    order: list[Node] = []
    state: dict[str, int] = {}
    stack: list[tuple[Node, int]] = [(tree, 0)]
    while stack:
        node, child = stack.pop()
        targets = _targets(node, index)
        if child == 0:
            if state.get(node.id):
                continue
            state[node.id] = 1
        if child < len(targets):
            stack.append((node, child + 1))
            if not state.get(targets[child]):
                stack.append((index[targets[child]], 0))
        else:
            state[node.id] = 2
            order.append(node)
    return order[::-1]


def _targets(node: Node, index: dict[str, Node]) -> list[str]:
    refs = [o.next_node_id for o in node.options] + [node.next_node_id]
    return [ref for ref in refs if ref and ref in index]
