"""The proposal editor's state: what the reviewer typed, kept in session state per proposal.

A `Draft` holds every edit until it is saved or discarded, so a refused (stale) save, a
failed validation or a visit to another page loses nothing. The three tree editors (node
table, option table, raw JSON) stay in step: JSON edits rebase the tables, table edits
rewrite the JSON.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import pandas as pd  # type: ignore[import-untyped]
import streamlit as st

from flywheel.models import Proposal
from flywheel.tree_tables import (
    KEY,
    NODE_COLUMNS,
    OPTION_COLUMNS,
    node_rows,
    option_rows,
    tree_from_rows,
)

NODE_TYPES = ["decision", "action", "solution"]
_DRAFT = "draft:"


def widget_key(proposal_id: int, name: str) -> str:
    """The session-state key of one of the editor's widgets for a proposal."""
    return f"edit:{proposal_id}:{name}"


def dumps(tree: dict[str, Any] | None) -> str:
    return json.dumps(tree, indent=2, ensure_ascii=False)


def _stored_tree(proposal: Proposal) -> dict[str, Any] | None:
    tree = proposal.proposed_flow_data.get("tree_structure")
    return tree if isinstance(tree, dict) else None


def _stored_keywords(proposal: Proposal) -> list[str]:
    return [str(k) for k in proposal.proposed_flow_data.get("match_keywords", [])]


def split_keywords(text: str) -> list[str]:
    return list(dict.fromkeys(k.strip() for k in text.split(",") if k.strip()))


_SAVE_ARGUMENTS = {
    "title": "title",
    "description": "description",
    "domain": "problem_domain",
    "keywords": "match_keywords",
    "tree": "tree",
}


@dataclass
class Draft:
    """A reviewer's unsaved edits of one proposal, and the version they started from.

    `saved` holds the values as they were at `base_version`, so the draft knows what the
    reviewer changed (and saves only that), even after someone else saved other changes.
    """

    proposal_id: int
    base_version: int
    title: str
    description: str
    domain: str
    keywords: str
    tree: dict[str, Any] | None
    base_tree: dict[str, Any] | None
    json_synced: str
    saved: dict[str, Any] = field(default_factory=dict)
    rev: int = 0
    json_error: str | None = None
    table_problems: list[str] = field(default_factory=list)
    conflict: str | None = None

    @classmethod
    def of(cls, proposal: Proposal) -> Draft:
        tree = _stored_tree(proposal)
        draft = cls(
            proposal_id=proposal.id,
            base_version=proposal.version,
            title=proposal.title,
            description=proposal.description or "",
            domain=proposal.problem_domain or "",
            keywords=", ".join(_stored_keywords(proposal)),
            tree=tree,
            base_tree=tree,
            json_synced=dumps(tree),
        )
        draft.saved = draft.values()
        return draft

    def values(self) -> dict[str, Any]:
        """The edited fields, tidied the way they are stored."""
        return {
            "title": self.title.strip(),
            "description": self.description.strip(),
            "domain": self.domain.strip(),
            "keywords": split_keywords(self.keywords),
            "tree": self.tree,
        }

    def edits(self) -> dict[str, Any]:
        """The `save_edits` arguments for what the reviewer changed since `base_version`."""
        now = self.values()
        return {
            _SAVE_ARGUMENTS[name]: value
            for name, value in now.items()
            if value != self.saved.get(name) and not (name == "tree" and value is None)
        }

    def saved_as(self, version: int) -> None:
        """The edits are stored now, as `version`."""
        self.base_version = version
        self.saved = self.values()
        self.conflict = None

    @property
    def blocked(self) -> str | None:
        """Why the draft cannot be saved as it stands, if it cannot."""
        if self.json_error:
            return "The JSON editor holds text that is not valid JSON."
        if self.table_problems:
            return "The tables have rows that cannot be placed in the tree."
        return None


def draft_for(proposal: Proposal) -> Draft:
    """The reviewer's draft of this proposal, started afresh when there is none, or when
    the stored proposal moved on and the reviewer has changed nothing (call before the
    editor's widgets are drawn)."""
    key = _DRAFT + str(proposal.id)
    draft: Draft | None = st.session_state.get(key)
    if draft is not None and draft.base_version != proposal.version and not draft.edits():
        discard(proposal.id)
        draft = None
    if draft is None:
        draft = st.session_state[key] = Draft.of(proposal)
    return draft


def get_draft(proposal_id: int) -> Draft:
    """The draft the page made for this proposal (in an action's callback)."""
    draft: Draft = st.session_state[_DRAFT + str(proposal_id)]
    return draft


def take_conflict(proposal_id: int) -> str | None:
    """For a proposal closed meanwhile: drop its draft, returning the refusal it met, if any."""
    draft: Draft | None = st.session_state.get(_DRAFT + str(proposal_id))
    if draft is None:
        return None
    discard(proposal_id)
    return draft.conflict


def discard(proposal_id: int) -> None:
    """Forget a draft and its widgets' values (call from a callback, before widgets draw)."""
    prefix = widget_key(proposal_id, "")
    for key in [k for k in st.session_state if str(k).startswith(prefix)]:
        del st.session_state[key]
    st.session_state.pop(_DRAFT + str(proposal_id), None)


def _bind(key: str, value: str) -> None:
    """Give a widget its draft value when it is drawn afresh (first visit or after leaving)."""
    if key not in st.session_state:
        st.session_state[key] = value


# --- the details form ----------------------------------------------------------------------


def details_form(draft: Draft, *, keywords: bool, disabled: bool = False) -> None:
    """Title, description, domain and (for new flows) keywords, written back to the draft."""
    pid = draft.proposal_id
    fields = [("title", "Title"), ("domain", "Problem domain")]
    if keywords:
        fields.append(("keywords", "Match keywords (comma separated)"))
    for name, label in fields:
        key = widget_key(pid, name)
        _bind(key, getattr(draft, name))
        setattr(draft, name, st.text_input(label, key=key, disabled=disabled))
    key = widget_key(pid, "description")
    _bind(key, draft.description)
    draft.description = st.text_area("Description", key=key, height=100, disabled=disabled)


# --- the tree editors ----------------------------------------------------------------------


def tree_editors(draft: Draft, *, disabled: bool = False) -> None:
    """Node table, option table and raw JSON; `draft.tree` ends up as what they show."""
    _take_json_edit(draft)
    nodes_key = widget_key(draft.proposal_id, f"nodes:{draft.rev}")
    options_key = widget_key(draft.proposal_id, f"options:{draft.rev}")
    if nodes_key not in st.session_state and options_key not in st.session_state:
        draft.base_tree = draft.tree  # tables drawn afresh: start them from the current tree
    base = draft.base_tree or {}
    nodes_tab, options_tab, json_tab = st.tabs(["Nodes", "Options", "JSON"])
    with nodes_tab:
        st.caption("The first row is the root. Add, remove or change nodes.")
        nodes = _table(node_rows(base), nodes_key, _node_columns(), NODE_COLUMNS, disabled)
    with options_tab:
        st.caption("The answers of decision nodes; `node_id` says whose answer it is.")
        options = _table(
            option_rows(base), options_key, _option_columns(), OPTION_COLUMNS, disabled
        )
    if _has_edits(nodes_key) or _has_edits(options_key):
        rebuilt = tree_from_rows(nodes, options, base=base)
        draft.tree, draft.table_problems = rebuilt.tree, rebuilt.problems
        _show_json(draft)
    else:
        draft.tree, draft.table_problems = draft.base_tree, []
    with json_tab:
        _json_editor(draft, disabled)
    for problem in draft.table_problems:
        st.warning(problem, icon=":material/table_rows:")


def _take_json_edit(draft: Draft) -> None:
    """If the reviewer changed the JSON text, make it the new tree (and the tables' base)."""
    text = st.session_state.get(widget_key(draft.proposal_id, "json"))
    if text is None or text == draft.json_synced:
        return
    try:
        parsed = json.loads(text)
    except json.JSONDecodeError as exc:
        draft.json_error = f"Line {exc.lineno}, column {exc.colno}: {exc.msg}."
        return
    if not isinstance(parsed, dict):
        draft.json_error = "The tree must be a JSON object ({...})."
        return
    draft.json_error = None
    draft.json_synced = text
    draft.tree = draft.base_tree = parsed
    draft.rev += 1


def _show_json(draft: Draft) -> None:
    """Put the table-edited tree into the JSON editor (it has not been drawn yet this run)."""
    text = dumps(draft.tree)
    if draft.json_error is None and _same_json(draft.json_synced, draft.tree):
        return
    st.session_state[widget_key(draft.proposal_id, "json")] = text
    draft.json_synced, draft.json_error = text, None


def _same_json(text: str, tree: dict[str, Any] | None) -> bool:
    try:
        return bool(json.loads(text) == tree)
    except json.JSONDecodeError:
        return False


def _json_editor(draft: Draft, disabled: bool) -> None:
    key = widget_key(draft.proposal_id, "json")
    _bind(key, draft.json_synced)
    st.text_area(
        "The tree as JSON",
        key=key,
        height=360,
        disabled=disabled,
        help="Edit and press Ctrl+Enter (or click outside) to apply.",
    )
    if draft.json_error:
        st.error(f"Not valid JSON, so not applied: {draft.json_error}", icon=":material/code:")


def _node_columns() -> dict[str, Any]:
    text = {col: st.column_config.TextColumn(col) for col in NODE_COLUMNS}
    return {
        **text,
        "type": st.column_config.SelectboxColumn("type", options=NODE_TYPES, required=True),
        "question": st.column_config.TextColumn("question", width="large"),
        "description": st.column_config.TextColumn("description", width="medium"),
    }


def _option_columns() -> dict[str, Any]:
    return {col: st.column_config.TextColumn(col) for col in OPTION_COLUMNS}


def _table(
    rows: list[dict[str, Any]],
    key: str,
    config: dict[str, Any],
    columns: tuple[str, ...],
    disabled: bool,
) -> list[dict[str, Any]]:
    """A dynamic grid over `rows`; the hidden key column rides along unseen."""
    frame = pd.DataFrame(rows, columns=[*columns, KEY], dtype="string")
    edited = st.data_editor(
        frame,
        key=key,
        num_rows="dynamic",
        column_order=list(columns),
        column_config=config,
        hide_index=True,
        disabled=disabled,
        width="stretch",
    )
    cleaned = edited.astype(object).where(edited.notna(), None)
    records: list[dict[str, Any]] = cleaned.to_dict("records")
    return records


def _has_edits(key: str) -> bool:
    state = st.session_state.get(key)
    if not state:
        return False
    return bool(state.get("edited_rows") or state.get("added_rows") or state.get("deleted_rows"))
