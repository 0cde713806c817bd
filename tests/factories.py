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


def decision(node_id: str, question: str, *options: tuple[str, str, str | None]) -> dict[str, Any]:
    """A decision node offering `options`, each (id suffix after the node's id, label, the
    node it leads to; None leaves it unexplored)."""
    return {
        "id": node_id,
        "type": "decision",
        "question": question,
        "options": [
            {"id": f"{node_id}{suffix}", "label": label, "next_node_id": target}
            for suffix, label, target in options
        ],
    }


def yes_no_decision(
    node_id: str, question: str, yes: str, no: str | None, *, ids: tuple[str, str] = ("_yes", "_no")
) -> dict[str, Any]:
    """A yes/no decision node: its options' ids are the node's id and `ids`; `no` None
    leaves that option unexplored."""
    return decision(node_id, question, (ids[0], "Yes", yes), (ids[1], "No", no))


def sites_tree(question: str, offered: tuple[str, ...], taken: str, *steps: str) -> dict[str, Any]:
    """A website-problem tree: `question` offering `offered`, `taken` leading on through
    the `steps` (a step ending in "?" a yes/no question answered yes, the last a solution,
    the others actions)."""
    options = [
        (f"-{n}", label, "n0" if label == taken else None) for n, label in enumerate(offered)
    ]
    nodes: list[dict[str, Any]] = []
    for n, text in enumerate(steps):
        after = f"n{n + 1}"
        if text.endswith("?"):
            nodes.append(yes_no_decision(f"n{n}", text, after, None))
        elif n + 1 < len(steps):
            nodes.append({"id": f"n{n}", "type": "action", "title": text, "next_node_id": after})
        else:
            nodes.append({"id": f"n{n}", "type": "solution", "title": text})
    return decision("root", question, *options) | {"children": nodes}


def single_site_tree() -> dict[str, Any]:
    """A proposal about one website that will not load: another browser, the cache."""
    return sites_tree(
        "Is it just this one site, or can't you open anything?",
        ("A single website", "Every website", "Intranet / company web apps"),
        "A single website",
        "If you open it in another browser, does it work?",
        "Clear the cache and cookies",
        "Cache cleared, the site loads",
    )


def intranet_tree() -> dict[str, Any]:
    """The same problem's other proposal, its first question worded otherwise, down the
    intranet answer `single_site_tree` has not explored (one step of three it explains)."""
    return sites_tree(
        "Do other websites work - say the BBC or Google?",
        ("A single website", "Just one site", "Every website", "Intranet / company web apps"),
        "Intranet / company web apps",
        "I'll clear the DNS cache on your machine remotely.",
        "The site is down for everyone; reported to its owner",
    )


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


def action_step(order: int, text: str, details: str, *, success: bool = True) -> dict[str, Any]:
    return step(
        order,
        step_type="action",
        content={"text": text, "type": "action"},
        options_presented=None,
        selected_option=None,
        action_result={"success": success, "details": details},
    )


def solution_step(order: int, text: str) -> dict[str, Any]:
    return step(
        order,
        step_type="solution",
        content={"text": text, "type": "solution"},
        options_presented=None,
        selected_option=None,
    )


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


def vpn_tree_data() -> dict[str, Any]:
    """A VPN flow: error shown -> (809: firewall ports? -> open them | reinstall)
    (720: restart the RasMan service) (something else: unexplored)."""
    return {
        "id": "root",
        "type": "decision",
        "question": "Which error does the VPN client show when it fails to connect?",
        "options": [
            {"id": "e809", "label": "Error 809", "next_node_id": "ports"},
            {"id": "e720", "label": "Error 720", "next_node_id": "ras"},
            {"id": "other", "label": "Something else"},
        ],
        "children": [
            {
                "id": "ports",
                "type": "decision",
                "question": "Are UDP ports 500 and 4500 open on the edge firewall?",
                "options": [
                    {"id": "open", "label": "Yes", "next_node_id": "reinstall"},
                    {"id": "closed", "label": "No", "next_node_id": "openports"},
                ],
            },
            {
                "id": "openports",
                "type": "solution",
                "title": "Open UDP 500 and 4500",
                "description": "Open UDP ports 500 and 4500 on the edge firewall for IPsec.",
            },
            {
                "id": "reinstall",
                "type": "solution",
                "title": "Reinstall the VPN client",
                "description": "Remove and reinstall the VPN client software.",
            },
            {
                "id": "ras",
                "type": "action",
                "title": "Restart the Remote Access Connection Manager",
                "description": "Restart the RasMan service on the laptop.",
                "next_node_id": "restarted",
            },
            {
                "id": "restarted",
                "type": "solution",
                "title": "Service restarted",
                "description": "After restarting RasMan the VPN connects again.",
            },
        ],
    }
