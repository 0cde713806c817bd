"""Sessions for people: a paged, searchable listing with each session's analysis outcome,
one session with its transcript and analyses, uploads, and analysis on demand.

Listing is paged in SQL (a LIMIT/OFFSET page and one COUNT), so it stays fast with 100,000
sessions. Every function takes the account slug and scopes its queries by it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from flywheel import auth
from flywheel import db as dbmod
from flywheel.analyzer import AnalysisResult, analyze_session, find_session, result_of
from flywheel.config import Settings
from flywheel.errors import ImportError_, NotFound
from flywheel.explain import explain
from flywheel.interchange import ImportReport, import_document, parse_json_bytes
from flywheel.interchange.records import check_size
from flywheel.llm.base import Provider
from flywheel.models import Account, Analysis, Flow, SupportSession
from flywheel.transcript import SessionView, render_text, session_view

NOT_ANALYSED = "not analysed"
"""The outcome filter for sessions with no analysis yet."""

PAGE_SIZES = (25, 50, 100, 200)


@dataclass(frozen=True)
class SessionRow:
    """One line of the sessions listing."""

    id: int
    external_id: str
    status: str
    problem_summary: str | None
    problem_domain: str | None
    resolved_at: datetime | None
    analysis_state: str
    outcome: str | None
    flow_name: str | None
    proposal_id: int | None


@dataclass(frozen=True)
class SessionPage:
    """One page of a listing and how many sessions match in all."""

    rows: list[SessionRow]
    total: int
    page: int
    page_size: int

    @property
    def pages(self) -> int:
        return max(1, math.ceil(self.total / self.page_size))


def _account_id(db: Session, account: str) -> int | None:
    return db.scalar(select(Account.id).where(Account.slug == account))


def _current_analysis() -> ColumnElement[bool]:
    return and_(Analysis.session_id == SupportSession.id, Analysis.is_current.is_(True))


def _filters(
    account_id: int, text: str | None, outcome: str | None, domain: str | None
) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [SupportSession.account_id == account_id]
    if text and text.strip():
        needle = text.strip()
        conditions.append(
            or_(
                SupportSession.external_id.icontains(needle, autoescape=True),
                SupportSession.problem_summary.icontains(needle, autoescape=True),
            )
        )
    if outcome == NOT_ANALYSED:
        conditions.append(Analysis.id.is_(None))
    elif outcome:
        conditions.append(Analysis.outcome == outcome)
    if domain:
        conditions.append(SupportSession.problem_domain == domain)
    return conditions


def _matching(
    account_id: int, text: str | None, outcome: str | None, domain: str | None
) -> Select[*tuple[Any, ...]]:
    """The ids of the sessions that pass the filters (analyses joined only when filtered on)."""
    query = select(SupportSession.id).where(*_filters(account_id, text, outcome, domain))
    return query.outerjoin(Analysis, _current_analysis()) if outcome else query


def _newest_first(query: Select[*tuple[Any, ...]]) -> Select[*tuple[Any, ...]]:
    return query.order_by(SupportSession.resolved_at.desc().nulls_last(), SupportSession.id.desc())


def _rows_of(ids: Any) -> Select[*tuple[Any, ...]]:
    """The listing's columns for the sessions in `ids` (one page of them)."""
    return (
        select(
            SupportSession.id,
            SupportSession.external_id,
            SupportSession.status,
            SupportSession.problem_summary,
            SupportSession.problem_domain,
            SupportSession.resolved_at,
            SupportSession.analysis_state,
            Analysis.outcome,
            Flow.name.label("flow_name"),
            Analysis.proposal_id,
        )
        .where(SupportSession.id.in_(ids))
        .outerjoin(Analysis, _current_analysis())
        .outerjoin(Flow, Flow.id == SupportSession.matched_flow_id)
    )


def list_sessions(
    db: Session,
    *,
    account: str,
    text: str | None = None,
    outcome: str | None = None,
    domain: str | None = None,
    page: int = 1,
    page_size: int = 50,
) -> SessionPage:
    """A page of the account's sessions, newest first, with their current analysis outcome.

    `text` searches the external id and the problem summary; `outcome` is an analysis
    outcome or NOT_ANALYSED. Pages start at 1; a page past the end is empty. The page's ids
    are found first and only those rows are joined to their analysis and flow.
    """
    page, page_size = max(1, page), max(1, min(page_size, 500))
    account_id = _account_id(db, account)
    if account_id is None:
        return SessionPage(rows=[], total=0, page=page, page_size=page_size)
    matching = _matching(account_id, text, outcome, domain)
    # one pass finds the page and the total (a window count); past the end, count alone
    found = db.execute(
        _newest_first(matching.add_columns(func.count().over().label("total")))
        .limit(page_size)
        .offset((page - 1) * page_size)
    ).all()
    if not found:
        total = db.scalar(select(func.count()).select_from(matching.subquery())) or 0
        return SessionPage(rows=[], total=total, page=page, page_size=page_size)
    ids = [row.id for row in found]
    rows = [SessionRow(**row._mapping) for row in db.execute(_newest_first(_rows_of(ids)))]
    return SessionPage(rows=rows, total=int(found[0].total), page=page, page_size=page_size)


def outcome_counts(db: Session, *, account: str) -> dict[str, int]:
    """How many of the account's sessions have each current outcome (NOT_ANALYSED too)."""
    account_id = _account_id(db, account)
    if account_id is None:
        return {}
    query = (
        select(Analysis.outcome, func.count(SupportSession.id))
        .outerjoin(Analysis, _current_analysis())
        .where(SupportSession.account_id == account_id)
        .group_by(Analysis.outcome)
    )
    return {str(outcome or NOT_ANALYSED): int(count) for outcome, count in db.execute(query)}


# --- one session -----------------------------------------------------------------------------


@dataclass
class SessionDetail:
    """A session as the Sessions page shows it: transcript, current analysis, history."""

    session: SupportSession
    view: SessionView
    transcript: str
    flow_name: str | None
    current: Analysis | None
    explanation: str | None
    history: list[Analysis] = field(default_factory=list)


def get_session(db: Session, *, account: str, session_id: int) -> SessionDetail:
    """One of the account's sessions with its steps and analyses; others are not found."""
    account_id = _account_id(db, account)
    session = db.scalar(
        select(SupportSession)
        .where(SupportSession.id == session_id, SupportSession.account_id == account_id)
        .options(selectinload(SupportSession.steps), selectinload(SupportSession.matched_flow))
    )
    if session is None:
        raise NotFound(f"There is no session #{session_id} in account {account!r}.")
    history = list(
        db.scalars(
            select(Analysis)
            .where(Analysis.session_id == session.id)
            .options(selectinload(Analysis.matched_flow))
            .order_by(Analysis.id.desc())
        )
    )
    current = next((a for a in history if a.is_current), None)
    view = session_view(session)
    return SessionDetail(
        session=session,
        view=view,
        transcript=render_text(view),
        flow_name=session.matched_flow.name if session.matched_flow else None,
        current=current,
        explanation=explain(result_of(session, current)) if current else None,
        history=history,
    )


# --- uploads and analysis on demand ----------------------------------------------------------


@dataclass(frozen=True)
class Upload:
    """What an upload imported, and the external ids of the sessions in it."""

    report: ImportReport
    session_ids: list[str]


def import_upload(
    factory: sessionmaker[Session],
    raw: bytes,
    *,
    source: str,
    account: str,
    settings: Settings,
    actor: str,
    user_id: str | None = None,
    named_account: bool = False,
) -> Upload:
    """Import an uploaded or pasted interchange document into `account`, in one transaction.

    The same importer as the CLI validates everything first; on any problem ImportError_
    lists each one (per record and field) and nothing is written. A bare session record
    (an object with `steps`) is taken as a document holding that one session. A signed-in
    `user_id` must be a reviewer of the account. A document naming another account is
    refused, unless `named_account` (the welcome screen of an empty database, where no
    account exists to switch to): then it goes into the account it names.
    """
    with factory() as db:
        auth.require(db, account=account, user_id=user_id, role=auth.REVIEWER, action="importing")
    check_size(len(raw), max_bytes=settings.max_upload_bytes, source=source)
    document = _as_document(parse_json_bytes(raw, source=source))
    named = document.get("account") if isinstance(document, dict) else None
    if named not in (None, "", account) and not named_account:
        raise ImportError_(
            f"{source}: the file is for account {named!r}, not {account!r}; switch to that "
            "account to import it. Nothing was imported."
        )
    with dbmod.transaction(factory) as db:
        report = import_document(db, document, source=source, default_account=account, actor=actor)
    return Upload(report=report, session_ids=_session_ids(document))


def _as_document(data: object) -> object:
    if isinstance(data, dict) and "steps" in data and not {"sessions", "flows"} & set(data):
        return {"sessions": [data]}
    return data


def _session_ids(document: object) -> list[str]:
    sessions = document.get("sessions", []) if isinstance(document, dict) else []
    return [str(s["id"]) for s in sessions if isinstance(s, dict) and "id" in s]


def analyze_now(
    factory: sessionmaker[Session],
    *,
    account: str,
    external_ids: Sequence[str],
    settings: Settings,
    provider: Provider,
    force: bool = False,
    user_id: str | None = None,
) -> list[AnalysisResult]:
    """Analyse the named sessions of the account right away (again, with `force`). A
    signed-in `user_id` must be a reviewer of the account."""
    with factory() as db:
        auth.require(
            db, account=account, user_id=user_id, role=auth.REVIEWER, action="analysing sessions"
        )
    results = []
    for external_id in external_ids:
        with factory() as db:
            session = find_session(db, account=account, external_id=external_id)
            results.append(
                analyze_session(db, session.id, settings=settings, provider=provider, force=force)
            )
    return results
