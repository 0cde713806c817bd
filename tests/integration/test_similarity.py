"""The similar-proposal look-up on SQLite and PostgreSQL against a reference that caches
nothing: the same proposal and score as proposals are added, merged, reviewed or moved
between look-ups, by this process or another, on two databases whose ids repeat."""

from __future__ import annotations

import math
import random
from collections import Counter
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from rapidfuzz import fuzz, process
from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session, sessionmaker

from bench import data
from bench.micro import session_print
from flywheel import db as dbmod
from flywheel import similarity
from flywheel.models import Account, Proposal
from flywheel.similarity import (
    SHORTLIST,
    WORD_SHORTLIST,
    Match,
    PendingHeads,
    fingerprint,
    resemblance,
    segments,
    similar_pending,
)

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
DOMAIN = "networking"
OTHER_DOMAIN = "printing"
MERGE_THRESHOLD = 0.6
Scope = tuple[int, str | None, str]  # account, domain, proposal type


# --- generated proposals and queries -------------------------------------------------------


def flows(seed: int, count: int, *, first: int = 0) -> list[dict[str, Any]]:
    """Generated flows of 6 to 14 nodes, numbered from `first` (their names and topics)."""
    rng = random.Random(seed)
    return [data.make_flow(rng, first + i, rng.randint(6, 14)) for i in range(count)]


def _questions(tree: dict[str, Any]) -> list[str]:
    return [n["question"] for n in [tree, *tree["children"]] if n["type"] == "decision"]


def content(flow: dict[str, Any]) -> dict[str, Any]:
    """A new-flow proposal's text, tree and fingerprint for a generated flow."""
    tree = flow["tree_structure"]
    title = f"{flow['name']}: {tree['question'][:60]}"
    return {
        "title": title,
        "description": flow["description"],
        "proposed_flow_data": {"tree_structure": tree, "match_keywords": flow["match_keywords"]},
        "fingerprint": fingerprint(title, flow["description"], *_questions(tree)),
    }


def proposal(
    account_id: int,
    flow: dict[str, Any],
    minute: int,
    *,
    domain: str | None = DOMAIN,
    kind: str = "new_flow",
) -> Proposal:
    """A pending proposal of the flow, created (and last updated) `minute` minutes past NOW."""
    when = NOW + timedelta(minutes=minute)
    return Proposal(
        account_id=account_id,
        proposal_type=kind,
        problem_domain=domain,
        status="pending",
        created_at=when,
        updated_at=when,
        **content(flow),
    )


def walks(walked: Sequence[dict[str, Any]], *, seed: int = 3) -> list[str]:
    """The fingerprint of a generated session walking each flow."""
    rng = random.Random(seed)
    return [session_print(data.make_session(rng, n, [f], NOW)) for n, f in enumerate(walked)]


def queries(walked: Sequence[dict[str, Any]]) -> list[str]:
    """`walks`, then a few that a look-up must handle too: a summary without questions, a
    proposal's own fingerprint, nothing at all."""
    return [
        *walks(walked),
        fingerprint(f"{walked[0]['name']} keeps failing"),
        str(content(walked[1])["fingerprint"]),
        " | ",
    ]


def add_account(factory: sessionmaker[Session], slug: str) -> int:
    with dbmod.transaction(factory) as db:
        account = Account(slug=slug, name=slug.title())
        db.add(account)
        db.flush()
        return account.id


# --- the reference ---------------------------------------------------------------------------


def _head(print_: str) -> str:
    return " | ".join(print_.split(" | ")[:3])


def _head_words(print_: str) -> set[str]:
    return set(_head(print_).split()) - {"|"}


def by_rare_words(query: str, prints: Sequence[str]) -> list[int]:
    """The positions of the `WORD_SHORTLIST` prints whose opening words share the most of the
    query's, each word weighing log(1 + n / the number of prints having it), in the query's
    words' sorted order (ties: the earlier); in their order."""
    words = [_head_words(print_) for print_ in prints]
    having = Counter(word for each in words for word in each)
    wanted = sorted(_head_words(query))
    overlap = [
        sum(math.log(1 + len(prints) / having[word]) for word in wanted if word in each)
        for each in words
    ]
    return sorted(sorted(range(len(prints)), key=lambda k: -overlap[k])[:WORD_SHORTLIST])


def _score(query: str, print_: str, flow_data: dict[str, Any]) -> float:
    tree = flow_data.get("tree_structure")
    if isinstance(tree, dict) and any(segments(query)[1:]):
        told = similarity.same_story(query, print_)
        return resemblance(tree, query, told=told)  # no key: the tree is prepared afresh
    return similarity.similarity(query, print_)


def reference(db: Session, scope: Scope, query: str) -> Match | None:
    """The look-up done the obvious way with nothing kept: every pending proposal of the scope
    read now in id order, the hundred whose opening words share the most of the query's rare
    words (`by_rare_words`), of those the ten whose opening words score best by rapidfuzz's
    token-set ratio on the words as stored (ties: the older), each scored from scratch, and
    the best (ties: the earlier on the list), at any score."""
    if not query.replace("|", "").strip():
        return None
    account_id, domain, kind = scope
    rows = db.execute(
        select(Proposal.id, Proposal.fingerprint, Proposal.proposed_flow_data)
        .where(
            Proposal.account_id == account_id,
            Proposal.status == "pending",
            Proposal.proposal_type == kind,
            Proposal.problem_domain == domain if domain else Proposal.problem_domain.is_(None),
        )
        .order_by(Proposal.id)
    ).all()
    if len(rows) > WORD_SHORTLIST:
        rows = [rows[k] for k in by_rare_words(query, [row.fingerprint for row in rows])]
    if len(rows) > SHORTLIST:
        heads = [_head(row.fingerprint) for row in rows]
        scores = process.cdist([_head(query)], heads, scorer=fuzz.token_set_ratio)[0]
        best = sorted(range(len(rows)), key=lambda k: -scores[k])[:SHORTLIST]
        rows = [rows[k] for k in best]
    found: Match | None = None
    for row in rows:
        score = _score(query, row.fingerprint, row.proposed_flow_data)
        if found is None or score > found.score:
            found = Match(proposal_id=row.id, score=score)
    return found


def look_up(db: Session, scope: Scope, query: str, threshold: float) -> Match | None:
    account_id, domain, kind = scope
    found = similar_pending(
        db,
        account_id=account_id,
        domain=domain,
        query=query,
        threshold=threshold,
        proposal_type=kind,
    )
    return found[0] if found else None


def agree(db: Session, scope: Scope, prints: Sequence[str]) -> list[Match | None]:
    """Each query's look-up, checked against the reference at no threshold and at the
    merging threshold (where the reference's pick counts only if it reaches it)."""
    found = []
    for query in prints:
        expected = reference(db, scope, query)
        assert look_up(db, scope, query, 0.0) == expected, query
        if expected is not None and expected.score < MERGE_THRESHOLD:
            expected = None
        assert look_up(db, scope, query, MERGE_THRESHOLD) == expected, query
        found.append(expected)
    return found


def checked(factory: sessionmaker[Session], scope: Scope, prints: Sequence[str]) -> list[Any]:
    """`agree` in a database session of its own; the ids found."""
    with factory() as db:
        return [m.proposal_id if m else None for m in agree(db, scope, prints)]


@pytest.fixture(autouse=True)
def _empty_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test starts without cached heads (and leaves none behind)."""
    monkeypatch.setattr(similarity, "PENDING", PendingHeads())


@pytest.fixture
def writer(database_url: str) -> Iterator[sessionmaker[Session]]:
    """Sessions of an engine of their own: the writes of another process."""
    engine = dbmod.make_engine(database_url)
    yield dbmod.session_factory(engine)
    engine.dispose()


# --- the tests -------------------------------------------------------------------------------


def test_look_ups_agree_with_the_reference_as_proposals_change(
    factory: sessionmaker[Session], writer: sessionmaker[Session]
) -> None:
    account, other_account = add_account(factory, "acme"), add_account(factory, "globex")
    known, unknown = flows(1, 30), flows(2, 6, first=500)
    with dbmod.transaction(factory) as db:
        db.add_all(proposal(account, flow, i) for i, flow in enumerate(known))
        # twins of the first five: ties of the opening words and of the score go to the older
        db.add_all(proposal(account, flow, 100 + i) for i, flow in enumerate(known[:5]))
        # the same flows in other scopes, which a look-up in this one must never return
        db.add_all(proposal(account, flow, 200, domain=OTHER_DOMAIN) for flow in known[:12])
        db.add_all(proposal(account, flow, 300, domain=None) for flow in known[:12])
        db.add_all(proposal(account, flow, 400, kind="enhancement") for flow in known[:12])
        db.add_all(proposal(other_account, flow, 500) for flow in known[:12])
    scope: Scope = (account, DOMAIN, "new_flow")
    prints = queries([*known[:8], *known[25:], *unknown])
    before = checked(factory, scope, prints)  # prints[13:15] walk unknown[0] and unknown[1]
    assert before[0] == 1  # the older of twins
    assert before[14] != 20

    with dbmod.transaction(writer) as db:  # another process drafts a proposal
        drafted = proposal(account, unknown[0], 600)
        db.add(drafted)
    assert checked(factory, scope, prints)[13] == drafted.id

    with dbmod.transaction(writer) as db:  # ... and merges new paths into two proposals
        merged = db.get_one(Proposal, 20)
        for field, value in content(unknown[1]).items():
            setattr(merged, field, value)
        db.get_one(Proposal, 21).fingerprint = str(content(unknown[2])["fingerprint"])
    assert checked(factory, scope, prints)[14] == 20

    with dbmod.transaction(writer) as db:  # a reviewer approves one, rejects another
        db.get_one(Proposal, drafted.id).status = "approved"
        db.get_one(Proposal, 20).status = "rejected"
    reviewed = checked(factory, scope, prints)
    assert reviewed[13] != drafted.id and reviewed[14] != 20

    with dbmod.transaction(writer) as db:  # moves one to another domain, edits one raw
        db.get_one(Proposal, 2).problem_domain = OTHER_DOMAIN
        db.execute(  # an UPDATE that bypasses the version: its update time tells
            update(Proposal).where(Proposal.id == 22).values(**content(unknown[3]))
        )
    moved = checked(factory, scope, [*prints, walks([unknown[3]])[0]])
    assert moved[1] != 2 and moved[-1] == 22
    assert checked(factory, (account, OTHER_DOMAIN, "new_flow"), prints[:3])[1] == 2


def test_a_session_finds_its_own_unsaved_proposals_and_forgets_rolled_back_ones(
    factory: sessionmaker[Session],
) -> None:
    account = add_account(factory, "acme")
    known, unknown = flows(1, 20), flows(2, 2, first=500)
    with dbmod.transaction(factory) as db:
        db.add_all(proposal(account, flow, i) for i, flow in enumerate(known))
    scope: Scope = (account, DOMAIN, "new_flow")
    prints = queries([*known[:4], *unknown])
    with factory() as db:
        agree(db, scope, prints)
        db.add(proposal(account, unknown[0], 50))  # not flushed: the look-up flushes it
        found = look_up(db, scope, prints[4], 0.0)
        assert found is not None and found.proposal_id == 21
        agree(db, scope, prints)
        db.rollback()
        replacement = proposal(account, unknown[1], 51)
        db.add(replacement)
        assert [m and m.proposal_id for m in agree(db, scope, prints)][5] == replacement.id
        assert replacement.id == 21 or db.get_bind().dialect.name != "sqlite"  # the same id


def test_two_databases_with_the_same_ids_are_kept_apart(
    factory: sessionmaker[Session], sqlite_url: str
) -> None:
    other_engine = dbmod.make_engine(sqlite_url)
    other = dbmod.session_factory(other_engine)
    try:
        walked, accounts = [], set()
        for seed, made in ((1, factory), (2, other)):
            account, generated = add_account(made, "acme"), flows(seed, 15)
            with dbmod.transaction(made) as db:  # ids, versions and times alike in both
                db.add_all(proposal(account, flow, i) for i, flow in enumerate(generated))
            walked.extend(generated[:4])
            accounts.add(account)
        [account] = accounts  # the same account id too
        scope: Scope = (account, DOMAIN, "new_flow")
        prints = queries(walked)
        first, second = checked(factory, scope, prints), checked(other, scope, prints)
        assert first[:4] == second[4:8] == [1, 2, 3, 4]  # same ids, different proposals
        assert checked(factory, scope, prints) == first and checked(other, scope, prints) == second
    finally:
        other_engine.dispose()


def test_a_look_up_reads_only_new_or_changed_fingerprints(
    factory: sessionmaker[Session], writer: sessionmaker[Session], monkeypatch: pytest.MonkeyPatch
) -> None:
    account = add_account(factory, "acme")
    with dbmod.transaction(factory) as db:
        db.add_all(proposal(account, flow, i) for i, flow in enumerate(flows(1, 20)))
    read: list[list[int]] = []
    whole_scope_reads: list[None] = []
    real_read, real_reread = similarity._read_heads, similarity._reread

    def read_spy(*args: Any) -> Any:
        found = real_read(*args)
        read.append(sorted(identity[0] for identity, _ in found))
        return found

    def reread_spy(*args: Any) -> None:
        whole_scope_reads.append(None)
        real_reread(*args)

    monkeypatch.setattr(similarity, "_read_heads", read_spy)
    monkeypatch.setattr(similarity, "_reread", reread_spy)
    scope: Scope = (account, DOMAIN, "new_flow")
    prints = queries(flows(1, 3))
    checked(factory, scope, prints)
    assert read == [list(range(1, 21))] and len(whole_scope_reads) == 1
    checked(factory, scope, prints)  # nothing changed: only the marker is read
    assert read == [list(range(1, 21))] and len(whole_scope_reads) == 1

    with dbmod.transaction(writer) as db:  # one changed, one approved, one drafted
        db.get_one(Proposal, 7).fingerprint = "printer jam | is the tray empty"
        db.get_one(Proposal, 8).status = "approved"
        db.add(proposal(account, flows(3, 1, first=900)[0], 30))
    checked(factory, scope, prints)
    # new or changed since: 7 and 21, and 20, which was updated last (at the same time as
    # another might be); then one is missing from the count, so the identities are read
    assert read[1:] == [[7, 20, 21]] and len(whole_scope_reads) == 2

    with dbmod.transaction(writer) as db:  # a change alone: the identities are not read
        db.get_one(Proposal, 3).fingerprint = "printer jam | is the tray full"
    checked(factory, scope, prints)
    assert read[2:] == [[3, 7]] and len(whole_scope_reads) == 2


COMMON = "vpn connection drops office laptop"


def crowd(account_id: int, count: int) -> list[dict[str, Any]]:
    """Rows of `count` pending proposals without trees that open with `COMMON` and words of
    their own."""
    return [
        {
            "account_id": account_id,
            "proposal_type": "new_flow",
            "problem_domain": DOMAIN,
            "status": "pending",
            "title": f"VPN drops {i}",
            "fingerprint": fingerprint(
                f"{COMMON} morning w{i}a w{i}b", "is the vpn client connected", "restart it"
            ),
            "created_at": NOW,
            "updated_at": NOW,
        }
        for i in range(count)
    ]


def test_a_proposal_sharing_the_querys_rare_words_is_found_among_many_sharing_common_ones(
    factory: sessionmaker[Session],
) -> None:
    account = add_account(factory, "acme")
    query = fingerprint(f"{COMMON} kerberos ticket expired", "is the vpn client connected")
    with dbmod.transaction(factory) as db:
        db.execute(insert(Proposal), crowd(account, 10_000))
        needle = proposal(account, flows(1, 1)[0], 0)
        needle.fingerprint = fingerprint("kerberos ticket expired", "is the vpn client connected")
        needle.proposed_flow_data = {}
        db.add(needle)
    with factory() as db:
        prints = db.scalars(select(Proposal.fingerprint).order_by(Proposal.id)).all()
        # each of the crowd shares more of the query's opening words than the needle does
        shared = [len(_head_words(query) & _head_words(print_)) for print_ in prints]
        assert min(shared[:-1]) > shared[-1]
        assert len(prints) - 1 in by_rare_words(query, prints)
        [found] = agree(db, (account, DOMAIN, "new_flow"), [query])
    assert found is not None and found.proposal_id == needle.id


def test_memory_stays_within_the_limit_and_look_ups_stay_right(
    factory: sessionmaker[Session], monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = PendingHeads(limit=25, scopes=2)
    monkeypatch.setattr(similarity, "PENDING", cache)
    account = add_account(factory, "acme")
    generated = flows(1, 15)
    with dbmod.transaction(factory) as db:
        for domain in (DOMAIN, OTHER_DOMAIN, None):
            db.add_all(proposal(account, f, i, domain=domain) for i, f in enumerate(generated))
    prints = queries(generated[:3])
    for _ in range(2):
        for domain in (DOMAIN, OTHER_DOMAIN, None):
            checked(factory, (account, domain, "new_flow"), prints)
            assert cache.size() <= 25


START_UP_TREE: dict[str, Any] = {
    "id": "root",
    "type": "decision",
    "title": "Switching on",
    "question": "What does the laptop do when you try to switch it on?",
    "options": [
        {"id": "dark", "label": "No lights, no fan", "next_node_id": "sol_charger"},
        {"id": "error", "label": "Error message at start-up", "next_node_id": "says"},
    ],
    "children": [
        {
            "id": "says",
            "type": "decision",
            "title": "Message",
            "question": "What does the screen actually say?",
            "options": [
                {"id": "repair", "label": "Automatic Repair screen", "next_node_id": "sol_repair"},
                {"id": "disk", "label": "Hard drive not found"},
            ],
        },
        {"id": "sol_charger", "type": "solution", "title": "Charger", "description": "Swap it."},
        {"id": "sol_repair", "type": "solution", "title": "Repair", "description": "Run it."},
    ],
}


def test_an_opening_that_answers_a_proposals_questions_joins_it_only_telling_its_story(
    factory: sessionmaker[Session],
) -> None:
    account = add_account(factory, "acme")
    title = "Laptop won't boot after the update"
    with dbmod.transaction(factory) as db:
        db.add(
            Proposal(
                account_id=account,
                proposal_type="new_flow",
                problem_domain=DOMAIN,
                status="pending",
                title=title,
                description="",
                proposed_flow_data={"tree_structure": START_UP_TREE},
                fingerprint=fingerprint(title, title, START_UP_TREE["question"]),
            )
        )
    scope: Scope = (account, DOMAIN, "new_flow")
    # both openings answer both questions, and no question the sessions asked is the tree's
    asked = ["Is the dock firmware current?", "Which cable do you use?"]
    other = fingerprint("Monitor error message, says Automatic Repair screen", *asked)
    same = fingerprint("Laptop won't boot: error message, says Automatic Repair screen", *asked)
    assert resemblance(START_UP_TREE, other) > MERGE_THRESHOLD  # as the words alone read it
    with factory() as db:
        assert look_up(db, scope, other, MERGE_THRESHOLD) is None
        found = look_up(db, scope, same, MERGE_THRESHOLD)
    assert found is not None and found.score > MERGE_THRESHOLD
