"""A session as plain data (for providers and matching) and as text (for prompts and pages)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Protocol

from flywheel.models import SupportSession


@dataclass(frozen=True)
class OptionView:
    value: str
    label: str


@dataclass(frozen=True)
class StepView:
    """One step of the trail, with the chosen option resolved to its label."""

    order: int
    type: str
    text: str
    content_type: str | None = None
    options: tuple[OptionView, ...] = ()
    selected: str | None = None
    free_text: str | None = None
    was_free_text: bool = False
    was_skipped: bool = False
    action_success: bool | None = None
    action_details: str | None = None

    @property
    def selected_label(self) -> str | None:
        """The label of the chosen option (or the raw value when it was not offered)."""
        if self.selected is None:
            return None
        return next((o.label for o in self.options if o.value == self.selected), self.selected)

    @cached_property
    def marked(self) -> int | None:
        """The offered option an unrecorded typed answer names by its place ("b", "number 3",
        "the second one"; see `marked_option`), when no option was recorded. Read once per
        step (the matcher and the draft ask for it and for `answer`)."""
        if self.selected is not None:
            return None
        return marked_option(self.text, self.free_text, self.options)

    @property
    def answer(self) -> str | None:
        """What the engineer answered: the chosen label, else the option the typed words
        name by its place, else the words typed."""
        if self.selected_label:
            return self.selected_label
        marked = self.marked
        return self.options[marked].label if marked is not None else self.free_text


# An offer listed in the question, each option after its number or letter: "Which app -
# 1) Outlook, 2) Gmail?" or "a) Intranet, b) All websites, c) Just one site".
_LISTED = re.compile(r"(?:^|(?<=[\s,;:(\[]))([1-9]|[a-h])[).]\s+", re.IGNORECASE)
_FIRST_MARKS = ("1", "a")
_ORDINALS = {"first": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4}
# words around a bare mark in a reply: "it's 2", "b I think", "number 3", "option c please"
_AROUND_MARK = frozenset(
    "it its s is i think say d would probably maybe guess number nr no option choice answer "
    "please the that one go with".split()
)


def marked_option(text: str, typed: str | None, options: Sequence[OptionView]) -> int | None:
    """The index of the option a typed reply names by its place in the offer and nothing
    else: its number or letter where `text` lists the options so ("c" for "c) Just one
    site"), or an ordinal ("the second one"). None when the reply says anything more."""
    if not options or not typed:
        return None
    words = [w for w in re.findall(r"[a-z0-9]+", typed.lower()) if w not in _AROUND_MARK]
    if len(words) != 1:
        return None
    if words[0] in _ORDINALS:
        place = _ORDINALS[words[0]]
        return place if place < len(options) else None
    listing = _listing(text)
    marks = [mark for mark, _ in listing]
    if words[0] not in marks:
        return None
    place = marks.index(words[0])
    said = listing[place][1].casefold()
    named = [k for k, o in enumerate(options) if o.label.strip() and o.label.casefold() in said]
    if len(named) == 1:
        return named[0]
    return place if len(listing) == len(options) else None


def _listing(text: str) -> list[tuple[str, str]]:
    """The (mark, words listed after it) of an offer `text` lists by number or letter, in
    order; empty unless the marks run 1, 2, 3... or a, b, c... from the first, two at least."""
    found = list(_LISTED.finditer(text or ""))
    marks = [m.group(1).lower() for m in found]
    if len(marks) < 2 or marks[0] not in _FIRST_MARKS:
        return []
    start = ord(marks[0])
    run = next((n for n, mark in enumerate(marks) if ord(mark) != start + n), len(marks))
    if run < 2:
        return []
    ends = [m.start() for m in found[1:run]] + [len(text)]
    return [(marks[n], text[found[n].end() : ends[n]]) for n in range(run)]


@dataclass(frozen=True)
class SessionView:
    """Everything a provider or the matcher may read of a session; no database attached."""

    external_id: str
    status: str
    problem_summary: str | None = None
    problem_domain: str | None = None
    confidence_tier: str | None = None
    confidence_score: float | None = None
    resolution_summary: str | None = None
    escalation_reason: str | None = None
    steps: tuple[StepView, ...] = field(default_factory=tuple)


def _text(content: dict[str, Any] | None) -> str:
    value = (content or {}).get("text", "")
    return value if isinstance(value, str) else str(value)


def _content_type(content: dict[str, Any] | None) -> str | None:
    value = (content or {}).get("type")
    return value if isinstance(value, str) else None


def _options(raw: list[Any] | None) -> tuple[OptionView, ...]:
    options = []
    for item in raw or []:
        if isinstance(item, dict):
            value = str(item.get("value", item.get("id", item.get("label", ""))))
            options.append(OptionView(value=value, label=str(item.get("label", value))))
        elif isinstance(item, str):
            options.append(OptionView(value=item, label=item))
    return tuple(options)


class StepRecord(Protocol):
    """A stored step: an ORM `SessionStep`, or a row of its columns read without the ORM."""

    @property
    def step_order(self) -> int: ...
    @property
    def step_type(self) -> str: ...
    @property
    def content(self) -> Any: ...
    @property
    def options_presented(self) -> Any: ...
    @property
    def selected_option(self) -> str | None: ...
    @property
    def free_text_input(self) -> str | None: ...
    @property
    def was_free_text(self) -> bool: ...
    @property
    def was_skipped(self) -> bool: ...
    @property
    def action_result(self) -> Any: ...


def step_view(step: StepRecord) -> StepView:
    result = step.action_result if isinstance(step.action_result, dict) else None
    success = result.get("success") if result else None
    details = result.get("details") if result else None
    return StepView(
        order=step.step_order,
        type=step.step_type,
        text=_text(step.content),
        content_type=_content_type(step.content),
        options=_options(step.options_presented),
        selected=step.selected_option,
        free_text=step.free_text_input,
        was_free_text=step.was_free_text,
        was_skipped=step.was_skipped,
        action_success=success if isinstance(success, bool) else None,
        action_details=str(details) if details is not None else None,
    )


def session_view(
    session: SupportSession, steps: Iterable[StepRecord] | None = None
) -> SessionView:
    """The plain-data view of an ORM session: its loaded steps, or the `steps` given."""
    records = session.steps if steps is None else steps
    return SessionView(
        external_id=session.external_id,
        status=session.status,
        problem_summary=session.problem_summary,
        problem_domain=session.problem_domain,
        confidence_tier=session.confidence_tier,
        confidence_score=session.confidence_score,
        resolution_summary=session.resolution_summary,
        escalation_reason=session.escalation_reason,
        steps=tuple(step_view(s) for s in sorted(records, key=lambda s: s.step_order)),
    )


# --- text ----------------------------------------------------------------------------------


def render_text(session: SessionView) -> str:
    """The session as plain text: a short header, then the diagnostic trail step by step.

    Used for prompts and for display. Every value comes from the session as recorded, so
    a prompt must still treat this text as untrusted data.
    """
    lines = _header_lines(session)
    if session.steps:
        lines.append("")
        lines.append("Diagnostic trail:")
        for step in session.steps:
            lines.extend(_step_lines(step))
    return "\n".join(lines)


def _header_lines(session: SessionView) -> list[str]:
    """Session id, status, problem, domain, confidence, resolution and escalation."""
    lines = [
        f"Session: {session.external_id} ({session.status})",
        f"Problem: {session.problem_summary or 'unknown'}",
        f"Domain: {session.problem_domain or 'unknown'}",
    ]
    if session.confidence_tier or session.confidence_score is not None:
        score = f" ({session.confidence_score:.0%})" if session.confidence_score is not None else ""
        lines.append(f"Confidence at resolution: {session.confidence_tier or 'unknown'}{score}")
    lines.append(f"Resolution: {session.resolution_summary or 'no summary'}")
    if session.escalation_reason:
        lines.append(f"Escalation reason: {session.escalation_reason}")
    return lines


def _step_lines(step: StepView) -> list[str]:
    """One step: number, type and text, then options, the answer and any action result."""
    lines = [f"Step {step.order + 1} [{step.type}]: {_one_line(step.text) or '(no text)'}"]
    if step.options:
        lines.append("  Options: " + "; ".join(_option_text(step, o) for o in step.options))
    lines.extend(f"  -> {answer}" for answer in _answer_texts(step))
    if step.action_success is not None or step.action_details:
        outcome = {True: "succeeded", False: "did not resolve", None: "unknown"}[
            step.action_success
        ]
        details = f" - {_one_line(step.action_details)}" if step.action_details else ""
        lines.append(f"  -> Result: {outcome}{details}")
    return lines


def _option_text(step: StepView, option: OptionView) -> str:
    """An option's label, marked when it is the one the engineer chose."""
    label = _one_line(option.label)
    return f"{label} [chosen]" if option.value == step.selected else label


def _answer_texts(step: StepView) -> list[str]:
    """What the engineer did at a step: skipped, chose an option, or typed an answer."""
    answers: list[str] = []
    if step.was_skipped:
        answers.append("Skipped")
    if step.selected is not None:
        offered = any(o.value == step.selected for o in step.options)
        suffix = "" if offered else " (not among the options shown)"
        answers.append(f"Chose: {_one_line(step.selected_label or '')}{suffix}")
    if step.free_text:
        kind = "Typed instead of choosing an option" if step.was_free_text else "Typed"
        answers.append(f'{kind}: "{_one_line(step.free_text)}"')
    return answers


def _one_line(text: str | None) -> str:
    """Collapse whitespace, newlines included, so one step stays on its own lines."""
    return " ".join((text or "").split())
