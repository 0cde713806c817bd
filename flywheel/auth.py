"""Roles per account (viewer < reviewer < admin), kept in the database, and the one check.

Every writing function a page calls takes `user_id`: None means the trusted local mode or
the command line (nothing is checked); a signed-in user's id (their e-mail, or the OIDC
subject) must hold at least the role the action needs in that account, or `require` raises
Forbidden with a sentence saying who lacks what. Hiding buttons is a courtesy; this is the
protection.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from flywheel.accounts import ensure_account, get_account
from flywheel.db import transaction
from flywheel.errors import Forbidden, InvalidInput, NotFound
from flywheel.models import Account, AuditEvent, Membership

VIEWER, REVIEWER, ADMIN = "viewer", "reviewer", "admin"
ROLES = (VIEWER, REVIEWER, ADMIN)
"""From least to most allowed: a role includes everything the ones before it may do."""

ANONYMOUS = "(not signed in)"
"""The user id of a visitor who has not signed in while login is configured; it holds no role
and cannot be granted one (user ids have no spaces)."""

_USER_ID = re.compile(r"^\S{1,320}$")


def normalize_user(user_id: str) -> str:
    """A user id as stored: trimmed, and an e-mail address in lower case."""
    cleaned = user_id.strip()
    return cleaned.lower() if "@" in cleaned else cleaned


def _check_user(user_id: str) -> str:
    cleaned = normalize_user(user_id)
    if not _USER_ID.match(cleaned):
        raise InvalidInput(
            f"{user_id!r} is not a user id: use the person's e-mail address (or OIDC subject), "
            "without spaces."
        )
    return cleaned


def _check_role(role: str) -> str:
    if role not in ROLES:
        raise InvalidInput(f"There is no role {role!r}; choose one of {', '.join(ROLES)}.")
    return role


def at_least(role: str | None, needed: str) -> bool:
    """Whether `role` allows what `needed` allows (no role allows nothing)."""
    return role in ROLES and ROLES.index(role) >= ROLES.index(_check_role(needed))


def _membership(db: Session, account_id: int, user_id: str) -> Membership | None:
    return db.scalar(
        select(Membership).where(
            Membership.account_id == account_id, Membership.user_id == normalize_user(user_id)
        )
    )


def role_in(db: Session, *, account: str, user_id: str) -> str | None:
    """The user's role in the account, or None (no membership, or no such account)."""
    account_id = db.scalar(select(Account.id).where(Account.slug == account))
    if account_id is None:
        return None
    found = _membership(db, account_id, user_id)
    return found.role if found is not None else None


def require(
    db: Session, *, account: str, user_id: str | None, role: str, action: str = "this"
) -> None:
    """Refuse (Forbidden) unless `user_id` holds at least `role` in `account`.

    `user_id=None` is the trusted local mode or the command line: nothing is checked.
    `action` names what is being done ("approving"), for the message.
    """
    if user_id is None:
        return
    held = role_in(db, account=account, user_id=user_id)
    if at_least(held, role):
        return
    raise Forbidden(
        _refusal(account=account, user_id=user_id, held=held, needed=role, action=action)
    )


def _refusal(*, account: str, user_id: str, held: str | None, needed: str, action: str) -> str:
    need = f"{action} needs the {needed} role"
    if user_id == ANONYMOUS:
        return f"You are not signed in; {need}. Sign in first."
    who = normalize_user(user_id)
    if held is None:
        return (
            f"{who} has no role in account {account!r}; {need}. "
            "Ask an admin of the account to add you."
        )
    return f"{who} is {_a(held)} in account {account!r}; {need}."


# --- granting and revoking ------------------------------------------------------------------


@dataclass(frozen=True)
class Member:
    """One person's role in one account."""

    user_id: str
    role: str
    since: datetime


def grant(db: Session, *, account: str, user_id: str, role: str, actor: str) -> Member:
    """Give `user_id` the `role` in `account` (replacing any role they had), with an audit
    event. The account is created when it does not exist yet, so the first admin can be
    named before any data is imported. The caller commits."""
    user, wanted = _check_user(user_id), _check_role(role)
    target = ensure_account(db, account)
    found = _membership(db, target.id, user)
    previous = found.role if found is not None else None
    if found is None:
        found = Membership(account_id=target.id, user_id=user, role=wanted)
        db.add(found)
    found.role = wanted
    details = {"user_id": user, "role": wanted, "previous": previous}
    _audit(db, target.id, actor=actor, action="membership.granted", details=details)
    db.flush()
    return Member(user_id=user, role=wanted, since=found.created_at)


def revoke(db: Session, *, account: str, user_id: str, actor: str) -> str:
    """Take away the user's role in `account` (NotFound if they had none); returns the role
    they had, and records an audit event. The caller commits."""
    user = _check_user(user_id)
    target = get_account(db, account)
    found = _membership(db, target.id, user)
    if found is None:
        raise NotFound(f"{user} has no role in account {account!r}; there is nothing to revoke.")
    role = found.role
    db.delete(found)
    details = {"user_id": user, "role": role}
    _audit(db, target.id, actor=actor, action="membership.revoked", details=details)
    db.flush()
    return role


def _audit(
    db: Session, account_id: int, *, actor: str, action: str, details: dict[str, Any]
) -> None:
    db.add(
        AuditEvent(
            account_id=account_id,
            actor=actor,
            action=action,
            entity_type="membership",
            entity_id=None,
            details=details,
        )
    )


def members(db: Session, *, account: str) -> list[Member]:
    """Everyone with a role in the account: admins first, then reviewers, then viewers."""
    account_id = get_account(db, account).id
    rows = db.scalars(select(Membership).where(Membership.account_id == account_id))
    found = [Member(user_id=m.user_id, role=m.role, since=m.created_at) for m in rows]
    return sorted(found, key=lambda m: (-_rank(m.role), m.user_id))


def _rank(role: str) -> int:
    return ROLES.index(role) if role in ROLES else -1


def accounts_of(db: Session, *, user_id: str) -> dict[str, str]:
    """The accounts the user has a role in, by slug (sorted), with that role."""
    query = (
        select(Account.slug, Membership.role)
        .join(Membership, Membership.account_id == Account.id)
        .where(Membership.user_id == normalize_user(user_id))
        .order_by(Account.slug)
    )
    return {slug: role for slug, role in db.execute(query)}


# --- the `flywheel role ...` commands (the CLI wires these; results as {"text", "json"}) ----


def grant_command(
    factory: sessionmaker[Session], *, account: str, user_id: str, role: str, actor: str = "cli"
) -> dict[str, Any]:
    """`flywheel role grant USER ROLE --account A`."""
    with transaction(factory) as db:
        member = grant(db, account=account, user_id=user_id, role=role, actor=actor)
    found = {"account": account, "user_id": member.user_id, "role": member.role}
    return {
        "text": f"{member.user_id} is now {_a(member.role)} in account {account}.",
        "json": found,
    }


def revoke_command(
    factory: sessionmaker[Session], *, account: str, user_id: str, actor: str = "cli"
) -> dict[str, Any]:
    """`flywheel role revoke USER --account A`."""
    with transaction(factory) as db:
        role = revoke(db, account=account, user_id=user_id, actor=actor)
    user = normalize_user(user_id)
    found = {"account": account, "user_id": user, "revoked": role}
    return {
        "text": f"{user} no longer has a role in account {account} (was {role}).",
        "json": found,
    }


def list_command(factory: sessionmaker[Session], *, account: str) -> dict[str, Any]:
    """`flywheel role list --account A`: who holds which role."""
    with factory() as db:
        found = members(db, account=account)
    lines = [f"Roles in account {account}:"]
    lines += [f"  {m.role:<9} {m.user_id}" for m in found] or [
        "  nobody yet (local mode needs none)"
    ]
    rows = [{"user_id": m.user_id, "role": m.role, "since": m.since} for m in found]
    return {"text": "\n".join(lines), "json": rows}


def _a(role: str) -> str:
    return f"{'an' if role[0] in 'aeiou' else 'a'} {role}"
