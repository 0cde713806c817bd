"""A tree as two tables (nodes and options) for editing in a grid, and back again.

Rows carry a hidden `key` (the original node id, or node and option id) so that whatever
the tables do not show (support counts, help text, unknown keys) survives an edit. Works on
plain JSON data, so a tree that does not fit the schema can still be shown and repaired.
"""

from __future__ import annotations

import copy
import math
from dataclasses import dataclass, field
from typing import Any

NODE_COLUMNS = ("id", "type", "title", "question", "description", "next_node_id")
OPTION_COLUMNS = ("node_id", "id", "label", "next_node_id")
KEY = "key"
_SEP = "\x1f"

Row = dict[str, Any]


@dataclass
class TableTree:
    """A tree rebuilt from the tables, and what in the tables could not be placed."""

    tree: dict[str, Any]
    problems: list[str] = field(default_factory=list)


def nodes_of(tree: dict[str, Any]) -> list[dict[str, Any]]:
    """The root, then its children, skipping anything that is not an object."""
    children = tree.get("children")
    rest = [c for c in children if isinstance(c, dict)] if isinstance(children, list) else []
    return [tree, *rest]


def _options_of(node: dict[str, Any]) -> list[dict[str, Any]]:
    options = node.get("options")
    return [o for o in options if isinstance(o, dict)] if isinstance(options, list) else []


def node_rows(tree: dict[str, Any]) -> list[Row]:
    """One row per node, root first, with the columns of NODE_COLUMNS and the hidden key."""
    return [
        {**{col: _text(node.get(col)) for col in NODE_COLUMNS}, KEY: _text(node.get("id"))}
        for node in nodes_of(tree)
    ]


def option_rows(tree: dict[str, Any]) -> list[Row]:
    """One row per option, grouped by node in document order."""
    rows: list[Row] = []
    for node in nodes_of(tree):
        node_id = _text(node.get("id"))
        for option in _options_of(node):
            row = {col: _text(option.get(col)) for col in OPTION_COLUMNS if col != "node_id"}
            rows.append({"node_id": node_id, **row, KEY: _option_key(node_id, option.get("id"))})
    return rows


def tree_from_rows(nodes: list[Row], options: list[Row], *, base: dict[str, Any]) -> TableTree:
    """Rebuild a tree from edited tables; the first node row becomes the root.

    Fields the tables do not show are taken from `base` through each row's key. A node
    whose id was changed keeps its options. Blank rows are ignored; options of a node that
    is not in the node table are reported and left out.
    """
    result = TableTree(tree={})
    base_nodes = {_text(n.get("id")): n for n in nodes_of(base)}
    base_options = {
        _option_key(_text(n.get("id")), o.get("id")): o
        for n in nodes_of(base)
        for o in _options_of(n)
    }
    built: list[dict[str, Any]] = []
    renamed: dict[str, str] = {}
    for number, row in enumerate(nodes, start=1):
        if all(_text(row.get(col)) is None for col in NODE_COLUMNS):
            continue
        node = _node_from_row(row, base_nodes.get(_text(row.get(KEY)) or ""))
        if node.get("id") is None:
            result.problems.append(f"Node row {number} has no id.")
            node["id"] = ""
        if (old := _text(row.get(KEY))) is not None:
            renamed[old] = node["id"]
        built.append(node)
    _attach_options(built, options, base_options, renamed, result.problems)
    if not built:
        result.problems.append("The node table is empty; a tree needs at least a root node.")
        return result
    root, *children = built
    if children or isinstance(base.get("children"), list):
        root["children"] = children
    result.tree = root
    return result


def _node_from_row(row: Row, base: dict[str, Any] | None) -> dict[str, Any]:
    node = {k: copy.deepcopy(v) for k, v in (base or {}).items() if k != "children"}
    for col in NODE_COLUMNS:
        value = _text(row.get(col))
        if value is None:
            node.pop(col, None)
        else:
            node[col] = value
    node.setdefault("id", None)
    return node


def _attach_options(
    built: list[dict[str, Any]],
    rows: list[Row],
    base_options: dict[str, dict[str, Any]],
    renamed: dict[str, str],
    problems: list[str],
) -> None:
    by_id: dict[str, dict[str, Any]] = {}
    for node in built:
        by_id.setdefault(node["id"], node)
        if "options" in node:
            node["options"] = []
    for number, row in enumerate(rows, start=1):
        if all(_text(row.get(col)) is None for col in OPTION_COLUMNS):
            continue
        owner_id = _text(row.get("node_id")) or ""
        owner = by_id.get(owner_id) or by_id.get(renamed.get(owner_id, "\0"))
        if owner is None:
            problems.append(
                f"Option row {number} belongs to node '{owner_id}', which is not in the "
                "node table; it was left out."
            )
            continue
        option = copy.deepcopy(base_options.get(_text(row.get(KEY)) or "", {}))
        for col in ("id", "label", "next_node_id"):
            value = _text(row.get(col))
            if value is None:
                option.pop(col, None)
            else:
                option[col] = value
        if "id" not in option:
            problems.append(f"Option row {number} (of node '{owner_id}') has no id.")
        owner.setdefault("options", []).append(option)


def _option_key(node_id: str | None, option_id: object) -> str:
    return f"{node_id or ''}{_SEP}{_text(option_id) or ''}"


def _text(value: object) -> str | None:
    """A table cell as text: None for empty cells (None, NaN, blank strings)."""
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    text = value if isinstance(value, str) else str(value)
    return text if text.strip() else None
