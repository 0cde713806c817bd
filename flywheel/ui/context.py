"""Who is working and in which account: the sidebar sets it, every page reads it."""

from __future__ import annotations

import streamlit as st

from flywheel.accounts import list_accounts
from flywheel.ui import services

ACCOUNT_KEY = "account"
REVIEWER_KEY = "reviewer"
LOCAL_REVIEWER = "local reviewer"


def account_slugs() -> list[str]:
    with services.session_factory()() as db:
        return [a.slug for a in list_accounts(db)]


def current_account() -> str:
    """The account the user is looking at (the configured default until they switch)."""
    slugs = account_slugs()
    chosen = st.session_state.get(ACCOUNT_KEY)
    if chosen in slugs:
        return str(chosen)
    default = services.settings().default_account
    return default if default in slugs or not slugs else slugs[0]


def is_logged_in() -> bool:
    try:
        return bool(st.user.is_logged_in)
    except (AttributeError, KeyError):
        return False


def current_reviewer() -> str:
    """The signed-in user's name, or the name typed in local mode."""
    if is_logged_in():
        return str(st.user.get("name") or st.user.get("email") or "signed-in user")
    return str(st.session_state.get(REVIEWER_KEY) or LOCAL_REVIEWER)
