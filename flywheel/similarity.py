"""How alike a session is to a pending proposal, for merging evidence into one proposal.

A fingerprint is the normalised words of each text given (a problem summary, or a title and
a summary, then the questions a session asked), the texts kept apart by " | ". Against a
proposal with a tree, the questions are aligned to the tree in order with the conformance
alignment (answers unknown, so any branch may have been taken, and the session may start
above or below the proposal's first question): two sessions of one problem ask the same
questions along the same paths, while another problem of the same domain asks others.
A session none of whose steps the tree explains (its opening statement answered the first
questions, then it went elsewhere) resembles it only if its opening words tell the same
story as the proposal's. Without a tree (or old, unseparated fingerprints) the words are
compared with rapidfuzz's token-sort ratio, which is order-free but does not call a short
text a perfect match of a long one.

A look-up among the pending proposals of an account, domain and kind first shortlists the
few whose opening words are nearest the query's, then aligns those. The opening words of
every pending proposal, and an index from each word to the proposals that open with it, are
kept in process (`PENDING`), per database engine and scope, and checked against the
database on every look-up by a marker of the scope read from a covering index (no row is
touched); only proposals new, changed or gone since the last look-up are read again, so
writes by other processes are seen at once (`bring_up_to_date`).
"""

from __future__ import annotations

import itertools
import math
import re
import threading
from array import array
from collections import OrderedDict
from collections.abc import Collection, Hashable, Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import cache
from typing import Any, NamedTuple
from weakref import WeakKeyDictionary

import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz, process
from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    Executable,
    Text,
    bindparam,
    cast,
    func,
    or_,
    select,
)
from sqlalchemy.orm import Session

from flywheel.errors import InvalidTree
from flywheel.matching import (
    PROPOSAL,
    Alignment,
    PreparedFlow,
    Trail,
    align_prepared,
    prepare_flow,
    prepared,
    question_trail,
)
from flywheel.models import Proposal
from flywheel.trees import parse_tree

SEPARATOR = " | "
STORY_SHARE = 0.2  # share of the fewer opening word stems two openings of one problem share
STEM = 4  # a word's first letters, by which two openings' words are compared
SHORTEST = 3  # letters of the shortest word that tells a problem ("vpn", "usb", "mfa")
_WORD = re.compile(r"[a-z0-9][a-z0-9.\-]*")
# words any help-desk opening may say, of whatever problem ("Acer laptop, two years old,
# can you help?"): shared, they tell no story (stop words are out of fingerprints already)
_FILLER = frozenset(
    word[:STEM]
    for word in (
        "help problem issue computer laptop desktop machine work working thanks "
        "years old new since today yesterday day days week time really need know just get "
        "got like cannot"
    ).split()
)
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


def resemblance(
    tree: Any, query: str, *, key: object = None, trail: Trail | None = None, told: bool = True
) -> float:
    """0..1: how surely the session a fingerprint describes (its first text the summary,
    then its questions) followed the proposal's tree, read in order, any branch taken.
    When the session's own `trail` is given it is aligned too and the surer reading kept:
    its offered options and answers tell a reworded question apart, while the questions
    alone still fit a session that answered differently at a wording the tree knows.
    `told`: whether the session's opening tells the proposal's story (`same_story`)."""
    flow = _prepared_tree(tree, key)
    return 0.0 if flow is None else _resembles(flow, query, trail, told=told)


def _prepared_tree(tree: Any, key: Hashable) -> PreparedFlow | None:
    """The tree prepared for aligning (cached under `key`), or None when it is not valid."""
    try:
        return prepare_flow(parse_tree(tree), key=key)
    except InvalidTree:
        return None


def _resembles(flow: PreparedFlow, query: str, trail: Trail | None, *, told: bool = True) -> float:
    """`resemblance` to a prepared tree. A reading the tree does not follow (`_followed`:
    it explains no step, the opening statement alone answering its first questions, or it
    leaves in passing) counts only when the session `told` the proposal's story
    (`same_story`). Nor, when the session's own trail is at hand and not followed, does its
    questions' reading: read without their answers, a session's questions may take any
    branch, and another problem's fitted a proposal so (a phone's mail sessions, their own
    steps explaining nothing, joined an Office-activation proposal at 0.77)."""
    own = None if trail is None else align_prepared(flow, trail, reading=PROPOSAL)
    if own is not None and not (told or _followed(own)):
        return 0.0
    parts = segments(query)
    asked = align_prepared(
        flow, question_trail(parts[0], [part for part in parts[1:] if part]), reading=PROPOSAL
    )
    scores = [own.score] if own is not None else []
    if told or _followed(asked):
        scores.append(asked.score)
    return max(scores, default=0.0)


def _followed(alignment: Alignment) -> bool:
    """Whether a reading followed the tree: it explained a step, and did not leave the tree
    in passing (a session of another problem meets one of its questions on its way). Nor
    at the first question: a session of the same problem may answer it otherwise, but one
    step near enough in a proposal's kind reading is all another problem needs ("Can you
    see the desktop when you start your computer?" for "Are you able to see the wireless
    network?"), so such a session joins only when its opening tells the story."""
    return any(alignment.step_credits) and not alignment.left_in_passing


def same_story(ours: str, theirs: str) -> bool:
    """Whether two fingerprints' openings (their first texts: summary, first questions) tell
    one problem: at least `STORY_SHARE` of the fewer word stems are shared. An opening can
    answer another problem's first questions by their words ("monitor says no signal" chose
    "Error message at start-up" in a tree about laptops that will not start) without being
    that problem; the sessions of one problem repeat some of its words ("printer",
    "printing"). Words any opening says (`_FILLER`: "laptop", "help", "years old") are not
    counted."""
    mine, other = _stems(_head(ours)), _stems(_head(theirs))
    return len(mine & other) >= STORY_SHARE * min(len(mine), len(other))


def _stems(text: str) -> set[str]:
    """The stems of a text's words that may tell a problem (not `_FILLER`)."""
    words = re.split(r"[^a-z0-9]+", text)
    stems = {word[:STEM] for word in words if len(word) >= SHORTEST}
    return stems - _FILLER


@dataclass(frozen=True)
class Match:
    """The proposal found and how alike; and, not part of what was found, its tree as it
    was aligned, the version it was read at (a merge need not prepare it again) and its
    opening words as the look-up kept them."""

    proposal_id: int
    score: float
    flow: PreparedFlow | None = field(default=None, compare=False, repr=False)
    version: int | None = field(default=None, compare=False)
    head: str = field(default="", compare=False, repr=False)


@dataclass(frozen=True)
class Candidate:
    """A pending proposal as the comparison needs it: its tree prepared (None: it has no
    tree, or `broken`: one that does not validate, which resembles nothing), and its
    opening words as the look-up's index keeps them (`head`; empty: not known)."""

    id: int
    fingerprint: str
    version: int
    flow: PreparedFlow | None = None
    broken: bool = False
    head: str = ""


def score_against(query: str, candidate: Candidate, *, trail: Trail | None = None) -> float:
    """The resemblance to the candidate's tree when there is one and the query has questions
    (or the session's `trail` is given), else the similarity of the words."""
    has_tree = candidate.flow is not None or candidate.broken
    if has_tree and _by_tree(query, trail):
        if candidate.flow is None:
            return 0.0
        told = not candidate.head or same_story(query, candidate.head)
        return _resembles(candidate.flow, query, trail, told=told)
    return similarity(query, candidate.fingerprint)


def _by_tree(query: str, trail: Trail | None) -> bool:
    """Whether a query is compared with trees: it has questions, or the session's trail."""
    return trail is not None or any(segments(query)[1:])


def matches(
    query: str, candidates: Iterable[Candidate], threshold: float, *, trail: Trail | None = None
) -> list[Match]:
    """The candidates at or above `threshold`, most alike first (of equals, the first)."""
    found = []
    for candidate in candidates:
        score = score_against(query, candidate, trail=trail)
        if score >= threshold:
            found.append(
                Match(candidate.id, score, candidate.flow, candidate.version, candidate.head)
            )
    return sorted(found, key=lambda match: -match.score)  # stable: equals keep their order


def similar_pending(
    db: Session,
    *,
    account_id: int,
    domain: str | None,
    query: str,
    threshold: float,
    proposal_type: str = "new_flow",
    trail: Trail | None = None,
) -> list[Match]:
    """The pending proposals of the account and domain (all of them, not a page) most
    similar to the query, at or above `threshold`, the most similar first.

    The query shortlists; a session's `trail` (`matching.read_trail`), when given, is what
    the shortlisted trees are scored by. Ties go to the older proposal (the lower id), both
    for the last place on the shortlist and for the order of equal scores."""
    if not query.replace(SEPARATOR.strip(), "").strip():
        return []
    conn = _connection(db)
    origin = engine_token(conn.engine)
    key = (origin, account_id, domain or None, proposal_type)
    index = PENDING.get(key) or ScopeIndex()
    with index.lock:
        bring_up_to_date(conn, index, Scope(account_id, domain or None, proposal_type))
        shortlist = _shortlist(query, index)
        known = {id_: index.identities[id_] for id_ in shortlist}
        heads = {id_: index.head(id_) for id_ in shortlist}
    PENDING.put(key, index)
    candidates = _candidates(conn, origin, known, trees=_by_tree(query, trail))
    ordered = [  # one gone since the shortlist is not there
        replace(candidates[i], head=heads[i]) for i in shortlist if i in candidates
    ]
    return matches(query, ordered, threshold, trail=trail)


def _connection(db: Session) -> Connection:
    """The session's connection for proposals, after the flush that a query through the
    session would make (so the session's own new proposals are found, as before)."""
    if db.autoflush:
        db.flush()
    return db.connection(bind_arguments={"mapper": Proposal})


class Scope(NamedTuple):
    """The pending proposals of an account, domain (None: none) and kind, as the values of
    the bound parameters of the scope's statements (`_statements`)."""

    account_id: int
    domain: str | None
    kind: str

    @property
    def params(self) -> dict[str, Any]:
        return {"account_id": self.account_id, "domain": self.domain, "kind": self.kind}

    @property
    def statements(self) -> ScopeStatements:
        return _statements(self.domain is not None)


class ScopeStatements(NamedTuple):
    """The statements a look-up runs on a scope, built once per shape of scope (with a
    domain or without) with bound parameters: building a statement and its cache key anew
    cost five times its run on SQLite, and a look-up runs two or three."""

    marker: Executable  # `Marker`
    identities: Executable  # (id, version, last update) of each proposal
    heads: Executable  # identities and fingerprints
    heads_since: Executable  # of those new (id > :last_id) or updated since :last_update
    heads_by_id: Executable  # of those with an id in :ids


@cache
def _statements(with_domain: bool) -> ScopeStatements:
    domain = Proposal.problem_domain
    scope = (
        Proposal.account_id == bindparam("account_id"),
        Proposal.status == "pending",
        Proposal.proposal_type == bindparam("kind"),
        domain == bindparam("domain") if with_domain else domain.is_(None),
    )
    last_update = select(func.max(Proposal.updated_at)).where(*scope).scalar_subquery()
    counts = (func.count(), last_update, func.max(Proposal.id), func.sum(Proposal.version))
    heads = select(Proposal.id, Proposal.version, _UPDATED, Proposal.fingerprint).where(*scope)
    since = or_(
        Proposal.id > bindparam("last_id"),
        Proposal.updated_at >= bindparam("last_update", type_=Proposal.updated_at.type),
    )
    return ScopeStatements(
        marker=select(*counts).where(*scope),
        identities=select(Proposal.id, Proposal.version, _UPDATED).where(*scope),
        heads=heads,
        heads_since=heads.where(since),
        heads_by_id=heads.where(Proposal.id.in_(bindparam("ids", expanding=True))),
    )


def _candidates(
    conn: Connection, origin: Hashable, identities: dict[int, Identity], *, trees: bool
) -> dict[int, Candidate]:
    """The shortlisted proposals, with their trees prepared when the look-up compares
    `trees`. A tree prepared before, at the identity the index holds (id, version, last
    update), comes from the cache and is not read again: reading and preparing a grown tree
    was most of a look-up. One read is prepared under the identity read with it."""
    result: dict[int, Candidate] = {}
    for id_, identity in identities.items() if trees else ():
        flow = prepared(_tree_key(origin, identity))
        if flow is not None:
            result[id_] = Candidate(id_, "", identity[1], flow)
    missing = [id_ for id_ in identities if id_ not in result]
    if not missing:
        return result
    tree_columns = [Proposal.version, _UPDATED, Proposal.proposed_flow_data] if trees else []
    statement = select(Proposal.id, Proposal.fingerprint, *tree_columns)
    for row in conn.execute(statement.where(Proposal.id.in_(missing))):
        tree = (row.proposed_flow_data or {}).get("tree_structure") if trees else None
        key = _tree_key(origin, (row.id, *row[2:4]))
        flow = _prepared_tree(tree, key) if isinstance(tree, dict) else None
        broken = flow is None and isinstance(tree, dict)
        version = row.version if trees else identities[row.id][1]
        result[row.id] = Candidate(row.id, row.fingerprint or "", version, flow, broken)
    return result


def _tree_key(origin: Hashable, identity: Identity) -> Hashable:
    """The key a proposal's tree is prepared under: its database and identity."""
    return ("proposal", origin, *identity)


# --- the shortlist ---------------------------------------------------------------------------

SHORTLIST = 5  # proposals aligned per look-up
WORD_SHORTLIST = 100  # proposals whose opening words rapidfuzz compares per look-up
HEAD_SEGMENTS = 3


def _shortlist(query: str, index: ScopeIndex) -> list[int]:
    """The few proposals whose opening words (summary and first questions) are nearest the
    query's, so that only they are aligned: aligning every pending proposal would make each
    look-up grow with the queue. Picked in two steps, each keeping the older of equals: the
    `WORD_SHORTLIST` that share the most of the query's words, rare words counting most
    (`ScopeIndex.nearest`, which reads only the postings of the query's words), then of
    those the `SHORTLIST` nearest by rapidfuzz's token-set ratio, which also sees words that
    are alike without being equal."""
    head = _head(query)
    ids, heads = index.nearest(head_words(head), WORD_SHORTLIST)
    if len(ids) <= SHORTLIST:
        return ids
    scores = process.cdist([token_set(head)], heads, scorer=fuzz.token_set_ratio)[0]
    best = (-scores).argsort(kind="stable")[:SHORTLIST]  # stable: ties keep id order
    return [ids[k] for k in best.tolist()]


def _head(fingerprint_: str) -> str:
    return SEPARATOR.join(fingerprint_.split(SEPARATOR)[:HEAD_SEGMENTS])


def head_words(head: str) -> set[str]:
    """The distinct words of a head (or of its token set: the same words), separators aside."""
    return set(head.split()) - {SEPARATOR.strip()}


def token_set(text: str) -> str:
    """The text's distinct words, sorted: rapidfuzz's token-set ratio scores it exactly as
    it scores the text, only faster, as it reads words as a set in sorted order anyway.
    Only for ASCII text, where Python and rapidfuzz split words at the same characters."""
    return " ".join(sorted(set(text.split()))) if text.isascii() else text


def idf(proposals: int, having: int) -> float:
    """The weight of a word that `having` of `proposals` heads have: log(1 + n / df), so a
    rare word counts most and one that every head has still counts a little."""
    return math.log(1 + proposals / having)


# --- the pending proposals of a scope, kept per database and scope --------------------------

Identity = tuple[Any, ...]  # (id, version, last update as text) of a pending proposal
_INT64 = "q"  # the `array` type code of numpy's int64
CACHED_PROPOSALS = 50_000  # at most this many proposals are kept, over all scopes
CACHED_SCOPES = 256
FETCH_BY_ID = 500  # more new or changed proposals than this: the scope is read whole

# read as text, not as a datetime: it is only compared, and converting is most of the cost
_UPDATED: ColumnElement[Any] = cast(Proposal.updated_at, Text)
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


class Marker(NamedTuple):
    """What the covering index `ix_proposals_similarity` tells of a scope without reading a
    row: any write through the product changes one of these (see `bring_up_to_date`)."""

    proposals: int
    last_update: datetime | None
    last_id: int | None
    versions: int | None  # the sum of the versions


class ScopeIndex:
    """The pending proposals of one scope as last read: each one's identity and opening words
    as a token set (its head), and an index from each word to the proposals whose head has
    it (postings), so that a look-up reads only the postings of the query's words. The
    proposals sit in slots 0..n-1, a departed one's slot taken by the last, so that a
    look-up scores them in one array.

    Slot numbers and ids are kept in `array.array`s, 8 bytes each, which numpy copies at
    memory speed (a list would hold an int object of 28 bytes for each).

    Changed in place, by the look-ups of its scope only, which hold `lock` while they bring
    it up to date and read it; `marker` is the scope's marker it was last brought up to
    (None: unknown, to be read whole)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.marker: Marker | None = None
        self.identities: dict[int, Identity] = {}
        self._slot: dict[int, int] = {}
        self._ids = array(_INT64)
        self._heads: list[str] = []
        self._postings: dict[str, array[int]] = {}

    def __len__(self) -> int:
        return len(self._ids)

    def put(self, identity: Identity, head: str) -> None:
        """Keep a proposal new to the scope, or the new identity and head of one kept."""
        id_ = identity[0]
        self.identities[id_] = identity
        slot = self._slot.get(id_)
        if slot is None:
            slot = self._slot[id_] = len(self._ids)
            self._ids.append(id_)
            self._heads.append("")
        elif self._heads[slot] == head:
            return
        self._unindex(slot)
        self._heads[slot] = head
        self._index(slot)

    def head(self, id_: int) -> str:
        """The opening words kept of a proposal in the scope."""
        return self._heads[self._slot[id_]]

    def drop(self, id_: int) -> None:
        """Forget a proposal that left the scope; the last slot's proposal moves to its slot."""
        slot, last = self._slot.pop(id_), len(self._ids) - 1
        del self.identities[id_]
        self._unindex(slot)
        if slot != last:
            self._unindex(last)
            self._ids[slot], self._heads[slot] = self._ids[last], self._heads[last]
            self._slot[self._ids[slot]] = slot
            self._index(slot)
        self._ids.pop()
        self._heads.pop()

    def agrees(self, marker: Marker) -> bool:
        """Whether the proposals kept have the marker's count, highest id and versions."""
        versions = sum(identity[1] for identity in self.identities.values())
        return (
            len(self._ids) == marker.proposals
            and max(self._ids, default=None) == marker.last_id
            and versions == (marker.versions or 0)
        )

    def nearest(self, words: Collection[str], count: int) -> tuple[list[int], list[str]]:
        """The ids and heads, in id order, of the `count` proposals whose heads share the
        most of `words`, each word weighing its `idf` (the sum of the weights of the shared
        words, added in the words' sorted order), the older first of equals."""
        slots: Iterable[int] = range(len(self._ids))
        if len(self._ids) > count:
            ids = np.array(self._ids, dtype=np.int64)
            slots = _best(self._scores(words), ids, count).tolist()
        chosen = sorted(slots, key=self._ids.__getitem__)
        return [self._ids[s] for s in chosen], [self._heads[s] for s in chosen]

    def _scores(self, words: Collection[str]) -> npt.NDArray[np.float64]:
        scores = np.zeros(len(self._ids))
        for word in sorted(words):
            slots = self._postings.get(word)
            if slots:
                weight = idf(len(self._ids), len(slots))
                scores[np.array(slots, dtype=np.int64)] += weight
        return scores

    def _index(self, slot: int) -> None:
        for word in head_words(self._heads[slot]):
            self._postings.setdefault(word, array(_INT64)).append(slot)

    def _unindex(self, slot: int) -> None:
        for word in head_words(self._heads[slot]):
            slots = self._postings[word]
            slots.remove(slot)
            if not slots:
                del self._postings[word]


def _best(
    scores: npt.NDArray[np.float64], ids: npt.NDArray[np.int64], count: int
) -> npt.NDArray[np.intp]:
    """The positions of the `count` highest scores, the lower id first of equals."""
    threshold = np.partition(scores, -count)[-count]
    contenders = np.flatnonzero(scores >= threshold)
    order = np.lexsort((ids[contenders], -scores[contenders]))
    return contenders[order[:count]]


class PendingHeads:
    """The `ScopeIndex` of the scopes looked up lately, least recently used dropped first so
    that at most `limit` proposals and `scopes` scopes are kept: about 1.1 kB a proposal
    with its words indexed (11 MB for 10,000 generated ones, so at most about 55 MB).
    Shared by the threads of a process."""

    def __init__(self, limit: int = CACHED_PROPOSALS, scopes: int = CACHED_SCOPES) -> None:
        self.limit, self.scopes = limit, scopes
        self._items: OrderedDict[Hashable, ScopeIndex] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable) -> ScopeIndex | None:
        """The scope's index as last stored, or None."""
        with self._lock:
            found = self._items.get(key)
            if found is not None:
                self._items.move_to_end(key)
            return found

    def put(self, key: Hashable, index: ScopeIndex) -> None:
        """Keep the scope's index (again, after it grew or shrank), dropping the least
        recently used beyond the limits."""
        with self._lock:
            self._items[key] = index
            self._items.move_to_end(key)
            held = self._held()
            while self._items and (held > self.limit or len(self._items) > self.scopes):
                _, dropped = self._items.popitem(last=False)
                held -= len(dropped)

    def size(self) -> int:
        """How many proposals are kept."""
        with self._lock:
            return self._held()

    def _held(self) -> int:
        return sum(len(index) for index in self._items.values())

    def clear(self) -> None:
        """Forget every scope."""
        with self._lock:
            self._items.clear()


PENDING = PendingHeads()


def bring_up_to_date(conn: Connection, index: ScopeIndex, scope: Scope) -> None:
    """Make the index what the connection sees of the scope now, reading as little as tells.

    The scope's `Marker` is read first, from the covering index alone. Equal to the index's
    marker: nothing changed. Else the proposals with an id above the highest kept or updated
    no earlier than the last update kept are read (new or changed); if the index then
    disagrees with the marker in count, highest id or versions (some left the scope:
    approved, rejected, merged away, moved to another domain, deleted; or a change went
    unseen), the identities of the whole scope are read, still from the covering index, to
    drop the departed and read any other that changed.

    This sees every change made through the product: each write of a proposal, through the
    ORM or an UPDATE statement, sets `updated_at` to now (its onupdate), so a changed
    proposal has an update no earlier than any seen before it, and one entering the scope
    (drafted, reopened, moved in) is written too; each write through the ORM also bumps
    `version`, which the marker sums, and leaving the scope changes the count. The marker
    is read before the proposals it vouches for, so the index is never older than its
    marker. What could go unseen is a write that keeps `version` and carries an update time
    earlier than one already seen (an UPDATE statement committed after a later-stamped
    change, or a hand-set `updated_at`), until the scope next changes; the product makes
    none."""
    marker = _marker(conn, scope)
    if marker == index.marker:
        return
    seen, index.marker = index.marker, None  # an update cut short leaves it unknown
    if not (seen and seen.proposals and _caught_up(conn, index, scope, seen, marker)):
        _reread(conn, index, scope)
    index.marker = marker


def _marker(conn: Connection, scope: Scope) -> Marker:
    """The scope's marker: the last update on its own, which the index gives at once; the
    rest in one pass over the scope's entries of the index."""
    return Marker(*conn.execute(scope.statements.marker, scope.params).one())


def _caught_up(
    conn: Connection, index: ScopeIndex, scope: Scope, seen: Marker, marker: Marker
) -> bool:
    """Read into the index the proposals new or changed since `seen`; whether it now agrees
    with `marker`."""
    since = {"last_id": seen.last_id, "last_update": seen.last_update}
    _keep(index, _read_heads(conn, scope.statements.heads_since, scope.params | since))
    return index.agrees(marker)


def _reread(conn: Connection, index: ScopeIndex, scope: Scope) -> None:
    """Bring the index to the identities of the whole scope: drop the proposals gone, read
    those new or changed (the whole scope in one statement when there are many)."""
    rows = conn.execute(scope.statements.identities, scope.params).all()
    identities = {row[0]: tuple(row) for row in rows}
    for gone in [id_ for id_ in index.identities if id_ not in identities]:
        index.drop(gone)
    stale = [id_ for id_, row in identities.items() if index.identities.get(id_) != row]
    if len(stale) > FETCH_BY_ID:
        _keep(index, _read_heads(conn, scope.statements.heads, scope.params))
    elif stale:
        by_id = scope.params | {"ids": stale}
        _keep(index, _read_heads(conn, scope.statements.heads_by_id, by_id))


def _keep(index: ScopeIndex, entries: Iterable[tuple[Identity, str]]) -> None:
    for identity, head in entries:
        index.put(identity, head)


def _read_heads(
    conn: Connection, statement: Executable, params: dict[str, Any]
) -> list[tuple[Identity, str]]:
    """The identity and head of each proposal the statement reads."""
    rows = conn.execute(statement, params).all()
    return [(tuple(row[:3]), token_set(_head(row[3] or ""))) for row in rows]
