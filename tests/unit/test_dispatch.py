"""Every boundary of the dispatch table, one row each."""

from __future__ import annotations

import pytest

from flywheel.dispatch import decide

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
