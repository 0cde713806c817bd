"""The shapes an evaluation set is written in: flows, their nodes, and the phrasings for each.

Every flow is written once, by hand, as plain data in a set's `content.py`; the generator
(`bench.evalset`) turns it into the interchange format (flows, sessions, labels). Nothing
here knows how the matcher works.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

YES_SHOWN = ("Yes",)
NO_SHOWN = ("No",)


@dataclass(frozen=True)
class Opt:
    """One answer of a decision node.

    `key`: short id (the option id is `<node>_<key>`); `label`: the flow's wording;
    `next`: the node it leads to; `shown`: how agents label the choice when they offer it;
    `said`: how people answer it in their own words; `told`: how people state the same
    fact unasked, before the question comes (written only by sets that use it).
    """

    key: str
    label: str
    next: str
    shown: tuple[str, ...]
    said: tuple[str, ...]
    told: tuple[str, ...] = ()


def yes(next_id: str, *said: str) -> Opt:
    return Opt("yes", "Yes", next_id, YES_SHOWN, said)


def no(next_id: str, *said: str) -> Opt:
    return Opt("no", "No", next_id, NO_SHOWN, said)


def opt(key: str, label: str, next_id: str, shown: tuple[str, ...], *said: str) -> Opt:
    return Opt(key, label, next_id, shown, said)


def told(option: Opt, *texts: str) -> Opt:
    """The option with the words people use to volunteer it unasked."""
    return replace(option, told=texts)


@dataclass(frozen=True)
class Decision:
    """A question with 2 to 5 answers. `asks`: agents' own wordings of the question;
    `clarify`: (what a user asks back, how the agent explains)."""

    id: str
    title: str
    question: str
    options: tuple[Opt, ...]
    asks: tuple[str, ...]
    clarify: tuple[tuple[str, str], ...] = ()
    help: str | None = None


@dataclass(frozen=True)
class Action:
    """A step to carry out, then on to `next`. `says`: agents' wordings; `results`: how the
    outcome was written down.

    `fails`: notes of an attempt that failed (written only by sets that use them);
    `fails_then`: the option key of the next decision a failure is consistent with, so a
    failed attempt is never followed by "that fixed it" (None: any answer fits).
    """

    id: str
    title: str
    description: str
    next: str
    says: tuple[str, ...]
    results: tuple[str, ...]
    fails: tuple[str, ...] = ()
    fails_then: str | None = None


@dataclass(frozen=True)
class Solution:
    """Where a path ends. `says`: how agents tell the user the fix."""

    id: str
    title: str
    description: str
    says: tuple[str, ...]


Node = Decision | Action | Solution


@dataclass(frozen=True)
class Opener:
    """An opening statement that already answers some questions of a path.

    `answers`: ((node id, option key), ...). For a flow's `openers` they start at the root,
    in order; for its `hints` it is one decision below the root, which the agent then does
    not ask (the questions above it are still asked).
    """

    answers: tuple[tuple[str, str], ...]
    texts: tuple[str, ...]


@dataclass(frozen=True)
class Flow:
    id: str
    name: str
    description: str
    domain: str
    keywords: tuple[str, ...]
    summaries: tuple[str, ...]
    openers: tuple[Opener, ...]
    nodes: tuple[Node, ...]
    teams: tuple[str, ...] = field(default=("service-desk",))
    hints: tuple[Opener, ...] = ()
