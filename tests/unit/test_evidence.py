"""A new flow's tree grown by its evidence: re-mined from every session's path it keeps, or
merged into as it stands once it keeps none."""

from __future__ import annotations

from typing import Any

from flywheel import evidence
from flywheel.mining import mark_support, remine
from flywheel.trees import Tree, parse_tree, tree_to_dict
from tests.unit.test_matching import LINK, PHONE, chain

SHORT = chain(LINK, answers=("No",), fix="Re-registered the app")
NEW_PHONE = chain(PHONE, LINK, answers=("Yes", "No"), fix="Re-registered the app")
ALERTS = chain(PHONE, LINK, answers=("Yes", "Yes"), fix="Turned on alerts")


def _merged(tree: Tree) -> Tree:
    """What the proposal would have merged instead: marks it, so the test sees it was used."""
    return tree.model_copy(update={"question": "merged as it stood"})


def test_the_tree_is_re_mined_from_every_path_kept_each_session_once() -> None:
    data = evidence.drafted_tree(SHORT, 1)
    evidence.grow_tree(data, [evidence.session_path(2, ALERTS)], _merged)
    evidence.grow_tree(data, [evidence.session_path(1, NEW_PHONE)], _merged)  # analysed again
    kept = data[evidence.SESSION_PATHS]
    assert [entry["sessions"] for entry in kept] == [[1], [2]]
    assert parse_tree(kept[0]["tree"]) == NEW_PHONE, "the latest path of session 1"
    assert data["tree_structure"] == tree_to_dict(remine([NEW_PHONE, ALERTS]))


def test_past_the_paths_it_keeps_or_without_them_the_tree_is_merged_into() -> None:
    full: dict[str, Any] = evidence.drafted_tree(SHORT, 0)
    full[evidence.SESSION_PATHS] *= evidence.MAX_PATHS  # 80 of session 0's path
    full[evidence.SESSION_PATHS] = [
        entry | {"sessions": [n]} for n, entry in enumerate(full[evidence.SESSION_PATHS])
    ]
    evidence.grow_tree(full, [evidence.session_path(80, ALERTS)], _merged)
    assert evidence.SESSION_PATHS not in full
    assert full["tree_structure"]["question"] == "merged as it stood"
    legacy = {"tree_structure": tree_to_dict(SHORT)}
    evidence.grow_tree(legacy, [evidence.session_path(2, ALERTS)], _merged)
    assert legacy == {"tree_structure": tree_to_dict(_merged(SHORT))}
    unknown = evidence.drafted_tree(SHORT, 1)
    evidence.grow_tree(unknown, None, _merged)  # a fold of a proposal that kept none
    assert unknown == {"tree_structure": tree_to_dict(_merged(mark_support(SHORT)))}
