"""Which option an answer names: by id, value or label, in other words, or by the whole offer."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from rapidfuzz import fuzz

from flywheel.matching.costs import LABEL_RATIO, NONE, REWORDED_SHARE
from flywheel.matching.flows import _Option
from flywheel.matching.reading import Reading
from flywheel.matching.trail import TrailStep
from flywheel.matching.words import LabelWords, content_words, negated


def _offer_pick(reading: Reading, step: TrailStep) -> int | None:
    """The pick a step's offer may say more of (`paired_option`): one of options with words,
    read against a flow (None: none such)."""
    return step.picked if step.worded and reading.reads_offers else None


def choose_option(
    options: Sequence[_Option], answers: Sequence[str], *, heed_no: bool = True
) -> int | None:
    """The option an answer names: by id or label, else by a label spelled nearly alike,
    else by the label whose words the answer clearly shares most (`_reworded`; with
    `heed_no`, only a label that says no as the answer does, or does not as it does not)."""
    for answer in answers:
        for k, option in enumerate(options):
            if answer in option.names:
                return k
    for answer in answers:
        scored = [(fuzz.ratio(answer, o.label), k) for k, o in enumerate(options)]
        ratio, k = max(scored, default=(0.0, NONE))
        if ratio >= LABEL_RATIO:
            return k
    return _reworded(options, answers, heed_no)


def _reworded(options: Sequence[_Option], answers: Sequence[str], heed_no: bool) -> int | None:
    """The option an answer offered in the agent's own wording names: the one whose label
    shares the most content words with the answer (its label, value and typed text), if no
    other shares as many and at least `REWORDED_SHARE` of its label's words are shared.
    A plain yes/no has no content words, so it names nothing here, as before. With
    `heed_no`, a label that says no shares only the words of answers that do, and one that
    does not only those of answers that do not: "No dock" is not "Through a docking
    station", and "not enough space" typed beside the pick "Storage full" is "Not enough
    space"."""
    said = _said(tuple(answers))
    if not said:
        return None
    if heed_no:
        plain, saying_no = _said_by_polarity(tuple(answers))
        shared = [len(o.words & (saying_no if o.says_no else plain)) for o in options]
    else:
        shared = _shared_words(options, said)
    count = max(shared, default=0)
    if not count or shared.count(count) > 1:
        return None
    k = shared.index(count)
    return k if count >= REWORDED_SHARE * len(options[k].words) else None


@lru_cache(maxsize=8192)
def paired_option(
    options: tuple[LabelWords, ...], offer: tuple[LabelWords, ...], picked: int
) -> int | None:
    """The option a pick from options offered in the agent's own words stands for, read off
    the whole offer: each offered option is paired with at most one of the decision's
    options, in the pairings that share the most label words in all. The pick names the
    option it is paired with when every such pairing agrees and either pairs all of the
    decision's options but one at most, or pairs the pick and at least one more ("Can't
    reach the PC" is "Can't find or reach the remote computer" beside "Credentials didn't
    work" for "Credentials did not work", in a long offer whose other options the flow words
    otherwise); or, when the pick shares no word, the one option left once all the others
    are paired ("My own computer" is "From a personal device" when "Outside the office" and
    "On the office network" are the other two). "USB-C port" is not "USB receiver" when
    nothing else of the offer is the decision's. None otherwise. Labels share nothing when
    one says no and the other does not ("No reply", "It replies").
    (`options` and `offer` are `label_words`, `picked` an index into `offer`.)"""
    if len(offer) > MAX_OFFER or picked >= len(offer):
        return None
    overlap = [
        [len(said & words) if no == neg else 0 for words, neg in options] for said, no in offer
    ]
    ends = _best_pairings(overlap, picked)
    partners = {_partner(pick, used, unpaired, len(options)) for pick, used, unpaired in ends}
    return partners.pop() if len(partners) == 1 else None


MAX_OFFER = 20  # offers longer than this are not read as a decision's options
_Pairing = tuple[int | None, frozenset[int], int]  # the pick's partner, columns used, rows left


def _partner(pick: int | None, used: frozenset[int], unpaired: int, columns: int) -> int | None:
    """Whom the pick stands for in a pairing by shared words: its partner, when another
    pair stands beside it or all the decision's options but one at most are paired; when
    it shares no word with any, the one option left if all the others are paired and no
    other offered option is left (None otherwise)."""
    if pick is not None and len(used) >= 2:
        return pick
    if len(used) < columns - 1:
        return None  # the offer is not the decision's options in other words
    if pick is not None:
        return pick
    if len(used) == columns or unpaired != 1:
        return None
    return next(column for column in range(columns) if column not in used)


def _typed_agrees(options: Sequence[_Option], typed: Sequence[str], k: int) -> bool:
    """Whether the words typed with a pick share no fewer words with option k than with any
    other option (a pick read off the offer must not contradict what was typed)."""
    shared = _shared_words(options, frozenset(typed))
    return shared[k] == max(shared)


def _shared_words(options: Sequence[_Option], said: frozenset[str]) -> list[int]:
    """How many of each option's label words were said."""
    return [len(o.words & said) for o in options]


def _best_pairings(overlap: list[list[int]], picked: int) -> frozenset[_Pairing]:
    """How the pairings of rows to distinct columns sharing words with them (or to none)
    with the most shared words in all end: for each, the picked row's column, the columns
    used and how many rows were left unpaired. By rows and the columns used so far, each
    state once (a decision has a few options, so there are few)."""
    rows = len(overlap)
    memo: dict[tuple[int, frozenset[int]], tuple[int, frozenset[_Pairing]]] = {}

    def best(row: int, used: frozenset[int]) -> tuple[int, frozenset[_Pairing]]:
        if row == rows:
            return 0, frozenset({(None, used, 0)})
        found = memo.get((row, used))
        if found is not None:
            return found
        choices = [None, *(c for c, n in enumerate(overlap[row]) if n and c not in used)]
        top, ends = -1, set[_Pairing]()
        for column in choices:
            gained = 0 if column is None else overlap[row][column]
            score, later = best(row + 1, used if column is None else used | {column})
            if gained + score < top:
                continue
            if gained + score > top:
                top, ends = gained + score, set[_Pairing]()
            for pick, final, unpaired in later:
                ends.add(
                    (
                        column if row == picked else pick,
                        final,
                        unpaired + (column is None),
                    )
                )
        memo[(row, used)] = found = (top, frozenset(ends))
        return found

    return best(0, frozenset())[1]


@lru_cache(maxsize=4096)
def _said_by_polarity(answers: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """The content words of a step's answers that do not say no, and of those that do
    (`negated`), once per step: "listed but not working" typed beside the pick "On,
    device listed" says no, the pick does not."""
    plain = [a for a in answers if not negated(a)]
    return _said(tuple(plain)), _said(tuple(a for a in answers if a not in plain))


@lru_cache(maxsize=4096)
def _said(answers: tuple[str, ...]) -> frozenset[str]:
    """The content words of a step's answers, once per step (asked at every decision)."""
    return frozenset(word for answer in answers for word in content_words(answer))
