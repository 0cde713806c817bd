"""Unit tests for the offline provider: drafts from the structured trail, valid and repeatable."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flywheel.llm.base import (
    EnhancementDraft,
    EnhancementRequest,
    FlowDraft,
    FlowRequest,
    Reply,
)
from flywheel.llm.offline import OfflineProvider
from flywheel.transcript import OptionView, SessionView, StepView
from flywheel.trees import (
    Node,
    Option,
    Tree,
    errors_of,
    node_index,
    parse_tree,
    tree_to_dict,
    validate_tree,
    walk,
)
from tests import factories

# --- factories -----------------------------------------------------------------------------


def options(*labels: str) -> tuple[OptionView, ...]:
    """Options whose value is the label in lower case."""
    return tuple(OptionView(value=label.lower(), label=label) for label in labels)


def question(
    order: int, text: str, *labels: str, selected: str | None = None, **kw: Any
) -> StepView:
    """A question step; `selected` is a label (turned into its value) or None."""
    value = selected.lower() if selected is not None else None
    return StepView(
        order=order, type="question", text=text, options=options(*labels), selected=value, **kw
    )


def action(
    order: int, text: str, success: bool | None = True, details: str | None = None
) -> StepView:
    return StepView(
        order=order, type="action", text=text, action_success=success, action_details=details
    )


def solution(order: int, text: str) -> StepView:
    return StepView(order=order, type="solution", text=text)


def make_session(*steps: StepView, **fields: Any) -> SessionView:
    """A resolved session about a VPN problem unless fields say otherwise."""
    defaults: dict[str, Any] = {
        "external_id": "T-1",
        "status": "resolved",
        "problem_summary": "VPN client cannot connect from home, error 809",
        "resolution_summary": "Opened UDP 4500 on the firewall",
    }
    return SessionView(**(defaults | fields), steps=tuple(steps))


def normal_session() -> SessionView:
    return make_session(
        question(0, "Which VPN client is used?", "Built-in", "AnyConnect", selected="Built-in"),
        action(1, "Check the RasClient event log", success=False, details="error 809 logged"),
        question(2, "Is UDP 4500 allowed on the firewall?", "Yes", "No", selected="No"),
        solution(3, "Allow UDP 4500 on the edge firewall"),
    )


def draft(session: SessionView) -> dict[str, Any]:
    payload = OfflineProvider().draft_flow(FlowRequest(session=session)).payload
    assert isinstance(payload, dict)
    return payload


def tree_of(payload: dict[str, Any]) -> Tree:
    return FlowDraft.model_validate(payload).tree_structure


def nodes_by_id(payload: dict[str, Any]) -> dict[str, Node]:
    return node_index(tree_of(payload))


def dumps(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


TRAILS: dict[str, SessionView] = {
    "normal": normal_session(),
    "empty": make_session(),
    "empty-no-text": make_session(problem_summary=None, resolution_summary=None),
    "only-actions": make_session(action(0, "Restart the router"), action(1, "Reinstall client")),
    "one-option": make_session(question(0, "Is it on?", "Yes", selected="Yes")),
    "no-options-no-answer": make_session(question(0, "What do you see?")),
    "nine-options": make_session(
        question(0, "Which printer?", *[f"P{n}" for n in range(1, 10)], selected="P8")
    ),
    "free-text": make_session(
        question(0, "Which client?", "A", "B", was_free_text=True, free_text="Some client"),
        question(1, "What now?", free_text="x" * 200),
    ),
    "clarification": make_session(
        StepView(order=0, type="clarification", text="How do I check that?"),
        question(1, "Is the account locked?", "Yes", "No", selected="Yes"),
        StepView(order=2, type="clarification", text="Where is ADUC?", free_text="On the DC"),
    ),
    "only-clarifications": make_session(
        StepView(order=0, type="clarification", text="How do I check that?")
    ),
    "escalated": make_session(
        question(0, "Does it fail for everyone?", "Yes", "No", selected="Yes"),
        status="escalated",
        escalation_reason="Needs the network team",
    ),
    "skipped": make_session(
        question(0, "Skipped one?", "Yes", "No", was_skipped=True),
        question(1, "Kept one?", "Yes", "No", selected="No"),
    ),
    "duplicate-texts": make_session(
        question(0, "Same?", "Yes", "Yes", "No", selected="Yes"),
        question(1, "Same?", "Yes", "No", selected="No"),
        action(2, "Same"),
        action(3, "Same"),
    ),
    "unknown-type-and-value": make_session(
        StepView(order=0, type="diagnosis", text="Looked at the logs"),
        StepView(order=1, type="question", text="Pick", options=options("A", "B"), selected="zz"),
        StepView(order=2, type="", text=""),
    ),
    "solution-mid-trail": make_session(
        solution(0, "Tried a reboot"),
        question(1, "Still broken?", "Yes", "No", selected="Yes"),
        solution(2, "Replaced the cable"),
    ),
}


# --- new flows -----------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(TRAILS))
def test_every_trail_gives_a_valid_flow_draft(name: str) -> None:
    payload = draft(TRAILS[name])
    tree = tree_of(payload)
    assert errors_of(validate_tree(tree)) == []
    assert tree.type == "decision"
    assert tree.id == "root"
    assert len(walk(tree)) == len(tree.children) + 1  # every node on the path
    assert 5 <= len(payload["title"].split()) <= 10
    assert 5 <= len(payload["match_keywords"]) <= 10
    json.dumps(payload)  # plain JSON data


@pytest.mark.parametrize("name", sorted(TRAILS))
def test_same_input_gives_byte_identical_output(name: str) -> None:
    first = OfflineProvider().draft_flow(FlowRequest(session=TRAILS[name]))
    second = OfflineProvider().draft_flow(FlowRequest(session=TRAILS[name]))
    assert dumps(first.payload) == dumps(second.payload)
    assert first.usage == second.usage


def test_usage_estimates_tokens_with_no_latency() -> None:
    reply = OfflineProvider().draft_flow(FlowRequest(session=normal_session()))
    assert isinstance(reply, Reply)
    assert reply.usage.model == "offline"
    assert reply.usage.latency_ms == 0
    assert reply.usage.input_tokens > 10
    assert reply.usage.output_tokens == len(dumps(reply.payload)) // 4


def test_repair_request_gives_the_same_answer() -> None:
    session = normal_session()
    plain = draft(session)
    repaired = OfflineProvider().draft_flow(
        FlowRequest(session=session, repair=("root: too many options",), previous={"x": 1})
    )
    assert dumps(repaired.payload) == dumps(plain)


def test_taken_option_leads_on_and_the_others_are_unexplored() -> None:
    tree = tree_of(draft(normal_session()))
    index = node_index(tree)
    assert tree.question == "Which VPN client is used?"
    assert [(o.label, o.next_node_id) for o in tree.options] == [
        ("Built-in", "a2"),
        ("AnyConnect", None),
    ]
    assert index["a2"].type == "action"
    assert index["a2"].next_node_id == "q3"
    assert [(o.label, o.next_node_id) for o in index["q3"].options] == [
        ("Yes", None),
        ("No", "s4"),
    ]
    assert index["s4"].type == "solution"
    assert index["s4"].title == "Allow UDP 4500 on the edge firewall"


def test_action_description_carries_the_result() -> None:
    action_node = nodes_by_id(draft(normal_session()))["a2"]
    assert action_node.title == "Check the RasClient event log"
    assert action_node.description == (
        "Check the RasClient event log. Result: did not resolve — error 809 logged"
    )


def test_more_than_five_options_fold_but_keep_the_taken_one() -> None:
    tree = tree_of(draft(TRAILS["nine-options"]))
    labels = [o.label for o in tree.options]
    assert labels[:4] == ["P1", "P2", "P3", "P8"]
    assert labels[4].startswith("Other (")
    for folded in ("P4", "P5", "P6", "P7", "P9"):
        assert folded in labels[4]
    assert [o.next_node_id is not None for o in tree.options] == [False, False, False, True, False]


def test_folded_label_is_shortened() -> None:
    long_labels = [f"A rather long printer name number {n}" for n in range(9)]
    session = make_session(question(0, "Which printer?", *long_labels, selected=long_labels[0]))
    other = tree_of(draft(session)).options[-1].label
    assert other.startswith("Other (") and other.endswith("…)")
    assert len(other) <= 80


def test_fewer_than_two_options_get_an_unexplored_other() -> None:
    tree = tree_of(draft(TRAILS["one-option"]))
    assert [(o.label, o.next_node_id is None) for o in tree.options] == [
        ("Yes", False),
        ("Other", True),
    ]


def test_free_text_answer_becomes_the_followed_option() -> None:
    payload = draft(TRAILS["free-text"])
    tree = tree_of(payload)
    assert [o.label for o in tree.options] == ["A", "B", "Some client"]
    assert tree.options[2].next_node_id == "q2"
    second = nodes_by_id(payload)["q2"]
    typed = second.options[0]
    assert typed.next_node_id is not None
    assert len(typed.label) <= 60 and typed.label.endswith("…")


def test_free_text_matching_an_option_follows_that_option() -> None:
    session = make_session(question(0, "On?", "Yes", "No", was_free_text=True, free_text="  yes "))
    tree = tree_of(draft(session))
    assert [(o.label, o.next_node_id is not None) for o in tree.options] == [
        ("Yes", True),
        ("No", False),
    ]


def taken_labels(tree: Tree) -> list[tuple[str, bool]]:
    """Each option's label and whether it leads on."""
    return [(o.label, o.next_node_id is not None) for o in tree.options]


def test_typed_answer_naming_an_option_takes_it() -> None:
    step = question(
        0, "What happens?", "Error", "Timeout", "Drops", was_free_text=True, free_text="it drops"
    )
    tree = tree_of(draft(make_session(step)))
    assert taken_labels(tree) == [("Error", False), ("Timeout", False), ("Drops", True)]


def test_typed_answer_names_the_option_by_its_value() -> None:
    offered = (
        OptionView(value="connected", label="Online, but nothing new"),
        OptionView(value="offline", label="Working offline"),
    )
    step = StepView(
        order=0,
        type="question",
        text="Status?",
        options=offered,
        was_free_text=True,
        free_text="connected but stuck",
    )
    tree = tree_of(draft(make_session(step)))
    assert taken_labels(tree) == [("Online, but nothing new", True), ("Working offline", False)]


def test_typed_answer_names_the_option_with_most_words() -> None:
    step = question(
        0, "Muted?", "Muted", "Not muted", was_free_text=True, free_text="no, not muted"
    )
    tree = tree_of(draft(make_session(step)))
    assert taken_labels(tree) == [("Muted", False), ("Not muted", True)]


def test_typed_answer_naming_an_option_by_its_place_in_a_listed_offer_takes_it() -> None:
    step = question(
        0, "Which? a) Red, b) Blue, c) Green", "Red", "Blue", "Green",
        was_free_text=True, free_text="b I think",
    )
    tree = tree_of(draft(make_session(step)))
    assert taken_labels(tree) == [("Red", False), ("Blue", True), ("Green", False)]


def test_typed_answer_naming_two_options_alike_stays_typed() -> None:
    step = question(0, "Which?", "Red", "Blue", was_free_text=True, free_text="red or blue")
    tree = tree_of(draft(make_session(step)))
    assert taken_labels(tree) == [("Red", False), ("Blue", False), ("red or blue", True)]


def test_aside_before_the_question_is_asked_again_is_no_option() -> None:
    session = make_session(
        question(0, "Is the queue paused?", "Yes", "No", was_free_text=True, free_text="one sec"),
        question(1, "Sure. Is the print queue paused?", "Yes", "No", selected="Yes"),
        solution(2, "Resumed the queue"),
    )
    tree = tree_of(draft(session))
    assert tree.question == "Is the queue paused?"  # as first asked, answered when re-asked
    assert taken_labels(tree) == [("Yes", True), ("No", False)]
    assert [node.type for node in walk(tree)] == ["decision", "solution"]


def test_a_drafted_question_is_the_question_without_the_talk_around_it() -> None:
    asked = "Thanks for that. Do other websites work? Options: 1) Just one site 2) Every site"
    session = make_session(question(0, asked, "Just one site", "Every site", selected="Every site"))
    assert tree_of(draft(session)).question == "Do other websites work?"
    lead = question(0, "Alright, next: is it plugged in?", "Yes", "No", selected="Yes")
    assert tree_of(draft(make_session(lead))).question == "is it plugged in?"
    kept = "If you swap the cable, does the monitor work?"
    assert tree_of(draft(make_session(question(0, kept, "Yes", "No")))).question == kept
    led = "What stops you: a password prompt, a warning, or an error?"  # its own start
    assert tree_of(draft(make_session(question(0, led, "Yes", "No")))).question == led
    link = "Open https://portal/?id=3 - what does it show"  # a question mark in a link
    assert tree_of(draft(make_session(question(0, link, "Yes", "No")))).question == link


SIGN_IN = ("Password rejected", "Account locked")


def sign_in_asked(reply: str) -> StepView:
    """The sign-in question, answered by typing `reply` instead of choosing."""
    return question(
        0, "What does the sign-in screen say?", *SIGN_IN, was_free_text=True, free_text=reply
    )


def test_a_question_asked_again_after_some_talk_is_one_node() -> None:
    session = make_session(
        sign_in_asked("what am I looking for?"),
        StepView(order=1, type="clarification", text="The red text under the password box."),
        question(2, "Thanks. Which message is it?", *SIGN_IN, selected="Account locked"),
        solution(3, "Unlocked the account"),
    )
    tree = tree_of(draft(session))
    assert tree.question == "What does the sign-in screen say?"
    assert taken_labels(tree) == [("Password rejected", False), ("Account locked", True)]
    assert [node.type for node in walk(tree)] == ["decision", "solution"]


def test_a_one_word_reply_to_worded_options_asked_again_is_an_aside() -> None:
    session = make_session(
        sign_in_asked("checking..."),
        question(1, "Which message is it?", *SIGN_IN, selected="Account locked"),
    )
    tree = tree_of(draft(session))
    assert taken_labels(tree) == [("Password rejected", False), ("Account locked", True)]


@pytest.mark.parametrize("typed", ["sorry, wrong button - it says locked", "actually, locked"])
def test_an_answer_taken_back_is_no_branch_of_the_draft(typed: str) -> None:
    session = make_session(
        question(0, "What does the sign-in screen say?", *SIGN_IN, selected="Password rejected"),
        question(
            1,
            "Just so I have it right: which message?",
            *SIGN_IN,
            selected="Account locked",
            free_text=typed,
        ),
        solution(2, "Unlocked the account"),
    )
    tree = tree_of(draft(session))
    assert tree.question == "What does the sign-in screen say?"
    assert taken_labels(tree) == [("Password rejected", False), ("Account locked", True)]
    assert [node.type for node in walk(tree)] == ["decision", "solution"]


def test_typed_reply_before_other_options_is_an_answer() -> None:
    session = make_session(
        question(0, "Is the queue paused?", "Yes", "No", was_free_text=True, free_text="one sec"),
        question(1, "Which printer?", "Floor 1", "Floor 2", selected="Floor 1"),
    )
    tree = tree_of(draft(session))
    assert taken_labels(tree) == [("Yes", False), ("No", False), ("one sec", True)]


def test_one_word_reply_is_an_answer_even_when_the_options_repeat() -> None:
    session = make_session(
        question(0, "Does it lock again?", "Yes", "No", was_free_text=True, free_text="yeah"),
        question(1, "Any phone with mail?", "Yes", "No", selected="Yes"),
    )
    tree = tree_of(draft(session))
    assert tree.question == "Does it lock again?"
    assert ("yeah", True) in taken_labels(tree)


def test_one_word_reply_asking_back_is_no_answer() -> None:
    session = make_session(
        question(0, "Can anyone else get on?", "Yes", "No", was_free_text=True, free_text="huh?"),
        StepView(order=1, type="clarification", text="Let me put it another way."),
        question(2, "Does it work for the person next to you?", "Yes", "No", selected="Yes"),
        solution(3, "Reset the proxy"),
    )
    tree = tree_of(draft(session))
    assert tree.question == "Can anyone else get on?"
    assert taken_labels(tree) == [("Yes", True), ("No", False)]
    assert [node.type for node in walk(tree)] == ["decision", "solution"]


def test_clarification_carrying_the_answer_belongs_to_the_question_before() -> None:
    offered = ("Error", "Timeout", "Drops")
    session = make_session(
        question(0, "What happens?", *offered, was_free_text=True, free_text="how do I check?"),
        StepView(
            order=1,
            type="clarification",
            text="Open the app and press connect.",
            options=options(*offered),
            selected="drops",
            free_text="it drops",
        ),
        question(2, "Only when idle?", "Yes", "No", selected="No"),
    )
    tree = tree_of(draft(session))
    assert tree.question == "What happens?"
    assert taken_labels(tree) == [("Error", False), ("Timeout", False), ("Drops", True)]
    assert [node.question for node in walk(tree) if node.type == "decision"] == [
        "What happens?",
        "Only when idle?",
    ]


def test_clarifications_without_options_become_help_text() -> None:
    payload = draft(TRAILS["clarification"])
    tree = tree_of(payload)
    assert all(node.type != "decision" or node.options for node in [tree, *tree.children])
    assert tree.help_text is not None
    assert "How do I check that?" in tree.help_text  # before any node: the next one
    assert "Where is ADUC? — On the DC" in tree.help_text  # after: the previous one
    assert len(tree.children) == 1


def test_only_clarifications_fold_into_the_solution() -> None:
    tree = tree_of(draft(TRAILS["only-clarifications"]))
    assert tree.question is not None and tree.question.startswith("Does the problem match")
    assert tree.children[0].help_text == "Asked: How do I check that?"


def test_empty_trail_asks_whether_the_problem_matches() -> None:
    tree = tree_of(draft(TRAILS["empty"]))
    assert (
        tree.question == "Does the problem match: VPN client cannot connect from home, error 809?"
    )
    assert [(o.label, o.next_node_id) for o in tree.options] == [("Yes", "s2"), ("No", None)]
    assert tree.children[0].type == "solution"
    assert tree.children[0].title == "Opened UDP 4500 on the firewall"


def test_trail_starting_with_an_action_gets_a_root_question() -> None:
    tree = tree_of(draft(TRAILS["only-actions"]))
    assert tree.options[0].label == "Yes" and tree.options[0].next_node_id == "a2"
    assert [node.id for node in walk(tree)] == ["root", "a2", "a3", "s4"]


def test_escalated_session_ends_in_an_escalation() -> None:
    tree = tree_of(draft(TRAILS["escalated"]))
    assert tree.children[-1].title == "Escalate: Needs the network team"
    payload = draft(TRAILS["escalated"])
    assert "escalated" in payload["description"]


def test_skipped_steps_are_left_out() -> None:
    tree = tree_of(draft(TRAILS["skipped"]))
    assert tree.question == "Kept one?"
    assert "Skipped one?" not in json.dumps(tree_to_dict(tree))


def test_duplicate_labels_are_offered_once_and_ids_stay_unique() -> None:
    tree = tree_of(draft(TRAILS["duplicate-texts"]))
    assert [o.label for o in tree.options] == ["Yes", "No"]
    ids = [node.id for node in [tree, *tree.children]]
    assert len(ids) == len(set(ids)) == 5


# --- title, description, keywords, domain --------------------------------------------------


def test_keywords_pick_error_codes_and_technologies() -> None:
    session = make_session(
        question(0, "Does Outlook show 0x80070005?", "Yes", "No", selected="Yes"),
        problem_summary="VPN drops with Error 809 and Event ID 4740 on the DC",
    )
    keywords = draft(session)["match_keywords"]
    for expected in ("0x80070005", "error 809", "event id 4740", "vpn", "outlook"):
        assert expected in keywords
    assert 5 <= len(keywords) <= 10
    assert len(set(keywords)) == len(keywords)
    assert all(k == k.lower() for k in keywords)


def test_keywords_are_padded_to_five_for_a_bare_session() -> None:
    keywords = draft(make_session(problem_summary="Slow", resolution_summary=None))[
        "match_keywords"
    ]
    assert 5 <= len(keywords) <= 10
    assert keywords[0] == "slow"


def test_keywords_are_capped_at_ten() -> None:
    summary = " ".join(f"word{n}x" for n in range(30)) + " 0x80070005 error 809 kb5034441"
    keywords = draft(make_session(problem_summary=summary))["match_keywords"]
    assert len(keywords) == 10
    assert keywords[:3] == ["0x80070005", "error 809", "kb5034441"]


@pytest.mark.parametrize(
    ("summary", "words"),
    [
        ("VPN broken", 5),
        ("User locked out after password change", 6),
        ("one two three four five six seven eight nine ten eleven twelve.", 10),
        ("", 5),
        ("Printer offline!!!", 5),
    ],
)
def test_title_has_five_to_ten_words(summary: str, words: int) -> None:
    title = draft(make_session(problem_summary=summary))["title"]
    assert len(title.split()) == words
    assert title[-1].isalnum()


def test_title_keeps_the_summary_words() -> None:
    title = draft(make_session(problem_summary="User locked out after password change."))["title"]
    assert title == "User locked out after password change"


def test_description_is_one_or_two_sentences() -> None:
    description = draft(normal_session())["description"]
    assert description == (
        "Use this flow for: VPN client cannot connect from home, error 809. "
        "The source session ended with: Opened UDP 4500 on the firewall."
    )


def test_domain_comes_from_the_session_when_set() -> None:
    assert draft(make_session(problem_domain="security"))["problem_domain"] == "security"


@pytest.mark.parametrize(
    ("summary", "domain"),
    [
        ("VPN client cannot connect, error 809", "networking"),
        ("User locked out of Active Directory account", "active_directory"),
        ("Print spooler keeps stopping on the printer server", "printing"),
        ("Outlook cannot send, SMTP relay refused", "email"),
        ("OneDrive sync stuck in Teams files", "m365"),
        ("Veeam backup job failed overnight", "backup"),
        ("Coffee machine noises", "other"),
    ],
)
def test_domain_from_keyword_rules(summary: str, domain: str) -> None:
    session = make_session(problem_summary=summary, resolution_summary=None)
    assert draft(session)["problem_domain"] == domain


# --- enhancements --------------------------------------------------------------------------


def flow_tree() -> Tree:
    """root asks 'Is the account locked?': yes -> unlock -> done; no -> reset."""
    return parse_tree(factories.tree())


def diverged_session() -> SessionView:
    return make_session(
        question(
            0, "Is the account locked?", "Yes", "No", was_free_text=True, free_text="Disabled"
        ),
        action(1, "Enable the account in ADUC", success=True),
        solution(2, "Account re-enabled"),
        problem_summary="User cannot log in, account disabled",
        resolution_summary="Re-enabled the account",
    )


def enhance(**fields: Any) -> dict[str, Any]:
    defaults: dict[str, Any] = {
        "session": diverged_session(),
        "flow_name": "AD account lockout",
        "flow_tree": flow_tree(),
        "divergence_node_id": "root",
        "divergence_answer": "Disabled",
        "step_nodes": ("root", None, None),
    }
    reply = OfflineProvider().draft_enhancement(EnhancementRequest(**(defaults | fields)))
    assert isinstance(reply.payload, dict)
    EnhancementDraft.model_validate(reply.payload)
    return reply.payload


def apply(tree: Tree, payload: dict[str, Any]) -> Tree:
    """Add the new nodes, hang the first off its attach node, then apply modified options."""
    result = parse_tree(tree_to_dict(tree))
    draft_ = EnhancementDraft.model_validate(payload)
    for new in draft_.new_nodes:
        result.children.append(
            Node.model_validate(
                new.model_dump(exclude={"attach_after_node_id", "new_option_label"})
            )
        )
    index = node_index(result)
    for new in draft_.new_nodes:
        if new.attach_after_node_id is None:
            continue
        parent = index[new.attach_after_node_id]
        label = new.new_option_label or new.id
        parent.options.append(Option(id=f"opt-{new.id}", label=label, next_node_id=new.id))
    for change in draft_.modified_options:
        node = index[change.node_id]
        existing = [o for o in node.options if o.id == change.add_option.id]
        if existing:
            existing[0].next_node_id = change.add_option.next_node_id
        else:
            node.options.append(change.add_option)
    return result


def test_enhancement_attaches_the_branch_at_the_divergence_node() -> None:
    payload = enhance()
    first = payload["new_nodes"][0]
    assert first["attach_after_node_id"] == "root"
    assert first["new_option_label"] == "Disabled"
    assert [n["type"] for n in payload["new_nodes"]] == ["action", "solution"]
    assert all("attach_after_node_id" not in n for n in payload["new_nodes"][1:])
    assert payload["modified_options"] == []


def test_enhancement_ids_do_not_collide_with_the_flow() -> None:
    payload = enhance()
    flow_ids = set(node_index(flow_tree()))
    new_ids = [n["id"] for n in payload["new_nodes"]]
    assert not flow_ids.intersection(new_ids)
    assert all(i.startswith("enh-") for i in new_ids)


def test_enhancement_moves_its_prefix_when_the_flow_uses_it() -> None:
    data = factories.tree()
    data["children"][0]["id"] = "enh-a1"
    data["children"][0]["next_node_id"] = "done"
    data["options"][0]["next_node_id"] = "enh-a1"
    payload = enhance(flow_tree=parse_tree(data))
    assert [n["id"] for n in payload["new_nodes"]] == ["enh2-a1", "enh2-s2"]


def test_applied_enhancement_validates() -> None:
    applied = apply(flow_tree(), enhance())
    assert errors_of(validate_tree(applied)) == []
    root_labels = [o.label for o in applied.options]
    assert root_labels == ["Yes", "No", "Disabled"]
    assert applied.options[2].next_node_id == "enh-a1"
    assert {"enh-a1", "enh-s2"} <= {n.id for n in walk(applied)}


def test_enhancement_words() -> None:
    payload = enhance()
    assert payload["title"] == "AD account lockout: add 'Enable the account in ADUC'"
    assert payload["diff_description"] == (
        "Adds a branch 'Disabled' after 'Is the account locked?' with 2 steps "
        "ending in 'Account re-enabled'."
    )


def rejoining_session() -> SessionView:
    """Left at root with 'Disabled', enabled the account, then came back to 'unlock'."""
    return make_session(
        question(
            0, "Is the account locked?", "Yes", "No", was_free_text=True, free_text="Disabled"
        ),
        action(1, "Enable the account in ADUC", success=True),
        action(2, "Unlock the account in AD", success=True),
        solution(3, "Unlocked"),
        problem_summary="User cannot log in, account disabled and locked",
    )


def test_a_branch_that_came_back_to_the_flow_leads_to_the_node_it_came_back_at() -> None:
    payload = enhance(
        session=rejoining_session(),
        step_nodes=("root", None, "unlock", "done"),
        rejoin_node_id="unlock",
        rejoin_step=2,
    )
    [enable] = payload["new_nodes"]  # the steps in between only: no solution of its own
    assert enable["type"] == "action" and enable["title"] == "Enable the account in ADUC"
    assert enable["next_node_id"] == "unlock"
    assert enable["attach_after_node_id"] == "root"
    assert payload["diff_description"] == (
        "Adds a branch 'Disabled' after 'Is the account locked?' with 1 step "
        "leading back to 'Unlock the account'."
    )
    applied = apply(flow_tree(), payload)
    assert errors_of(validate_tree(applied)) == []
    assert node_index(applied)["unlock"].next_node_id == "done"  # the flow is unchanged below


def test_a_rejoin_with_nothing_in_between_drafts_the_whole_rest() -> None:
    payload = enhance(
        session=rejoining_session(),
        step_nodes=("root", None, "unlock", "done"),
        rejoin_node_id="unlock",
        rejoin_step=1,  # right after the split: no steps of its own to draft
    )
    assert [n["type"] for n in payload["new_nodes"]] == ["action", "action", "solution"]


def test_a_branch_the_alignment_starts_at_the_first_step_takes_every_step_to_the_rejoin() -> None:
    session = make_session(
        action(0, "Enable the account in ADUC", success=True),
        question(1, "Can you log in now?", "Yes", "No", selected="No"),
        action(2, "Unlock the account in AD", success=True),
        solution(3, "Unlocked"),
        problem_summary="User cannot log in, account disabled",
    )
    payload = enhance(
        session=session,
        step_nodes=(None, None, "unlock", "done"),
        rejoin_node_id="unlock",
        rejoin_step=2,
        branch_start=0,  # the opening statement took the session off the flow
    )
    enable, check = payload["new_nodes"]
    assert (enable["type"], check["type"]) == ("action", "decision")
    assert enable["attach_after_node_id"] == "root"
    assert [o["next_node_id"] for o in check["options"] if o.get("next_node_id")] == ["unlock"]


def test_enhancement_without_step_nodes_starts_after_the_first_free_text_step() -> None:
    session = make_session(
        question(0, "Is the account locked?", "Yes", "No", selected="Yes"),
        question(1, "Lockout source?", "Phone", "PC", was_free_text=True, free_text="Printer"),
        action(2, "Clear the printer's stored credentials"),
    )
    payload = enhance(session=session, step_nodes=(), divergence_answer=None)
    assert [n["type"] for n in payload["new_nodes"]] == ["action", "solution"]
    assert payload["new_nodes"][0]["new_option_label"] == "Printer"
    assert payload["new_nodes"][0]["attach_after_node_id"] == "root"


def test_divergence_at_a_solution_attaches_to_the_decision_before_it() -> None:
    payload = enhance(divergence_node_id="done", step_nodes=("done", None, None))
    assert payload["new_nodes"][0]["attach_after_node_id"] == "root"
    assert errors_of(validate_tree(apply(flow_tree(), payload))) == []


def full_flow(last_label: str) -> Tree:
    """A root with five options, the last one unexplored and labelled `last_label`."""
    data = factories.tree()
    data["options"] += [
        {"id": "o3", "label": "Maybe", "next_node_id": "reset"},
        {"id": "o4", "label": "Unknown", "next_node_id": "reset"},
        {"id": "o5", "label": last_label},
    ]
    return parse_tree(data)


def test_full_decision_reuses_its_unexplored_other_option() -> None:
    payload = enhance(flow_tree=full_flow("Other"))
    first = payload["new_nodes"][0]
    assert "attach_after_node_id" not in first and "new_option_label" not in first
    assert payload["modified_options"] == [
        {"node_id": "root", "add_option": {"id": "o5", "label": "Other", "next_node_id": "enh-a1"}}
    ]
    applied = apply(full_flow("Other"), payload)
    assert errors_of(validate_tree(applied)) == []
    assert "unexplored option 'Other'" in payload["diff_description"]


def test_full_decision_without_other_still_proposes_a_sixth_option() -> None:
    payload = enhance(flow_tree=full_flow("Later"))
    assert payload["new_nodes"][0]["attach_after_node_id"] == "root"
    rules = {v.rule for v in errors_of(validate_tree(apply(full_flow("Later"), payload)))}
    assert rules == {"too_many_options"}


def test_unexplored_option_with_the_same_label_is_reused() -> None:
    data = factories.tree()
    data["options"].append({"id": "dis", "label": "disabled"})
    payload = enhance(flow_tree=parse_tree(data))
    assert payload["modified_options"][0]["add_option"]["id"] == "dis"
    assert errors_of(validate_tree(apply(parse_tree(data), payload))) == []


def test_enhancement_is_deterministic() -> None:
    assert dumps(enhance()) == dumps(enhance())


# --- properties ----------------------------------------------------------------------------

_texts = st.text(max_size=80)
_labels = st.lists(st.text(max_size=30), max_size=9)


@st.composite
def _steps(draw: st.DrawFn, order: int) -> StepView:
    labels = draw(_labels)
    values = [draw(st.sampled_from([label, label.lower(), ""])) for label in labels]
    opts = tuple(OptionView(value=v, label=lab) for v, lab in zip(values, labels, strict=True))
    selected = draw(st.one_of(st.none(), _texts, *([st.sampled_from(values)] if values else [])))
    return StepView(
        order=order,
        type=draw(st.sampled_from(["question", "clarification", "action", "solution", "info", ""])),
        text=draw(_texts),
        options=opts,
        selected=selected,
        free_text=draw(st.one_of(st.none(), _texts)),
        was_free_text=draw(st.booleans()),
        was_skipped=draw(st.booleans()),
        action_success=draw(st.one_of(st.none(), st.booleans())),
        action_details=draw(st.one_of(st.none(), _texts)),
    )


@st.composite
def _sessions(draw: st.DrawFn) -> SessionView:
    count = draw(st.integers(min_value=0, max_value=8))
    return SessionView(
        external_id="T-prop",
        status=draw(st.sampled_from(["resolved", "escalated", "abandoned", ""])),
        problem_summary=draw(st.one_of(st.none(), st.text(max_size=200))),
        problem_domain=draw(st.one_of(st.none(), st.text(max_size=20))),
        resolution_summary=draw(st.one_of(st.none(), _texts)),
        escalation_reason=draw(st.one_of(st.none(), _texts)),
        steps=tuple(draw(_steps(n)) for n in range(count)),
    )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(session=_sessions())
def test_property_any_trail_gives_a_valid_repeatable_flow(session: SessionView) -> None:
    payload = draft(session)
    tree = tree_of(payload)
    assert errors_of(validate_tree(tree)) == []
    assert 5 <= len(payload["title"].split()) <= 10
    assert 5 <= len(payload["match_keywords"]) <= 10
    assert dumps(payload) == dumps(draft(session))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    session=_sessions(),
    divergence=st.sampled_from([None, "root", "unlock", "done", "reset", "missing"]),
    mapped=st.lists(st.sampled_from([None, "root", "unlock", "done", "reset"]), max_size=8),
    answer=st.one_of(st.none(), _texts),
)
def test_property_any_enhancement_applies_to_a_valid_tree(
    session: SessionView, divergence: str | None, mapped: list[str | None], answer: str | None
) -> None:
    request = EnhancementRequest(
        session=session,
        flow_name="AD account lockout",
        flow_tree=flow_tree(),
        divergence_node_id=divergence,
        divergence_answer=answer,
        step_nodes=tuple(mapped),
    )
    payload = OfflineProvider().draft_enhancement(request).payload
    applied = apply(flow_tree(), payload)
    assert errors_of(validate_tree(applied)) == []
    again = OfflineProvider().draft_enhancement(request).payload
    assert dumps(payload) == dumps(again)
