"""What a call costs: USD from a price table, and a rough token count for text.

Prices are USD per million tokens, per model, by kind: `input`, `output`, `cache_read` and
`cache_write` (the table lives in `Settings.llm_prices`, so it can change without a release).
"""

from __future__ import annotations

import math

from flywheel.llm.base import Usage

PER_MILLION = 1_000_000
CHARS_PER_TOKEN = 4


def estimate_cost(prices: dict[str, dict[str, float]], usage: Usage) -> float:
    """The estimated USD cost of one call; 0.0 for a model the table does not price."""
    price = model_prices(prices, usage.model)
    if price is None:
        return 0.0
    total = (
        usage.input_tokens * price.get("input", 0.0)
        + usage.output_tokens * price.get("output", 0.0)
        + usage.cache_read_tokens * price.get("cache_read", 0.0)
        + usage.cache_write_tokens * price.get("cache_write", 0.0)
    )
    return total / PER_MILLION


def model_prices(prices: dict[str, dict[str, float]], model: str) -> dict[str, float] | None:
    """The prices of `model`: an exact entry, else the longest entry it starts with.

    The API may answer with a dated snapshot id (`claude-sonnet-5-5-20260928`) for a model
    configured by its alias (`claude-sonnet-5-5`); both should cost the same.
    """
    if model in prices:
        return prices[model]
    matches = [name for name in prices if name and model.startswith(name + "-")]
    return prices[max(matches, key=len)] if matches else None


def estimate_tokens(text: str) -> int:
    """A rough token count (about four characters a token), for offline estimates."""
    return math.ceil(len(text) / CHARS_PER_TOKEN)
