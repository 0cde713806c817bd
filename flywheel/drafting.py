"""Checking what a provider drafted: schema first, then the tree rules; never trusted as is."""

from __future__ import annotations

from collections.abc import Container

from pydantic import ValidationError

from flywheel.errors import InvalidTree
from flywheel.llm.base import EnhancementDraft, FlowDraft, NewNode
from flywheel.trees import Node, Option, Tree, errors_of, node_index, parse_tree, tree_to_dict
from flywheel.trees import validate_tree as _validate

MAX_PROBLEMS = 20
MAX_OPTIONS = 5
MORE_CASES = "More cases"  # the title of the node a full decision's extra options move to


def _schema_problems(error: ValidationError) -> list[str]:
    lines = []
    for item in error.errors()[:MAX_PROBLEMS]:
        where = ".".join(str(part) for part in item["loc"]) or "(answer)"
        lines.append(f"{where}: {item['msg']}")
    return lines


def _tree_problems(tree: Tree) -> list[str]:
    return [v.message for v in errors_of(_validate(tree))][:MAX_PROBLEMS]


def check_flow_draft(payload: object) -> tuple[FlowDraft | None, list[str]]:
    """The draft when it fits the schema and its tree is valid; otherwise every problem found."""
    if not isinstance(payload, dict):
        return None, [f"the answer must be a JSON object, not {type(payload).__name__}"]
    try:
        draft = FlowDraft.model_validate(payload)
    except ValidationError as exc:
        return None, _schema_problems(exc)
    problems = _tree_problems(draft.tree_structure)
    return (None, problems) if problems else (draft, [])


def check_enhancement_draft(
    payload: object, flow_tree: Tree
) -> tuple[EnhancementDraft | None, Tree | None, list[str]]:
    """The draft and the flow with it applied, when both are valid; otherwise the problems."""
    if not isinstance(payload, dict):
        return None, None, [f"the answer must be a JSON object, not {type(payload).__name__}"]
    try:
        draft = EnhancementDraft.model_validate(payload)
    except ValidationError as exc:
        return None, None, _schema_problems(exc)
    if not draft.new_nodes and not draft.modified_options:
        return None, None, ["the answer adds nothing: no new_nodes and no modified_options"]
    try:
        applied = apply_enhancement(flow_tree, draft)
    except InvalidTree as exc:
        return None, None, exc.problems or [exc.message]
    problems = _tree_problems(applied)
    return (None, None, problems) if problems else (draft, applied, [])


def apply_enhancement(tree: Tree, draft: EnhancementDraft) -> Tree:
    """A new tree: `tree` with the draft's nodes added and attached; `tree` is not changed."""
    result = parse_tree(tree_to_dict(tree))
    index = node_index(result)
    problems: list[str] = []
    for new in draft.new_nodes:
        if new.id in index:
            problems.append(f"new node id {new.id!r} already exists in the flow")
            continue
        node = Node.model_validate(
            new.model_dump(exclude={"attach_after_node_id", "new_option_label"})
        )
        result.children.append(node)
        index[node.id] = node
    for new in draft.new_nodes:
        problems.extend(_attach(result, index, new))
    for change in draft.modified_options:
        problems.extend(_add_option(result, index, change.node_id, change.add_option))
    if problems:
        raise InvalidTree("The enhancement cannot be applied to the flow.", problems)
    return result


def rekeyed(draft: EnhancementDraft, tree: Tree) -> EnhancementDraft:
    """The draft with its new nodes renamed where their ids are taken in `tree`, and every
    reference among them (and in its added options) following: for re-applying a draft to
    a newer version of the flow, which another approved branch may have given those ids."""
    index = node_index(tree)
    renamed: dict[str, str] = {}
    for new in draft.new_nodes:
        if new.id in index or new.id in renamed.values():
            renamed[new.id] = _fresh_id(new.id, index.keys() | set(renamed.values()))
    if not renamed:
        return draft
    data = draft.model_dump(mode="json")
    for node in data["new_nodes"]:
        node["id"] = renamed.get(node["id"], node["id"])
        node["next_node_id"] = renamed.get(node["next_node_id"], node["next_node_id"])
        for option in node.get("options") or []:
            option["next_node_id"] = renamed.get(option["next_node_id"], option["next_node_id"])
    for change in data["modified_options"]:
        option = change["add_option"]
        option["next_node_id"] = renamed.get(option["next_node_id"], option["next_node_id"])
    return EnhancementDraft.model_validate(data)


def _attach(tree: Tree, index: dict[str, Node], new: NewNode) -> list[str]:
    if new.attach_after_node_id is None:
        return []
    parent = index.get(new.attach_after_node_id)
    if parent is None:
        return [
            f"node {new.id!r} attaches after {new.attach_after_node_id!r}, which is not in the flow"
        ]
    if parent.type == "action":
        if parent.next_node_id:
            return [f"action {parent.id!r} already continues to {parent.next_node_id!r}"]
        parent.next_node_id = new.id
        return []
    if parent.type == "solution":
        return [f"node {new.id!r} attaches after solution {parent.id!r}, which must stay terminal"]
    if any(o.next_node_id == new.id for o in parent.options):
        return []
    label = new.new_option_label or new.title or new.question or new.id
    return _add_option(
        tree, index, parent.id, Option(id=f"opt-{new.id}", label=label, next_node_id=new.id)
    )


def _add_option(tree: Tree, index: dict[str, Node], node_id: str, option: Option) -> list[str]:
    node = index.get(node_id)
    if node is None:
        return [f"an option is added to {node_id!r}, which is not in the flow"]
    existing = next((o for o in node.options if o.id == option.id), None)
    if existing is not None:
        if existing.next_node_id in (None, option.next_node_id):
            existing.next_node_id = option.next_node_id
            return []
        return [f"option {option.id!r} of {node_id!r} already leads to {existing.next_node_id!r}"]
    if any(o.next_node_id == option.next_node_id and option.next_node_id for o in node.options):
        return []
    if len(node.options) >= MAX_OPTIONS:
        _fold_into_more(tree, index, node, option)
    else:
        node.options.append(option)
    return []


def _fold_into_more(tree: Tree, index: dict[str, Node], node: Node, option: Option) -> None:
    """A full decision keeps five options: its last one and the new one move one level down,
    behind an "Other cases" option, so no branch is lost and the reviewer can rearrange."""
    more_id = _fresh_id(f"{node.id}-more", index)
    last = node.options[-1]
    question = node.question or node.title or node.id
    more = Node(
        id=more_id,
        type="decision",
        title=MORE_CASES,
        question=f"{question} (more cases)",
        options=[last, option],
    )
    node.options[-1] = Option(
        id=_fresh_option_id(node, f"{last.id}-more"),
        label=f"Other: {last.label} / {option.label}"[:120],
        next_node_id=more_id,
    )
    tree.children.append(more)
    index[more_id] = more


def _fresh_id(wanted: str, taken: Container[str]) -> str:
    candidate, n = wanted, 2
    while candidate in taken:
        candidate, n = f"{wanted}-{n}", n + 1
    return candidate


def _fresh_option_id(node: Node, wanted: str) -> str:
    taken = {o.id for o in node.options}
    candidate, n = wanted, 2
    while candidate in taken:
        candidate, n = f"{wanted}-{n}", n + 1
    return candidate
