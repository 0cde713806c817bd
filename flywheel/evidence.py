"""A pending proposal's evidence, and how a proposal is closed.

Sessions that support a proposal are listed on it, counted, and raise its confidence a
step each time evidence is added; a proposal absorbing another (a reviewer merging two, or
the analyzer folding two that turn out to be one problem) takes the other's sessions,
keywords and, for trees, its paths. A new flow's tree is re-mined from every path its
sessions added each time one is added, while it keeps them (`grow_tree`). An enhancement
told again grows its branch (`grow_branch`): the new branch becomes the union of the
sessions' branches. Closing a proposal (approved, rejected, merged) records who did it
and why, with an audit event.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any, TypeGuard

from sqlalchemy.orm import Session

from flywheel.branches import Told, grow
from flywheel.mining import mark_support, merge_path, remine
from flywheel.models import AuditEvent, Proposal
from flywheel.trees import Tree, parse_tree, tree_to_dict

MERGE_CONFIDENCE_STEP = 0.1  # confidence a proposal gains each time evidence is added
EDITED_TREE = "tree_edited"  # data key: a reviewer edited the proposal's tree
SESSION_PATHS = "session_paths"  # data key: the evidence its tree is re-mined from (`grow_tree`)
MAX_PATHS = 80  # session paths a proposal keeps to re-mine its tree from; past them, it merges


def drafted_tree(tree: Tree, session_id: int) -> dict[str, Any]:
    """A new proposal's tree data: the drafted tree, all of it one session's, and that
    session's path kept to re-mine the tree from."""
    kept = [session_path(session_id, tree)]
    return {"tree_structure": tree_to_dict(mark_support(tree)), SESSION_PATHS: kept}


def session_path(session_id: int, tree: Tree) -> dict[str, Any]:
    """A session's path as a proposal keeps it."""
    return {"sessions": [session_id], "tree": tree_to_dict(tree)}


def grow_tree(
    data: dict[str, Any], added: list[dict[str, Any]] | None, merge: Callable[[Tree], Tree]
) -> None:
    """Grow the tree in a new flow's `data` by `added` evidence: sessions' paths
    (`session_path`), or a proposal judged the same problem (its sessions, its tree and
    `same_problem`). While the proposal keeps its evidence, the tree is re-mined from all
    of it (`mining.remine`), so its shape does not hang on the order sessions came in; a
    session's path is kept once, its latest. Otherwise (a reviewer edited the tree, what
    is added is not known (None), or it would keep more than MAX_PATHS paths) the tree as
    it stands is grown by `merge`, and no evidence is kept from then on."""
    kept = data.get(SESSION_PATHS)
    every = _by_session([*kept, *added]) if kept and added and _evidence(kept) else []
    if every and sum(not e.get("same_problem") for e in every) <= MAX_PATHS:
        paths = [parse_tree(e["tree"]) for e in every if not e.get("same_problem")]
        alike = [parse_tree(e["tree"]) for e in every if e.get("same_problem")]
        data[SESSION_PATHS] = every
        data["tree_structure"] = tree_to_dict(remine(paths, alike))
        return
    data.pop(SESSION_PATHS, None)
    data["tree_structure"] = tree_to_dict(merge(parse_tree(data["tree_structure"])))


def _evidence(kept: object) -> TypeGuard[list[dict[str, Any]]]:
    """Whether `kept` is evidence as a proposal keeps it (each entry sessions and a tree)."""
    return isinstance(kept, list) and all(
        isinstance(e, dict)
        and isinstance(e.get("tree"), dict)
        and isinstance(e.get("sessions"), list)
        for e in kept
    )


def _by_session(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The entries, a session's own path once (the latest, where the first was)."""
    found: dict[object, dict[str, Any]] = {}
    for n, entry in enumerate(entries):
        own = not entry.get("same_problem") and len(entry["sessions"]) == 1
        found[entry["sessions"][0] if own else ("entry", n)] = entry
    return list(found.values())


def add_sessions(proposal: Proposal, session_ids: list[int]) -> None:
    """List the sessions on the proposal (each once, in order), count them, and raise its
    confidence a step (new list objects, so the change is seen)."""
    ids = list(dict.fromkeys([*proposal.supporting_session_ids, *session_ids]))
    proposal.supporting_session_ids = ids
    proposal.supporting_session_count = len(ids)
    proposal.confidence_score = min(1.0, (proposal.confidence_score or 0.5) + MERGE_CONFIDENCE_STEP)


def absorb(
    keep: Proposal,
    other: Proposal,
    *,
    base: tuple[Tree, int] | None = None,
    reviewed: bool = False,
) -> None:
    """`other`'s sessions, keywords and tree paths added to `keep` (`other` is unchanged):
    `reviewed`, a reviewer's merge, else the analyzer's fold (`_evidence_of`). Two
    enhancements drafted on `base` (the flow's tree and version) merge their branches
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
        grow_tree(
            data,
            _evidence_of(other, reviewed=reviewed),
            lambda tree: merge_path(tree, parse_tree(theirs["tree_structure"]), same_problem=True),
        )
    keywords = [*data.get("match_keywords", []), *theirs.get("match_keywords", [])]
    if keywords:
        data["match_keywords"] = list(dict.fromkeys(keywords))
    keep.proposed_flow_data = data


def _evidence_of(other: Proposal, *, reviewed: bool) -> list[dict[str, Any]] | None:
    """What a proposal absorbed adds to the kept one's evidence. A reviewer judged the two
    one problem: its tree, merged in as such, so none of its branches is lost however
    little of it the kept tree's words explain. The analyzer's fold: the paths its
    sessions added, re-mined with the kept proposal's own as if they had joined it (None
    when it kept none, and the kept tree merges its tree instead)."""
    data = other.proposed_flow_data
    if reviewed:
        alike = {"sessions": other.supporting_session_ids, "tree": data["tree_structure"]}
        return [alike | {"same_problem": True}]
    kept = data.get(SESSION_PATHS)
    return kept if kept and _evidence(kept) else None


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
