"""Import and export on real SQLite and PostgreSQL: idempotent, all-or-nothing, round-tripping."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from flywheel import db as dbmod
from flywheel.errors import ImportError_, InvalidInput
from flywheel.interchange import export_flows, export_sessions, import_document, import_file
from flywheel.models import Flow, FlowVersion, SessionStep, SupportSession
from tests import factories as f


def _import(factory: sessionmaker[Session], doc: object) -> Any:
    with dbmod.transaction(factory) as db:
        return import_document(db, doc, source="test.json", default_account="default")


def _count(db: Session, model: type[Any]) -> int:
    return db.scalar(select(func.count()).select_from(model)) or 0


def test_import_creates_flows_and_sessions_with_steps(factory: sessionmaker[Session]) -> None:
    report = _import(factory, f.document(flows=[f.flow()], sessions=[f.session()]))
    assert report.counts == {"flows_created": 1, "sessions_created": 1}
    with factory() as db:
        session = db.scalars(select(SupportSession)).one()
        assert [s.step_order for s in session.steps] == [0, 1]
        assert session.team is not None and session.team.slug == "service-desk"
        assert session.analysis_state == "pending"
        assert session.resolved_at is not None and session.resolved_at.tzinfo is not None
        assert _count(db, FlowVersion) == 1


def test_import_is_idempotent(factory: sessionmaker[Session]) -> None:
    doc = f.document(flows=[f.flow()], sessions=[f.session()])
    _import(factory, doc)
    report = _import(factory, doc)
    assert report.counts == {"flows_unchanged": 1, "sessions_unchanged": 1}
    with factory() as db:
        assert (_count(db, Flow), _count(db, SupportSession), _count(db, SessionStep)) == (1, 1, 2)


def test_reimport_updates_in_place_and_versions_changed_content(
    factory: sessionmaker[Session],
) -> None:
    _import(factory, f.document(flows=[f.flow()], sessions=[f.session()]))
    changed = f.flow(tree_structure=f.tree(question="Is the user locked out?"))
    longer = f.session(steps=[f.step(0), f.step(1), f.step(2, step_type="solution")])
    report = _import(factory, f.document(flows=[changed], sessions=[longer]))
    assert report.counts == {"flows_updated": 1, "sessions_updated": 1}
    with factory() as db:
        flow = db.scalars(select(Flow)).one()
        assert flow.current_version == 2
        assert [v.version for v in flow.versions] == [1, 2]
        assert flow.tree_structure["question"] == "Is the user locked out?"
        assert _count(db, SessionStep) == 3


BAD_DOCUMENTS = [
    ("not an object", [1, 2], "expected a JSON object"),
    ("flows not a list", {"flows": {"id": "x"}}, "flows: must be a list"),
    (
        "missing flow id",
        f.document(flows=[{"name": "x", "tree_structure": f.tree()}]),
        "flows[0]: id: Field required",
    ),
    (
        "wrong step type",
        f.document(sessions=[f.session(steps=[f.step("one")])]),
        "sessions[0] (id 'T-1'): steps.0.step_order",
    ),
    (
        "duplicate session id",
        f.document(sessions=[f.session(), f.session()]),
        "id 'T-1' appears more than once",
    ),
    (
        "dangling tree reference",
        f.document(
            flows=[
                f.flow(
                    tree_structure=f.tree()
                    | {
                        "options": [
                            {"id": "a", "label": "A", "next_node_id": "nowhere"},
                            {"id": "b", "label": "B", "next_node_id": "reset"},
                        ]
                    }
                )
            ]
        ),
        "flows[0] (id 'ad-lockout'): tree_structure: Node 'nowhere'",
    ),
    (
        "unknown matched flow",
        f.document(sessions=[f.session(matched_flow_id="ghost")]),
        "matched_flow_id: 'ghost' names no flow",
    ),
    ("score out of range", f.document(sessions=[f.session(match_score=3)]), "match_score"),
    ("bad account", f.document(flows=[f.flow()], account="Not A Slug!"), "account:"),
    ("unknown format", {"format": "other/v9", "flows": []}, "not supported"),
]


@pytest.mark.parametrize(
    ("case", "doc", "expected"), BAD_DOCUMENTS, ids=[c[0] for c in BAD_DOCUMENTS]
)
def test_bad_documents_are_refused_whole_with_a_named_problem(
    factory: sessionmaker[Session], case: str, doc: object, expected: str
) -> None:
    good_flow = f.flow("other-flow")
    if isinstance(doc, dict) and isinstance(doc.get("flows", []), list):
        doc = doc | {"flows": [good_flow, *doc.get("flows", [])]}
        expected = expected.replace("flows[0]", "flows[1]")
    with pytest.raises(InvalidInput) as caught:
        _import(factory, doc)
    assert expected in str(caught.value)
    with factory() as db:
        assert _count(db, Flow) == 0, "a refused file must write nothing"


def test_error_in_a_later_record_writes_nothing_of_the_file(factory: sessionmaker[Session]) -> None:
    sessions = [f.session(f"T-{i}") for i in range(50)] + [f.session("T-bad", status="weird")]
    with pytest.raises(ImportError_) as caught:
        _import(factory, f.document(flows=[f.flow()], sessions=sessions))
    assert "sessions[50] (id 'T-bad'): status" in str(caught.value)
    assert "nothing was imported" in str(caught.value)
    with factory() as db:
        assert (_count(db, Flow), _count(db, SupportSession)) == (0, 0)


def test_unknown_keys_are_kept_and_exported(factory: sessionmaker[Session]) -> None:
    flow = f.flow(owner="alice")
    session = f.session(priority="P2", steps=[f.step(0, note="typed fast")])
    _import(factory, f.document(flows=[flow], sessions=[session]))
    with factory() as db:
        flows = export_flows(db, account="acme")["flows"]
        sessions = export_sessions(db, account="acme")["sessions"]
    assert flows[0]["owner"] == "alice"
    assert sessions[0]["priority"] == "P2"
    assert sessions[0]["steps"][0]["note"] == "typed fast"


def test_export_import_export_gives_the_same_document(
    factory: sessionmaker[Session], tmp_path: Path, sqlite_url: str
) -> None:
    doc = f.document(
        flows=[f.flow(), f.flow("vpn", name="VPN")],
        sessions=[
            f.session("T-1", matched_flow_id="vpn", match_score=0.9),
            f.session("T-2", status="escalated", escalation_reason="L2"),
        ],
    )
    _import(factory, doc)
    with factory() as db:
        first = export_flows(db, account="acme"), export_sessions(db, account="acme")
    other = dbmod.session_factory(dbmod.make_engine(sqlite_url))
    for part in first:
        _import(other, json.loads(json.dumps(part)))
    with other() as db:
        second = export_flows(db, account="acme"), export_sessions(db, account="acme")
    assert second == first


def test_import_file_refuses_invalid_utf8_bad_json_and_oversize(
    factory: sessionmaker[Session], tmp_path: Path
) -> None:
    cases = {
        "latin1.json": (b'{"flows": [{"id": "caf\xe9"}]}', "not valid UTF-8"),
        "broken.json": (b'{"flows": [', "not valid JSON at line 1"),
        "big.json": (b" " * 5000 + b"{}", "the limit is"),
        "deep.json": (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    }
    for name, (content, expected) in cases.items():
        path = tmp_path / name
        path.write_bytes(content)
        with pytest.raises(ImportError_, match=expected), dbmod.transaction(factory) as db:
            import_file(
                db, path, default_account="default", max_bytes=4096 if name == "big.json" else 10**7
            )
