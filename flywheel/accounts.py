"""Accounts (tenants) and teams: looked up by slug, created on first use by imports."""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from flywheel.errors import InvalidInput, NotFound
from flywheel.models import Account, Team

_SLUG = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,99}$")


def check_slug(slug: str, *, what: str = "account") -> str:
    """A slug is lower-case letters, digits, '-', '_' or '.', at most 100 characters."""
    if not _SLUG.match(slug):
        raise InvalidInput(
            f"{what} {slug!r} is not a valid name: use lower-case letters, digits, '-', '_' or '.'"
        )
    return slug


def get_account(db: Session, slug: str) -> Account:
    """The account with this slug, or NotFound with a sentence saying which."""
    account = db.scalar(select(Account).where(Account.slug == slug))
    if account is None:
        raise NotFound(f"There is no account {slug!r}. Import data into it first.")
    return account


def ensure_account(db: Session, slug: str) -> Account:
    account = db.scalar(select(Account).where(Account.slug == check_slug(slug)))
    if account is None:
        account = Account(slug=slug, name=slug.replace("-", " ").title())
        db.add(account)
        db.flush()
    return account


def ensure_team(db: Session, account: Account, slug: str) -> Team:
    team = db.scalar(select(Team).where(Team.account_id == account.id, Team.slug == slug))
    if team is None:
        team = Team(account_id=account.id, slug=check_slug(slug, what="team"), name=slug)
        db.add(team)
        db.flush()
    return team


def list_accounts(db: Session) -> list[Account]:
    return list(db.scalars(select(Account).order_by(Account.slug)))
