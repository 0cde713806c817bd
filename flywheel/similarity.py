"""Text similarity of proposals and sessions, for merging evidence into one proposal.

A fingerprint is the normalised words of a title, a problem summary and the questions of a
tree; two fingerprints are compared with rapidfuzz's token-sort ratio, which is order-free
but, unlike a set ratio, does not call a short text a perfect match of a long one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from sqlalchemy import select
from sqlalchemy.orm import Session

from flywheel.models import Proposal

_WORD = re.compile(r"[a-z0-9][a-z0-9.\-]*")
_STOP = frozenset(
    "a an and are as at be by can could did do does for from has have how i in is it its my "
    "not of on or our please should so that the their them then there this to was we were "
    "what when where which who why will with you your user users".split()
)


def fingerprint(*texts: str | None) -> str:
    """Lower-case content words, stop words removed, in order (duplicates kept once)."""
    seen: dict[str, None] = {}
    for text in texts:
        for word in _WORD.findall((text or "").lower()):
            if word not in _STOP:
                seen.setdefault(word, None)
    return " ".join(seen)


def similarity(left: str, right: str) -> float:
    """0..1: how alike two fingerprints are."""
    if not left or not right:
        return 0.0
    return float(fuzz.token_sort_ratio(left, right)) / 100.0


@dataclass(frozen=True)
class Match:
    proposal_id: int
    score: float


def best_match(query: str, candidates: Iterable[tuple[int, str]], threshold: float) -> Match | None:
    """The most similar candidate at or above `threshold`, or None."""
    choices = dict(candidates)
    if not query or not choices:
        return None
    found = process.extractOne(
        query, choices, scorer=fuzz.token_sort_ratio, score_cutoff=threshold * 100
    )
    if found is None:
        return None
    _text, score, key = found
    return Match(proposal_id=int(key), score=float(score) / 100.0)


def find_similar_pending(
    db: Session, *, account_id: int, domain: str | None, query: str, threshold: float,
    proposal_type: str = "new_flow",
) -> Match | None:
    """The most similar pending proposal of the account and domain (all of them, not a page)."""
    domain_filter = (
        Proposal.problem_domain == domain if domain else Proposal.problem_domain.is_(None)
    )
    rows = db.execute(
        select(Proposal.id, Proposal.fingerprint).where(
            Proposal.account_id == account_id,
            Proposal.status == "pending",
            Proposal.proposal_type == proposal_type,
            domain_filter,
        )
    )
    return best_match(query, ((row.id, row.fingerprint) for row in rows), threshold)
