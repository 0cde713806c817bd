"""Computed matching through the analyzer, on SQLite and PostgreSQL: routing by measured
divergence, traffic from the alignment, the export, mining proposals, and `flywheel eval`."""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.orm import Session, sessionmaker

from bench import matching_speed
from flywheel import db as dbmod
from flywheel import evaluation, review
from flywheel.cli import main
from flywheel.config import Settings
from flywheel.errors import InvalidInput
from flywheel.explain import explain
from flywheel.interchange import export_analyses
from flywheel.llm.factory import make_provider
from flywheel.models import Analysis, AuditEvent, Flow, FlowTraffic, Proposal, SupportSession
from flywheel.trees import node_index, parse_tree
from tests import factories as f
from tests.analysis_support import analyze, load, rows

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
YES_NO = [{"value": "yes", "label": "Yes"}, {"value": "no", "label": "No"}]
ERRORS = [
    {"value": "e809", "label": "Error 809"},
    {"value": "e720", "label": "Error 720"},
    {"value": "other", "label": "Something else"},
]


def vpn_flow() -> dict[str, Any]:
    tree = f.vpn_tree_data()
    return f.flow(
        "vpn-no-connect",
        name="VPN client cannot connect",
        problem_domain="networking",
        match_keywords=["vpn", "error 809"],
        tree_structure=tree,
    )


def question(order: int, text: str, picked: str | None, options: Any = None, **kw: Any) -> Any:
    return f.step(
        order,
        content={"text": text, "type": "question"},
        options_presented=YES_NO if options is None else options,
        selected_option=picked,
        **kw,
    )


def vpn_session(session_id: str, *steps: Any, **fields: Any) -> dict[str, Any]:
    defaults = {"problem_summary": "VPN will not connect from home", "problem_domain": "networking"}
    return f.session(session_id, steps=list(steps), **(defaults | fields))


def firewall_session(session_id: str) -> dict[str, Any]:
    """Follows the VPN flow: error 809, ports closed, opened them."""
    return vpn_session(
        session_id,
        question(0, "What error does the VPN client show?", "e809", ERRORS),
        question(1, "Are UDP 500 and 4500 open on the firewall?", "no"),
        f.solution_step(2, "Opened UDP 500 and 4500 on the edge firewall"),
    )


FLOWS = [vpn_flow(), f.flow()]  # the VPN flow and the factory's AD lockout flow


def test_a_session_without_upstream_match_is_matched_and_reinforces(
    factory: sessionmaker[Session], settings: Settings
) -> None:
    load(factory, flows=FLOWS, sessions=[firewall_session("S-1")])
    result = analyze(factory, settings, "S-1", now=NOW)
    assert result.outcome == "auto_reinforced"
    assert (result.flow_name, result.match_source) == ("VPN client cannot connect", "computed")
    [analysis] = rows(factory, Analysis)
    assert analysis.match_score is not None and analysis.match_score >= 0.8
    assert analysis.alignment is not None
    assert analysis.alignment["step_nodes"] == ["root", "ports", "openports"]
    assert analysis.end_node_id == "openports"
    [session] = rows(factory, SupportSession)
    assert session.matched_flow_id is None and session.match_score is None, "upstream untouched"


def test_asking_back_in_free_text_stays_on_the_flow_and_reinforces(
    factory: sessionmaker[Session], settings: Settings
) -> None:
    clarified = vpn_session(
        "S-1",
        question(
            0,
            "What error does the VPN client show?",
            None,
            ERRORS,
            free_text_input="How do I check that?",
            was_free_text=True,
        ),
        f.step(
            1,
            step_type="clarification",
            content={"text": "It is shown in the connection window", "type": "faq"},
            options_presented=ERRORS,
            selected_option="e809",
            free_text_input="The window says error 809",
        ),
        question(2, "Are UDP 500 and 4500 open on the firewall?", "no"),
        f.solution_step(3, "Opened UDP 500 and 4500 on the edge firewall"),
    )
    load(factory, flows=FLOWS, sessions=[clarified])
    result = analyze(factory, settings, "S-1", now=NOW)
    assert result.outcome == "auto_reinforced"
    assert result.divergence_node_id is None


def test_a_session_worded_unlike_its_flow_still_reinforces_it(
    factory: sessionmaker[Session], settings: Settings
) -> None:
    """The opening told the first answer (error 809), the ports question is reworded, and
    the fix it leads to confirms that answer: the session followed the flow."""
    reworded = vpn_session(
        "S-1",
        question(0, "Has anyone checked the firewall rules?", "no"),
        f.solution_step(1, "Opened UDP 500 and 4500 on the edge firewall"),
        problem_summary="The VPN client fails with error 809",
    )
    load(factory, flows=FLOWS, sessions=[reworded])
    result = analyze(factory, settings, "S-1", now=NOW)
    assert result.outcome == "auto_reinforced"
    [analysis] = rows(factory, Analysis)
    assert analysis.match_score is not None and analysis.match_score >= 0.8
    assert analysis.alignment is not None
    assert analysis.alignment["path"] == ["root", "ports", "openports"]


def winsock_session(*later: Any) -> dict[str, Any]:
    """Answers 'Something else' (a branch the VPN flow lacks), resets Winsock, then `later`."""
    return vpn_session(
        "S-1",
        question(0, "What error does the VPN client show?", "other", ERRORS),
        f.step(
            1,
            step_type="action",
            content={"text": "Reset the Winsock catalogue"},
            options_presented=None,
            selected_option=None,
        ),
        *later,
    )


def test_an_answer_with_no_branch_diverges_there_and_the_export_says_so(
    factory: sessionmaker[Session], settings: Settings
) -> None:
    other = winsock_session(f.solution_step(2, "Winsock reset; the VPN connects"))
    load(factory, flows=FLOWS, sessions=[other])
    result = analyze(factory, settings, "S-1", now=NOW)
    assert result.outcome == "enhancement"
    assert (result.divergence_node_id, result.divergence_answer) == ("root", "Something else")
    [proposal] = rows(factory, Proposal)
    assert proposal.proposed_diff is not None
    assert proposal.proposed_diff["attach_node_id"] == "root"
    with factory() as db:
        [record] = export_analyses(db, account="acme")["analyses"]
    assert record["matched_flow_id"] == "vpn-no-connect"
    assert record["match_source"] == "computed" and record["match_score"] >= 0.5
    assert record["step_nodes"] == ["root", None, None]
    assert (record["divergence_node_id"], record["divergence_answer"]) == ("root", "Something else")
    assert record["divergence_on_open_option"] is True  # the flow offers it, with no branch
    assert record["end_node_id"] == "root" and record["outcome"] == "enhancement"


@pytest.mark.parametrize(("open_at", "outcome"), [(0.0, "enhancement"), (1.0, "new_flow")])
def test_leaving_on_an_unexplored_option_is_judged_by_its_own_threshold(
    factory: sessionmaker[Session], settings: Settings, open_at: float, outcome: str
) -> None:
    other = winsock_session(f.solution_step(2, "Winsock reset; the VPN connects"))
    load(factory, flows=FLOWS, sessions=[other])
    # above any score for any other divergence; the open-option threshold decides
    strict = settings.model_copy(
        update={"enhance_threshold": 1.0, "enhance_open_threshold": open_at}
    )
    result = analyze(factory, strict, "S-1", now=NOW)
    assert result.outcome == outcome


@pytest.mark.parametrize(
    ("summary", "solution"),
    [
        ("AD lockout policy", "Winsock reset; the VPN connects"),
        # an opening that says nothing of either flow, and steps that speak of the other's
        ("It stopped working this morning", "The AD lockout policy had locked the account"),
    ],
)
def test_a_flow_met_in_passing_on_the_way_to_another_problem_gets_no_branch(
    factory: sessionmaker[Session], settings: Settings, summary: str, solution: str
) -> None:
    lockout = winsock_session(f.solution_step(2, solution))
    lockout["problem_summary"] = summary
    load(factory, flows=FLOWS, sessions=[lockout])
    result = analyze(factory, settings, "S-1", now=NOW)
    assert result.outcome == "new_flow"  # the same trail told of the VPN is its enhancement
    assert result.flow_name == "VPN client cannot connect" and "in passing" in result.reason
    [proposal] = rows(factory, Proposal)
    assert proposal.proposal_type == "new_flow"


def test_a_session_that_came_back_proposes_the_steps_in_between_leading_back(
    factory: sessionmaker[Session], settings: Settings
) -> None:
    came_back = winsock_session(
        question(2, "Are UDP ports 500 and 4500 open on the edge firewall?", "no"),
        f.solution_step(3, "Opened UDP 500 and 4500 on the edge firewall"),
    )
    load(factory, flows=FLOWS, sessions=[came_back])
    result = analyze(factory, settings, "S-1", now=NOW)
    assert result.outcome == "enhancement"
    assert (result.divergence_node_id, result.rejoin_node_id) == ("root", "ports")
    assert "Left the flow at node 'root' answering 'Something else'; came back at node 'ports'" in (
        explain(result)
    )
    [proposal] = rows(factory, Proposal)
    [winsock] = proposal.proposed_diff["new_nodes"]
    assert winsock["title"] == "Reset the Winsock catalogue"
    assert winsock["next_node_id"] == "ports"
    with factory() as db:
        flow = review.approve(db, account="acme", proposal_id=proposal.id, reviewer="ana")
        tree = parse_tree(flow.tree_structure)
        db.commit()
    [new_option] = [o for o in tree.options if o.next_node_id == winsock["id"]]
    assert new_option.label == "Something else"
    assert node_index(tree)[winsock["id"]].next_node_id == "ports"
    with factory() as db:
        [record] = export_analyses(db, account="acme")["analyses"]
    assert record["step_nodes"] == ["root", None, "ports", "openports"]
    assert record["rejoin_node_id"] == "ports"
    assert record["end_node_id"] == "openports"


def winsock_retold(session_id: str, connects: str, *later: Any) -> dict[str, Any]:
    """Like `winsock_session`, then asks whether the VPN connects (`connects`), then `later`."""
    told = winsock_session(question(2, "Does the VPN connect now?", connects), *later)
    return told | {"id": session_id}


def test_a_missing_branch_told_again_grows_one_enhancement_that_approval_keeps_whole(
    factory: sessionmaker[Session], settings: Settings
) -> None:
    fixed = winsock_retold("S-1", "yes", f.solution_step(3, "Winsock reset; the VPN connects"))
    reinstalled = winsock_retold(
        "S-2",
        "no",
        f.action_step(3, "Reinstall the VPN client", "Client reinstalled"),
        f.solution_step(4, "Reinstalled the VPN client; it connects"),
    )
    load(factory, flows=FLOWS, sessions=[fixed, reinstalled])
    assert analyze(factory, settings, "S-1", now=NOW).outcome == "enhancement"
    second = analyze(factory, settings, "S-2", now=NOW)
    assert second.outcome == "merged" and second.rejoin_node_id == "reinstall"
    assert "has 3 new nodes" in second.reason  # the reset, the question, the first's fix
    [proposal] = rows(factory, Proposal)
    assert proposal.supporting_session_count == 2
    [asked] = [n for n in proposal.proposed_flow_data["new_nodes"] if n["type"] == "decision"]
    assert {(o["label"], o.get("next_node_id")) for o in asked["options"]} >= {("No", "reinstall")}
    assert proposal.proposed_diff["new_nodes"] == proposal.proposed_flow_data["new_nodes"]
    with factory() as db:  # the flow moves on before the review: the draft is re-applied
        flow = db.get(Flow, proposal.target_flow_id)
        flow.current_version += 1
        db.commit()
    with factory() as db:
        flow = review.approve(db, account="acme", proposal_id=proposal.id, reviewer="ana")
        tree = parse_tree(flow.tree_structure)
        db.commit()
    index = node_index(tree)
    ways = {(o.label, index[o.next_node_id or ""].title) for o in index[asked["id"]].options}
    assert ways == {("Yes", "Winsock reset; the VPN connects"), ("No", "Reinstall the VPN client")}


def test_a_reviewer_merging_two_tellings_of_a_branch_gets_both_in_one_draft(
    factory: sessionmaker[Session], settings: Settings
) -> None:
    fixed = winsock_retold("S-1", "yes", f.solution_step(3, "Winsock reset; the VPN connects"))
    driver = winsock_retold("S-2", "no", f.solution_step(3, "Rolled back the network driver"))
    load(factory, flows=FLOWS, sessions=[fixed, driver])
    first = analyze(factory, settings, "S-1", now=NOW).proposal_id
    _set_status(factory, first, "rejected")  # so that the second drafts its own proposal
    second = analyze(factory, settings, "S-2", now=NOW).proposal_id
    _set_status(factory, first, "pending")
    with dbmod.transaction(factory) as db:
        review.merge_proposals(db, account="acme", keep_id=first, absorb_id=second, reviewer="k")
    [kept] = rows(factory, Proposal, Proposal.id == first)
    titles = {n.get("title") for n in kept.proposed_flow_data["new_nodes"]}
    assert {"Winsock reset; the VPN connects", "Rolled back the network driver"} <= titles
    assert kept.proposed_diff["new_nodes"] == kept.proposed_flow_data["new_nodes"]
    assert kept.supporting_session_count == 2


def test_a_reviewer_cannot_merge_two_branches_that_begin_differently_on_one_answer(
    factory: sessionmaker[Session], settings: Settings
) -> None:
    winsock = winsock_session(f.solution_step(2, "Winsock reset; the VPN connects"))
    driver = vpn_session(
        "S-2",
        question(0, "What error does the VPN client show?", "other", ERRORS),
        f.action_step(1, "Roll back the network adapter driver", "Rolled back"),
        f.solution_step(2, "The old driver works with the VPN"),
    )
    load(factory, flows=FLOWS, sessions=[winsock, driver])
    first = analyze(factory, settings, "S-1", now=NOW).proposal_id
    second = analyze(factory, settings, "S-2", now=NOW).proposal_id
    assert first != second
    with factory() as db, pytest.raises(InvalidInput, match="begin with different steps"):
        review.merge_proposals(db, account="acme", keep_id=first, absorb_id=second, reviewer="k")
    assert [p.status for p in rows(factory, Proposal)] == ["pending", "pending"]


def test_an_opening_that_answers_onto_a_missing_branch_attaches_the_enhancement_there(
    factory: sessionmaker[Session], settings: Settings
) -> None:
    flow = vpn_flow()
    tree = flow["tree_structure"]
    tree["children"][0]["options"][1]["next_node_id"] = None  # ports: "No" is unexplored
    tree["children"] = [node for node in tree["children"] if node["id"] != "openports"]
    story = vpn_session(
        "S-1",
        f.step(
            0,
            step_type="action",
            content={"text": "Added an allow rule for IPsec on the edge firewall"},
            options_presented=None,
            selected_option=None,
        ),
        f.solution_step(1, "Rule added; the tunnel comes up"),
        problem_summary=(
            "Working from a hotel all week for a customer visit: error 809 every time I "
            "try, and the edge firewall ports are closed"
        ),
    )
    load(factory, flows=[flow, f.flow()], sessions=[story])
    result = analyze(factory, settings, "S-1", now=NOW)
    assert result.outcome == "enhancement"
    assert (result.divergence_node_id, result.divergence_answer) == ("ports", "No")
    [proposal] = rows(factory, Proposal)
    assert proposal.proposed_diff is not None
    assert proposal.proposed_diff["attach_node_id"] == "ports"


def test_traffic_counts_come_from_the_alignment_opening_nodes_included(
    factory: sessionmaker[Session], settings: Settings
) -> None:
    below_root = vpn_session(
        "S-2",
        question(0, "Are UDP ports 500 and 4500 open on the edge firewall?", "no"),
        f.solution_step(1, "Opened UDP 500 and 4500 on the edge firewall"),
        problem_summary="VPN client shows error 809 when it fails to connect",
    )
    load(factory, flows=FLOWS, sessions=[firewall_session("S-1"), below_root])
    assert analyze(factory, settings, "S-1", now=NOW).outcome == "auto_reinforced"
    assert analyze(factory, settings, "S-2", now=NOW).outcome == "auto_reinforced"
    traffic = {t.key: t.count for t in rows(factory, FlowTraffic)}
    assert traffic == {
        "root": 2,
        "ports": 2,
        "openports": 2,
        "root:e809": 2,
        "ports:closed": 2,
    }


def test_an_upstream_match_is_honoured_and_rematch_computes_one(
    factory: sessionmaker[Session], settings: Settings
) -> None:
    upstream = firewall_session("S-1") | {"matched_flow_id": "ad-lockout", "match_score": 0.9}
    load(factory, flows=FLOWS, sessions=[upstream])
    first = analyze(factory, settings, "S-1", now=NOW)
    assert (first.flow_name, first.match_source, first.match_score) == (
        "AD account lockout",
        "upstream",
        0.9,
    )
    assert first.outcome == "enhancement", "the upstream flow does not explain the trail"
    again = analyze(factory, settings, "S-1", now=NOW, force=True, rematch=True)
    assert (again.flow_name, again.match_source) == ("VPN client cannot connect", "computed")
    assert again.outcome == "auto_reinforced"


# --- mining --------------------------------------------------------------------------------

MFA = [
    "Did the user replace or reset the phone recently?",
    "Are notifications allowed for Microsoft Authenticator on the phone?",
    "Is the Authenticator registered to the current phone in Entra ID?",
]


def mfa_session(session_id: str, answers: list[str], fix: str) -> dict[str, Any]:
    asked = zip(MFA, answers, strict=False)  # a session may stop before the last question
    steps = [question(n, text, answer) for n, (text, answer) in enumerate(asked)]
    return f.session(
        session_id,
        problem_summary="MFA push notifications do not arrive on the phone",
        problem_domain="m365",
        steps=[*steps, f.solution_step(len(steps), fix)],
    )


def test_sessions_of_one_new_problem_grow_one_proposal_covering_every_branch(
    factory: sessionmaker[Session], settings: Settings
) -> None:
    sessions = [
        mfa_session("N-1", ["yes", "yes", "no"], "Re-registered the Authenticator app"),
        mfa_session("N-2", ["yes", "no"], "Allowed notifications for Authenticator"),
        mfa_session("N-3", ["no", "yes", "no"], "Re-registered the Authenticator app"),
    ]
    load(factory, sessions=sessions)
    outcomes = [analyze(factory, settings, s["id"], now=NOW).outcome for s in sessions]
    assert outcomes == ["new_flow", "merged", "merged"]
    [proposal] = rows(factory, Proposal)
    tree = proposal.proposed_flow_data["tree_structure"]
    nodes = {node["id"]: node for node in [tree, *tree["children"]]}
    root_support = {o["label"]: o.get("support") for o in tree["options"]}
    assert tree["support"] == 3 and root_support == {"Yes": 2, "No": 1}
    second = nodes[tree["options"][0]["next_node_id"]]
    assert {o["label"]: o.get("support") for o in second["options"]} == {"Yes": 1, "No": 1}
    assert all(o.get("next_node_id") for o in second["options"]), "both branches explored"
    no_branch = nodes[tree["options"][1]["next_node_id"]]
    assert no_branch["question"] == MFA[1]


def _set_status(factory: sessionmaker[Session], proposal_id: int, status: str) -> None:
    with dbmod.transaction(factory) as db:
        db.get_one(Proposal, proposal_id).status = status


def two_proposals_then_third(
    factory: sessionmaker[Session], settings: Settings, sessions: list[dict[str, Any]]
) -> Any:
    """Load three sessions; the first two each start a proposal (the first is kept out of
    the second's way), then the third is analysed with both pending: its result."""
    load(factory, sessions=sessions)
    first, second, third = (s["id"] for s in sessions)
    assert analyze(factory, settings, first, now=NOW).outcome == "new_flow"
    [one] = rows(factory, Proposal)
    _set_status(factory, one.id, "rejected")  # out of the way: the second starts its own
    assert analyze(factory, settings, second, now=NOW).outcome == "new_flow"
    _set_status(factory, one.id, "pending")
    return analyze(factory, settings, third, now=NOW)


def test_a_session_resembling_two_proposals_of_one_problem_folds_them_into_one(
    factory: sessionmaker[Session], settings: Settings
) -> None:
    sessions = [
        mfa_session("N-1", ["yes", "yes", "no"], "Re-registered the Authenticator app"),
        mfa_session("N-2", ["no", "yes", "no"], "Re-registered the Authenticator app"),
        mfa_session("N-3", ["no", "no"], "Allowed notifications for Authenticator"),
    ]
    result = two_proposals_then_third(factory, settings, sessions)
    assert result.outcome == "merged" and "Folded #" in result.reason
    kept, folded = sorted(rows(factory, Proposal), key=lambda p: p.status != "pending")
    assert (kept.status, folded.status) == ("pending", "merged")
    assert kept.supporting_session_count == 3 and folded.reviewer == "analyzer"
    assert f"Merged into proposal #{kept.id} by the analyzer" in (folded.review_note or "")
    tree = kept.proposed_flow_data["tree_structure"]
    assert tree["support"] == 3 and all(o.get("next_node_id") for o in tree["options"])
    [audit] = rows(factory, AuditEvent, AuditEvent.action == "proposal.merged")
    assert audit.entity_id == folded.id and audit.details["merged_into"] == kept.id


PREVIEW = [
    ("black", "Black picture"),
    ("missing", "No camera found"),
    ("crossed", "Camera crossed out"),
    ("wrong", "Uses another camera"),
]


def camera_session(
    session_id: str, summary: str, asked: str, offer: list[tuple[str, str]], picked: str
) -> dict[str, Any]:
    """A webcam session: `asked` offering `offer`, `picked`, then a check and its fix."""
    options = [{"value": value, "label": label} for value, label in offer]
    return f.session(
        session_id,
        problem_summary=summary,
        problem_domain="hardware",
        steps=[
            question(0, asked, picked, options),
            question(1, "Is the little privacy shutter over the lens closed?", "yes"),
            f.solution_step(2, "Slid the privacy shutter open; the picture is back"),
        ],
    )


@pytest.mark.parametrize(
    ("second_offer", "folds"),
    [
        (PREVIEW[:3] + [("blurry", "Dark or blurry")], True),  # three answers word for word
        (PREVIEW[:2] + [("blurry", "Dark or blurry"), ("slow", "Freezes")], False),  # two
    ],
)
def test_proposals_whose_first_questions_offer_the_same_answers_fold_whatever_their_stories(
    factory: sessionmaker[Session],
    settings: Settings,
    second_offer: list[tuple[str, str]],
    folds: bool,
) -> None:
    """Two agents word the first question apart and the users tell different stories; the
    answers offered are the problem's. A third session joins the first proposal and has the
    second shortlisted beside it, not resembling it: three answers in common fold it."""
    first = "What does your own video preview show?"
    sessions = [
        camera_session("W-1", "Black video in every Teams call", first, PREVIEW, "black"),
        camera_session(
            "W-2", "Nobody can see me since this morning", "Describe it?", second_offer, "black"
        ),
        camera_session("W-3", "Black video in every Teams call", first, PREVIEW, "black"),
    ]
    result = two_proposals_then_third(factory, settings, sessions)
    assert result.outcome == "merged"
    statuses = sorted(p.status for p in rows(factory, Proposal))
    assert statuses == (["merged", "pending"] if folds else ["pending", "pending"])
    assert ("Folded #" in result.reason) == folds


def test_a_session_a_pending_proposal_explains_better_joins_it_not_the_flow_it_left(
    factory: sessionmaker[Session], settings: Settings
) -> None:
    first = mfa_session("N-1", ["no", "no"], "Allowed notifications for Authenticator")
    load(factory, sessions=[first])
    assert analyze(factory, settings, "N-1", now=NOW).outcome == "new_flow"
    replaced = f.flow(  # a flow for replaced phones only: asks the problem's first question
        "phone-replaced",
        name="MFA after a phone replacement",
        problem_domain="m365",
        match_keywords=["mfa", "authenticator"],
        tree_structure={
            "id": "root",
            "type": "decision",
            "question": MFA[0],
            "options": [
                {"id": "yes", "label": "Yes", "next_node_id": "reregister"},
                {"id": "no", "label": "No"},
            ],
            "children": [
                {"id": "reregister", "type": "solution", "title": "Re-register Authenticator"}
            ],
        },
    )
    again = mfa_session("N-2", ["no", "no"], "Allowed notifications for Authenticator")
    load(factory, flows=[replaced], sessions=[again])
    result = analyze(factory, settings, "N-2", now=NOW)
    assert result.flow_name == "MFA after a phone replacement"  # left it at its first question
    assert result.outcome == "merged", "the pending proposal explains the whole session"
    assert "better than the flow it left" in result.reason
    [proposal] = rows(factory, Proposal)
    assert proposal.supporting_session_count == 2


def test_a_question_answered_after_clarifying_is_one_node_of_the_drafted_flow(
    factory: sessionmaker[Session], settings: Settings
) -> None:
    clarified = f.session(
        "N-1",
        problem_summary="MFA push notifications do not arrive on the phone",
        problem_domain="m365",
        steps=[
            question(0, MFA[0], None, free_text_input="How would I know?", was_free_text=True),
            f.step(
                1,
                step_type="clarification",
                content={"text": "Ask whether they got a new phone", "type": "faq"},
                options_presented=YES_NO,
                selected_option="yes",
            ),
            question(2, MFA[2], "no"),
            f.solution_step(3, "Re-registered the Authenticator app"),
        ],
    )
    load(factory, sessions=[clarified])
    assert analyze(factory, settings, "N-1", now=NOW).outcome == "new_flow"
    [proposal] = rows(factory, Proposal)
    tree = proposal.proposed_flow_data["tree_structure"]
    decisions = [n for n in [tree, *tree["children"]] if n["type"] == "decision"]
    assert [n["question"] for n in decisions] == [MFA[0], MFA[2]]
    assert tree["options"][0]["label"] == "Yes" and tree["options"][0].get("next_node_id")
    assert "How would I know?" in tree["help_text"]


def test_unrelated_problems_of_one_domain_stay_apart(
    factory: sessionmaker[Session], settings: Settings
) -> None:
    mailbox = f.session(
        "N-2",
        problem_summary="Shared mailbox missing from the Outlook folder pane",
        problem_domain="m365",
        steps=[
            question(0, "Was the user granted Full Access in the last hour?", "no"),
            question(1, "Is automapping turned on for the shared mailbox?", "no"),
            f.solution_step(2, "Granted Full Access with automapping"),
        ],
    )
    load(factory, sessions=[mfa_session("N-1", ["yes", "yes", "no"], "Re-registered"), mailbox])
    analyze(factory, settings, "N-1", now=NOW)
    assert analyze(factory, settings, "N-2", now=NOW).outcome == "new_flow"
    assert len(rows(factory, Proposal)) == 2


# --- flywheel eval -------------------------------------------------------------------------


def write_tiny_set(folder: Path) -> None:
    """Two flows and three labelled sessions of the VPN one, as `flywheel eval` reads them:
    two through closed ports (the branch the enhancement experiment cuts), one past open
    ones to the reinstall."""
    flows = [vpn_flow(), f.flow()]
    reinstall = vpn_session(
        "S-3",
        question(0, "What error does the VPN client show?", "e809", ERRORS),
        question(1, "Are UDP 500 and 4500 open on the firewall?", "yes"),
        f.solution_step(2, "Removed and reinstalled the VPN client software"),
    )
    sessions = [firewall_session("S-1"), firewall_session("S-2"), reinstall]
    labels = {
        "S-1": {"flow_id": "vpn-no-connect", "path": ["root", "ports", "openports"]},
        "S-2": {"flow_id": "vpn-no-connect", "path": ["root", "ports", "openports"]},
        "S-3": {"flow_id": "vpn-no-connect", "path": ["root", "ports", "reinstall"]},
    }
    for name, data in (
        ("flows", {"flows": flows}),
        ("sessions", {"sessions": sessions}),
        ("labels", labels),
    ):
        (folder / f"{name}.json").write_text(json.dumps(data))


def test_eval_measures_a_tiny_labelled_set(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_tiny_set(tmp_path)
    database = f"sqlite:///{tmp_path / 'cli.db'}"
    command = ["eval", str(tmp_path), "--experiments", "routing,enhancement,mining", "--json"]
    assert main([*command, "--database-url", database]) == 0
    out = {"json": json.loads(capsys.readouterr().out)}
    assert main([*command[:-1], "--database-url", database]) == 0
    out["text"], progress = capsys.readouterr()
    assert progress.splitlines()[0] == "matching, run 1: analysed 3/3"  # a line as each run ends
    assert "mining, run" in progress
    matching, mining = out["json"]["matching"], out["json"]["mining"]
    assert matching["top1_accuracy"] == 1.0 and matching["end_node_accuracy"] == 1.0
    assert matching["decision_path_recall"] == 1.0 and matching["reinforced_share"] == 1.0
    enhancement = out["json"]["enhancement"]
    assert enhancement["flows"]["vpn-no-connect"]["cut"] == ["ports", "closed"]
    assert enhancement["attach_share"] == 1.0 and enhancement["cut_node_recall"] == 1.0
    assert enhancement["proposals_per_cut"] == 1.0  # the second session joined the first
    assert enhancement["flows"]["vpn-no-connect"]["others"]["sessions"] == 1  # S-3
    assert enhancement["others_reinforced_share"] == 1.0
    assert enhancement["gaps"] == {"sessions": 3, "foreign_enhancements": 0}  # AD cut: no VPN
    assert mining["flows"]["vpn-no-connect"]["proposals"] == 1
    assert mining["flows"]["vpn-no-connect"]["branch_recall"] == 1.0
    assert mining["flows"]["vpn-no-connect"]["branch_recall_ideal"] == 1.0
    assert mining["flows"]["vpn-no-connect"]["branch_recall_words"] == 1.0
    assert mining["flows"]["vpn-no-connect"]["own_branches"] == 1.0
    assert mining["flows"]["vpn-no-connect"]["branch_recall_by_steps"] == 1.0
    assert mining["mining_branch_recall_elsewhere"] == 0.0  # no VPN branch is the AD flow's
    assert mining["mixing_sessions"] == 3 and mining["mixing_misplaced"] == 0
    assert "routed to reinforcement" in out["text"]
    assert not (tmp_path / "cli.db").exists()  # eval works in databases of its own


def test_the_gap_check_counts_a_session_of_an_unknown_problem_enhancing_another_flow(
    settings: Settings,
) -> None:
    """A Winsock session labelled with a flow of its own: with that flow removed, it leaves
    the VPN flow on its unexplored "Something else" and enhances it, a branch for the wrong
    problem; the VPN flow's own session enhances nothing there."""
    winsock = winsock_session(f.solution_step(2, "Winsock reset; the VPN connects")) | {"id": "S-9"}
    own = f.flow("winsock", name="Winsock catalogue corrupt", problem_domain="networking")
    data = evaluation.Dataset(
        flows=[vpn_flow(), own],
        sessions=[firewall_session("S-1"), winsock],
        labels={
            "S-1": evaluation.Label("vpn-no-connect", ("root", "ports", "openports")),
            "S-9": evaluation.Label("winsock", ("root",)),
        },
    )
    offline = make_provider(settings, "offline")
    with evaluation.workspace(settings, offline) as space:
        gaps = evaluation.enhancement._with_gaps(data, space, {})
    assert gaps["sessions"] == 2 and gaps["foreign_enhancements"] == 1
    [miss] = gaps[evaluation.MISSES]
    assert (miss["session"], miss["flow"], miss["own_flow"]) == ("S-9", "vpn-no-connect", "winsock")


def test_a_workspace_shuffled_with_a_seed_analyses_each_run_in_that_order(
    settings: Settings,
) -> None:
    sessions = [firewall_session(f"S-{n}") for n in range(1, 7)]
    order = [s["id"] for s in sessions]
    random.Random(7).shuffle(order)
    assert order != [s["id"] for s in sessions]
    offline = make_provider(settings, "offline")
    with evaluation.workspace(settings, offline, shuffle=7) as space:
        run = space.run([vpn_flow()], sessions)
    assert [o.session_id for o in run.outcomes] == order  # analysed in import order


def tiny_eval(folder: Path, experiments: str) -> list[str]:
    """The tiny set written to `folder`, and the command evaluating it by `experiments`."""
    write_tiny_set(folder)
    return ["eval", str(folder), "--experiments", experiments, "--database-url", "sqlite://"]


def test_eval_says_when_it_shuffled_the_sessions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    command = tiny_eval(tmp_path, "matching")
    assert main([*command, "--shuffle", "3", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["shuffle"] == 3
    assert main([*command, "--shuffle", "3"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "sessions of each run in an order shuffled with seed 3"
    assert main(command) == 0 and "shuffled" not in capsys.readouterr().out


def test_eval_runs_every_experiment_in_several_orders_when_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    command = tiny_eval(tmp_path, "mining")
    assert main([*command, "--orders", "2", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["orders"]["count"] == 2
    per_flow = out["mining"]["proposals_per_flow"]  # the VPN flow's 1, the AD flow's 0
    assert out["orders"]["mining"]["proposals_per_flow"] == {"mean": 0.5, "min": 0.5, "max": 0.5}
    assert per_flow == 0.5
    assert main([*command, "--orders", "2"]) == 0
    out, progress = capsys.readouterr()
    assert "over 2 orders" in out
    assert "order 2 of 2, mining, run 1: analysed" in progress
    assert main([*command, "--orders", "2", "--shuffle", "4"]) != 0
    assert "not both" in capsys.readouterr().err


def test_eval_lists_the_sessions_it_missed_only_when_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    command = tiny_eval(tmp_path, "matching")
    labels = json.loads((tmp_path / "labels.json").read_text())
    labels["S-2"]["path"] = ["root", "ports", "reinstall"]  # not where the session ended
    (tmp_path / "labels.json").write_text(json.dumps(labels))
    assert main([*command, "--json"]) == 0
    assert "misses" not in json.loads(capsys.readouterr().out)["matching"]
    assert main([*command, "--json", "--misses"]) == 0
    misses = json.loads(capsys.readouterr().out)["matching"]["misses"]
    assert [(m["session"], m["outcome"], m["path"][-1]) for m in misses] == [
        ("S-2", "auto_reinforced", "openports")
    ]
    assert misses[0]["labelled_path"] == ["root", "ports", "reinstall"]
    assert main([*command, "--misses"]) == 0
    text = capsys.readouterr().out
    assert "matching: not reinforced at the labelled end:" in text
    assert "session=S-2  labelled_flow=vpn-no-connect" in text


def test_the_matching_benchmark_matches_a_set_once_per_round(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_tiny_set(tmp_path)
    assert matching_speed.main([str(tmp_path), "--rounds", "2"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(":")[0] for line in lines] == ["round 1", "round 2"]
    assert all(line.endswith("ms per session") for line in lines)
