"""Troubleshooting trees: the schema, structural validation and small graph helpers.

A tree is a root decision node plus a flat `children` list; nodes refer to each other by id
through `options[].next_node_id` and `next_node_id`. Unknown keys are kept so that
import/export round-trips.
"""

from __future__ import annotations

import re
from collections import Counter, deque
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from flywheel.errors import InvalidTree

MIN_OPTIONS = 2
MAX_OPTIONS = 5

NodeType = Literal["decision", "action", "solution"]
Severity = Literal["error", "notice"]


class Option(BaseModel):
    """One answer to a decision node's question, leading (maybe) to another node."""

    model_config = ConfigDict(extra="allow")

    id: str
    label: str
    next_node_id: str | None = Field(
        default=None, description="Id of the node this answer leads to; null if unexplored."
    )
    support: int | None = Field(default=None, description="How many sessions took this branch.")


class Node(BaseModel):
    """One step of a tree: a question (decision), a step to do (action) or an answer (solution)."""

    model_config = ConfigDict(extra="allow")

    id: str
    type: NodeType
    title: str | None = None
    question: str | None = Field(default=None, description="The question a decision node asks.")
    help_text: str | None = None
    description: str | None = Field(
        default=None, description="What to do (action) or what was wrong (solution)."
    )
    options: list[Option] = Field(
        default_factory=list, description="Answers of a decision node: 2 to 5."
    )
    next_node_id: str | None = Field(
        default=None, description="Where an action node continues; null for a terminal node."
    )
    support: int | None = Field(default=None, description="How many sessions reached this node.")


class Tree(Node):
    """The root node of a tree, holding every other node in a flat `children` list."""

    children: list[Node] = Field(default_factory=list)


@dataclass(frozen=True)
class Violation:
    """One broken rule: which node, a short rule code and a sentence a person can act on."""

    node_id: str | None
    rule: str
    message: str
    severity: Severity


# --- parsing -------------------------------------------------------------------------------


def parse_tree(data: object) -> Tree:
    """Check `data` against the tree schema and build a Tree (no structural checks)."""
    if isinstance(data, Tree):
        return data
    if not isinstance(data, dict):
        problem = f"The tree must be a JSON object, not {_kind(data)}."
        raise InvalidTree(f"The tree cannot be read: {problem}", problems=[problem])
    try:
        return Tree.model_validate(data)
    except ValidationError as exc:
        problems = [_describe_error(err) for err in exc.errors()]
        count = len(problems)
        noun = "problem" if count == 1 else "problems"
        summary = "; ".join(problems[:5]) + ("; ..." if count > 5 else "")
        raise InvalidTree(
            f"The tree does not fit the schema ({count} {noun}): {summary}", problems=problems
        ) from None


def tree_to_dict(tree: Tree) -> dict[str, Any]:
    """Dump a tree to plain JSON data, leaving out nulls and empty lists nobody gave.

    So parsing a dict (without nulls) and dumping it again gives the same dict back.
    """
    data = tree.model_dump(mode="json", exclude_none=True)
    _drop_unset_empty(tree, data)
    for child, child_data in zip(tree.children, data.get("children", []), strict=True):
        _drop_unset_empty(child, child_data)
    return data


def _drop_unset_empty(node: Node, data: dict[str, Any]) -> None:
    """Remove `options`/`children` when empty and only there as the default."""
    for name in ("options", "children"):
        fields = type(node).model_fields
        if name in fields and data.get(name) == [] and name not in node.model_fields_set:
            del data[name]


def tree_json_schema() -> dict[str, Any]:
    """The JSON Schema of a tree, for asking a language model for structured output."""
    return Tree.model_json_schema()


def _kind(value: object) -> str:
    """A plain name for the JSON kind of a value, for error messages."""
    if value is None:
        return "null"
    names = {bool: "true/false", int: "a number", float: "a number", str: "text", list: "a list"}
    return names.get(type(value), f"a {type(value).__name__}")


def _location(loc: tuple[int | str, ...]) -> str:
    """Turn a pydantic location like ('children', 2, 'type') into 'children[2].type'."""
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text or "(tree)"


def _describe_error(err: Any) -> str:
    """One plain sentence for one pydantic error, naming where it is."""
    kind = err["type"]
    ctx = err.get("ctx") or {}
    if kind == "missing":
        what = "is required"
    elif kind == "literal_error":
        allowed = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        what = "must be one of " + ", ".join(allowed)
    elif kind == "string_type":
        what = f"must be text, not {_kind(err.get('input'))}"
    elif kind in ("int_type", "int_parsing", "int_from_float"):
        what = f"must be a whole number, not {_kind(err.get('input'))}"
    elif kind == "list_type":
        what = f"must be a list, not {_kind(err.get('input'))}"
    elif kind in ("model_type", "dict_type", "model_attributes_type"):
        what = f"must be an object, not {_kind(err.get('input'))}"
    else:
        msg = str(err.get("msg", "is invalid"))
        what = msg[:1].lower() + msg[1:]
    return f"{_location(tuple(err.get('loc', ())))}: {what}"


# --- graph helpers -------------------------------------------------------------------------


def all_nodes(tree: Tree) -> list[Node]:
    """Every node in document order: the root, then each child (duplicates included)."""
    return [tree, *tree.children]


def count_nodes(tree: Tree) -> int:
    """How many nodes the tree holds, the root included."""
    return 1 + len(tree.children)


def node_index(tree: Tree) -> dict[str, Node]:
    """Nodes by id, root included; when an id repeats, the first occurrence wins."""
    index: dict[str, Node] = {}
    for node in all_nodes(tree):
        index.setdefault(node.id, node)
    return index


def successors(node: Node) -> list[tuple[Option | None, str]]:
    """Every reference a node makes: (option, target) per option, then (None, next_node_id).

    Empty or null targets are skipped (an unexplored branch leads nowhere yet).
    """
    found: list[tuple[Option | None, str]] = []
    for opt in node.options:
        if opt.next_node_id and _target(opt.next_node_id):
            found.append((opt, opt.next_node_id))
    if node.next_node_id and _target(node.next_node_id):
        found.append((None, node.next_node_id))
    return found


def walk(tree: Tree) -> list[Node]:
    """Nodes reachable from the root, breadth first, each once."""
    index = node_index(tree)
    seen = {tree.id}
    order: list[Node] = []
    queue: deque[Node] = deque([index[tree.id]])
    while queue:
        node = queue.popleft()
        order.append(node)
        for _, target in successors(node):
            if target in index and target not in seen:
                seen.add(target)
                queue.append(index[target])
    return order


def _target(ref: str | None) -> str | None:
    """A reference worth following: None for null, empty or blank ids."""
    return ref if ref and ref.strip() else None


# --- validation ----------------------------------------------------------------------------


def validate_tree(tree: Tree) -> list[Violation]:
    """Every violation of the structural rules, errors and notices, in a stable order.

    Order: by rule (as listed in `_CHECKS`), then by node in document order.
    """
    found: list[Violation] = []
    for check in _CHECKS:
        found.extend(check(tree))
    return found


def errors_of(violations: Iterable[Violation]) -> list[Violation]:
    """Only the violations that block a tree (severity 'error')."""
    return [v for v in violations if v.severity == "error"]


def check_tree(tree: Tree) -> None:
    """Raise InvalidTree listing every error if the tree breaks a structural rule."""
    errors = errors_of(validate_tree(tree))
    if not errors:
        return
    count = len(errors)
    noun = "problem" if count == 1 else "problems"
    shown = " ".join(v.message for v in errors[:5])
    more = f" ...and {count - 5} more." if count > 5 else ""
    raise InvalidTree(
        f"The tree has {count} {noun}: {shown}{more}", problems=[v.message for v in errors]
    )


def _error(node_id: str | None, rule: str, message: str) -> Violation:
    return Violation(node_id=node_id, rule=rule, message=message, severity="error")


def _check_root(tree: Tree) -> Iterator[Violation]:
    """The root must be a decision node."""
    if tree.type != "decision":
        yield _error(
            tree.id,
            "root_not_decision",
            f"The root node '{tree.id}' is a {tree.type} node; the root must be a decision.",
        )


def _check_duplicate_ids(tree: Tree) -> Iterator[Violation]:
    """Each node id may be used once; reported at the id's second occurrence."""
    counts = Counter(node.id for node in all_nodes(tree))
    reported: set[str] = set()
    seen: set[str] = set()
    for node in all_nodes(tree):
        if node.id in seen and node.id not in reported:
            reported.add(node.id)
            yield _error(
                node.id,
                "duplicate_id",
                f"Node id '{node.id}' is used by {counts[node.id]} nodes; "
                "each node needs its own id.",
            )
        seen.add(node.id)


def _check_duplicate_option_ids(tree: Tree) -> Iterator[Violation]:
    """Within one node, each option id may be used once."""
    for node in all_nodes(tree):
        counts = Counter(opt.id for opt in node.options)
        for opt_id, count in counts.items():
            if count > 1:
                yield _error(
                    node.id,
                    "duplicate_option_id",
                    f"Node '{node.id}' has {count} options with the id '{opt_id}'; "
                    "each option of a node needs its own id.",
                )


def _check_question(tree: Tree) -> Iterator[Violation]:
    """A decision node must ask something."""
    for node in all_nodes(tree):
        if node.type == "decision" and not (node.question or "").strip():
            yield _error(
                node.id,
                "missing_question",
                f"Decision node '{node.id}' has no question to ask.",
            )


MAX_TEXT = {"question": 2_000, "title": 500, "help_text": 10_000, "description": 10_000}
MAX_LABEL = 500
MAX_NODES = 20_000


def _check_text_length(tree: Tree) -> Iterator[Violation]:
    """Texts stay readable: a question is a sentence, not a document."""
    for node in all_nodes(tree):
        for name, limit in MAX_TEXT.items():
            value = getattr(node, name)
            if isinstance(value, str) and len(value) > limit:
                yield _error(
                    node.id,
                    "text_too_long",
                    f"The {name} of node '{node.id}' is {len(value):,} characters; "
                    f"the limit is {limit:,}.",
                )
        for option in node.options:
            if len(option.label) > MAX_LABEL:
                yield _error(
                    node.id,
                    "text_too_long",
                    f"Option '{option.id}' of node '{node.id}' has a label of "
                    f"{len(option.label):,} characters; the limit is {MAX_LABEL}.",
                )


def _check_size(tree: Tree) -> Iterator[Violation]:
    """A flow a person can review has at most a few thousand nodes."""
    if count_nodes(tree) > MAX_NODES:
        yield _error(
            None,
            "too_many_nodes",
            f"The tree has {count_nodes(tree):,} nodes; the limit is {MAX_NODES:,}.",
        )


def _check_option_count(tree: Tree) -> Iterator[Violation]:
    """A decision node has 2 to 5 options."""
    for node in all_nodes(tree):
        if node.type != "decision":
            continue
        count = len(node.options)
        noun = "option" if count == 1 else "options"
        if count < MIN_OPTIONS or count > MAX_OPTIONS:
            rule = "too_few_options" if count < MIN_OPTIONS else "too_many_options"
            yield _error(
                node.id,
                rule,
                f"Decision node '{node.id}' has {count} {noun}; "
                f"a decision needs {MIN_OPTIONS} to {MAX_OPTIONS}.",
            )


def _check_action_options(tree: Tree) -> Iterator[Violation]:
    """Action nodes continue through next_node_id, never through options."""
    for node in all_nodes(tree):
        if node.type == "action" and node.options:
            yield _error(
                node.id,
                "action_options",
                f"Action node '{node.id}' has options; an action continues through "
                "its next step only. Make it a decision node or remove the options.",
            )


def _check_solution_terminal(tree: Tree) -> Iterator[Violation]:
    """Solution nodes end a path: no options and no next step."""
    for node in all_nodes(tree):
        if node.type == "solution" and (node.options or node.next_node_id):
            yield _error(
                node.id,
                "solution_points_onward",
                f"Solution node '{node.id}' points onward; a solution must end the path "
                "(no options and no next step).",
            )


def _check_references(tree: Tree) -> Iterator[Violation]:
    """Every reference must name an existing node."""
    index = node_index(tree)
    for node in all_nodes(tree):
        for opt, target in successors(node):
            if target in index:
                continue
            where = f"option '{opt.id}' of '{node.id}'" if opt else f"the next step of '{node.id}'"
            yield _error(
                node.id,
                "missing_reference",
                f"Node '{target}' is referenced by {where} but does not exist.",
            )


def _check_cycles(tree: Tree) -> Iterator[Violation]:
    """No path may lead back to where it passed; each loop (group of nodes) reported once."""
    for loop in _find_loops(tree):
        if len(loop) == 1:
            message = f"Node '{loop[0]}' leads back to itself, so a session could loop forever."
        else:
            names = ", ".join(f"'{nid}'" for nid in loop)
            message = (
                f"Nodes {names} lead back to each other in a loop, "
                "so a session could go round forever."
            )
        yield _error(loop[0], "cycle", message)


def _find_loops(tree: Tree) -> list[list[str]]:
    """Groups of nodes on a loop (strongly connected components), each in document order."""
    index = node_index(tree)
    order = {node_id: position for position, node_id in enumerate(index)}
    graph = {node_id: _targets(node, index) for node_id, node in index.items()}
    loops = [
        sorted(group, key=order.__getitem__)
        for group in _strong_components(graph)
        if len(group) > 1 or group[0] in graph[group[0]]
    ]
    return sorted(loops, key=lambda loop: order[loop[0]])


def _strong_components(graph: dict[str, list[str]]) -> list[list[str]]:
    """Tarjan's algorithm without recursion, so 10,000-node chains are fine."""
    number: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []
    for start in graph:
        if start in number:
            continue
        work = [(start, iter(graph[start]))]
        _visit(start, number, low, stack, on_stack)
        while work:
            node, pending = work[-1]
            target = next(pending, None)
            if target is None:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == number[node]:
                    groups.append(_pop_group(node, stack, on_stack))
            elif target not in number:
                _visit(target, number, low, stack, on_stack)
                work.append((target, iter(graph[target])))
            elif target in on_stack:
                low[node] = min(low[node], number[target])
    return groups


def _visit(
    node: str, number: dict[str, int], low: dict[str, int], stack: list[str], on_stack: set[str]
) -> None:
    """Number a newly reached node and push it on Tarjan's stack."""
    number[node] = low[node] = len(number)
    stack.append(node)
    on_stack.add(node)


def _pop_group(node: str, stack: list[str], on_stack: set[str]) -> list[str]:
    """Pop one strongly connected component, ending at `node`, off Tarjan's stack."""
    group: list[str] = []
    while True:
        member = stack.pop()
        on_stack.discard(member)
        group.append(member)
        if member == node:
            return group


def _targets(node: Node, index: dict[str, Node]) -> list[str]:
    """Ids of existing nodes a node leads to, in order."""
    return [target for _, target in successors(node) if target in index]


def _check_reachable(tree: Tree) -> Iterator[Violation]:
    """Every node must be reachable from the root."""
    reached = {node.id for node in walk(tree)}
    for node_id in node_index(tree):
        if node_id not in reached:
            yield _error(
                node_id,
                "unreachable",
                f"Node '{node_id}' cannot be reached from the root '{tree.id}'; "
                "no option or next step leads to it.",
            )


def _check_unexplored(tree: Tree) -> Iterator[Violation]:
    """Options of decision nodes that lead nowhere yet (allowed, but worth knowing)."""
    for node in all_nodes(tree):
        if node.type != "decision":
            continue
        for opt in node.options:
            if not _target(opt.next_node_id):
                yield Violation(
                    node_id=node.id,
                    rule="unexplored_branch",
                    message=f"Option '{opt.label}' ({opt.id}) of node '{node.id}' "
                    "leads nowhere yet: an unexplored branch.",
                    severity="notice",
                )


_CHECKS = (
    _check_root,
    _check_duplicate_ids,
    _check_duplicate_option_ids,
    _check_references,
    _check_cycles,
    _check_reachable,
    _check_question,
    _check_option_count,
    _check_action_options,
    _check_solution_terminal,
    _check_text_length,
    _check_size,
    _check_unexplored,
)


# --- outline -------------------------------------------------------------------------------


def outline(tree: Tree, *, detail: Collection[str] | None = None) -> str:
    """A complete one-line-per-node text outline of the tree, for people and language models.

    Every node gets a line. With `detail`, only those nodes carry their texts; the others
    keep their structure (type, short option labels, targets), which keeps a large flow's
    outline small without dropping any node.
    """
    return "\n".join(
        _outline_line(node, full=detail is None or node.id in detail) for node in all_nodes(tree)
    )


def _outline_line(node: Node, *, full: bool = True) -> str:
    """One node as `id [type] text | option -> target ... -> next`, or in structure only as
    `id d> target, target` (d, a, s: decision, action, solution; ~ for unexplored)."""
    if not full:
        return _structure_line(node)
    parts = [f"{node.id} [{node.type}]"]
    text = _node_text(node)
    if text:
        parts.append(f" {text}")
    for opt in node.options:
        target = _target(opt.next_node_id) or "(unexplored)"
        parts.append(f" | {_squash(opt.label)} -> {target}")
    if _target(node.next_node_id):
        parts.append(f" -> {node.next_node_id}")
    return "".join(parts)


def _structure_line(node: Node) -> str:
    targets = [_target(o.next_node_id) or "~" for o in node.options]
    if _target(node.next_node_id):
        targets.append(str(node.next_node_id))
    head = f"{node.id} {node.type[0]}"
    return f"{head}> {', '.join(targets)}" if targets else head


def _node_text(node: Node) -> str:
    """The text that says what a node is: its question, or title and description."""
    if node.type == "decision":
        fields = [node.question or node.title]
    else:
        fields = [node.title, node.description] if node.title else [node.description]
    return ": ".join(_squash(f) for f in fields if f and f.strip())


def _squash(text: str) -> str:
    """Collapse all whitespace (newlines included) into single spaces."""
    return " ".join(text.split())
