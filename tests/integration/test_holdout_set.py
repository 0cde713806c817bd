"""The held-out evaluation set in bench/holdout: it imports cleanly through the real importer,
its trees are valid, every session is labelled with a real root-to-leaf path, the sessions
carry no ground truth, and the generator reproduces the committed files exactly.

Nothing here measures matching: the set is measured once, by its owners, at the end.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from bench.holdout import build
from flywheel import db as dbmod
from flywheel.config import Settings
from flywheel.interchange import import_file
from flywheel.models import Flow, SessionStep, SupportSession
from flywheel.trees import count_nodes, node_index, parse_tree, successors, validate_tree

HOLDOUT = Path(__file__).resolve().parents[2] / "bench" / "holdout"
N_FLOWS = 7
N_SESSIONS = 231
N_STEPS = 1240


@pytest.fixture(scope="module")
def files() -> dict[str, Any]:
    return {name: json.loads((HOLDOUT / name).read_text("utf-8")) for name in build.FILES}


@pytest.fixture(scope="module")
def flows(files: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {f["id"]: f for f in files["flows.json"]["flows"]}


@pytest.fixture(scope="module")
def sessions(files: dict[str, Any]) -> list[dict[str, Any]]:
    return list(files["sessions.json"]["sessions"])


@pytest.fixture(scope="module")
def labels(files: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return dict(files["labels.json"])


def test_generator_reproduces_the_committed_files() -> None:
    rendered = build.render()
    assert set(rendered) == set(build.FILES)
    for name, text in rendered.items():
        assert (HOLDOUT / name).read_text("utf-8") == text, f"{name} is stale: rebuild it"
    assert build.main(["--check"]) == 0


def test_files_import_cleanly_through_the_real_importer(sqlite_url: str) -> None:
    settings = Settings(database_url=sqlite_url, _env_file=None)  # type: ignore[call-arg]
    engine = dbmod.make_engine(sqlite_url)
    factory = dbmod.session_factory(engine)
    try:
        reports = []
        for name in ("flows.json", "sessions.json"):
            with dbmod.transaction(factory) as db:
                reports.append(
                    import_file(
                        db,
                        HOLDOUT / name,
                        default_account="holdout",
                        max_bytes=settings.max_upload_bytes,
                    )
                )
        assert reports[0].counts == {"flows_created": N_FLOWS}
        assert reports[1].counts == {"sessions_created": N_SESSIONS}
        with factory() as db:
            count = func.count()
            assert db.scalar(select(count).select_from(Flow)) == N_FLOWS
            assert db.scalar(select(count).select_from(SupportSession)) == N_SESSIONS
            assert db.scalar(select(count).select_from(SessionStep)) == N_STEPS
    finally:
        engine.dispose()


def test_every_tree_validates_and_has_the_intended_shape(
    flows: dict[str, dict[str, Any]],
) -> None:
    assert len(flows) == N_FLOWS
    for flow_id, flow in flows.items():
        tree = parse_tree(flow["tree_structure"])
        assert validate_tree(tree) == [], flow_id  # no errors, no unexplored branches
        assert 12 <= count_nodes(tree) <= 35, flow_id
        kinds = Counter(node.type for node in node_index(tree).values())
        assert kinds["action"] >= 1 and kinds["solution"] >= 2, flow_id
        widths = [len(n.options) for n in node_index(tree).values() if n.type == "decision"]
        assert all(2 <= w <= 5 for w in widths), flow_id
    all_widths = Counter(
        len(n.options)
        for flow in flows.values()
        for n in node_index(parse_tree(flow["tree_structure"])).values()
        if n.type == "decision"
    )
    assert all_widths[2] > 0 and sum(all_widths[w] for w in (3, 4, 5)) > 0
    domains = Counter(flow["problem_domain"] for flow in flows.values())
    assert sum(1 for n in domains.values() if n >= 2) >= 2  # related problems to tell apart


def test_every_session_has_a_label_and_every_label_a_session(
    sessions: list[dict[str, Any]], labels: dict[str, dict[str, Any]]
) -> None:
    ids = [s["id"] for s in sessions]
    assert len(ids) == len(set(ids)) == N_SESSIONS
    assert set(ids) == set(labels)
    per_flow = Counter(label["flow_id"] for label in labels.values())
    assert len(per_flow) == N_FLOWS
    assert all(25 <= n <= 40 for n in per_flow.values()), per_flow


def test_every_label_is_a_root_to_leaf_path_ending_at_a_solution(
    flows: dict[str, dict[str, Any]], labels: dict[str, dict[str, Any]]
) -> None:
    trees = {flow_id: node_index(parse_tree(f["tree_structure"])) for flow_id, f in flows.items()}
    for session_id, label in labels.items():
        nodes = trees[label["flow_id"]]
        path = label["path"]
        assert path[0] == "root", session_id
        for here, there in zip(path, path[1:], strict=False):
            assert there in [target for _, target in successors(nodes[here])], (session_id, here)
        assert nodes[path[-1]].type == "solution", session_id
        assert len(path) == len(set(path)), session_id


def test_trails_fit_their_labels(
    flows: dict[str, dict[str, Any]],
    sessions: list[dict[str, Any]],
    labels: dict[str, dict[str, Any]],
) -> None:
    trees = {flow_id: node_index(parse_tree(f["tree_structure"])) for flow_id, f in flows.items()}
    for session in sessions:
        label = labels[session["id"]]
        kinds = [trees[label["flow_id"]][node_id].type for node_id in label["path"]]
        steps = session["steps"]
        assert [s["step_order"] for s in steps] == list(range(len(steps)))
        step_types = Counter(s["step_type"] for s in steps)
        assert steps[-1]["step_type"] == "solution" and step_types["solution"] == 1
        assert step_types["action"] == kinds.count("action"), session["id"]
        asked = step_types["question"] + step_types["clarification"]
        if asked == 0:  # the opening statement answered every question on the path
            assert session["problem_summary"]


def test_answers_are_recorded_consistently(sessions: list[dict[str, Any]]) -> None:
    for session in sessions:
        for step in session["steps"]:
            chosen, words = step["selected_option"], step["free_text_input"]
            if chosen is not None:
                values = [o["value"] for o in step["options_presented"] or []]
                assert chosen in values, (session["id"], step["step_order"])
                assert step["was_free_text"] is False
            # typed words that were not recorded as a choice are free text, and only those
            assert step["was_free_text"] == (words is not None and chosen is None)


def _plain(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def test_sessions_carry_no_ground_truth(
    flows: dict[str, dict[str, Any]], sessions: list[dict[str, Any]]
) -> None:
    questions = {
        _plain(node.question or "")
        for flow in flows.values()
        for node in node_index(parse_tree(flow["tree_structure"])).values()
        if node.type == "decision"
    }
    for session in sessions:
        assert "matched_flow_id" not in session and "match_score" not in session
        text = json.dumps(session)
        assert not any(flow_id in text for flow_id in flows), session["id"]
        for step in session["steps"]:
            said = _plain(step["content"]["text"])
            assert not any(q in said for q in questions), (session["id"], step["step_order"])
