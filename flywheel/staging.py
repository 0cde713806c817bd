"""Analysis writes gathered in memory, then sent in a few multi-row statements.

Analysing a session writes its analysis record and its new state, and a reinforcement also
moves the flow's success rate and usage, bumps traffic counters and adds a tracking record.
Sent one session at a time that is half a dozen statements per session; staged for a whole
claimed batch, it is one statement per table. Every counter is moved relative to what the
database holds at write time, so analyzers running side by side never lose each other's
counts.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, bindparam, func, insert, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from flywheel.models import Analysis, Flow, FlowTraffic, Proposal, SupportSession

EMA_WEIGHT = 0.1


@dataclass
class Entry:
    """One session's analysis record, its tracking record (reinforcements) and its state;
    the analysis's id (and its tracking record's, as its proposal) are known once written."""

    analysis: dict[str, Any]
    state: dict[str, Any]
    tracking: dict[str, Any] | None = None
    analysis_id: int | None = None


@dataclass
class _Fold:
    """The real outcomes (1 resolved, 0 not) a flow was reinforced with, in order."""

    results: list[float] = field(default_factory=list)
    last_at: datetime | None = None

    def decay_and_gain(self) -> tuple[float, float]:
        """Applying the moving average once per result equals `rate * decay + gain`."""
        decay, gain = 1.0, 0.0
        for result in self.results:
            decay *= 1 - EMA_WEIGHT
            gain = gain * (1 - EMA_WEIGHT) + result * EMA_WEIGHT
        return decay, gain


@dataclass
class Staged:
    """What one or many analyses will write, in the order they were staged."""

    entries: list[Entry] = field(default_factory=list)
    traffic: Counter[tuple[int, str]] = field(default_factory=Counter)
    folds: dict[int, _Fold] = field(default_factory=dict)

    def reinforce(self, flow_id: int, *, result: float, at: datetime, keys: list[str]) -> None:
        """Count one real outcome for the flow, and its traffic along the keys walked."""
        fold = self.folds.setdefault(flow_id, _Fold())
        fold.results.append(result)
        fold.last_at = _later(fold.last_at, at)
        self.traffic.update((flow_id, key) for key in keys)

    def absorb(self, other: Staged) -> None:
        """Take over another staging's writes (a session's, into its batch's)."""
        self.entries.extend(other.entries)
        self.traffic.update(other.traffic)
        for flow_id, fold in other.folds.items():
            mine = self.folds.setdefault(flow_id, _Fold())
            mine.results.extend(fold.results)
            mine.last_at = _later(mine.last_at, fold.last_at)

    def write(self, db: Session) -> None:
        """Send everything staged on `db` (the caller commits) and fill in the new ids."""
        _write_folds(db, self.folds)
        _write_traffic(db, self.traffic)
        _write_tracking(db, [e for e in self.entries if e.tracking is not None])
        _write_analyses(db, self.entries)
        _write_states(db, self.entries)
        self.entries, self.traffic, self.folds = [], Counter(), {}


def _later(one: datetime | None, other: datetime | None) -> datetime | None:
    return other if one is None else one if other is None else max(one, other)


def _write_folds(db: Session, folds: dict[int, _Fold]) -> None:
    """Success rate, usage and last use of each reinforced flow, in id order (so that two
    writers lock flows in the same order)."""
    if not folds:
        return
    table = cast(Table, Flow.__table__)
    rows = []
    for flow_id in sorted(folds):
        fold = folds[flow_id]
        decay, gain = fold.decay_and_gain()
        rows.append(
            {
                "flow_id": flow_id,
                "first": fold.results[0],
                "decay": decay,
                "gain": gain,
                "uses": len(fold.results),
                "at": fold.last_at,
            }
        )
    statement = (
        update(table)
        .where(table.c.id == bindparam("flow_id"))
        .values(
            success_rate=func.coalesce(table.c.success_rate, bindparam("first"))
            * bindparam("decay")
            + bindparam("gain"),
            times_matched=table.c.times_matched + bindparam("uses"),
            last_matched_at=bindparam("at"),
        )
    )
    db.execute(statement, rows)


def _write_traffic(db: Session, traffic: Counter[tuple[int, str]]) -> None:
    """Per-node and per-branch counters, each raised atomically by what this batch saw."""
    if not traffic:
        return
    dialect = postgresql if db.get_bind().dialect.name == "postgresql" else sqlite
    table = cast(Table, FlowTraffic.__table__)
    statement = dialect.insert(table)
    statement = statement.on_conflict_do_update(
        index_elements=["flow_id", "key"],
        set_={"count": table.c.count + statement.excluded.count},
    )
    rows = [{"flow_id": f, "key": k, "count": n} for (f, k), n in sorted(traffic.items())]
    db.execute(statement, rows)


def _write_tracking(db: Session, entries: list[Entry]) -> None:
    """The reinforcements' tracking records; each becomes its analysis's proposal."""
    rows = [e.tracking for e in entries if e.tracking is not None]
    if not rows:
        return
    statement = insert(Proposal).returning(Proposal.id, sort_by_parameter_order=True)
    ids = db.scalars(statement, rows).all()
    for entry, proposal_id in zip(entries, ids, strict=True):
        entry.analysis["proposal_id"] = proposal_id


def _write_analyses(db: Session, entries: list[Entry]) -> None:
    """Supersede the sessions' current analyses, then add the new ones."""
    if not entries:
        return
    db.execute(
        update(Analysis)
        .where(
            Analysis.session_id.in_([e.analysis["session_id"] for e in entries]),
            Analysis.is_current.is_(True),
        )
        .values(is_current=False)
        .execution_options(synchronize_session=False)
    )
    statement = insert(Analysis).returning(Analysis.id, sort_by_parameter_order=True)
    ids = db.scalars(statement, [e.analysis for e in entries]).all()
    for entry, analysis_id in zip(entries, ids, strict=True):
        entry.analysis_id = analysis_id


def _write_states(db: Session, entries: list[Entry]) -> None:
    """Each session's analysis state, attempts and released claim, by primary key."""
    if entries:
        db.execute(update(SupportSession), [e.state for e in entries])
