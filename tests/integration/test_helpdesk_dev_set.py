"""The IT-helpdesk set in bench/helpdesk_dev/: it imports cleanly and its labels are true.

The set is what `flywheel eval bench/helpdesk_dev` measures on (see bench/helpdesk_dev/README.md).
These checks keep it honest: every file goes through the real importer (which refuses a
whole document on any problem), every session has a label, and every label is a
root-to-leaf path of its flow's tree. They do not measure matching quality.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bench.helpdesk_dev import build
from flywheel.trees import errors_of, parse_tree, validate_tree
from tests.support.eval_sets import imported_counts

HELDOUT = Path(__file__).resolve().parents[2] / "bench" / "helpdesk_dev"


@cache
def _load(name: str) -> Any:
    return json.loads((HELDOUT / name).read_text(encoding="utf-8"))


def _flows() -> dict[str, dict[str, Any]]:
    return {f["id"]: f for f in _load("flows.json")["flows"]}


def _sessions() -> list[dict[str, Any]]:
    sessions: list[dict[str, Any]] = _load("sessions.json")["sessions"]
    return sessions


def _labels() -> dict[str, dict[str, Any]]:
    labels: dict[str, dict[str, Any]] = _load("labels.json")
    return labels


def _count(db: Session, model: type[Any]) -> int:
    return db.scalar(select(func.count()).select_from(model)) or 0


def test_files_import_cleanly_with_every_session_and_step(sqlite_url: str) -> None:
    sessions = _sessions()
    assert imported_counts(HELDOUT, sqlite_url) == {
        "flows_created": len(_flows()),
        "sessions_created": len(sessions),
        "flows": len(_flows()),
        "sessions": len(sessions),
        "steps": sum(len(s["steps"]) for s in sessions),
    }


def test_trees_have_no_validation_errors_and_the_promised_shape() -> None:
    flows = _flows()
    assert 6 <= len(flows) <= 8
    domains = [f["problem_domain"] for f in flows.values()]
    assert max(domains.count(d) for d in set(domains)) >= 2  # related flows share a domain
    for flow_id, flow in flows.items():
        tree = parse_tree(flow["tree_structure"])
        assert errors_of(validate_tree(tree)) == [], flow_id
        nodes = _nodes(flow)
        assert 10 <= len(nodes) <= 30, flow_id
        for node in nodes.values():
            if node["type"] == "decision":
                assert 2 <= len(node["options"]) <= 4, (flow_id, node["id"])
        assert any(len(n["options"]) > 2 for n in nodes.values() if n["type"] == "decision"), (
            flow_id
        )


def test_every_session_has_a_label_and_every_label_a_session() -> None:
    ids = [s["id"] for s in _sessions()]
    assert len(ids) == len(set(ids))
    assert set(ids) == set(_labels())
    assert all(label["flow_id"] in _flows() for label in _labels().values())
    assert all("matched_flow_id" not in s for s in _sessions())  # the product must match


def test_every_label_path_is_a_root_to_leaf_path_of_its_flow() -> None:
    flows = _flows()
    for session_id, label in _labels().items():
        nodes = _nodes(flows[label["flow_id"]])
        path = label["path"]
        assert path[0] == "root", session_id
        for here, there in zip(path, path[1:], strict=False):
            assert there in _successors(nodes[here]), (session_id, here, there)
        assert nodes[path[-1]]["type"] == "solution", session_id


def test_sessions_follow_their_label_step_by_step() -> None:
    """Each answer the agent recorded is an option of the labelled node it answers, in order,
    and the trail ends with the labelled solution."""
    flows = _flows()
    for session in _sessions():
        label = _labels()[session["id"]]
        nodes = _nodes(flows[label["flow_id"]])
        path = label["path"]
        keys = [
            _option_keys(nodes[here], there)
            for here, there in zip(path, path[1:], strict=False)
            if nodes[here]["type"] == "decision"
        ]
        chosen = [s["selected_option"] for s in session["steps"] if s["selected_option"]]
        assert _is_subsequence(chosen, keys), session["id"]
        assert session["steps"][-1]["step_type"] == "solution", session["id"]
        orders = [s["step_order"] for s in session["steps"]]
        assert orders == list(range(len(orders))), session["id"]


def test_generator_reproduces_the_committed_files() -> None:
    flows, sessions, labels, _ = build.build()
    assert flows == _load("flows.json")
    assert sessions == _load("sessions.json")
    assert labels == _labels()


def _nodes(flow: dict[str, Any]) -> dict[str, dict[str, Any]]:
    tree = flow["tree_structure"]
    nodes = {c["id"]: c for c in tree["children"]}
    nodes["root"] = tree
    return nodes


def _successors(node: dict[str, Any]) -> set[str]:
    if node["type"] == "decision":
        return {o["next_node_id"] for o in node["options"]}
    if node["type"] == "action":
        return {node["next_node_id"]}
    return set()


def _option_keys(node: dict[str, Any], target: str) -> set[str]:
    """The keys (option id without the node prefix) of the options leading to `target`."""
    prefix = f"{node['id']}_"
    return {o["id"].removeprefix(prefix) for o in node["options"] if o["next_node_id"] == target}


def _is_subsequence(part: list[str], whole: list[set[str]]) -> bool:
    it = iter(whole)
    return all(any(x in y for y in it) for x in part)
