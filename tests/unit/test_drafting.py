"""Checking drafts and applying enhancements to a flow in memory."""

from __future__ import annotations

from typing import Any

import pytest

from flywheel.drafting import apply_enhancement, check_enhancement_draft, check_flow_draft
from flywheel.errors import InvalidTree
from flywheel.llm.base import EnhancementDraft
from flywheel.trees import errors_of, node_index, parse_tree, validate_tree
from tests import factories as f


def _branch(attach: str, label: str = "Kiosk PC", **extra: Any) -> dict[str, Any]:
    return {"title": "Enhancement: kiosk", "new_nodes": [
        {"id": "k1", "type": "solution", "title": "Rebuild the kiosk profile",
         "attach_after_node_id": attach, "new_option_label": label, **extra}]}


def test_flow_draft_problems_are_listed_not_raised() -> None:
    assert check_flow_draft("not json")[1] == ["the answer must be a JSON object, not str"]
    draft, problems = check_flow_draft({"title": "x", "tree_structure": {"id": "root"}})
    assert draft is None and any("type" in p for p in problems)


def test_enhancement_attaches_a_new_option_and_leaves_the_flow_alone() -> None:
    flow = parse_tree(f.tree())
    draft = EnhancementDraft.model_validate(_branch("root"))
    applied = apply_enhancement(flow, draft)
    assert [o.label for o in applied.options] == ["Yes", "No", "Kiosk PC"]
    assert len(flow.options) == 2, "the original tree is not changed"
    assert errors_of(validate_tree(applied)) == []


def test_a_full_decision_moves_its_last_option_behind_more_cases() -> None:
    data = f.tree()
    data["options"] = [{"id": f"o{i}", "label": f"Case {i}",
                        "next_node_id": "unlock" if i == 0 else "reset"} for i in range(5)]
    applied = apply_enhancement(parse_tree(data), EnhancementDraft.model_validate(_branch("root")))
    assert len(applied.options) == 5
    more = node_index(applied)[applied.options[-1].next_node_id or ""]
    assert [o.label for o in more.options] == ["Case 4", "Kiosk PC"]
    assert errors_of(validate_tree(applied)) == []


@pytest.mark.parametrize(("attach", "message"), [
    ("ghost", "not in the flow"),
    ("done", "must stay terminal"),
])
def test_impossible_attachments_are_named(attach: str, message: str) -> None:
    with pytest.raises(InvalidTree) as caught:
        apply_enhancement(parse_tree(f.tree()), EnhancementDraft.model_validate(_branch(attach)))
    assert any(message in p for p in caught.value.problems)


def test_enhancement_that_adds_nothing_is_refused() -> None:
    draft, tree, problems = check_enhancement_draft({"title": "nothing"}, parse_tree(f.tree()))
    assert (draft, tree) == (None, None) and "adds nothing" in problems[0]
