"""The analyzer: one resolved session in, exactly one recorded outcome out.

Phases: read the session and its match; decide the route (see `dispatch`); make any LLM
calls (each reserved against the budget and booked in the ledger in short transactions of
their own); then write the analysis, the proposal, its notification and the flow's stats in
one transaction. `analyze_session` therefore owns the transactions of the Session it is given.
"""

from __future__ import annotations

import time
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace
from typing import Any, Protocol, cast

from sqlalchemy import select, update
from sqlalchemy.orm import Session, defer, selectinload
from sqlalchemy.orm.exc import StaleDataError

from flywheel import outcomes
from flywheel.budget import next_day_start
from flywheel.config import Settings
from flywheel.dispatch import decide
from flywheel.errors import BudgetExceeded, Conflict, InvalidTree, LLMError, NotFound
from flywheel.ledger import CallSite, DraftRejected
from flywheel.llm.base import Provider
from flywheel.matching import (
    Alignment,
    Library,
    PreparedFlow,
    Trail,
    align_prepared,
    library,
    prepare_flow,
    read_trail,
)
from flywheel.models import Account, Analysis, Flow, SessionStep, SupportSession
from flywheel.staging import Entry, Staged
from flywheel.transcript import SessionView, session_view
from flywheel.trees import parse_tree

MAX_ATTEMPTS = 5
# How the matcher caches a prepared flow: id, version and creation time (ids repeat across
# databases, and a flow's content never changes without a new version).
FlowKey = tuple[int, int, datetime]


@dataclass
class AnalysisResult:
    """What happened to one session, for the CLI, the pages and tests."""

    session_id: int
    external_id: str
    outcome: str
    reason: str
    analysis_id: int | None = None
    proposal_id: int | None = None
    flow_name: str | None = None
    match_score: float | None = None
    match_source: str | None = None
    divergence_node_id: str | None = None
    divergence_answer: str | None = None
    rejoin_node_id: str | None = None  # where the session came back to the flow, if it did
    already_analyzed: bool = False


def load_sessions(db: Session, session_ids: list[int]) -> dict[int, SupportSession]:
    """Sessions with their upstream flows, in two queries however many."""
    query = (
        select(SupportSession)
        .where(SupportSession.id.in_(session_ids))
        .options(selectinload(SupportSession.matched_flow))
    )
    return {session.id: session for session in db.scalars(query)}


_STEP_COLUMNS = (
    SessionStep.session_id,
    SessionStep.step_order,
    SessionStep.step_type,
    SessionStep.content,
    SessionStep.options_presented,
    SessionStep.selected_option,
    SessionStep.free_text_input,
    SessionStep.was_free_text,
    SessionStep.was_skipped,
    SessionStep.action_result,
)


def session_views(db: Session, sessions: Iterable[SupportSession]) -> dict[int, SessionView]:
    """Each session as the matcher and the providers read it. The steps are read as plain
    rows in one query: only their values are needed, and building ORM objects for them
    was a good part of an analysis's time."""
    by_id = {session.id: session for session in sessions}
    steps: dict[int, list[Any]] = {session_id: [] for session_id in by_id}
    rows = db.execute(select(*_STEP_COLUMNS).where(SessionStep.session_id.in_(by_id)))
    for row in rows:
        steps[row.session_id].append(row)
    return {i: session_view(session, steps[i]) for i, session in by_id.items()}


def load_session(db: Session, session_id: int, *, account_id: int | None = None) -> SupportSession:
    session = load_sessions(db, [session_id]).get(session_id)
    if session is None or (account_id is not None and session.account_id != account_id):
        raise NotFound(f"There is no session {session_id} in this account.")
    return session


def find_session(db: Session, *, account: str, external_id: str) -> SupportSession:
    """A session by its external id within an account (the id people know)."""
    found = db.scalar(
        select(SupportSession.id)
        .join(Account, Account.id == SupportSession.account_id)
        .where(Account.slug == account, SupportSession.external_id == external_id)
    )
    if found is None:
        raise NotFound(f"There is no session {external_id!r} in account {account!r}.")
    return load_session(db, found)


def current_analysis(db: Session, session_id: int) -> Analysis | None:
    return current_analyses(db, [session_id]).get(session_id)


def current_analyses(db: Session, session_ids: list[int]) -> dict[int, Analysis]:
    """The current analysis of each of the sessions that has one."""
    found = db.scalars(
        select(Analysis).where(Analysis.session_id.in_(session_ids), Analysis.is_current.is_(True))
    )
    return {analysis.session_id: analysis for analysis in found}


def _done_before(analysis: Analysis | None) -> bool:
    """Whether a recorded analysis stands (one skipped for the budget is tried again)."""
    return analysis is not None and analysis.outcome != "skipped_budget"


def analyze_session(
    db: Session,
    session_id: int,
    *,
    settings: Settings,
    provider: Provider,
    now: datetime | None = None,
    force: bool = False,
    rematch: bool = False,
) -> AnalysisResult:
    """Analyse one session once (or again with `force`, superseding the old record).

    With `rematch` the session is matched by the product even when it carries an upstream
    match; the session's own (upstream) match fields are never changed: the analysis
    records the match it used, its score and where it came from.
    """
    read = _read(
        db,
        [session_id],
        settings=settings,
        provider=provider,
        now=now or datetime.now(UTC),
        force=force,
        rematch=rematch,
    )
    if read.done:
        return read.done[0]
    if not read.contexts:
        raise NotFound(f"There is no session {session_id} in this account.")
    db.commit()  # end the read; LLM calls below book themselves in short transactions
    return _run(read.contexts[0])


@dataclass
class _Read:
    """Sessions read for analysis: the results recorded for those analysed before, and the
    context (match, alignment, route) of each of the others, in the order asked."""

    done: list[AnalysisResult]
    contexts: list[outcomes.Context]


def _read(
    db: Session,
    session_ids: list[int],
    *,
    settings: Settings,
    provider: Provider,
    now: datetime,
    force: bool = False,
    rematch: bool = False,
) -> _Read:
    """Read sessions, their steps and current analyses at once, and each account's library
    once; sessions not found are left out. With `force`, analysed sessions are read again."""
    sessions = load_sessions(db, session_ids)
    existing = current_analyses(db, session_ids)
    reader = _Reader(db, {session.account_id for session in sessions.values()})
    read = _Read([], [])
    waiting = []
    for session in (sessions[i] for i in session_ids if i in sessions):
        if _done_before(existing.get(session.id)) and not force:
            read.done.append(result_of(session, existing[session.id], already=True))
        else:
            waiting.append(session)
    views = session_views(db, waiting)
    read.contexts = [
        _context(
            reader, s, views[s.id], settings=settings, provider=provider, now=now, rematch=rematch
        )
        for s in waiting
    ]
    return read


@dataclass
class BatchResults:
    """What a batch did: a result per session analysed, and the sessions left for a
    conflict (a proposal they would join was reviewed meanwhile)."""

    results: list[AnalysisResult]
    conflicts: list[int]


def analyze_batch(
    db: Session, session_ids: list[int], *, settings: Settings, provider: Provider, now: datetime
) -> BatchResults:
    """Analyse many sessions as `analyze_session` analyses one, sharing reads and writes.

    The sessions, their steps and current analyses are read at once, each account's library
    once. Every outcome that needs no language model (reinforcing a flow, joining a pending
    proposal) is written in one transaction; the sessions that need a draft then run one by
    one, since their calls book themselves in transactions of their own.
    """
    read = _read(db, session_ids, settings=settings, provider=provider, now=now)
    done = BatchResults(read.done, [])
    try:
        later = _without_model(db, read.contexts, done)
    except StaleDataError:
        # a reviewer saved a proposal this batch was joining: start again, one at a time
        db.rollback()
        return _one_by_one(db, session_ids, settings=settings, provider=provider, now=now)
    for ctx in later:
        try:
            done.results.append(_run(ctx))
        except Conflict:
            done.conflicts.append(ctx.session.id)
    return done


def _without_model(
    db: Session, contexts: list[outcomes.Context], done: BatchResults
) -> list[outcomes.Context]:
    """Write, in one transaction, the outcomes that need no model; return the others."""
    staged = Staged()
    written: list[tuple[outcomes.Context, Entry]] = []
    later: list[outcomes.Context] = []
    # reinforcements first: joining a proposal takes the account's lock, held to the commit
    for ctx in sorted(contexts, key=lambda c: c.decision.route != "reinforce"):
        try:
            outcome = outcomes.without_model(ctx)
        except Conflict:
            done.conflicts.append(ctx.session.id)
            continue
        if outcome is None:
            later.append(ctx)
        else:
            written.append((ctx, _stage(ctx, outcome)))
            staged.absorb(ctx.staged)
    staged.write(db)
    done.results.extend(_result(ctx, entry) for ctx, entry in written)
    db.commit()
    return later


def _one_by_one(
    db: Session, session_ids: list[int], *, settings: Settings, provider: Provider, now: datetime
) -> BatchResults:
    done = BatchResults([], [])
    for session_id in session_ids:
        try:
            done.results.append(
                analyze_session(db, session_id, settings=settings, provider=provider, now=now)
            )
        except Conflict:
            done.conflicts.append(session_id)
    return done


def _run(ctx: outcomes.Context) -> AnalysisResult:
    """Carry out the route: LLM calls, proposal, and the analysis, committed together."""
    db = ctx.site.db
    try:
        written = outcomes.run(ctx)
    except BudgetExceeded as exc:
        db.rollback()
        written = outcomes.Written("skipped_budget", exc.message)
        ctx.next_attempt_at = next_day_start(ctx.site.now)
    except DraftRejected as exc:
        db.rollback()
        written = outcomes.Written("failed", exc.message)
    except LLMError as exc:
        db.rollback()
        if exc.retryable and ctx.session.analysis_attempts + 1 < MAX_ATTEMPTS:
            return _schedule_retry(db, ctx.session, exc, ctx.site.now)
        written = outcomes.Written("failed", f"The language model failed: {exc.message}")
    except StaleDataError as exc:
        db.rollback()
        raise Conflict("A proposal changed while this session was analysed; try again.") from exc
    except Conflict:
        db.rollback()
        raise
    entry = _stage(ctx, written)
    ctx.staged.write(db)
    result = _result(ctx, entry)
    db.commit()
    return result


class _Reader:
    """Reads what the sessions of one batch share: their accounts, each account's library
    and its flows. The accounts are read in one query and held (the identity map holds
    only weakly): every notification looks up its account's webhook, and would otherwise
    read the account again each time."""

    def __init__(self, db: Session, account_ids: set[int]) -> None:
        self.db = db
        self._libraries: dict[int, Library] = {}
        self._flows: dict[int, Flow] = {}  # held here: the identity map only holds weakly
        self._accounts = list(db.scalars(select(Account).where(Account.id.in_(account_ids))))

    def library(self, account_id: int) -> Library:
        """The account's active flows; only flows changed since the process last read them
        are read in full (their trees are what the matcher prepares)."""
        if account_id not in self._libraries:
            self._libraries[account_id] = self._read_library(account_id)
        return self._libraries[account_id]

    def flow(self, flow_id: int) -> Flow | None:
        return self._flows.get(flow_id) or self.db.get(Flow, flow_id)

    def _read_library(self, account_id: int) -> Library:
        flows = self.db.scalars(
            select(Flow)
            .options(defer(Flow.tree_structure))
            .where(Flow.account_id == account_id, Flow.status == "active")
            .order_by(Flow.id)
        ).all()
        self._flows.update((flow.id, flow) for flow in flows)

        def load(keys: list[Hashable]) -> list[PreparedFlow]:
            wanted = {cast(FlowKey, key)[0] for key in keys}
            return [p for flow in flows if flow.id in wanted if (p := _readable(flow)) is not None]

        return library([flow_key(f) for f in flows], load)


def _context(
    reader: _Reader,
    session: SupportSession,
    view: SessionView,
    *,
    settings: Settings,
    provider: Provider,
    now: datetime,
    rematch: bool = False,
) -> outcomes.Context:
    """The session, its match and alignment, and the route they call for (see dispatch):
    the session diverged when the alignment says it left the flow, not when it typed."""
    trail = read_trail(view)
    flow, alignment, source = _match(reader, session, trail, rematch=rematch)
    decision = decide(
        matched=flow is not None,
        score=_score(session, alignment, source),
        diverged=alignment is not None and alignment.diverged,
        enhance_at=settings.enhance_threshold,
        reinforce_at=settings.reinforce_threshold,
        in_passing=source == "computed" and _in_passing(reader, session, trail, flow, alignment),
        open_option=alignment is not None and alignment.anticipated,
        enhance_open_at=settings.enhance_open_threshold,
    )
    site = CallSite(
        db=reader.db,
        settings=settings,
        provider=provider,
        account_id=session.account_id,
        session_id=session.id,
        now=now,
    )
    return outcomes.Context(
        site=site,
        session=session,
        view=view,
        trail=trail,
        flow=flow,
        alignment=alignment,
        decision=decision,
        match_source=source,
        started=time.perf_counter(),
    )


def _in_passing(
    reader: _Reader,
    session: SupportSession,
    trail: Trail,
    flow: Flow | None,
    alignment: Alignment | None,
) -> bool:
    """Whether the session left the flow in passing (`Alignment.left_in_passing`), its
    problem statement or its words as a whole being more about another flow of the library
    (`Library.told_of_another`). Such a session met one of the flow's questions ("dock or
    direct cable?" in a flow about wireless mice) on its way to another problem; measured
    on the development sets, the sessions of a flow's own missing branch that leave this
    early are told of, and speak, in words of that flow (docs/analyzer.md)."""
    if flow is None or alignment is None or not alignment.left_in_passing:
        return False
    return reader.library(session.account_id).told_of_another(trail, flow_key(flow))


def _match(
    reader: _Reader, session: SupportSession, trail: Trail, *, rematch: bool
) -> tuple[Flow | None, Alignment | None, str | None]:
    """The upstream match when there is one (aligned for step nodes and divergence), else
    the best flow of the account by retrieval and alignment ("computed")."""
    if session.matched_flow is not None and not rematch:
        flow = session.matched_flow
        return flow, align_prepared(prepared_flow(flow), trail), "upstream"
    found = reader.library(session.account_id).match_trail(trail)
    if found is None:
        return None, None, None
    flow_id = cast(FlowKey, found.flow.key)[0]
    return reader.flow(flow_id), found.alignment, "computed"


def _score(
    session: SupportSession, alignment: Alignment | None, source: str | None
) -> float | None:
    """The upstream score when the match came with one, else the alignment's."""
    if source == "upstream" and session.match_score is not None:
        return session.match_score
    return alignment.score if alignment is not None else None


def flow_key(flow: Flow) -> FlowKey:
    """The key a flow is prepared and kept in a library under: id, version, creation."""
    return (flow.id, flow.current_version, flow.created_at)


def prepared_flow(flow: Flow) -> PreparedFlow:
    """A flow as the matcher reads it, cached by id and version."""
    return prepare_flow(
        parse_tree(flow.tree_structure),
        key=flow_key(flow),
        name=flow.name,
        description=flow.description,
        keywords=[str(k) for k in flow.match_keywords or []],
        domain=flow.problem_domain,
    )


def _readable(flow: Flow) -> PreparedFlow | None:
    """The prepared flow, or None when its stored tree cannot be read (it is not offered)."""
    try:
        return prepared_flow(flow)
    except InvalidTree:
        return None


def _schedule_retry(
    db: Session, session: SupportSession, error: LLMError, now: datetime
) -> AnalysisResult:
    attempts = session.analysis_attempts + 1
    wait = timedelta(minutes=min(60, 2 ** (attempts - 1)))
    db.execute(
        update(SupportSession)
        .where(SupportSession.id == session.id)
        .values(
            analysis_state="retry",
            analysis_attempts=attempts,
            next_attempt_at=now + wait,
            last_error=error.message,
        )
        .execution_options(synchronize_session=False)
    )
    db.commit()
    return AnalysisResult(
        session_id=session.id,
        external_id=session.external_id,
        outcome="retry",
        reason=f"The language model is unavailable ({error.message}); attempt {attempts} of "
        f"{MAX_ATTEMPTS}, next try after {(now + wait).isoformat(timespec='minutes')}.",
    )


def _stage(ctx: outcomes.Context, written: outcomes.Written) -> Entry:
    """Stage the session's analysis record and new state beside the outcome's own writes."""
    session, alignment = ctx.session, ctx.alignment
    matched = ctx.flow is not None
    entry = Entry(
        analysis={
            "account_id": session.account_id,
            "session_id": session.id,
            "is_current": True,
            "outcome": written.outcome,
            "reason": written.reason,
            "matched_flow_id": ctx.flow.id if ctx.flow else None,
            "match_score": _score(session, alignment, ctx.match_source) if matched else None,
            "match_source": ctx.match_source,
            "proposal_id": written.proposal_id,
            "provider": ctx.site.provider.name,
            "alignment": alignment.to_json() if alignment else None,
            "divergence_node_id": alignment.divergence_node_id if alignment else None,
            "divergence_answer": alignment.divergence_answer if alignment else None,
            "end_node_id": alignment.end_node_id if alignment else None,
            "started_at": ctx.site.now,
            "duration_ms": (time.perf_counter() - ctx.started) * 1000,
        },
        state=_state(session, written.outcome, ctx.next_attempt_at),
        tracking=written.tracking,
    )
    ctx.staged.entries.append(entry)
    return entry


def _state(session: SupportSession, outcome: str, retry_at: datetime | None) -> dict[str, Any]:
    """The session's state after the outcome; its claim is released."""
    state = {"skipped_budget": "deferred", "failed": "failed"}.get(outcome, "analyzed")
    deferred = state == "deferred"
    return {
        "id": session.id,
        "analysis_state": state,
        "analysis_attempts": session.analysis_attempts + (0 if deferred else 1),
        "next_attempt_at": retry_at,
        "claimed_by": None,
        "claim_expires_at": None,
    }


def _result(ctx: outcomes.Context, entry: Entry) -> AnalysisResult:
    """The written analysis as the analyzer reports it (before the commit expires the
    session's loaded attributes), read from the staged values: an ORM object made only to
    be read back cost more than the rest of the report."""
    written = SimpleNamespace(id=entry.analysis_id, matched_flow=ctx.flow, **entry.analysis)
    return result_of(ctx.session, written)


class Recorded(Protocol):
    """What a report reads of an analysis: a stored `Analysis`, or one just staged."""

    @property
    def id(self) -> int | None: ...
    @property
    def outcome(self) -> str: ...
    @property
    def reason(self) -> str: ...
    @property
    def proposal_id(self) -> int | None: ...
    @property
    def match_score(self) -> float | None: ...
    @property
    def match_source(self) -> str | None: ...
    @property
    def divergence_node_id(self) -> str | None: ...
    @property
    def divergence_answer(self) -> str | None: ...
    @property
    def alignment(self) -> dict[str, Any] | None: ...
    @property
    def matched_flow(self) -> Flow | None: ...


def result_of(
    session: SupportSession, analysis: Recorded, *, already: bool = False, flow: Flow | None = None
) -> AnalysisResult:
    """A recorded analysis as the analyzer reports it (for `explain` and the pages)."""
    flow = flow or analysis.matched_flow
    return AnalysisResult(
        session_id=session.id,
        external_id=session.external_id,
        outcome=analysis.outcome,
        reason=analysis.reason,
        analysis_id=analysis.id,
        proposal_id=analysis.proposal_id,
        flow_name=flow.name if flow else None,
        match_score=analysis.match_score,
        match_source=analysis.match_source,
        divergence_node_id=analysis.divergence_node_id,
        divergence_answer=analysis.divergence_answer,
        rejoin_node_id=(analysis.alignment or {}).get("rejoin_node_id"),
        already_analyzed=already,
    )
