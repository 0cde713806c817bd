"""The review queue and proposal editing on SQLite and PostgreSQL: filters, sorting, paging,
counts, bulk review with savepoints, saving edits with the version check, and merging."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import insert, select
from sqlalchemy.orm import Session, sessionmaker

from flywheel import db as dbmod
from flywheel import evidence, review
from flywheel.accounts import ensure_account
from flywheel.errors import Conflict, InvalidInput, InvalidTree
from flywheel.mining import merge_path
from flywheel.models import AuditEvent, Flow, Notification, Proposal, SupportSession
from flywheel.queue import QueueFilter, bulk_approve, bulk_reject, list_queue, queue_domains
from flywheel.trees import parse_tree, tree_to_dict
from tests import factories as f
from tests.analysis_support import load

T0 = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)


def add_proposal(db: Session, account: str = "acme", **fields: Any) -> Proposal:
    """A pending new-flow proposal with a valid tree; any column can be overridden."""
    values: dict[str, Any] = {
        "proposal_type": "new_flow",
        "title": "Printer offline",
        "status": "pending",
        "proposed_flow_data": {"tree_structure": f.tree(), "match_keywords": ["printer"]},
        "confidence_score": 0.5,
        "supporting_session_ids": [],
        "supporting_session_count": 1,
        "problem_domain": "printing",
        "created_at": T0,
        "updated_by": "analyzer",
    } | fields
    proposal = Proposal(account_id=ensure_account(db, account).id, **values)
    db.add(proposal)
    db.flush()
    return proposal


@pytest.fixture
def seeded(factory: sessionmaker[Session]) -> dict[str, int]:
    """Six pending proposals of 'acme' (and noise: one approved, one of another account)."""
    specs = [
        ("a", "new_flow", "printing", 0.9, 3, "Printer jams on tray 2", 0),
        ("b", "enhancement", "email", 0.4, 1, "Outlook 100% CPU", 1),
        ("c", "new_flow", "email", 0.7, 5, "Mail_bounce to partners", 2),
        ("d", "enhancement", "printing", None, 2, "Toner warning", 3),
        ("e", "new_flow", None, 0.6, 1, "VPN drops every hour", 4),
        ("f", "enhancement", "email", 0.8, 4, "Spam filter too strict", 5),
    ]
    ids: dict[str, int] = {}
    with dbmod.transaction(factory) as db:
        for name, kind, domain, confidence, support, title, hours in specs:
            proposal = add_proposal(
                db,
                proposal_type=kind,
                problem_domain=domain,
                confidence_score=confidence,
                supporting_session_count=support,
                title=title,
                description=f"about {name}",
                created_at=T0 + timedelta(hours=hours),
            )
            ids[name] = proposal.id
        add_proposal(db, status="approved", title="Printer old", created_at=T0 - timedelta(days=9))
        add_proposal(db, account="other", title="Printer elsewhere", created_at=T0 - timedelta(9))
    return ids


def titles(factory: sessionmaker[Session], **kw: Any) -> list[str]:
    with factory() as db:
        return [row.title for row in list_queue(db, account="acme", **kw).rows]


def test_queue_lists_only_the_accounts_pending_oldest_first(
    factory: sessionmaker[Session], seeded: dict[str, int]
) -> None:
    with factory() as db:
        page = list_queue(db, account="acme")
    assert [row.id for row in page.rows] == [seeded[n] for n in "abcdef"]
    assert page.total == 6 and page.pages == 1
    assert page.counts_by_type == {"new_flow": 3, "enhancement": 3}
    assert page.oldest_created_at == T0


@pytest.mark.parametrize(
    ("wanted", "expected"),
    [
        (QueueFilter(types=("enhancement",)), "bdf"),
        (QueueFilter(domains=("email",)), "bcf"),
        (QueueFilter(domains=("email", "printing")), "abcdf"),
        (QueueFilter(min_confidence=0.7), "acf"),
        (QueueFilter(min_support=3), "acf"),
        (QueueFilter(text="printer"), "a"),
        (QueueFilter(text="ABOUT E"), "e"),
        (QueueFilter(text="100%"), "b"),
        (QueueFilter(text="t_n"), ""),
        (QueueFilter(text="0%c"), ""),
        (QueueFilter(text="mail_"), "c"),
        (QueueFilter(types=("new_flow",), min_confidence=0.65, domains=("email",)), "c"),
    ],
)
def test_queue_filters_in_sql(
    factory: sessionmaker[Session],
    seeded: dict[str, int],
    wanted: QueueFilter,
    expected: str,
) -> None:
    with factory() as db:
        page = list_queue(db, account="acme", filter=wanted)
    assert [row.id for row in page.rows] == [seeded[n] for n in expected]
    assert page.total == len(expected)
    assert page.counts_by_type == {"new_flow": 3, "enhancement": 3}, "counts ignore filters"


def test_queue_text_search_folds_case_beyond_ascii(factory: sessionmaker[Session]) -> None:
    with dbmod.transaction(factory) as db:
        add_proposal(db, title="Écran noir après la mise à jour", created_at=T0)
        add_proposal(db, title="Printer jams", description="Ölfleck auf dem Papier", created_at=T0)
    assert titles(factory, filter=QueueFilter(text="ÉCRAN NOIR")) == [
        "Écran noir après la mise à jour"
    ]
    assert titles(factory, filter=QueueFilter(text="ölfleck")) == ["Printer jams"]


@pytest.mark.parametrize(
    ("sort", "expected"),
    [("oldest", "abcdef"), ("newest", "fedcba"), ("confidence", "afcebd"), ("support", "cfadbe")],
)
def test_queue_sorts(
    factory: sessionmaker[Session], seeded: dict[str, int], sort: Any, expected: str
) -> None:
    with factory() as db:
        page = list_queue(db, account="acme", sort=sort)
    assert [row.id for row in page.rows] == [seeded[n] for n in expected]


def test_queue_pages_and_clamps_past_the_end(
    factory: sessionmaker[Session], seeded: dict[str, int]
) -> None:
    with factory() as db:
        second = list_queue(db, account="acme", page=2, page_size=4)
        beyond = list_queue(db, account="acme", page=9, page_size=4)
    assert [row.id for row in second.rows] == [seeded["e"], seeded["f"]]
    assert (second.total, second.pages, second.page) == (6, 2, 2)
    assert beyond.page == 2 and len(beyond.rows) == 2


def test_queue_domains_and_bad_sort(factory: sessionmaker[Session], seeded: dict[str, int]) -> None:
    with factory() as db:
        assert queue_domains(db, account="acme") == ["email", "printing"]
        with pytest.raises(InvalidInput, match="sort"):
            list_queue(db, account="acme", sort="title")  # type: ignore[arg-type]


def test_queue_is_fast_with_ten_thousand_pending(factory: sessionmaker[Session]) -> None:
    with dbmod.transaction(factory) as db:
        account_id = ensure_account(db, "acme").id
        db.execute(
            insert(Proposal),
            [
                {
                    "account_id": account_id,
                    "proposal_type": "new_flow" if i % 3 else "enhancement",
                    "title": f"Proposal {i}",
                    "description": "x" * 200,
                    "status": "pending",
                    "proposed_flow_data": {"tree_structure": f.tree()},
                    "confidence_score": (i % 100) / 100,
                    "supporting_session_ids": [],
                    "supporting_session_count": 1 + i % 7,
                    "problem_domain": ("email", "printing", "networking")[i % 3],
                    "fingerprint": "",
                    "version": 1,
                    "created_at": T0 + timedelta(minutes=i),
                    "updated_at": T0,
                }
                for i in range(10_000)
            ],
        )
    with factory() as db:
        list_queue(db, account="acme")  # warm up the connection and statement caches
        started = time.perf_counter()
        page = list_queue(
            db,
            account="acme",
            filter=QueueFilter(
                domains=("email", "printing"), min_confidence=0.5, text="proposal 9"
            ),
            sort="confidence",
            page=3,
        )
        plain = list_queue(db, account="acme", sort="support", page=200)
        elapsed = time.perf_counter() - started
    assert len(page.rows) == 25 and page.total > 75
    assert len(plain.rows) == 25 and plain.total == 10_000
    assert plain.counts_by_type == {"new_flow": 6666, "enhancement": 3334}
    assert elapsed < 1.5, f"two queue pages took {elapsed:.2f}s"


# --- bulk review -------------------------------------------------------------------------


def test_bulk_approve_keeps_going_past_a_bad_tree(factory: sessionmaker[Session]) -> None:
    broken = f.tree()
    broken["options"][0]["next_node_id"] = "nowhere"
    with dbmod.transaction(factory) as db:
        good = add_proposal(db, title="Good one").id
        bad = add_proposal(db, title="Broken one", proposed_flow_data={"tree_structure": broken}).id
        also = add_proposal(db, title="Another good one").id
    with dbmod.transaction(factory) as db:
        result = bulk_approve(
            db, account="acme", proposal_ids=[good, bad, also], reviewer="kim", note="ok"
        )
    assert [item.ok for item in result.items] == [True, False, True]
    assert "nowhere" in result.items[1].message
    assert result.summary() == "Approved 2 of 3 proposals; 1 could not be approved."
    with factory() as db:
        statuses = {row.id: row.status for row in db.execute(select(Proposal.id, Proposal.status))}
        flows = list(db.scalars(select(Flow.name).order_by(Flow.name)))
    assert statuses == {good: "approved", bad: "pending", also: "approved"}
    assert flows == ["Another good one", "Good one"]


def test_bulk_reject_needs_a_reason_and_reports_each_item(factory: sessionmaker[Session]) -> None:
    with dbmod.transaction(factory) as db:
        first = add_proposal(db).id
        closed = add_proposal(db, status="rejected", reviewer="ana").id
    with factory() as db, pytest.raises(InvalidInput, match="reason"):
        bulk_reject(db, account="acme", proposal_ids=[first], reviewer="kim", reason="  ")
    with dbmod.transaction(factory) as db:
        result = bulk_reject(
            db, account="acme", proposal_ids=[first, closed, 99999], reviewer="kim", reason="dup"
        )
    assert [item.ok for item in result.items] == [True, False, False]
    assert "already rejected by ana" in result.items[1].message
    assert "no proposal #99999" in result.items[2].message
    with factory() as db:
        proposal = db.get(Proposal, first)
        assert proposal is not None
        assert (proposal.status, proposal.review_note, proposal.reviewer) == (
            "rejected",
            "dup",
            "kim",
        )


# --- saving edits ------------------------------------------------------------------------


def test_save_edits_updates_bumps_the_version_and_audits(factory: sessionmaker[Session]) -> None:
    with dbmod.transaction(factory) as db:
        proposal = add_proposal(db)
        pid, version = proposal.id, proposal.version
    tree = f.tree(question="Is the printer online?")
    with dbmod.transaction(factory) as db:
        saved = review.save_edits(
            db,
            account="acme",
            proposal_id=pid,
            editor="kim",
            expected_version=version,
            title="  Printer shows offline ",
            problem_domain="printing",
            match_keywords=["printer", " offline ", "printer", ""],
            tree=tree,
        )
        assert saved.version == version + 1
    with factory() as db:
        stored = db.get(Proposal, pid)
        assert stored is not None
        assert stored.title == "Printer shows offline"
        assert stored.updated_by == "kim"
        assert stored.proposed_flow_data["match_keywords"] == ["printer", "offline"]
        assert stored.proposed_flow_data["tree_structure"]["question"] == "Is the printer online?"
        assert "online" in stored.fingerprint
        event = db.scalar(select(AuditEvent).where(AuditEvent.action == "proposal.edited"))
        assert event is not None and event.actor == "kim"
        assert event.details["fields"] == ["title", "match_keywords", "tree_structure"]


def test_stale_save_is_refused_naming_who_changed_it(factory: sessionmaker[Session]) -> None:
    with dbmod.transaction(factory) as db:
        proposal = add_proposal(db)
        pid, opened = proposal.id, proposal.version
    with dbmod.transaction(factory) as db:
        review.save_edits(
            db, account="acme", proposal_id=pid, editor="ana", expected_version=opened, title="A"
        )
    with factory() as db, pytest.raises(Conflict, match="changed by ana at .* UTC") as caught:
        review.save_edits(
            db, account="acme", proposal_id=pid, editor="kim", expected_version=opened, title="B"
        )
    assert f"you edited version {opened}" in caught.value.message
    with factory() as db:
        assert db.get(Proposal, pid).title == "A"  # type: ignore[union-attr]


def test_invalid_tree_is_refused_with_problems_by_node(factory: sessionmaker[Session]) -> None:
    broken = f.tree()
    broken["children"][0]["options"] = [{"id": "x", "label": "X", "next_node_id": "done"}]
    broken["children"][2]["next_node_id"] = "ghost"
    with dbmod.transaction(factory) as db:
        proposal = add_proposal(db)
        pid, version = proposal.id, proposal.version
    with factory() as db, pytest.raises(InvalidTree) as caught:
        review.save_edits(
            db, account="acme", proposal_id=pid, editor="k", expected_version=version, tree=broken
        )
    problems = " ".join(caught.value.problems)
    assert "'unlock'" in problems and "'reset'" in problems and "ghost" in problems


def test_save_edits_refuses_closed_proposals_and_empty_titles(
    factory: sessionmaker[Session],
) -> None:
    with dbmod.transaction(factory) as db:
        closed = add_proposal(db, status="approved", reviewer="ana")
        open_ = add_proposal(db)
    with factory() as db:
        with pytest.raises(Conflict, match="already approved by ana"):
            review.save_edits(
                db, account="acme", proposal_id=closed.id, editor="k", expected_version=1, title="x"
            )
        with pytest.raises(InvalidInput, match="title"):
            review.save_edits(
                db,
                account="acme",
                proposal_id=open_.id,
                editor="k",
                expected_version=open_.version,
                title=" ",
            )


# --- merging -----------------------------------------------------------------------------


def _variant_tree() -> dict[str, Any]:
    """The factory tree's question with a third answer leading to its own solution."""
    tree = f.tree()
    tree["options"].append({"id": "maybe", "label": "Not sure", "next_node_id": "check"})
    tree["children"].append({"id": "check", "type": "solution", "title": "Check the logs"})
    return tree


def test_merge_joins_evidence_trees_and_closes_the_other(factory: sessionmaker[Session]) -> None:
    with dbmod.transaction(factory) as db:
        keep = add_proposal(
            db, supporting_session_ids=[1, 2], supporting_session_count=2, confidence_score=0.95
        )
        absorb = add_proposal(
            db,
            title="Printer offline again",
            supporting_session_ids=[2, 3],
            proposed_flow_data={"tree_structure": _variant_tree(), "match_keywords": ["tray"]},
        )
        keep_id, absorb_id = keep.id, absorb.id
    with dbmod.transaction(factory) as db:
        review.merge_proposals(
            db, account="acme", keep_id=keep_id, absorb_id=absorb_id, reviewer="kim"
        )
    with factory() as db:
        kept, gone = db.get(Proposal, keep_id), db.get(Proposal, absorb_id)
        assert kept is not None and gone is not None
        assert kept.supporting_session_ids == [1, 2, 3]
        assert kept.supporting_session_count == 3
        assert kept.confidence_score == 1.0
        assert kept.proposed_flow_data["match_keywords"] == ["printer", "tray"]
        labels = [o["label"] for o in kept.proposed_flow_data["tree_structure"]["options"]]
        assert labels == ["Yes", "No", "Not sure"]
        merged = merge_path(parse_tree(f.tree()), parse_tree(_variant_tree()), same_problem=True)
        assert kept.proposed_flow_data["tree_structure"] == tree_to_dict(merged)
        assert (gone.status, gone.reviewer) == ("merged", "kim")
        assert f"#{keep_id}" in (gone.review_note or "")
        actions = set(db.scalars(select(AuditEvent.action)))
        assert {"proposal.merge", "proposal.merged"} <= actions
        note = db.scalar(select(Notification).where(Notification.event == "proposal.updated"))
        assert note is not None and note.payload["proposal_id"] == keep_id


@pytest.mark.parametrize("re_mined", [False, True], ids=["merged", "re-mined"])
def test_a_reviewers_merge_keeps_every_branch_of_the_proposal_merged_in(
    factory: sessionmaker[Session], re_mined: bool
) -> None:
    """The reviewer says the two are one problem: the other's branch the kept proposal
    lacks is grafted, however little of it the kept tree's words explain; also when the
    kept proposal's tree is re-mined from its evidence, the other's tree part of it."""

    def data(tree: dict[str, Any], session_id: int) -> dict[str, Any]:
        drafted = evidence.drafted_tree(parse_tree(tree), session_id)
        return drafted if re_mined else {"tree_structure": tree}

    with dbmod.transaction(factory) as db:
        keep = add_proposal(db, proposed_flow_data=data(f.single_site_tree(), 1))
        absorb = add_proposal(
            db, proposed_flow_data=data(f.intranet_tree(), 2), supporting_session_ids=[2]
        )
        keep_id, absorb_id = keep.id, absorb.id
    with dbmod.transaction(factory) as db:
        review.merge_proposals(
            db, account="acme", keep_id=keep_id, absorb_id=absorb_id, reviewer="kim"
        )
    with factory() as db:
        kept = db.get(Proposal, keep_id)
        assert kept is not None
        tree = parse_tree(kept.proposed_flow_data["tree_structure"])
        intranet = next(o for o in tree.options if o.label == "Intranet / company web apps")
        titles = {node.id: node.title for node in tree.children}
        assert titles[intranet.next_node_id or ""] == (
            "I'll clear the DNS cache on your machine remotely."
        )
        kept_evidence = kept.proposed_flow_data.get(evidence.SESSION_PATHS, [])
        assert [(e["sessions"], e.get("same_problem")) for e in kept_evidence] == (
            [([1], None), ([2], True)] if re_mined else []
        )


@pytest.mark.parametrize(
    ("other", "message"),
    [
        ({"proposal_type": "enhancement"}, "same kind"),
        ({"status": "rejected"}, "already rejected"),
    ],
)
def test_merge_refuses_mismatched_proposals(
    factory: sessionmaker[Session], other: dict[str, Any], message: str
) -> None:
    with dbmod.transaction(factory) as db:
        keep = add_proposal(db).id
        absorb = add_proposal(db, **other).id
    with factory() as db:
        with pytest.raises((InvalidInput, Conflict), match=message):
            review.merge_proposals(db, account="acme", keep_id=keep, absorb_id=absorb, reviewer="k")
        with pytest.raises(InvalidInput, match="itself"):
            review.merge_proposals(db, account="acme", keep_id=keep, absorb_id=keep, reviewer="k")


def test_merge_candidates_are_pending_of_the_same_kind(factory: sessionmaker[Session]) -> None:
    with dbmod.transaction(factory) as db:
        me = add_proposal(db).id
        twin = add_proposal(db, title="Twin").id
        add_proposal(db, proposal_type="enhancement")
        add_proposal(db, status="approved")
    with factory() as db:
        assert review.merge_candidates(db, account="acme", proposal_id=me) == [(twin, "Twin")]


def test_proposal_detail_gathers_sessions_analysis_and_flow(
    factory: sessionmaker[Session],
) -> None:
    load(factory, flows=[f.flow()], sessions=[f.session("T-1"), f.session("T-2")])
    with dbmod.transaction(factory) as db:
        sessions = {s.external_id: s.id for s in db.scalars(select(SupportSession))}
        flow_id = db.scalar(select(Flow.id))
        pid = add_proposal(
            db,
            proposal_type="enhancement",
            target_flow_id=flow_id,
            source_session_id=sessions["T-2"],
            supporting_session_ids=[sessions["T-2"], sessions["T-1"], 424242],
        ).id
    with factory() as db:
        detail = review.proposal_detail(db, account="acme", proposal_id=pid)
    assert [s.external_id for s in detail.sessions] == ["T-2", "T-1"]
    assert [step.step_order for step in detail.sessions[0].steps] == [0, 1]
    assert detail.target_flow is not None and detail.target_flow.external_id == "ad-lockout"
    assert detail.analysis is None and detail.published_flow is None


def test_proposal_detail_names_the_flow_an_approval_published(
    factory: sessionmaker[Session],
) -> None:
    with dbmod.transaction(factory) as db:
        pid = add_proposal(db, title="Printer offline").id
    with dbmod.transaction(factory) as db:
        flow_id = review.approve(db, account="acme", proposal_id=pid, reviewer="kim").id
    with factory() as db:
        detail = review.proposal_detail(db, account="acme", proposal_id=pid)
    assert detail.published_flow is not None and detail.published_flow.id == flow_id
