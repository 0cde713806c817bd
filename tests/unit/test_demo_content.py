"""The demo data set: deterministic, well-formed interchange documents with a realistic mix."""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from flywheel.demo import build_demo_documents
from flywheel.demo.escapes import DEFAULT_ESCAPES

NOW = datetime(2026, 3, 15, 9, 30, tzinfo=UTC)
DOCUMENTS = build_demo_documents(NOW)
BY_ACCOUNT = {doc["account"]: doc for doc in DOCUMENTS}
MAIN_DOMAINS = {
    "active_directory", "networking", "m365", "printing", "endpoint", "backup", "email",
}
STEP_TYPES = {"question", "action", "clarification", "solution"}

Doc = dict[str, Any]


# --- a small, self-contained tree checker ----------------------------------------------------


def tree_problems(tree: Doc) -> list[str]:
    """Every structural problem of an interchange tree, as sentences (empty when valid)."""
    nodes = [tree, *tree.get("children", [])]
    ids = [node.get("id") for node in nodes]
    problems = [f"duplicate id {i!r}" for i, n in Counter(ids).items() if n > 1]
    if tree.get("type") != "decision" or not (tree.get("question") or "").strip():
        problems.append("the root must be a decision node with a question")
    index = {node.get("id"): node for node in nodes}
    edges: dict[str, list[str]] = {}
    for node in nodes:
        targets = _node_targets(node, problems)
        problems += [f"{node['id']!r} points at missing {t!r}" for t in targets if t not in index]
        edges[node["id"]] = [t for t in targets if t in index]
    reached = _reachable(edges, tree["id"])
    problems += [f"{i!r} is unreachable" for i in index if i not in reached]
    if _has_cycle(edges):
        problems.append("the tree has a cycle")
    return problems


def _node_targets(node: Doc, problems: list[str]) -> list[str]:
    kind, options, name = node.get("type"), node.get("options") or [], node.get("id")
    if kind == "decision":
        if not 2 <= len(options) <= 5:
            problems.append(f"{name!r} has {len(options)} options")
        if len({o.get("id") for o in options}) != len(options):
            problems.append(f"{name!r} repeats an option id")
        if not (node.get("question") or "").strip() or not all(o.get("label") for o in options):
            problems.append(f"{name!r} lacks a question or an option label")
        return [o.get("next_node_id") for o in options]
    if kind not in ("action", "solution"):
        problems.append(f"{name!r} has unknown type {kind!r}")
        return []
    if not node.get("title") or not node.get("description"):
        problems.append(f"{name!r} lacks a title or description")
    if options:
        problems.append(f"{kind} {name!r} has options")
    if kind == "solution":
        if node.get("next_node_id") is not None:
            problems.append(f"solution {name!r} points onward")
        return []
    return [str(node.get("next_node_id"))]


def _reachable(edges: dict[str, list[str]], start: str) -> set[str]:
    seen, stack = {start}, [start]
    while stack:
        for target in edges.get(stack.pop(), []):
            if target not in seen:
                seen.add(target)
                stack.append(target)
    return seen


def _has_cycle(edges: dict[str, list[str]]) -> bool:
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done

    def visit(node: str) -> bool:
        state[node] = 1
        for target in edges[node]:
            if state.get(target) == 1 or (target not in state and visit(target)):
                return True
        state[node] = 2
        return False

    return any(node not in state and visit(node) for node in edges)


def _node(node_id: str, kind: str, **extra: Any) -> Doc:
    text = {"question": "Q?"} if kind == "decision" else {"title": "T", "description": "D"}
    return {"id": node_id, "type": kind, **text, **extra}


def _options(*targets: str | None) -> list[Doc]:
    return [{"id": f"o{i}", "label": f"L{i}", "next_node_id": t} for i, t in enumerate(targets)]


BROKEN_TREES = {
    "cycle": _node("root", "decision", options=_options("a", "s"), children=[
        _node("a", "action", next_node_id="root"), _node("s", "solution")]),
    "unreachable": _node("root", "decision", options=_options("s", "s"), children=[
        _node("s", "solution"), _node("lost", "solution")]),
    "missing": _node("root", "decision", options=_options("s", "nowhere"), children=[
        _node("s", "solution")]),
    "one option": _node("root", "decision", options=_options("s"), children=[
        _node("s", "solution")]),
    "duplicate id": _node("root", "decision", options=_options("s", "s"), children=[
        _node("s", "solution"), _node("s", "solution")]),
    "solution onward": _node("root", "decision", options=_options("s", "t"), children=[
        _node("s", "solution", next_node_id="t"), _node("t", "solution")]),
    "action root": _node("root", "action", next_node_id="s", children=[
        _node("s", "solution")]),
}


@pytest.mark.parametrize("name", sorted(BROKEN_TREES))
def test_tree_checker_catches_broken_trees(name: str) -> None:
    assert tree_problems(BROKEN_TREES[name]), name


# --- helpers over the documents --------------------------------------------------------------


def all_flows() -> list[tuple[str, Doc]]:
    return [(doc["account"], flow) for doc in DOCUMENTS for flow in doc["flows"]]


def all_sessions() -> list[tuple[Doc, Doc]]:
    return [(doc, session) for doc in DOCUMENTS for session in doc["sessions"]]


def flow_of(doc: Doc, flow_id: str) -> Doc:
    return next(flow for flow in doc["flows"] if flow["id"] == flow_id)


def tree_index(flow: Doc) -> dict[str, Doc]:
    tree = flow["tree_structure"]
    return {node["id"]: node for node in [tree, *tree["children"]]}


def typed_escape(step: Doc) -> bool:
    return step["step_type"] == "question" and step["was_free_text"]


def kind_of(session: Doc) -> str:
    steps = session["steps"]
    if session["matched_flow_id"] is None:
        return "novel"
    if session["status"] == "abandoned":
        return "abandoned"
    if any(typed_escape(step) for step in steps):
        return "escape"
    if any(step["step_type"] == "clarification" for step in steps):
        return "clarified"
    return "exact"


def replay(flow: Doc, steps: list[Doc]) -> None:
    """Assert the steps walk the flow node by node, in its words and by its option ids."""
    index = tree_index(flow)
    node: Doc | None = index["root"]
    for step in steps:
        assert node is not None, "steps continue after the flow ended"
        kind = node["type"]
        if kind == "decision":
            assert step["step_type"] in ("question", "clarification")
            assert step["content"]["text"] == node["question"]
            offered = [(o["value"], o["label"]) for o in step["options_presented"]]
            assert offered == [(o["id"], o["label"]) for o in node["options"]]
            chosen = [o for o in node["options"] if o["id"] == step["selected_option"]]
            node = index[chosen[0]["next_node_id"]] if chosen else None
        else:
            assert step["step_type"] == kind
            assert step["content"]["text"] == node["description"]
            node = index[node["next_node_id"]] if kind == "action" else None


# --- the tests -------------------------------------------------------------------------------


def test_same_now_gives_identical_documents() -> None:
    again = build_demo_documents(NOW)
    assert json.dumps(again, sort_keys=True) == json.dumps(DOCUMENTS, sort_keys=True)


def test_naive_now_is_taken_as_utc() -> None:
    assert build_demo_documents(NOW.replace(tzinfo=None)) == DOCUMENTS


def test_a_later_now_moves_the_dates() -> None:
    later = build_demo_documents(NOW + timedelta(days=3))
    assert later[0]["sessions"][0]["resolved_at"] != DOCUMENTS[0]["sessions"][0]["resolved_at"]


def test_two_accounts_and_three_teams() -> None:
    assert [doc["account"] for doc in DOCUMENTS] == ["default", "northwind-it"]
    assert all(doc["format"] == "knowledge-flywheel/v1" for doc in DOCUMENTS)
    teams = {session["team"] for _, session in all_sessions()}
    assert teams == {"service-desk", "infrastructure", "northwind-helpdesk"}
    assert {s["team"] for s in BY_ACCOUNT["northwind-it"]["sessions"]} == {"northwind-helpdesk"}


def test_main_account_flows_cover_the_known_domains() -> None:
    flows = BY_ACCOUNT["default"]["flows"]
    assert len(flows) >= 8
    assert {flow["problem_domain"] for flow in flows} >= MAIN_DOMAINS
    assert sum(flow["problem_domain"] == "networking" for flow in flows) >= 2
    assert 2 <= len(BY_ACCOUNT["northwind-it"]["flows"]) <= 3


def test_flow_ids_unique_per_account() -> None:
    for doc in DOCUMENTS:
        ids = [flow["id"] for flow in doc["flows"]]
        assert len(ids) == len(set(ids)), doc["account"]


@pytest.mark.parametrize(
    ("account", "flow"), all_flows(), ids=[f"{a}/{f['id']}" for a, f in all_flows()]
)
def test_every_flow_is_complete_and_its_tree_valid(account: str, flow: Doc) -> None:
    assert tree_problems(flow["tree_structure"]) == []
    assert flow["tree_structure"]["id"] == "root"
    assert 8 <= len(tree_index(flow)) <= 30
    assert flow["name"] and flow["description"] and flow["status"] == "active"
    assert 5 <= len(flow["match_keywords"]) <= 10
    assert 0.6 <= flow["success_rate"] <= 0.95


def test_session_counts() -> None:
    assert len(BY_ACCOUNT["default"]["sessions"]) >= 150
    assert 20 <= len(BY_ACCOUNT["northwind-it"]["sessions"]) <= 30


def test_session_ids_unique_per_account() -> None:
    for doc in DOCUMENTS:
        ids = [session["id"] for session in doc["sessions"]]
        assert all(ids) and len(ids) == len(set(ids)), doc["account"]


def test_no_two_sessions_alike() -> None:
    bodies = [json.dumps({**s, "id": None}, sort_keys=True) for _, s in all_sessions()]
    assert len(bodies) == len(set(bodies))


def test_dates_fall_in_the_30_days_before_now() -> None:
    for _, session in all_sessions():
        stamp = session["resolved_at"]
        assert stamp.endswith("Z")
        when = datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
        assert NOW - timedelta(days=30) <= when <= NOW, stamp
    days = {s["resolved_at"][:10] for s in BY_ACCOUNT["default"]["sessions"]}
    assert len(days) >= 20, "sessions should spread over the month"


def test_steps_are_ordered_and_well_formed() -> None:
    for _, session in all_sessions():
        steps = session["steps"]
        assert [step["step_order"] for step in steps] == list(range(len(steps)))
        for step in steps:
            assert step["step_type"] in STEP_TYPES
            assert step["content"] == {"text": step["content"]["text"], "type": step["step_type"]}
            assert step["content"]["text"].strip()
            assert step["was_free_text"] == (step["free_text_input"] is not None)
            assert step["was_skipped"] is False
            asks = step["step_type"] in ("question", "clarification")
            assert (step["options_presented"] is not None) == asks
            assert (step["action_result"] is not None) == (step["step_type"] == "action")
            if asks and not step["was_free_text"] and step["selected_option"] is not None:
                values = {o["value"] for o in step["options_presented"]}
                assert step["selected_option"] in values


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for item in value.values() for text in _strings(item)]
    if isinstance(value, list):
        return [text for item in value for text in _strings(item)]
    return []


def test_no_template_placeholder_left_unfilled() -> None:
    texts = _strings(DOCUMENTS)
    assert len(texts) > 5000
    assert [text for text in texts if "{" in text or "}" in text] == []


def test_statuses_and_endings_agree() -> None:
    statuses = Counter(session["status"] for _, session in all_sessions())
    assert statuses["resolved"] > statuses["escalated"] > statuses["abandoned"] > 0
    for _, session in all_sessions():
        last = session["steps"][-1]["step_type"]
        if session["status"] == "resolved":
            assert last == "solution" and session["resolution_summary"]
            assert session["escalation_reason"] is None
        if session["status"] == "escalated":
            assert session["escalation_reason"]
        if session["status"] == "abandoned":
            assert last != "solution" and session["resolution_summary"] is None


def test_confidence_tier_matches_score() -> None:
    for _, session in all_sessions():
        score, tier = session["confidence_score"], session["confidence_tier"]
        expected = "high" if score >= 0.8 else "medium" if score >= 0.6 else "low"
        assert tier == expected


def test_matched_flows_exist_in_the_same_account() -> None:
    for doc, session in all_sessions():
        if session["matched_flow_id"] is not None:
            assert flow_of(doc, session["matched_flow_id"])["problem_domain"] == session[
                "problem_domain"
            ]


def test_on_flow_sessions_replay_their_flow() -> None:
    replayed = 0
    for doc, session in all_sessions():
        if kind_of(session) in ("exact", "clarified", "abandoned"):
            replay(flow_of(doc, session["matched_flow_id"]), session["steps"])
            replayed += 1
    assert replayed >= 120


def test_mix_of_session_kinds() -> None:
    kinds = Counter(kind_of(session) for session in BY_ACCOUNT["default"]["sessions"])
    total = sum(kinds.values())
    assert 0.45 <= kinds["exact"] / total <= 0.65
    assert 0.06 <= kinds["clarified"] / total <= 0.15
    assert 0.15 <= kinds["escape"] / total <= 0.28
    assert 0.10 <= kinds["novel"] / total <= 0.20
    assert set(Counter(kind_of(s) for s in BY_ACCOUNT["northwind-it"]["sessions"])) == {
        "exact", "clarified", "escape", "novel", "abandoned",
    }


@pytest.mark.parametrize(
    ("kind", "low", "high"),
    [("exact", 0.82, 0.97), ("clarified", 0.8, 0.9), ("escape", 0.55, 0.79)],
)
def test_match_scores_by_kind(kind: str, low: float, high: float) -> None:
    scores = [s["match_score"] for _, s in all_sessions() if kind_of(s) == kind]
    assert scores and all(low <= score <= high for score in scores)


def test_novel_sessions_have_no_close_match() -> None:
    novel = [s for _, s in all_sessions() if kind_of(s) == "novel"]
    assert all(s["match_score"] is None or s["match_score"] < 0.4 for s in novel)
    assert any(s["match_score"] is None for s in novel)


def test_clarified_sessions_type_one_answer_that_maps_to_an_option() -> None:
    for _, session in all_sessions():
        if kind_of(session) != "clarified":
            continue
        typed = [step for step in session["steps"] if step["was_free_text"]]
        assert len(typed) == 1 and typed[0]["step_type"] == "clarification"
        assert typed[0]["selected_option"] is not None


def test_escapes_leave_the_flow_after_one_to_three_decisions() -> None:
    for doc, session in all_sessions():
        if kind_of(session) != "escape":
            continue
        steps = session["steps"]
        at = next(i for i, step in enumerate(steps) if typed_escape(step))
        assert steps[at]["selected_option"] is None and steps[at]["free_text_input"].strip()
        flow = flow_of(doc, session["matched_flow_id"])
        replay(flow, steps[: at + 1])
        assert 1 <= sum(step["step_type"] == "question" for step in steps[:at]) <= 3
        flow_fixes = {n.get("description") for n in tree_index(flow).values()}
        assert steps[-1]["step_type"] == "solution"
        assert steps[-1]["content"]["text"] not in flow_fixes
        assert len(steps) - at >= 3, "an escape continues with steps of its own"


def test_escape_storylines_are_varied() -> None:
    per_flow = Counter(escape.flow_id for escape in DEFAULT_ESCAPES)
    assert sum(count >= 3 for count in per_flow.values()) >= 4
    escapes = [s for _, s in all_sessions() if kind_of(s) == "escape"]
    typed = [next(st["free_text_input"] for st in s["steps"] if typed_escape(st)) for s in escapes]
    assert len(set(typed)) >= 0.6 * len(typed), "escapes reuse storylines with varied wording"


def _words(session: Doc) -> set[str]:
    text = " ".join(step["content"]["text"] for step in session["steps"]).lower()
    return set(re.findall(r"[a-z0-9]+", text))


def _near_duplicate_groups(sessions: list[Doc], threshold: float = 0.25) -> list[list[Doc]]:
    """Single-linkage groups of sessions whose step wording overlaps (Jaccard >= threshold)."""
    groups: list[list[Doc]] = []
    for session in sessions:
        words = _words(session)
        near = [g for g in groups if any(
            len(words & _words(o)) / len(words | _words(o)) >= threshold for o in g)]
        merged = [session, *(member for g in near for member in g)]
        groups = [g for g in groups if g not in near] + [merged]
    return groups


def test_novel_problems_come_in_near_duplicate_groups() -> None:
    novel = [s for s in BY_ACCOUNT["default"]["sessions"] if kind_of(s) == "novel"]
    groups = _near_duplicate_groups(novel)
    assert len(groups) >= 5, "at least five distinct novel problems"
    assert sum(3 <= len(group) <= 6 for group in groups) >= 3
    for group in groups:
        assert len({s["problem_summary"] for s in group}) >= min(2, len(group))
