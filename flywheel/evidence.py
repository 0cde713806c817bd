"""A pending proposal's evidence, and how a proposal is closed.

Sessions that support a proposal are listed on it, counted, and raise its confidence a
step each time evidence is added; a proposal absorbing another (a reviewer merging two, or
the analyzer folding two that turn out to be one problem) takes the other's sessions,
keywords and, for trees, its paths. Closing a proposal (approved, rejected, merged) records
who did it and why, with an audit event.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from flywheel.mining import merge_path
from flywheel.models import AuditEvent, Proposal
from flywheel.trees import parse_tree, tree_to_dict

MERGE_CONFIDENCE_STEP = 0.1  # confidence a proposal gains each time evidence is added


def add_sessions(proposal: Proposal, session_ids: list[int]) -> None:
    """List the sessions on the proposal (each once, in order), count them, and raise its
    confidence a step (new list objects, so the change is seen)."""
    ids = list(dict.fromkeys([*proposal.supporting_session_ids, *session_ids]))
    proposal.supporting_session_ids = ids
    proposal.supporting_session_count = len(ids)
    proposal.confidence_score = min(1.0, (proposal.confidence_score or 0.5) + MERGE_CONFIDENCE_STEP)


def absorb(keep: Proposal, other: Proposal) -> None:
    """`other`'s sessions, keywords and tree paths added to `keep` (`other` is unchanged)."""
    add_sessions(keep, other.supporting_session_ids)
    data = dict(keep.proposed_flow_data)
    theirs = other.proposed_flow_data
    if isinstance(data.get("tree_structure"), dict) and isinstance(
        theirs.get("tree_structure"), dict
    ):
        merged = merge_path(
            parse_tree(data["tree_structure"]), parse_tree(theirs["tree_structure"])
        )
        data["tree_structure"] = tree_to_dict(merged)
    keywords = [*data.get("match_keywords", []), *theirs.get("match_keywords", [])]
    if keywords:
        data["match_keywords"] = list(dict.fromkeys(keywords))
    keep.proposed_flow_data = data


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
