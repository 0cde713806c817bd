"""Running the product: fresh temporary databases, every session analysed in them exactly
as production does, and what the analyzer recorded read back (outcomes, proposals)."""

from __future__ import annotations

import random
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from flywheel import db as dbmod
from flywheel.analyzer import analyze_session
from flywheel.config import Settings
from flywheel.interchange import import_document
from flywheel.llm.base import Provider
from flywheel.models import Analysis, Proposal, SupportSession

ACCOUNT = "eval"


@dataclass(frozen=True)
class Outcome:
    """What the analyzer recorded for one session, in external ids."""

    session_id: str
    outcome: str
    flow_id: str | None
    score: float | None
    source: str | None
    path: tuple[str, ...]
    end_node_id: str | None
    divergence_node_id: str | None
    proposal_id: int | None


@dataclass(frozen=True)
class ProposalView:
    id: int
    proposal_type: str
    status: str
    target_flow_id: str | None
    supporting: int
    sessions: tuple[str, ...]  # the supporting sessions' external ids
    data: dict[str, Any]
    diff: dict[str, Any] | None


@dataclass
class Run:
    """One experiment's analyses and proposals, and how long the analyses took."""

    outcomes: list[Outcome] = field(default_factory=list)
    proposals: list[ProposalView] = field(default_factory=list)
    seconds: float = 0.0


Progress = Callable[[str, int, int], None]  # (the run, sessions analysed, its sessions)


class Workspace:
    """Fresh temporary databases, copied from one migrated template, for each experiment.
    `progress` hears of every session analysed, the run named by the experiment under way
    (`stage`) and its number. With a `shuffle` seed, each run analyses its sessions in an
    order shuffled with it, to see how much a figure owes to the order sessions came in."""

    def __init__(
        self,
        folder: Path,
        settings: Settings,
        provider: Provider,
        progress: Progress | None = None,
        shuffle: int | None = None,
    ) -> None:
        self.folder = folder
        self.settings = settings
        self.provider = provider
        self.progress = progress
        self.shuffle = shuffle
        self.stage = ""
        self.template = folder / "template.db"
        self.count = 0
        engine = dbmod.make_engine(f"sqlite:///{self.template}")
        dbmod.upgrade(engine)
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        engine.dispose()

    def run(self, flows: list[dict[str, Any]], sessions: list[dict[str, Any]]) -> Run:
        """Import the flows and sessions into a fresh database and analyse every session, in
        the order given (or shuffled, see `shuffle`)."""
        self.count += 1
        if self.shuffle is not None:
            sessions = list(sessions)
            random.Random(self.shuffle).shuffle(sessions)
        target = self.folder / f"run{self.count}.db"
        shutil.copyfile(self.template, target)
        engine = dbmod.make_engine(f"sqlite:///{target}")
        try:
            return self._run(dbmod.session_factory(engine), flows, sessions)
        finally:
            engine.dispose()
            target.unlink(missing_ok=True)

    def _run(self, factory: Any, flows: list[Any], sessions: list[Any]) -> Run:
        document = {"format": "knowledge-flywheel/v1", "account": ACCOUNT}
        with dbmod.transaction(factory) as db:
            import_document(
                db,
                document | {"flows": flows, "sessions": sessions},
                source="eval",
                default_account=ACCOUNT,
            )
        with factory() as db:
            ids = list(db.scalars(select(SupportSession.id).order_by(SupportSession.id)))
        started = time.perf_counter()
        for done, session_id in enumerate(ids, 1):
            with factory() as db:
                analyze_session(db, session_id, settings=self.settings, provider=self.provider)
            if self.progress is not None:
                self.progress(f"{self.stage}, run {self.count}", done, len(ids))
        seconds = time.perf_counter() - started
        with factory() as db:
            return Run(_outcomes(db), _proposals(db), seconds)


@contextmanager
def workspace(
    settings: Settings,
    provider: Provider,
    progress: Progress | None = None,
    shuffle: int | None = None,
) -> Iterator[Workspace]:
    """A workspace in a temporary folder, removed with everything in it afterwards."""
    with tempfile.TemporaryDirectory(prefix="flywheel-eval-") as folder:
        yield Workspace(Path(folder), settings, provider, progress, shuffle)


def _outcomes(db: Session) -> list[Outcome]:
    analyses = db.scalars(
        select(Analysis)
        .where(Analysis.is_current.is_(True))
        .options(selectinload(Analysis.session), selectinload(Analysis.matched_flow))
        .order_by(Analysis.session_id)
    )
    return [_outcome(analysis) for analysis in analyses]


def _outcome(analysis: Analysis) -> Outcome:
    alignment = analysis.alignment or {}
    return Outcome(
        session_id=analysis.session.external_id,
        outcome=analysis.outcome,
        flow_id=analysis.matched_flow.external_id if analysis.matched_flow else None,
        score=analysis.match_score,
        source=analysis.match_source,
        path=tuple(alignment.get("path") or ()),
        end_node_id=analysis.end_node_id,
        divergence_node_id=analysis.divergence_node_id,
        proposal_id=analysis.proposal_id,
    )


def _proposals(db: Session) -> list[ProposalView]:
    external = dict(db.execute(select(SupportSession.id, SupportSession.external_id)).all())
    rows = db.scalars(
        select(Proposal).options(selectinload(Proposal.target_flow)).order_by(Proposal.id)
    )
    return [
        ProposalView(
            id=p.id,
            proposal_type=p.proposal_type,
            status=p.status,
            target_flow_id=p.target_flow.external_id if p.target_flow else None,
            supporting=p.supporting_session_count,
            sessions=tuple(external[i] for i in p.supporting_session_ids if i in external),
            data=p.proposed_flow_data,
            diff=p.proposed_diff,
        )
        for p in rows
    ]
