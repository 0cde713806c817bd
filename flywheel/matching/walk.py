"""The walk: the Viterbi search of one trail through one prepared flow."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import NamedTuple

from flywheel.matching.costs import (
    ACTION_BONUS,
    ANSWER_BONUS,
    BEAM,
    BEFORE_ROOT,
    DIVERGE,
    DIVERGED,
    LATE_OFF,
    NEG,
    NONE,
    OPENING_SKIP,
    SKIP,
    SKIP_ACTION,
    SOLUTION_BONUS,
    STARTED,
    STAY_FLOOR,
    THRESHOLD,
    TOLD_WORDS,
    UNEXPLAINED,
    UNNAMED_BRANCH,
)
from flywheel.matching.flows import PreparedFlow
from flywheel.matching.options import _offer_pick, _typed_agrees, choose_option, paired_option
from flywheel.matching.reading import Reading
from flywheel.matching.trail import Trail, TrailStep
from flywheel.matching.words import cosine, option_words, tfidf, weighted


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
_ASKS = ("answer", "asked", "tolerated")  # the kinds of step that may ask a question


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
        if not reading.reads_typed_picks:
            trail = replace(trail, steps=tuple(step.untyped or step for step in trail.steps))
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
        self.later_costs: list[list[float]] = []  # after it, before each step; both filled
        # when the search runs
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
        self.later_costs = self._volunteered_costs(self._skip_costs())
        scores = [NEG] * (2 * self.size + 4)
        scores[0] = 0.0
        if self.reading.late_start:
            scores[self.before] = 0.0
        links: list[_Links] = []
        taken: list[_Taken] = []
        for t in range(len(self.trail.steps)):
            links.append(self._close(scores, t))
            scores, moves = self._advance(scores, t)
            taken.append(moves)
        return scores, links, taken

    def _close(self, scores: list[float], t: int) -> _Links:
        """Skip moves (node to child without a step) and leaving the flow, in place, before
        step t.

        Skips only cost, so a node already further than BEAM behind the best cannot lead
        to a state the next step keeps: it is passed over (except at the opening, where
        answering onto a missing branch may gain).
        """
        links: _Links = {}
        if scores[self.before] > scores[0]:
            scores[0], links[0] = scores[self.before], (self.before, STARTED)
        opening = t == 0
        costs = self.opening_costs if opening else self.later_costs[t]
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
        connected, still fails"). Such a decision is told (`told_nodes`, where the session
        may leave on a missing branch the opening named, `_opened_off`) when no question or
        clarification surely asks it: an action or a solution may well speak of what the
        opening told ("updates are waiting" told, "let's install those updates" done). It
        is cheap to pass only when no step at all surely speaks of it: read from the topic
        a short opening names ("a problem with my Office licence"), passing a question
        cheaply that a later fix speaks of lets the walk wander past it. Read against a
        flow only (`opening_in_flow_words`): a proposal reads the opening with every word,
        too loosely to pass its questions by."""
        costs = [SKIP_ACTION if kind == "action" else SKIP for kind in self.flow.kinds]
        if not self.reading.opening_in_flow_words:
            return costs
        told = self.summary_sure
        asking = [sure for sure, kind in zip(self.sure, self.kinds, strict=True) if kind in _ASKS]
        for i in range(self.size):
            if costs[i] == SKIP and told[i] and not any(sure[i] for sure in asking):
                self.told_nodes.append(i)
                if not any(sure[i] for sure in self.sure):
                    costs[i] = min(SKIP, self.opening_costs[i])
        return costs

    def _opening_costs(self) -> list[float]:
        """Skipping a node before the first step costs less the more the summary says of it."""
        return [self._told_cost(s) for s in self.summary_sims]

    def _told_cost(self, sim: float) -> float:
        """Skipping a node a text told, the more surely the less (`OPENING_SKIP` for none)."""
        return OPENING_SKIP * (1.0 - min(1.0, sim / self.reading.full_credit)) + 0.02

    def _volunteered_costs(self, skip: list[float]) -> list[list[float]]:
        """Skip costs before each step, from those of `skip` (index 0 unused: the opening's
        costs apply there).

        An answer may say more than its question asked: "at a client site with my laptop,
        and I'm already on the VPN". A decision such typed words surely speak of (read in
        the flow's words, without the words of the step's own question and offer) is one the
        agent need not ask, so passing it later costs no more than passing it before the
        first step would, had the opening said as much. Only decisions with every option
        explored: which option was volunteered is not read, and a missing branch must not
        be passed by. Against a flow only, as for the opening (`_skip_costs`)."""
        costs = skip
        found = [costs]
        told = [0.0] * self.size
        for step in self.trail.steps[:-1]:
            said = self._volunteered(step) if self.reading.opening_in_flow_words else None
            if said is not None:
                told = [max(old, new) for old, new in zip(told, said, strict=True)]
                costs = [
                    min(cost, self._told_cost(sim))
                    if sim and cost == SKIP and not self.flow.unexplored[i]
                    else cost
                    for i, (cost, sim) in enumerate(zip(skip, told, strict=True))
                ]
            found.append(costs)
        return found

    def _volunteered(self, step: TrailStep) -> list[float] | None:
        """Per node, the similarity of what an answer's typed words say beyond its question
        and offer (`TrailStep.beyond_frequencies`), where that surely speaks of the node (0
        elsewhere); None: it surely speaks of none."""
        if step.kind != "answer" or not step.beyond_frequencies:
            return None
        vector = weighted(step.beyond_frequencies, self.flow.idf)  # in the flow's words only
        if not vector:
            return None
        sims = self.flow.similarities(vector)
        sure = self.reading.sure(sims)
        if not any(sure):
            return None
        return [sim if surely else 0.0 for sim, surely in zip(sims, sure, strict=True)]

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
            if kind == "tolerated":  # a clarification may ask the question it comes back at
                asks = [m for m in self._rejoins(state, t) if self.flow.kinds[m[2]] == "decision"]
                return [(state, -STAY_FLOOR, NONE, NONE, False), *asks]
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
        of the step there that the step surely speaks of; a clarification's is staying at a
        question (it asks the question in words of its own, and the answer that follows
        may say nothing of it: "put simply, does it work for another account?", "yes"; a
        question speaking of an action, "is it there now after the restart?", is not that
        action done). Only a walk that left on a named option comes back (`left_at` has no
        node for the others): an answer naming none may have taken a branch in its own
        words, and the opening statement is too loose a reading of which branch a session
        lacked to hang steps of its own there."""
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
