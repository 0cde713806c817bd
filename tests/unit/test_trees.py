"""Unit tests for flywheel.trees: schema parsing, structural rules, graph helpers, outline."""

from __future__ import annotations

import json
from typing import Any

import pytest

from flywheel.errors import InvalidTree
from flywheel.trees import (
    Node,
    Option,
    Tree,
    Violation,
    check_tree,
    count_nodes,
    errors_of,
    node_index,
    outline,
    parse_tree,
    successors,
    tree_json_schema,
    tree_to_dict,
    validate_tree,
    walk,
)

# --- factories -----------------------------------------------------------------------------


def opt(oid: str, target: str | None, label: str | None = None) -> dict[str, Any]:
    """An option dict; `target` None means an unexplored branch."""
    data: dict[str, Any] = {"id": oid, "label": label or oid}
    if target is not None:
        data["next_node_id"] = target
    return data


def decision(nid: str, *options: dict[str, Any], question: str = "Q?") -> dict[str, Any]:
    return {"id": nid, "type": "decision", "question": question, "options": list(options)}


def action(nid: str, nxt: str | None = None, title: str = "Do it") -> dict[str, Any]:
    data: dict[str, Any] = {"id": nid, "type": "action", "title": title}
    if nxt is not None:
        data["next_node_id"] = nxt
    return data


def solution(nid: str, title: str = "Fixed") -> dict[str, Any]:
    return {"id": nid, "type": "solution", "title": title}


def tree(root: dict[str, Any], *children: dict[str, Any]) -> dict[str, Any]:
    return {**root, "children": list(children)}


def good_tree() -> dict[str, Any]:
    """root asks; yes -> action n2 -> solution n4; no -> solution n3."""
    return tree(
        decision("root", opt("yes", "n2"), opt("no", "n3"), question="Is the account locked?"),
        action("n2", "n4", title="Unlock the account"),
        solution("n3", title="Wrong password"),
        solution("n4", title="Stale credentials on phone"),
    )


def violations(data: dict[str, Any]) -> list[Violation]:
    return validate_tree(parse_tree(data))


def only(found: list[Violation], rule: str) -> list[Violation]:
    return [v for v in found if v.rule == rule]


# --- parsing -------------------------------------------------------------------------------


def test_good_tree_has_no_violations() -> None:
    t = parse_tree(good_tree())
    assert validate_tree(t) == []
    check_tree(t)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ([1, 2], "must be a JSON object"),
        ("root", "must be a JSON object"),
        (None, "must be a JSON object"),
        ({"type": "decision"}, "id: is required"),
        ({"id": "r", "type": "question"}, "type: must be one of decision, action, solution"),
        ({"id": 5, "type": "decision"}, "id: must be text"),
        (
            {"id": "r", "type": "decision", "children": [{"id": "a", "type": "x"}]},
            "children[0].type: must be one of decision, action, solution",
        ),
        ({"id": "r", "type": "decision", "options": "yes"}, "options: must be a list"),
        (
            {"id": "r", "type": "decision", "options": [{"id": "o"}]},
            "options[0].label: is required",
        ),
        ({"id": "r", "type": "decision", "children": [3]}, "children[0]: must be an object"),
        ({"id": "r", "type": "decision", "support": "many"}, "support: must be a whole number"),
    ],
)
def test_parse_errors_name_the_location(data: object, expected: str) -> None:
    with pytest.raises(InvalidTree) as info:
        parse_tree(data)
    assert info.value.problems
    assert any(expected in p for p in info.value.problems), info.value.problems
    assert expected in info.value.message


def test_parse_error_lists_every_problem() -> None:
    data = {"id": "r", "type": "decision", "children": [{"type": "x"}, {"id": "b"}]}
    with pytest.raises(InvalidTree) as info:
        parse_tree(data)
    problems = info.value.problems
    assert "children[0].id: is required" in problems
    assert "children[1].type: is required" in problems
    assert len(problems) == 3


def test_round_trip_keeps_unknown_keys() -> None:
    data = good_tree()
    data["x_source"] = {"sessions": [1, 2], "nested": {"k": "v"}}
    data["options"][0]["support"] = 7
    data["options"][0]["x_note"] = "kept"
    data["children"][0]["x_extra"] = True
    parsed = parse_tree(data)
    dumped = tree_to_dict(parsed)
    assert dumped == data
    assert json.loads(json.dumps(dumped)) == data
    assert parse_tree(dumped) == parsed


def test_dump_leaves_out_nulls_and_reparses_equal() -> None:
    data = tree(decision("root", {"id": "a", "label": "A", "next_node_id": None}, opt("b", None)))
    parsed = parse_tree(data)
    dumped = tree_to_dict(parsed)
    assert "next_node_id" not in dumped["options"][0]
    assert "title" not in dumped
    assert parse_tree(dumped) == parsed


def test_round_trip_keeps_explicit_empty_lists_and_in_place_changes() -> None:
    data = tree(decision("root", opt("a", "n2"), opt("b", "n3")), solution("n2"), solution("n3"))
    data["children"][0]["options"] = []
    assert tree_to_dict(parse_tree(data)) == data
    built = Tree(id="r", type="decision", question="Q?")
    built.options.append(Option(id="a", label="A"))
    built.children.append(Node(id="s", type="solution"))
    dumped = tree_to_dict(built)
    assert dumped["options"] == [{"id": "a", "label": "A"}]
    assert dumped["children"] == [{"id": "s", "type": "solution"}]


def test_parse_does_not_run_structural_checks() -> None:
    parsed = parse_tree(tree(action("root", "ghost")))
    assert parsed.type == "action"
    assert isinstance(parsed.children, list)


def test_json_schema_describes_children() -> None:
    schema = tree_json_schema()
    assert "children" in schema["properties"]
    assert "options" in schema["properties"]
    assert set(schema["required"]) == {"id", "type"}


# --- structural rules ----------------------------------------------------------------------

RULE_CASES = [
    pytest.param(
        tree(
            decision("root", opt("a", "n2"), opt("b", "n3")),
            solution("n2"),
            solution("n2"),
            solution("n3"),
        ),
        "duplicate_id",
        "n2",
        id="duplicate-node-id",
    ),
    pytest.param(
        tree(
            decision("root", opt("a", "n2"), opt("b", "n3")),
            solution("root"),
            solution("n2"),
            solution("n3"),
        ),
        "duplicate_id",
        "root",
        id="child-reuses-root-id",
    ),
    pytest.param(
        tree(
            decision("root", opt("a", "n2"), opt("b", "n3")),
            decision("n2", opt("x", "n3"), opt("x", "n3")),
            solution("n3"),
        ),
        "duplicate_option_id",
        "n2",
        id="duplicate-option-id",
    ),
    pytest.param(
        tree(decision("root", opt("a", "n2"), opt("opt2", "n4")), solution("n2")),
        "missing_reference",
        "root",
        id="option-to-missing-node",
    ),
    pytest.param(
        tree(decision("root", opt("a", "n2"), opt("b", "n3")), action("n2", "n9"), solution("n3")),
        "missing_reference",
        "n2",
        id="next-to-missing-node",
    ),
    pytest.param(
        tree(decision("root", opt("a", "n2"), opt("b", "n3")), action("n2", "n2"), solution("n3")),
        "cycle",
        "n2",
        id="self-loop",
    ),
    pytest.param(
        tree(
            decision("root", opt("a", "n2"), opt("b", "n3")),
            action("n2", "n5"),
            action("n5", "n2"),
            solution("n3"),
        ),
        "cycle",
        "n2",
        id="two-node-loop",
    ),
    pytest.param(
        tree(
            decision("root", opt("a", "n2"), opt("b", "n3")),
            solution("n2"),
            solution("n3"),
            solution("orphan"),
        ),
        "unreachable",
        "orphan",
        id="unreachable",
    ),
    pytest.param(
        tree(action("root", "n2"), solution("n2")),
        "root_not_decision",
        "root",
        id="root-not-decision",
    ),
    pytest.param(
        tree(decision("root", opt("a", "n2")), solution("n2")),
        "too_few_options",
        "root",
        id="one-option",
    ),
    pytest.param(
        tree(decision("root", opt("a", "n2"), opt("b", "n3")), decision("n2"), solution("n3")),
        "too_few_options",
        "n2",
        id="no-options",
    ),
    pytest.param(
        tree(decision("root", *(opt(f"o{i}", "n2") for i in range(6))), solution("n2")),
        "too_many_options",
        "root",
        id="six-options",
    ),
    pytest.param(
        tree(
            decision("root", opt("a", "n2"), opt("b", "n3")),
            {**solution("n2"), "next_node_id": "n3"},
            solution("n3"),
        ),
        "solution_points_onward",
        "n2",
        id="solution-with-next",
    ),
    pytest.param(
        tree(
            decision("root", opt("a", "n2"), opt("b", "n3")),
            {**solution("n2"), "options": [opt("x", None)]},
            solution("n3"),
        ),
        "solution_points_onward",
        "n2",
        id="solution-with-options",
    ),
    pytest.param(
        tree(
            decision("root", opt("a", "n2"), opt("b", "n3"), question="  "),
            solution("n2"),
            solution("n3"),
        ),
        "missing_question",
        "root",
        id="blank-question",
    ),
    pytest.param(
        tree(
            decision("root", opt("a", "n2"), opt("b", "n3")),
            {"id": "n2", "type": "decision", "options": [opt("x", "n3"), opt("y", "n3")]},
            solution("n3"),
        ),
        "missing_question",
        "n2",
        id="no-question",
    ),
    pytest.param(
        tree(
            decision("root", opt("a", "n2"), opt("b", "n3")),
            {**action("n2"), "options": [opt("x", "n3")]},
            solution("n3"),
        ),
        "action_options",
        "n2",
        id="action-with-options",
    ),
]


@pytest.mark.parametrize(("data", "rule", "node_id"), RULE_CASES)
def test_rule_is_reported_as_error_naming_the_node(
    data: dict[str, Any], rule: str, node_id: str
) -> None:
    found = violations(data)
    hits = only(found, rule)
    assert len(hits) == 1, found
    hit = hits[0]
    assert hit.node_id == node_id
    assert hit.severity == "error"
    assert f"'{node_id}'" in hit.message
    assert hit.message.endswith(".")
    with pytest.raises(InvalidTree) as info:
        check_tree(parse_tree(data))
    assert hit.message in info.value.problems


def test_missing_reference_message_names_option_and_both_nodes() -> None:
    data = tree(decision("root", opt("a", "n2"), opt("opt2", "n4")), solution("n2"))
    [hit] = only(violations(data), "missing_reference")
    assert hit.message == "Node 'n4' is referenced by option 'opt2' of 'root' but does not exist."


def test_cycle_names_every_node_once() -> None:
    data = tree(
        decision("root", opt("a", "n2"), opt("b", "n5")),
        action("n2", "n3"),
        action("n3", "n4"),
        action("n4", "n2"),
        solution("n5"),
    )
    [hit] = only(violations(data), "cycle")
    for node_id in ("n2", "n3", "n4"):
        assert f"'{node_id}'" in hit.message
    assert "'root'" not in hit.message and "'n5'" not in hit.message


def test_cycle_back_to_root_and_unreachable_cycle() -> None:
    data = tree(
        decision("root", opt("a", "n2"), opt("b", "n3")),
        action("n2", "root"),
        solution("n3"),
        action("x1", "x2"),
        action("x2", "x1"),
    )
    found = violations(data)
    assert [v.node_id for v in only(found, "cycle")] == ["root", "x1"]
    assert [v.node_id for v in only(found, "unreachable")] == ["x1", "x2"]


def test_unexplored_branch_is_a_notice_and_check_passes() -> None:
    data = tree(
        decision("root", opt("a", "n2"), opt("other", None, label="Something else")), solution("n2")
    )
    found = violations(data)
    assert [(v.rule, v.node_id, v.severity) for v in found] == [
        ("unexplored_branch", "root", "notice")
    ]
    assert "'root'" in found[0].message and "Something else" in found[0].message
    assert errors_of(found) == []
    check_tree(parse_tree(data))


def test_empty_target_counts_as_unexplored() -> None:
    data = tree(decision("root", opt("a", "n2"), opt("b", "")), solution("n2"))
    assert [v.rule for v in violations(data)] == ["unexplored_branch"]


def test_every_violation_is_reported_in_rule_then_node_order() -> None:
    data = tree(
        action("root", "n2"),
        decision("n2", opt("a", "ghost")),
        decision("n3", opt("a", None), question=""),
        solution("n4"),
        solution("n4"),
    )
    found = violations(data)
    assert [(v.rule, v.node_id) for v in found] == [
        ("root_not_decision", "root"),
        ("duplicate_id", "n4"),
        ("missing_reference", "n2"),
        ("unreachable", "n3"),
        ("unreachable", "n4"),
        ("missing_question", "n3"),
        ("too_few_options", "n2"),
        ("too_few_options", "n3"),
        ("unexplored_branch", "n3"),
    ]
    assert found == violations(data)


def test_check_tree_message_counts_errors() -> None:
    data = tree(decision("root", opt("a", "n2")), solution("n2"), solution("lost"))
    with pytest.raises(InvalidTree) as info:
        check_tree(parse_tree(data))
    assert info.value.message.startswith("The tree has 2 problems: ")
    assert len(info.value.problems) == 2


def test_long_chain_validates_without_recursion() -> None:
    n = 10_000
    chain = [action(f"n{i}", f"n{i + 1}") for i in range(1, n - 1)] + [solution(f"n{n - 1}")]
    data = tree(decision("root", opt("a", "n1"), opt("b", f"n{n - 1}")), *chain)
    t = parse_tree(data)
    assert count_nodes(t) == n
    assert validate_tree(t) == []
    assert len(walk(t)) == n


def test_long_loop_is_found_without_recursion() -> None:
    n = 10_000
    chain = [action(f"n{i}", f"n{(i + 1) % n or 1}") for i in range(1, n)]
    data = tree(decision("root", opt("a", "n1"), opt("b", "n1")), *chain)
    [hit] = only(violations(data), "cycle")
    assert hit.node_id == "n1"


def test_empty_strings_do_not_crash() -> None:
    data = tree(
        {"id": "", "type": "decision", "question": "", "options": [opt("", "")]},
        {"id": "", "type": "action", "title": ""},
    )
    found = violations(data)
    assert {"duplicate_id", "missing_question", "too_few_options"} <= {v.rule for v in found}
    assert isinstance(outline(parse_tree(data)), str)


# --- graph helpers -------------------------------------------------------------------------


def test_node_index_includes_root_and_first_occurrence_wins() -> None:
    data = good_tree()
    data["children"].append(solution("n3", title="Second copy"))
    index = node_index(parse_tree(data))
    assert list(index) == ["root", "n2", "n3", "n4"]
    assert index["n3"].title == "Wrong password"


def test_successors_per_node_type() -> None:
    t = parse_tree(good_tree())
    index = node_index(t)
    assert [(o.id if o else None, target) for o, target in successors(t)] == [
        ("yes", "n2"),
        ("no", "n3"),
    ]
    assert successors(index["n2"]) == [(None, "n4")]
    assert successors(index["n4"]) == []


def test_walk_is_breadth_first_and_skips_unreachable() -> None:
    data = good_tree()
    data["children"].append(solution("orphan"))
    assert [n.id for n in walk(parse_tree(data))] == ["root", "n2", "n3", "n4"]


def test_models_can_be_built_directly() -> None:
    t = Tree(
        id="r",
        type="decision",
        question="Q?",
        options=[Option(id="a", label="A", next_node_id="s"), Option(id="b", label="B")],
        children=[Node(id="s", type="solution", title="Done")],
    )
    assert errors_of(validate_tree(t)) == []
    assert parse_tree(tree_to_dict(t)) == t


# --- outline -------------------------------------------------------------------------------


def test_outline_lines() -> None:
    data = good_tree()
    data["options"].append(opt("other", None))
    lines = outline(parse_tree(data)).splitlines()
    assert lines == [
        "root [decision] Is the account locked? | yes -> n2 | no -> n3 | other -> (unexplored)",
        "n2 [action] Unlock the account -> n4",
        "n3 [solution] Wrong password",
        "n4 [solution] Stale credentials on phone",
    ]


def test_outline_has_every_node_one_line_each() -> None:
    data = good_tree()
    data["children"][1]["description"] = "Typed it\n\n  wrong   again"
    data["children"].append(solution("orphan", title="Never\nreached"))
    text = outline(parse_tree(data))
    lines = text.splitlines()
    assert len(lines) == 5
    for node_id in ("root", "n2", "n3", "n4", "orphan"):
        assert any(line.startswith(f"{node_id} [") for line in lines)
    assert "n3 [solution] Wrong password: Typed it wrong again" in lines
    assert "orphan [solution] Never reached" in lines


def test_outline_of_big_tree_is_not_truncated() -> None:
    n = 2_000
    chain = [action(f"n{i}", f"n{i + 1}") for i in range(1, n)] + [solution(f"n{n}")]
    t = parse_tree(tree(decision("root", opt("a", "n1"), opt("b", None)), *chain))
    lines = outline(t).splitlines()
    assert len(lines) == n + 1
    assert lines[-1].startswith(f"n{n} [solution]")


def test_overlong_texts_are_errors_naming_the_node() -> None:
    data = {"id": "root", "type": "decision", "question": "Q" * 2001,
            "options": [{"id": "a", "label": "L" * 501}, {"id": "b", "label": "B"}]}
    found = [v for v in validate_tree(parse_tree(data)) if v.rule == "text_too_long"]
    assert [v.node_id for v in found] == ["root", "root"]
    assert "2,001 characters" in found[0].message and "Option 'a'" in found[1].message
