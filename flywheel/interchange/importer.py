"""Import of interchange documents: all validated first, then written; idempotent by id."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from flywheel.accounts import check_slug, ensure_account, ensure_team
from flywheel.errors import InvalidInput, InvalidTree
from flywheel.interchange.exporter import flow_record, session_record
from flywheel.interchange.records import (
    FORMAT,
    FlowRecord,
    SessionRecord,
    StepRecord,
    describe_validation,
    read_json_file,
    summarize_errors,
)
from flywheel.models import Account, Flow, SessionStep, SupportSession
from flywheel.trees import errors_of, parse_tree, validate_tree

CONTENT_FIELDS = ("name", "description", "problem_domain", "match_keywords", "tree_structure")
READY_STATUSES = {"resolved", "escalated", "abandoned"}
_CHUNK = 500


@dataclass
class ImportReport:
    """What one document did: created, updated or left unchanged, for flows and sessions."""

    source: str
    account: str
    counts: dict[str, int] = field(default_factory=dict)

    def add(self, kind: str, what: str) -> None:
        key = f"{kind}_{what}"
        self.counts[key] = self.counts.get(key, 0) + 1

    def summary(self) -> str:
        parts = [f"{n} {key.replace('_', ' ')}" for key, n in sorted(self.counts.items()) if n]
        return f"{self.source} -> account {self.account}: " + (", ".join(parts) or "nothing")


@dataclass
class _Parsed:
    account: str
    flows: list[FlowRecord]
    sessions: list[SessionRecord]


def import_file(
    db: Session, path: Path, *, default_account: str, max_bytes: int, actor: str = "import"
) -> ImportReport:
    """Import one file; on any problem nothing of it is written (the caller's transaction)."""
    document = read_json_file(path, max_bytes=max_bytes)
    return import_document(
        db, document, source=str(path), default_account=default_account, actor=actor
    )


def import_document(
    db: Session, document: object, *, source: str, default_account: str, actor: str = "import"
) -> ImportReport:
    """Validate the whole document, then upsert its flows and sessions by external id."""
    parsed = _parse_document(document, source=source, default_account=default_account)
    account = ensure_account(db, parsed.account)
    flows = {
        f.external_id: f for f in db.scalars(select(Flow).where(Flow.account_id == account.id))
    }
    _check_flow_references(parsed, flows, source=source)
    report = ImportReport(source=source, account=account.slug)
    for flow_rec in parsed.flows:
        _upsert_flow(db, account=account, record=flow_rec, flows=flows, report=report, actor=actor)
    db.flush()
    teams: dict[str, int] = {}
    for chunk in _chunks(parsed.sessions, _CHUNK):
        existing = _load_sessions(db, account, [rec.id for rec in chunk])
        for rec in chunk:
            team_id = _team_id(db, account, rec.team, teams)
            _upsert_session(
                db,
                account=account,
                record=rec,
                existing=existing.get(rec.id),
                flows=flows,
                team_id=team_id,
                report=report,
            )
        db.flush()
    return report


def _parse_document(document: object, *, source: str, default_account: str) -> _Parsed:
    if not isinstance(document, dict):
        raise InvalidInput(f"{source}: expected a JSON object with 'flows' and/or 'sessions'.")
    problems: list[str] = []
    fmt = document.get("format", FORMAT)
    if fmt != FORMAT:
        problems.append(f"format: {fmt!r} is not supported; expected {FORMAT!r}")
    account = document.get("account") or default_account
    try:
        check_slug(str(account))
    except InvalidInput as exc:
        problems.append(f"account: {exc.message}")
    flows = _parse_records(document, "flows", FlowRecord, problems)
    sessions = _parse_records(document, "sessions", SessionRecord, problems)
    for index, flow in enumerate(flows):
        problems.extend(_tree_problems(flow, index))
    for index, session in enumerate(sessions):
        problems.extend(_step_problems(session, index))
    if problems:
        raise summarize_errors(source, problems)
    return _Parsed(account=str(account), flows=flows, sessions=sessions)


def _parse_records(
    document: dict[str, Any], key: str, model: type[Any], problems: list[str]
) -> list[Any]:
    raw = document.get(key, [])
    if not isinstance(raw, list):
        problems.append(f"{key}: must be a list, not {type(raw).__name__}")
        return []
    records: list[Any] = []
    seen: set[str] = set()
    for index, item in enumerate(raw):
        label = _label(key, index, item)
        try:
            record = model.model_validate(item)
        except ValidationError as exc:
            problems.extend(describe_validation(exc, prefix=label))
            continue
        if record.id in seen:
            problems.append(f"{label}: id {record.id!r} appears more than once in this file")
        seen.add(record.id)
        records.append(record)
    return records


def _label(key: str, index: int, item: object) -> str:
    ident = item.get("id") if isinstance(item, dict) else None
    return f"{key}[{index}] (id {ident!r})" if isinstance(ident, str) else f"{key}[{index}]"


def _tree_problems(flow: FlowRecord, index: int) -> list[str]:
    label = f"flows[{index}] (id {flow.id!r}): tree_structure"
    try:
        tree = parse_tree(flow.tree_structure)
    except InvalidTree as exc:
        return [f"{label}: {problem}" for problem in exc.problems] or [f"{label}: {exc.message}"]
    return [f"{label}: {v.message}" for v in errors_of(validate_tree(tree))]


def _step_problems(session: SessionRecord, index: int) -> list[str]:
    orders = [step.step_order for step in session.steps]
    if len(orders) == len(set(orders)):
        return []
    return [f"sessions[{index}] (id {session.id!r}): steps: step_order values repeat"]


def _check_flow_references(parsed: _Parsed, flows: dict[str, Flow], *, source: str) -> None:
    known = set(flows) | {flow.id for flow in parsed.flows}
    problems = [
        f"sessions[{index}] (id {rec.id!r}): matched_flow_id: {rec.matched_flow_id!r} names no "
        f"flow of account {parsed.account!r}"
        for index, rec in enumerate(parsed.sessions)
        if rec.matched_flow_id is not None and rec.matched_flow_id not in known
    ]
    if problems:
        raise summarize_errors(source, problems)


def _flow_values(record: FlowRecord) -> dict[str, Any]:
    values = record.model_dump(exclude={"id"}, exclude_unset=False)
    extra = record.extras()
    return {key: values[key] for key in values if key not in extra} | {"extra": extra}


def _upsert_flow(
    db: Session,
    *,
    account: Account,
    record: FlowRecord,
    flows: dict[str, Flow],
    report: ImportReport,
    actor: str,
) -> None:
    flow = flows.get(record.id)
    values = _flow_values(record)
    if flow is None:
        flow = Flow(account_id=account.id, external_id=record.id, current_version=1, **values)
        flow.snapshot(created_by=actor, note="imported")
        db.add(flow)
        flows[record.id] = flow
        report.add("flows", "created")
        return
    if FlowRecord.model_validate(flow_record(flow)).model_dump() == record.model_dump():
        report.add("flows", "unchanged")
        return
    content_changed = any(getattr(flow, key) != values[key] for key in CONTENT_FIELDS)
    for key, value in values.items():
        setattr(flow, key, value)
    if content_changed:
        flow.current_version += 1
        flow.snapshot(created_by=actor, note="re-imported")
    report.add("flows", "updated")


def _load_sessions(db: Session, account: Account, ids: list[str]) -> dict[str, SupportSession]:
    query = (
        select(SupportSession)
        .where(SupportSession.account_id == account.id, SupportSession.external_id.in_(ids))
        .options(
            selectinload(SupportSession.steps),
            selectinload(SupportSession.team),
            selectinload(SupportSession.matched_flow),
        )
    )
    return {s.external_id: s for s in db.scalars(query)}


def _team_id(db: Session, account: Account, slug: str | None, cache: dict[str, int]) -> int | None:
    if slug is None:
        return None
    if slug not in cache:
        cache[slug] = ensure_team(db, account, slug).id
    return cache[slug]


def _upsert_session(
    db: Session,
    *,
    account: Account,
    record: SessionRecord,
    existing: SupportSession | None,
    flows: dict[str, Flow],
    team_id: int | None,
    report: ImportReport,
) -> None:
    if existing is not None:
        if (
            SessionRecord.model_validate(session_record(existing)).model_dump()
            == record.model_dump()
        ):
            report.add("sessions", "unchanged")
            return
        existing.steps.clear()
        db.flush()
    session = existing or SupportSession(account_id=account.id, external_id=record.id)
    flow = flows.get(record.matched_flow_id) if record.matched_flow_id else None
    for key, value in _session_values(record).items():
        setattr(session, key, value)
    session.team_id = team_id
    session.matched_flow = flow
    session.steps = [_step_of(step) for step in sorted(record.steps, key=lambda s: s.step_order)]
    if existing is None:
        session.analysis_state = "pending" if record.status in READY_STATUSES else "not_ready"
        db.add(session)
    report.add("sessions", "updated" if existing is not None else "created")


def _session_values(record: SessionRecord) -> dict[str, Any]:
    names = (
        "status",
        "problem_summary",
        "problem_domain",
        "confidence_tier",
        "confidence_score",
        "resolution_summary",
        "escalation_reason",
        "match_score",
        "resolved_at",
    )
    return {name: getattr(record, name) for name in names} | {"extra": record.extras()}


def _step_of(record: StepRecord) -> SessionStep:
    values = record.model_dump(exclude=set(record.extras()))
    return SessionStep(**values, extra=record.extras())


def _chunks(items: list[SessionRecord], size: int) -> Iterator[list[SessionRecord]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
