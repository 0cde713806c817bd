"""Which of a session's steps make the new branch an enhancement is compared by."""

from __future__ import annotations

from flywheel.matching import Alignment
from flywheel.outcomes import _branch_start, _steps_after
from flywheel.transcript import SessionView, StepView

VIEW = SessionView(
    external_id="S-1",
    status="resolved",
    steps=tuple(StepView(order=n, type="action", text=f"step {n}") for n in range(4)),
)


def test_the_branch_is_the_steps_after_the_one_the_session_left_at() -> None:
    left = Alignment(divergence_node_id="ports", divergence_step=1)
    assert _steps_after(VIEW, left) == ["step 2", "step 3"]
    came_back = Alignment(divergence_node_id="ports", divergence_step=0, rejoin_step=2)
    assert _steps_after(VIEW, came_back) == ["step 1"]


def test_a_session_its_opening_took_off_the_flow_has_every_step_in_its_branch() -> None:
    opened = Alignment(divergence_node_id="ports", divergence_step=None)
    assert _steps_after(VIEW, opened) == ["step 0", "step 1", "step 2", "step 3"]


def test_the_branch_starts_after_the_step_left_at_or_at_the_first_and_not_without_leaving() -> None:
    assert _branch_start(Alignment(divergence_node_id="ports", divergence_step=1)) == 2
    assert _branch_start(Alignment(divergence_node_id="ports")) == 0
    assert _branch_start(Alignment()) is None
