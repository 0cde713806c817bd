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

A look-up among the pending proposals of an account, domain and kind first shortlists the
few whose opening words are nearest the query's, then aligns those. The opening words of
every pending proposal are kept in process (`PENDING`), per database engine and scope, and
checked against the database on every look-up: the id, version and last update of each
pending proposal are read (no text), and only the fingerprints of proposals new or changed
since the last look-up are fetched, so writes by other processes are seen at once.
"""

from __future__ import annotations

import itertools
import re
import threading
from collections import OrderedDict
from collections.abc import Collection, Hashable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from weakref import WeakKeyDictionary

from rapidfuzz import fuzz, process
from sqlalchemy import ColumnElement, Connection, Engine, Text, cast, select
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
    origin: Hashable = None  # the database it was read from (`engine_token`): ids repeat


def score_against(query: str, candidate: Candidate) -> float:
    """The resemblance to the candidate's tree when there is one and the query has questions,
    else the similarity of the words."""
    has_questions = any(segments(query)[1:])
    if isinstance(candidate.tree, dict) and has_questions:
        key = ("proposal", candidate.origin, candidate.id, candidate.version, candidate.created_at)
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
    """The most similar pending proposal of the account and domain (all of them, not a page).

    Ties go to the older proposal (the lower id), both for the last place on the shortlist
    and for the best score."""
    if not query.replace(SEPARATOR.strip(), "").strip():
        return None
    conn = _connection(db)
    origin = engine_token(conn.engine)
    key = (origin, account_id, domain or None, proposal_type)
    pending = pending_heads(conn, key, _scope(account_id, domain, proposal_type))
    shortlist = _shortlist(query, pending)
    if not shortlist:
        return None
    rows = conn.execute(
        select(
            Proposal.id,
            Proposal.fingerprint,
            Proposal.proposed_flow_data,
            Proposal.version,
            Proposal.created_at,
        ).where(Proposal.id.in_(shortlist))
    )
    ordered = sorted(_candidates(rows, origin), key=lambda c: shortlist.index(c.id))
    return best_match(query, ordered, threshold)


def _connection(db: Session) -> Connection:
    """The session's connection for proposals, after the flush that a query through the
    session would make (so the session's own new proposals are found, as before)."""
    if db.autoflush:
        db.flush()
    return db.connection(bind_arguments={"mapper": Proposal})


def _scope(account_id: int, domain: str | None, proposal_type: str) -> tuple[Any, ...]:
    """The conditions of the pending proposals of an account, domain (None: none) and kind."""
    return (
        Proposal.account_id == account_id,
        Proposal.status == "pending",
        Proposal.proposal_type == proposal_type,
        Proposal.problem_domain == domain if domain else Proposal.problem_domain.is_(None),
    )


def _candidates(rows: Iterable[Any], origin: Hashable) -> Sequence[Candidate]:
    return [
        Candidate(
            id=row.id,
            fingerprint=row.fingerprint or "",
            tree=(row.proposed_flow_data or {}).get("tree_structure"),
            version=row.version,
            created_at=row.created_at,
            origin=origin,
        )
        for row in rows
    ]


# --- the shortlist ---------------------------------------------------------------------------

SHORTLIST = 10
HEAD_SEGMENTS = 3


def _shortlist(query: str, pending: Pending) -> list[int]:
    """The few proposals whose opening words (summary and first questions) are nearest the
    query's, scored in C by rapidfuzz, so that only they are aligned: aligning every pending
    proposal would make each look-up grow with the queue."""
    if len(pending.ids) <= SHORTLIST:
        return list(pending.ids)
    query_words = token_set(_head(query))
    scores = process.cdist([query_words], pending.heads, scorer=fuzz.token_set_ratio)[0]
    best = (-scores).argsort(kind="stable")[:SHORTLIST]  # stable: ties keep id order
    return [pending.ids[k] for k in best.tolist()]


def _head(fingerprint_: str) -> str:
    return SEPARATOR.join(fingerprint_.split(SEPARATOR)[:HEAD_SEGMENTS])


def token_set(text: str) -> str:
    """The text's distinct words, sorted: rapidfuzz's token-set ratio scores it exactly as
    it scores the text, only faster, as it reads words as a set in sorted order anyway.
    Only for ASCII text, where Python and rapidfuzz split words at the same characters."""
    return " ".join(sorted(set(text.split()))) if text.isascii() else text


# --- the pending proposals' heads, kept per database and scope ------------------------------

Identity = tuple[Any, ...]  # (id, version, last update as text) of a pending proposal
CACHED_PROPOSALS = 50_000  # at most this many proposals' heads are kept, over all scopes
CACHED_SCOPES = 256
FETCH_BY_ID = 500  # more new or changed proposals than this: the scope is read whole

# read as text, not as a datetime: it is only compared, and converting is most of the cost
_UPDATED: ColumnElement[Any] = cast(Proposal.updated_at, Text)
_NONE: tuple[Identity, str] = ((), "")
_ENGINES: WeakKeyDictionary[Engine, int] = WeakKeyDictionary()
_NUMBERS = itertools.count(1)
_ENGINES_LOCK = threading.Lock()


def engine_token(engine: Engine) -> int:
    """A number for the engine that no other engine gets in this process: cached heads carry
    it, as proposal ids repeat across databases (and a URL may not name one, `sqlite://`)."""
    with _ENGINES_LOCK:
        token = _ENGINES.get(engine)
        if token is None:
            token = _ENGINES[engine] = next(_NUMBERS)
        return token


@dataclass(frozen=True)
class Pending:
    """The pending proposals of one scope as one look-up read them: the identity rows in id
    order; the ids whose fingerprint was read, in that order, with their opening words as a
    token set (`heads`); and each read proposal's identity and head, by id (`known`)."""

    rows: list[Identity]
    ids: list[int]
    heads: list[str]
    known: dict[int, tuple[Identity, str]]


class PendingHeads:
    """The `Pending` of the scopes looked up lately, least recently used dropped first so
    that at most `limit` proposals (about 0.6 kB each) and `scopes` scopes are kept. Shared
    by the threads of a process; a `Pending` is never changed once made."""

    def __init__(self, limit: int = CACHED_PROPOSALS, scopes: int = CACHED_SCOPES) -> None:
        self.limit, self.scopes = limit, scopes
        self._items: OrderedDict[Hashable, Pending] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable) -> Pending | None:
        """The scope's `Pending` as last stored, or None."""
        with self._lock:
            found = self._items.get(key)
            if found is not None:
                self._items.move_to_end(key)
            return found

    def put(self, key: Hashable, pending: Pending) -> None:
        """Keep the scope's `Pending`, dropping the least recently used beyond the limits."""
        with self._lock:
            self._items[key] = pending
            self._items.move_to_end(key)
            held = self._held()
            while self._items and (held > self.limit or len(self._items) > self.scopes):
                _, dropped = self._items.popitem(last=False)
                held -= len(dropped.known)

    def size(self) -> int:
        """How many proposals' heads are kept."""
        with self._lock:
            return self._held()

    def _held(self) -> int:
        return sum(len(pending.known) for pending in self._items.values())

    def clear(self) -> None:
        """Forget every scope."""
        with self._lock:
            self._items.clear()


PENDING = PendingHeads()


def pending_heads(conn: Connection, key: Hashable, scope: Sequence[Any]) -> Pending:
    """The scope's pending proposals as the connection sees them now: the cached `Pending`
    when the identities read are the ones it was made from, else one made from it, reading
    only the fingerprints of proposals it lacks or holds in another version."""
    rows = _identities(conn, scope)
    cached = PENDING.get(key)
    if cached is not None and cached.rows == rows:
        return cached
    pending = _refreshed(conn, rows, cached.known if cached else {}, scope)
    PENDING.put(key, pending)
    return pending


def _identities(conn: Connection, scope: Sequence[Any]) -> list[Identity]:
    statement = select(Proposal.id, Proposal.version, _UPDATED).where(*scope)
    # all rows at once, then plain tuples: much faster than iterating the result row by row
    return list(map(tuple, conn.execute(statement.order_by(Proposal.id)).all()))


def _refreshed(
    conn: Connection,
    rows: list[Identity],
    known: dict[int, tuple[Identity, str]],
    scope: Sequence[Any],
) -> Pending:
    """A `Pending` of `rows`, keeping the heads of `known` whose identity is unchanged."""
    kept = {row[0]: (row, known[row[0]][1]) for row in rows if known.get(row[0], _NONE)[0] == row}
    stale = [row[0] for row in rows if row[0] not in kept]
    # a proposal may leave the scope between the two reads: it is left out of this look-up
    entries = kept | (_read_heads(conn, stale, scope) if stale else {})
    ids = [row[0] for row in rows if row[0] in entries]
    return Pending(rows=rows, ids=ids, heads=[entries[i][1] for i in ids], known=entries)


def _read_heads(
    conn: Connection, ids: Collection[int], scope: Sequence[Any]
) -> dict[int, tuple[Identity, str]]:
    """The identity and head of each of `ids` still in the scope, read together (the whole
    scope in one statement when there are many)."""
    statement = select(Proposal.id, Proposal.version, _UPDATED, Proposal.fingerprint)
    statement = statement.where(*scope)
    if len(ids) <= FETCH_BY_ID:
        statement = statement.where(Proposal.id.in_(ids))
    return {
        row[0]: (tuple(row[:3]), token_set(_head(row[3] or ""))) for row in conn.execute(statement)
    }
