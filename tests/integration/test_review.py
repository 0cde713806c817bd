"""Approving and rejecting proposals: published flows and versions, conflicts, scoping."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from sqlalchemy.orm import Session, sessionmaker

from flywheel import db as dbmod
from flywheel import review
from flywheel.config import Settings
from flywheel.errors import Conflict, InvalidInput, NotFound
from flywheel.models import AuditEvent, Flow, FlowVersion, Proposal
from tests import factories as f
from tests.analysis_support import MFA_QUESTIONS, analyze, load, novel_session, rows
from tests.integration.test_analyzer import NOW, escaping


def _approve(factory: sessionmaker[Session], proposal_id: int, **kw: Any) -> Flow:
    with dbmod.transaction(factory) as db:
        return review.approve(db, account="acme", proposal_id=proposal_id, reviewer="ana", **kw)


def _new_flow_proposal(factory: sessionmaker[Session], settings: Settings) -> int:
    load(factory, sessions=[novel_session("N-1", "MFA push notifications not arriving",
                                          MFA_QUESTIONS, "Re-registered the app")])
    result = analyze(factory, settings, "N-1", now=NOW)
    assert result.proposal_id is not None
    return result.proposal_id


def test_approving_a_new_flow_publishes_an_active_flow(
    factory: sessionmaker[Session], settings: Settings
) -> None:
    proposal_id = _new_flow_proposal(factory, settings)
    with dbmod.transaction(factory) as db:  # as merging sessions that worded an answer apart
        proposal = db.get(Proposal, proposal_id)
        data = copy.deepcopy(proposal.proposed_flow_data)
        data["tree_structure"]["options"][0]["label_votes"] = {"Yes": 2, "Yeah": 1}
        proposal.proposed_flow_data = data
    flow = _approve(factory, proposal_id, note="looks right")
    assert flow.status == "active" and flow.current_version == 1
    assert "support" not in flow.tree_structure, "support counts stay on proposals"
    assert "label_votes" not in flow.tree_structure["options"][0], "so do label votes"
    [proposal] = rows(factory, Proposal)
    assert (proposal.status, proposal.reviewer, proposal.review_note) == ("approved", "ana",
                                                                         "looks right")
    [event] = rows(factory, AuditEvent)
    assert event.action == "proposal.approved" and event.details["flow_id"] == flow.id


def test_approving_an_enhancement_adds_a_flow_version(
    factory: sessionmaker[Session], settings: Settings
) -> None:
    load(factory, flows=[f.flow()], sessions=[escaping("E-1")])
    proposal_id = analyze(factory, settings, "E-1", now=NOW).proposal_id
    assert proposal_id is not None
    flow = _approve(factory, proposal_id)
    assert flow.current_version == 2
    versions = rows(factory, FlowVersion)
    assert [v.version for v in versions] == [1, 2]
    assert len(flow.tree_structure["options"]) == 3


def test_double_approval_creates_one_version_and_a_clear_conflict(
    factory: sessionmaker[Session], settings: Settings
) -> None:
    proposal_id = _new_flow_proposal(factory, settings)
    _approve(factory, proposal_id)
    with pytest.raises(Conflict, match="already approved by ana"):
        _approve(factory, proposal_id)
    assert len(rows(factory, Flow)) == 1


def test_stale_version_is_refused(factory: sessionmaker[Session], settings: Settings) -> None:
    proposal_id = _new_flow_proposal(factory, settings)
    with pytest.raises(Conflict, match="changed by"):
        _approve(factory, proposal_id, expected_version=99)


def test_reject_needs_a_reason(factory: sessionmaker[Session], settings: Settings) -> None:
    proposal_id = _new_flow_proposal(factory, settings)
    with pytest.raises(InvalidInput, match="needs a reason"), dbmod.transaction(factory) as db:
        review.reject(db, account="acme", proposal_id=proposal_id, reviewer="ana", reason="  ")
    with dbmod.transaction(factory) as db:
        review.reject(db, account="acme", proposal_id=proposal_id, reviewer="ana",
                      reason="duplicate of the MFA flow")
    [proposal] = rows(factory, Proposal)
    assert proposal.status == "rejected" and proposal.review_note == "duplicate of the MFA flow"


def test_another_accounts_proposal_is_not_found(
    factory: sessionmaker[Session], settings: Settings
) -> None:
    proposal_id = _new_flow_proposal(factory, settings)
    load(factory, flows=[f.flow()], account="other")
    with pytest.raises(NotFound), dbmod.transaction(factory) as db:
        review.approve(db, account="other", proposal_id=proposal_id, reviewer="eve")
    assert rows(factory, Proposal)[0].status == "pending"


def _two_enhancements(factory: sessionmaker[Session], settings: Settings) -> tuple[int, int]:
    """Two different new branches of one flow, both drafted on its version 1."""
    other = escaping(
        "E-2",
        "Her smart card reader is not detected",
        action="Reinstall the smart card reader driver",
        fix="Card reader driver reinstalled",
    )
    sessions = [escaping("E-1"), other]
    load(factory, flows=[f.flow()], sessions=sessions)
    first = analyze(factory, settings, "E-1", now=NOW).proposal_id
    second = analyze(factory, settings, "E-2", now=NOW).proposal_id
    assert first is not None and second is not None and first != second
    return first, second


def test_an_edited_enhancement_is_not_reapplied_to_a_newer_flow(
    factory: sessionmaker[Session], settings: Settings
) -> None:
    first, second = _two_enhancements(factory, settings)
    with dbmod.transaction(factory) as db:
        proposal = db.get(Proposal, second)
        assert proposal is not None
        tree = dict(proposal.proposed_flow_data["tree_structure"])
        tree["question"] = "Can the user sign in anywhere at all?"
        review.save_edits(db, account="acme", proposal_id=second, editor="ana",
                          expected_version=proposal.version, tree=tree)
    _approve(factory, first)
    with pytest.raises(Conflict, match="was edited: approving would apply only the drafted"):
        _approve(factory, second)
    edited = next(p for p in rows(factory, Proposal) if p.id == second)
    assert edited.status == "pending"
    assert edited.proposed_flow_data["tree_structure"]["question"] == tree["question"]
    [flow] = rows(factory, Flow)
    assert flow.current_version == 2


def test_an_unedited_enhancement_is_reapplied_to_a_newer_flow(
    factory: sessionmaker[Session], settings: Settings
) -> None:
    first, second = _two_enhancements(factory, settings)
    _approve(factory, first)
    flow = _approve(factory, second)
    assert flow.current_version == 3
    assert len(flow.tree_structure["options"]) == 4, "both new branches are on the flow"
