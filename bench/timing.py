"""Repeated wall-clock timings and their median and maximum."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Timings:
    """Seconds of each timed run (warm-up runs are not among them)."""

    runs: tuple[float, ...]

    @property
    def median(self) -> float:
        return statistics.median(self.runs)

    @property
    def max(self) -> float:
        return max(self.runs)

    def as_json(self) -> dict[str, Any]:
        return {
            "median_s": self.median,
            "max_s": self.max,
            "runs_s": [round(r, 6) for r in self.runs],
        }


def timed(action: Callable[[], T]) -> tuple[float, T]:
    """How long one call of `action` took, and what it returned."""
    started = time.perf_counter()
    result = action()
    return time.perf_counter() - started, result


def seconds(action: Callable[[], object]) -> float:
    """How long one call of `action` took."""
    return timed(action)[0]


def repeat(action: Callable[[], object], *, runs: int, warmup: int = 1) -> Timings:
    """Call `action` `warmup` times untimed, then `runs` times timed."""
    for _ in range(warmup):
        action()
    return Timings(tuple(seconds(action) for _ in range(runs)))
