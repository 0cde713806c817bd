"""Aligning a trail to a flow, and retrieval: the flows a session may match, ranked by
their words, and the best match among them. The package docstring
(`flywheel/matching/__init__.py`) explains the design."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, replace

import numpy as np

from flywheel.matching.alignment import Alignment
from flywheel.matching.costs import CANDIDATES, DOMAIN_BONUS, FITNESS_TIE, OFFER_CREDIT
from flywheel.matching.credit import _alignment
from flywheel.matching.flows import _LOCK, PreparedFlow, _remember, prepare_flow, prepared
from flywheel.matching.options import _offer_pick
from flywheel.matching.reading import FLOW, Reading
from flywheel.matching.trace import _trace
from flywheel.matching.trail import Trail, read_trail
from flywheel.matching.walk import _Walk
from flywheel.matching.words import idf_weights, tfidf, weigh
from flywheel.transcript import SessionView
from flywheel.trees import Tree


def align_prepared(flow: PreparedFlow, trail: Trail, *, reading: Reading = FLOW) -> Alignment:
    """Align a read trail to a prepared flow (see the module docstring)."""
    return _aligned(_Walk(flow, trail, reading))


def _aligned(walk: _Walk) -> Alignment:
    """The best walk read back as an alignment (nothing for an empty trail)."""
    if not walk.trail.steps:
        return Alignment()
    scores, links, taken = walk.run()
    final, events = _trace(walk, scores, links, taken)
    return _alignment(walk, final, events)


def fitness_bound(walk: _Walk) -> float:
    """At most the fitness any walk of this trail through this flow can earn, known before
    the search: out of reach of a rival's fitness, the search need not be made.

    Every step that is not a clarification counts; a clarification or the opening's answer
    counts only on some walks, so each is added when it raises the mean of the bounds.
    """
    required, optional = _credit_bounds(walk)
    total, count = sum(required), len(required)
    for bound in sorted(optional, reverse=True):
        if count and bound * count <= total:
            break
        total, count = total + bound, count + 1
    return total / count if count else 0.0


def _credit_bounds(walk: _Walk) -> tuple[list[float], list[float]]:
    """Bounds on the credit of each counted step: those every walk counts, and those only
    some walks count (clarifications, the opening statement's answer onto a missing branch).

    A step is credited with the best similarity of its run of steps at one node, so at most
    with the best any step up to it has with any node; a skipped step earns nothing; the
    opening's answer earns at most 1, and only when it surely speaks of some node.
    """
    required: list[float] = []
    optional: list[float] = []
    reach = 0.0
    for kind, sims, step in zip(walk.kinds, walk.sims, walk.trail.steps, strict=True):
        reach = max(reach, max(sims, default=0.0))
        bound = 0.0 if kind == "skipped" else walk.reading.credit(reach)
        if kind != "skipped" and _offer_pick(walk.reading, step) is not None:
            bound = max(bound, OFFER_CREDIT)  # its offer may say which decision it asked
        (optional if kind == "tolerated" else required).append(bound)
    if any(walk.reading.sure(walk.summary_sims)):
        optional.append(1.0)
    return required, optional


def align(
    tree: Tree, session: SessionView, *, key: Hashable = None, reading: Reading | None = None
) -> Alignment:
    """Align a session's trail to one flow's tree."""
    trail = read_trail(session)
    return align_prepared(prepare_flow(tree, key=key), trail, reading=reading or FLOW)


# --- retrieval and the best match ------------------------------------------------------------


@dataclass(frozen=True)
class Candidate:
    """A flow aligned to a session: how well its words matched, and the alignment."""

    flow: PreparedFlow
    retrieval: float
    alignment: Alignment


class Library:
    """The flows a session may match (an account's active flows), with retrieval weights."""

    def __init__(self, flows: Sequence[PreparedFlow]) -> None:
        self.flows = list(flows)
        self.idf = idf_weights(flow.profile for flow in self.flows)
        vectors = [weigh(flow.profile, self.idf) for flow in self.flows]
        words = dict.fromkeys(word for vector in vectors for word in vector)
        self.rows = {word: row for row, word in enumerate(words)}
        # words x flows: each flow's weight of each word, so ranking is one product
        self.weights = np.zeros((len(self.rows) + 1, len(self.flows)))  # the last row: unknown
        for index, vector in enumerate(vectors):
            for word, weight in vector.items():
                self.weights[self.rows[word], index] = weight
        self.domains = [flow.domain for flow in self.flows]

    def rank(self, trail: Trail) -> list[tuple[float, PreparedFlow]]:
        """Flows by how well the session's words cover theirs (cosine), best first; a flow of
        the session's domain gets a small bonus."""
        unknown = len(self.rows)
        vector = tfidf(trail.words, self.idf)
        rows = [self.rows.get(word, unknown) for word in vector]
        scores = np.asarray(list(vector.values())) @ self.weights[rows] if rows else None
        ranked = [0.0] * len(self.flows) if scores is None else scores.tolist()
        if trail.domain:
            for index, domain in enumerate(self.domains):
                if domain == trail.domain:
                    ranked[index] += DOMAIN_BONUS
        order = sorted(range(len(self.flows)), key=lambda index: -ranked[index])
        return [(ranked[index], self.flows[index]) for index in order]

    def told_of_another(self, trail: Trail, key: Hashable) -> bool:
        """Whether the opening statement alone (the problem summary's words), or the
        session's words as a whole, are more about another flow than about the flow with
        this key. A session of a problem the library lacks may open in words the flow
        shares and then speak, step after step, more of another flow's things."""
        opening = replace(trail, steps=(), words=trail.summary)
        return any(self._more_about_another(told, key) for told in (opening, trail) if told.words)

    def _more_about_another(self, trail: Trail, key: Hashable) -> bool:
        ranked = self.rank(trail)
        mine = next((score for score, flow in ranked if flow.key == key), 0.0)
        return ranked[0][0] > mine

    def match(self, session: SessionView, *, candidates: int = CANDIDATES) -> Candidate | None:
        """The best-scoring of the top `candidates` flows, aligned; None without flows."""
        return self.match_trail(read_trail(session), candidates=candidates)

    def match_trail(self, trail: Trail, *, candidates: int = CANDIDATES) -> Candidate | None:
        """`match` for a session already read (`read_trail`)."""
        best: Candidate | None = None
        for retrieval, flow in self.rank(trail)[:candidates]:
            walk = _Walk(flow, trail, FLOW)
            if best is not None and _out_of_reach(walk, best):
                continue
            found = Candidate(flow, retrieval, _aligned(walk))
            if best is None or _better(found, best):
                best = found
            if _conclusive(best):
                break
        return best


_LIBRARIES: OrderedDict[tuple[Hashable, ...], Library] = OrderedDict()
LIBRARY_CACHE_SIZE = 16


def library(
    keys: Sequence[Hashable], prepare: Callable[[list[Hashable]], Iterable[PreparedFlow]]
) -> Library:
    """The library of the flows with these keys (id and version), built once per set of keys;
    `prepare` is asked only for the flows not prepared yet."""
    wanted = tuple(keys)
    with _LOCK:
        built = _LIBRARIES.get(wanted)
        if built is not None:
            _LIBRARIES.move_to_end(wanted)
            return built
    flows = {key: prepared(key) for key in wanted}
    missing = [key for key, flow in flows.items() if flow is None]
    for flow in prepare(missing) if missing else ():
        _remember(flow)
        flows[flow.key] = flow
    built = Library([flow for flow in flows.values() if flow is not None])
    with _LOCK:
        _LIBRARIES[wanted] = built
        while len(_LIBRARIES) > LIBRARY_CACHE_SIZE:
            _LIBRARIES.popitem(last=False)
    return built


CONCLUSIVE_SCORE = 0.9


def _conclusive(candidate: Candidate) -> bool:
    """A best-ranked flow that explains the trail without leaving it needs no rival:
    aligning the others (the costly part of matching) could not beat it by much, and when
    it explains every step a rival can still tie it and win on the score (`_better`), so
    only a sure match (fitness and score both high) ends the search."""
    found = candidate.alignment
    if found.divergence_node_id is not None:
        return False
    return found.fitness >= CONCLUSIVE_SCORE and found.score >= CONCLUSIVE_SCORE


ROUNDING = 1e-9  # a bound this close to a score may be the same number rounded otherwise


def _out_of_reach(walk: _Walk, best: Candidate) -> bool:
    """Whether a flow ranked after the best so far surely cannot beat it: even its fitness's
    bound stays below the best's, by more than a tie."""
    return fitness_bound(walk) + FITNESS_TIE + ROUNDING < best.alignment.fitness


def _better(left: Candidate, right: Candidate) -> bool:
    """Whether `left` explains the trail better: the larger share of it first (a flow that
    explains a third of the trail well never beats one that explains two thirds), then the
    score, then the words. Shares within FITNESS_TIE are one share: two flows with the same
    fix both explain a session whole or nearly (1.0 and 0.999), and which is the nearer is
    the noise of word weights; the score, counting how surely each step is explained,
    tells them apart."""
    fitness = left.alignment.fitness - right.alignment.fitness
    if abs(fitness) > FITNESS_TIE:
        return fitness > 0
    ours = (left.alignment.score, left.retrieval)
    return ours > (right.alignment.score, right.retrieval)
