"""The pieces of the similar-proposal look-up that need no database: the token sets the
shortlist scores, the bounded cache of pending proposals' heads, and engine tokens."""

from __future__ import annotations

import random
import string

from rapidfuzz import fuzz
from sqlalchemy import create_engine

from flywheel.similarity import Pending, PendingHeads, engine_token, token_set

# every ASCII character, whitespace and control characters included, and more of the
# characters fingerprints are made of, so that random texts share words
_ALPHABET = [chr(c) for c in range(128)] + list("ab ab |.-" + string.digits)


def _text(rng: random.Random) -> str:
    words = ["".join(rng.choices(_ALPHABET, k=rng.randint(0, 4))) for _ in range(rng.randint(0, 8))]
    return rng.choice([" ", "  ", "\t", " | ", "\x1f", "\x0b"]).join(words)


def test_a_token_set_scores_exactly_as_its_text() -> None:
    rng = random.Random(5)
    for _ in range(5_000):
        left, right = _text(rng), _text(rng)
        assert fuzz.token_set_ratio(token_set(left), token_set(right)) == fuzz.token_set_ratio(
            left, right
        ), (left, right)


def test_every_ascii_character_splits_words_alike_in_python_and_rapidfuzz() -> None:
    for code in range(128):
        text = f"beta{chr(code)}alpha alpha"
        assert fuzz.token_set_ratio(token_set(text), "alpha beta") == fuzz.token_set_ratio(
            text, "alpha beta"
        ), repr(chr(code))


def test_a_token_set_is_the_sorted_distinct_words_and_leaves_other_text_alone() -> None:
    assert token_set("vpn drops | vpn error 809 | drops") == "809 drops error vpn |"
    assert token_set("") == ""
    # Python splits at U+00A0 and U+0085 and rapidfuzz does not: such text is kept as it is
    assert token_set("café\xa0ouvert b a") == "café\xa0ouvert b a"


def _pending(size: int) -> Pending:
    rows = [(i, 1, "t") for i in range(size)]
    known = {i: (row, "head") for i, row in enumerate(rows)}
    return Pending(rows=rows, ids=list(known), heads=["head"] * size, known=known)


def test_the_cache_keeps_at_most_its_limit_of_proposals_least_recently_used_dropped() -> None:
    cache = PendingHeads(limit=10, scopes=5)
    cache.put("a", _pending(4))
    cache.put("b", _pending(4))
    assert cache.get("a") is not None  # now "b" is the least recently used
    cache.put("c", _pending(4))
    assert cache.get("b") is None and cache.get("a") is not None and cache.get("c") is not None
    assert cache.size() == 8


def test_the_cache_keeps_at_most_its_limit_of_scopes_and_nothing_larger_than_the_limit() -> None:
    cache = PendingHeads(limit=100, scopes=2)
    for key in "abc":
        cache.put(key, _pending(1))
    assert [key for key in "abc" if cache.get(key) is not None] == ["b", "c"]
    cache.put("huge", _pending(101))
    assert cache.get("huge") is None and cache.size() <= 100
    cache.clear()
    assert cache.size() == 0 and cache.get("c") is None


def test_each_engine_has_a_token_of_its_own_even_on_the_same_url() -> None:
    first, second = create_engine("sqlite://"), create_engine("sqlite://")
    try:
        assert engine_token(first) == engine_token(first)
        assert engine_token(first) != engine_token(second)
    finally:
        first.dispose()
        second.dispose()
