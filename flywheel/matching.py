"""Matching a session to a flow: candidate retrieval, then conformance alignment.

Retrieval ranks the account's flows by the TF-IDF cosine of the session's words (problem
summary and trail) with each flow's words (name, description and keywords twice, node
texts), with a small bonus for the session's domain; the best few are aligned.

Alignment walks a tree along the diagnostic trail with a Viterbi search over (step, node)
states, so the best explanation of the whole trail wins, in order:

- a step *answers* a decision node when its answer (option id or label, or typed words
  equal to a label) is one of the node's options, and the walk follows that branch; an
  answer the node has no branch for (an unexplored option) leaves the flow there. An
  answer that names no option at all leaves there too, or, against a flow, takes one of
  the node's branches at a small cost, whichever the later steps bear out (an agent offers
  the options in words of its own). A step surely about the node cannot be waved off;
- an action or solution step *does* an action node or *states* a solution node;
- a step without an answer (a clarification, a question typed back, a remark) *stays* at
  the node it is about, cheaply even when its words say little, and counts neither way;
- the walk may *skip* nodes without a step (the engineer knew the answer) at a cost; before
  the first step the cost falls the more the problem summary says of the node (the opening
  statement answered it): those are the opening nodes. The summary is read in the flow's
  own words, its story around the answers left out (see `Reading`). The opening statement
  may also answer a node it surely speaks of onto a missing branch, leaving the flow right
  away: a session whose first steps lie past a branch the flow lacks diverges at that node;
  or, when no step asks that node, later, once steps have walked down to it (the agent
  asked the questions above it, then went on past the answer the user had given), at a
  cost the steps explained before must outweigh (`LATE_OFF`);
- a step no node explains is *unexplained*; when the rest of the trail is foreign the walk
  *leaves the flow* after the last node it explained.

A step is compared with a node by its question and the options it offered, read as two
halves of one text against the node's question and options (`PreparedFlow.asked`): a
reworded question is still known by options only its node offers, a like question offering
other options is doubted, and a plain yes/no says nothing either way. An answer names an
option by id, by value (the id without its node's id in front) or by label. Against a
flow, the last solution step is read together with the session's resolution summary.

Each mapped step earns a credit (0..1) from the similarity of its words to its node (the
best of the steps at that node: a question asked in one step and answered in the next is
asked; a remark at a decision the walk then passes without another step was its answer,
typed but not recorded, and counts when its words speak of the node). The fitness is the
mean credit of the trail's counted steps (answers, actions, solutions; clarifications are
neutral): the share of the trail the flow's words explain in order. The match score is the
mean credit before the session left the flow, times e/(e + 1/2) for e the credit summed
there: a flow followed for a while and then left still matches (for an enhancement), and
one strong step alone gives at most 2/3. Among candidate flows the one with the higher
fitness wins (then, for fitnesses within a hundredth, the score): a flow that explains a
third of the trail well never beats one that explains two thirds.

The score also credits what the walk's structure confirms (`_confirmed`), because agents
word questions and fixes unlike the flow: a step whose words say something of its node
and that went on from it a known way (an action done, an answer naming a branch) is
explained as well as any later step at a node reached from there only that way; where
the session left on an option the flow has but never explored, reached the way the step
before went on, the step is explained as well as that one; and a decision whose answer
the opening statement surely told counts as explained. Structure does not choose the flow:
a yes/no answer fits any yes/no node, so rival flows are told apart by words alone.

Proposals are read more leniently (`PROPOSAL`): their nodes are one session's words, and
their tree starts where their first session started, so a trail may begin above its root.

Flows are prepared once (words, vectors, branches) and cached by a key the caller gives
(id, version, creation time), and a library of them once per set of keys, so a batch pays
for a flow's text once; aligning is linear in trail length x tree size, with a beam. A
trail's words are counted once for all the flows it is aligned to, a text's similarities
to a keyed flow's nodes are remembered (its own questions recur in every session that
follows it), and a rival flow whose best possible fitness cannot reach the best one's so
far is not searched at all (`fitness_bound`): none of this changes a result.
"""

from __future__ import annotations

import math
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

import numpy as np
from rapidfuzz import fuzz

from flywheel.transcript import SessionView, StepView
from flywheel.trees import Node, Option, Tree, all_nodes

# Gains and costs of the walk, in units of text similarity (cosine, 0..1).
THRESHOLD = 0.15  # similarity at which mapping a step to a node neither gains nor costs
ANSWER_BONUS = 0.1  # an answer that is one of the node's options
ACTION_BONUS = 0.1  # an action step doing an action node
SOLUTION_BONUS = 0.2  # a solution step stating a solution node
STAY_FLOOR = 0.05  # the most a clarification costs at the node it stays on
UNEXPLAINED = 0.3  # a step the flow does not explain, the walk carrying on after it
DIVERGE = 0.3  # leaving the flow for good
BEFORE_ROOT = 0.1  # a step before a proposal's root, when the trail may start above it
SKIP = 0.35  # passing a decision node without a step
SKIP_ACTION = 0.2  # passing an action node without a step
OPENING_SKIP = 0.25  # passing a node before the first step, when the summary says nothing of it
LATE_OFF = 0.3  # leaving after some steps by the opening's answer: steps before must gain more
FULL_CREDIT = 0.35  # similarity at which a mapped step counts as fully explained
NO_CREDIT = 0.12  # similarity at or below which it counts for nothing
LABEL_RATIO = 90.0  # rapidfuzz ratio for an answer to count as an option's label
REWORDED_SHARE = 0.5  # share of a label's content words a reworded answer must say
# a step whose offer is its decision's options in other words (`paired_option`): two such
# steps in order along a flow are enough to enhance it (a score of 0.56)
OFFER_CREDIT = 0.75
UNNAMED_BRANCH = 0.1  # a branch taken by an answer that names none of the options
REJOIN = 0.3  # coming back to the flow below the node a session left it at
SIDEWAYS = 0.6  # coming back elsewhere, neither below the node it left nor above it
EVIDENCE_HALF = 0.5  # explained steps at which the score is half the explained share
PASSING_STEPS = 2  # steps a session explains before leaving to be more than passing by
TOLD_WORDS = 2  # words of a node an opening says to have told it, naming none of its answers
BEAM = 1.5  # walks this far behind the best are given up
CANDIDATES = 3  # flows aligned per session
FITNESS_TIE = 0.01  # flows explaining shares of a trail this close explain it alike
DOMAIN_BONUS = 0.1  # retrieval bonus for a flow of the session's domain
CACHE_SIZE = 512
PHRASINGS = "phrasings"  # extra node key: other wordings of the node seen in sessions

_TOLERATED_TYPES = frozenset({"clarification", "question", "note", "comment"})
_ACTION_TYPES = frozenset({"action", "check", "test", "step"})
_SOLUTION_TYPES = frozenset({"solution", "resolution", "fix"})


# --- how strictly a trail is read ------------------------------------------------------------


@dataclass(frozen=True)
class Reading:
    """How strictly a trail is read against a tree.

    A flow's nodes are its authors' words, so a step earns full credit only when it says
    much the same (FULL_CREDIT). A proposal's nodes are one session's words: a paraphrase
    meets a paraphrase, which share fewer words for the same question, so credit comes
    earlier; and a proposal's tree starts where its first session started, so a trail may
    begin above its root (`late_start`) without counting for or against it.

    An opening statement is a story (the device, since when, why it is urgent) around the
    answers it gives. Against a flow, whose authors' words cover its problem, the words the
    flow never uses say nothing of which of its questions the statement answered, so they
    are left out of the summary's vector (`opening_in_flow_words`); a step's foreign words,
    by contrast, do mean it is about something else. A proposal knows only one session's
    words, too few to tell a story from an answer, so it reads summaries like steps.

    An answer in the agent's own words names the option whose label shares most of its
    words; against a flow only when both say no or neither does ("No dock" is not "Through
    a docking station", `heeds_no`). A proposal's options are one session's offer, read as
    leniently as its questions: measured, heeding negation there split one problem's
    sessions over more proposals.

    A session's resolution summary is the engineer's own account of the fix, often in
    words nearer a flow's solution than the agent's ("accept their terms on the sign-in
    page" for "log in to the hotel's Wi-Fi page"), so against a flow the last solution step
    is read with it (`reads_resolution`). A proposal's solutions were drafted from
    resolution summaries too, and read so, sessions of other problems that ended in the
    same words (a restart, a reinstall) joined proposals they did not belong to.

    An answer that names none of a decision's options may still have taken one of its
    branches, offered in the agent's own words ("locks up now and then" for "freezes at
    times"): against a flow, whose options are its authors' words, the walk may follow a
    branch for it when the later steps bear that out (`unnamed_may_follow`). A proposal's
    options are one session's words, and an answer naming none of them is the branch the
    proposal lacks, which merging grafts there.

    An option picked from an offer in the agent's own words may be known by the whole offer
    (`paired_option`: the other offered options are the flow's other options) when no word
    of it names one (`reads_offers`). A proposal's options are one session's offer: the
    pick it lacks is its new branch, not the one left over.

    A session that answered with an option a flow offers but has no branch for may do a few
    steps of its own and then come back to the flow further down, where the lacking branch
    would have led (`may_rejoin`): the new branch is the steps in between. (An answer naming
    none of the options does not leave to come back: it may have taken a branch in words of
    its own, and leaving would be a cheap way round later steps the flow explains less well.)
    A proposal's tree grows by merging whole trails, so against a proposal the walk does
    not come back.

    A flow's structure may explain a step whose words say nothing of its node
    (`places_unworded`): where the session left the flow, the step whose answer names an
    option the flow has no branch for yet is the flow's question when the flow led there
    (the answer names one of the authors' own options); and a step between one fully
    explained by its words, which led to its node, and one whose words speak of the node
    it led on to; and a question asked again, above where the walk has got to, with the
    answer that led there (`_Walk._confirmed`). A proposal's options are one session's
    offer and its structure one session's way through, and its words count as sure at far
    lower similarity: read so, sessions of other problems joined it, so against a proposal
    a step's words must speak of its node.

    An action no node of a flow explains is a step the flow lacks (on the development
    sets, no session walking its whole flow had one). Done while the walk stood at, or had
    just passed, a decision with an option the flow never explored, it is that option's
    missing branch (`action_leaves`, `_left_by_action`): the session took the option in
    words no step recorded, often the opening statement's ("fine in Edge" for "does it
    load in another browser?"), did what the flow lacks, and came back to the flow further
    on. A proposal is one session's steps: an action it lacks is merged in where its path
    left it.
    """

    late_start: bool = False
    opening_in_flow_words: bool = True
    unnamed_may_follow: bool = True
    reads_offers: bool = True
    may_rejoin: bool = True
    places_unworded: bool = True
    action_leaves: bool = True
    heeds_no: bool = True
    reads_resolution: bool = True
    no_credit: float = NO_CREDIT
    full_credit: float = FULL_CREDIT
    evidence_half: float = EVIDENCE_HALF

    def credit(self, sim: float) -> float:
        """How much a step at this similarity to its node counts as explained, 0..1."""
        return min(1.0, max(0.0, (sim - self.no_credit) / (self.full_credit - self.no_credit)))

    def sure(self, sims: Sequence[float]) -> list[bool]:
        """For each similarity, whether it earns full credit (`credit(sim) >= 1`, in one pass:
        the walk asks it of every node a step may be about)."""
        low, span = self.no_credit, self.full_credit - self.no_credit
        return [(sim - low) / span >= 1.0 for sim in sims]


FLOW = Reading()
PROPOSAL = Reading(
    late_start=True,
    opening_in_flow_words=False,
    unnamed_may_follow=False,
    reads_offers=False,
    may_rejoin=False,
    places_unworded=False,
    action_leaves=False,
    heeds_no=False,
    reads_resolution=False,
    no_credit=0.05,
    full_credit=0.2,
    evidence_half=0.3,
)


# --- words and vectors ------------------------------------------------------------------------

_STOP = frozenset(
    "a am an and any are as at be been being but by can could did do does doing done for "
    "from had has have how i if in into is it its just me more most much must my no not now "
    "of off ok okay on only or other our over please same should so some such than thank "
    "thanks that the their them then there these they this those through to too user users "
    "very was we were what when where which who why will with would yes you your hi hello".split()
)
_TOKEN = re.compile(r"[a-z0-9]+")
_SUFFIXES = (("ing", 3), ("ed", 3), ("ly", 4), ("es", 3), ("s", 3))
_KEEP_DOUBLE = frozenset("lsz")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light suffix-stripping stem, so 'brakes', 'braking' and 'brake' meet at 'brak'."""
    if len(word) <= 3 or word.isdigit():
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    for suffix, keep in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= keep and not word.endswith("ss"):
            word = word[: -len(suffix)]
            break
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in _KEEP_DOUBLE:
        word = word[:-1]
    return word[:-1] if len(word) > 3 and word.endswith("e") else word


_NEGATIONS = frozenset(
    "no not never nothing none nobody cannot cant dont doesnt didnt wont isnt t without".split()
)
LabelWords = tuple[frozenset[str], bool]  # a label's content words, and whether it says no


def negated(label: str | None) -> bool:
    """Whether a label says no: "Not on the list", "Can't reach the PC" ("t" of "n't")."""
    return any(word in _NEGATIONS for word in _TOKEN.findall((label or "").lower()))


def label_words(label: str | None) -> LabelWords:
    """What pairs an offered option with a decision's (`paired_option`)."""
    return frozenset(content_words(label)), negated(label)


def content_words(text: str | None) -> list[str]:
    """The stemmed content words of a text, in order, stop words left out."""
    words = _TOKEN.findall((text or "").lower())
    return [stem(word) for word in words if word not in _STOP and len(word) > 1]


Vector = dict[str, float]


def idf_weights(documents: Iterable[Iterable[str]], *, floor: float = 1.0) -> dict[str, float]:
    """Smoothed inverse document frequency of every word over `documents` (sets of words),
    plus `floor`: with no floor, a word every document has weighs nothing."""
    counts: dict[str, int] = {}
    total = 0
    for document in documents:
        total += 1
        for word in set(document):
            counts[word] = counts.get(word, 0) + 1
    return {word: math.log((total + 1) / (n + 1)) + floor for word, n in counts.items()}


Frequencies = tuple[tuple[str, float], ...]  # (word, sublinear term frequency), in text order


def tfidf(words: Iterable[str], idf: dict[str, float], unknown: float = 0.0) -> Vector:
    """A unit-length TF-IDF vector (sublinear term frequency); unknown words weigh `unknown`."""
    return weighted(frequencies(words), idf, unknown)


def frequencies(words: Iterable[str]) -> Frequencies:
    """Each word once with its sublinear term frequency 1 + ln(count): the part of a text's
    vector that does not depend on the word weights, so it is computed once per text."""
    return sublinear(_counts(words))


def sublinear(counts: dict[str, float]) -> Frequencies:
    """Word counts as (word, 1 + ln(count)) pairs, in the counts' order."""
    return tuple([(word, 1.0 + math.log(n)) for word, n in counts.items()])


def weigh(counts: dict[str, float], idf: dict[str, float], unknown: float = 0.0) -> Vector:
    """The unit-length TF-IDF vector of word counts."""
    return weighted(sublinear(counts), idf, unknown)


def weighted(tf: Frequencies, idf: dict[str, float], unknown: float = 0.0) -> Vector:
    """The unit-length TF-IDF vector of term frequencies; unknown words weigh `unknown`."""
    vector = {w: f * idf.get(w, unknown) for w, f in tf}
    vector = {w: x for w, x in vector.items() if x > 0}
    norm = math.sqrt(sum(x * x for x in vector.values()))
    return {w: x / norm for w, x in vector.items()} if norm else {}


def cosine(left: Vector, right: Vector) -> float:
    """The dot product of two unit vectors (0..1 for TF-IDF vectors)."""
    if len(left) > len(right):
        left, right = right, left
    return sum(x * right.get(w, 0.0) for w, x in left.items())


# --- the result ------------------------------------------------------------------------------


@dataclass
class Alignment:
    """How a session's trail maps onto one flow.

    `step_nodes[i]` is the node step i maps to (None: not explained); `branches` are the
    (node, option) pairs taken, implied ones included; `path` is every node walked in order
    (each once), starting with the `opening_nodes` the opening statement answered.
    When the session left the flow, `divergence_step` is the step it left at: the answer
    the node has no branch for, or the last step the flow explained before foreign ones;
    when it came back to the flow further down, `rejoin_step` is the first step back and
    `rejoin_node_id` its node (the new branch lies between).
    `step_credits[i]` says how well step i's words are explained (0..1; None: a
    clarification); the score also counts what the flow's structure confirms.
    """

    step_nodes: list[str | None] = field(default_factory=list)
    branches: list[tuple[str, str]] = field(default_factory=list)
    end_node_id: str | None = None
    divergence_node_id: str | None = None
    divergence_answer: str | None = None
    divergence_step: int | None = None
    rejoin_node_id: str | None = None
    rejoin_step: int | None = None
    step_credits: list[float | None] = field(default_factory=list)
    fitness: float = 0.0
    score: float = 0.0
    opening_nodes: list[str] = field(default_factory=list)
    path: list[str] = field(default_factory=list)
    anticipated: bool = False  # it left on an option the flow has but has not explored

    @property
    def visited(self) -> list[str]:
        """Every node the session passed through, in order, each once."""
        if self.path:
            return list(self.path)
        return list(dict.fromkeys(node for node in self.step_nodes if node is not None))

    @property
    def diverged(self) -> bool:
        """Whether the session left the flow."""
        return self.divergence_node_id is not None

    @property
    def explained_before_leaving(self) -> int:
        """How many steps the flow explained (credit above nothing) up to the one the session
        left at; all the explained steps when it did not leave."""
        last = len(self.step_credits) if self.divergence_step is None else self.divergence_step + 1
        return sum(1 for credit in self.step_credits[:last] if credit)

    @property
    def left_in_passing(self) -> bool:
        """Whether the session left having explained fewer than `PASSING_STEPS` steps: it
        may have met one of the tree's questions on its way to another problem."""
        return self.diverged and self.explained_before_leaving < PASSING_STEPS

    def to_json(self) -> dict[str, object]:
        """What the analysis stores and the export shows of the alignment."""
        return {
            "step_nodes": self.step_nodes,
            "branches": [list(b) for b in self.branches],
            "end_node_id": self.end_node_id,
            "divergence_node_id": self.divergence_node_id,
            "divergence_answer": self.divergence_answer,
            "divergence_step": self.divergence_step,
            "anticipated": self.anticipated,
            "rejoin_node_id": self.rejoin_node_id,
            "rejoin_step": self.rejoin_step,
            "fitness": round(self.fitness, 4),
            "score": round(self.score, 4),
            "opening_nodes": self.opening_nodes,
            "path": self.visited,
        }


# --- prepared flows --------------------------------------------------------------------------


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
        scores = [0.0] * len(self.ids)
        for word, weight in vector.items():
            for index, value in self.postings.get(word, ()):
                scores[index] += weight * value
        return scores

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
        scores = [0.0] * len(self.ids)
        for word, weight in vector.items():
            for index, value in self.option_postings.get(word, ()):
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


def _worded(labels: Iterable[str], idf: dict[str, float] | None = None) -> bool:
    """Whether option labels say anything: content words (weighing something in `idf`, when
    given). Ids and values are left out: "o1", "o2" are counters, not words."""
    words = content_words(" ".join(labels))
    return bool(tfidf(words, idf)) if idf is not None else bool(words)


def option_words(options: Iterable[tuple[str, str]]) -> list[str]:
    """The content words of a set of options, (label, value) pairs: what a decision offers,
    or what a step offered. Labels are reworded from one session to the next and values are
    terse, so both are read; a plain yes/no offers no content words and says nothing, and
    within a flow words every decision offers weigh nothing either (`option_idf`): a set
    of options tells a node apart only as far as other nodes do not offer it too."""
    return content_words(" ".join(f"{label} {value}" for label, value in options))


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


def normalized(text: str | None) -> str:
    """A label, answer or id as compared: lower case, one space between words."""
    return " ".join((text or "").lower().split())


def _counts(words: Iterable[str]) -> dict[str, float]:
    counts: dict[str, float] = {}
    for word in words:
        counts[word] = counts.get(word, 0.0) + 1.0
    return counts


# --- the trail -------------------------------------------------------------------------------


@dataclass(frozen=True)
class TrailStep:
    """What the aligner reads of one step, the same whichever flow it is aligned to."""

    kind: str  # answer | asked (answer unknown) | tolerated | action | solution | skipped
    content: tuple[str, ...]
    typed: tuple[str, ...]
    answers: tuple[str, ...]
    answer: str | None
    content_frequencies: Frequencies = ()  # of `content`, once per trail (`trail_step`)
    typed_frequencies: Frequencies = ()
    offered_frequencies: Frequencies = ()  # of the options the step offered (`option_words`)
    worded: bool | None = None  # whether their labels say anything (None: it offered none)
    offer: tuple[LabelWords, ...] = ()  # each offered option's label words, in order
    picked: int | None = None  # which of them the answer chose (None: none, or not known)


def trail_step(
    kind: str,
    content: Sequence[str],
    typed: Sequence[str] = (),
    answers: Iterable[str] = (),
    answer: str | None = None,
    offered: Sequence[str] = (),
    worded: bool | None = None,
    offer: Sequence[LabelWords] = (),
    picked: int | None = None,
) -> TrailStep:
    """A trail step with the term frequencies of its words, which every flow it is aligned
    to weighs in its own way; `offered` are the words of the options it offered and
    `worded` whether their labels say anything (None: it offered none); `offer` the label
    words of each offered option and `picked` the one chosen."""
    return TrailStep(
        kind=kind,
        content=tuple(content),
        typed=tuple(typed),
        answers=tuple(answers),
        answer=answer,
        content_frequencies=frequencies(content),
        typed_frequencies=frequencies(typed),
        offered_frequencies=frequencies(offered),
        worded=worded,
        offer=tuple(offer),
        picked=picked,
    )


@dataclass(frozen=True)
class Trail:
    """A session's steps and summary as the aligner reads them."""

    steps: tuple[TrailStep, ...]
    summary: tuple[str, ...]
    words: tuple[str, ...]
    domain: str | None
    resolved: tuple[TrailStep, ...] = ()  # the steps read with the resolution summary


def read_trail(session: SessionView) -> Trail:
    """The flow-independent part of aligning a session: words, answers and kinds of steps."""
    steps = tuple(
        _withdrawn(_read_step(step)) if back else _read_step(step)
        for step, back in zip(session.steps, taken_back(session.steps), strict=True)
    )
    summary = tuple(content_words(session.problem_summary))
    words = [*summary, *(w for s in steps for w in (*s.content, *s.typed))]
    return Trail(
        steps=steps,
        resolved=_with_resolution(steps, session.resolution_summary),
        summary=summary,
        words=tuple(words),
        domain=normalized(session.problem_domain) or None,
    )


def _with_resolution(
    steps: tuple[TrailStep, ...], resolution: str | None
) -> tuple[TrailStep, ...]:
    """The steps, the last solution step's words joined by the resolution summary's (see
    `Reading.reads_resolution`); the steps as they are when there is neither."""
    words = content_words(resolution)
    last = next((k for k in range(len(steps) - 1, -1, -1) if steps[k].kind == "solution"), None)
    if not words or last is None:
        return steps
    step = steps[last]
    content = (*step.content, *words)
    solved = replace(step, content=content, content_frequencies=frequencies(content))
    return (*steps[:last], solved, *steps[last + 1 :])


def question_trail(summary: str | None, questions: Sequence[str]) -> Trail:
    """A trail of questions whose answers are not known (each may have taken any branch),
    for comparing what a session asked with a tree when only its questions are at hand."""
    steps = tuple(trail_step("asked", content_words(q)) for q in questions)
    words = tuple(content_words(summary))
    return Trail(
        steps=steps,
        summary=words,
        words=words + tuple(w for s in steps for w in s.content),
        domain=None,
    )


# words taking an answer back ("sorry" alone is politeness: "no, sorry" answers another
# yes/no question as often as it corrects one)
RETRACTING = ("wrong", "mistake", "misread", "meant", "scratch", "oops", "correction")
RETRACTING_PHRASES = ("my bad", "no wait", "take that back", "take it back")
RETRACTING_RATIO = 85.0  # rapidfuzz ratio for a typed word to count as one of them ("scrattch")


def taken_back(steps: Sequence[StepView]) -> list[bool]:
    """For each step, whether the next one takes its answer back: the agent offered the same
    options again (checking the answer, in other words) and the user picked another, saying
    so ("sorry, wrong button - no, none of them work"). The first answer is withdrawn: the
    question was asked, and the next step answers it."""
    offers = [frozenset(normalized(o.label) for o in step.options) for step in steps]
    found = [
        bool(offers[n])
        and offers[n] == offers[n + 1]
        and first.selected is not None
        and again.selected not in (None, first.selected)
        and _retracts(again.free_text)
        for n, (first, again) in enumerate(pairwise(steps))
    ]
    return [*found, False] if steps else []


def _retracts(text: str | None) -> bool:
    """Whether typed words take an answer back ("oh sorry, wrong one", "scratch that")."""
    said = normalized(text)
    if any(phrase in said for phrase in RETRACTING_PHRASES):
        return True
    words = [word for word in re.findall(r"[a-z]+", said) if len(word) >= 4]
    return any(fuzz.ratio(w, cue) >= RETRACTING_RATIO for w in words for cue in RETRACTING)


def _withdrawn(step: TrailStep) -> TrailStep:
    """A step whose answer was taken back: the question asked, answered by no option."""
    return replace(step, kind="tolerated", answers=(), answer=None, picked=None)


def _read_step(step: StepView) -> TrailStep:
    marked = step.marked
    named = (step.options[marked].value, step.options[marked].label) if marked is not None else ()
    said = (step.selected, step.selected_label, *named, step.free_text)
    answers = [normalized(v) for v in said if v]
    return trail_step(
        _step_kind(step),
        content_words(step.text),
        content_words(step.free_text),
        dict.fromkeys(answers),
        step.answer,
        option_words((o.label, o.value) for o in step.options),
        _worded(o.label for o in step.options) if step.options else None,
        tuple(label_words(o.label) for o in step.options),
        next((k for k, o in enumerate(step.options) if o.value == step.selected), marked),
    )


def _step_kind(step: StepView) -> str:
    step_type = normalized(step.type)
    if step.was_skipped:
        return "skipped"
    if step_type in _SOLUTION_TYPES:
        return "solution"
    if step_type in _ACTION_TYPES or (step_type not in _TOLERATED_TYPES and not step.options):
        return "action"
    if step.selected is not None or (step.free_text and not step.was_free_text):
        return "answer"
    return "tolerated"


# --- the walk --------------------------------------------------------------------------------

NEG = -math.inf
NONE = -1
DIVERGED = -2
STARTED = -3


class _Move(NamedTuple):
    """One way a step can be read at a state: where it leads, what it gains, what it maps to.

    The search makes one for every reading of every step at every state it keeps, so it
    makes them as plain tuples in this order (`_move`); reading the walk back names them."""

    target: int
    gain: float
    node: int = NONE
    option: int = NONE
    counted: bool = True


_Links = dict[int, tuple[int, int]]
_Taken = dict[int, tuple[int, tuple[int, float, int, int, bool]]]
_BONUS = {"action": ACTION_BONUS, "solution": SOLUTION_BONUS}  # a step doing its own kind


class _Walk:
    """The Viterbi search of one trail through one prepared flow.

    States: 0..N-1 "at node i" (its question asked or about to be), N..2N-1 "done with
    node i" (a solution stated, or an action with nowhere to go done), 2N "left the flow",
    2N+1 "answered onto a missing branch", when the trail may start above the tree's
    root (a proposal drafted from a session that began partway), 2N+2 "not there yet", and
    2N+3 "off the flow on a branch of its own": a counted step after a missing branch, from
    where the walk may come back to a node below the one it left (`Reading.may_rejoin`).
    Scores are sums of the gains above. Which node the walk left at is remembered for the
    best walk into each of the two off-branch states (`left_at`), as the search goes.

    What a step says of each node (similarity, whether surely, the option its answer names)
    is computed once per step, before the search reads it at every state it keeps.
    """

    def __init__(self, flow: PreparedFlow, trail: Trail, reading: Reading) -> None:
        if reading.reads_resolution and trail.resolved:
            trail = replace(trail, steps=trail.resolved)
        self.flow = flow
        self.trail = trail
        self.size = len(flow.ids)
        self.off_flow = 2 * self.size
        self.no_branch = 2 * self.size + 1
        self.before = 2 * self.size + 2
        self.away = 2 * self.size + 3
        self.left_at: dict[int, int] = {}  # off-branch state: the node its best walk left at
        self.reading = reading
        self.kinds = [step.kind for step in trail.steps]
        self.sims = [flow.step_similarities(step) for step in trail.steps]
        self.sure: list[list[bool]] = []  # per step and node, filled when the search runs
        summary = flow.vector(trail.summary, known_only=reading.opening_in_flow_words)
        self.summary_sims = flow.similarities(summary) if summary else [0.0] * self.size
        # per node: how many of its words the summary says (read only where the opening may
        # leave on an unexplored option against a flow, `_opened_off`)
        self.summary_words = [0] * self.size
        if reading.opening_in_flow_words and any(flow.unexplored):
            for word in summary or {}:
                for index, _ in flow.postings.get(word, ()):
                    self.summary_words[index] += 1
        self.opening_costs: list[float] = []  # skipping each node, before the first step
        self.skip_costs: list[float] = []  # and after it; both filled when the search runs
        self.summary_sure: list[bool] = []  # per node: the summary surely speaks of it
        self.told_nodes: list[int] = []  # nodes it surely told and no step surely asks
        self.choices: list[dict[int, int | None]] = [{} for _ in trail.steps]
        # (step, node): the offer is the decision's options and agrees with the pick
        self.known_by_offer: set[tuple[int, int]] = set()
        self.again: dict[int, frozenset[int]] = {}  # per step: the nodes it confirms
        self.confirming: frozenset[int] = frozenset()  # those of the step being read

    def summary_answers(self, node: int, option: int) -> float:
        """The cosine of the summary with one option of a decision, in the flow's option
        words (read as `summary_sims` are: in the flow's own words, or with every word)."""
        flow = self.flow
        unknown = 0.0 if self.reading.opening_in_flow_words else flow.unknown
        chosen = flow.options[node][option]
        label = tfidf(option_words([(chosen.label, chosen.value)]), flow.option_idf, unknown)
        return cosine(tfidf(self.trail.summary, flow.option_idf, unknown), label)

    def run(self) -> tuple[list[float], list[_Links], list[_Taken]]:
        """Scores after the last step, and per step the skip links and the moves taken."""
        self.sure = [self.reading.sure(sims) for sims in self.sims]
        self.summary_sure = self.reading.sure(self.summary_sims)
        self.opening_costs = self._opening_costs()
        self.skip_costs = self._skip_costs()
        scores = [NEG] * (2 * self.size + 4)
        scores[0] = 0.0
        if self.reading.late_start:
            scores[self.before] = 0.0
        links: list[_Links] = []
        taken: list[_Taken] = []
        for t in range(len(self.trail.steps)):
            links.append(self._close(scores, opening=t == 0))
            scores, moves = self._advance(scores, t)
            taken.append(moves)
        return scores, links, taken

    def _close(self, scores: list[float], *, opening: bool) -> _Links:
        """Skip moves (node to child without a step) and leaving the flow, in place.

        Skips only cost, so a node already further than BEAM behind the best cannot lead
        to a state the next step keeps: it is passed over (except at the opening, where
        answering onto a missing branch may gain).
        """
        links: _Links = {}
        if scores[self.before] > scores[0]:
            scores[0], links[0] = scores[self.before], (self.before, STARTED)
        costs = self.opening_costs if opening else self.skip_costs
        floor = NEG if opening else max(scores) - BEAM
        exits = self.flow.exits
        for i in range(self.size):
            score = scores[i]
            if score == NEG or score < floor:
                continue
            value = score - costs[i]
            for option, target in exits[i]:
                if value > scores[target]:
                    scores[target], links[target] = value, (i, option)
        self._opened_off(scores, links, costs, later=not opening)
        top = max(scores[: self.off_flow])
        if top - DIVERGE > scores[self.off_flow]:
            scores[self.off_flow] = top - DIVERGE
            links[self.off_flow] = (scores.index(top), DIVERGED)
        return links

    def _skip_costs(self) -> list[float]:
        """Skipping a node after the first step. A decision the opening statement surely
        answered and no step surely asks costs no more than skipping it before the first
        step would: the agent did not ask what the user had already said ("at home, VPN
        connected, still fails"). Read against a flow only (`opening_in_flow_words`): a
        proposal reads the opening with every word, too loosely to pass its questions by."""
        costs = [SKIP_ACTION if kind == "action" else SKIP for kind in self.flow.kinds]
        if not self.reading.opening_in_flow_words:
            return costs
        told = self.summary_sure
        for i in range(self.size):
            if costs[i] == SKIP and told[i] and not any(sure[i] for sure in self.sure):
                costs[i] = min(SKIP, self.opening_costs[i])
                self.told_nodes.append(i)
        return costs

    def _opening_costs(self) -> list[float]:
        """Skipping a node before the first step costs less the more the summary says of it."""
        full = self.reading.full_credit
        return [OPENING_SKIP * (1.0 - min(1.0, s / full)) + 0.02 for s in self.summary_sims]

    def _opened_off(
        self, scores: list[float], links: _Links, costs: list[float], *, later: bool
    ) -> None:
        """The opening statement may have answered a node with an answer the node has no
        branch for, when it surely speaks of the node or, before any step and against a
        flow, surely names that answer ("usb-c to monitor cable" for the port question's
        unexplored "USB-C"; a proposal's unexplored options are one session's offer, too
        loose a reading for this): the session then left the flow there before any step,
        or `later`, when the walk reached a node no step asks (`told_nodes`). The answer is
        the one named, if any. Against a flow, an opening naming none of them must say
        `TOLD_WORDS` of the node's words, before any step or later: read in the flow's words
        only, "my laptop won't boot" is just "laptop", which a short question about the
        port the monitor uses on the laptop also says, and the walk would guess the session
        left there on its USB-C option."""
        names = not later and self.reading.opening_in_flow_words
        for i in self.told_nodes if later else range(self.size):
            open_options = self.flow.unexplored[i]
            if scores[i] == NEG or not open_options:
                continue
            named = self._named(i, open_options) if names else []
            if not (later or self.summary_sure[i] or named):
                continue
            says = self.summary_words[i] >= TOLD_WORDS or not self.reading.opening_in_flow_words
            if not (named or says):
                continue
            told = max([self.summary_sims[i], *(self.summary_answers(i, k) for k in named)])
            said = ANSWER_BONUS + told - THRESHOLD  # as if a step answered it
            if later:
                said -= LATE_OFF
            value = scores[i] - costs[i] + said
            if value > scores[self.no_branch]:
                scores[self.no_branch] = value
                links[self.no_branch] = (i, (named or open_options)[0])

    def _named(self, node: int, options: Sequence[int]) -> list[int]:
        """Those of a decision's options the opening statement surely names."""
        credit = self.reading.credit
        return [k for k in options if credit(self.summary_answers(node, k)) >= 1.0]

    def _advance(self, scores: list[float], t: int) -> tuple[list[float], _Taken]:
        """Scores after step t, with the best move into each state and the state it left."""
        new = [NEG] * len(scores)
        best: _Taken = {}
        floor = max(scores) - BEAM
        self.confirming = self._confirmed(t)
        moves = self._moves
        for state in [state for state, score in enumerate(scores) if score >= floor]:
            score = scores[state]
            for move in moves(state, t):
                value = score + move[1]
                if value > new[move[0]]:
                    new[move[0]] = value
                    best[move[0]] = (state, move)
        self.left_at = self._left_at(best)
        return new, best

    def _left_at(self, best: _Taken) -> dict[int, int]:
        """Where the best walks into the off-branch states left the flow, after a step."""
        found: dict[int, int] = {}
        for state in (self.no_branch, self.away):
            previous, move = best.get(state, (NONE, None))
            if previous in (self.no_branch, self.away) and previous in self.left_at:
                found[state] = self.left_at[previous]
            elif move is not None and previous < self.off_flow and move[3] != NONE:
                found[state] = move[2]  # left on a named option the flow has no branch for
        return found

    def _moves(self, state: int, t: int) -> list[tuple[int, float, int, int, bool]]:
        """Every reading of step t at `state` (the target is the state it leads to), as
        `_Move` fields."""
        kind = self.kinds[t]
        if kind == "skipped":
            return [(state, 0.0, NONE, NONE, True)]
        if state >= self.size:
            return self._off_nodes(state, t, kind)
        again = [(state, -STAY_FLOOR, NONE, NONE, False)] if state in self.confirming else []
        if self.flow.kinds[state] != "decision":
            return [
                (state, -UNEXPLAINED, NONE, NONE, True),
                *again,
                *self._at_step(state, t, kind),
            ]
        moves = self._at_decision(state, t, kind)
        if self.sure[t][state] and self._choice(state, t) is not None:
            return moves  # a step surely answering the decision cannot be waved off
        return [(state, -UNEXPLAINED, NONE, NONE, True), *again, *moves]

    def _confirmed(self, t: int) -> frozenset[int]:
        """The nodes step t, read as a question the walk already passed, asked again ("can
        you confirm again: where are you connecting from?"), confirms the way to: below each
        decision it is surely about (by its words, or its offer is that decision's options:
        tried where the offer shares words with them and the step speaks of the decision at
        least half surely), by the branch its answer names. At those nodes the step stays
        and counts neither way, as a clarification does (`_moves`); an answer leading
        elsewhere is no confirmation. Against a flow only: its structure is its authors', while a
        proposal's is one session's way through (read there too, FloDial's mining branch
        recall fell 96.3 -> 81.7% and 10 of its 240 sessions, not 5, joined another
        problem's proposal)."""
        if self.kinds[t] not in ("answer", "asked") or not self.reading.places_unworded:
            return frozenset()
        found = self.again.get(t)
        if found is None:
            sure, sims, below = self.sure[t], self.sims[t], set[int]()
            offered, low = self.flow.offered(self.trail.steps[t]), self.reading.full_credit / 2
            likely = [
                n for n in self.flow.decisions if sure[n] or (offered[n] > 0.0 and sims[n] > low)
            ]
            for node in likely:
                choice = self._choice(node, t)
                if choice is not None and (sure[node] or (t, node) in self.known_by_offer):
                    below |= self.flow.below(node, choice)
            self.again[t] = found = frozenset(below)
        return found

    def _off_nodes(self, state: int, t: int, kind: str) -> list[tuple[int, float, int, int, bool]]:
        """Readings of step t before the root, after the flow, or after a solution."""
        if state == self.before:  # a step surely about the root is not before it
            return [] if self.sure[t][0] else [(state, -BEFORE_ROOT, NONE, NONE, True)]
        if state >= self.off_flow:
            if kind == "tolerated":
                return [(state, -STAY_FLOOR, NONE, NONE, False)]
            if state == self.off_flow:
                return [(state, 0.0, NONE, NONE, True)]
            return [(self.away, 0.0, NONE, NONE, True), *self._rejoins(state, t)]
        node = state - self.size  # after a solution: talk about it stays there; another
        moves = [(state, -UNEXPLAINED, NONE, NONE, True)]  # statement of it is credited
        if kind == "tolerated":
            moves.append(self._stay(state, node, t))
        elif kind == "solution":
            moves.append((state, self.sims[t][node] - THRESHOLD, node, NONE, True))
        return moves

    def _rejoins(self, state: int, t: int) -> list[tuple[int, float, int, int, bool]]:
        """Step t read at a node below or beside where the walk left (`comebacks`), back on
        the flow at a cost, when the walk has done a step of its own since: every reading
        of the step there that the step surely speaks of. Only a walk that left on a named
        option comes back (`left_at` has no node for the others): an answer naming none may
        have taken a branch in its own words, and the opening statement is too loose a
        reading of which branch a session lacked to hang steps of its own there."""
        left = self.left_at.get(state)
        if state != self.away or left is None or not self.reading.may_rejoin:
            return []
        sure = self.sure[t]
        moves: list[tuple[int, float, int, int, bool]] = []
        for node, cost in self.flow.comebacks(left):
            if sure[node]:
                moves.extend(
                    (move[0], move[1] - cost, move[2], move[3], move[4])
                    for move in self._moves(node, t)
                    if move[2] != NONE
                )
        return moves

    def _stay(self, state: int, node: int, t: int) -> tuple[int, float, int, int, bool]:
        gain = self.sims[t][node] - THRESHOLD
        return (state, gain if gain > -STAY_FLOOR else -STAY_FLOOR, node, NONE, False)

    def _at_decision(self, node: int, t: int, kind: str) -> list[tuple[int, float, int, int, bool]]:
        if kind in ("action", "solution"):
            return []
        gain = self.sims[t][node] - THRESHOLD
        options = self.flow.options[node]
        if kind == "asked":  # its answer is not known: it may have taken any branch (no bonus)
            no_branch = self.no_branch
            return [
                (no_branch if o.target is None else o.target, gain, node, NONE, True)
                for o in options
            ]
        choice = self._choice(node, t)
        if choice is None:
            if kind == "tolerated":
                return [self._stay(node, node, t)]
            return self._unnamed(node, gain)
        target = options[choice].target
        to = self.no_branch if target is None else target
        return [(to, ANSWER_BONUS + self.sims[t][node] - THRESHOLD, node, choice, True)]

    def _unnamed(self, node: int, gain: float) -> list[tuple[int, float, int, int, bool]]:
        """An answer that names none of a decision's options: it left the flow there, or,
        read against a flow (`Reading.unnamed_may_follow`) at a step that speaks of this
        decision, it took one of the branches in words of its own, at a small cost:
        whichever the rest of the trail bears out. (At a step that does not speak of the
        decision, following a branch would let a foreign trail wander into the flow.)"""
        moves = [(self.no_branch, gain, node, NONE, True)]
        if self.reading.unnamed_may_follow and gain > 0.0:  # the step speaks of this node
            moves.extend(
                (option.target, gain - UNNAMED_BRANCH, node, k, True)
                for k, option in enumerate(self.flow.options[node])
                if option.target is not None
            )
        return moves

    def _at_step(self, node: int, t: int, kind: str) -> list[tuple[int, float, int, int, bool]]:
        """An action or solution node: done by a step that says it, or stayed at."""
        moves = [self._stay(node, node, t)] if kind == "tolerated" else []
        if kind in ("answer", "asked"):
            return moves
        solution = self.flow.kinds[node] == "solution"
        bonus = 0.0 if solution and kind == "action" else _BONUS.get(kind, 0.0)
        following = self.flow.next[node]
        to = self.size + node if solution or following is None else following
        moves.append((to, bonus + self.sims[t][node] - THRESHOLD, node, NONE, True))
        return moves

    def names_none(self, node: int, t: int) -> bool:
        """Whether step t's answer names none of a decision's options."""
        return self._choice(node, t) is None

    def _choice(self, node: int, t: int) -> int | None:
        """The option step t's answer names at a decision node (None: none), once per pair."""
        known = self.choices[t]
        if node not in known:
            step, options = self.trail.steps[t], self.flow.options[node]
            known[node] = choose_option(options, step.answers, heed_no=self.reading.heeds_no)
            pick = _offer_pick(self.reading, step)
            paired = (
                None if pick is None else paired_option(self.flow.labels[node], step.offer, pick)
            )
            if paired is not None and known[node] is None:
                known[node] = paired if _typed_agrees(options, step.typed, paired) else None
            if paired is not None and paired == known[node]:
                self.known_by_offer.add((t, node))
        return known[node]


def _offer_pick(reading: Reading, step: TrailStep) -> int | None:
    """The pick a step's offer may say more of (`paired_option`): one of options with words,
    read against a flow (None: none such)."""
    return step.picked if step.worded and reading.reads_offers else None


def choose_option(
    options: Sequence[_Option], answers: Sequence[str], *, heed_no: bool = True
) -> int | None:
    """The option an answer names: by id or label, else by a label spelled nearly alike,
    else by the label whose words the answer clearly shares most (`_reworded`; with
    `heed_no`, only a label that says no as the answer does, or does not as it does not)."""
    for answer in answers:
        for k, option in enumerate(options):
            if answer in option.names:
                return k
    for answer in answers:
        scored = [(fuzz.ratio(answer, o.label), k) for k, o in enumerate(options)]
        ratio, k = max(scored, default=(0.0, NONE))
        if ratio >= LABEL_RATIO:
            return k
    return _reworded(options, answers, heed_no)


def _reworded(options: Sequence[_Option], answers: Sequence[str], heed_no: bool) -> int | None:
    """The option an answer offered in the agent's own wording names: the one whose label
    shares the most content words with the answer (its label, value and typed text), if no
    other shares as many and at least `REWORDED_SHARE` of its label's words are shared.
    A plain yes/no has no content words, so it names nothing here, as before. With
    `heed_no`, a label that says no shares only the words of answers that do, and one that
    does not only those of answers that do not: "No dock" is not "Through a docking
    station", and "not enough space" typed beside the pick "Storage full" is "Not enough
    space"."""
    said = _said(tuple(answers))
    if not said:
        return None
    if heed_no:
        plain, saying_no = _said_by_polarity(tuple(answers))
        shared = [len(o.words & (saying_no if o.says_no else plain)) for o in options]
    else:
        shared = _shared_words(options, said)
    count = max(shared, default=0)
    if not count or shared.count(count) > 1:
        return None
    k = shared.index(count)
    return k if count >= REWORDED_SHARE * len(options[k].words) else None


@lru_cache(maxsize=8192)
def paired_option(
    options: tuple[LabelWords, ...], offer: tuple[LabelWords, ...], picked: int
) -> int | None:
    """The option a pick from options offered in the agent's own words stands for, read off
    the whole offer: each offered option is paired with at most one of the decision's
    options, in the pairings that share the most label words in all. The pick names the
    option it is paired with when every such pairing agrees and either pairs all of the
    decision's options but one at most, or pairs the pick and at least one more ("Can't
    reach the PC" is "Can't find or reach the remote computer" beside "Credentials didn't
    work" for "Credentials did not work", in a long offer whose other options the flow words
    otherwise); or, when the pick shares no word, the one option left once all the others
    are paired ("My own computer" is "From a personal device" when "Outside the office" and
    "On the office network" are the other two). "USB-C port" is not "USB receiver" when
    nothing else of the offer is the decision's. None otherwise. Labels share nothing when
    one says no and the other does not ("No reply", "It replies").
    (`options` and `offer` are `label_words`, `picked` an index into `offer`.)"""
    if len(offer) > MAX_OFFER or picked >= len(offer):
        return None
    overlap = [
        [len(said & words) if no == neg else 0 for words, neg in options] for said, no in offer
    ]
    ends = _best_pairings(overlap, picked)
    partners = {_partner(pick, used, unpaired, len(options)) for pick, used, unpaired in ends}
    return partners.pop() if len(partners) == 1 else None


MAX_OFFER = 20  # offers longer than this are not read as a decision's options
_Pairing = tuple[int | None, frozenset[int], int]  # the pick's partner, columns used, rows left


def _partner(pick: int | None, used: frozenset[int], unpaired: int, columns: int) -> int | None:
    """Whom the pick stands for in a pairing by shared words: its partner, when another
    pair stands beside it or all the decision's options but one at most are paired; when
    it shares no word with any, the one option left if all the others are paired and no
    other offered option is left (None otherwise)."""
    if pick is not None and len(used) >= 2:
        return pick
    if len(used) < columns - 1:
        return None  # the offer is not the decision's options in other words
    if pick is not None:
        return pick
    if len(used) == columns or unpaired != 1:
        return None
    return next(column for column in range(columns) if column not in used)


def _typed_agrees(options: Sequence[_Option], typed: Sequence[str], k: int) -> bool:
    """Whether the words typed with a pick share no fewer words with option k than with any
    other option (a pick read off the offer must not contradict what was typed)."""
    shared = _shared_words(options, frozenset(typed))
    return shared[k] == max(shared)


def _shared_words(options: Sequence[_Option], said: frozenset[str]) -> list[int]:
    """How many of each option's label words were said."""
    return [len(o.words & said) for o in options]


def _best_pairings(overlap: list[list[int]], picked: int) -> frozenset[_Pairing]:
    """How the pairings of rows to distinct columns sharing words with them (or to none)
    with the most shared words in all end: for each, the picked row's column, the columns
    used and how many rows were left unpaired. By rows and the columns used so far, each
    state once (a decision has a few options, so there are few)."""
    rows = len(overlap)
    memo: dict[tuple[int, frozenset[int]], tuple[int, frozenset[_Pairing]]] = {}

    def best(row: int, used: frozenset[int]) -> tuple[int, frozenset[_Pairing]]:
        if row == rows:
            return 0, frozenset({(None, used, 0)})
        found = memo.get((row, used))
        if found is not None:
            return found
        choices = [None, *(c for c, n in enumerate(overlap[row]) if n and c not in used)]
        top, ends = -1, set[_Pairing]()
        for column in choices:
            gained = 0 if column is None else overlap[row][column]
            score, later = best(row + 1, used if column is None else used | {column})
            if gained + score < top:
                continue
            if gained + score > top:
                top, ends = gained + score, set[_Pairing]()
            for pick, final, unpaired in later:
                ends.add(
                    (
                        column if row == picked else pick,
                        final,
                        unpaired + (column is None),
                    )
                )
        memo[(row, used)] = found = (top, frozenset(ends))
        return found

    return best(0, frozenset())[1]


@lru_cache(maxsize=4096)
def _said_by_polarity(answers: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """The content words of a step's answers that do not say no, and of those that do
    (`negated`), once per step: "listed but not working" typed beside the pick "On,
    device listed" says no, the pick does not."""
    plain = [a for a in answers if not negated(a)]
    return _said(tuple(plain)), _said(tuple(a for a in answers if a not in plain))


@lru_cache(maxsize=4096)
def _said(answers: tuple[str, ...]) -> frozenset[str]:
    """The content words of a step's answers, once per step (asked at every decision)."""
    return frozenset(word for answer in answers for word in content_words(answer))


# --- reading the walk back -------------------------------------------------------------------


@dataclass(frozen=True)
class _Event:
    """One thing the best walk did, in order: a skip, leaving the flow, or reading a step."""

    kind: str  # skip | leave | step
    t: int
    node: int
    option: int = NONE
    counted: bool = False
    into: int = NONE


def _trace(
    walk: _Walk, scores: list[float], links: list[_Links], taken: list[_Taken]
) -> tuple[int, list[_Event]]:
    """The final state of the best walk and its events in order."""
    state = max(range(len(scores)), key=scores.__getitem__)
    final = state
    events: list[_Event] = []
    for t in reversed(range(len(taken))):
        previous, fields = taken[t][state]
        move = _Move(*fields)
        events.append(_Event("step", t, move.node, move.option, move.counted, into=state))
        state = previous
        while state in links[t]:
            parent, option = links[t][state]
            kind = {DIVERGED: "leave", STARTED: "start"}.get(option, "skip")
            kind = "opened" if state == walk.no_branch and option >= 0 else kind
            node = NONE if kind == "start" else parent % walk.size
            events.append(_Event(kind, t, node, option, into=state))
            state = parent
    events.reverse()
    return final, events


def _alignment(walk: _Walk, final: int, events: list[_Event]) -> Alignment:
    flow, steps = walk.flow, walk.trail.steps
    result = Alignment(step_nodes=[None] * len(steps), step_credits=[None] * len(steps))
    path: list[str] = []
    for event in events:
        if event.node == NONE or event.kind == "leave":
            continue
        if event.kind == "step":
            result.step_nodes[event.t] = flow.ids[event.node]
        elif event.t == 0:  # a skip or an answer of the opening statement, before any step
            result.opening_nodes.append(flow.ids[event.node])
        path.append(flow.ids[event.node])
        if event.option != NONE:
            result.branches.append(
                (flow.ids[event.node], flow.options[event.node][event.option].id)
            )
    if final < walk.off_flow:
        path.append(flow.ids[final % walk.size])
    result.path = list(dict.fromkeys(path))
    worded = _worded_credits(walk, events)  # the share of the trail the flow's words explain
    for entry in worded:
        if entry.t != NONE:
            result.step_credits[entry.t] = entry.credit
    _divergence(walk, final, events, result)
    if walk.reading.action_leaves and result.divergence_node_id is None:
        _left_by_action(walk, events, result)
    if walk.reading.unnamed_may_follow and result.divergence_node_id is None:
        _left_unborne(walk, events, result)
    if walk.reading.may_rejoin and result.divergence_node_id is None:
        _left_unworded(walk, events, result)
    if result.rejoin_node_id is None:
        result.end_node_id = result.divergence_node_id or (result.path[-1] if result.path else None)
    else:
        result.end_node_id = result.path[-1]
    # the share explained on the way along the flow: steps after it came back from a branch
    # of its own only place that branch (one step a foreign flow shares is no explanation)
    result.fitness = _mean([e.credit if e.on_flow else 0.0 for e in worded if not e.opening])
    credits = _confirmed(walk.flow, worded, walk.reading)  # how surely the session is the flow's
    before = [entry.credit for entry in credits if entry.on_flow]
    result.score = match_score(before, walk.reading.evidence_half)
    return result


class _Credit(NamedTuple):
    """How well one counted step is explained, and where the walk put it."""

    t: int  # the step (NONE: the opening statement's answer)
    credit: float  # 0..1
    on_flow: bool  # before the session left the flow
    node: int = NONE
    option: int = NONE  # the branch its answer named at a decision (NONE: none)
    opening: bool = False  # an answer of the opening statement: evidence, not a trail step


def _worded_credits(walk: _Walk, events: list[_Event]) -> list[_Credit]:
    """Each counted step credited by its words, in order, and whether it came before the
    divergence.

    A step is credited with the best text of the run of steps at its node, so a question
    asked in one step and answered in the next counts as asked. A step that stays at a
    decision the walk then passes by a branch without another step, and whose words speak
    of that decision, was its answer, only not recorded as an option: it counts too. A
    decision whose answer the opening statement surely gave (`_opening_credit`) is evidence
    as well, though no step of the trail (`_Credit.opening`).
    """
    credits: list[_Credit] = []
    node, best = NONE, 0.0
    on_flow = not any(event.kind == "start" for event in events)
    previous: _Event | None = None
    for event in events:
        on_flow = (on_flow or event.kind == "start") and event.kind != "leave"
        if event.kind == "opened":
            credit = walk.reading.credit(walk.summary_sims[event.node])
            credits.append(_Credit(NONE, credit, on_flow))
            on_flow = False
        if event.kind == "skip" and event.t == 0 and _opening_credit(walk, event) >= 1.0:
            credits.append(_Credit(NONE, 1.0, on_flow, event.node, event.option, opening=True))
        if previous is not None and _unrecorded_answer(walk, previous, event):
            credit = walk.reading.credit(best)
            if credit > 0.0:
                credits.append(_Credit(previous.t, credit, on_flow, event.node))
        previous = event
        if event.kind != "step":
            continue
        if event.node != node:
            node, best = event.node, 0.0
        if event.node != NONE:
            best = max(best, walk.sims[event.t][event.node])
        if event.counted:
            credit = walk.reading.credit(best) if event.node != NONE else 0.0
            if (event.t, event.node) in walk.known_by_offer and event.option != NONE:
                credit = max(credit, OFFER_CREDIT)
            credits.append(_Credit(event.t, credit, on_flow, event.node, event.option))
        on_flow = on_flow and event.into < walk.off_flow
    return credits


def _opening_credit(walk: _Walk, skip: _Event) -> float:
    """How surely the opening statement gave the answer the walk took at a decision it
    passed before the first step. An opening tells answers ("it times out"), not questions:
    that it speaks of a node's question is why the walk may pass it cheaply, and says which
    node, not that the session is the flow's (a summary shares a flow's topic words)."""
    if skip.option == NONE:
        return 0.0
    return walk.reading.credit(walk.summary_answers(skip.node, skip.option))


def _unrecorded_answer(walk: _Walk, previous: _Event, event: _Event) -> bool:
    """Whether `event` passes a decision by a branch right after a step that only stayed
    there (a typed answer not recorded as an option, or a remark)."""
    return (
        event.kind == "skip"
        and event.option != NONE
        and previous.kind == "step"
        and not previous.counted
        and previous.node == event.node
        and walk.kinds[previous.t] == "tolerated"
    )


def _confirmed(flow: PreparedFlow, credits: list[_Credit], reading: Reading) -> list[_Credit]:
    """Credits raised by the flow's structure: by the step before, which led there
    (`_led_to`), by the later steps a step leads to (`_confirmed_later`), and where the
    session left, by the answer that led there (`_anticipated`)."""
    raised = _confirmed_later(flow, _led_to(flow, credits))
    if reading.places_unworded:
        raised = _between(flow, credits, raised)
    return _anticipated(flow, raised, unworded=reading.places_unworded)


def _between(
    flow: PreparedFlow, worded: list[_Credit], raised: list[_Credit]
) -> list[_Credit]:
    """`raised`, where a step whose words say nothing of its node is placed there by the
    flow's structure on both sides: the step before, fully explained by its words, led to
    its node (an action done, an answer naming a branch), and the step went on a known way
    to the node of the step after, whose words speak of it at least half as surely
    ("are there lots of old machines with Office on your account?" between the activation
    message and the licence check). It is explained as well as the step after is by its
    words. (Judged by the words alone, as `worded` has them: a placed step raises nothing
    further.) With a step before less than sure, sessions of another problem walking a
    flow like theirs were placed as well. When the step after is where the session left,
    on an option the flow has not explored (`_anticipated`), its words need not speak of
    its node: the flow led there from the sure step before, by way of the placed one, and
    anticipated the answer, so both are explained as well as the step before."""
    found = list(raised)
    for n in range(1, len(worded) - 1):
        before, entry, after = worded[n - 1], worded[n], worded[n + 1]
        left = _unexplored(flow, after)
        if entry.credit > 0.0 or before.credit < 1.0 or (after.credit < 0.5 and not left):
            continue
        led_here = _goes_on(flow, before) and _went_to(flow, before, entry)
        if led_here and _goes_on(flow, entry) and _went_to(flow, entry, after):
            placed = max(after.credit, before.credit if left else 0.0)
            found[n] = found[n]._replace(credit=max(found[n].credit, placed))
    return found


def _confirmed_later(flow: PreparedFlow, credits: list[_Credit]) -> list[_Credit]:
    """A step whose words speak of its node (credit above nothing), an action done or a
    decision answered onto a branch, is explained at least as well as any later step at a
    node reached from there only that way: the later step is reached only through this
    one, so the flow explains it as surely as the later step, however it was worded. (A
    decision passed without a named answer is not confirmed: the walk chose its branch.)
    """
    found = list(credits)
    best_later = 0.0
    for n in reversed(range(len(credits))):
        entry = credits[n]
        if entry.credit < best_later and _leads_on(flow, entry):
            below = flow.only_through(entry.node, entry.option)
            later = [c.credit for c in credits[n + 1 :] if c.node in below]
            found[n] = entry._replace(credit=max([entry.credit, *later]))
        best_later = max(best_later, entry.credit)
    return found


def _led_to(flow: PreparedFlow, credits: list[_Credit]) -> list[_Credit]:
    """A step whose words speak of its node, at the node the step before went on to a known
    way (an action done, an answer naming a branch), is explained as well as that step
    was by its words: the flow led there and the step is where it led. (Raised by the words
    of the step before alone, so one well-worded step does not carry a chain after it.)"""
    found = list(credits)
    for n in range(1, len(credits)):
        before, entry = credits[n - 1], credits[n]
        if entry.credit <= 0.0 or entry.node == NONE or before.credit <= entry.credit:
            continue
        if _leads_on(flow, before) and _went_to(flow, before, entry):
            found[n] = entry._replace(credit=before.credit)
    return found


def _leads_on(flow: PreparedFlow, entry: _Credit) -> bool:
    """Whether a credited step speaks of its node and went on from it a known way."""
    return entry.credit > 0.0 and _goes_on(flow, entry)


def _goes_on(flow: PreparedFlow, entry: _Credit) -> bool:
    """Whether a step went on from its node a known way: an action done, or a decision
    answered with a named option."""
    return entry.node != NONE and (entry.option != NONE or flow.kinds[entry.node] == "action")


def _went_to(flow: PreparedFlow, before: _Credit, entry: _Credit) -> bool:
    """Whether the way the step `before` went on leads to the node of `entry`."""
    return before.node != NONE and entry.node in flow.ways_on(before.node, before.option)


def _anticipated(flow: PreparedFlow, credits: list[_Credit], *, unworded: bool) -> list[_Credit]:
    """A step whose answer names an option the flow has not explored yet (the session left
    there), reached by the way the step before it went on, is explained as well as that
    step: the flow leads there and anticipated the answer; it only has no branch for it
    yet. Its words must speak of its decision too, unless `unworded` (Reading)."""
    found = list(credits)
    for n in range(1, len(found)):
        before, entry = found[n - 1], found[n]
        if not _unexplored(flow, entry) or (entry.credit <= 0.0 and not unworded):
            continue
        if _went_to(flow, before, entry):
            found[n] = entry._replace(credit=max(entry.credit, before.credit))
    return found


def _unexplored(flow: PreparedFlow, entry: _Credit) -> bool:
    """Whether a step's answer named an option of its decision that leads nowhere yet."""
    return entry.option != NONE and flow.options[entry.node][entry.option].target is None


def match_score(credits: Sequence[float], evidence_half: float = EVIDENCE_HALF) -> float:
    """How surely a flow is the session's: the explained share of the trail before it left
    the flow, discounted while that evidence is thin (one step alone gives at most 2/3)."""
    evidence = sum(credits)
    return _mean(credits) * evidence / (evidence + evidence_half) if credits else 0.0


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def _divergence(walk: _Walk, final: int, events: list[_Event], result: Alignment) -> None:
    """Where the walk left the flow and the answer taken there (nothing if it stayed on),
    and where it came back, if it did."""
    steps = walk.trail.steps
    entries = (n for n, e in enumerate(events) if e.into == walk.no_branch and e.node != NONE)
    left = next(entries, None)
    if left is not None:
        entry = events[left]
        result.divergence_node_id = walk.flow.ids[entry.node]
        result.anticipated = entry.option != NONE
        back = next((e for e in events[left + 1 :] if e.kind == "step" and e.node != NONE), None)
        if back is not None:
            result.rejoin_node_id, result.rejoin_step = walk.flow.ids[back.node], back.t
        if entry.kind == "opened":
            result.divergence_answer = walk.flow.options[entry.node][entry.option].text
            before = [e.t for e in events[:left] if e.kind == "step" and e.node != NONE]
            result.divergence_step = before[-1] if before else None
            return
        result.divergence_answer = steps[entry.t].answer
        result.divergence_step = entry.t
        return
    if final != walk.off_flow:
        return
    leave = next(n for n, e in enumerate(events) if e.kind == "leave")
    mapped = [e for e in events[:leave] if e.kind == "step" and e.node != NONE]
    if mapped:
        result.divergence_node_id = walk.flow.ids[mapped[-1].node]
        result.divergence_answer = steps[mapped[-1].t].answer
        result.divergence_step = mapped[-1].t
    else:
        result.divergence_node_id = walk.flow.ids[events[leave].node]


def _left_by_action(walk: _Walk, events: list[_Event], result: Alignment) -> None:
    """An action no node of the flow explains, done soon after the walk passed a decision
    with an option the flow has not explored: the session took that option (in words no
    step recorded, or the opening statement's) and did what the flow lacks there, then came
    back to the flow at its next step explained at another node ("clear the cache", "is it
    loading now?" where the flow asks "does it load in another browser?" and has no branch
    for yes). The decision is the nearest the walk stood at or passed by a skip since its
    last explained step, or that step's own when its answer named no option (the walk
    guessed the branch) and the action speaks of it; the steps from there to the one back
    are the new branch."""
    credits = result.step_credits
    steps = [e for e in events if e.kind == "step"]
    unheld = next(
        (e for e in steps if e.node == NONE and walk.kinds[e.t] == "action" and e.into < walk.size),
        None,
    )
    if unheld is None:
        return
    last = max((e.t for e in steps if e.t < unheld.t and credits[e.t]), default=-1)
    # the last explained step's own decision, when its answer named no option (the walk
    # guessed the branch) and the action speaks of it ("install Company Portal" after "no
    # Company Portal on it")
    guessed = [
        e
        for e in steps
        if e.t == last and _guessed(walk, e) and walk.sure[unheld.t][e.node]
    ]
    node = _open_decision_passed(walk, [*guessed, *(e for e in events if last < e.t <= unheld.t)])
    if node is None:
        return
    back = next((e for e in steps if e.t > unheld.t and e.node not in (NONE, node)), None)
    end = back.t if back is not None else len(result.step_nodes)
    # the question surely asked after the action: the action came before it (the action
    # itself may speak of the question: "install Company Portal" at "is it installed?")
    if any(walk.sure[t][node] for t in range(unheld.t + 1, end)):
        return
    answer = _first_open(walk.flow, node)
    _left_on_open_option(walk, result, node, answer, last if last >= 0 else None, end, back)


def _left_unborne(walk: _Walk, events: list[_Event], result: Alignment) -> None:
    """An answer naming none of a decision's options, at a decision with an option the flow
    has not explored, on whose branch the walk went on though no later step's words speak
    of any node there: the later steps did not bear the branch out (`_Walk._unnamed`), so
    the session took the unexplored option ("Time not fixed" offered for "Time still
    wrong", then a hand-over the flow does not have there) and left at that decision."""
    credits = result.step_credits
    steps = [e for e in events if e.kind == "step"]
    taken = next((e for e in steps if _guessed(walk, e)), None)
    if taken is None or not walk.flow.unexplored[taken.node]:
        return
    if any(credits[e.t] for e in steps if e.t > taken.t):
        return
    answer = walk.trail.steps[taken.t].answer
    _left_on_open_option(walk, result, taken.node, answer, taken.t, len(result.step_nodes))
    node_id = walk.flow.ids[taken.node]
    result.path = result.path[: result.path.index(node_id) + 1]
    result.branches = result.branches[: [n for n, _ in result.branches].index(node_id)]


def _left_unworded(walk: _Walk, events: list[_Event], result: Alignment) -> None:
    """Steps the walk placed on the flow by its structure alone (no word of them speaks of
    their nodes), at or soon after a decision with an option the flow has not explored,
    before a step whose words do speak of a node further on: the session took that option
    (in words no step recorded, or the opening statement's), asked or did what the flow
    lacks there, and came back ("is the sharing link view-only?", placed at "is the file's
    read-only flag set?" only because both lead on to "is it marked as final?"). The
    decision is the last such the walk passed by a skip or stood at since its last
    explained step; the unexplained steps are the new branch."""
    credits = result.step_credits
    steps = [e for e in events if e.kind == "step" and e.counted]
    first = next((e for e in steps if e.node != NONE and credits[e.t] == 0.0), None)
    if first is None:
        return
    last = max((e.t for e in steps if e.t < first.t and credits[e.t]), default=-1)
    node = _open_decision_passed(walk, [e for e in events if last < e.t <= first.t])
    back = next((e for e in steps if e.t > first.t and credits[e.t]), None)
    if node is None or back is None or back.node in (NONE, node):
        return
    # the decision's own question reworded, answered, and on to where its branch leads
    # ("any luck?" for "does it release now?") is no departure: some step must stand
    # elsewhere for want of words
    if all(e.node == node for e in steps if first.t <= e.t < back.t and credits[e.t] == 0.0):
        return
    answer = _first_open(walk.flow, node)
    _left_on_open_option(walk, result, node, answer, last if last >= 0 else None, back.t, back)
    left, came = walk.flow.ids[node], walk.flow.ids[back.node]
    between = set(result.path[result.path.index(left) + 1 : result.path.index(came)])
    result.path = [n for n in result.path if n not in between]
    result.branches = [(n, o) for n, o in result.branches if n != left and n not in between]


def _guessed(walk: _Walk, event: _Event) -> bool:
    """Whether the walk took a branch at a decision for a step whose answer named none of
    its options (`_Walk._unnamed`)."""
    return (
        event.option != NONE
        and walk.flow.kinds[event.node] == "decision"
        and walk.names_none(event.node, event.t)
    )


def _first_open(flow: PreparedFlow, node: int) -> str:
    """The text of a decision's first option the flow has not explored."""
    return flow.options[node][flow.unexplored[node][0]].text


def _left_on_open_option(
    walk: _Walk,
    result: Alignment,
    node: int,
    answer: str | None,
    step: int | None,
    end: int,
    back: _Event | None = None,
) -> None:
    """Record that the session left at `node` on an option the flow has not explored, with
    `answer`, after `step` (None: before any); the steps up to `end` are the new branch,
    and `back`, if any, the step it came back at."""
    flow = walk.flow
    result.divergence_node_id = flow.ids[node]
    result.divergence_answer = answer
    result.divergence_step = step
    result.anticipated = True
    for t in range(0 if step is None else step + 1, end):
        result.step_nodes[t] = None
    if back is not None:
        result.rejoin_node_id, result.rejoin_step = flow.ids[back.node], back.t


def _open_decision_passed(walk: _Walk, events: list[_Event]) -> int | None:
    """Of the nodes a stretch of the walk passed by skips or stood at for its steps, the
    last decision with an option the flow has not explored (None: none)."""
    passed: list[int] = []
    for event in events:
        if event.kind == "skip":
            passed.append(event.node)
        elif event.kind == "step":
            stood = event.into if event.node == NONE else event.node
            passed.extend([stood] if stood < walk.size else [])
    flow = walk.flow
    found = [n for n in passed if flow.kinds[n] == "decision" and flow.unexplored[n]]
    return found[-1] if found else None


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
        """Whether the opening statement alone (the problem summary's words) is more about
        another flow than about the flow with this key."""
        if not trail.summary:
            return False
        ranked = self.rank(replace(trail, steps=(), words=trail.summary))
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

