"""The flow library on SQLite and PostgreSQL: search, scoping, traffic, roll-back, exports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from flywheel import db as dbmod
from flywheel import library
from flywheel.config import Settings
from flywheel.errors import Conflict, FlywheelError, InvalidInput, NotFound
from flywheel.interchange import import_document
from flywheel.models import AuditEvent, Flow, FlowTraffic, FlowVersion
from tests import factories as f
from tests.analysis_support import analyze, load, rows
from tests.support.tools import need_dot


def _flows(factory: sessionmaker[Session]) -> None:
    load(
        factory,
        flows=[
            f.flow(),
            f.flow(
                "vpn",
                name="VPN drops every hour",
                problem_domain="network",
                match_keywords=["anyconnect", "tunnel"],
            ),
        ],
    )
    load(factory, flows=[f.flow("other", name="Printer jam")], account="globex")


def _flow_id(factory: sessionmaker[Session], external_id: str) -> int:
    (flow,) = rows(factory, Flow, Flow.external_id == external_id)
    return int(flow.id)


def _two_versions(factory: sessionmaker[Session]) -> int:
    """The AD flow at version 2 (a re-import with a changed question)."""
    load(factory, flows=[f.flow()])
    load(factory, flows=[f.flow(tree_structure=f.tree(question="Is AD showing it locked?"))])
    return _flow_id(factory, "ad-lockout")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("vpn", ["VPN drops every hour"]),  # name, any case
        ("ANYCONNECT", ["VPN drops every hour"]),  # a keyword
        ("active_dir", ["AD account lockout"]),  # the domain
        ("%", []),  # wildcards are literal
        ("", ["AD account lockout", "VPN drops every hour"]),
    ],
)
def test_list_flows_searches_name_keywords_and_domain(
    factory: sessionmaker[Session], text: str, expected: list[str]
) -> None:
    _flows(factory)
    with factory() as db:
        found = library.list_flows(db, account="acme", text=text)
    assert [flow.name for flow in found] == expected


@pytest.mark.parametrize("text", ["ÉCRAN", "écran", "CLÉ USB"])
def test_list_flows_finds_words_beyond_ascii_in_any_case(
    factory: sessionmaker[Session], text: str
) -> None:
    """SQLite folds only ASCII letters itself, and stored JSON escaped them ("\\u00e9")."""
    load(factory, flows=[f.flow("screen", name="Écran noir", match_keywords=["clé USB"])])
    with factory() as db:
        found = library.list_flows(db, account="acme", text=text)
    assert [flow.name for flow in found] == ["Écran noir"]


def test_list_flows_filters_by_domain_and_stays_in_the_account(
    factory: sessionmaker[Session],
) -> None:
    _flows(factory)
    with factory() as db:
        assert [x.name for x in library.list_flows(db, account="acme", domain="network")] == [
            "VPN drops every hour"
        ]
        assert library.list_domains(db, account="acme") == ["active_directory", "network"]
        assert [x.name for x in library.list_flows(db, account="globex")] == ["Printer jam"]
        assert library.list_flows(db, account="nobody") == []


def test_another_accounts_flow_is_not_found(factory: sessionmaker[Session]) -> None:
    _flows(factory)
    other = _flow_id(factory, "other")
    with factory() as db, pytest.raises(NotFound):
        library.get_flow(db, account="acme", flow_id=other)
    with factory() as db, pytest.raises(NotFound):
        library.flow_traffic(db, account="acme", flow_id=other)
    with factory() as db, pytest.raises(NotFound):
        library.list_versions(db, account="acme", flow_id=other)


def test_traffic_splits_node_and_branch_counts(factory: sessionmaker[Session]) -> None:
    _flows(factory)
    flow_id = _flow_id(factory, "ad-lockout")
    counts = {"root": 3, "root:yes": 2, "root:no": 1, "unlock": 2, "unlock:next": 2}
    with dbmod.transaction(factory) as db:
        db.add_all(FlowTraffic(flow_id=flow_id, key=k, count=n) for k, n in counts.items())
    with factory() as db:
        traffic = library.flow_traffic(db, account="acme", flow_id=flow_id)
    assert traffic.nodes == {"root": 3, "unlock": 2}
    assert traffic.edges == {"root:yes": 2, "root:no": 1, "unlock:next": 2}


def test_reinforcing_sessions_add_traffic(
    factory: sessionmaker[Session], settings: Settings
) -> None:
    load(
        factory,
        flows=[f.flow()],
        sessions=[f.session("T-1", matched_flow_id="ad-lockout", match_score=0.95)],
    )
    assert analyze(factory, settings, "T-1").outcome == "auto_reinforced"
    with factory() as db:
        traffic = library.flow_traffic(db, account="acme", flow_id=_flow_id(factory, "ad-lockout"))
    assert traffic.nodes["root"] == 1 and traffic.edges["root:yes"] == 1
    assert set(traffic.nodes).isdisjoint(traffic.edges)


def test_rollback_creates_a_new_version_equal_to_the_old_one(
    factory: sessionmaker[Session],
) -> None:
    flow_id = _two_versions(factory)
    with dbmod.transaction(factory) as db:
        flow = library.get_flow(db, account="acme", flow_id=flow_id)
        library.rollback(
            db,
            account="acme",
            flow_id=flow_id,
            version=1,
            actor="ana",
            expected_row_version=flow.row_version,
        )
    with factory() as db:
        flow = library.get_flow(db, account="acme", flow_id=flow_id)
        versions = library.list_versions(db, account="acme", flow_id=flow_id)
    assert flow.current_version == 3
    assert [v.version for v in versions] == [3, 2, 1]
    assert versions[0].tree_structure == versions[2].tree_structure == flow.tree_structure
    assert flow.tree_structure["question"] == "Is the account locked?"
    assert versions[0].created_by == "ana"
    (event,) = rows(factory, AuditEvent, AuditEvent.action == "flow.rolled_back")
    assert (event.actor, event.entity_id) == ("ana", flow_id)
    assert event.details == {"from_version": 2, "to_version": 1, "new_version": 3}


def test_a_stale_rollback_is_refused_and_writes_nothing(factory: sessionmaker[Session]) -> None:
    flow_id = _two_versions(factory)
    with factory() as db:
        seen = library.get_flow(db, account="acme", flow_id=flow_id).row_version
    load(factory, flows=[f.flow(name="AD lockout (renamed)")])  # someone else changes it
    with pytest.raises(Conflict, match="changed by import"), dbmod.transaction(factory) as db:
        library.rollback(
            db, account="acme", flow_id=flow_id, version=1, actor="ana", expected_row_version=seen
        )
    assert len(rows(factory, FlowVersion, FlowVersion.flow_id == flow_id)) == 3  # theirs only
    assert rows(factory, AuditEvent) == []


def test_rollback_to_the_current_version_or_from_another_account_is_refused(
    factory: sessionmaker[Session],
) -> None:
    flow_id = _two_versions(factory)
    load(factory, flows=[f.flow()], account="globex")
    with factory() as db:
        current = library.get_flow(db, account="acme", flow_id=flow_id)
        with pytest.raises(InvalidInput, match="already the current version"):
            library.rollback(
                db,
                account="acme",
                flow_id=flow_id,
                version=2,
                actor="ana",
                expected_row_version=current.row_version,
            )
        with pytest.raises(NotFound):
            library.rollback(
                db,
                account="globex",
                flow_id=flow_id,
                version=1,
                actor="ana",
                expected_row_version=current.row_version,
            )
        with pytest.raises(NotFound, match="no version 9"):
            library.get_version(db, account="acme", flow_id=flow_id, version=9)


def test_json_export_is_an_importable_document(factory: sessionmaker[Session]) -> None:
    flow_id = _two_versions(factory)
    with factory() as db:
        flow = library.get_flow(db, account="acme", flow_id=flow_id)
        export = library.export_flow(flow, account="acme", kind="json")
    assert (export.file_name, export.mime) == ("ad-lockout-v2.json", "application/json")
    document = json.loads(export.data)
    document["account"] = "copy"
    with dbmod.transaction(factory) as db:
        report = import_document(db, document, source="export", default_account="copy")
    assert report.counts == {"flows_created": 1}


def test_dot_export_needs_no_graphviz_binary(
    factory: sessionmaker[Session], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _flows(factory)
    monkeypatch.setenv("PATH", str(tmp_path))
    with factory() as db:
        flow = library.get_flow(db, account="acme", flow_id=_flow_id(factory, "ad-lockout"))
    dot = library.export_flow(flow, account="acme", kind="dot").data.decode()
    assert dot.startswith("digraph") and "Is the account locked?" in dot
    assert not library.images_available()
    with pytest.raises(FlywheelError, match="needs Graphviz's `dot`"):
        library.export_flow(flow, account="acme", kind="svg")


@pytest.mark.dot
def test_svg_and_png_exports(factory: sessionmaker[Session]) -> None:
    need_dot()
    _flows(factory)
    with factory() as db:
        flow = library.get_flow(db, account="acme", flow_id=_flow_id(factory, "ad-lockout"))
    svg = library.export_flow(flow, account="acme", kind="svg")
    png = library.export_flow(flow, account="acme", kind="png")
    assert library.images_available()
    assert b"<svg" in svg.data and svg.mime == "image/svg+xml"
    assert png.data.startswith(b"\x89PNG") and png.file_name == "ad-lockout-v1.png"
