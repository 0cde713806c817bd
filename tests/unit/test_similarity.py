"""The pieces of the similar-proposal look-up that need no database: the token sets the
shortlist scores, a scope's word index, the bounded cache of scopes, engine tokens, and
when a session resembles a proposal's tree."""

from __future__ import annotations

import math
import random
import string
from typing import Any

from rapidfuzz import fuzz
from sqlalchemy import create_engine

from flywheel.matching import read_trail
from flywheel.similarity import (
    Marker,
    PendingHeads,
    ScopeIndex,
    engine_token,
    fingerprint,
    head_words,
    idf,
    resemblance,
    same_story,
    token_set,
)
from flywheel.transcript import OptionView, SessionView, StepView

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


def _pending(size: int) -> ScopeIndex:
    index = ScopeIndex()
    for i in range(1, size + 1):
        index.put((i, 1, "t"), "head")
    return index


_WORDS = [f"w{k}" for k in range(12)]


def _head(rng: random.Random) -> str:
    return token_set(" | ".join(" ".join(rng.sample(_WORDS, rng.randint(0, 4))) for _ in "ab"))


def _nearest(heads: dict[int, str], query: str, count: int) -> list[int]:
    """`ScopeIndex.nearest` done the obvious way: every head scored from scratch."""
    wanted = sorted(head_words(query))
    having = {w: sum(w in head_words(h) for h in heads.values()) for w in wanted}
    score = {
        id_: sum(idf(len(heads), having[w]) for w in wanted if w in head_words(head))
        for id_, head in heads.items()
    }
    return sorted(sorted(heads, key=lambda id_: (-score[id_], id_))[:count])


def test_a_scope_index_changed_in_place_finds_what_one_made_afresh_finds() -> None:
    rng = random.Random(11)
    index, heads = ScopeIndex(), {}
    for _ in range(3_000):
        id_ = rng.randint(1, 80)
        if id_ in heads and rng.random() < 0.4:
            index.drop(id_)
            del heads[id_]
        else:
            heads[id_] = _head(rng)
            index.put((id_, 1, "t"), heads[id_])
        query, count = _head(rng), rng.randint(1, 30)
        ids, found_heads = index.nearest(head_words(query), count)
        assert ids == _nearest(heads, query, count), (query, count)
        assert found_heads == [heads[id_] for id_ in ids]
    assert len(index) == len(heads) and set(index.identities) == set(heads)


def test_a_word_every_head_has_still_counts_and_a_rare_one_counts_most() -> None:
    assert idf(10, 10) == math.log(2) > 0
    assert idf(10, 1) > idf(10, 2) > idf(10, 10)


def test_a_scope_index_agrees_with_a_marker_of_its_count_highest_id_and_versions() -> None:
    index = ScopeIndex()
    assert index.agrees(Marker(0, None, None, None))
    index.put((4, 2, "t"), "a")
    index.put((9, 3, "t"), "b")
    assert index.agrees(Marker(2, None, 9, 5))
    assert not index.agrees(Marker(2, None, 9, 6))  # a version bumped
    assert not index.agrees(Marker(1, None, 9, 3))  # one left
    assert not index.agrees(Marker(3, None, 10, 6))  # one came


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


def test_two_openings_tell_one_story_when_a_fifth_of_the_fewer_word_stems_are_shared() -> None:
    printer = fingerprint("Printer shows offline", "Is the printer on the network?")
    # prin, show, offl, netw and prin, jobs, stuc, queu, clea: one of four (1 >= 0.8)
    assert same_story(printer, fingerprint("Printing jobs stuck", "Is the queue clear?"))
    monitor = fingerprint("User reports monitor says no signal", "Dock, or direct cable?")
    laptop = fingerprint("Laptop won't boot after the update", "What does it do switched on?")
    assert not same_story(monitor, laptop)
    # one stem shared: enough of three (1 >= 0.6), not of six (1 < 1.2)
    assert same_story(fingerprint("outlook crashes hourly"), fingerprint("outlook freezes often"))
    assert not same_story(
        fingerprint("outlook crashes hourly after monday update"),
        fingerprint("outlook freezes often during long meetings"),
    )
    # words any opening may say tell no story
    assert not same_story(fingerprint("laptop battery drains"), fingerprint("laptop fans loud"))
    wifi = fingerprint("My Acer laptop is two years old and the wifi keeps dropping out, help")
    screen = fingerprint("Need help: the screen on my Acer laptop flickers, goes dark at random")
    assert not same_story(wifi, screen)  # acer, of six stems; "laptop" and "help" say nothing
    assert same_story(fingerprint("no"), monitor)  # no word of three letters: nothing to tell
    assert same_story(fingerprint("VPN spins"), fingerprint("VPN tunnel fails overnight again"))


# --- resembling a proposal's tree ------------------------------------------------------------

WEB_TREE: dict[str, Any] = {
    "id": "root",
    "type": "decision",
    "question": "Do other websites load, or only this one fails?",
    "options": [
        {"id": "root_one", "label": "Only this one fails", "next_node_id": "browser"},
        {"id": "root_none", "label": "Nothing loads", "next_node_id": "where"},
    ],
    "children": [
        {
            "id": "browser",
            "type": "decision",
            "question": "Does the site open in another browser?",
            "options": [
                {"id": "browser_yes", "label": "Yes", "next_node_id": "cache"},
                {"id": "browser_no", "label": "No", "next_node_id": "down"},
            ],
        },
        {
            "id": "where",
            "type": "decision",
            "question": "Where are you working from right now?",
            "options": [
                {"id": "where_office", "label": "Office", "next_node_id": "outage"},
                {"id": "where_home", "label": "Home", "next_node_id": "router"},
            ],
        },
        {
            "id": "cache",
            "type": "solution",
            "title": "Clear the browser cache",
            "description": "Cleared cache and cookies.",
        },
        {
            "id": "down",
            "type": "solution",
            "title": "Site is down",
            "description": "Reported to the site owner.",
        },
        {
            "id": "outage",
            "type": "solution",
            "title": "Office outage",
            "description": "Escalated to networks.",
        },
        {
            "id": "router",
            "type": "solution",
            "title": "Restart the router",
            "description": "Home router restarted.",
        },
    ],
}
YES_NO = (OptionView("yes", "Yes"), OptionView("no", "No"))


def _resemblance(summary: str, *steps: StepView, told: bool) -> float:
    session = SessionView(external_id="s", status="resolved", problem_summary=summary, steps=steps)
    query = fingerprint(summary, *(step.text for step in steps if step.type == "question"))
    return resemblance(WEB_TREE, query, trail=read_trail(session), told=told)


def _first_asked(
    offered: tuple[OptionView, ...], picked: str, then: StepView, fix: str
) -> tuple[StepView, ...]:
    """The tree's first question asked with `offered` and `picked`, then `then`, then `fix`."""
    first = "Do other websites load, or only this one fails?"
    return (
        StepView(0, "question", first, options=offered, selected=picked),
        then,
        StepView(2, "solution", fix),
    )


def test_a_session_leaving_below_the_first_question_in_passing_resembles_only_if_told() -> None:
    where = (
        OptionView("office", "Office"),
        OptionView("home", "Home"),
        OptionView("own", "Own PC"),
    )
    steps = (  # the opening answers the first question; one question below it, then foreign
        StepView(0, "question", "Where are you connecting from?", options=where, selected="own"),
        StepView(
            1, "question", "Is the Remote Desktop app installed?", options=YES_NO, selected="yes"
        ),
        StepView(2, "solution", "Added you to the Remote Desktop Users group"),
    )
    summary = "Nothing loads in my remote desktop window"
    assert _resemblance(summary, *steps, told=False) == 0.0
    assert _resemblance(summary, *steps, told=True) > 0.0


def test_a_session_answering_the_first_question_otherwise_resembles_only_if_told() -> None:
    first = (
        OptionView("one", "Only this one fails"),
        OptionView("none", "Nothing loads"),
        OptionView("slow", "Everything is slow"),  # a branch the tree does not have yet
    )
    streaming = StepView(
        1, "question", "Is anyone streaming video on your line?", options=YES_NO, selected="yes"
    )
    steps = _first_asked(first, "slow", streaming, "Paused the backup upload")
    # one step, the first question, is all another problem needs in a proposal's kind
    # reading; a session of the same problem says so in its opening
    assert _resemblance("Pages crawl all day", *steps, told=True) >= 0.6
    assert _resemblance("Pages crawl all day", *steps, told=False) < 0.6  # the merge threshold


def test_a_session_whose_own_steps_do_not_follow_is_not_fitted_by_its_questions_alone() -> None:
    printer = (OptionView("paper", "Paper jam"), OptionView("queue", "Queue stuck"))
    trays = (OptionView("one", "Tray 1"), OptionView("two", "Tray 2"))
    browser = StepView(
        1, "question", "Does the site open in another browser?", options=trays, selected="two"
    )
    # the tree's questions, word for word, answered with another problem's options
    steps = _first_asked(printer, "queue", browser, "Cleared the stuck print queue")
    # read without their answers, the questions may take any branch and fit the tree
    assert _resemblance("Printing stopped", *steps, told=True) >= 0.6
    assert _resemblance("Printing stopped", *steps, told=False) == 0.0
