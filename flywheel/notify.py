"""Notification events for the reviewers' inbox, written in the caller's transaction."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from flywheel import auth, webhooks
from flywheel.accounts import get_account
from flywheel.models import Notification, Proposal, utcnow

PROPOSAL_PENDING = "proposal.pending"
PROPOSAL_UPDATED = "proposal.updated"


def notify(db: Session, *, account_id: int, event: str, payload: dict[str, Any]) -> Notification:
    """Record an event, and queue it for the account's webhook if it has one; both are
    committed (or rolled back) with whatever caused them."""
    note = Notification(account_id=account_id, event=event, payload=payload)
    db.add(note)
    webhooks.enqueue(db, note)
    return note


REVIEW_LINK = "/review-queue"


def proposal_event(db: Session, proposal: Proposal, event: str, **extra: Any) -> Notification:
    """A proposal's notification: what it is, how well supported, and where to review it."""
    payload = {
        "proposal_id": proposal.id,
        "title": proposal.title,
        "proposal_type": proposal.proposal_type,
        "problem_domain": proposal.problem_domain or "General",
        "supporting_sessions": proposal.supporting_session_count,
        "link": REVIEW_LINK,
        **extra,
    }
    return notify(db, account_id=proposal.account_id, event=event, payload=payload)


def unread(db: Session, *, account_id: int, limit: int = 50) -> list[Notification]:
    query = (
        select(Notification)
        .where(Notification.account_id == account_id, Notification.read_at.is_(None))
        .order_by(Notification.created_at.desc(), Notification.id.desc())
        .limit(limit)
    )
    return list(db.scalars(query))


def unread_count(db: Session, *, account_id: int) -> int:
    query = select(func.count(Notification.id)).where(
        Notification.account_id == account_id, Notification.read_at.is_(None)
    )
    return db.scalar(query) or 0


def mark_read(
    db: Session,
    *,
    account: str,
    ids: list[int] | None,
    user_id: str | None,
    now: datetime | None = None,
) -> int:
    """Mark the account's notifications `ids` (None: every unread one) read; returns how many
    changed. Read state is the account's, shared by its reviewers, so a viewer may not
    change it (Forbidden)."""
    auth.require(db, account=account, user_id=user_id, role=auth.REVIEWER, action="marking read")
    query = update(Notification).where(
        Notification.account_id == get_account(db, account).id, Notification.read_at.is_(None)
    )
    if ids is not None:
        query = query.where(Notification.id.in_(ids))
    result = db.execute(query.values(read_at=now or utcnow()))
    return int(getattr(result, "rowcount", 0) or 0)
