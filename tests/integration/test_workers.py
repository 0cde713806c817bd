"""Worker processes on PostgreSQL: no session analysed twice, no lost merge, exact budget,
and a killed worker's claims taken over when the lease ends."""

from __future__ import annotations

import os
import random
import signal
import string
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from flywheel import db as dbmod
from flywheel.interchange import import_document
from flywheel.models import Analysis, LLMCall, Proposal, SupportSession
from tests import factories as f
from tests.analysis_support import novel_session
from tests.integration.test_analyzer import escaping, following

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.postgres


def _worker(url: str, *extra: str, budget: int = 100) -> subprocess.Popen[bytes]:
    env = os.environ | {"PYTHONPATH": str(ROOT), "FLYWHEEL_DAILY_LLM_CALL_BUDGET": str(budget)}
    command = [sys.executable, "-m", "flywheel.cli", "worker", "--database-url", url, *extra]
    return subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _mixed_sessions(count: int) -> list[dict[str, Any]]:
    """Three in four follow the flow, some leave it, some repeat one of ten new problems."""
    sessions: list[dict[str, Any]] = []
    for i in range(count):
        if i % 10 == 9:
            topic = i % 7
            sessions.append(
                novel_session(
                    f"N-{i}",
                    f"Problem {topic} zeta{topic}: widget{topic} broken",
                    [(f"Is widget{topic} plugged into port {topic}?", ["Yes", "No"], "Yes")],
                    "Fixed",
                    problem_domain=f"domain{topic}",
                )
            )
        elif i % 10 == 8:
            sessions.append(_distinct_escape(i))
        else:
            sessions.append(following(f"T-{i}"))
    return sessions


def _distinct_escape(i: int) -> dict[str, Any]:
    """A session leaving the flow in its own words (so that no two merge)."""
    rng = random.Random(i)

    def words() -> str:
        return " ".join("".join(rng.choices(string.ascii_lowercase, k=7)) for _ in range(6))

    session = escaping(f"E-{i}", answer=words())
    session["steps"][1]["content"]["text"] = words()
    session["steps"][2]["content"]["text"] = words()
    return session


def _load(factory: sessionmaker[Session], sessions: list[dict[str, Any]]) -> None:
    with dbmod.transaction(factory) as db:
        import_document(
            db,
            f.document(flows=[f.flow()], sessions=sessions, account="default"),
            source="test",
            default_account="default",
        )


def _count(db: Session, *where: Any) -> int:
    return db.scalar(select(func.count(Analysis.id)).where(Analysis.is_current, *where)) or 0


def test_four_workers_analyse_2000_sessions_exactly_once(postgres_url: str) -> None:
    factory = dbmod.session_factory(dbmod.make_engine(postgres_url))
    _load(factory, _mixed_sessions(2000))
    workers = [_worker(postgres_url, "--exit-when-idle", "--batch", "25") for _ in range(4)]
    for worker in workers:
        _, err = worker.communicate(timeout=600)
        assert worker.returncode == 0, err.decode()
    with factory() as db:
        assert _count(db) == 2000
        assert db.scalar(select(func.count(Analysis.id))) == 2000, "nothing analysed twice"
        assert db.scalar(select(func.count(LLMCall.id))) == 100, "the budget, to the call"
        proposals = list(db.scalars(select(Proposal).where(Proposal.proposal_type == "new_flow")))
        domains = [p.problem_domain for p in proposals]
        assert len(domains) == len(set(domains)), "one proposal per new problem"
        supporting = [s for p in proposals for s in p.supporting_session_ids]
        assert (
            len(supporting)
            == len(set(supporting))
            == sum(p.supporting_session_count for p in proposals)
        )
        joined = _count(db, Analysis.outcome.in_(("new_flow", "merged")))
        assert len(supporting) == joined, "every merge is in its proposal"


def _claimed(db: Session) -> int:
    """Sessions claimed and not yet analysed."""
    query = select(func.count(SupportSession.id)).where(
        SupportSession.claimed_by.is_not(None), SupportSession.analysis_state == "pending"
    )
    return db.scalar(query) or 0


def test_a_killed_workers_claims_are_taken_over_after_the_lease(postgres_url: str) -> None:
    factory = dbmod.session_factory(dbmod.make_engine(postgres_url))
    _load(factory, [following(f"T-{i}") for i in range(600)])
    victim = _worker(postgres_url, "--batch", "600", "--lease", "20")
    with factory() as db:
        # a batch commits as a whole: wait until some are analysed and the next are claimed
        deadline = time.monotonic() + 60
        while not (_count(db) and _claimed(db)) and time.monotonic() < deadline:
            time.sleep(0.01)
            db.rollback()
    victim.send_signal(signal.SIGKILL)
    victim.wait(timeout=30)
    with factory() as db:
        analysed = _count(db)
        claimed = _claimed(db)
        expires = db.scalar(select(func.max(SupportSession.claim_expires_at)))
    assert 0 < analysed < 600 and claimed > 0, "killed mid-batch, holding claims"
    early = _worker(postgres_url, "--exit-when-idle")
    early.communicate(timeout=120)
    with factory() as db:
        assert _count(db) == 600 - claimed, "the dead worker's claims wait for their lease"
    assert expires is not None
    time.sleep(max(0.0, (expires - datetime.now(UTC)).total_seconds()) + 0.5)
    rescuer = _worker(postgres_url, "--exit-when-idle")
    rescuer.communicate(timeout=300)
    with factory() as db:
        assert _count(db) == 600
        assert db.scalar(select(func.count(Analysis.id))) == 600
