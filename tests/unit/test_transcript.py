"""Unit tests for reading a step's answer: an option named by its place in a listed offer."""

from __future__ import annotations

import pytest

from flywheel.transcript import OptionView, StepView, marked_option

SITES = (
    OptionView("intranet", "Intranet / company web apps"),
    OptionView("all", "All websites"),
    OptionView("one", "Just one site"),
)
LETTERED = "Is it a) Intranet / company web apps, b) All websites, c) Just one site?"
NUMBERED = "Which is it: 1) Intranet / company web apps, 2) All websites, 3) Just one site"


@pytest.mark.parametrize(
    ("text", "typed", "expected"),
    [
        (LETTERED, "c", 2),
        (LETTERED, "B", 1),
        (LETTERED, "(a)", 0),
        (LETTERED, "it's c I think", 2),
        (NUMBERED, "2", 1),
        (NUMBERED, "number 3", 2),
        (NUMBERED, "option 1 please", 0),
        (NUMBERED, "the second one", 1),
        ("Which of these?", "the third one", 2),
    ],
)
def test_a_reply_naming_an_option_by_its_place_names_that_option(
    text: str, typed: str, expected: int
) -> None:
    assert marked_option(text, typed, SITES) == expected


@pytest.mark.parametrize(
    ("text", "typed"),
    [
        (LETTERED, "c, and the VPN is off too"),  # says more than the mark
        (LETTERED, "2"),  # a number where the offer is lettered
        (NUMBERED, "c"),
        ("Which of these?", "2"),  # the question lists nothing
        ("Did it fail 2 times or 3 times?", "3"),  # numbers, but no listing
        ("Is it b) this or c) that?", "b"),  # a listing must start at a / 1
        (NUMBERED, "no"),
        (NUMBERED, ""),
        ("Which of these?", "the fifth one"),  # only three offered
    ],
)
def test_a_reply_saying_more_or_an_offer_not_listed_names_no_option(
    text: str, typed: str
) -> None:
    assert marked_option(text, typed, SITES) is None


def test_the_listed_words_after_the_mark_name_the_option_whatever_the_offers_order() -> None:
    offered = tuple(reversed(SITES))  # the buttons in another order than the text lists
    assert marked_option(LETTERED, "c", offered) == 0  # "Just one site", first button


def test_the_answer_is_the_marked_options_label_unless_an_option_was_recorded() -> None:
    typed = StepView(order=0, type="question", text=NUMBERED, options=SITES, free_text="3")
    assert (typed.marked, typed.answer) == (2, "Just one site")
    recorded = StepView(
        order=0, type="question", text=NUMBERED, options=SITES, selected="all", free_text="3"
    )
    assert (recorded.marked, recorded.answer) == (None, "All websites")
