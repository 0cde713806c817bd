"""A pending proposal's evidence, and how a proposal is closed.

Sessions that support a proposal are listed on it, counted, and raise its confidence a
step each time evidence is added; a proposal absorbing another (a reviewer merging two, or
the analyzer folding two that turn out to be one problem) takes the other's sessions,
keywords and, for trees, its paths. An enhancement told again grows its branch
(`grow_branch`): the new branch becomes the union of the sessions' branches. Closing a
proposal (approved, rejected, merged) records who did it and why, with an audit event.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from flywheel.branches import Told, grow
from flywheel.mining import merge_path
from flywheel.models import AuditEvent, Proposal
from flywheel.trees import Tree, parse_tree, tree_to_dict

MERGE_CONFIDENCE_STEP = 0.1  # confidence a proposal gains each time evidence is added
EDITED_TREE = "tree_edited"  # data key: a reviewer edited the proposal's tree


def add_sessions(proposal: Proposal, session_ids: list[int]) -> None:
    """List the sessions on the proposal (each once, in order), count them, and raise its
    confidence a step (new list objects, so the change is seen)."""
    ids = list(dict.fromkeys([*proposal.supporting_session_ids, *session_ids]))
    proposal.supporting_session_ids = ids
    proposal.supporting_session_count = len(ids)
    proposal.confidence_score = min(1.0, (proposal.confidence_score or 0.5) + MERGE_CONFIDENCE_STEP)


def absorb(keep: Proposal, other: Proposal, *, base: tuple[Tree, int] | None = None) -> None:
    """`other`'s sessions, keywords and tree paths added to `keep` (`other` is unchanged).
    Two enhancements drafted on `base` (the flow's tree and version) merge their branches
    (`grow_branch`), so the draft approval re-applies holds both."""
    add_sessions(keep, other.supporting_session_ids)
    theirs = other.proposed_flow_data
    told = Told.of(theirs) if base is not None else None
    branched = told is not None and base is not None and grow_branch(keep, *base, told)
    data = dict(keep.proposed_flow_data)
    if (
        not branched
        and isinstance(data.get("tree_structure"), dict)
        and isinstance(theirs.get("tree_structure"), dict)
    ):
        merged = merge_path(
            parse_tree(data["tree_structure"]),
            parse_tree(theirs["tree_structure"]),
            same_problem=True,
        )
        data["tree_structure"] = tree_to_dict(merged)
    keywords = [*data.get("match_keywords", []), *theirs.get("match_keywords", [])]
    if keywords:
        data["match_keywords"] = list(dict.fromkeys(keywords))
    keep.proposed_flow_data = data


def grow_branch(proposal: Proposal, flow: Tree, version: int, told: Told) -> bool:
    """Grow a pending enhancement's branch by another telling of it, drafted on `flow` at
    `version`. The draft, the diff and the tree change together (new objects, so the
    change is seen). False, and nothing changed, when the proposal was drafted on another
    version of the flow or a reviewer edited its tree: merging would mix two flows, or undo
    the edits."""
    data = dict(proposal.proposed_flow_data)
    ours = Told.of(data)
    if data.get(EDITED_TREE) or data.get("base_version") != version or ours is None:
        return False
    grown = grow(flow, ours.tree, told)
    nodes = [node.model_dump(mode="json", exclude_none=True) for node in grown.new_nodes]
    options = [m.model_dump(mode="json", exclude_none=True) for m in grown.modified_options]
    data.update(new_nodes=nodes, modified_options=options, tree_structure=tree_to_dict(grown.tree))
    proposal.proposed_flow_data = data
    diff = dict(proposal.proposed_diff or {})
    proposal.proposed_diff = diff | {"new_nodes": nodes, "modified_options": options}
    return True


def close(
    db: Session,
    proposal: Proposal,
    *,
    status: str,
    reviewer: str,
    note: str | None,
    now: datetime,
    details: dict[str, Any],
) -> None:
    """Give the proposal its final `status`, by whom and why, with an audit event."""
    proposal.status = status
    proposal.reviewer = reviewer
    proposal.reviewed_at = now
    proposal.review_note = note
    proposal.updated_by = reviewer
    db.add(
        AuditEvent(
            account_id=proposal.account_id,
            actor=reviewer,
            action=f"proposal.{status}",
            entity_type="proposal",
            entity_id=proposal.id,
            details={"note": note, **details},
        )
    )
    db.flush()
