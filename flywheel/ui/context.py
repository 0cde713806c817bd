"""Who is working and in which account: the sidebar sets it, every page reads it.

Two modes. Local mode (no `[auth]` section in the secrets): nobody signs in, every action is
allowed, and the reviewer types their name. Login mode (`[auth]` configured): `st.login`
guards the app, the user is `st.user` (their e-mail, or the OIDC subject), they see only
the accounts they hold a role in, and every writing function checks that role.
"""

from __future__ import annotations

import streamlit as st

from flywheel import auth
from flywheel.accounts import list_accounts
from flywheel.ui import services

ACCOUNT_KEY = "account"
REVIEWER_KEY = "reviewer"
LOCAL_REVIEWER = "local reviewer"


def auth_configured() -> bool:
    """Whether the secrets hold an `[auth]` section, which turns login on."""
    try:
        return "auth" in st.secrets
    except FileNotFoundError:  # no secrets file at all (StreamlitSecretNotFoundError)
        return False


def is_logged_in() -> bool:
    """Whether a user signed in through `st.login` (never true in local mode)."""
    if not auth_configured():
        return False
    try:
        return bool(st.user.is_logged_in)
    except (AttributeError, KeyError):
        return False


def current_user_id() -> str | None:
    """The id the flywheel functions check roles for: None in local mode (trusted), the
    signed-in user's e-mail (or subject), or `auth.ANONYMOUS`, which holds no role."""
    if not auth_configured():
        return None
    if not is_logged_in():
        return auth.ANONYMOUS
    found = st.user.get("email") or st.user.get("sub")
    return auth.normalize_user(str(found)) if found else auth.ANONYMOUS


def _memberships() -> dict[str, str]:
    """The signed-in user's accounts and roles (empty when not signed in)."""
    user = current_user_id()
    if user is None or user == auth.ANONYMOUS:
        return {}
    with services.session_factory()() as db:
        return auth.accounts_of(db, user_id=user)


def account_slugs() -> list[str]:
    """The accounts the switcher offers: all of them in local mode, else the user's."""
    if auth_configured():
        return list(_memberships())
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


def current_role() -> str | None:
    """The user's role in the current account; local mode is trusted with everything."""
    if not auth_configured():
        return auth.ADMIN
    return _memberships().get(current_account())


def can(role: str) -> bool:
    """Whether the current user may do what `role` may, in the current account (for showing
    or disabling buttons; the flywheel functions make the real check)."""
    return auth.at_least(current_role(), role)


def current_reviewer() -> str:
    """The signed-in user's name, or the name typed in local mode."""
    if is_logged_in():
        return str(st.user.get("name") or st.user.get("email") or "signed-in user")
    return str(st.session_state.get(REVIEWER_KEY) or LOCAL_REVIEWER)
