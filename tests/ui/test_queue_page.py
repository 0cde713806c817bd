"""The review queue page in AppTest: the welcome on an empty database, the queue on the demo
data, filters, paging, links to proposals, and bulk approve / reject changing the database."""

from __future__ import annotations

import json

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, sessionmaker
from streamlit.testing.v1 import AppTest

from flywheel import db as dbmod
from flywheel.accounts import get_account
from flywheel.models import Account, Flow, Proposal, SupportSession
from tests import factories as f
from tests.ui.app_driver import no_exception, open_app, page_links, texts
from tests.ui.conftest import AppDb

QUEUE = "pages/queue.py"


def pending_ids(
    factory: sessionmaker[Session], account: str = "default", kind: str | None = None
) -> list[int]:
    """The account's pending proposals (of one kind), oldest first (the queue's order)."""
    with factory() as db:
        account_id = get_account(db, account).id
        query = (
            select(Proposal.id)
            .where(Proposal.account_id == account_id, Proposal.status == "pending")
            .order_by(Proposal.created_at, Proposal.id)
        )
        if kind is not None:
            query = query.where(Proposal.proposal_type == kind)
        return list(db.scalars(query))


def statuses(factory: sessionmaker[Session], ids: list[int]) -> list[str]:
    with factory() as db:
        rows = db.execute(select(Proposal.id, Proposal.status).where(Proposal.id.in_(ids)))
        found = {row.id: row.status for row in rows}
    return [found[i] for i in ids]


def row_ids(at: AppTest) -> list[int]:
    """Proposal ids linked from the queue's rows, in order."""
    return [int(query.removeprefix("id=")) for _, query in page_links(at) if query]


# --- an empty database ---------------------------------------------------------------------


def test_empty_database_shows_the_welcome_not_a_traceback(empty_app_db: AppDb) -> None:
    at = open_app()
    no_exception(at)
    assert texts(at.title) == ["Welcome to Knowledge Flywheel"]
    assert at.button(key="welcome:demo").label == "Load demo data"
    assert at.get("file_uploader"), "the import is offered too"


def test_load_demo_data_in_one_click(empty_app_db: AppDb) -> None:
    _, factory = empty_app_db
    at = open_app()
    at.button(key="welcome:demo").click().run()
    no_exception(at)
    assert texts(at.title) == ["Review queue"]
    assert any("Demo data loaded" in s for s in texts(at.success))
    with factory() as db:
        assert db.scalar(select(func.count(Flow.id))) == 11
        assert db.scalar(select(func.count(SupportSession.id))) > 200
    pending = pending_ids(factory)
    assert pending, "the demo data was analysed, so there is something to review"
    assert at.metric[0].value == str(len(pending))


def import_from_the_welcome(document: object, name: str = "acme.json") -> AppTest:
    """The app on an empty database, after importing `document` from its welcome screen."""
    at = open_app()
    at.get("file_uploader")[0].set_value((name, json.dumps(document).encode(), "text/json"))
    at.run()
    at.button(key="welcome:import").click().run()
    no_exception(at)
    return at


def test_import_a_file_from_the_welcome(empty_app_db: AppDb) -> None:
    _, factory = empty_app_db
    document = f.document(flows=[f.flow()], sessions=[f.session("T-1")], account="default")
    at = import_from_the_welcome(document)
    assert any("1 flows created" in s for s in texts(at.success))
    with factory() as db:
        assert db.scalar(select(Flow.external_id)) == "ad-lockout"


def test_the_welcome_imports_a_file_into_the_account_it_names(empty_app_db: AppDb) -> None:
    _, factory = empty_app_db
    at = import_from_the_welcome(f.document(sessions=[f.session("T-2")], account="acme"))
    assert any("1 sessions created" in s for s in texts(at.success))
    with factory() as db:
        assert db.scalar(select(Account.slug).join(SupportSession)) == "acme"


def test_a_broken_file_is_refused_with_its_problems(empty_app_db: AppDb) -> None:
    _, factory = empty_app_db
    bad = f.document(flows=[f.flow(tree_structure={"id": "r", "type": "nope"})])
    at = import_from_the_welcome(bad, "bad.json")
    assert any("nothing was imported" in e for e in texts(at.error))
    assert texts(at.title) == ["Welcome to Knowledge Flywheel"]
    with factory() as db:
        assert db.scalar(select(func.count(Flow.id))) == 0


# --- the demo data -------------------------------------------------------------------------


def test_queue_shows_counts_age_and_the_oldest_first_page(app_db: AppDb) -> None:
    _, factory = app_db
    pending = pending_ids(factory)
    at = open_app()
    no_exception(at)
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Pending"] == str(len(pending))
    assert int(metrics["New flows"]) + int(metrics["Enhancements"]) == len(pending)
    assert metrics["Oldest waiting"].endswith(("min", "h", "d"))
    assert row_ids(at) == pending[:25]
    assert at.get("pagination"), "50 pending proposals make two pages"


def test_each_row_links_to_its_proposal(app_db: AppDb) -> None:
    _, factory = app_db
    first = pending_ids(factory)[0]
    at = open_app()
    with factory() as db:
        title = db.get(Proposal, first).title  # type: ignore[union-attr]
    label, query = next((lbl, q) for lbl, q in page_links(at) if q == f"id={first}")
    assert label == f"#{first} {title}"


def test_filters_and_paging_narrow_the_queue(app_db: AppDb) -> None:
    _, factory = app_db
    pending = pending_ids(factory)
    at = open_app()
    at.get("pagination")[0].set_value(2)
    at.run()
    assert row_ids(at) == pending[25:50]
    at.multiselect(key="queue:types").set_value(["new_flow"]).run()
    with factory() as db:
        new_flows = [
            i
            for i in pending
            if db.get(Proposal, i).proposal_type == "new_flow"  # type: ignore[union-attr]
        ]
    assert row_ids(at) == new_flows[:25], "a filter goes back to the first page"
    at.text_input(key="queue:text").input("zzz-nothing-matches").run()
    no_exception(at)
    assert any("No pending proposal matches" in s for s in texts(at.info))


def test_other_account_has_its_own_queue(app_db: AppDb) -> None:
    _, factory = app_db
    at = open_app()
    at.sidebar.selectbox(key="account").set_value("northwind-it").run()
    no_exception(at)
    assert row_ids(at) == pending_ids(factory, "northwind-it")[:25]


def test_bulk_approve_publishes_the_selection(app_db: AppDb) -> None:
    _, factory = app_db
    chosen = pending_ids(factory)[:2]
    at = open_app()
    at.sidebar.text_input(key="reviewer").input("Kim").run()
    for proposal_id in chosen:
        at.checkbox(key=f"queue:pick:{proposal_id}").check()
    at.text_input(key="queue:note").input("weekly review")
    at.run()
    at.button(key="queue:approve").click().run()
    no_exception(at)
    assert any("Approved 2 of 2 proposals" in s for s in texts(at.success))
    assert statuses(factory, chosen) == ["approved", "approved"]
    with factory() as db:
        reviewers = set(db.scalars(select(Proposal.reviewer).where(Proposal.id.in_(chosen))))
    assert reviewers == {"Kim"}
    assert not set(chosen) & set(row_ids(at)), "approved proposals leave the queue"


def test_bulk_approve_reports_a_broken_tree_and_approves_the_rest(app_db: AppDb) -> None:
    _, factory = app_db
    new_flows = pending_ids(factory, kind="new_flow")[:25]
    broken = new_flows[1]
    with dbmod.transaction(factory) as db:
        data = dict(db.get(Proposal, broken).proposed_flow_data)  # type: ignore[union-attr]
        data["tree_structure"] = {"id": "root", "type": "decision", "question": "Only one?"}
        db.execute(update(Proposal).where(Proposal.id == broken).values(proposed_flow_data=data))
    at = open_app()
    at.multiselect(key="queue:types").set_value(["new_flow"]).run()
    at.checkbox(key="queue:all").check().run()
    at.button(key="queue:approve").click().run()
    no_exception(at)
    warning = " ".join(texts(at.warning))
    done = len(new_flows) - 1
    assert f"Approved {done} of {len(new_flows)} proposals; 1 could not be approved" in warning
    assert f"#{broken}: The tree has 1 problem" in warning and "0 options" in warning
    expected = ["pending" if i == broken else "approved" for i in new_flows]
    assert statuses(factory, new_flows) == expected
    assert row_ids(at) == [broken], "only the broken one is left in the filtered queue"


def test_bulk_reject_needs_a_reason(app_db: AppDb) -> None:
    _, factory = app_db
    chosen = pending_ids(factory)[:3]
    at = open_app()
    for proposal_id in chosen:
        at.checkbox(key=f"queue:pick:{proposal_id}").check()
    at.run()
    at.button(key="queue:reject").click().run()
    no_exception(at)
    assert any("needs a reason" in e for e in texts(at.error))
    assert statuses(factory, chosen) == ["pending"] * 3
    at.text_input(key="queue:reason").input("duplicates of the VPN flow").run()
    at.button(key="queue:reject").click().run()
    assert any("Rejected 3 of 3 proposals" in s for s in texts(at.success))
    assert statuses(factory, chosen) == ["rejected"] * 3
