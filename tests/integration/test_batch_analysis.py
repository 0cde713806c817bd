"""A claimed batch is analysed together (shared reads, staged writes), on SQLite and
PostgreSQL; what it writes must be what analysing its sessions one by one writes."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from flywheel import db as dbmod
from flywheel import evidence
from flywheel.analyzer import analyze_batch
from flywheel.config import Settings
from flywheel.llm.offline import OfflineProvider
from flywheel.models import (
    Account,
    Analysis,
    Flow,
    FlowTraffic,
    Notification,
    Proposal,
    SupportSession,
)
from flywheel.staging import EMA_WEIGHT
from tests import factories as f
from tests.analysis_support import MFA_QUESTIONS, analyze, load, novel_session
from tests.integration.test_analyzer import NOW, escaping, following


def _unmatched(session_id: str) -> dict[str, Any]:
    """A following session without an upstream match: the product must find the flow."""
    record = following(session_id)
    del record["matched_flow_id"], record["match_score"]
    return record


MAILBOX = [("Was the user granted Full Access in the last hour?", ["Yes", "No"], "No")]


def _seen_before() -> dict[str, Any]:
    """A new problem analysed before the batch: its pending proposal is there to join."""
    return novel_session("N-0", "MFA push not arriving", MFA_QUESTIONS, "Re-registered")


def _mixed() -> list[dict[str, Any]]:
    """Reinforcements (one escalated, one matched by the product), two sessions joining the
    pending proposal, a missing branch told twice, and a new problem."""
    return [
        following("T-1"),
        following("T-2", status="escalated"),
        _unmatched("T-3"),
        escaping("E-1"),
        novel_session("N-1", "MFA push not arriving on phone", MFA_QUESTIONS, "Re-registered"),
        following("T-4"),
        escaping("E-2"),
        novel_session("N-2", "MFA push notifications not arriving", MFA_QUESTIONS, "Re-added"),
        novel_session("M-1", "Shared mailbox missing in Outlook", MAILBOX, "Granted access"),
    ]


def _ids(db: Session, account: str) -> list[int]:
    query = (
        select(SupportSession.id)
        .join(Account, Account.id == SupportSession.account_id)
        .where(Account.slug == account)
        .order_by(SupportSession.id)
    )
    return list(db.scalars(query))


def _written(factory: sessionmaker[Session], account: str) -> dict[str, Any]:
    """Everything the analyses of one account wrote, in terms that do not depend on ids."""
    with factory() as db:
        account_id = db.scalar(select(Account.id).where(Account.slug == account))
        owned = select(SupportSession).where(SupportSession.account_id == account_id)
        sessions = {s.id: s for s in db.scalars(owned)}
        flows = {fl.id: fl for fl in db.scalars(select(Flow).where(Flow.account_id == account_id))}
        proposals = {
            p.id: p for p in db.scalars(select(Proposal).where(Proposal.account_id == account_id))
        }
        analyses = db.scalars(select(Analysis).where(Analysis.account_id == account_id)).all()
        traffic = db.scalars(select(FlowTraffic).where(FlowTraffic.flow_id.in_(flows))).all()
        notes = db.scalars(select(Notification).where(Notification.account_id == account_id))
        return {
            "analyses": sorted(
                (
                    sessions[a.session_id].external_id,
                    a.outcome,
                    a.is_current,
                    a.match_score,
                    a.match_source,
                    a.divergence_node_id,
                    a.end_node_id,
                    flows[a.matched_flow_id].external_id if a.matched_flow_id else None,
                    proposals[a.proposal_id].proposal_type if a.proposal_id else None,
                )
                for a in analyses
            ),
            "flows": sorted(
                (fl.external_id, round(fl.success_rate or 0, 9), fl.times_matched)
                + (fl.last_matched_at,)
                for fl in flows.values()
            ),
            "traffic": sorted((flows[t.flow_id].external_id, t.key, t.count) for t in traffic),
            "proposals": sorted(
                (
                    p.proposal_type,
                    p.status,
                    sorted(sessions[i].external_id for i in p.supporting_session_ids),
                    p.supporting_session_count,
                )
                for p in proposals.values()
            ),
            "sessions": sorted(
                (s.external_id, s.analysis_state, s.analysis_attempts, s.claimed_by)
                for s in sessions.values()
            ),
            "notifications": sorted(n.event for n in notes),
        }


def test_a_batch_writes_what_analysing_one_by_one_writes(
    factory: sessionmaker[Session], settings: Settings
) -> None:
    for account in ("solo", "batch"):
        load(factory, flows=[f.flow(success_rate=0.5)], sessions=[_seen_before()], account=account)
        analyze(factory, settings, "N-0", account=account, now=NOW)
        load(factory, sessions=_mixed(), account=account)
    for record in _mixed():
        analyze(factory, settings, record["id"], account="solo", now=NOW)
    with factory() as db:
        ids = _ids(db, "batch")[1:]
        done = analyze_batch(db, ids, settings=settings, provider=OfflineProvider(), now=NOW)
    assert done.conflicts == []
    assert sorted(r.outcome for r in done.results) == [
        *["auto_reinforced"] * 4,
        "enhancement",
        *["merged"] * 3,
        "new_flow",
    ]
    assert all(r.analysis_id is not None and r.proposal_id is not None for r in done.results)
    solo, batch = _written(factory, "solo"), _written(factory, "batch")
    assert batch == solo
    assert ("ad-lockout", "root", 4) in batch["traffic"]


def test_the_success_rate_moves_as_if_each_outcome_came_alone(
    factory: sessionmaker[Session], settings: Settings
) -> None:
    statuses = ["resolved", "escalated", "resolved", "resolved", "escalated"]
    sessions = [following(f"T-{i}", status=s) for i, s in enumerate(statuses)]
    load(factory, flows=[f.flow(success_rate=None)], sessions=sessions)
    with factory() as db:
        analyze_batch(db, _ids(db, "acme"), settings=settings, provider=OfflineProvider(), now=NOW)
    expected: float | None = None
    for status in statuses:
        result = 1.0 if status == "resolved" else 0.0
        expected = (result if expected is None else expected) * (1 - EMA_WEIGHT)
        expected += result * EMA_WEIGHT
    with factory() as db:
        [flow] = db.scalars(select(Flow)).all()
        assert flow.success_rate == pytest.approx(expected)
        assert flow.times_matched == len(statuses) and flow.last_matched_at == NOW


def test_a_batch_reports_sessions_analysed_before_without_writing_again(
    factory: sessionmaker[Session], settings: Settings
) -> None:
    load(factory, flows=[f.flow()], sessions=[following("T-1"), following("T-2")])
    first = analyze(factory, settings, "T-1", now=NOW)
    with factory() as db:
        done = analyze_batch(
            db, _ids(db, "acme"), settings=settings, provider=OfflineProvider(), now=NOW
        )
        assert [(r.external_id, r.already_analyzed) for r in done.results] == [
            ("T-1", True),
            ("T-2", False),
        ]
        assert done.results[0].analysis_id == first.analysis_id
        assert len(db.scalars(select(Analysis)).all()) == 2


def test_a_reviewers_save_during_a_batch_sends_it_one_by_one_and_loses_nothing(
    postgres_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Between the batch reading a pending proposal and writing its join, a reviewer saves
    it (another connection; only PostgreSQL lets a second writer in meanwhile). The join's
    version check fails, the batch is rolled back and its sessions analysed one by one:
    every session is analysed once, and the reviewer's edit and every join are kept."""
    engine = dbmod.make_engine(postgres_url)
    factory, reviewer = dbmod.session_factory(engine), dbmod.session_factory(engine)
    settings = Settings(database_url=postgres_url, _env_file=None)  # type: ignore[call-arg]
    load(factory, flows=[f.flow()], sessions=[_seen_before()])
    analyze(factory, settings, "N-0", now=NOW)
    joining = [
        novel_session("N-1", "MFA push not arriving on phone", MFA_QUESTIONS, "Re-registered"),
        novel_session("N-2", "MFA push notifications not arriving", MFA_QUESTIONS, "Re-added"),
    ]
    load(factory, sessions=[following("T-1"), *joining])
    real_grow, saved = evidence.grow_tree, []

    def grow_while_a_reviewer_saves(*args: Any, **kwargs: Any) -> Any:
        if not saved:
            with dbmod.transaction(reviewer) as other:
                [pending] = other.scalars(select(Proposal).where(Proposal.status == "pending"))
                pending.title = "Reviewed title"
            saved.append(True)
        return real_grow(*args, **kwargs)

    monkeypatch.setattr(evidence, "grow_tree", grow_while_a_reviewer_saves)
    with factory() as db:
        ids = _ids(db, "acme")[1:]
        done = analyze_batch(db, ids, settings=settings, provider=OfflineProvider(), now=NOW)
    engine.dispose()
    assert saved and done.conflicts == []
    assert sorted(r.outcome for r in done.results) == ["auto_reinforced", "merged", "merged"]
    written = _written(factory, "acme")
    assert [a[:3] for a in written["analyses"]].count(("T-1", "auto_reinforced", True)) == 1
    assert len(written["analyses"]) == 4, "each session analysed once"
    with factory() as db:
        [pending] = db.scalars(select(Proposal).where(Proposal.status == "pending"))
        assert pending.title == "Reviewed title"
        assert pending.supporting_session_count == 3
