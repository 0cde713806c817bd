"""The analyzer end to end on SQLite and PostgreSQL: every outcome, merging, budget, repair."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy.orm import Session, sessionmaker

from flywheel import db as dbmod
from flywheel import evidence, review
from flywheel.config import Settings
from flywheel.errors import LLMError
from flywheel.llm.base import FlowRequest
from flywheel.llm.offline import OfflineProvider
from flywheel.llm.scripted import ScriptedProvider
from flywheel.mining import remine
from flywheel.models import (
    Analysis,
    Flow,
    FlowTraffic,
    LLMCall,
    Notification,
    Proposal,
    SupportSession,
)
from flywheel.trees import parse_tree, tree_to_dict
from tests import factories as f
from tests.analysis_support import MFA_QUESTIONS, analyze, load, novel_session, rows

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def following(session_id: str, *, status: str = "resolved", score: float = 0.9) -> dict[str, Any]:
    """A session that walks the factory flow: yes -> unlock -> done."""
    steps = [
        f.step(0),
        f.action_step(1, "Unlock the account", "unlocked"),
        f.solution_step(2, "Unlocked"),
    ]
    return f.session(
        session_id, status=status, matched_flow_id="ad-lockout", match_score=score, steps=steps
    )


def escaping(
    session_id: str,
    answer: str = "The user is on a kiosk PC",
    *,
    action: str = "Reset the kiosk profile",
    fix: str = "Kiosk profile rebuilt",
) -> dict[str, Any]:
    """A session that leaves the flow at the root with a free-text answer."""
    steps = [
        f.step(0, selected_option=None, free_text_input=answer, was_free_text=True),
        f.action_step(1, action, "done"),
        f.solution_step(2, fix),
    ]
    return f.session(session_id, matched_flow_id="ad-lockout", match_score=0.7, steps=steps)


def test_following_session_reinforces_with_its_real_outcome(
    factory: sessionmaker[Session], settings: Settings
) -> None:
    load(
        factory,
        flows=[f.flow(success_rate=0.5)],
        sessions=[following("T-1"), following("T-2", status="escalated")],
    )
    first = analyze(factory, settings, "T-1", now=NOW)
    assert first.outcome == "auto_reinforced"
    [flow] = rows(factory, Flow)
    assert flow.success_rate == pytest.approx(0.55)
    assert flow.times_matched == 1 and flow.last_matched_at == NOW
    analyze(factory, settings, "T-2", now=NOW)
    [flow] = rows(factory, Flow)
    assert flow.success_rate == pytest.approx(0.495), "an escalation counts as a failure"
    traffic = {t.key: t.count for t in rows(factory, FlowTraffic)}
    assert traffic == {"root": 2, "unlock": 2, "done": 2, "root:yes": 2}
    tracking = rows(factory, Proposal)
    assert [p.status for p in tracking] == ["auto_reinforced", "auto_reinforced"]
    assert rows(factory, Notification) == [], "reinforcement needs no review"
    assert rows(factory, LLMCall) == [], "reinforcement makes no LLM call"


def test_novel_session_becomes_a_new_flow_proposal_with_notification(
    factory: sessionmaker[Session], settings: Settings
) -> None:
    load(
        factory,
        sessions=[
            novel_session(
                "N-1",
                "MFA push notifications not arriving on phone",
                MFA_QUESTIONS,
                "Re-registered the Authenticator app",
            )
        ],
    )
    result = analyze(factory, settings, "N-1", now=NOW)
    assert result.outcome == "new_flow"
    [proposal] = rows(factory, Proposal)
    assert proposal.status == "pending" and proposal.proposal_type == "new_flow"
    tree = proposal.proposed_flow_data["tree_structure"]
    assert tree["question"] == MFA_QUESTIONS[0][0]
    assert tree["support"] == 1
    [note] = rows(factory, Notification)
    assert note.event == "proposal.pending" and note.payload["proposal_id"] == proposal.id
    [call] = rows(factory, LLMCall)
    assert (call.action, call.outcome, call.provider) == ("new_flow", "ok", "offline")
    [analysis] = rows(factory, Analysis)
    assert analysis.proposal_id == proposal.id and analysis.provider == "offline"
    assert analysis.duration_ms is not None


# the MFA questions answered the other way at the second: the app is registered
REGISTERED_PATH = [
    MFA_QUESTIONS[0],
    ("Is the Authenticator app registered to the current phone?", ["Yes", "No"], "Yes"),
]


def test_similar_session_merges_before_any_llm_call_and_persists(
    factory: sessionmaker[Session], settings: Settings
) -> None:
    load(
        factory,
        sessions=[
            novel_session(
                "N-1",
                "MFA push notifications not arriving on phone",
                MFA_QUESTIONS,
                "Re-registered the Authenticator app",
            ),
            novel_session(
                "N-2",
                "MFA push notification not arriving on the phone",
                REGISTERED_PATH,
                "Turned on notifications for the Authenticator app",
            ),
        ],
    )
    analyze(factory, settings, "N-1", now=NOW)
    provider = ScriptedProvider(flow=lambda request: pytest.fail("no draft should be asked for"))
    result = analyze(factory, settings, "N-2", provider=provider, now=NOW)
    assert result.outcome == "merged" and provider.requests == []
    [proposal] = rows(factory, Proposal)  # read back through a new database session
    ids = {s.external_id: s.id for s in rows(factory, SupportSession)}
    assert proposal.supporting_session_ids == [ids["N-1"], ids["N-2"]]
    assert proposal.supporting_session_count == 2
    tree = proposal.proposed_flow_data["tree_structure"]
    assert tree["support"] == 2
    second = next(c for c in tree["children"] if c["id"] == tree["options"][1]["next_node_id"])
    assert {o["label"]: o.get("support") for o in second["options"]} == {"Yes": 1, "No": 1}
    assert [n.event for n in rows(factory, Notification)] == [
        "proposal.pending",
        "proposal.updated",
    ]
    assert len(rows(factory, LLMCall)) == 1


def test_a_new_flow_is_re_mined_from_its_sessions_paths_until_a_reviewer_edits_it(
    factory: sessionmaker[Session], settings: Settings
) -> None:
    summary, fix = "MFA push notifications not arriving on phone", "Re-registered the app"
    load(
        factory,
        sessions=[
            novel_session("N-1", summary, MFA_QUESTIONS, fix),
            novel_session("N-2", summary, REGISTERED_PATH, "Turned on notifications for the app"),
            novel_session("N-3", summary, MFA_QUESTIONS, fix),
        ],
    )
    analyze(factory, settings, "N-1", now=NOW)
    analyze(factory, settings, "N-2", now=NOW)
    [proposal] = rows(factory, Proposal)
    ids = {s.external_id: s.id for s in rows(factory, SupportSession)}
    kept = proposal.proposed_flow_data[evidence.SESSION_PATHS]
    assert [entry["sessions"] for entry in kept] == [[ids["N-1"]], [ids["N-2"]]]
    remined = remine([parse_tree(entry["tree"]) for entry in kept])
    assert proposal.proposed_flow_data["tree_structure"] == tree_to_dict(remined)
    reworded = "Does any MFA push reach the phone?"
    edited = proposal.proposed_flow_data["tree_structure"] | {"question": reworded}
    editing = {"account": "acme", "proposal_id": proposal.id, "editor": "kim"}
    with dbmod.transaction(factory) as db:
        review.save_edits(db, **editing, expected_version=proposal.version, tree=edited)
    assert analyze(factory, settings, "N-3", now=NOW).outcome == "merged"
    [proposal] = rows(factory, Proposal)
    data = proposal.proposed_flow_data
    assert evidence.SESSION_PATHS not in data, "re-mined from the paths, the edit would be lost"
    assert data["tree_structure"]["question"] == reworded
    assert data["tree_structure"]["support"] == 3


def test_unrelated_session_in_the_same_domain_is_not_merged(
    factory: sessionmaker[Session], settings: Settings
) -> None:
    load(
        factory,
        sessions=[
            novel_session(
                "N-1",
                "MFA push notifications not arriving on phone",
                MFA_QUESTIONS,
                "Re-registered the Authenticator app",
            ),
            novel_session(
                "N-2",
                "Shared mailbox missing from Outlook folder pane",
                [("Was the user granted Full Access in the last hour?", ["Yes", "No"], "No")],
                "Granted Full Access with automapping",
            ),
        ],
    )
    analyze(factory, settings, "N-1", now=NOW)
    assert analyze(factory, settings, "N-2", now=NOW).outcome == "new_flow"
    assert len(rows(factory, Proposal)) == 2


def test_diverging_session_becomes_an_enhancement_attached_where_it_left(
    factory: sessionmaker[Session], settings: Settings
) -> None:
    load(factory, flows=[f.flow()], sessions=[escaping("E-1")])
    result = analyze(factory, settings, "E-1", now=NOW)
    assert result.outcome == "enhancement"
    assert result.divergence_node_id == "root"
    [proposal] = rows(factory, Proposal)
    tree = proposal.proposed_flow_data["tree_structure"]
    labels = [o["label"] for o in tree["options"]]
    assert labels[:2] == ["Yes", "No"] and len(labels) == 3
    assert "kiosk" in labels[2].lower()
    assert proposal.proposed_diff is not None and proposal.proposed_diff["attach_node_id"] == "root"
    assert proposal.target_flow_id == rows(factory, Flow)[0].id


def _valid_draft(request: FlowRequest) -> Any:
    return OfflineProvider().draft_flow(request).payload


def test_invalid_draft_gets_one_repair_round(
    factory: sessionmaker[Session], settings: Settings
) -> None:
    answers = iter([{"title": "x"}, None])

    def flaky(request: FlowRequest) -> Any:
        answer = next(answers)
        return answer if answer is not None else _valid_draft(request)

    provider = ScriptedProvider(flow=flaky)
    load(factory, sessions=[novel_session("N-1", "Printer offline", MFA_QUESTIONS, "Fixed")])
    assert analyze(factory, settings, "N-1", provider=provider, now=NOW).outcome == "new_flow"
    repair_request = provider.requests[1]
    assert isinstance(repair_request, FlowRequest)
    assert any("tree_structure" in problem for problem in repair_request.repair)
    assert [c.outcome for c in rows(factory, LLMCall)] == ["invalid", "ok"]


def test_still_invalid_after_repair_fails_and_stores_nothing(
    factory: sessionmaker[Session], settings: Settings
) -> None:
    cyclic = {
        "title": "Loop",
        "tree_structure": {
            "id": "root",
            "type": "decision",
            "question": "Q?",
            "options": [
                {"id": "a", "label": "A", "next_node_id": "root"},
                {"id": "b", "label": "B", "next_node_id": "ghost"},
            ],
        },
    }
    provider = ScriptedProvider(flow=lambda request: cyclic)
    load(factory, sessions=[novel_session("N-1", "Printer offline", MFA_QUESTIONS, "Fixed")])
    result = analyze(factory, settings, "N-1", provider=provider, now=NOW)
    assert result.outcome == "failed"
    assert "ghost" in result.reason
    assert rows(factory, Proposal) == [] and rows(factory, Notification) == []
    [session] = rows(factory, SupportSession)
    assert session.analysis_state == "failed"
    assert len(rows(factory, LLMCall)) == 2


def test_budget_is_exact_and_skipped_sessions_wait_for_tomorrow(
    factory: sessionmaker[Session], settings: Settings
) -> None:
    settings = settings.model_copy(update={"daily_llm_call_budget": 2})
    topics = ["Printer offline in finance", "Teams camera black", "BitLocker recovery prompt"]
    load(
        factory,
        sessions=[
            novel_session(
                f"N-{i}",
                topic,
                [(f"Question about {topic}?", ["Yes", "No"], "Yes")],
                "Fixed",
                problem_domain=f"d{i}",
            )
            for i, topic in enumerate(topics)
        ],
    )
    outcomes = [analyze(factory, settings, f"N-{i}", now=NOW).outcome for i in range(3)]
    assert outcomes == ["new_flow", "new_flow", "skipped_budget"]
    assert len(rows(factory, LLMCall)) == 2
    skipped = rows(factory, SupportSession, SupportSession.external_id == "N-2")[0]
    assert skipped.analysis_state == "deferred"
    assert skipped.next_attempt_at == datetime(2026, 11, 21, tzinfo=UTC)
    tomorrow = analyze(factory, settings, "N-2", now=NOW + timedelta(days=1))
    assert tomorrow.outcome == "new_flow"
    records = rows(factory, Analysis, Analysis.session_id == skipped.id)
    assert [(a.outcome, a.is_current) for a in records] == [
        ("skipped_budget", False),
        ("new_flow", True),
    ]


def test_force_supersedes_and_plain_rerun_does_nothing(
    factory: sessionmaker[Session], settings: Settings
) -> None:
    load(factory, flows=[f.flow()], sessions=[following("T-1")])
    analyze(factory, settings, "T-1", now=NOW)
    again = analyze(factory, settings, "T-1", now=NOW)
    assert again.already_analyzed and len(rows(factory, Analysis)) == 1
    analyze(factory, settings, "T-1", now=NOW, force=True)
    assert [a.is_current for a in rows(factory, Analysis)] == [False, True]


@pytest.mark.parametrize(
    ("retryable", "state", "outcome"), [(True, "retry", "retry"), (False, "failed", "failed")]
)
def test_llm_errors_retry_later_or_fail(
    factory: sessionmaker[Session], settings: Settings, retryable: bool, state: str, outcome: str
) -> None:
    def broken(request: FlowRequest) -> Any:
        raise LLMError("529 overloaded" if retryable else "400 bad request", retryable=retryable)

    load(factory, sessions=[novel_session("N-1", "Printer offline", MFA_QUESTIONS, "Fixed")])
    result = analyze(factory, settings, "N-1", provider=ScriptedProvider(flow=broken), now=NOW)
    assert result.outcome == outcome
    [session] = rows(factory, SupportSession)
    assert session.analysis_state == state
    if retryable:
        assert session.analysis_attempts == 1 and session.last_error == "529 overloaded"
        assert session.next_attempt_at == NOW + timedelta(minutes=1)
        assert rows(factory, Analysis) == []
    [call] = rows(factory, LLMCall)
    assert call.outcome == "error"


def test_the_same_missing_branch_told_twice_is_one_enhancement(
    factory: sessionmaker[Session], settings: Settings
) -> None:
    other = escaping("E-3", answer="Smart card reader not detected")
    other["steps"][1]["content"]["text"] = "Reinstall the card reader driver from the vendor"
    other["steps"][2]["content"]["text"] = "Reader driver reinstalled, sign-in works"
    load(factory, flows=[f.flow()], sessions=[escaping("E-1"), escaping("E-2"), other])
    provider = ScriptedProvider(
        enhancement=lambda r: OfflineProvider().draft_enhancement(r).payload
    )
    outcomes = [
        analyze(factory, settings, f"E-{i}", provider=provider, now=NOW).outcome for i in (1, 2, 3)
    ]
    assert outcomes == ["enhancement", "merged", "enhancement"]
    assert len(provider.requests) == 2, "the repeat is merged before any LLM call"
    first, other = rows(factory, Proposal)
    assert first.supporting_session_count == 2 and other.supporting_session_count == 1
