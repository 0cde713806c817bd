"""The options an agent offers on a question step: its own labels and values, and the
extra habits some authors' agents have (another order, an irrelevant option, opaque codes,
a numbered list in the question)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from random import Random
from typing import Any

from bench.evalset.spec import Decision
from bench.evalset.voice import slug

LETTERS = "abcdefgh"


@dataclass(frozen=True)
class Offer:
    """One offered option. `key`: the flow option it stands for; None for an extra one."""

    value: str
    label: str
    key: str | None


def presented(node: Decision, rng: Random) -> list[Offer]:
    """The options as the agent offered them: yes/no as is, other labels in its own words."""
    shown = []
    for o in node.options:
        label = rng.choice(o.shown)
        value = o.key if o.key in ("yes", "no") else slug(label)
        shown.append(Offer(value, label, o.key))
    return shown


def with_extra(offers: list[Offer], rng: Random, labels: Sequence[str]) -> list[Offer]:
    """One more option nobody will pick ("Not sure"), at a random place; never one that
    looks like a real option's value or label."""
    taken = {o.value for o in offers} | {slug(o.label) for o in offers}
    fitting = [label for label in labels if slug(label) not in taken]
    if not fitting:
        return offers
    label = rng.choice(fitting)
    at = rng.randint(0, len(offers))
    return [*offers[:at], Offer(slug(label), label, None), *offers[at:]]


def recoded(offers: list[Offer], codes: str) -> list[Offer]:
    """Values as a ticketing tool's codes, by position: `opt1, opt2...` or `a, b...`."""
    if codes == "letter":
        return [replace(o, value=LETTERS[i]) for i, o in enumerate(offers)]
    return [replace(o, value=f"opt{i + 1}") for i, o in enumerate(offers)]


def value_of(offers: list[Offer], key: str) -> str:
    return next(o.value for o in offers if o.key == key)


def marker(offers: list[Offer], key: str, letters: bool) -> str:
    """The number ("2") or letter ("b") of an option in a listed offer."""
    position = next(i for i, o in enumerate(offers) if o.key == key)
    return LETTERS[position] if letters else str(position + 1)


def listed(offers: list[Offer], letters: bool) -> str:
    """The options written into the question: "1) Outlook app, 2) Gmail app"."""
    marks = LETTERS if letters else [str(i + 1) for i in range(len(offers))]
    return ", ".join(f"{m}) {o.label}" for m, o in zip(marks, offers, strict=False))


def as_records(offers: list[Offer]) -> list[dict[str, Any]]:
    """`options_presented` as the interchange format writes it."""
    return [{"value": o.value, "label": o.label} for o in offers]
