"""Every boundary of the dispatch table, one row each."""

from __future__ import annotations

import pytest

from flywheel.dispatch import Decision, decide

CASES = [
    # matched, score, diverged, route
    (False, None, False, "new_flow"),
    (False, None, True, "new_flow"),
    (True, None, False, "new_flow"),
    (True, 0.0, False, "new_flow"),
    (True, 0.4999, True, "new_flow"),
    (True, 0.4999, False, "new_flow"),
    (True, 0.5, True, "enhance"),
    (True, 0.5, False, "reinforce"),
    (True, 0.5001, True, "enhance"),
    (True, 0.65, False, "reinforce"),
    (True, 0.7999, True, "enhance"),
    (True, 0.7999, False, "reinforce"),
    (True, 0.8, False, "reinforce"),
    (True, 0.8, True, "enhance"),
    (True, 0.8001, False, "reinforce"),
    (True, 1.0, True, "enhance"),
    (True, 1.0, False, "reinforce"),
]


@pytest.mark.parametrize(("matched", "score", "diverged", "route"), CASES)
def test_dispatch_table(matched: bool, score: float | None, diverged: bool, route: str) -> None:
    decision = decide(
        matched=matched, score=score, diverged=diverged, enhance_at=0.5, reinforce_at=0.8
    )
    assert decision.route == route
    assert decision.reason


def test_moderate_match_without_divergence_says_so() -> None:
    decision = decide(matched=True, score=0.6, diverged=False, enhance_at=0.5, reinforce_at=0.8)
    assert "moderate" in decision.reason


def test_thresholds_come_from_the_caller() -> None:
    decision = decide(matched=True, score=0.6, diverged=True, enhance_at=0.7, reinforce_at=0.9)
    assert decision.route == "new_flow"


@pytest.mark.parametrize(
    ("score", "diverged", "route"),
    [(0.67, True, "new_flow"), (0.4, True, "new_flow"), (0.67, False, "reinforce")],
)
def test_a_flow_met_in_passing_is_no_flow_for_a_session_that_left_it(
    score: float, diverged: bool, route: str
) -> None:
    decision = decide(
        matched=True,
        score=score,
        diverged=diverged,
        enhance_at=0.5,
        reinforce_at=0.8,
        in_passing=True,
    )
    assert decision.route == route
    assert ("in passing" in decision.reason) == (score >= 0.5 and diverged)


OPEN_CASES = [
    # score, diverged, route: left on an option the flow has not explored (O = 0.4)
    (0.3999, True, "new_flow"),
    (0.4, True, "enhance"),
    (0.45, True, "enhance"),
    (0.45, False, "new_flow"),  # O is for leaving there; a walk without leaving needs E
    (0.5, False, "reinforce"),
]


def left_open(score: float, *, diverged: bool = True, open_at: float = 0.4, **kw: bool) -> Decision:
    """The decision for a session that left on an unexplored option (E 0.5, R 0.8, O open_at)."""
    return decide(
        matched=True,
        score=score,
        diverged=diverged,
        enhance_at=0.5,
        reinforce_at=0.8,
        open_option=True,
        enhance_open_at=open_at,
        **kw,
    )


@pytest.mark.parametrize(("score", "diverged", "route"), OPEN_CASES)
def test_leaving_on_an_unexplored_option_enhances_from_its_own_threshold(
    score: float, diverged: bool, route: str
) -> None:
    assert left_open(score, diverged=diverged).route == route


def test_the_open_option_threshold_never_raises_the_bar() -> None:
    decision = left_open(0.55, open_at=0.6)
    assert decision.route == "enhance" and "not explored" in decision.reason


def test_leaving_on_an_unexplored_option_in_passing_is_still_a_new_problem() -> None:
    decision = left_open(0.45, in_passing=True)
    assert decision.route == "new_flow" and "in passing" in decision.reason
