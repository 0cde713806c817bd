"""The Flows page in AppTest: the library, traffic on the diagram, versions, roll-back, exports."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker
from streamlit.testing.v1 import AppTest

from flywheel import db as dbmod
from flywheel import library, review
from flywheel.models import AuditEvent, Flow, FlowVersion, Proposal
from tests.support.tools import need_dot
from tests.ui.conftest import AppDb, open_page


def _flow(factory: sessionmaker[Session], external_id: str) -> Flow:
    with factory() as db:
        flow = db.scalar(select(Flow).where(Flow.external_id == external_id))
    assert flow is not None
    return flow


def _enhanced_flow(factory: sessionmaker[Session]) -> Flow:
    """A demo flow at version 2: its first pending enhancement approved."""
    with factory() as db:
        proposal = db.scalar(
            select(Proposal)
            .where(Proposal.status == "pending", Proposal.proposal_type == "enhancement")
            .order_by(Proposal.id)
        )
    assert proposal is not None
    with dbmod.transaction(factory) as db:
        flow = review.approve(db, account="default", proposal_id=proposal.id, reviewer="ana")
    return flow


def _open_flow(flow: Flow) -> AppTest:
    app = open_page("flows")
    app.selectbox(key="flows:open").set_value(flow.id).run()
    return app


def test_renders_on_an_empty_database(empty_app_db: AppDb) -> None:
    app = open_page("flows")
    assert not app.exception
    assert app.title[0].value == "Welcome to Knowledge Flywheel"


def test_library_search_and_stats_on_the_demo_data(app_db: AppDb) -> None:
    _, factory = app_db
    app = open_page("flows")
    assert not app.exception
    assert len(app.dataframe[0].value) == 8  # the default account's flows only
    app.text_input(key="flows:search").input("error 809").run()  # a keyword of one flow
    assert list(app.dataframe[0].value["flow"]) == ["VPN client cannot connect"]
    metrics = {m.label: m.value for m in app.metric}
    vpn = _flow(factory, "vpn-cannot-connect")
    assert metrics["Times matched"] == str(vpn.times_matched) and metrics["Version"] == "1"
    app.text_input(key="flows:search").input("no such flow").run()
    assert app.info[0].value == "No flow of this account matches."


def test_a_link_opens_the_flow_it_names(app_db: AppDb) -> None:
    _, factory = app_db
    backup = _flow(factory, "backup-job-failed")
    app = open_page("flows", id=str(backup.id))
    assert app.selectbox(key="flows:open").value == backup.id
    assert app.subheader[0].value == "Backup job failed"


def test_diagram_draws_branch_traffic(app_db: AppDb) -> None:
    app = open_page("flows")
    dot = app.get("graphviz_chart")[0].proto.spec
    assert "penwidth" in dot and "sessions" in dot  # edges weighted and labelled by use


def test_rollback_creates_a_new_version_equal_to_the_old_one(app_db: AppDb) -> None:
    _, factory = app_db
    flow = _enhanced_flow(factory)
    app = _open_flow(flow)
    assert len(app.get("graphviz_chart")) == 3  # the diagram, and two versions side by side
    assert app.selectbox(key="flows:target").options == ["1"]
    app.button(key="flows:rollback").click().run()
    assert not app.exception
    assert app.success[0].value.startswith("Rolled back to version 1; it is now version 3")
    with factory() as db:
        versions = {
            v.version: v
            for v in db.scalars(select(FlowVersion).where(FlowVersion.flow_id == flow.id))
        }
        event = db.scalar(select(AuditEvent).where(AuditEvent.action == "flow.rolled_back"))
    assert sorted(versions) == [1, 2, 3]
    assert versions[3].tree_structure == versions[1].tree_structure
    assert versions[3].created_by == "local reviewer"
    assert event is not None and event.entity_id == flow.id
    assert _flow(factory, flow.external_id).current_version == 3


def test_a_stale_rollback_says_who_changed_the_flow(app_db: AppDb) -> None:
    _, factory = app_db
    flow = _enhanced_flow(factory)
    app = _open_flow(flow)
    with dbmod.transaction(factory) as db:  # someone else rolls it back first
        library.rollback(
            db,
            account="default",
            flow_id=flow.id,
            version=1,
            actor="bob",
            expected_row_version=flow.row_version,
        )
    app.button(key="flows:rollback").click().run()
    assert not app.exception
    assert "was changed by bob" in app.error[0].value
    with factory() as db:
        count = len(list(db.scalars(select(FlowVersion).where(FlowVersion.flow_id == flow.id))))
    assert count == 3  # bob's roll-back only


def test_exports_without_graphviz_say_so_plainly(
    app_db: AppDb, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    app = open_page("flows")
    assert [b.label for b in app.download_button] == ["JSON", "DOT"]
    assert any("needs Graphviz's `dot`" in i.value for i in app.info)


@pytest.mark.dot
def test_exports_with_graphviz(app_db: AppDb) -> None:
    need_dot()
    app = open_page("flows")
    assert [b.label for b in app.download_button] == ["JSON", "DOT", "SVG", "PNG"]
    assert not any("Graphviz" in i.value for i in app.info)
