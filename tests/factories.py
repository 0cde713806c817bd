"""Small builders of interchange records for tests: valid by default, overridable per field."""

from __future__ import annotations

from typing import Any


def tree(*, question: str = "Is the account locked?") -> dict[str, Any]:
    """A small valid tree: one decision, an action, two solutions."""
    return {
        "id": "root",
        "type": "decision",
        "question": question,
        "options": [
            {"id": "yes", "label": "Yes", "next_node_id": "unlock"},
            {"id": "no", "label": "No", "next_node_id": "reset"},
        ],
        "children": [
            {
                "id": "unlock",
                "type": "action",
                "title": "Unlock the account",
                "description": "Unlock it in AD",
                "next_node_id": "done",
            },
            {"id": "done", "type": "solution", "title": "Unlocked"},
            {"id": "reset", "type": "solution", "title": "Reset the password"},
        ],
    }


def flow(flow_id: str = "ad-lockout", **fields: Any) -> dict[str, Any]:
    return {
        "id": flow_id,
        "name": "AD account lockout",
        "problem_domain": "active_directory",
        "match_keywords": ["lockout", "ad"],
        "tree_structure": tree(),
    } | fields


def step(order: int, **fields: Any) -> dict[str, Any]:
    return {
        "step_order": order,
        "step_type": "question",
        "content": {"text": "Is the account locked?", "type": "question"},
        "options_presented": [{"value": "yes", "label": "Yes"}, {"value": "no", "label": "No"}],
        "selected_option": "yes",
    } | fields


def session(session_id: str = "T-1", **fields: Any) -> dict[str, Any]:
    return {
        "id": session_id,
        "team": "service-desk",
        "status": "resolved",
        "problem_summary": "User locked out after password change",
        "problem_domain": "active_directory",
        "resolved_at": "2026-11-20T14:03:00Z",
        "steps": [
            step(0),
            step(
                1,
                step_type="solution",
                content={"text": "Unlocked"},
                options_presented=None,
                selected_option=None,
            ),
        ],
    } | fields


def document(
    *, flows: list[Any] | None = None, sessions: list[Any] | None = None, account: str = "acme"
) -> dict[str, Any]:
    doc: dict[str, Any] = {"format": "knowledge-flywheel/v1", "account": account}
    if flows is not None:
        doc["flows"] = flows
    if sessions is not None:
        doc["sessions"] = sessions
    return doc
