"""The tree as node and option tables, and back: edits land where the reviewer made them."""

from __future__ import annotations

import copy
import math
from typing import Any

from flywheel.tree_tables import KEY, node_rows, option_rows, tree_from_rows
from flywheel.trees import check_tree, parse_tree
from tests import factories as f


def rich_tree() -> dict[str, Any]:
    """The factory tree with support counts, help text and an unknown key to keep."""
    tree = f.tree()
    tree["support"] = 3
    tree["help_text"] = "Ask the user"
    tree["x-origin"] = "import"
    tree["options"][0]["support"] = 2
    return tree


def test_round_trip_keeps_everything() -> None:
    tree = rich_tree()
    rebuilt = tree_from_rows(node_rows(tree), option_rows(tree), base=tree)
    assert rebuilt.problems == []
    assert rebuilt.tree == tree


def test_rows_show_the_columns_and_hide_the_key() -> None:
    tree = f.tree()
    nodes, options = node_rows(tree), option_rows(tree)
    assert [row["id"] for row in nodes] == ["root", "unlock", "done", "reset"]
    assert nodes[1]["next_node_id"] == "done" and nodes[1][KEY] == "unlock"
    assert [(o["node_id"], o["id"], o["next_node_id"]) for o in options] == [
        ("root", "yes", "unlock"),
        ("root", "no", "reset"),
    ]


def test_adding_a_node_and_an_option_makes_a_valid_tree() -> None:
    tree = rich_tree()
    nodes, options = node_rows(tree), option_rows(tree)
    nodes.append({"id": "logs", "type": "solution", "title": "Read the logs", KEY: None})
    options.append(
        {"node_id": "root", "id": "unsure", "label": "Not sure", "next_node_id": "logs", KEY: None}
    )
    rebuilt = tree_from_rows(nodes, options, base=tree)
    check_tree(parse_tree(rebuilt.tree))
    assert rebuilt.tree["children"][-1] == {
        "id": "logs",
        "type": "solution",
        "title": "Read the logs",
    }
    assert rebuilt.tree["options"][-1]["label"] == "Not sure"
    assert rebuilt.tree["options"][0]["support"] == 2, "hidden fields survive"


def test_renaming_a_node_keeps_its_options_and_blank_cells_clear_fields() -> None:
    tree = rich_tree()
    nodes = node_rows(tree)
    nodes[0]["id"] = "start"
    nodes[1]["description"] = float("nan")  # what an emptied grid cell can come back as
    rebuilt = tree_from_rows(nodes, option_rows(tree), base=tree)
    assert rebuilt.tree["id"] == "start"
    assert [o["id"] for o in rebuilt.tree["options"]] == ["yes", "no"]
    assert "description" not in rebuilt.tree["children"][0]
    assert not math.isnan(rebuilt.tree["support"])


def test_removing_rows_and_orphan_options_are_reported() -> None:
    tree = rich_tree()
    nodes = [row for row in node_rows(tree) if row["id"] != "reset"]
    options = option_rows(tree) + [
        {"node_id": "ghost", "id": "o", "label": "O", "next_node_id": None, KEY: None},
        {"node_id": "root", "id": None, "label": "No id", "next_node_id": None, KEY: None},
        {"node_id": None, "id": None, "label": None, "next_node_id": None, KEY: None},
    ]
    rebuilt = tree_from_rows(nodes, options, base=tree)
    assert [c["id"] for c in rebuilt.tree["children"]] == ["unlock", "done"]
    assert len(rebuilt.problems) == 2
    assert "ghost" in rebuilt.problems[0] and "no id" in rebuilt.problems[1]


def test_an_empty_node_table_is_a_problem_and_the_base_is_not_touched() -> None:
    tree = rich_tree()
    before = copy.deepcopy(tree)
    rebuilt = tree_from_rows([], [], base=tree)
    assert rebuilt.problems and rebuilt.tree == {}
    assert tree == before


def test_tables_tolerate_trees_that_do_not_fit_the_schema() -> None:
    odd = {"id": "r", "type": "decision", "children": "not a list", "options": [1, {"id": "a"}]}
    assert [row["id"] for row in node_rows(odd)] == ["r"]
    assert [row["id"] for row in option_rows(odd)] == ["a"]
