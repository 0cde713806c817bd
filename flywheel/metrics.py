"""The numbers behind the overview and the dashboard, one query per figure."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from flywheel.models import Account, Flow, Proposal, SupportSession

SelectT = TypeVar("SelectT", bound=Select)


@dataclass
class Overview:
    """What the database holds for one account (or all of them when `account` is None)."""

    account: str | None
    flows: int = 0
    sessions: int = 0
    sessions_by_state: dict[str, int] = field(default_factory=dict)
    proposals_by_status: dict[str, int] = field(default_factory=dict)

    @property
    def is_empty(self) -> bool:
        return self.flows == 0 and self.sessions == 0


def overview(db: Session, *, account: str | None = None) -> Overview:
    """Counts of flows, sessions (by analysis state) and proposals (by status)."""
    result = Overview(account=account)
    account_id = None
    if account is not None:
        account_id = db.scalar(select(Account.id).where(Account.slug == account))
        if account_id is None:
            return result
    result.flows = db.scalar(_scoped(select(func.count(Flow.id)), Flow, account_id)) or 0
    states = _scoped(
        select(SupportSession.analysis_state, func.count()).group_by(SupportSession.analysis_state),
        SupportSession,
        account_id,
    )
    result.sessions_by_state = {row[0]: row[1] for row in db.execute(states)}
    result.sessions = sum(result.sessions_by_state.values())
    statuses = _scoped(
        select(Proposal.status, func.count()).group_by(Proposal.status), Proposal, account_id
    )
    result.proposals_by_status = {row[0]: row[1] for row in db.execute(statuses)}
    return result


def _scoped(
    query: SelectT, model: type[Flow | SupportSession | Proposal], account_id: int | None
) -> SelectT:
    return query if account_id is None else query.where(model.account_id == account_id)


def pending_proposals(db: Session, *, account: str, limit: int = 200) -> list[dict[str, Any]]:
    """The oldest pending proposals of an account, as plain rows for listings."""
    account_id = db.scalar(select(Account.id).where(Account.slug == account))
    query = (
        select(
            Proposal.id,
            Proposal.proposal_type,
            Proposal.title,
            Proposal.problem_domain,
            Proposal.supporting_session_count,
            Proposal.confidence_score,
            Proposal.created_at,
        )
        .where(Proposal.account_id == account_id, Proposal.status == "pending")
        .order_by(Proposal.created_at, Proposal.id)
        .limit(limit)
    )
    return [dict(row._mapping) for row in db.execute(query)]
