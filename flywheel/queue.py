"""The review queue: pending proposals filtered, sorted and paged in SQL, and bulk review.

Listing reads only the light columns of one page (never the trees), so the queue stays fast
with tens of thousands of pending proposals; the counts use the queue index
(account_id, status, proposal_type, created_at).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from flywheel import auth, review
from flywheel.accounts import get_account
from flywheel.errors import FlywheelError, InvalidInput
from flywheel.models import Proposal

Sort = Literal["oldest", "newest", "confidence", "support"]
SORTS: dict[Sort, str] = {
    "oldest": "Oldest first",
    "newest": "Newest first",
    "confidence": "Highest confidence",
    "support": "Most supporting sessions",
}
PENDING = "pending"
MAX_PAGE_SIZE = 200


@dataclass(frozen=True)
class QueueFilter:
    """What the reviewer narrowed the queue to; the defaults show everything pending."""

    types: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    min_confidence: float | None = None
    min_support: int | None = None
    text: str = ""


@dataclass(frozen=True)
class QueueRow:
    """One line of the queue: enough to choose what to open, nothing heavy."""

    id: int
    proposal_type: str
    title: str
    problem_domain: str | None
    confidence_score: float | None
    supporting_session_count: int
    created_at: datetime
    version: int


@dataclass
class QueuePage:
    """One page of the queue, the filtered total, and the whole queue's shape."""

    rows: list[QueueRow]
    total: int
    page: int
    page_size: int
    counts_by_type: dict[str, int] = field(default_factory=dict)
    oldest_created_at: datetime | None = None

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.page_size))


def list_queue(
    db: Session,
    *,
    account: str,
    filter: QueueFilter | None = None,
    sort: Sort = "oldest",
    page: int = 1,
    page_size: int = 25,
) -> QueuePage:
    """One page of the account's pending proposals matching `filter`, in `sort` order.

    `total` counts the filtered proposals; `counts_by_type` and `oldest_created_at` describe
    the whole pending queue of the account, whatever the filter.
    """
    if sort not in SORTS:
        raise InvalidInput(f"Cannot sort the queue by {sort!r}; choose one of {', '.join(SORTS)}.")
    page_size = max(1, min(page_size, MAX_PAGE_SIZE))
    account_id = get_account(db, account).id
    conditions = _conditions(account_id, filter or QueueFilter())
    total = db.scalar(select(func.count(Proposal.id)).where(*conditions)) or 0
    page = max(1, min(page, max(1, -(-total // page_size))))
    query = (
        select(*_ROW_COLUMNS)
        .where(*conditions)
        .order_by(*_ORDER[sort])
        .offset((page - 1) * page_size)
        .limit(page_size)
    )
    rows = [QueueRow(**row._mapping) for row in db.execute(query)]
    counts, oldest = _queue_shape(db, account_id)
    return QueuePage(
        rows=rows,
        total=total,
        page=page,
        page_size=page_size,
        counts_by_type=counts,
        oldest_created_at=oldest,
    )


def queue_domains(db: Session, *, account: str) -> list[str]:
    """The problem domains that occur in the account's pending queue, for the filter."""
    account_id = get_account(db, account).id
    query = (
        select(Proposal.problem_domain)
        .where(
            Proposal.account_id == account_id,
            Proposal.status == PENDING,
            Proposal.problem_domain.is_not(None),
        )
        .distinct()
        .order_by(Proposal.problem_domain)
    )
    return [str(domain) for domain in db.scalars(query)]


def _conditions(account_id: int, wanted: QueueFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [
        Proposal.account_id == account_id,
        Proposal.status == PENDING,
    ]
    if wanted.types:
        conditions.append(Proposal.proposal_type.in_(wanted.types))
    if wanted.domains:
        conditions.append(Proposal.problem_domain.in_(wanted.domains))
    if wanted.min_confidence is not None and wanted.min_confidence > 0:
        conditions.append(Proposal.confidence_score >= wanted.min_confidence)
    if wanted.min_support is not None and wanted.min_support > 1:
        conditions.append(Proposal.supporting_session_count >= wanted.min_support)
    text = wanted.text.strip()
    if text:
        pattern = f"%{_escape_like(text)}%"
        conditions.append(
            Proposal.title.ilike(pattern, escape="\\")
            | Proposal.description.ilike(pattern, escape="\\")
        )
    return conditions


def _escape_like(text: str) -> str:
    """Make `%`, `_` and the escape character literal in a LIKE pattern."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


_ORDER: dict[Sort, tuple[Any, ...]] = {
    "oldest": (Proposal.created_at.asc(), Proposal.id.asc()),
    "newest": (Proposal.created_at.desc(), Proposal.id.desc()),
    "confidence": (
        Proposal.confidence_score.desc().nulls_last(),
        Proposal.created_at.asc(),
        Proposal.id.asc(),
    ),
    "support": (
        Proposal.supporting_session_count.desc(),
        Proposal.created_at.asc(),
        Proposal.id.asc(),
    ),
}
_ROW_COLUMNS = (
    Proposal.id,
    Proposal.proposal_type,
    Proposal.title,
    Proposal.problem_domain,
    Proposal.confidence_score,
    Proposal.supporting_session_count,
    Proposal.created_at,
    Proposal.version,
)


def _queue_shape(db: Session, account_id: int) -> tuple[dict[str, int], datetime | None]:
    """Pending counts by type and the oldest pending proposal's age, from the queue index."""
    query = (
        select(Proposal.proposal_type, func.count(Proposal.id), func.min(Proposal.created_at))
        .where(Proposal.account_id == account_id, Proposal.status == PENDING)
        .group_by(Proposal.proposal_type)
    )
    counts: dict[str, int] = {}
    oldest: datetime | None = None
    for proposal_type, count, first in db.execute(query):
        counts[proposal_type] = count
        if first is not None and (oldest is None or first < oldest):
            oldest = first
    return counts, oldest


# --- bulk review ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ItemResult:
    """What happened to one proposal of a bulk action."""

    proposal_id: int
    ok: bool
    message: str
    flow_id: int | None = None


@dataclass
class BulkResult:
    """Every item's result, in the order asked."""

    action: str
    items: list[ItemResult] = field(default_factory=list)

    @property
    def succeeded(self) -> list[ItemResult]:
        return [item for item in self.items if item.ok]

    @property
    def failed(self) -> list[ItemResult]:
        return [item for item in self.items if not item.ok]

    def summary(self) -> str:
        """'Approved 3 of 4 proposals; 1 could not be approved.'"""
        done, asked = len(self.succeeded), len(self.items)
        noun = "proposal" if asked == 1 else "proposals"
        text = f"{self.action.capitalize()} {done} of {asked} {noun}"
        if self.failed:
            return f"{text}; {len(self.failed)} could not be {self.action}."
        return f"{text}."


def bulk_approve(
    db: Session,
    *,
    account: str,
    proposal_ids: Sequence[int],
    reviewer: str,
    note: str | None = None,
    user_id: str | None = None,
) -> BulkResult:
    """Approve each proposal on its own savepoint: one failure does not undo the others.

    `user_id` (when signed in) must be a reviewer of the account; it is checked once, first.
    """
    auth.require(db, account=account, user_id=user_id, role=auth.REVIEWER, action="approving")

    def approve_one(proposal_id: int) -> ItemResult:
        flow = review.approve(
            db, account=account, proposal_id=proposal_id, reviewer=reviewer, note=note
        )
        message = f"Published '{flow.name}' (version {flow.current_version})."
        return ItemResult(proposal_id, True, message, flow_id=flow.id)

    return _each(db, "approved", proposal_ids, approve_one)


def bulk_reject(
    db: Session,
    *,
    account: str,
    proposal_ids: Sequence[int],
    reviewer: str,
    reason: str,
    user_id: str | None = None,
) -> BulkResult:
    """Reject each proposal with the same reason; the reason (and `user_id`'s role, when
    signed in) is checked once, up front."""
    auth.require(db, account=account, user_id=user_id, role=auth.REVIEWER, action="rejecting")
    if not reason or not reason.strip():
        raise InvalidInput("A rejection needs a reason, so the team knows why.")

    def reject_one(proposal_id: int) -> ItemResult:
        review.reject(
            db, account=account, proposal_id=proposal_id, reviewer=reviewer, reason=reason
        )
        return ItemResult(proposal_id, True, "Rejected.")

    return _each(db, "rejected", proposal_ids, reject_one)


def _each(
    db: Session, action: str, proposal_ids: Sequence[int], one: Callable[[int], ItemResult]
) -> BulkResult:
    result = BulkResult(action=action)
    for proposal_id in dict.fromkeys(proposal_ids):
        savepoint = db.begin_nested()
        try:
            item = one(proposal_id)
            savepoint.commit()
        except FlywheelError as exc:
            savepoint.rollback()
            item = ItemResult(proposal_id, False, exc.message)
        except StaleDataError:
            savepoint.rollback()
            item = ItemResult(proposal_id, False, "Someone else changed it meanwhile; reload.")
        result.items.append(item)
    return result
