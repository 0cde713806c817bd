"""Words and vectors: stems, content words, TF-IDF weights, cosines."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from functools import lru_cache

_STOP = frozenset(
    "a am an and any are as at be been being but by can could did do does doing done for "
    "from had has have how i if in into is it its just me more most much must my no not now "
    "of off ok okay on only or other our over please same should so some such than thank "
    "thanks that the their them then there these they this those through to too user users "
    "very was we were what when where which who why will with would yes you your hi hello".split()
)
_TOKEN = re.compile(r"[a-z0-9]+")
_SUFFIXES = (("ing", 3), ("ed", 3), ("ly", 4), ("es", 3), ("s", 3))
_KEEP_DOUBLE = frozenset("lsz")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light suffix-stripping stem, so 'brakes', 'braking' and 'brake' meet at 'brak'."""
    if len(word) <= 3 or word.isdigit():
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    for suffix, keep in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= keep and not word.endswith("ss"):
            word = word[: -len(suffix)]
            break
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in _KEEP_DOUBLE:
        word = word[:-1]
    return word[:-1] if len(word) > 3 and word.endswith("e") else word


_NEGATIONS = frozenset(
    "no not never nothing none nobody cannot cant dont doesnt didnt wont isnt t without".split()
)
LabelWords = tuple[frozenset[str], bool]  # a label's content words, and whether it says no


def negated(label: str | None) -> bool:
    """Whether a label says no: "Not on the list", "Can't reach the PC" ("t" of "n't")."""
    return any(word in _NEGATIONS for word in _TOKEN.findall((label or "").lower()))


def label_words(label: str | None) -> LabelWords:
    """What pairs an offered option with a decision's (`paired_option`)."""
    return frozenset(content_words(label)), negated(label)


def content_words(text: str | None) -> list[str]:
    """The stemmed content words of a text, in order, stop words left out."""
    return list(_content_words(text or ""))


@lru_cache(maxsize=65536)
def _content_words(text: str) -> tuple[str, ...]:
    """`content_words`, kept for texts seen again: a tree's nodes are read again each time
    it is prepared for aligning, and re-mining prepares a growing tree many times."""
    words = _TOKEN.findall(text.lower())
    return tuple(stem(word) for word in words if word not in _STOP and len(word) > 1)


Vector = dict[str, float]


def idf_weights(documents: Iterable[Iterable[str]], *, floor: float = 1.0) -> dict[str, float]:
    """Smoothed inverse document frequency of every word over `documents` (sets of words),
    plus `floor`: with no floor, a word every document has weighs nothing."""
    counts: dict[str, int] = {}
    total = 0
    for document in documents:
        total += 1
        for word in set(document):
            counts[word] = counts.get(word, 0) + 1
    return {word: math.log((total + 1) / (n + 1)) + floor for word, n in counts.items()}


Frequencies = tuple[tuple[str, float], ...]  # (word, sublinear term frequency), in text order


def tfidf(words: Iterable[str], idf: dict[str, float], unknown: float = 0.0) -> Vector:
    """A unit-length TF-IDF vector (sublinear term frequency); unknown words weigh `unknown`."""
    return weighted(frequencies(words), idf, unknown)


def frequencies(words: Iterable[str]) -> Frequencies:
    """Each word once with its sublinear term frequency 1 + ln(count): the part of a text's
    vector that does not depend on the word weights, so it is computed once per text."""
    return sublinear(_counts(words))


def sublinear(counts: dict[str, float]) -> Frequencies:
    """Word counts as (word, 1 + ln(count)) pairs, in the counts' order."""
    return tuple([(word, 1.0 + math.log(n)) for word, n in counts.items()])


def weigh(counts: dict[str, float], idf: dict[str, float], unknown: float = 0.0) -> Vector:
    """The unit-length TF-IDF vector of word counts."""
    return weighted(sublinear(counts), idf, unknown)


def weighted(tf: Frequencies, idf: dict[str, float], unknown: float = 0.0) -> Vector:
    """The unit-length TF-IDF vector of term frequencies; unknown words weigh `unknown`."""
    vector = {w: f * idf.get(w, unknown) for w, f in tf}
    vector = {w: x for w, x in vector.items() if x > 0}
    norm = math.sqrt(sum(x * x for x in vector.values()))
    return {w: x / norm for w, x in vector.items()} if norm else {}


def cosine(left: Vector, right: Vector) -> float:
    """The dot product of two unit vectors (0..1 for TF-IDF vectors)."""
    if len(left) > len(right):
        left, right = right, left
    return sum(x * right.get(w, 0.0) for w, x in left.items())


def _worded(labels: Iterable[str], idf: dict[str, float] | None = None) -> bool:
    """Whether option labels say anything: content words (weighing something in `idf`, when
    given). Ids and values are left out: "o1", "o2" are counters, not words."""
    words = content_words(" ".join(labels))
    return bool(tfidf(words, idf)) if idf is not None else bool(words)


def option_words(options: Iterable[tuple[str, str]]) -> list[str]:
    """The content words of a set of options, (label, value) pairs: what a decision offers,
    or what a step offered. Labels are reworded from one session to the next and values are
    terse, so both are read; a plain yes/no offers no content words and says nothing, and
    within a flow words every decision offers weigh nothing either (`option_idf`): a set
    of options tells a node apart only as far as other nodes do not offer it too."""
    return content_words(" ".join(f"{label} {value}" for label, value in options))


def normalized(text: str | None) -> str:
    """A label, answer or id as compared: lower case, one space between words."""
    return " ".join((text or "").lower().split())


def _counts(words: Iterable[str]) -> dict[str, float]:
    counts: dict[str, float] = {}
    for word in words:
        counts[word] = counts.get(word, 0.0) + 1.0
    return counts
