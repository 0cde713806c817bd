"""The dispatch rule: which of the three outcomes a session's match calls for.

| matched flow | score s              | diverged | outcome     |
|--------------|----------------------|----------|-------------|
| none         | -                    | either   | new flow    |
| yes          | s < E                | either   | new flow    |
| yes          | E <= s               | yes      | enhancement |
| open option  | O <= s               | yes      | enhancement |
| yes          | R <= s               | no       | reinforce   |
| yes          | E <= s < R           | no       | reinforce   |
| in passing   | E <= s               | yes      | new flow    |

E and R are the enhance and reinforce thresholds (settings; 0.5 and 0.8). Both bounds are
inclusive: exactly 0.5 with divergence is an enhancement, exactly 0.8 reinforces. Between E
and R without divergence the session still walked the flow without leaving it, so it
reinforces the flow; the reason records that the match was only moderate.

O (setting; 0.4, never above E) is the enhance threshold for a session that left the flow on
an option the flow has but has not explored: the flow's authors anticipated that answer
there, so the branch it lacks is the session's, on less evidence than another divergence.

A flow met "in passing" is one the session left after it explained fewer than two of its
steps (counting those after it came back to the flow, if it did), while the problem
statement, or the session's words as a whole, are more about another flow
(`analyzer._in_passing`):
the session met one of the flow's questions on its way to a problem the flow does not
cover, so it is a new problem rather than a branch of that flow.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Route = Literal["reinforce", "enhance", "new_flow"]


@dataclass(frozen=True)
class Decision:
    route: Route
    reason: str


def decide(
    *,
    matched: bool,
    score: float | None,
    diverged: bool,
    enhance_at: float,
    reinforce_at: float,
    in_passing: bool = False,
    open_option: bool = False,
    enhance_open_at: float | None = None,
) -> Decision:
    """Apply the table above; `score` is ignored when nothing matched. `open_option`: the
    session left on an option the flow has not explored (O, `enhance_open_at`, applies)."""
    if not matched or score is None:
        return Decision("new_flow", "No flow in the library matches this session.")
    if diverged and open_option and enhance_open_at is not None:
        enhance_at = min(enhance_at, enhance_open_at)
    if score < enhance_at:
        return Decision(
            "new_flow", f"The best flow matches only {score:.2f} (below {enhance_at:.2f})."
        )
    if diverged and in_passing:
        return Decision(
            "new_flow",
            f"The best flow ({score:.2f}) was met only in passing: the session left it having "
            "followed at most one of its steps, and its problem statement or its words as a whole "
            "are more about another flow.",
        )
    if diverged and open_option:
        return Decision(
            "enhance",
            f"The session matches a flow ({score:.2f}) and left it on an option the flow has "
            "but has not explored yet.",
        )
    if diverged:
        return Decision("enhance", f"The session matches a flow ({score:.2f}) but left it partway.")
    if score >= reinforce_at:
        return Decision("reinforce", f"The session followed the flow ({score:.2f}) to the end.")
    return Decision(
        "reinforce",
        f"The session followed the flow without leaving it; the match is moderate ({score:.2f}).",
    )
