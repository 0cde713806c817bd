"""Growing an enhancement's branch by another session's telling of it."""

from __future__ import annotations

from typing import Any

from flywheel.branches import Told, additions, grow, starts_alike
from flywheel.drafting import apply_enhancement
from flywheel.llm.base import EnhancementDraft
from flywheel.trees import Tree, errors_of, node_index, parse_tree, validate_tree
from tests import factories as f

FLOW = parse_tree(f.vpn_tree_data())  # root's "Something else" (id "other") is unexplored


def told(
    prefix: str, first: str, *nodes: dict[str, Any], flow: Tree = FLOW, entry: str = "other"
) -> Told:
    """`flow` with a branch on its root's option `entry` (added, labelled so, when the root
    has no such option): an action `first` then `nodes` in order (ids `<prefix>0`,
    `<prefix>1`...; an option's `next` names a node by position, or a flow node by id)."""
    ids = [f"{prefix}{n}" for n in range(len(nodes) + 1)]
    chain: list[dict[str, Any]] = [
        {"id": ids[0], "type": "action", "title": first, "next_node_id": ids[1]}
    ]
    for node_id, node in zip(ids[1:], nodes, strict=True):
        options = [
            {"id": f"{node_id}-{o['label']}", "label": o["label"], "next_node_id": _to(o, ids)}
            for o in node.get("options", [])
        ]
        chain.append({**node, "id": node_id, "options": options})
    label = next((o.label for o in flow.options if o.id == entry), entry)
    way_in = {"id": entry, "label": label, "next_node_id": ids[0]}
    draft = EnhancementDraft.model_validate(
        {
            "title": "branch",
            "new_nodes": chain,
            "modified_options": [{"node_id": "root", "add_option": way_in}],
        }
    )
    return Told(apply_enhancement(flow, draft), frozenset(ids))


def _to(option: dict[str, Any], ids: list[str]) -> str | None:
    target = option.get("next")
    return ids[target] if isinstance(target, int) else target


def winsock(
    prefix: str, *, yes: Any = None, no: Any = None, ending: str = "", **where: Any
) -> Told:
    """Reset Winsock, ask whether the VPN connects: each answer leads on to `yes` / `no`
    (2: the solution `ending`; a flow node's id; None: nowhere yet)."""
    question = {
        "type": "decision",
        "question": "Does the VPN connect now?",
        "options": [{"label": "Yes", "next": yes}, {"label": "No", "next": no}],
    }
    ends = [{"type": "solution", "title": ending}] if ending else []
    return told(prefix, "Reset the Winsock catalogue", question, *ends, **where)


def test_a_second_telling_adds_its_way_on_below_the_shared_question() -> None:
    proposed = winsock("a", yes=2, ending="Winsock reset fixed it")
    second = winsock("b", no=2, ending="Reinstalled the client")
    grown = grow(FLOW, proposed.tree, second)
    assert not errors_of(validate_tree(grown.tree))
    index = node_index(grown.tree)
    question = next(n for n in index.values() if n.question == "Does the VPN connect now?")
    ways = {o.label: index[o.next_node_id or ""].title for o in question.options}
    assert ways == {"Yes": "Winsock reset fixed it", "No": "Reinstalled the client"}
    assert len(grown.new_nodes) == 4  # reset, question, both endings
    assert [(m.node_id, m.add_option.id) for m in grown.modified_options] == [("root", "other")]
    assert proposed.new_ids < {n.id for n in grown.new_nodes}


def test_a_telling_that_comes_back_to_the_flow_leads_back_there_without_a_copy() -> None:
    proposed = winsock("a", yes=2, ending="Winsock reset fixed it")
    second = winsock("b", no="reinstall")
    grown = grow(FLOW, proposed.tree, second)
    index = node_index(grown.tree)
    question = next(n for n in index.values() if n.question == "Does the VPN connect now?")
    assert {o.label: o.next_node_id for o in question.options}["No"] == "reinstall"
    assert sum(node.title == "Reinstall the VPN client" for node in grown.tree.children) == 1


def test_the_same_first_node_starts_alike_and_another_does_not() -> None:
    proposed = winsock("a", yes=2, ending="Winsock reset fixed it")
    second = winsock("b", no=2, ending="Reinstalled the client")
    other = told("c", "Update the network driver", {"type": "solution", "title": "Done"})
    assert starts_alike(proposed, second)
    assert not starts_alike(proposed, other)


def test_additions_leave_out_changes_to_the_flows_own_nodes() -> None:
    proposed = winsock("a", yes=2, ending="Winsock reset fixed it").tree
    proposed.question = "Which error do you see?"  # a merge's wording, not the branch
    node_index(proposed)["ports"].options[0].label = "Open"
    found = additions(FLOW, proposed)
    assert {n["title"] if "title" in n else n["question"] for n in found["new_nodes"]} == {
        "Reset the Winsock catalogue",
        "Does the VPN connect now?",
        "Winsock reset fixed it",
    }
    assert [(m["node_id"], m["add_option"]["id"]) for m in found["modified_options"]] == [
        ("root", "other")
    ]


def test_a_branch_on_a_full_question_keeps_one_more_cases_node_however_often_it_grows() -> None:
    data = f.vpn_tree_data()
    ways = ["ports", "ras", "reinstall", "openports", "reinstall"]
    data["options"] = [
        {"id": f"e{n}", "label": f"Error {n}", "next_node_id": way} for n, way in enumerate(ways)
    ]
    full = parse_tree(data)
    where = {"flow": full, "entry": "Error 691"}
    proposed = winsock("a", yes=2, ending="Winsock reset fixed it", **where)
    second = winsock("b", no=2, ending="Reinstalled the client", **where)
    third = winsock("c", no=2, ending="Reinstalled the client", **where)
    grown = grow(full, grow(full, proposed.tree, second).tree, third)
    assert not errors_of(validate_tree(grown.tree))
    mores = [n for n in node_index(grown.tree).values() if n.title == "More cases"]
    assert len(mores) == 1 and [o.label for o in mores[0].options] == ["Error 4", "Error 691"]
    assert [m.add_option.label for m in grown.modified_options] == ["Error 691"]
    assert all(n.title != "More cases" for n in grown.new_nodes)
