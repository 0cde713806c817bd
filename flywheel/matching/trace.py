"""Reading the walk back: the best walk's events, in order."""

from __future__ import annotations

from dataclasses import dataclass

from flywheel.matching.costs import DIVERGED, NONE, STARTED
from flywheel.matching.walk import _Links, _Move, _Taken, _Walk


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
