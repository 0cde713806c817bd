"""The trail: what the aligner reads of a session, the same whichever flow it is aligned to."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from rapidfuzz import fuzz

from flywheel.matching.words import (
    Frequencies,
    LabelWords,
    _worded,
    content_words,
    frequencies,
    label_words,
    normalized,
    option_words,
)
from flywheel.transcript import SessionView, StepView

_TOLERATED_TYPES = frozenset({"clarification", "question", "note", "comment"})
_ACTION_TYPES = frozenset({"action", "check", "test", "step"})
_SOLUTION_TYPES = frozenset({"solution", "resolution", "fix"})


@dataclass(frozen=True)
class TrailStep:
    """What the aligner reads of one step, the same whichever flow it is aligned to."""

    kind: str  # answer | asked (answer unknown) | tolerated | action | solution | skipped
    content: tuple[str, ...]
    typed: tuple[str, ...]
    answers: tuple[str, ...]
    answer: str | None
    content_frequencies: Frequencies = ()  # of `content`, once per trail (`trail_step`)
    typed_frequencies: Frequencies = ()
    offered_frequencies: Frequencies = ()  # of the options the step offered (`option_words`)
    worded: bool | None = None  # whether their labels say anything (None: it offered none)
    offer: tuple[LabelWords, ...] = ()  # each offered option's label words, in order
    picked: int | None = None  # which of them the answer chose (None: none, or not known)
    beyond_frequencies: Frequencies = ()  # of the typed words its question and offer do not say
    untyped: TrailStep | None = None  # read without its typed yes or no as the pick (`Reading`)


def trail_step(
    kind: str,
    content: Sequence[str],
    typed: Sequence[str] = (),
    answers: Iterable[str] = (),
    answer: str | None = None,
    offered: Sequence[str] = (),
    worded: bool | None = None,
    offer: Sequence[LabelWords] = (),
    picked: int | None = None,
) -> TrailStep:
    """A trail step with the term frequencies of its words, which every flow it is aligned
    to weighs in its own way; `offered` are the words of the options it offered and
    `worded` whether their labels say anything (None: it offered none); `offer` the label
    words of each offered option and `picked` the one chosen."""
    said = set(content).union(*(words for words, _ in offer))
    return TrailStep(
        kind=kind,
        content=tuple(content),
        typed=tuple(typed),
        answers=tuple(answers),
        answer=answer,
        content_frequencies=frequencies(content),
        typed_frequencies=frequencies(typed),
        offered_frequencies=frequencies(offered),
        worded=worded,
        offer=tuple(offer),
        picked=picked,
        beyond_frequencies=frequencies(word for word in typed if word not in said),
    )


@dataclass(frozen=True)
class Trail:
    """A session's steps and summary as the aligner reads them."""

    steps: tuple[TrailStep, ...]
    summary: tuple[str, ...]
    words: tuple[str, ...]
    domain: str | None
    resolved: tuple[TrailStep, ...] = ()  # the steps read with the resolution summary


def read_trail(session: SessionView) -> Trail:
    """The flow-independent part of aligning a session: words, answers and kinds of steps."""
    steps = tuple(
        _withdrawn(_read_step(step)) if back else _read_step(step)
        for step, back in zip(session.steps, taken_back(session.steps), strict=True)
    )
    summary = tuple(content_words(session.problem_summary))
    words = [*summary, *(w for s in steps for w in (*s.content, *s.typed))]
    return Trail(
        steps=steps,
        resolved=_with_resolution(steps, session.resolution_summary),
        summary=summary,
        words=tuple(words),
        domain=normalized(session.problem_domain) or None,
    )


def _with_resolution(steps: tuple[TrailStep, ...], resolution: str | None) -> tuple[TrailStep, ...]:
    """The steps, the last solution step's words joined by the resolution summary's (see
    `Reading.reads_resolution`); the steps as they are when there is neither."""
    words = content_words(resolution)
    last = next((k for k in range(len(steps) - 1, -1, -1) if steps[k].kind == "solution"), None)
    if not words or last is None:
        return steps
    step = steps[last]
    content = (*step.content, *words)
    solved = replace(step, content=content, content_frequencies=frequencies(content))
    return (*steps[:last], solved, *steps[last + 1 :])


def question_trail(summary: str | None, questions: Sequence[str]) -> Trail:
    """A trail of questions whose answers are not known (each may have taken any branch),
    for comparing what a session asked with a tree when only its questions are at hand."""
    steps = tuple(trail_step("asked", content_words(q)) for q in questions)
    words = tuple(content_words(summary))
    return Trail(
        steps=steps,
        summary=words,
        words=words + tuple(w for s in steps for w in s.content),
        domain=None,
    )


# words taking an answer back ("sorry" alone is politeness: "no, sorry" answers another
# yes/no question as often as it corrects one)
RETRACTING = ("wrong", "mistake", "misread", "meant", "scratch", "oops", "correction")
RETRACTING_PHRASES = ("my bad", "no wait", "take that back", "take it back")
RETRACTING_RATIO = 85.0  # rapidfuzz ratio for a typed word to count as one of them ("scrattch")


def taken_back(steps: Sequence[StepView]) -> list[bool]:
    """For each step, whether the next one takes its answer back: the agent offered the same
    options again (checking the answer, in other words) and the user picked another. The
    first answer is withdrawn: the question was asked, and the next step answers it.

    Options with words of their own ("Error when opening", "Macros blocked") offered again
    at once are the question checked, whatever the user says. A plain yes/no offered again
    may be the next question, so there the user must say the first answer was a mistake
    ("sorry, wrong button - no, none of them work")."""
    offers = [frozenset(normalized(o.label) for o in step.options) for step in steps]
    found = [
        bool(offers[n])
        and offers[n] == offers[n + 1]
        and first.selected is not None
        and again.selected not in (None, first.selected)
        and (_worded(offers[n]) or _retracts(again.free_text))
        for n, (first, again) in enumerate(pairwise(steps))
    ]
    return [*found, False] if steps else []


def _retracts(text: str | None) -> bool:
    """Whether typed words take an answer back ("oh sorry, wrong one", "scratch that")."""
    said = normalized(text)
    if any(phrase in said for phrase in RETRACTING_PHRASES):
        return True
    words = [word for word in re.findall(r"[a-z]+", said) if len(word) >= 4]
    return any(fuzz.ratio(w, cue) >= RETRACTING_RATIO for w in words for cue in RETRACTING)


def _withdrawn(step: TrailStep) -> TrailStep:
    """A step whose answer was taken back: the question asked, answered by no option."""
    return replace(step, kind="tolerated", answers=(), answer=None, picked=None)


# the first word of a reply typed to a plain yes/no question, and the option it gives
_YES_NO_WORDS = dict.fromkeys(("yes", "yeah", "yep", "yup", "y"), "yes") | dict.fromkeys(
    ("no", "nope", "nah", "n"), "no"
)


def _typed_yes_or_no(step: StepView) -> StepView:
    """The step, chosen: a question offering a plain yes/no, answered by typing instead of
    choosing, with a reply that begins with yes or no ("no, I empty it every week") gave
    that option, only not recorded as chosen. A clarification's reply is not its
    decision's answer ("do you know how to open the router page?" "no")."""
    labels = [normalized(option.label) for option in step.options]
    if step.selected is not None or not step.was_free_text or sorted(labels) != ["no", "yes"]:
        return step
    if normalized(step.type) != "question":
        return step
    first = next(iter(re.findall(r"[a-z]+", (step.free_text or "").lower())), "")
    said = _YES_NO_WORDS.get(first)
    if said is None:
        return step
    return replace(step, selected=step.options[labels.index(said)].value, was_free_text=False)


def _read_step(step: StepView) -> TrailStep:
    chosen = _typed_yes_or_no(step)
    read = _read_chosen(chosen)
    return read if chosen is step else replace(read, untyped=_read_chosen(step))


def _read_chosen(step: StepView) -> TrailStep:
    marked = step.marked
    named = (step.options[marked].value, step.options[marked].label) if marked is not None else ()
    said = (step.selected, step.selected_label, *named, step.free_text)
    answers = [normalized(v) for v in said if v]
    return trail_step(
        _step_kind(step),
        content_words(step.text),
        content_words(step.free_text),
        dict.fromkeys(answers),
        step.answer,
        option_words((o.label, o.value) for o in step.options),
        _worded(o.label for o in step.options) if step.options else None,
        tuple(label_words(o.label) for o in step.options),
        next((k for k, o in enumerate(step.options) if o.value == step.selected), marked),
    )


def _step_kind(step: StepView) -> str:
    step_type = normalized(step.type)
    if step.was_skipped:
        return "skipped"
    if step_type in _SOLUTION_TYPES:
        return "solution"
    if step_type in _ACTION_TYPES or (step_type not in _TOLERATED_TYPES and not step.options):
        return "action"
    if step.selected is not None or (step.free_text and not step.was_free_text):
        return "answer"
    return "tolerated"
