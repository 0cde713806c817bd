"""The sessions each experiment missed, kept in its results under one key, and taken out
unless asked for (`flywheel eval --misses`)."""

from __future__ import annotations

from typing import Any

MISSES = "misses"  # the key of each experiment's missed sessions (`flywheel eval --misses`)


def _without_misses(value: Any) -> Any:
    """The results with every `MISSES` list taken out, however deep."""
    if isinstance(value, dict):
        return {k: _without_misses(v) for k, v in value.items() if k != MISSES}
    return value
