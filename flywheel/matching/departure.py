"""Where a session left the flow, and where it came back: read off the best walk."""

from __future__ import annotations

from flywheel.matching.alignment import Alignment
from flywheel.matching.costs import NONE
from flywheel.matching.flows import PreparedFlow
from flywheel.matching.trace import _Event
from flywheel.matching.walk import _Walk


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
        e for e in steps if e.t == last and _guessed(walk, e) and walk.sure[unheld.t][e.node]
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
    explained step; the unexplained steps are the new branch. Each stretch of such steps
    is tried in order: one explained by rewording (no open decision before it) does not
    hide a departure further on. A stretch running to the end of the trail, the session
    never back, is a departure too when no step at the decision spoke of it: the branch
    the walk took there was its own guess, and nothing after it bears the guess out (a fix
    and its result placed on the one explored branch only because they are an action and
    a solution)."""
    credits = result.step_credits
    steps = [e for e in events if e.kind == "step" and e.counted]
    stretches: dict[int, _Event] = {}  # the last explained step before each: its first step
    last = -1
    for event in steps:
        if event.node != NONE and credits[event.t] == 0.0:
            stretches.setdefault(last, event)
        if credits[event.t]:
            last = event.t
    for last, first in stretches.items():
        if _left_unworded_at(walk, events, steps, result, (last, first)):
            return


def _left_unworded_at(
    walk: _Walk,
    events: list[_Event],
    steps: list[_Event],
    result: Alignment,
    stretch: tuple[int, _Event],
) -> bool:
    """`_left_unworded` for one stretch of unworded steps: the explained step before it
    (-1: none) and its first step, of the walk's counted `steps`. Whether the session
    left there."""
    credits = result.step_credits
    last, first = stretch
    passed = [e for e in events if last < e.t <= first.t]
    node = _open_decision_passed(walk, passed)
    back = next((e for e in steps if e.t > first.t and credits[e.t]), None)
    if node is None or (back is not None and back.node in (NONE, node)):
        return False
    # never back: the branch the walk took there must have been its own guess (no step
    # there spoke of the decision), not an answer the later steps merely word otherwise
    if back is None and any(
        e.kind == "step" and node in (e.node, e.into) and credits[e.t] for e in passed
    ):
        return False
    end = len(result.step_nodes) if back is None else back.t
    # the decision's own question reworded, answered, and on to where its branch leads
    # ("any luck?" for "does it release now?") is no departure: some step must stand
    # elsewhere for want of words
    if all(e.node == node for e in steps if first.t <= e.t < end and credits[e.t] == 0.0):
        return False
    answer = _first_open(walk.flow, node)
    _left_on_open_option(walk, result, node, answer, last if last >= 0 else None, end, back)
    left = walk.flow.ids[node]
    came = len(result.path) if back is None else result.path.index(walk.flow.ids[back.node])
    between = set(result.path[result.path.index(left) + 1 : came])
    result.path = [n for n in result.path if n not in between]
    result.branches = [(n, o) for n, o in result.branches if n != left and n not in between]
    return True


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
