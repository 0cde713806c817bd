"""Pages never show or change another account's records, even when asked by id."""

from __future__ import annotations

from sqlalchemy import select
from streamlit.testing.v1 import AppTest

from flywheel.accounts import get_account
from flywheel.models import Flow, Proposal
from tests.ui.app_driver import no_exception, open_app, texts
from tests.ui.conftest import AppDb
from tests.ui.test_queue_page import pending_ids


def test_another_accounts_proposal_is_not_found_on_the_proposal_page(app_db: AppDb) -> None:
    _, factory = app_db
    foreign = pending_ids(factory, "northwind-it")[0]
    at = open_app("pages/proposal.py", id=str(foreign))
    no_exception(at)
    assert any(f"no proposal #{foreign} in account 'default'" in e for e in texts(at.error))
    assert not [b for b in at.button if b.label.lower().startswith("approve")]
    with factory() as db:
        assert db.get(Proposal, foreign).status == "pending"  # type: ignore[union-attr]


def test_another_accounts_flow_is_not_shown_on_the_flows_page(app_db: AppDb) -> None:
    _, factory = app_db
    with factory() as db:
        other = get_account(db, "northwind-it").id
        foreign = db.scalars(select(Flow).where(Flow.account_id == other)).first()
        assert foreign is not None
        name = foreign.name
        own = db.scalars(select(Flow).where(Flow.account_id != other)).first()
        assert own is not None
        own_id, own_name = own.id, own.name
    assert own_name in _shown(open_app("pages/flows.py", id=str(own_id))), "the check can see"
    at = open_app("pages/flows.py", id=str(foreign.id))
    no_exception(at)
    assert name not in _shown(at)


def _shown(at: AppTest) -> str:
    return " ".join(texts(at.markdown) + texts(at.title) + texts(at.subheader) + texts(at.header))
