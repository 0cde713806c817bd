"""The same experiments in several orders: mining, and to a lesser degree enhancement,
depend on the order sessions arrive in (which proposal a session finds pending shapes every
tree after it), so a change is best judged over several. `flywheel eval DIR --orders N`
runs the first order and N-1 shuffled ones (seeds 1 to N-1) and reports each figure's
mean, least and most."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from flywheel.evaluation.metrics import mean

ORDERS = "orders"  # results key: the spread over the orders run


def spread(runs: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Over the runs' results, for every figure (a number directly under an experiment),
    its mean, least and most; and how many orders there were."""
    experiments = [name for name, value in runs[0].items() if isinstance(value, dict)]
    figures: dict[str, Any] = {"count": len(runs)}
    for name in experiments:
        values = {
            key: [run[name][key] for run in runs]
            for key, value in runs[0][name].items()
            if _figure(value) and all(_figure(run.get(name, {}).get(key)) for run in runs)
        }
        figures[name] = {
            key: {"mean": mean(seen), "min": min(seen), "max": max(seen)}
            for key, seen in values.items()
        }
    return figures


def _figure(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)
