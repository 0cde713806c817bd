"""How a user writes: which of their phrasings, casing, typos, verbose tails; and the small
text helpers agents' lines share."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from random import Random
from typing import Protocol


class Typos(Protocol):
    """Where a voice counts the typos it made (the session's statistics)."""

    typos: int


def slug(text: str) -> str:
    """An option value made from the label an agent showed."""
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")[:40] or "option"


def lower_first(text: str) -> str:
    """Lower the first letter of a sentence joined after a lead ("So, is it..."), but not
    of an acronym or a name like "VPN"."""
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


def with_lead(rng: Random, leads: Sequence[str], text: str, chance: float = 0.25) -> str:
    """Sometimes an agent starts with a lead-in ("Thanks. ", "OK, ")."""
    if rng.random() >= chance:
        return text
    lead = rng.choice(leads)
    return lead + lower_first(text) if lead.endswith((", ", ": ")) else lead + text


class Voice:
    """One user's way of writing: length, casing and typos."""

    def __init__(
        self,
        rng: Random,
        *,
        persona: str,
        typo_rate: float,
        tails: Sequence[str],
        misspellings: Mapping[str, str],
        tally: Typos,
    ) -> None:
        self.rng, self.persona, self.tally = rng, persona, tally
        self.typo_rate, self.tails, self.misspellings = typo_rate, tails, misspellings
        self.lowercase = persona == "sloppy" or rng.random() < 0.15

    def pick(self, phrases: Sequence[str]) -> str:
        """Terse users pick the shorter phrasings, verbose ones the longer."""
        ordered = sorted(phrases, key=len)
        half = max(1, (len(ordered) + 1) // 2)
        if self.persona == "terse":
            return self.rng.choice(ordered[:half])
        if self.persona == "verbose":
            return self.rng.choice(ordered[-half:])
        return self.rng.choice(phrases)

    def say(self, phrases: Sequence[str]) -> str:
        text = self.pick(phrases)
        if self.persona == "verbose" and self.rng.random() < 0.35:
            text = text.rstrip(".!") + self.rng.choice(self.tails)
        return self.style(text)

    def style(self, text: str) -> str:
        rng = self.rng
        if self.lowercase:
            text = text.lower()
        elif self.persona != "sloppy" and rng.random() < 0.35:
            text = text[:1].upper() + text[1:]
        if len(text) < 28 and rng.random() < 0.03:
            text = text.upper()
        if rng.random() < self.typo_rate:
            typoed = add_typo(rng, text, self.misspellings)
            if typoed != text:
                self.tally.typos += 1
                text = typoed
        if self.persona == "sloppy" and rng.random() < 0.3:
            text = text.rstrip(".")
        return text


def add_typo(rng: Random, text: str, misspellings: Mapping[str, str]) -> str:
    """A known misspelling half the time when one fits, else a swapped, dropped or doubled
    letter in a longer word."""
    words = text.split(" ")
    known = [i for i, w in enumerate(words) if w.lower().strip(",.!?") in misspellings]
    if known and rng.random() < 0.5:
        i = rng.choice(known)
        bare = words[i].strip(",.!?")
        wrong = misspellings.get(bare) or misspellings[bare.lower()]
        words[i] = words[i].replace(bare, wrong)
        return " ".join(words)
    candidates = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if not candidates:
        return text
    i = rng.choice(candidates)
    w = words[i]
    j = rng.randrange(1, len(w) - 2)
    kind = rng.choice(("swap", "drop", "double"))
    if kind == "swap":
        w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    elif kind == "drop":
        w = w[:j] + w[j + 1:]
    else:
        w = w[:j] + w[j] + w[j:]
    words[i] = w
    return " ".join(words)
