"""The Dashboard page in AppTest: headline numbers match the database, charts are drawn, and
the numbers follow reviews and the account switch."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker
from streamlit.testing.v1 import AppTest

from flywheel import db as dbmod
from flywheel import review
from flywheel.models import Account, Proposal
from tests.ui.conftest import AppDb, open_page


def _metrics(app: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in app.metric}


def _pending(factory: sessionmaker[Session], account: str) -> list[int]:
    with factory() as db:
        return list(
            db.scalars(
                select(Proposal.id)
                .join(Account, Account.id == Proposal.account_id)
                .where(Account.slug == account, Proposal.status == "pending")
                .order_by(Proposal.id)
            )
        )


def test_renders_on_an_empty_database(empty_app_db: AppDb) -> None:
    app = open_page("dashboard")
    assert not app.exception
    assert app.title[0].value == "Welcome to Knowledge Flywheel"


def test_headline_and_charts_on_the_demo_data(app_db: AppDb) -> None:
    _, factory = app_db
    app = open_page("dashboard")
    assert not app.exception
    metrics = _metrics(app)
    assert metrics["Waiting for review"] == str(len(_pending(factory, "default")))
    assert metrics["Approval rate"] == "-"  # nothing reviewed yet
    assert metrics["Coverage"].endswith("%") and metrics["Coverage"] != "0%"
    assert len(app.get("vega_lite_chart")) == 3  # outcomes, coverage, LLM calls
    assert app.get("progress")[0].proto.text.startswith("calls: ")
    app.radio(key="dashboard:basis").set_value("day analysed").run()
    app.segmented_control(key="dashboard:period").set_value("7 days").run()
    assert not app.exception
    assert len(app.get("vega_lite_chart")) == 3


def test_reviews_move_the_approval_rate(app_db: AppDb) -> None:
    _, factory = app_db
    first, second, *_ = [
        pid for pid in _pending(factory, "default") if _kind(factory, pid) == "enhancement"
    ]
    with dbmod.transaction(factory) as db:
        review.approve(db, account="default", proposal_id=first, reviewer="ana")
        review.reject(db, account="default", proposal_id=second, reviewer="ana", reason="dup")
    metrics = _metrics(open_page("dashboard"))
    assert metrics["Approval rate"] == "50%"
    assert metrics["Time to review"].endswith(" h")
    assert metrics["Waiting for review"] == str(len(_pending(factory, "default")))


def _kind(factory: sessionmaker[Session], proposal_id: int) -> str:
    with factory() as db:
        return str(db.scalar(select(Proposal.proposal_type).where(Proposal.id == proposal_id)))


def test_the_account_switch_changes_the_numbers(app_db: AppDb) -> None:
    _, factory = app_db
    app = open_page("dashboard", session_state={"account": "northwind-it"})
    assert not app.exception
    assert _metrics(app)["Waiting for review"] == str(len(_pending(factory, "northwind-it")))
    with factory() as db:
        total = db.scalar(select(func.count(Proposal.id)).where(Proposal.status == "pending"))
    assert _metrics(app)["Waiting for review"] != str(total)
