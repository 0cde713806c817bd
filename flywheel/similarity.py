"""How alike a session is to a pending proposal, for merging evidence into one proposal.

A fingerprint is the normalised words of each text given (a problem summary, or a title and
a summary, then the questions a session asked), the texts kept apart by " | ". Against a
proposal with a tree, the questions are aligned to the tree in order with the conformance
alignment (answers unknown, so any branch may have been taken, and the session may start
above or below the proposal's first question): two sessions of one problem ask the same
questions along the same paths, while another problem of the same domain asks others.
Without a tree (or old, unseparated fingerprints) the words are compared with rapidfuzz's
token-sort ratio, which is order-free but does not call a short text a perfect match of a
long one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from rapidfuzz import fuzz, process
from sqlalchemy import select
from sqlalchemy.orm import Session

from flywheel.errors import InvalidTree
from flywheel.matching import PROPOSAL, align_prepared, prepare_flow, question_trail
from flywheel.models import Proposal
from flywheel.trees import parse_tree

SEPARATOR = " | "
_WORD = re.compile(r"[a-z0-9][a-z0-9.\-]*")
_STOP = frozenset(
    "a an and are as at be by can could did do does for from has have how i in is it its my "
    "not of on or our please should so that the their them then there this to was we were "
    "what when where which who why will with you your user users".split()
)


def fingerprint(*texts: str | None) -> str:
    """Each text's lower-case content words (stop words removed, each once), in order, the
    texts separated by " | " so that each question stays a question of its own."""
    parts = []
    for text in texts:
        words = dict.fromkeys(w for w in _WORD.findall((text or "").lower()) if w not in _STOP)
        parts.append(" ".join(words))
    return SEPARATOR.join(parts)


def segments(print_: str) -> list[str]:
    """The texts of a fingerprint, as given to `fingerprint` (one for an old fingerprint)."""
    return [part.strip() for part in print_.split(SEPARATOR.strip())]


def similarity(left: str, right: str) -> float:
    """0..1: how alike the words of two fingerprints are, order aside."""
    left, right = _words(left), _words(right)
    if not left or not right:
        return 0.0
    return float(fuzz.token_sort_ratio(left, right)) / 100.0


def _words(print_: str) -> str:
    return " ".join(dict.fromkeys(" ".join(segments(print_)).split()))


def resemblance(tree: Any, query: str, *, key: object = None) -> float:
    """0..1: how surely the session a fingerprint describes (its first text the summary,
    then its questions) followed the proposal's tree, read in order."""
    parts = segments(query)
    try:
        prepared = prepare_flow(parse_tree(tree), key=key)
    except InvalidTree:
        return 0.0
    trail = question_trail(parts[0], [part for part in parts[1:] if part])
    return align_prepared(prepared, trail, reading=PROPOSAL).score


@dataclass(frozen=True)
class Match:
    proposal_id: int
    score: float


@dataclass(frozen=True)
class Candidate:
    """A pending proposal as the comparison needs it."""

    id: int
    fingerprint: str
    tree: Any = None
    version: int = 0
    created_at: datetime | None = None


def score_against(query: str, candidate: Candidate) -> float:
    """The resemblance to the candidate's tree when there is one and the query has questions,
    else the similarity of the words."""
    has_questions = any(segments(query)[1:])
    if isinstance(candidate.tree, dict) and has_questions:
        key = ("proposal", candidate.id, candidate.version, candidate.created_at)
        return resemblance(candidate.tree, query, key=key)
    return similarity(query, candidate.fingerprint)


def best_match(query: str, candidates: Iterable[Candidate], threshold: float) -> Match | None:
    """The most alike candidate at or above `threshold` (the first of equals), or None."""
    best: Match | None = None
    for candidate in candidates:
        score = score_against(query, candidate)
        if score >= threshold and (best is None or score > best.score):
            best = Match(proposal_id=candidate.id, score=score)
    return best


def find_similar_pending(
    db: Session,
    *,
    account_id: int,
    domain: str | None,
    query: str,
    threshold: float,
    proposal_type: str = "new_flow",
) -> Match | None:
    """The most similar pending proposal of the account and domain (all of them, not a page)."""
    if not query.replace(SEPARATOR.strip(), "").strip():
        return None
    domain_filter = (
        Proposal.problem_domain == domain if domain else Proposal.problem_domain.is_(None)
    )
    scope = (
        Proposal.account_id == account_id,
        Proposal.status == "pending",
        Proposal.proposal_type == proposal_type,
        domain_filter,
    )
    prints = dict(db.execute(select(Proposal.id, Proposal.fingerprint).where(*scope)).all())
    shortlist = _shortlist(query, prints)
    if not shortlist:
        return None
    rows = db.execute(
        select(
            Proposal.id,
            Proposal.fingerprint,
            Proposal.proposed_flow_data,
            Proposal.version,
            Proposal.created_at,
        ).where(Proposal.id.in_(shortlist))
    )
    ordered = sorted(_candidates(rows), key=lambda c: shortlist.index(c.id))
    return best_match(query, ordered, threshold)


SHORTLIST = 10
HEAD_SEGMENTS = 3


def _shortlist(query: str, prints: Mapping[int, str | None]) -> list[int]:
    """The few proposals whose opening words (summary and first questions) are nearest the
    query's, scored in C by rapidfuzz on every core, so that only they are aligned: aligning
    every pending proposal would make each look-up grow with the queue."""
    if len(prints) <= SHORTLIST:
        return sorted(prints)
    ids = list(prints)
    heads = [_head(prints[i] or "") for i in ids]
    scores = process.cdist([_head(query)], heads, scorer=fuzz.token_set_ratio, workers=-1)[0]
    best = sorted(range(len(ids)), key=lambda k: -scores[k])[:SHORTLIST]
    return [ids[k] for k in best]


def _head(fingerprint_: str) -> str:
    return SEPARATOR.join(fingerprint_.split(SEPARATOR)[:HEAD_SEGMENTS])


def _candidates(rows: Iterable[Any]) -> Sequence[Candidate]:
    return [
        Candidate(
            id=row.id,
            fingerprint=row.fingerprint or "",
            tree=(row.proposed_flow_data or {}).get("tree_structure"),
            version=row.version,
            created_at=row.created_at,
        )
        for row in rows
    ]
