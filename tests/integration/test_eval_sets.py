"""The labelled evaluation sets (bench/holdout, bench/unseen, bench/sealed, bench/blind,
bench/fresh, bench/fresh2, bench/fresh3, and the development sets bench/corrections and
bench/volunteers):
each imports cleanly through the real importer with its exact counts, its trees are valid, every
session is labelled with a real root-to-leaf path, the sessions carry no ground truth, and the
generator reproduces the committed files byte for byte.

Nothing here measures matching: each set is measured once, by its owners, at the end.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

import pytest

from bench import evalset
from bench.blind import build as blind
from bench.corrections import build as corrections
from bench.evalset import EvalSet
from bench.fresh import build as fresh
from bench.fresh2 import build as fresh2
from bench.fresh3 import build as fresh3
from bench.holdout import build as holdout
from bench.sealed import build as sealed
from bench.unseen import build as unseen
from bench.volunteers import build as volunteers
from flywheel.trees import count_nodes, node_index, parse_tree, successors, validate_tree
from tests.support.eval_sets import imported_counts


@dataclass(frozen=True)
class Case:
    """One set and what its files must hold, written down here rather than read from them."""

    set: EvalSet
    flows: int
    sessions: int
    steps: int
    nodes_per_flow: tuple[int, int]
    sessions_per_flow: tuple[int, int]


CASES = [
    pytest.param(Case(holdout.SET, 7, 231, 1240, (12, 35), (25, 40)), id="holdout"),
    pytest.param(Case(unseen.SET, 6, 228, 1402, (18, 30), (34, 42)), id="unseen"),
    pytest.param(Case(sealed.SET, 6, 229, 1323, (20, 30), (34, 42)), id="sealed"),
    pytest.param(Case(blind.SET, 6, 231, 1134, (24, 28), (35, 42)), id="blind"),
    pytest.param(Case(fresh.SET, 6, 221, 1132, (24, 28), (34, 40)), id="fresh"),
    pytest.param(Case(fresh2.SET, 6, 231, 1292, (23, 32), (34, 42)), id="fresh2"),
    pytest.param(Case(fresh3.SET, 6, 226, 1480, (23, 28), (33, 41)), id="fresh3"),
    pytest.param(Case(corrections.SET, 6, 231, 1506, (22, 30), (35, 42)), id="corrections"),
    pytest.param(Case(volunteers.SET, 6, 241, 1481, (22, 30), (37, 42)), id="volunteers"),
]


@pytest.fixture(scope="module", params=CASES)
def case(request: pytest.FixtureRequest) -> Case:
    return request.param


@pytest.fixture(scope="module")
def files(case: Case) -> dict[str, Any]:
    folder = case.set.folder
    return {name: json.loads((folder / name).read_text("utf-8")) for name in evalset.FILES}


@pytest.fixture(scope="module")
def flows(files: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {f["id"]: f for f in files["flows.json"]["flows"]}


@pytest.fixture(scope="module")
def sessions(files: dict[str, Any]) -> list[dict[str, Any]]:
    return list(files["sessions.json"]["sessions"])


@pytest.fixture(scope="module")
def labels(files: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return dict(files["labels.json"])


def test_generator_reproduces_the_committed_files(case: Case) -> None:
    rendered = evalset.render(case.set)
    assert set(rendered) == set(evalset.FILES)
    for name, text in rendered.items():
        assert (case.set.folder / name).read_text("utf-8") == text, f"{name} is stale: rebuild"
    assert evalset.main(case.set, ["--check"]) == 0


def test_files_import_cleanly_through_the_real_importer(case: Case, sqlite_url: str) -> None:
    assert imported_counts(case.set.folder, sqlite_url) == {
        "flows_created": case.flows,
        "sessions_created": case.sessions,
        "flows": case.flows,
        "sessions": case.sessions,
        "steps": case.steps,
    }


def test_every_tree_validates_and_has_the_intended_shape(
    case: Case, flows: dict[str, dict[str, Any]]
) -> None:
    assert len(flows) == case.flows
    low, high = case.nodes_per_flow
    for flow_id, flow in flows.items():
        tree = parse_tree(flow["tree_structure"])
        assert validate_tree(tree) == [], flow_id  # no errors, no unexplored branches
        assert low <= count_nodes(tree) <= high, flow_id
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
    case: Case, sessions: list[dict[str, Any]], labels: dict[str, dict[str, Any]]
) -> None:
    ids = [s["id"] for s in sessions]
    assert len(ids) == len(set(ids)) == case.sessions
    assert set(ids) == set(labels)
    assert all(re.fullmatch(rf"{case.set.prefix}-\d{{5}}", i) for i in ids)
    per_flow = Counter(label["flow_id"] for label in labels.values())
    assert len(per_flow) == case.flows
    low, high = case.sessions_per_flow
    assert all(low <= n <= high for n in per_flow.values()), per_flow


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
            where = (session["id"], step["step_order"])
            chosen, words = step["selected_option"], step["free_text_input"]
            values = [o["value"] for o in step["options_presented"] or []]
            assert len(values) == len(set(values)), where
            if chosen is not None:
                assert chosen in values, where
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


def test_each_set_shows_exactly_the_habits_it_switches_on(case: Case) -> None:
    """A habit that is on shows up in some sessions; one that is off in none (the held-out
    set has none of them, which is what keeps it byte-identical)."""
    *_, metas = evalset.generate(case.set)
    seen: Counter[str] = Counter()
    for meta in metas:
        seen.update(name for name, times in meta.habits.items() if times)
    for habit, rate in case.set.habits.rates().items():
        assert (seen[habit] > 0) == (rate > 0), habit


def test_failed_actions_and_coded_options_appear_only_where_switched_on(
    case: Case, sessions: list[dict[str, Any]]
) -> None:
    """Read from the files themselves: failed attempts and opaque option values."""
    steps = [step for session in sessions for step in session["steps"]]
    failed = [s for s in steps if (s["action_result"] or {}).get("success") is False]
    coded = [
        s for s in steps
        if s["options_presented"]
        and all(re.fullmatch(r"opt\d|[a-h]", o["value"]) for o in s["options_presented"])
    ]
    assert bool(failed) == (case.set.habits.failed_action > 0)
    assert bool(coded) == (case.set.habits.opaque > 0)
