"""Unit tests for matching: words, option choice, the alignment's readings and the score."""

from __future__ import annotations

import dataclasses
import itertools
import math
from pathlib import Path
from typing import Any

import pytest

from flywheel import matching
from flywheel.config import Settings
from flywheel.evaluation import cut_branch, load_dataset, session_view_of
from flywheel.matching import (
    FLOW,
    PROPOSAL,
    Alignment,
    Library,
    Trail,
    align,
    align_prepared,
    choose_option,
    content_words,
    label_words,
    match_score,
    paired_option,
    prepare_flow,
    question_trail,
    read_trail,
)
from flywheel.mining import (
    mark_support,
    merge_path,
    offer_the_same,
    remine,
    same_first_question,
)
from flywheel.transcript import OptionView, SessionView, StepView
from flywheel.trees import Tree, node_index, parse_tree, tree_to_dict
from tests import factories

# --- fixtures ------------------------------------------------------------------------------


def vpn_tree() -> Tree:
    return parse_tree(factories.vpn_tree_data())


def printer_tree() -> Tree:
    return parse_tree(
        {
            "id": "p-root",
            "type": "decision",
            "question": "Does the printer show as offline in the print queue?",
            "options": [
                {"id": "off", "label": "Yes", "next_node_id": "p-spooler"},
                {"id": "on", "label": "No", "next_node_id": "p-driver"},
            ],
            "children": [
                {
                    "id": "p-spooler",
                    "type": "solution",
                    "title": "Restart the print spooler",
                    "description": "Restart the print spooler service on the print server.",
                },
                {
                    "id": "p-driver",
                    "type": "solution",
                    "title": "Reinstall the printer driver",
                    "description": "Remove the printer and install the current driver.",
                },
            ],
        }
    )


YES_NO = (OptionView("yes", "Yes"), OptionView("no", "No"))
ERRORS = (OptionView("e809", "Error 809"), OptionView("e720", "Error 720"))


def ask(order: int, text: str, options: tuple[OptionView, ...], picked: str | None, **kw: Any):
    return StepView(order=order, type="question", text=text, options=options, selected=picked, **kw)


def step(order: int, kind: str, text: str, **kw: Any) -> StepView:
    return StepView(order=order, type=kind, text=text, **kw)


def session(*steps: StepView, summary: str = "VPN will not connect from home") -> SessionView:
    return SessionView(
        external_id="S-1", status="resolved", problem_summary=summary, steps=tuple(steps)
    )


FIREWALL_SESSION = session(
    ask(0, "What error does the VPN client show?", ERRORS, "e809"),
    ask(1, "Are UDP 500 and 4500 open on the firewall?", YES_NO, "no"),
    step(2, "solution", "Opened UDP 500 and 4500 on the edge firewall"),
)


# --- words and options ---------------------------------------------------------------------


def test_content_words_drop_stop_words_and_meet_at_one_stem() -> None:
    assert content_words("Does the car stop when you apply the brakes?") == [
        "car",
        "stop",
        "apply",
        "brak",
    ]
    assert content_words("braking") == content_words("brake") == content_words("brakes")


def test_an_answer_names_an_option_by_id_label_or_near_spelling() -> None:
    options = prepare_flow(vpn_tree()).options[0]
    assert choose_option(options, ["e720"]) == 1
    assert choose_option(options, ["error 809"]) == 0
    assert choose_option(options, ["something els"]) == 2
    assert choose_option(options, ["the client crashed"]) is None


def _offered(*labels: str) -> tuple[matching.flows._Option, ...]:
    """The prepared options of a single decision labelled `labels`, ids `q_o0`, `q_o1`..."""
    options = [{"id": f"q_o{k}", "label": label} for k, label in enumerate(labels)]
    tree = parse_tree({"id": "q", "type": "decision", "question": "Which?", "options": options})
    return prepare_flow(tree).options[0]


def test_an_answer_in_the_agents_own_words_names_the_option_it_shares_most_with() -> None:
    disk = _offered("The local disk fills with OneDrive files", "OneDrive stops syncing")
    offered = ["local disk full of onedrive files", "local_disk_full_of_onedrive_files"]
    assert choose_option(disk, offered) == 0
    screens = _offered("One of two monitors works", "Neither monitor shows anything")
    assert choose_option(screens, ["only one of two works"]) == 0
    assert choose_option(screens, ["q_o9", "neither monitor shows a picture"]) == 1


def test_an_answer_sharing_words_alike_with_two_options_names_none() -> None:
    options = _offered("Printer jammed", "Printer offline", "Something else")
    assert choose_option(options, ["the printer broke"]) is None
    assert choose_option(options, ["jammed and offline"]) is None
    assert choose_option(options, ["disk full"]) is None
    few = _offered("Printer jammed with paper in tray two", "Toner low")
    assert choose_option(few, ["paper"]) is None, "too little of its label said"


def test_an_answer_saying_no_does_not_name_an_option_saying_yes_by_their_words() -> None:
    dock = _offered("Through a docking station", "Directly to the laptop")
    assert choose_option(dock, ["no_dock", "no dock"]) is None
    assert choose_option(dock, ["no dock"], heed_no=False) == 0, "a proposal reads leniently"
    listed = _offered("Device is listed", "Device is not listed")
    assert choose_option(listed, ["device not listed"]) == 1
    assert choose_option(listed, ["the device is listed there"]) == 0
    assert FLOW.heeds_no and not PROPOSAL.heeds_no


def test_each_answer_of_a_step_names_options_of_its_own_polarity() -> None:
    space = _offered("Not enough space", "File in use")
    assert choose_option(space, ["storage full", "not enough space on the device"]) == 0
    paired = _offered("On, and the device is listed as paired", "On, but the device is not listed")
    assert choose_option(paired, ["on, device listed", "listed but not working"]) == 0, (
        "the pick says the device is listed; what does not work is another matter"
    )


def test_a_yes_no_answer_names_an_option_as_before() -> None:
    options = _offered("Yes", "No")
    assert choose_option(options, ["yes"]) == 0
    assert choose_option(options, ["q_o1"]) == 1
    assert choose_option(options, ["sure, the ports are open"]) is None
    assert choose_option(options, ["no idea"]) is None


def _paired(options: tuple[str, ...], offer: tuple[str, ...], picked: str) -> str | None:
    """`paired_option` on labels: the decision's label the pick stands for, or None."""
    found = paired_option(
        tuple(map(label_words, options)), tuple(map(label_words, offer)), offer.index(picked)
    )
    return None if found is None else options[found]


WHERE_FROM = (
    "From outside the office on a work laptop",
    "From inside the office",
    "From a personal device",
)
AGENTS_OFFER = ("Outside the office", "On the office network", "My own computer / tablet")


def test_a_pick_from_an_offer_in_other_words_stands_for_the_option_it_is_paired_with() -> None:
    assert _paired(WHERE_FROM, AGENTS_OFFER, "Outside the office") == WHERE_FROM[0]
    assert _paired(WHERE_FROM, AGENTS_OFFER, "On the office network") == WHERE_FROM[1]
    assert _paired(WHERE_FROM, AGENTS_OFFER, "My own computer / tablet") == WHERE_FROM[2], (
        "no shared word, but the only option left once the others are paired"
    )
    with_extra = (*AGENTS_OFFER, "Something else")
    assert _paired(WHERE_FROM, with_extra, "My own computer / tablet") is None, (
        "two offered options are left for the one option: either may be it"
    )
    endless = (*AGENTS_OFFER, *(f"Office floor {n}" for n in range(matching.MAX_OFFER)))
    assert _paired(WHERE_FROM, endless, "Outside the office") is None, "not a decision's offer"


def test_a_pick_is_not_paired_across_a_no_or_by_one_word_the_offers_share() -> None:
    answers = ("The printer replies to a ping", "The printer does not reply")
    assert _paired(answers, ("No reply", "Replies"), "No reply") == answers[1]
    assert _paired(answers, ("No reply", "Replies"), "Replies") == answers[0]
    pinged = ("It replies", "Request timed out")
    assert _paired(pinged, ("Ping works", "No reply"), "No reply") is None, (
        "a no is not the yes it shares a word with"
    )
    receivers = ("USB receiver plugged in", "Bluetooth pairing", "Built-in keyboard")
    sockets = ("HDMI socket", "USB-C port", "Mini DisplayPort")
    assert _paired(receivers, sockets, "USB-C port") is None, "the rest of the offer is other"


def test_a_pick_paired_beside_another_pair_stands_for_its_partner_in_a_long_offer() -> None:
    messages = (
        "Can't find or reach the remote computer",
        "Credentials did not work",
        "Not authorised for remote login",
        "Identity or certificate warning",
        "Another user is signed in",
    )
    offer = ("Can't reach the PC", "Credentials didn't work", "Connection denied", "Session in use")
    assert _paired(messages, offer, "Can't reach the PC") == messages[0], (
        "two pairs show the offer is the decision's, though three of its options pair nothing"
    )
    assert _paired(messages, offer, "Connection denied") is None, "paired with nothing"


def remote_desktop_tree() -> Tree:
    """Where from (remote -> VPN up? -> which message; office -> which message; personal ->
    the app), each message its fix."""
    solution = {"type": "solution", "title": "Fix", "description": "Done."}
    return parse_tree(
        {
            "id": "root",
            "type": "decision",
            "question": "Where is the user connecting from?",
            "options": [
                {"id": "remote", "label": WHERE_FROM[0], "next_node_id": "vpn"},
                {"id": "office", "label": WHERE_FROM[1], "next_node_id": "message"},
                {"id": "personal", "label": WHERE_FROM[2], "next_node_id": "app"},
            ],
            "children": [
                {
                    "id": "vpn",
                    "type": "decision",
                    "question": "Is the VPN connected before starting Remote Desktop?",
                    "options": [
                        {"id": "up", "label": "Yes", "next_node_id": "message"},
                        {"id": "down", "label": "No", "next_node_id": "connect_vpn"},
                    ],
                },
                {
                    "id": "message",
                    "type": "decision",
                    "question": "Which message does Remote Desktop show when it fails?",
                    "options": [
                        {
                            "id": "unreachable",
                            "label": "Can't reach the remote computer",
                            "next_node_id": "full_name",
                        },
                        {
                            "id": "creds",
                            "label": "Credentials did not work",
                            "next_node_id": "username",
                        },
                    ],
                },
                {"id": "full_name", **solution, "title": "Use the full computer name"},
                {"id": "username", **solution, "title": "Type DOMAIN before the username"},
                {"id": "connect_vpn", **solution, "title": "Connect the VPN first"},
                {"id": "app", **solution, "title": "Install the Remote Desktop app"},
            ],
        }
    )


AGENTS_OPTIONS = tuple(OptionView(label.lower().replace(" ", "_"), label) for label in AGENTS_OFFER)
PERSONAL_DEVICE_SESSION = session(
    ask(
        0,
        "Are you in the office, or at home, and on what?",
        AGENTS_OPTIONS,
        "my_own_computer_/_tablet",
    ),
    step(1, "solution", "Installed the Remote Desktop app on your tablet"),
    summary="remote desktop will not connect",
)


def test_steps_placed_up_to_where_a_session_left_are_explained_by_the_step_before() -> None:
    tree = remote_desktop_tree()
    tree.children[1].options[1].next_node_id = None  # "Credentials did not work": unexplored
    tree = parse_tree(tree.model_dump())
    ids = ("remote", "office", "personal")
    where = tuple(OptionView(k, t) for k, t in zip(ids, WHERE_FROM, strict=True))
    offer = (OptionView("creds", "Password rejected"), OptionView("unreachable", "No such PC"))
    found = align(
        tree,
        session(
            ask(0, "Where is the user connecting from?", where, "remote"),
            ask(1, "Is the tunnel fine?", YES_NO, "yes"),  # says nothing of the VPN question
            ask(2, "What does it say now?", offer, "creds"),  # the flow's own unexplored option
            step(3, "solution", "Cleared the saved password in the client"),
            summary="cannot get in from home",
        ),
    )
    assert found.step_nodes[:3] == ["root", "vpn", "message"]
    assert (found.divergence_node_id, found.divergence_step) == ("message", 2)
    assert found.step_credits[1:3] == [0.0, 0.0], "their words say nothing of their nodes"
    assert found.score > 0.8, "the sure first step led to both, and the flow anticipated the answer"


def test_a_pick_known_by_the_whole_offer_follows_its_branch_against_a_flow_only() -> None:
    trail = PERSONAL_DEVICE_SESSION
    found = align(remote_desktop_tree(), trail)
    assert found.step_nodes == ["root", "app"] and ("root", "personal") in found.branches
    assert found.step_credits[0] == matching.OFFER_CREDIT, "its offer says which question it is"
    unread = align(
        remote_desktop_tree(), trail, reading=dataclasses.replace(FLOW, reads_offers=False)
    )
    assert unread.step_nodes[0] is None, "no word of the pick names an option"
    assert not PROPOSAL.reads_offers, "a proposal's missing pick is its new branch"
    typed = dataclasses.replace(trail.steps[0], free_text="from inside the office today")
    contradicted = align(
        remote_desktop_tree(), dataclasses.replace(trail, steps=(typed, trail.steps[1]))
    )
    assert contradicted.step_nodes[0] is None, "what was typed says otherwise"


def test_a_pick_its_words_name_counts_as_explained_when_the_offer_is_the_decisions() -> None:
    trail = session(
        ask(
            0,
            "Are you in the office, or at home, and on what?",
            AGENTS_OPTIONS,
            "outside_the_office",
        ),
        ask(1, "Is the VPN up before you start Remote Desktop?", YES_NO, "no"),
        step(2, "solution", "Connected the VPN first"),
        summary="remote desktop will not connect",
    )
    found = align(remote_desktop_tree(), trail)
    assert ("root", "remote") in found.branches, "'Outside the office' names it by its words"
    assert found.step_credits[0] == matching.OFFER_CREDIT, "and the rest of the offer agrees"


def test_a_decision_the_opening_answered_may_be_passed_later_in_the_walk() -> None:
    trail = session(
        ask(0, "Are you in the office, or at home?", AGENTS_OPTIONS, "outside_the_office"),
        ask(
            1,
            "What happens on screen when it stops?",
            (),
            None,
            free_text="it says it cannot find the computer",
        ),
        step(2, "action", "Typed the full computer name with the domain"),
        summary="I'm at home with the VPN connected but Remote Desktop still fails",
    )
    found = align(remote_desktop_tree(), trail)
    assert not found.diverged
    assert found.visited[:3] == ["root", "vpn", "message"], "the opening said the VPN is up"


# --- alignment -----------------------------------------------------------------------------


def test_a_session_following_the_flow_maps_every_step_and_does_not_diverge() -> None:
    found = align(vpn_tree(), FIREWALL_SESSION)
    assert found.step_nodes == ["root", "ports", "openports"]
    assert found.branches == [("root", "e809"), ("ports", "closed")]
    assert found.visited == ["root", "ports", "openports"]
    assert found.end_node_id == "openports"
    assert found.divergence_node_id is None and not found.diverged
    assert found.fitness == pytest.approx(1.0)
    assert found.score == pytest.approx(3 / 3.5)  # three explained steps: 3 / (3 + 0.5)


def test_free_text_that_asks_back_stays_on_the_node_and_the_later_answer_counts() -> None:
    trail = session(
        ask(
            0,
            "What error does the VPN client show?",
            ERRORS,
            None,
            free_text="Where do I see that?",
            was_free_text=True,
        ),
        step(
            1,
            "clarification",
            "It is in the connection window",
            options=ERRORS,
            selected="e809",
            free_text="It says error 809",
        ),
        ask(2, "Are UDP 500 and 4500 open on the firewall?", YES_NO, "no"),
        step(3, "solution", "Opened UDP 500 and 4500 on the edge firewall"),
    )
    found = align(vpn_tree(), trail)
    assert found.step_nodes == ["root", "root", "ports", "openports"]
    assert found.step_credits[0] is None, "the question typed back is neither for nor against"
    assert not found.diverged and found.end_node_id == "openports"


def test_an_answer_whose_branch_is_missing_leaves_the_flow_at_that_node() -> None:
    trail = session(
        ask(
            0,
            "What error does the VPN client show?",
            (*ERRORS, OptionView("other", "Something else")),
            "other",
        ),
        step(1, "action", "Reset the Winsock catalogue"),
        step(2, "solution", "Winsock reset; the VPN connects"),
    )
    found = align(vpn_tree(), trail)
    assert (found.divergence_node_id, found.divergence_answer) == ("root", "Something else")
    assert found.divergence_step == 0
    assert found.step_nodes == ["root", None, None]
    assert found.end_node_id == "root"
    assert found.anticipated, "the flow has that option, with no branch yet"


def came_back_session(*later: StepView) -> SessionView:
    """Left the VPN flow at its root ('Something else'), reset Winsock, then `later`."""
    return session(
        ask(
            0,
            "What error does the VPN client show?",
            (*ERRORS, OptionView("other", "Something else")),
            "other",
        ),
        step(1, "action", "Reset the Winsock catalogue"),
        *later,
    )


def test_a_session_that_left_may_come_back_to_the_flow_below_where_it_left() -> None:
    trail = came_back_session(
        ask(2, "Are UDP ports 500 and 4500 open on the edge firewall?", YES_NO, "no"),
        step(3, "solution", "Opened UDP 500 and 4500 on the edge firewall"),
    )
    found = align(vpn_tree(), trail)
    assert (found.divergence_node_id, found.divergence_answer) == ("root", "Something else")
    assert found.divergence_step == 0
    assert (found.rejoin_node_id, found.rejoin_step) == ("ports", 2)
    assert found.step_nodes == ["root", None, "ports", "openports"]
    assert found.end_node_id == "openports"
    # two steps back on the flow: the flow explains them too (the Winsock reset it does not),
    # and they make the session surely the flow's
    credits = found.step_credits
    assert credits[1] == 0.0 and credits[2] and credits[3]
    assert found.fitness == pytest.approx((credits[0] + credits[2] + credits[3]) / 4)
    assert found.score > align(vpn_tree(), came_back_session()).score


def test_steps_back_on_the_flow_fewer_than_those_away_explain_nothing() -> None:
    trail = came_back_session(
        step(2, "action", "Rebuilt the user's mail profile"),
        step(3, "action", "Re-synced the calendar from the server"),
        ask(4, "Are UDP ports 500 and 4500 open on the edge firewall?", YES_NO, "no"),
        step(5, "solution", "Opened UDP 500 and 4500 on the edge firewall"),
    )
    found = align(vpn_tree(), trail)
    assert (found.rejoin_node_id, found.rejoin_step) == ("ports", 4)
    assert found.step_credits[4] and found.step_credits[5]
    # two steps of a common ending after three elsewhere: no sign the session is the flow's
    assert found.fitness == pytest.approx(found.step_credits[0] / 6)
    assert found.score == align(vpn_tree(), came_back_session()).score


def test_one_step_back_on_the_flow_places_the_branch_but_explains_nothing() -> None:
    trail = came_back_session(
        ask(2, "Are UDP ports 500 and 4500 open on the edge firewall?", YES_NO, "yes"),
        step(3, "solution", "Replaced the user's broken laptop"),
    )
    found = align(vpn_tree(), trail)
    assert (found.rejoin_node_id, found.rejoin_step) == ("ports", 2)
    assert found.step_credits[2], "its words are the flow's"
    # a foreign flow sharing one step with a session would gain as much
    assert found.fitness == pytest.approx(found.step_credits[0] / 4)


def test_a_session_may_come_back_to_the_flow_beside_where_it_left() -> None:
    trail = session(
        ask(0, "What error does the VPN client show?", ERRORS, "e809"),
        ask(1, "Are UDP ports 500 and 4500 open on the edge firewall?", YES_NO, "yes"),
        step(2, "action", "Cleared the saved credentials in the keychain"),
        step(3, "action", "Restarted the Remote Access Connection Manager (RasMan) service"),
        step(4, "solution", "After restarting RasMan the VPN connects again"),
    )
    # the ports' "yes" has no branch, and RasMan is on another branch of the root: in a
    # flow whose branches meet, the missing branch may lead on to a node of another one
    found = align(ports_open_unexplored(), trail)
    assert (found.divergence_node_id, found.divergence_answer) == ("ports", "Yes")
    assert (found.rejoin_node_id, found.rejoin_step) == ("ras", 3)
    assert found.step_nodes == ["root", "ports", None, "ras", "restarted"]


def test_a_step_loosely_like_a_node_below_does_not_bring_the_session_back() -> None:
    trail = came_back_session(
        ask(2, "Is the firmware of the edge router current?", YES_NO, "no"),
        step(3, "solution", "Updated the router firmware"),
    )
    found = align(vpn_tree(), trail)
    assert found.divergence_node_id == "root"
    assert found.rejoin_node_id is None and found.step_nodes[2:] == [None, None]


def test_an_answer_naming_no_option_does_not_leave_to_come_back() -> None:
    trail = session(
        ask(0, "What error does the VPN client show?", ERRORS, None, free_text="it just spins"),
        step(1, "action", "Reset the Winsock catalogue"),
        ask(2, "Are UDP ports 500 and 4500 open on the edge firewall?", YES_NO, "no"),
        step(3, "solution", "Opened UDP 500 and 4500 on the edge firewall"),
    )
    found = align(vpn_tree(), trail)
    # it may have taken a branch in its own words (`UNNAMED_BRANCH`); leaving there and
    # coming back would be a cheap way round steps the flow explains less well
    assert found.rejoin_node_id is None
    assert found.step_nodes[2:] == ["ports", "openports"] and not found.diverged


def test_a_reading_that_may_not_come_back_leaves_for_good() -> None:
    trail = came_back_session(
        ask(2, "Are UDP ports 500 and 4500 open on the edge firewall?", YES_NO, "no"),
        step(3, "solution", "Opened UDP 500 and 4500 on the edge firewall"),
    )
    reading = dataclasses.replace(FLOW, may_rejoin=False, action_leaves=False)
    found = align(vpn_tree(), trail, reading=reading)
    # the only way back on is to wave off the answer and the step of its own: the branch
    # the flow lacks goes unseen (what coming back is for, as is leaving by an action the
    # flow lacks, `action_leaves`)
    assert not found.diverged and found.rejoin_node_id is None
    assert found.step_nodes == [None, None, "ports", "openports"]
    assert not PROPOSAL.may_rejoin  # a proposal grows by merging whole trails instead


def test_an_answer_no_option_names_leaves_the_flow_with_that_answer() -> None:
    trail = session(
        ask(0, "Which error does the VPN client show?", (), "error 691"),
        step(1, "solution", "Reset the user's VPN password"),
    )
    found = align(vpn_tree(), trail)
    assert (found.divergence_node_id, found.divergence_answer) == ("root", "error 691")
    assert not found.anticipated, "error 691 is no option of the flow's"
    assert found.to_json()["anticipated"] is False


def clock_check_tree() -> Tree:
    """One decision: right and fixed, right but errors (sign out, refreshed), still wrong
    (unexplored)."""
    return parse_tree(
        {
            "id": "check",
            "type": "decision",
            "question": "Is the time now correct, and have the sign-in errors stopped?",
            "options": [
                {"id": "ok", "label": "Time right, errors gone", "next_node_id": "fixed"},
                {"id": "errors", "label": "Time right, errors remain", "next_node_id": "out"},
                {"id": "wrong", "label": "Time still wrong"},
            ],
            "children": [
                {
                    "id": "fixed",
                    "type": "solution",
                    "title": "Clock fixed",
                    "description": "The time is right and sign-in works.",
                },
                {
                    "id": "out",
                    "type": "action",
                    "title": "Sign out and back in",
                    "description": "Sign out so Windows gets fresh sign-in tokens.",
                    "next_node_id": "refreshed",
                },
                {
                    "id": "refreshed",
                    "type": "solution",
                    "title": "Sign-in refreshed",
                    "description": "Fresh tokens after signing in again.",
                },
            ],
        }
    )


def clock_session(last: str) -> SessionView:
    offer = (
        OptionView("right", "Right time, no errors"),
        OptionView("still", "Time OK, still errors"),
        OptionView("not", "Time not fixed"),  # names no option: "not" is no, "still wrong" is not
    )
    question = "Check the clock again: is the time correct now, any more sign-in errors?"
    return session(
        ask(0, question, offer, "not", free_text="no, still out"),
        step(1, "solution", last),
        summary="clock wrong",
    )


def test_a_branch_an_unnamed_answer_took_that_no_later_step_bears_out_is_left() -> None:
    handed_over = "Something keeps putting it back; passing it to desktop support"
    found = align(clock_check_tree(), clock_session(handed_over))
    assert (found.divergence_node_id, found.divergence_answer) == ("check", "Time not fixed")
    assert (found.path, found.branches, found.end_node_id) == (["check"], [], "check")
    assert found.anticipated
    assert found.step_nodes == ["check", None]


def test_a_branch_an_unnamed_answer_took_stays_when_a_later_step_bears_it_out() -> None:
    found = align(clock_check_tree(), clock_session("Signed you out and in: fresh sign-in tokens"))
    assert found.divergence_node_id is None
    assert found.path == ["check", "out", "refreshed"]


LISTED_ERRORS = "Which error does the VPN client show? 1) Error 809, 2) Error 720, 3) Error 691"


def test_an_answer_by_its_place_in_a_listed_offer_names_that_option() -> None:
    offered = (*ERRORS, OptionView("e691", "Error 691"))
    trail = session(
        ask(0, LISTED_ERRORS, offered, None, free_text="2", was_free_text=True),
        step(1, "solution", "All working again"),
    )
    assert align(vpn_tree(), trail).branches == [("root", "e720")]
    read = matching.read_trail(
        session(ask(0, LISTED_ERRORS, offered, None, free_text="number 3", was_free_text=True))
    ).steps[0]
    assert (read.picked, read.answer) == (2, "Error 691")
    assert "error 691" in read.answers


def test_an_answer_naming_no_option_follows_the_branch_the_next_steps_bear_out() -> None:
    offered = (OptionView("tunnel_times_out", "The tunnel times out"), ERRORS[1])
    trail = session(
        ask(0, "What happens when the VPN client tries to connect?", offered, "tunnel_times_out"),
        ask(1, "Are UDP ports 500 and 4500 open on the edge firewall?", YES_NO, "no"),
        step(2, "solution", "Opened UDP 500 and 4500 on the edge firewall"),
    )
    found = align(vpn_tree(), trail)
    assert not found.diverged, "the words name nothing, the next question is the e809 branch's"
    assert found.step_nodes == ["root", "ports", "openports"]
    assert ("root", "e809") in found.branches


def guest_wifi_session() -> SessionView:
    """Error 809, then steps of its own: the VPN flow explains the first step only."""
    return session(
        ask(0, "What error does the VPN client show?", ERRORS, "e809"),
        ask(1, "Is the laptop on the guest Wi-Fi network?", YES_NO, "yes"),
        step(2, "action", "Move the laptop to the corporate SSID"),
        step(3, "solution", "Guest network blocks IPsec; connected from corporate Wi-Fi"),
    )


def test_foreign_steps_after_a_node_diverge_after_the_last_node_explained() -> None:
    found = align(vpn_tree(), guest_wifi_session())
    assert (found.divergence_node_id, found.divergence_answer) == ("root", "Error 809")
    assert found.step_nodes == ["root", None, None, None]


def test_the_steps_explained_before_leaving_count_up_to_the_step_it_left_at() -> None:
    left = align(vpn_tree(), guest_wifi_session())
    assert left.divergence_step == 0 and left.explained_before_leaving == 1
    by_hand = matching.Alignment(step_credits=[0.4, None, 0.0, 1.0], divergence_step=2)
    assert by_hand.explained_before_leaving == 1
    assert dataclasses.replace(by_hand, divergence_step=None).explained_before_leaving == 2


def test_a_session_may_start_below_the_root_when_the_opening_answered_it() -> None:
    trail = session(
        ask(0, "Are UDP ports 500 and 4500 open on the edge firewall?", YES_NO, "no"),
        step(1, "solution", "Opened UDP 500 and 4500 on the edge firewall"),
        summary="VPN client shows error 809 when it fails to connect",
    )
    found = align(vpn_tree(), trail)
    assert found.opening_nodes == ["root"]
    assert found.visited == ["root", "ports", "openports"]
    assert ("root", "e809") in found.branches
    assert found.step_nodes == ["ports", "openports"] and not found.diverged


def test_an_action_step_does_the_action_node_and_moves_on() -> None:
    trail = session(
        ask(0, "What error does the VPN client show?", ERRORS, "e720"),
        step(1, "action", "Restart the Remote Access Connection Manager service"),
        step(2, "solution", "Service restarted, VPN connects"),
    )
    assert align(vpn_tree(), trail).step_nodes == ["root", "ras", "restarted"]


def test_the_opening_can_answer_onto_a_missing_branch() -> None:
    tree = vpn_tree()
    tree.children[0].options[1].next_node_id = None  # "No" at the ports question: unexplored
    trail = session(
        step(0, "action", "Added an allow rule for IPsec"),
        summary="Error 809: UDP ports 500 and 4500 are not open on the edge firewall",
    )
    found = align(tree, trail)
    assert (found.divergence_node_id, found.divergence_answer) == ("ports", "No")
    assert found.divergence_step is None and found.score > 0.5


STORY = (
    "Working from a hotel all week for a customer visit: error 809 every time I try, "
    "and the edge firewall ports are closed"
)


def action_then_fix(action: str, fix: str, summary: str) -> SessionView:
    """A session of one action and its fix, opened by `summary`."""
    return session(step(0, "action", action), step(1, "solution", fix), summary=summary)


def firewall_rule_session(summary: str) -> SessionView:
    """Steps past the ports question's "No" branch: what the VPN flow below lacks."""
    rule = "Added an allow rule for IPsec on the edge firewall"
    return action_then_fix(rule, "Rule added; the tunnel comes up", summary)


def test_an_opening_told_as_a_story_answers_onto_the_missing_branch_there() -> None:
    tree = vpn_tree()
    tree.children[0].options[1].next_node_id = None  # "No" at the ports question: unexplored
    found = align(tree, firewall_rule_session(STORY))
    assert found.opening_nodes == ["root", "ports"]
    assert (found.divergence_node_id, found.divergence_answer) == ("ports", "No")
    assert found.divergence_step is None and found.step_nodes == [None, None]
    assert found.end_node_id == "ports" and found.score > 0.5


def test_the_story_around_the_opening_answers_does_not_dilute_them() -> None:
    prepared = prepare_flow(vpn_tree())
    trail = read_trail(firewall_rule_session(STORY))
    ports = prepared.ids.index("ports")
    in_flow_words = prepared.similarities(prepared.vector(trail.summary, known_only=True))
    every_word = prepared.similarities(prepared.vector(trail.summary))
    assert FLOW.credit(in_flow_words[ports]) == 1.0, "surely answered"
    assert every_word[ports] < in_flow_words[ports], "the story weighs when a step says it"


def test_a_proposal_reads_the_opening_with_every_word() -> None:
    assert FLOW.opening_in_flow_words and not PROPOSAL.opening_in_flow_words


CLOSED_PORTS = "The VPN fails and the edge firewall ports 500 and 4500 are closed"


def _asked_first(first: StepView) -> SessionView:
    """A first step, then the firewall rule the VPN flow lacks past its ports question."""
    rest = firewall_rule_session("").steps
    steps = [first, *(dataclasses.replace(s, order=k + 1) for k, s in enumerate(rest))]
    return session(*steps, summary=CLOSED_PORTS)


def test_the_opening_answer_onto_a_missing_branch_may_be_reached_after_steps_above_it() -> None:
    tree = vpn_tree()
    tree.children[0].options[1].next_node_id = None  # "No" at the ports question: unexplored
    error = ask(0, "What error does the VPN client show?", ERRORS, "e809")
    found = align(tree, _asked_first(error))
    assert found.step_nodes == ["root", None, None], "the error question is still the flow's"
    assert (found.divergence_node_id, found.divergence_answer) == ("ports", "No")
    assert found.divergence_step == 0, "the branch is the steps after the last one explained"
    assert found.score > 0.75


def test_a_step_saying_little_of_the_flow_does_not_delay_the_opening_departure() -> None:
    tree = vpn_tree()
    tree.children[0].options[1].next_node_id = None
    found = align(tree, _asked_first(ask(0, "Can you check something for me?", YES_NO, "yes")))
    assert found.opening_nodes == ["root", "ports"] and found.step_nodes == [None, None, None]
    assert (found.divergence_node_id, found.divergence_step) == ("ports", None)


def _miniport_session(summary: str) -> SessionView:
    reset = "Reset the WAN miniport adapters in Device Manager"
    return action_then_fix(reset, "Miniports reset; the VPN connects again", summary)


def test_an_opening_naming_an_unexplored_answer_leaves_there() -> None:
    tree = vpn_tree()
    tree.options[1].next_node_id = None  # "Error 720" at the root: unexplored
    found = align(tree, _miniport_session("Laptop says 720 every morning"))
    assert (found.divergence_node_id, found.divergence_answer) == ("root", "Error 720")
    assert found.opening_nodes == ["root"] and found.divergence_step is None
    explored = align(tree, _miniport_session("Laptop keeps saying 809"))
    assert explored.divergence_answer is None, "809 has its branch: nothing was named off it"


def test_an_opening_that_says_nothing_of_the_node_does_not_leave_there() -> None:
    tree = vpn_tree()
    tree.children[0].options[1].next_node_id = None
    found = align(tree, firewall_rule_session("Working from a hotel all week; no VPN"))
    assert found.divergence_node_id != "ports"


def dock_tree() -> Tree:
    """Is the monitor on a dock? Yes: which cable joins the dock to the laptop (HDMI:
    reseat it; USB-C: unexplored); no: update the display driver."""
    return parse_tree(
        {
            "id": "dock",
            "type": "decision",
            "question": "Is the external monitor plugged into a dock?",
            "options": [
                {"id": "d_yes", "label": "Yes", "next_node_id": "cable"},
                {"id": "d_no", "label": "No", "next_node_id": "direct"},
            ],
            "children": [
                {
                    "id": "cable",
                    "type": "decision",
                    "question": "Which cable joins the dock to the laptop?",
                    "options": [
                        {"id": "hdmi", "label": "HDMI", "next_node_id": "reseat"},
                        {"id": "usbc", "label": "USB-C"},
                    ],
                },
                {"id": "reseat", "type": "solution", "title": "Reseat the HDMI cable"},
                {"id": "direct", "type": "solution", "title": "Update the display driver"},
            ],
        }
    )


def test_an_opening_sharing_one_word_with_a_node_does_not_leave_on_its_open_option() -> None:
    """A BitLocker session against the dock flow: "my laptop won't boot" says only "laptop"
    in the flow's words, as the cable question does; it names no cable."""
    offered = (OptionView("black", "Black screen"), OptionView("locked", "BitLocker screen"))
    steps = (
        ask(0, "What does the laptop do when you switch it on?", offered, "locked"),
        step(1, "action", "Read the BitLocker recovery key to the user"),
        step(2, "solution", "Reimaged the laptop"),
    )
    one_word = align(dock_tree(), session(*steps, summary="my laptop won't boot"))
    assert one_word.divergence_node_id != "cable" and one_word.score < 0.5
    told = align(dock_tree(), session(*steps, summary="the dock cable to my laptop is loose"))
    assert (told.divergence_node_id, told.divergence_answer) == ("cable", "USB-C")


def test_an_opening_sharing_one_word_with_a_node_a_step_stood_at_does_not_leave_there() -> None:
    """From the holdout set: a BitLocker session ("my laptop won't boot") against the dock
    flow with its USB-C branch cut. Its first questions, answered in words naming nothing,
    stand at the port question ("which port on the laptop...?"), which the opening seemed
    to tell by "laptop" alone: the walk must not leave there on USB-C later either."""
    data = load_dataset(Path(__file__).parents[2] / "bench" / "holdout")
    tree, _ = cut_branch(data.tree("ho-dock-monitor"), "direct_cable", "direct_cable_usbc")
    (record,) = [s for s in data.sessions if s["id"] == "HO-77003"]
    assert record["problem_summary"] == "my laptop won't boot"
    found = align(tree, session_view_of(record))
    assert found.divergence_node_id != "direct_cable" and found.score < 0.5


def _unheld_action_session(check: str) -> SessionView:
    """809, then an action no node holds, a check after it, and the ports fix."""
    return session(
        ask(0, "What error does the VPN client show?", ERRORS, "e809"),
        step(1, "action", "Flush the DNS resolver cache on the laptop"),
        ask(2, check, YES_NO, "no"),
        step(3, "solution", "Opened UDP 500 and 4500 on the edge firewall"),
    )


def _ports_yes_unexplored() -> Tree:
    tree = vpn_tree()
    tree.children[0].options[0].next_node_id = None  # ports "Yes": unexplored
    return tree


def test_an_action_the_flow_lacks_at_a_decision_leaves_on_its_unexplored_option() -> None:
    found = align(_ports_yes_unexplored(), _unheld_action_session("Does it connect now?"))
    assert (found.divergence_node_id, found.divergence_answer) == ("ports", "Yes")
    assert found.divergence_step == 0, "the last step on the flow before the action"
    assert found.anticipated
    assert (found.rejoin_node_id, found.rejoin_step) == ("openports", 3)
    assert found.step_nodes == ["root", None, None, "openports"], "the check is the branch's"
    # read off the walk after the search, the departure still ends what the score counts
    first = align(_ports_yes_unexplored(), session(*_unheld_action_session("-").steps[:1]))
    assert found.score == first.score > 0.5


def test_an_action_the_flow_lacks_leaves_at_a_decision_the_walk_just_passed() -> None:
    trail = session(
        ask(0, "What error does the VPN client show?", ERRORS, "e809"),
        step(1, "action", "Flush the DNS resolver cache on the laptop"),
        step(2, "solution", "Opened UDP 500 and 4500 on the edge firewall"),
    )
    found = align(_ports_yes_unexplored(), trail)  # the ports question has no step
    assert (found.divergence_node_id, found.divergence_answer) == ("ports", "Yes")
    assert (found.rejoin_node_id, found.rejoin_step) == ("openports", 2)
    assert found.step_nodes == ["root", None, "openports"]


def test_an_action_the_flow_lacks_is_not_placed_where_no_option_is_unexplored() -> None:
    found = align(vpn_tree(), _unheld_action_session("Does it connect now?"))
    assert not found.diverged
    assert found.step_nodes == ["root", None, "ports", "openports"]


def test_an_action_before_the_decision_surely_asked_again_does_not_leave_there() -> None:
    asked = "Are UDP ports 500 and 4500 open on the edge firewall?"
    found = align(_ports_yes_unexplored(), _unheld_action_session(asked))
    assert not found.diverged and found.step_nodes[2] == "ports"


def portal_tree() -> Tree:
    """Is Company Portal installed? Yes: what does it say (compliant, too many devices);
    No: unexplored."""
    return parse_tree(
        {
            "id": "portal",
            "type": "decision",
            "question": "Is the Company Portal app installed on the phone?",
            "options": [
                {"id": "portal_yes", "label": "Yes", "next_node_id": "status"},
                {"id": "portal_no", "label": "No"},
            ],
            "children": [
                {
                    "id": "status",
                    "type": "decision",
                    "question": "What does Company Portal say about the device?",
                    "options": [
                        {"id": "ok", "label": "Compliant", "next_node_id": "fine"},
                        {"id": "limit", "label": "Too many devices", "next_node_id": "remove"},
                    ],
                },
                {"id": "fine", "type": "solution", "title": "Mail works"},
                {
                    "id": "remove",
                    "type": "solution",
                    "title": "Remove old devices",
                    "description": "The enrolment limit is reached; remove old devices.",
                },
            ],
        }
    )


def portal_session(first: StepView, summary: str) -> SessionView:
    """`first`, then the portal installed (the branch the flow lacks), then its status."""
    status = (OptionView("ok", "Compliant"), OptionView("limit", "Too many devices"))
    return session(
        first,
        step(1, "action", "Please install Company Portal from the app store and sign in"),
        ask(2, "What's Company Portal showing for your phone?", status, "limit"),
        step(3, "solution", "Too many old devices on your account; removed them, enrol again"),
        summary=summary,
    )


def test_an_action_doing_what_the_passed_decision_asks_of_still_leaves_there() -> None:
    """The opening told "no portal"; the agent has it installed in words of the question
    itself, then carries on where the flow goes."""
    trail = portal_session(
        step(0, "clarification", "Let me check a couple of things"),
        "Work email on my phone, but I haven't installed any company app",
    )
    found = align(portal_tree(), trail)
    assert (found.divergence_node_id, found.divergence_answer) == ("portal", "No")
    assert (found.rejoin_node_id, found.step_nodes) == ("status", [None, None, "status", "remove"])


def test_an_action_the_flow_lacks_after_an_answer_naming_no_option_leaves_there() -> None:
    """The question answered in words naming neither yes nor no (the walk guessed a branch),
    then the action the flow lacks: the session took the unexplored option."""
    offered = (OptionView("blocked", "Access blocked message"), OptionView("new", "New set-up"))
    asked = ask(
        0,
        "Is Company Portal installed on the phone, or is access blocked?",
        offered,
        "blocked",
        free_text="blocked, and no Company Portal app on it",
    )
    found = align(portal_tree(), portal_session(asked, "Work email on my phone"))
    assert (found.divergence_node_id, found.divergence_answer) == ("portal", "No")
    assert found.step_nodes == ["portal", None, "status", "remove"]


def test_a_proposal_does_not_place_an_action_it_lacks_on_an_unexplored_option() -> None:
    found = align(
        _ports_yes_unexplored(),
        _unheld_action_session("Does it connect now?"),
        reading=matching.PROPOSAL,
    )
    assert found.divergence_node_id != "ports"


def final_and_fixes() -> list[dict[str, Any]]:
    """The read-only flag cleared, and "marked as final?" (yes: enable editing; no:
    escalate): the nodes both file trees below share."""
    return [
        {"id": "cleared", "type": "solution", "title": "Read-only flag cleared"},
        factories.yes_no_decision(
            "final", "Does the document show a 'Marked as Final' banner?", "enable", "escalate"
        ),
        {
            "id": "enable",
            "type": "solution",
            "title": "Enable editing",
            "description": "Click Edit Anyway on the Marked as Final bar.",
        },
        {"id": "escalate", "type": "solution", "title": "Escalate to file services"},
    ]


READ_ONLY_FLAG = "Is the Read-only attribute ticked in the file's Properties?"


def locked_file_tree(cloud: str | None = None) -> Tree:
    """Where is the file? A network share: is its read-only flag ticked (yes: cleared; no:
    is it marked as final?); SharePoint: `cloud` (None: unexplored)."""
    return parse_tree(
        {
            "id": "stored",
            "type": "decision",
            "question": "From where is the user opening the locked file?",
            "options": [
                {"id": "share", "label": "A network shared folder", "next_node_id": "attr"},
                {"id": "cloud", "label": "SharePoint, Teams or OneDrive", "next_node_id": cloud},
            ],
            "children": [
                factories.yes_no_decision("attr", READ_ONLY_FLAG, "cleared", "final"),
                *final_and_fixes(),
            ],
        }
    )


def marked_final_session(*first: StepView) -> SessionView:
    """`first`, then "marked as final?" yes, and editing enabled."""
    later = len(first)
    return session(
        *first,
        ask(later, "Do you see 'Marked as Final' near the top of the document?", YES_NO, "yes"),
        step(later + 1, "solution", "Click Edit Anyway on that bar and you can edit"),
        summary="Word opens my document read-only",
    )


VIEW_ONLY_LINK = ask(0, "Is your access view-only, going by the sharing link?", YES_NO, "no")


def test_a_step_placed_by_structure_alone_after_an_open_decision_is_its_new_branch() -> None:
    """The location never asked; a question the flow lacks, which only its answer could
    place at the read-only flag (on the way to "marked as final?"): the session took the
    unexplored SharePoint option and came back."""
    found = align(locked_file_tree(), marked_final_session(VIEW_ONLY_LINK))
    assert (found.divergence_node_id, found.divergence_answer) == (
        "stored",
        "SharePoint, Teams or OneDrive",
    )
    assert found.anticipated and found.divergence_step is None
    assert (found.rejoin_node_id, found.rejoin_step) == ("final", 1)
    assert found.step_nodes == [None, "final", "enable"]
    assert found.path == ["stored", "final", "enable"], "the share's nodes were not walked"
    assert found.branches == [("final", "final_yes")]


def test_a_step_placed_by_structure_alone_stays_where_no_option_is_unexplored() -> None:
    found = align(locked_file_tree("escalate"), marked_final_session(VIEW_ONLY_LINK))
    assert not found.diverged
    assert found.path == ["stored", "attr", "final", "enable"]


def synced_file_tree() -> Tree:
    """Which message? Read-only: is the Read-only attribute ticked (yes: cleared; no: is
    OneDrive syncing? yes: clear the upload cache, then "marked as final?"; no: unexplored)."""
    opened = "Which message does the user get when opening the file?"
    return parse_tree(
        factories.yes_no_decision("opened", opened, "attr", "escalate")
        | {
            "children": [
                factories.yes_no_decision("attr", READ_ONLY_FLAG, "cleared", "sync"),
                factories.yes_no_decision(
                    "sync", "Is the OneDrive sync client running?", "restart", None
                ),
                {
                    "id": "restart",
                    "type": "action",
                    "title": "Clear the Office upload cache",
                    "next_node_id": "final",
                },
                *final_and_fixes(),
            ]
        }
    )


ATTR_UNTICKED = ask(1, "Is the Read-only box ticked in the file's Properties?", YES_NO, "no")


def test_a_later_stretch_placed_by_structure_alone_is_a_new_branch() -> None:
    """A first answer no word of which speaks of its question ("what happens when you try
    to type?") is no departure: no open decision before it. A later one is: placed at the
    sync question only by its yes, and an action placed after it, between the read-only
    flag and "marked as final?"; the session took the sync question's unexplored option."""
    found = align(
        synced_file_tree(),
        marked_final_session(
            ask(0, "What happens when you try to type?", YES_NO, "yes"),
            ATTR_UNTICKED,
            ask(2, "Is your access view-only, going by the sharing link?", YES_NO, "yes"),
            step(3, "action", "Ask the owner to share an editable link"),
        ),
    )
    assert found.step_credits[:4] == [0.0, 1.0, 0.0, 0.0]
    assert (found.divergence_node_id, found.divergence_answer) == ("sync", "No")
    assert (found.divergence_step, found.rejoin_node_id, found.rejoin_step) == (1, "final", 4)
    assert found.step_nodes == ["opened", "attr", None, None, "final", "enable"]


def off_at_sync(*after: StepView) -> SessionView:
    """Read-only, the flag not ticked, OneDrive not running (the sync question's unexplored
    answer) and started by hand: a step of the session's own; then `after`."""
    return session(
        ask(0, "Which message do you get when you open the file?", YES_NO, "yes"),
        ATTR_UNTICKED,
        ask(2, "Is the OneDrive sync client running?", YES_NO, "no"),
        step(3, "action", "Start OneDrive from the Start menu and sign in"),
        *after,
        summary="Word opens my document read-only",
    )


def clarified_at_sync(clarification: str, question: str, fix: str) -> SessionView:
    """`off_at_sync`, then a clarification, a question answered yes and a fix."""
    return off_at_sync(
        step(4, "clarification", clarification),
        ask(5, question, YES_NO, "yes"),
        step(6, "solution", fix),
    )


def test_a_clarification_surely_of_a_node_below_brings_a_session_back() -> None:
    """Left on the sync question's unexplored option, an action of its own, then a
    clarification that asks "marked as final?" and an answer that alone says nothing of
    it: the session came back there."""
    found = align(
        synced_file_tree(),
        clarified_at_sync(
            "Look at the top: is there a 'Marked as Final' banner?",
            "Is it there?",
            "Click Edit Anyway on that bar and you can edit",
        ),
    )
    assert (found.divergence_node_id, found.divergence_answer) == ("sync", "No")
    assert (found.rejoin_node_id, found.rejoin_step) == ("final", 4)
    assert found.step_nodes[4:] == ["final", "final", "enable"]


def test_a_clarification_speaking_of_an_action_does_not_bring_a_session_back() -> None:
    """A question about clearing the upload cache is not the cache cleared: the session,
    off the flow after the sync question, does not come back at that action."""
    found = align(
        synced_file_tree(),
        clarified_at_sync(
            "Is the Office upload cache clear now?",
            "Can you save it now?",
            "OneDrive is running and the file saves again",
        ),
    )
    assert (found.divergence_node_id, found.rejoin_node_id) == ("sync", None)
    assert found.step_nodes[3:] == [None, None, None, None]


@pytest.mark.parametrize(
    ("rejoin_step", "credits", "passing"),
    [
        (None, [1.0, 0.0, 1.0, 1.0], True),  # left after one explained step, never back
        (2, [1.0, 0.0, 1.0, 1.0], False),  # back, and two more steps explained
        (2, [1.0, 0.0, 0.0, 0.0], True),  # back at a step that explains nothing
        (3, [1.0, 0.0, 0.0, 1.0], False),  # one before leaving, one after coming back
    ],
)
def test_a_session_that_came_back_along_the_flow_did_not_pass_it_by(
    rejoin_step: int | None, credits: list[float], passing: bool
) -> None:
    found = Alignment(
        step_credits=list(credits),
        divergence_node_id="where",
        divergence_step=0,
        rejoin_node_id=None if rejoin_step is None else "back",
        rejoin_step=rejoin_step,
    )
    assert found.left_in_passing is passing


def test_an_action_speaking_of_a_told_decision_does_not_ask_it() -> None:
    """The opening told the sync question's unexplored answer; no step asks it, and the
    action that follows speaks of it: the session left there, once the steps had walked
    down to it (not on by the sync question's explored branch, to clear the cache)."""
    found = align(
        synced_file_tree(),
        session(
            ask(0, "Which message do you get when you open the file?", YES_NO, "yes"),
            ask(1, "Any luck with that?", YES_NO, "no"),  # no word of the read-only flag
            step(2, "action", "Start the OneDrive sync client and sign in"),
            ask(3, "Can you edit the document now?", YES_NO, "yes"),
            summary="Word opens my document read-only, and the OneDrive sync client is not running",
        ),
    )
    assert (found.divergence_node_id, found.divergence_answer) == ("sync", "No")
    assert found.divergence_step == 1
    assert found.step_nodes == ["opened", "attr", None, None]


def protection_off_tree() -> Tree:
    """What does the alert say? Protection off: is another antivirus installed (yes:
    uninstall it, and it is back on; no: unexplored)."""
    alert = factories.decision(
        "alert",
        "What does the Defender alert say?",
        ("_off", "Protection is off", "third"),
        ("_threat", "A threat was found", "held"),
    )
    third = factories.yes_no_decision(
        "third", "Is another antivirus product installed on the PC?", "remove", None
    )
    remove = {"id": "remove", "type": "action", "title": "Uninstall the other antivirus product"}
    removed = {
        "id": "removed",
        "type": "solution",
        "title": "Other antivirus removed, Defender back on",
    }
    held = {"id": "held", "type": "solution", "title": "Threat quarantined"}
    return parse_tree(
        alert | {"children": [third, remove | {"next_node_id": "removed"}, removed, held]}
    )


def protection_off_session(*between: StepView) -> SessionView:
    """The alert said protection is off; `between`; then a fix and its result in words of
    neither the flow's action nor its solution."""
    later = len(between) + 1
    alert = (OptionView("off", "Protection is off"), OptionView("threat", "A threat was found"))
    return session(
        ask(0, "What does the Defender alert say?", alert, "off"),
        *between,
        step(
            later,
            "action",
            "Open Windows Security, go to Virus and threat protection, click Manage settings "
            "and switch Real-time protection on for this product",
        ),
        step(
            later + 1,
            "solution",
            "Real-time scanning is running again and the shield icon in the taskbar is green; "
            "Defender",
        ),
        summary="Defender says my protection is off",
    )


def test_steps_placed_by_structure_alone_to_the_end_after_an_unasked_decision_left_it() -> None:
    """Another antivirus never asked about; a fix and its result the flow has no words
    for, placed on its one explored branch only because they are an action and a
    solution: the session took the unexplored option and never came back."""
    found = align(protection_off_tree(), protection_off_session())
    assert found.step_credits == [1.0, 0.0, 0.0]
    assert (found.divergence_node_id, found.divergence_answer) == ("third", "No")
    assert found.divergence_step == 0 and found.rejoin_node_id is None
    assert found.step_nodes == ["alert", None, None]
    assert found.path == ["alert", "third"] and found.end_node_id == "third"


def test_steps_in_other_words_after_a_decision_spoken_of_stay_on_its_branch() -> None:
    """The same, the agent having asked about another antivirus: the walk's branch there
    was the session's, only its fix worded otherwise."""
    asked = step(1, "clarification", "Is another antivirus product installed on the PC?")
    found = align(protection_off_tree(), protection_off_session(asked))
    assert not found.diverged
    assert found.step_nodes == ["alert", "third", "remove", "removed"]


def test_the_open_decisions_own_question_reworded_and_answered_stays_on_the_flow() -> None:
    tree = locked_file_tree("escalate")
    tree.children[0].options[0].next_node_id = None  # the read-only flag ticked: unexplored
    where = (OptionView("share", "A network shared folder"), OptionView("cloud", "SharePoint"))
    found = align(
        tree,
        marked_final_session(
            ask(0, "Is it on a network shared folder or in SharePoint?", where, "share"),
            ask(1, "Is that box greyed out for you?", YES_NO, "no"),  # no word of the flag
        ),
    )
    assert found.step_credits[1] == 0.0 and found.step_nodes[1] == "attr"
    assert not found.diverged


def test_a_session_of_another_problem_scores_low() -> None:
    assert align(printer_tree(), FIREWALL_SESSION).score < 0.5


# --- an answer taken back ------------------------------------------------------------------


def _checked(first: str, again: str, typed: str | None) -> list[StepView]:
    """The error question answered `first`, then checked in other words and answered `again`."""
    return [
        ask(0, "What error does the VPN client show?", ERRORS, first),
        ask(1, "Just so I have it right: which error number?", ERRORS, again, free_text=typed),
    ]


@pytest.mark.parametrize(
    "typed",
    [
        "sorry, wrong one - it's 809",
        "scrattch that, 809",
        "my bad: 809",
        "oops. 809",
        "it's 809",  # options with words offered again at once: the question checked
        None,
    ],
)
def test_an_answer_the_next_step_takes_back_is_withdrawn(typed: str | None) -> None:
    assert matching.taken_back(_checked("e720", "e809", typed)) == [True, False]


@pytest.mark.parametrize(
    ("first", "again", "typed"),
    [
        ("e809", "e809", "sorry, yes, 809"),  # the same answer again
        ("e720", None, "sorry, what?"),  # no answer
    ],
)
def test_an_answer_is_not_taken_back_without_another_answer_said_to_replace_it(
    first: str, again: str | None, typed: str
) -> None:
    assert matching.taken_back(_checked(first, again, typed)) == [False, False]


def test_another_question_offering_the_same_options_takes_nothing_back() -> None:
    steps = [ask(0, "Is it plugged in?", YES_NO, "yes"), ask(1, "Is it on?", YES_NO, "no")]
    steps[1] = dataclasses.replace(steps[1], free_text="no, sorry")
    assert matching.taken_back(steps) == [False, False]


def test_a_yes_no_checked_takes_its_answer_back_only_when_the_user_says_so() -> None:
    first = ask(0, "Is it plugged in?", YES_NO, "yes")
    again = ask(1, "Just checking: is the cable in?", YES_NO, "no")
    assert matching.taken_back([first, again]) == [False, False]
    said = dataclasses.replace(again, free_text="oops, no, it isn't")
    assert matching.taken_back([first, said]) == [True, False]


def test_a_corrected_answer_is_the_branch_the_walk_follows() -> None:
    found = align(
        vpn_tree(),
        session(
            *_checked("e720", "e809", "sorry, wrong one - it's 809"),
            ask(2, "Are UDP ports 500 and 4500 open on the edge firewall?", YES_NO, "no"),
            step(3, "solution", "Opened UDP 500 and 4500 on the edge firewall"),
        ),
    )
    assert found.step_nodes == ["root", "root", "ports", "openports"]
    assert found.branches[0] == ("root", "e809") and not found.diverged
    assert found.score > Settings().reinforce_threshold, "the wrong click counts against nothing"


# --- what the walk's structure confirms -----------------------------------------------------

REWORDED_PORTS = "Has anyone checked the firewall rules?"  # few words of the ports question


def test_a_reworded_answer_is_confirmed_by_the_later_step_only_its_branch_leads_to() -> None:
    found = align(
        vpn_tree(),
        session(
            ask(0, "What error does the VPN client show?", ERRORS, "e809"),
            ask(1, REWORDED_PORTS, YES_NO, "no"),
            step(2, "solution", "Opened UDP 500 and 4500 on the edge firewall"),
        ),
    )
    assert found.step_nodes == ["root", "ports", "openports"]
    assert 0.0 < found.step_credits[1] < 0.1, "its words say little of the ports question"
    assert found.score == pytest.approx(3 / 3.5), "the fix is reached only by answering no"
    assert found.fitness < 0.7, "the flow is still chosen by what its words explain"


def test_a_step_at_the_node_a_named_answer_led_to_is_explained_as_well_as_that_answer() -> None:
    trail = session(
        ask(0, "What error does the VPN client show?", ERRORS, "e809"),
        ask(1, "Are UDP 500 and 4500 open on the firewall?", YES_NO, "no"),
        step(2, "solution", "Let IPsec through and it connected"),  # the fix, in few of its words
    )
    found = align(vpn_tree(), trail)
    assert found.step_nodes == ["root", "ports", "openports"]
    assert 0.0 < found.step_credits[2] < 0.5 < found.step_credits[1]  # by its own words
    assert found.score == pytest.approx(match_score([1.0, 1.0, found.step_credits[1]]))


def test_a_typed_answer_not_recorded_as_an_option_counts_at_its_decision() -> None:
    found = align(
        vpn_tree(),
        session(
            ask(0, "What error does the VPN client show?", ERRORS, "e809"),
            ask(
                1,
                "Are UDP ports 500 and 4500 open on the edge firewall?",
                YES_NO,
                None,
                free_text="they are blocked",
                was_free_text=True,
            ),
            step(2, "solution", "Opened the ports for IPsec"),
        ),
    )
    assert found.step_nodes == ["root", "ports", "openports"]
    assert found.step_credits == [1.0, 1.0, 1.0]
    assert found.score == pytest.approx(3 / 3.5)


def test_an_answer_the_opening_statement_told_counts_as_explained() -> None:
    found = align(
        vpn_tree(),
        session(
            ask(0, REWORDED_PORTS, YES_NO, "no"),
            step(1, "solution", "Opened UDP 500 and 4500 on the edge firewall"),
            summary="The VPN client fails with error 809",
        ),
    )
    assert found.opening_nodes == ["root"]
    assert found.step_credits[1] == 1.0
    assert found.score == pytest.approx(3 / 3.5), "the opening's answer, the question, the fix"
    assert found.fitness < 0.6, "the opening is evidence, not a step of the trail"


def ports_open_unexplored() -> Tree:
    """The VPN flow whose ports question has no branch for "open" yet."""
    data = factories.vpn_tree_data()
    data["children"] = [c for c in data["children"] if c["id"] != "reinstall"]
    next(c for c in data["children"] if c["id"] == "ports")["options"][0].pop("next_node_id")
    return parse_tree(data)


def test_leaving_on_an_option_the_flow_anticipated_is_explained_as_the_answer_before() -> None:
    found = align(
        ports_open_unexplored(),
        session(
            ask(0, "What error does the VPN client show?", ERRORS, "e809"),
            ask(1, REWORDED_PORTS, YES_NO, "yes"),
            step(2, "action", "Cleared the saved credentials in the keychain"),
            step(3, "solution", "Credentials re-entered, the tunnel comes up"),
        ),
    )
    assert (found.divergence_node_id, found.divergence_answer) == ("ports", "Yes")
    assert found.step_credits[1] < 0.1, "its words say little of the ports question"
    assert found.score == pytest.approx(2 / 2.5), "matched for an enhancement at the ports"


def test_a_flow_anticipates_an_option_however_its_question_was_worded() -> None:
    trail = read_trail(
        session(
            ask(0, "What error does the VPN client show?", ERRORS, "e809"),
            ask(1, "Did the check I asked for come back fine?", YES_NO, "yes"),
            step(2, "action", "Cleared the saved credentials in the keychain"),
            step(3, "solution", "Credentials re-entered, the tunnel comes up"),
        )
    )
    prepared = prepare_flow(ports_open_unexplored())
    flow = align_prepared(prepared, trail, reading=FLOW)
    proposal = align_prepared(prepared, trail, reading=PROPOSAL)
    assert (flow.divergence_node_id, flow.divergence_answer) == ("ports", "Yes")
    assert flow.step_credits[1] == 0.0, "no word of the ports question"
    assert flow.score == pytest.approx(2 / 2.5), "the flow's own option, where the flow led"
    assert proposal.score < 0.5, "a proposal's option is one session's word: not enough"


def test_a_step_without_words_of_its_node_is_placed_by_the_steps_beside_it() -> None:
    def trail(solution: str) -> Trail:
        return read_trail(
            session(
                ask(0, "What error does the VPN client show?", ERRORS, "e809"),
                ask(1, "Did the check I asked for come back fine?", YES_NO, "no"),
                step(2, "solution", solution),
            )
        )

    prepared = prepare_flow(vpn_tree())
    sure = trail("Opened UDP ports 500 and 4500 on the edge firewall")
    placed = align_prepared(prepared, sure, reading=FLOW)
    assert placed.step_nodes == ["root", "ports", "openports"]
    assert placed.step_credits == [1.0, 0.0, 1.0], "its words still explain nothing"
    assert placed.score == pytest.approx(3 / 3.5), "but the flow places it: all three count"
    proposal = align_prepared(prepared, sure, reading=PROPOSAL)
    assert proposal.score < placed.score, "a proposal's structure is one session's"
    half = align_prepared(prepared, trail("IPsec allowed on the edge"), reading=FLOW)
    after = half.step_credits[2] or 0.0
    assert 0.5 < after < 1.0, "the step after speaks of its node, not surely"
    assert half.score == pytest.approx(match_score([1.0, after, after])), "as well as it"
    unsure = align_prepared(prepared, trail("Done, thanks"), reading=FLOW)
    assert unsure.score == pytest.approx(1 / 3 * 1 / 1.5), "nothing after it speaks of its node"


def test_only_one_way_on_leads_below_a_node_in_a_tree() -> None:
    flow = prepare_flow(vpn_tree())
    index = {node_id: n for n, node_id in enumerate(flow.ids)}
    below = flow.only_through(index["root"], 0)
    assert {flow.ids[n] for n in below} == {"ports", "openports", "reinstall"}
    assert {flow.ids[n] for n in flow.only_through(index["ras"], matching.NONE)} == {"restarted"}
    aside = {flow.ids[n] for n in flow.aside(index["ports"])}
    assert aside == {"openports", "reinstall", "ras", "restarted"}, "not it, nor the root above"


def test_empty_trail_aligns_to_nothing() -> None:
    found = align(vpn_tree(), session())
    assert found.step_nodes == [] and found.score == 0.0 and found.end_node_id is None


def test_questions_without_answers_may_take_any_branch() -> None:
    trail = question_trail(
        "vpn fails", ["which error vpn client show", "udp 500 4500 open firewall"]
    )
    found = align_prepared(prepare_flow(vpn_tree()), trail, reading=PROPOSAL)
    assert found.step_nodes == ["root", "ports"]
    assert found.branches == [], "the branch taken is not known"


def test_a_proposal_may_be_entered_below_its_first_steps() -> None:
    trail = read_trail(
        session(
            ask(0, "Has the user changed the phone lately?", YES_NO, "yes"),
            *FIREWALL_SESSION.steps[1:],
        )
    )
    prepared = prepare_flow(vpn_tree().model_copy(deep=True))
    flow_reading = align_prepared(prepared, trail, reading=FLOW)
    late = align_prepared(prepared, trail, reading=PROPOSAL)
    assert late.step_nodes[0] is None and late.step_nodes[1] == "ports"
    assert late.score > flow_reading.score


def test_alignment_json_carries_what_the_export_needs() -> None:
    data = align(vpn_tree(), FIREWALL_SESSION).to_json()
    assert data["step_nodes"] == ["root", "ports", "openports"]
    assert data["path"] == ["root", "ports", "openports"]
    assert data["end_node_id"] == "openports" and data["divergence_node_id"] is None
    assert {"fitness", "score", "opening_nodes", "branches"} <= set(data)


# --- the score -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("credits", "expected"),
    [([], 0.0), ([1.0], 2 / 3), ([1.0, 1.0], 0.8), ([1.0, 0.0], 0.5 * 1 / 1.5), ([0.0], 0.0)],
)
def test_match_score_is_the_explained_share_discounted_while_evidence_is_thin(
    credits: list[float], expected: float
) -> None:
    assert match_score(credits) == pytest.approx(expected)


def test_two_steps_known_by_their_offers_are_enough_to_enhance_the_flow() -> None:
    # agents reword a flow's questions and options alike ("which machine are you starting
    # it on?" offering "Outside the office", "On the office network", "My own computer"):
    # two steps in a row known only by their offers are the flow's, left there
    enhance_at = Settings().enhance_threshold
    assert match_score([matching.OFFER_CREDIT] * 2) >= enhance_at
    assert match_score([matching.OFFER_CREDIT]) < enhance_at, "one is not enough"


def test_credit_rises_linearly_between_the_two_similarities() -> None:
    assert FLOW.credit(FLOW.no_credit) == 0.0
    assert FLOW.credit(FLOW.full_credit) == 1.0
    middle = (FLOW.no_credit + FLOW.full_credit) / 2
    assert FLOW.credit(middle) == pytest.approx(0.5)


# --- retrieval and caching -----------------------------------------------------------------


def test_the_library_picks_the_flow_the_session_follows() -> None:
    flows = [
        prepare_flow(printer_tree(), name="Printer offline", domain="printing"),
        prepare_flow(vpn_tree(), name="VPN cannot connect", domain="networking"),
    ]
    found = Library(flows).match(FIREWALL_SESSION)
    assert found is not None and found.flow is flows[1]
    assert found.alignment.end_node_id == "openports"


def test_an_empty_library_matches_nothing() -> None:
    assert Library([]).match(FIREWALL_SESSION) is None


def test_flows_are_prepared_once_per_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(matching.flows, "_CACHE", type(matching.flows._CACHE)())
    monkeypatch.setattr(matching.retrieval, "_LIBRARIES", type(matching.retrieval._LIBRARIES)())
    asked: list[list[Any]] = []

    def prepare(keys: list[Any]) -> list[matching.PreparedFlow]:
        asked.append(keys)
        return [prepare_flow(vpn_tree(), key=key) for key in keys]

    matching.library([("a", 1)], prepare)
    matching.library([("a", 1), ("b", 1)], prepare)
    again = matching.library([("a", 1), ("b", 1)], prepare)
    assert asked == [[("a", 1)], [("b", 1)]]
    assert [flow.key for flow in again.flows] == [("a", 1), ("b", 1)]


# --- speed without changing results ---------------------------------------------------------


def test_a_rival_that_cannot_reach_the_best_score_is_not_searched(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    flows = [
        prepare_flow(vpn_tree(), name="VPN cannot connect", domain="networking"),
        prepare_flow(printer_tree(), name="Printer offline", domain="printing"),
    ]
    searched: list[matching.PreparedFlow] = []
    search = matching.retrieval._aligned

    def counted(walk: Any) -> matching.Alignment:
        searched.append(walk.flow)
        return search(walk)

    monkeypatch.setattr(matching.retrieval, "_aligned", counted)
    found = Library(flows).match(FIREWALL_SESSION)
    assert found is not None and found.flow is flows[0]
    assert found.alignment.score < matching.CONCLUSIVE_SCORE, "not conclusive: a rival is read"
    assert searched == [flows[0]], "the printer flow's bound is below the VPN flow's score"


def test_a_keyed_flow_remembers_its_similarities_to_a_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(matching.flows, "_SIMILARITIES", type(matching.flows._SIMILARITIES)())
    monkeypatch.setattr(matching.flows, "_CACHE", type(matching.flows._CACHE)())
    keyed = prepare_flow(vpn_tree(), key=("vpn", 1))
    loose = prepare_flow(vpn_tree())
    first = read_trail(FIREWALL_SESSION).steps[0]
    again = read_trail(FIREWALL_SESSION).steps[0]
    remembered = keyed.step_similarities(first)
    kept = len(matching.flows._SIMILARITIES)  # its question, its options, and both together
    assert keyed.step_similarities(again) is remembered, "the same text, read again"
    assert loose.step_similarities(first) == remembered, "the same numbers, computed"
    assert len(matching.flows._SIMILARITIES) == kept == 3, "a flow without a key is not remembered"


def test_remembered_similarities_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(matching.flows, "_SIMILARITIES", type(matching.flows._SIMILARITIES)())
    monkeypatch.setattr(matching.flows, "SIMILARITY_CACHE_SIZE", 2)
    keyed = prepare_flow(vpn_tree(), key=("vpn-bounded", 1))
    for trail_step in read_trail(FIREWALL_SESSION).steps:
        keyed.step_similarities(trail_step)
    assert len(matching.flows._SIMILARITIES) == 2


def test_a_trail_counts_its_words_once_for_every_flow() -> None:
    found = matching.trail_step("answer", ["vpn", "error", "vpn"])
    assert found.content_frequencies == (("vpn", 1.0 + math.log(2)), ("error", 1.0))
    idf = {"vpn": 1.5, "error": 2.0}
    weighted = matching.weighted(found.content_frequencies, idf)
    assert weighted == matching.tfidf(["vpn", "error", "vpn"], idf)


# --- merging aligned paths (mining) ----------------------------------------------------------


def chain(*questions: str, answers: tuple[str, ...], fix: str) -> Tree:
    """A session's path as the offline provider drafts it: one decision per question."""
    nodes: list[dict[str, Any]] = []
    for n, (text, answer) in enumerate(zip(questions, answers, strict=True)):
        following = f"q{n + 1}" if n + 1 < len(questions) else "fix"
        options = [{"id": f"q{n}-{label}", "label": label} for label in ("Yes", "No")]
        next(o for o in options if o["label"] == answer)["next_node_id"] = following
        nodes.append({"id": f"q{n}", "type": "decision", "question": text, "options": options})
    nodes.append({"id": "fix", "type": "solution", "title": fix})
    return parse_tree({**nodes[0], "children": nodes[1:]})


LINK = "Is the Authenticator registered to the current phone?"
PHONE = "Did the user get a new phone recently?"


def test_a_path_starting_above_the_proposal_gives_it_a_new_top() -> None:
    base = mark_support(chain(LINK, answers=("No",), fix="Re-registered the app"))
    above = chain(PHONE, LINK, answers=("Yes", "No"), fix="Re-registered the app")
    merged = merge_path(base, above)
    assert merged.question == PHONE and merged.support == 1
    assert merged.options[0].label == "Yes" and merged.options[0].next_node_id == "q0"
    old_root = next(n for n in merged.children if n.id == "q0")
    assert old_root.question == LINK and old_root.support == 2


def test_merging_two_proposals_adds_up_their_support() -> None:
    first = mark_support(chain(PHONE, LINK, answers=("Yes", "No"), fix="Re-registered"), 3)
    second = mark_support(chain(PHONE, LINK, answers=("Yes", "Yes"), fix="Turned on alerts"), 2)
    merged = merge_path(first, second)
    assert merged.support == 5 and merged.options[0].support == 5
    link = next(n for n in merged.children if n.question == LINK)
    assert {o.label: o.support for o in link.options} == {"Yes": 2, "No": 3}
    assert all(o.next_node_id for o in link.options)


def test_two_trees_start_with_one_question_when_each_root_is_the_others_likest_node() -> None:
    phone_first = chain(PHONE, LINK, answers=("Yes", "No"), fix="Re-registered")
    phone_again = chain(PHONE.replace("recently", "lately"), answers=("No",), fix="Alerts on")
    link_first = chain(LINK, answers=("No",), fix="Re-registered")
    assert same_first_question(phone_first, phone_again)
    assert not same_first_question(phone_first, link_first)  # its root is asked second there
    printer = chain("Is the printer offline in the queue?", answers=("No",), fix="Restarted")
    assert not same_first_question(phone_first, printer)


def test_two_roots_worded_apart_are_one_question_when_the_question_after_both_is_one() -> None:
    login = chain("Can you get into the laptop itself?", PHONE, answers=("Yes", "No"), fix="Ok")
    windows = chain("Does the Windows sign-in work for you?", PHONE, answers=("Yes", "Yes"), fix="")
    assert same_first_question(login, windows)
    other = chain("Does the Windows sign-in work for you?", LINK, answers=("Yes", "No"), fix="Ok")
    assert not same_first_question(login, other), "what follows the roots differs"
    deeper = chain(
        "Is the account enabled?",
        "Can you get into the laptop?",
        PHONE,
        answers=("Yes",) * 3,
        fix="",
    )
    assert not same_first_question(login, deeper), "its root is asked further down there"


def offering(question: str, *labels: str) -> Tree:
    """A one-question tree offering `labels`, the first taken to a fix."""
    options = [{"id": f"q0-{n}", "label": label} for n, label in enumerate(labels)]
    options[0]["next_node_id"] = "fix"
    fix = {"id": "fix", "type": "solution", "title": "Fixed"}
    return parse_tree(
        {
            "id": "q0",
            "type": "decision",
            "question": question,
            "options": options,
            "children": [fix],
        }
    )


def test_two_roots_worded_apart_offering_the_same_answers_are_one_question() -> None:
    walk = offering(
        "Walk me through it - you start the install and then what?",
        "Asks for admin password",
        "Antivirus removed it",
        "Setup fails part way",
        "Not sure",
    )
    stops = offering(
        "When you double-click the setup file, what do you get?",
        "Setup fails part way",
        "Windows protected your PC",
        "Asks for admin password",
    )
    assert same_first_question(walk, stops)  # two of stops' three labels, word for word
    unsure = offering(
        "Which browser do you use?", "Edge", "Chrome", "Not sure", "Setup fails part way"
    )
    assert not same_first_question(walk, unsure), "two of four, one of them 'Not sure'"
    plugged = offering(
        "What happens when you plug it in?",
        "Asks to format",
        "Nothing happens",
        "No sound, no pop-up",
        "Removable storage blocked",
    )
    goes_in = offering(
        "What does the laptop do when the stick goes in?",
        "Asks to format",
        "Nothing happens",
        "Blocked by policy",
        "Ding but no drive",
    )
    assert same_first_question(plugged, goes_in), "half, each shared label saying something"
    assert not offer_the_same(plugged, goes_in), "two labels are not one problem alone"


def test_two_proposals_are_one_problem_by_their_offer_on_three_answers_word_for_word() -> None:
    monitor = offering(
        "How is the screen connected?",
        "Through the dock",
        "Directly to the laptop",
        "Wireless display",
        "Not sure",
    )
    keyboard = offering(
        "Where is the receiver plugged in?", "Through the dock", "Directly to the laptop"
    )
    assert same_first_question(monitor, keyboard), "one question, by two answers"
    assert not offer_the_same(monitor, keyboard), "two answers do not make one problem"
    screen = offering(
        "What do you see?", "Directly to the laptop", "Through the dock", "Wireless display"
    )
    assert offer_the_same(monitor, screen)


def test_a_path_that_does_not_fit_is_only_counted() -> None:
    base = mark_support(chain(PHONE, answers=("Yes",), fix="Re-registered"))
    unrelated = chain("Is the printer offline in the queue?", answers=("No",), fix="Restarted")
    merged = merge_path(base, unrelated)
    assert merged.support == 2 and len(merged.children) == len(base.children)


def test_a_proposal_of_the_same_problem_is_grafted_where_it_leaves_however_little_fits() -> None:
    kept = mark_support(parse_tree(factories.single_site_tree()))
    folded = parse_tree(factories.intranet_tree())
    counted = merge_path(kept, folded)  # one step of three explained: too little to graft
    assert len(counted.children) == len(kept.children) and counted.support == 2
    merged = merge_path(kept, folded, same_problem=True)
    intranet = next(o for o in merged.options if o.label == "Intranet / company web apps")
    action = next(n for n in merged.children if n.id == intranet.next_node_id)
    assert action.title == "I'll clear the DNS cache on your machine remotely."
    assert intranet.support == 1 and merged.support == 2
    printer = chain("Is the printer offline in the queue?", answers=("No",), fix="Restarted")
    unsure = merge_path(kept, printer, same_problem=True)  # where it left is not surely here
    assert len(unsure.children) == len(kept.children)


PROCESS = "Which process is using the most CPU in Task Manager?"


def test_a_tree_re_mined_from_its_paths_is_one_whatever_order_they_came_in() -> None:
    short = chain(LINK, answers=("No",), fix="Re-registered the app")
    new_phone = chain(PHONE, LINK, answers=("Yes", "No"), fix="Re-registered the app")
    alerts = chain(PHONE, LINK, answers=("Yes", "Yes"), fix="Turned on alerts")
    paths = [short, new_phone, alerts]
    mined = [tree_to_dict(remine(order)) for order in itertools.permutations(paths)]
    assert all(tree == mined[0] for tree in mined)
    tree = remine(paths)
    assert tree.question == PHONE and tree.support == 3  # a longest walk is the trunk
    link = node_index(tree)[tree.options[0].next_node_id or ""]
    assert link.question == LINK and link.support == 3
    assert {o.label: o.support for o in link.options} == {"Yes": 1, "No": 2}


def test_a_tree_re_mined_keeps_the_branches_of_a_proposal_judged_the_same_problem() -> None:
    single_site, intranet = factories.single_site_tree(), factories.intranet_tree()
    as_paths = remine([parse_tree(single_site), parse_tree(intranet)])
    assert [o.next_node_id for o in as_paths.options][1:] == [None, None], "too little fits"
    tree = remine([parse_tree(single_site)], [mark_support(parse_tree(intranet), 2)])
    index = node_index(tree)
    way = next(o for o in tree.options if o.label == "Intranet / company web apps")
    assert (
        index[way.next_node_id or ""].title == "I'll clear the DNS cache on your machine remotely."
    )
    assert way.support == 2 and tree.support == 3


def process_path(offered: tuple[str, ...], taken: str, fix: str) -> Tree:
    """A one-question path whose question offered `offered` and took `taken` to `fix`."""
    options = [{"id": f"q0-{n}", "label": label} for n, label in enumerate(offered)]
    next(o for o in options if o["label"] == taken)["next_node_id"] = "fix"
    question = {"id": "q0", "type": "decision", "question": PROCESS, "options": options}
    return parse_tree({**question, "children": [{"id": "fix", "type": "solution", "title": fix}]})


def test_a_full_question_gives_an_answer_it_lacks_an_option_only_ever_offered() -> None:
    offered = ("Antimalware Service Executable", "Installer", "Web browser", "Not sure", "Teams")
    base = mark_support(process_path(offered, "Web browser", "Closed the tabs"))
    antivirus = process_path(("Defender scan", "Browser"), "Defender scan", "Moved the scan")
    merged = merge_path(base, antivirus)
    labels = [o.label for o in merged.options]
    assert labels == [
        "Antimalware Service Executable",
        "Installer",
        "Web browser",
        "Not sure",
        "Defender scan",
    ]  # no word in common: the last one only offered
    fix = next(n for n in merged.children if n.id == merged.options[4].next_node_id)
    assert fix.title == "Moved the scan" and merged.options[4].support == 1
    unsure = process_path(("Not sure what it is", "Other"), "Not sure what it is", "Escalated")
    merged = merge_path(merged, unsure)
    assert [o.label for o in merged.options][3] == "Not sure what it is"  # its words
    assert merged.options[2].next_node_id and len(merged.options) == 5
    every = merge_path(merged, process_path(("Zoom", "Other"), "Zoom", "Updated Zoom"))
    every = merge_path(every, process_path(("Excel", "Other"), "Excel", "Repaired Excel"))
    assert all(o.next_node_id for o in every.options)
    slack = process_path(("Slack", "Other"), "Slack", "Cleared")
    assert merge_path(every, slack).options == every.options  # every option taken: counted


# --- options as evidence, and choosing by the share explained -------------------------------


def wifi_tree() -> Tree:
    """Multiple-choice decisions whose option ids are `<node>_<value>`, as exports record
    them (the session names an option by its value alone)."""
    return parse_tree(
        {
            "id": "root",
            "type": "decision",
            "question": "Who is affected by the dropping connection?",
            "options": [
                {"id": "root_me", "label": "Only this laptop", "next_node_id": "n2"},
                {"id": "root_many", "label": "Several people nearby", "next_node_id": "ap"},
            ],
            "children": [
                {
                    "id": "n2",
                    "type": "decision",
                    "question": "Which band is the laptop using?",
                    "options": [
                        {"id": "n2_slow", "label": "2.4 GHz only", "next_node_id": "band"},
                        {"id": "n2_fast", "label": "5 GHz", "next_node_id": "driver"},
                    ],
                },
                {"id": "ap", "type": "solution", "title": "Replace the access point"},
                {"id": "band", "type": "solution", "title": "Enable the 5 GHz band"},
                {"id": "driver", "type": "solution", "title": "Update the wireless driver"},
            ],
        }
    )


AFFECTED = (OptionView("me", "Only this laptop"), OptionView("many", "Several people nearby"))
BANDS = (OptionView("slow", "Only 2.4 GHz"), OptionView("fast", "5 GHz"))
REWORDED_SESSION = session(
    ask(0, "Is it just you, or your whole team too?", AFFECTED, "me"),
    ask(1, "What does the wireless icon say about the network?", BANDS, "fast"),
    step(2, "solution", "Installed the new wireless driver"),
    summary="Wifi keeps dropping",
)


def test_an_answer_names_an_option_by_its_value_without_the_node_id() -> None:
    options = prepare_flow(wifi_tree()).options[0]
    assert choose_option(options, ["many"]) == 1
    assert choose_option(options, ["root_me"]) == 0
    assert choose_option(options, ["everyone"]) is None


def test_a_reworded_question_is_recognised_by_the_options_it_offered() -> None:
    found = align(wifi_tree(), REWORDED_SESSION)
    assert found.step_nodes == ["root", "n2", "driver"]
    assert found.branches == [("root", "root_me"), ("n2", "n2_fast")]
    assert not found.diverged
    assert found.step_credits[0] == pytest.approx(1.0), "options only its node offers"
    assert found.fitness > 0.6


def test_a_like_question_offering_other_options_is_doubted() -> None:
    flow = prepare_flow(wifi_tree())
    question = "Who is affected by the dropping connection?"
    offers = (
        (),  # nothing: the question alone speaks
        (OptionView("me", "Only this laptop"), OptionView("many", "Several")),  # its own, reworded
        (OptionView("x", "Printer jammed"), OptionView("y", "Toner low")),  # another question's
        YES_NO,  # a plain yes/no, where the node offers worded options
    )
    sims = [
        flow.step_similarities(read_trail(session(ask(0, question, o, None))).steps[0])[0]
        for o in offers
    ]
    assert sims[0] == pytest.approx(1.0)
    assert 0.8 < sims[1] < 1.0
    assert sims[2] == sims[3] == pytest.approx(0.5), "other options: the options' half is 0"


def _confirming(answer: str) -> SessionView:
    """The error question asked again after it was answered 809, answered `answer`."""
    again = "Just so I have it right, which error did the VPN client show?"
    return session(
        ask(0, "What error does the VPN client show?", ERRORS, "e809"),
        ask(1, again, ERRORS, answer),
        ask(2, "Are UDP 500 and 4500 open on the firewall?", YES_NO, "no"),
        step(3, "solution", "Opened UDP 500 and 4500 on the edge firewall"),
    )


def test_a_question_asked_again_with_the_same_answer_counts_neither_way() -> None:
    found = align(vpn_tree(), _confirming("e809"))
    assert found.step_nodes == ["root", None, "ports", "openports"]
    assert found.step_credits[1] is None and found.fitness == pytest.approx(1.0)
    other = align(vpn_tree(), _confirming("e720"))  # no confirmation of the way it went
    assert other.step_credits[1] == 0.0 and other.fitness < 1.0
    against_proposal = align_prepared(
        prepare_flow(vpn_tree()), read_trail(_confirming("e809")), reading=PROPOSAL
    )
    assert against_proposal.step_credits[1] == 0.0


def test_words_typed_to_a_yes_no_offer_are_doubted_at_a_decision_of_other_options() -> None:
    flow = prepare_flow(vpn_tree())
    typed = "error 809 on screen"
    offered = ask(0, "Does it show anything?", YES_NO, "yes", free_text=typed)
    bare = ask(0, "Does it show anything?", (), "yes", free_text=typed)
    root = flow.ids.index("root")  # offers "Error 809" and "Error 720": other options
    yes_no = flow.step_similarities(read_trail(session(offered)).steps[0])
    unoffered = flow.step_similarities(read_trail(session(bare)).steps[0])
    assert yes_no[root] == pytest.approx(unoffered[root] / 2) and unoffered[root] > 0.2
    ports = flow.ids.index("ports")  # a yes/no decision: nothing to doubt
    assert yes_no[ports] == unoffered[ports]


def test_a_yes_no_question_is_read_by_its_words_alone() -> None:
    flow = prepare_flow(vpn_tree())
    offered = read_trail(session(ask(0, "Are UDP 500 and 4500 open?", YES_NO, "no"))).steps[0]
    bare = read_trail(session(ask(0, "Are UDP 500 and 4500 open?", (), "no"))).steps[0]
    assert flow.step_similarities(offered) == flow.step_similarities(bare)


def _candidate(fitness: float, score: float, retrieval: float = 0.5) -> matching.Candidate:
    alignment = matching.Alignment(fitness=fitness, score=score)
    return matching.Candidate(prepare_flow(vpn_tree()), retrieval, alignment)


def test_a_flow_explaining_more_of_the_trail_beats_one_explaining_a_little_well() -> None:
    most = _candidate(fitness=2 / 3, score=0.53)  # two steps of three, not all surely
    little = _candidate(fitness=1 / 3, score=2 / 3)  # one step surely, then it left
    assert matching.retrieval._better(most, little)
    assert not matching.retrieval._better(little, most)
    assert matching.retrieval._better(_candidate(0.5, 0.6), _candidate(0.5, 0.4)), "then the score"


def test_flows_explaining_nearly_the_same_share_are_told_apart_by_the_score() -> None:
    whole = _candidate(fitness=1.0, score=0.8)  # every step, but less of it surely
    nearly = _candidate(fitness=0.995, score=0.86)
    assert matching.retrieval._better(nearly, whole) and not matching.retrieval._better(
        whole, nearly
    )
    assert matching.retrieval._better(_candidate(1.0, 0.8), _candidate(0.98, 0.86)), "beyond a tie"


def test_a_whole_explanation_with_a_moderate_score_still_reads_the_rivals() -> None:
    found = matching.Candidate(
        prepare_flow(vpn_tree()), 0.5, matching.Alignment(fitness=1.0, score=0.8)
    )
    assert not matching.retrieval._conclusive(found)
    surely = dataclasses.replace(found, alignment=matching.Alignment(fitness=1.0, score=0.95))
    assert matching.retrieval._conclusive(surely)


VAGUE_ENDING = session(
    *FIREWALL_SESSION.steps[:2],
    step(2, "solution", "Sorted, all good now"),
)


def test_the_resolution_summary_speaks_for_the_last_solution_step() -> None:
    flow = prepare_flow(vpn_tree())
    told = dataclasses.replace(
        VAGUE_ENDING, resolution_summary="Opened UDP 500 and 4500 on the edge firewall"
    )
    vague = align_prepared(flow, read_trail(VAGUE_ENDING))
    resolved = align_prepared(flow, read_trail(told))
    assert vague.step_nodes == resolved.step_nodes
    assert vague.step_credits[2] == 0.0 and resolved.step_credits[2] == pytest.approx(1.0)
    assert resolved.score > vague.score
    assert read_trail(told).words == read_trail(VAGUE_ENDING).words, "retrieval reads steps"


def test_a_proposal_does_not_read_the_resolution_summary() -> None:
    flow = prepare_flow(vpn_tree())
    told = dataclasses.replace(
        VAGUE_ENDING, resolution_summary="Opened UDP 500 and 4500 on the edge firewall"
    )
    plain = align_prepared(flow, read_trail(VAGUE_ENDING), reading=PROPOSAL)
    assert align_prepared(flow, read_trail(told), reading=PROPOSAL) == plain


def test_library_matches_the_flow_that_explains_more_of_the_trail() -> None:
    printer = prepare_flow(printer_tree(), key=("printer-more", 1), name="Printer offline")
    wifi = prepare_flow(wifi_tree(), key=("wifi-more", 1), name="Wi-Fi drops")
    trail = session(
        ask(0, "Does the printer show as offline in the print queue?", YES_NO, None),
        *REWORDED_SESSION.steps[:2],
        step(3, "solution", "Installed the new wireless driver"),
        summary="Printer offline and the wifi keeps dropping",
    )
    found = Library([printer, wifi]).match(trail)
    assert found is not None and found.flow is wifi
    rival = align_prepared(printer, read_trail(trail))
    assert found.alignment.fitness > rival.fitness


def test_an_opening_statement_is_told_of_the_flow_its_words_cover_best() -> None:
    printer = prepare_flow(printer_tree(), key=("printer-told", 1), name="Printer offline")
    wifi = prepare_flow(wifi_tree(), key=("wifi-told", 1), name="Wi-Fi drops")
    library = Library([printer, wifi])
    told = read_trail(session(*FIREWALL_SESSION.steps, summary="The printer shows offline"))
    assert library.told_of_another(told, wifi.key) and not library.told_of_another(
        told, printer.key
    )
    untold = read_trail(session(*REWORDED_SESSION.steps, summary=""))
    assert not library.told_of_another(untold, wifi.key)  # nothing said: nothing against


def test_a_session_whose_words_are_about_another_flow_is_told_of_it_whatever_its_opening() -> None:
    printer = prepare_flow(printer_tree(), key=("printer-spoke", 1), name="Printer offline")
    wifi = prepare_flow(wifi_tree(), key=("wifi-spoke", 1), name="Wi-Fi drops")
    library = Library([printer, wifi])
    spooler = read_trail(
        session(
            ask(0, "Does the printer show as offline in the print queue?", YES_NO, "yes"),
            step(1, "action", "Restart the print spooler service on the print server"),
            summary="It stopped working this morning",  # says nothing of either flow
        )
    )
    assert library.told_of_another(spooler, wifi.key)
    assert not library.told_of_another(spooler, printer.key)


def test_a_fitness_bound_is_never_below_the_fitness_found() -> None:
    for tree in (vpn_tree(), printer_tree(), wifi_tree(), remote_desktop_tree()):
        flow = prepare_flow(tree)
        for one in (FIREWALL_SESSION, REWORDED_SESSION, PERSONAL_DEVICE_SESSION):
            trail = read_trail(one)
            bound = matching.fitness_bound(matching.walk._Walk(flow, trail, FLOW))
            assert bound + 1e-9 >= align_prepared(flow, trail).fitness


# --- an answer volunteered with another -------------------------------------------------------


def unreachable_unexplored() -> Tree:
    """`remote_desktop_tree` without the branch for "Can't reach the remote computer"."""
    tree = remote_desktop_tree()
    tree.children[1].options[0].next_node_id = None
    return parse_tree(tree.model_dump())


def remote_session(typed: str) -> SessionView:
    """From home, typing `typed`; then the message, one the flow has no branch for."""
    where = tuple(
        OptionView(k, t) for k, t in zip(("remote", "office", "personal"), WHERE_FROM, strict=True)
    )
    shown = (OptionView("a", "Can't reach the PC"), OptionView("b", "Login failed"))
    return session(
        ask(0, "Where are you working from today?", where, "remote", free_text=typed),
        ask(1, "What happens on screen when it stops?", shown, "a"),
        step(2, "solution", "Woke the PC with wake-on-LAN; it connects now."),
        summary="a problem since this morning",
    )


def test_a_question_answered_with_another_is_passed_and_the_session_leaves_after_it() -> None:
    found = align(unreachable_unexplored(), remote_session("home - and my VPN is connected"))
    assert found.step_nodes[:2] == ["root", "message"]
    assert found.divergence_node_id == "message" and found.anticipated
    unsaid = align(unreachable_unexplored(), remote_session("from home"))
    assert unsaid.step_nodes[:2] == ["root", "vpn"]  # the VPN question, in other words


def test_only_words_beyond_the_question_and_its_offer_volunteer_an_answer() -> None:
    flow = prepare_flow(unreachable_unexplored())
    vpn, message = flow.ids.index("vpn"), flow.ids.index("message")

    def later_costs(typed: str) -> list[float]:
        walk = matching.walk._Walk(flow, read_trail(remote_session(typed)), matching.FLOW)
        walk.run()
        return walk.later_costs[1]

    assert later_costs("home - and my VPN is connected")[vpn] < matching.costs.SKIP
    assert later_costs("working from home today")[vpn] == matching.costs.SKIP
    # a decision with a branch missing is not passed by: which answer was said is not read
    told = later_costs("home, and remote desktop shows a message that it fails")
    assert told[message] == matching.costs.SKIP


# --- a yes or no typed instead of chosen -----------------------------------------------------


def _ports_no_unexplored() -> Tree:
    tree = vpn_tree()
    tree.children[0].options[1].next_node_id = None  # ports "No": unexplored
    return parse_tree(tree.model_dump())


def _typed_ports(typed: str, kind: str = "question") -> SessionView:
    """809 chosen, then the ports question answered by typing `typed`, then a fix."""
    asked = "Are UDP ports 500 and 4500 open on the edge firewall?"
    ports = dataclasses.replace(
        ask(1, asked, YES_NO, None, free_text=typed, was_free_text=True), type=kind
    )
    return session(
        ask(0, "What error does the VPN client show?", ERRORS, "e809"),
        ports,
        step(2, "solution", "Opened the ports on the firewall"),
    )


def test_a_yes_or_no_typed_instead_of_chosen_answers_the_question() -> None:
    read = read_trail(_typed_ports("no, they're blocked at the edge")).steps[1]
    assert (read.kind, read.answer, read.picked) == ("answer", "No", 1)
    found = align(_ports_no_unexplored(), _typed_ports("nope - blocked at the edge"))
    assert (found.divergence_node_id, found.divergence_answer) == ("ports", "No")
    assert found.anticipated and found.divergence_step == 1


def test_a_proposal_reads_a_typed_yes_or_no_as_a_remark_still() -> None:
    trail = read_trail(_typed_ports("no, they're blocked at the edge"))
    flow = prepare_flow(_ports_no_unexplored())
    assert matching.walk._Walk(flow, trail, matching.FLOW).kinds[1] == "answer"
    assert matching.walk._Walk(flow, trail, PROPOSAL).kinds[1] == "tolerated"


@pytest.mark.parametrize(
    ("typed", "kind"),
    [
        ("not sure, how would I check?", "question"),  # begins with neither
        ("no, I don't know how to look", "clarification"),  # a clarification's own reply
    ],
)
def test_a_typed_reply_that_gives_no_yes_or_no_stays_a_remark(typed: str, kind: str) -> None:
    assert read_trail(_typed_ports(typed, kind)).steps[1].kind == "tolerated"
