"""The best walk read back as an alignment: how well each step is explained, by its words
and by the flow's structure, and the fitness and score that follow."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from flywheel.matching.alignment import Alignment
from flywheel.matching.costs import EVIDENCE_HALF, NONE, OFFER_CREDIT, PASSING_STEPS
from flywheel.matching.departure import (
    _divergence,
    _left_by_action,
    _left_unborne,
    _left_unworded,
)
from flywheel.matching.flows import PreparedFlow
from flywheel.matching.reading import Reading
from flywheel.matching.trace import _Event
from flywheel.matching.walk import _Walk


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
    walked_off = result.diverged
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
    # the share explained along the flow, and how surely the session is the flow's: steps
    # after it came back from a branch of its own count when there are enough of them
    back = _back_on_flow(worded, result.divergence_step, result.rejoin_step)
    result.fitness = _mean(
        [e.credit if e.on_flow or e.t in back else 0.0 for e in worded if not e.opening]
    )
    credits = _confirmed(walk.flow, worded, walk.reading)  # how surely the session is the flow's
    if result.diverged and not walked_off:  # read off the walk afterwards: count up to there
        credits = _until(credits, result.divergence_step)
    before = [entry.credit for entry in credits if entry.on_flow or entry.t in back]
    result.score = match_score(before, walk.reading.evidence_half)
    return result


def _back_on_flow(worded: list[_Credit], left: int | None, back: int | None) -> set[int]:
    """The steps explained after the session came back to the flow (at step `back`, having
    left at step `left`), when there are at least PASSING_STEPS of them and no fewer
    than the steps it took away from the flow: one step a foreign flow happens to share,
    or a common ending after a long way elsewhere, is no sign the session is the flow's."""
    if back is None:
        return set()
    counted = [e for e in worded if e.t != NONE]
    returned = {e.t for e in counted if e.t >= back and e.credit > 0.0}
    away = sum(1 for e in counted if (left is None or e.t > left) and e.t < back)
    return returned if len(returned) >= max(PASSING_STEPS, away) else set()


def _until(credits: list[_Credit], step: int | None) -> list[_Credit]:
    """The credits, those of steps after `step` (all steps, for None) off the flow."""
    return [
        entry._replace(on_flow=False)
        if entry.t != NONE and (step is None or entry.t > step)
        else entry
        for entry in credits
    ]


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


def _between(flow: PreparedFlow, worded: list[_Credit], raised: list[_Credit]) -> list[_Credit]:
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
