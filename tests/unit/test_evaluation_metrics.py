"""The evaluation's metrics on hand-built cases whose right answers are known."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import pytest

from flywheel import evaluation as ev
from flywheel.errors import FlywheelError
from flywheel.matching import phrasings
from flywheel.transcript import OptionView, SessionView, StepView
from flywheel.trees import Tree, node_index, parse_tree, tree_to_dict
from tests import factories


def flow_tree() -> Tree:
    """root -yes-> a -yes-> s1 | a -no-> s2 ; root -no-> b -yes-> s3 | b -no-> s4."""
    return parse_tree(
        {
            "id": "root",
            "type": "decision",
            "question": "Does the printer power on?",
            "options": [
                {"id": "r-y", "label": "Yes", "next_node_id": "a"},
                {"id": "r-n", "label": "No", "next_node_id": "b"},
            ],
            "children": [
                _decision("a", "Is there paper in the tray?", "s1", "s2"),
                _decision("b", "Is the power cable plugged in?", "s3", "s4"),
                _solution("s1", "Clear the paper jam"),
                _solution("s2", "Load paper into the tray"),
                _solution("s3", "Replace the power supply unit"),
                _solution("s4", "Plug the power cable in"),
            ],
        }
    )


def _decision(node_id: str, question: str, yes: str, no: str | None) -> dict[str, Any]:
    return factories.yes_no_decision(node_id, question, yes, no, ids=("-y", "-n"))


def _solution(node_id: str, title: str) -> dict[str, Any]:
    return {"id": node_id, "type": "solution", "title": title}


PATHS = [
    ("root", "a", "s1"),
    ("root", "a", "s2"),
    ("root", "a", "s2"),
    ("root", "b", "s4"),
]


def test_share_and_mean_of_nothing_are_zero() -> None:
    assert ev.share([]) == 0.0 and ev.mean([]) == 0.0
    assert ev.share([True, False, True, True]) == 0.75


def test_path_recall_counts_the_labelled_decisions_visited() -> None:
    decisions = ev.decision_nodes(flow_tree())
    assert decisions == {"root", "a", "b"}
    assert ev.path_recall(["root", "a", "s1"], ("root", "a", "s1"), decisions) == 1.0
    assert ev.path_recall(["a", "s1"], ("root", "a", "s1"), decisions) == 0.5
    assert ev.path_recall([], ("s1",), decisions) == 1.0, "no decision to find"


def test_the_original_rule_reinforces_only_sessions_without_free_text() -> None:
    typed = {"steps": [{"was_free_text": False}, {"was_free_text": True}]}
    chosen = {"steps": [{"was_free_text": False}]}
    assert not ev.original_rule_reinforces(typed)
    assert ev.original_rule_reinforces(chosen)


def test_traversed_branches_are_node_label_next_triples() -> None:
    assert ev.traversed_branches(flow_tree(), PATHS) == {
        ("root", "yes", "a"),
        ("a", "yes", "s1"),
        ("a", "no", "s2"),
        ("root", "no", "b"),
        ("b", "no", "s4"),
    }


def test_the_cut_is_the_busiest_branch_below_the_root() -> None:
    assert ev.choose_cut(flow_tree(), PATHS) == ("a", "a-n")  # taken twice
    assert ev.choose_cut(flow_tree(), [("root", "a", "s1"), ("root", "b", "s4")]) == ("a", "a-y")
    assert ev.choose_cut(flow_tree(), [("root",)]) is None


def test_the_cut_passes_over_a_branch_whose_node_is_reached_another_way() -> None:
    data = tree_to_dict(flow_tree())
    # in a DAG, b's "no" leads to s2, which a's "no" reaches too: cut, it removes nothing
    next(n for n in data["children"] if n["id"] == "b")["options"][1]["next_node_id"] = "s2"
    data["children"] = [n for n in data["children"] if n["id"] != "s4"]
    dag = parse_tree(data)
    paths = [("root", "b", "s2"), ("root", "b", "s2"), ("root", "a", "s1")]
    assert ev.cut_branch(dag, "b", "b-n")[1] == set()
    assert ev.choose_cut(dag, paths) == ("a", "a-y")
    assert ev.choose_cut(dag, paths[:2]) is None


def test_cutting_a_branch_leaves_its_option_unexplored_and_drops_its_subtree() -> None:
    cut, removed = ev.cut_branch(flow_tree(), "root", "r-n")
    assert removed == {"b", "s3", "s4"}
    index = node_index(cut)
    assert set(index) == {"root", "a", "s1", "s2"}
    assert index["root"].options[1].next_node_id is None
    assert len(node_index(flow_tree())) == 7, "the original is not changed"


def outcome(outcome: str, proposal_id: int | None) -> ev.Outcome:
    return ev.Outcome(
        session_id="s",
        outcome=outcome,
        flow_id="f",
        score=0.6,
        source="computed",
        path=(),
        end_node_id=None,
        divergence_node_id=None,
        proposal_id=proposal_id,
    )


def proposal(proposal_id: int, kind: str, flow_id: str | None, attach: str) -> ev.ProposalView:
    return ev.ProposalView(
        id=proposal_id,
        proposal_type=kind,
        status="pending",
        target_flow_id=flow_id,
        supporting=1,
        sessions=("S-1",),
        data={},
        diff={"attach_node_id": attach},
    )


def test_a_session_attaches_through_the_enhancement_it_drafted_or_joined() -> None:
    proposals = {
        1: proposal(1, "enhancement", "f", "a"),
        2: proposal(2, "enhancement", "f", "b"),
        3: proposal(3, "new_flow", None, "a"),
        4: proposal(4, "enhancement", "g", "a"),
    }
    assert ev.attaches(outcome("enhancement", 1), proposals, "f", "a")
    assert ev.attaches(outcome("merged", 1), proposals, "f", "a"), "joined a pending one"
    assert not ev.attaches(outcome("merged", 2), proposals, "f", "a"), "another node"
    assert not ev.attaches(outcome("merged", 3), proposals, "f", "a"), "a new flow"
    assert not ev.attaches(outcome("enhancement", 4), proposals, "f", "a"), "another flow"
    assert not ev.attaches(outcome("auto_reinforced", 1), proposals, "f", "a")
    assert not ev.attaches(outcome("enhancement", None), proposals, "f", "a")


def test_the_node_matcher_finds_a_paraphrase_and_refuses_unrelated_text() -> None:
    matcher = ev.NodeMatcher(flow_tree())
    paraphrase = parse_tree(_decision("x", "Is there any paper left in the tray?", "s1", "s2"))
    unrelated = parse_tree(_decision("y", "Which VPN client is used?", "s1", "s2"))
    assert matcher.find(paraphrase) == "a"
    assert matcher.find(unrelated) is None


def test_branch_recall_follows_options_past_nodes_that_match_nothing() -> None:
    proposal = parse_tree(
        {
            "id": "p1",
            "type": "decision",
            "question": "Does the printer power on at all?",
            "options": [
                {"id": "o1", "label": "Yes", "next_node_id": "p-note"},
                {"id": "o2", "label": "No"},
            ],
            "children": [
                {
                    "id": "p-note",
                    "type": "action",
                    "title": "Ask the user to wait a minute",
                    "next_node_id": "p2",
                },
                _decision("p2", "Is there paper in the printer tray?", "p3", None),
                _solution("p3", "Cleared a paper jam"),
            ],
        }
    )
    branches = ev.traversed_branches(flow_tree(), PATHS)
    # found: root-yes->a (past the unmatched action), a-yes->s1; missing: a-no, root-no, b-no
    assert ev.branch_recall(proposal, branches, ev.NodeMatcher(flow_tree())) == pytest.approx(2 / 5)
    assert ev.branch_recall(proposal, set(), ev.NodeMatcher(flow_tree())) == 1.0


def test_a_branch_labelled_in_the_agents_words_is_the_branch_it_leads_along() -> None:
    reworded = parse_tree(
        {
            "id": "p1",
            "type": "decision",
            "question": "Is there paper in the tray?",
            "options": [
                {"id": "o1", "label": "tray looks full", "next_node_id": "p2"},
                {"id": "o2", "label": "it's empty", "next_node_id": "p3"},
            ],
            "children": [_solution("p2", "Clear the paper jam"), _solution("p3", "Load paper")],
        }
    )
    branches = {("a", "yes", "s1"), ("a", "no", "s2"), ("b", "no", "s4")}
    matcher = ev.NodeMatcher(flow_tree())
    assert ev.branch_recall(reworded, branches, matcher) == pytest.approx(2 / 3)
    assert ev.branch_recall(reworded, branches, matcher, labelled=True) == 0.0


def test_the_node_matcher_knows_a_reworded_question_by_the_answers_it_offers() -> None:
    tree = parse_tree(
        {
            "id": "q",
            "type": "decision",
            "question": "Where is the user connecting from?",
            "options": [
                {"id": "q1", "label": "Home broadband", "next_node_id": "s1"},
                {"id": "q2", "label": "Hotel or cafe Wi-Fi", "next_node_id": "s2"},
            ],
            "children": [_solution("s1", "Change the gateway"), _solution("s2", "Log in")],
        }
    )
    asked = {
        "id": "x",
        "type": "decision",
        "question": "Are you at home or somewhere else?",
        "options": [
            {"id": "x1", "label": "Home broadband", "next_node_id": "y"},
            {"id": "x2", "label": "Hotel or cafe Wi-Fi"},
        ],
        "children": [_solution("y", "Done")],
    }
    assert ev.NodeMatcher(tree).find(parse_tree(asked)) == "q"
    other_answers = asked | {"options": [{"id": "x1", "label": "Yes", "next_node_id": "y"}]}
    assert ev.NodeMatcher(tree).find(parse_tree(other_answers)) is None


def test_a_node_whose_words_are_too_few_to_tell_is_known_by_its_place() -> None:
    drawer = "Is the paper drawer shut properly and locked?"  # says only "paper" of node a
    after_yes = _decision("p1", "Does the printer come on at all?", "p2", None) | {
        "children": [_decision("p2", drawer, "p3", None), _solution("p3", "Clear the paper jam")]
    }
    proposal, matcher = parse_tree(after_yes), ev.NodeMatcher(flow_tree())
    assert matcher.find(node_index(proposal)["p2"]) is None, "alone, too few of a's words"
    assert matcher.places(proposal) == {"p1": "root", "p2": "a", "p3": "s1"}
    branches = ev.traversed_branches(flow_tree(), PATHS)  # root-yes->a, a-yes->s1 found
    assert ev.branch_recall(proposal, branches, matcher) == pytest.approx(2 / 5)
    assert ev.branch_recall(proposal, branches, matcher, placed=False) == 0.0
    after_no = after_yes | {"options": [{"id": "p1-n", "label": "No", "next_node_id": "p2"}]}
    placed = matcher.places(parse_tree(after_no))
    assert placed["p2"] is None, "where 'No' leads, the flow asks about the power cable"
    both = "Is there paper in the tray, and is the cable in?"  # most like a, like b too
    asked_after_no = after_no | {
        "children": [_decision("p2", both, "p3", None), _solution("p3", "Plug the cable in")]
    }
    proposal = parse_tree(asked_after_no)
    assert matcher.find(node_index(proposal)["p2"]) == "a"
    assert matcher.places(proposal)["p2"] == "b", "its place says which of the two it is"
    assert matcher.places(proposal, placed=False)["p2"] == "a"


def test_the_ruler_checks_itself_on_another_flows_branches() -> None:
    printer = flow_tree()
    vpn = parse_tree(factories.vpn_tree_data())
    taken = ev.traversed_branches(printer, PATHS)

    def reference(tree: Tree, branches: set[ev.Branch]) -> Any:
        return ev.mining_run._Reference(tree, [], branches, ev.NodeMatcher(tree))

    refs = {"printer": reference(printer, taken), "vpn": reference(vpn, set())}
    assert ev.mining_run._elsewhere({"vpn": vpn}, refs) == 0.0
    twin = {"twin": reference(printer, {("a", "yes", "s1"), ("b", "yes", "s3")})}
    proposal = parse_tree(
        {**_decision("p", "Is there paper in the tray?", "p1", None)}
        | {"children": [_solution("p1", "Clear the paper jam")]}
    )
    assert ev.mining_run._elsewhere({"printer": proposal}, refs | twin) == 0.5
    assert ev.mining_run._elsewhere({}, refs) == 0.0


def test_node_recall_is_the_share_of_wanted_nodes_some_drafted_node_is() -> None:
    behind = "Is the cable at the back pushed in firmly and switched on at the wall?"
    branch = tree_to_dict(flow_tree())  # b's branch drafted again: d where b was, then s4
    branch["options"][1]["next_node_id"] = "d"
    branch["children"] = [
        *[n for n in branch["children"] if n["id"] not in ("b", "s3", "s4")],
        _decision("d", behind, "e", None),
        _solution("e", "Plug the power cable in"),
    ]
    drafted = [(parse_tree(branch), ["d", "e"])]
    matcher = ev.NodeMatcher(flow_tree())
    assert ev.node_recall({"b", "s3", "s4"}, drafted, matcher) == pytest.approx(2 / 3)
    by_words = ev.node_recall({"b", "s3", "s4"}, drafted, matcher, placed=False)
    assert by_words == pytest.approx(1 / 3), "alone, d says too little of b"
    assert ev.node_recall(set(), drafted, matcher) == 1.0


def _trail(*steps: tuple[str, str, str | None]) -> SessionView:
    """A session of (step type, text, option chosen) steps; questions offer yes and no."""
    offer = (OptionView("yes", "Yes it does"), OptionView("no", "No it doesn't"))
    views = [
        StepView(order=n, type=kind, text=text, options=offer if chosen else (), selected=chosen)
        for n, (kind, text, chosen) in enumerate(steps)
    ]
    return SessionView(external_id="S", status="resolved", steps=tuple(views))


def test_the_flow_in_its_sessions_words_loses_the_branches_no_one_worded_like_it() -> None:
    jam = _trail(
        ("question", "Does the printer power on?", "yes"),
        ("question", "Is there paper in the tray?", "yes"),
        ("solution", "Clear the paper jam", None),
    )
    again = _trail(
        ("question", "Does the printer power on?", "yes"),
        ("question", "Any paper left in the tray?", "yes"),
        ("solution", "Clear the paper jam", None),
    )
    unplugged = _trail(
        ("question", "Does the printer power on?", "no"),
        ("question", "Could you look behind the desk for me?", "no"),
        ("solution", "Plug the power cable in", None),
    )
    walked = [(jam, ("root", "a", "s1")), (again, ("root", "a", "s1"))]
    walked.append((unplugged, ("root", "b", "s4")))
    ideal = node_index(ev.ideal_proposal(flow_tree(), walked))
    assert ideal["a"].question == "Is there paper in the tray?"
    assert phrasings(ideal["a"]) == ["Any paper left in the tray?"]
    assert [o.label for o in ideal["root"].options] == ["Yes it does", "No it doesn't"]
    assert ideal["b"].question == "Could you look behind the desk for me?"
    assert ideal["s2"].title == "" and [o.label for o in ideal["a"].options][1] == ""
    branches = ev.traversed_branches(flow_tree(), [path for _, path in walked])
    # b, asked in words of its own, matches no node: root-no->b and b-no->s4 are lost
    recall = ev.branch_recall(
        ev.ideal_proposal(flow_tree(), walked), branches, ev.NodeMatcher(flow_tree())
    )
    assert recall == pytest.approx(2 / 4)
    ruler = ev.known_nodes(ev.ideal_proposal(flow_tree(), walked), ev.NodeMatcher(flow_tree()))
    assert ruler == {"right": 4, "unknown": 1}  # b; s2 and s3 were never said, not counted


def test_branches_held_where_a_proposals_sessions_stand_whatever_its_words() -> None:
    jam = _trail(
        ("question", "Does the printer power on?", "yes"),
        ("question", "Is there paper in the tray?", "yes"),
        ("solution", "Clear the paper jam", None),
    )
    desk = "Could you look behind the desk for me?"  # b, in words the ruler cannot tell
    unplugged = _trail(
        ("question", "Does the printer power on?", "no"),
        ("question", desk, "no"),
        ("solution", "Plug the power cable in", None),
    )
    walked = [(jam, ("root", "a", "s1")), (unplugged, ("root", "b", "s4"))]
    branches = ev.traversed_branches(flow_tree(), [path for _, path in walked])
    assert len(branches) == 4  # root-yes->a, a-yes->s1, root-no->b, b-no->s4

    def mined(desk_after: str) -> Tree:
        """The sessions' tree, the desk question after the root's "no" or the tray's."""
        paper = "p4" if desk_after == "p2" else None
        top = _decision("p1", "Does the printer power on?", "p2", "p4" if not paper else None)
        return parse_tree(
            top
            | {
                "children": [
                    _decision("p2", "Is there paper in the tray?", "p3", paper),
                    _solution("p3", "Clear the paper jam"),
                    _decision("p4", desk, None, "p5"),
                    _solution("p5", "Plug the power cable in"),
                ]
            }
        )

    right, deep, matcher = mined("p1"), mined("p2"), ev.NodeMatcher(flow_tree())
    assert ev.branch_recall(right, branches, matcher) == pytest.approx(2 / 4)  # b unknown
    assert ev.branch_recall_by_steps(right, branches, flow_tree(), walked) == 1.0
    # below the tray question, the desk question is b, but the root does not lead to it
    assert ev.branch_recall_by_steps(deep, branches, flow_tree(), walked) == pytest.approx(3 / 4)
    assert ev.branch_recall_by_steps(right, branches, flow_tree(), walked[:1]) == 2 / 4
    assert ev.branch_recall_by_steps(right, set(), flow_tree(), walked) == 1.0


def test_misplaced_sessions_are_those_beside_more_of_another_flow() -> None:
    ends = [(1, "vpn"), (1, "vpn"), (1, "wifi"), (2, "wifi"), (3, "mfa"), (3, "printer")]
    found = ev.astray((proposal, flow, f"S-{n}") for n, (proposal, flow) in enumerate(ends))
    assert found == [(1, "wifi", "S-2", "vpn"), (3, "printer", "S-5", "mfa")]  # one of a tie
    assert ev.astray([(1, "vpn", "S-1"), (2, "wifi", "S-2")]) == [] and ev.astray([]) == []


def test_the_table_shows_each_metric_with_its_aim() -> None:
    results = {
        "matching": {
            "top1_accuracy": 1.0,
            "end_node_accuracy": 0.975,
            "decision_path_recall": 0.5,
            "reinforced_share": 0.25,
            "original_rule_reinforced_share": 0.125,
            "ms_per_session": 3.14159,
        },
        "mining": {
            "proposals_per_flow": 1.5,
            "max_proposals": 2,
            "mining_branch_recall": 0.9,
            "mining_branch_recall_words": 0.625,
            "mining_branch_recall_ideal": 0.75,
            "mining_branch_recall_elsewhere": 0.05,
            "mining_own_branches": 0.95,
            "mining_branch_recall_by_steps": 0.8,
            "matched_elsewhere": 0,
            "mixing_sessions": 40,
            "mixing_misplaced": 3,
        },
    }
    table = ev.render_table(results)
    assert "top-1 flow accuracy" in table and "100.0%" in table and ">= 99%" in table
    assert "97.5%" in table and "12.5%" in table and "3.1 ms" in table
    assert "1.50 (max 2)" in table and "enhancement" not in table
    assert "3 of 40 sessions" in table
    assert "the flow in its sessions' words  75.0%" in table
    assert "nodes known by words alone       62.5%" in table
    assert "another flow's branches (max)    5.0%" in table
    assert "branches its sessions took       95.0%" in table
    assert "held where its steps stand       80.0%" in table


def test_the_table_lists_missed_sessions_under_their_experiment_when_given() -> None:
    results: dict[str, Any] = {
        "provider": "offline",
        "enhancement": {
            "attach_share": 0.5,
            "asked_share": 1.0,
            "attach_share_when_asked": 0.5,
            "cut_node_recall": 1.0,
            "cut_node_recall_words": 0.75,
            "proposals_per_cut": 1.0,
            "others_reinforced_share": 0.75,
            "gaps": {
                "sessions": 40,
                "foreign_enhancements": 1,
                ev.MISSES: [{"session": "S-4", "outcome": "enhancement", "flow": "g"}],
            },
            "flows": {
                "f": {
                    "cut": ["a", "a-n"],
                    ev.MISSES: [
                        {"session": "S-9", "outcome": "new_flow", "score": 0.25, "flow": None},
                    ],
                    "others": {
                        "sessions": 4,
                        "reinforced": 3,
                        ev.MISSES: [{"session": "S-2", "outcome": "enhancement", "flow": "f"}],
                    },
                },
            },
        },
    }
    lines = ev.render_table(results).splitlines()
    rows = [" ".join(line.split()) for line in lines]
    assert "enhancement off the cut, still reinforced 75.0%" in rows
    assert "enhancement nodes known by words alone 75.0%" in rows
    assert "enhancement own flow removed: enhancing another 1 of 40 sessions 0" in rows
    assert lines[-8:] == [
        "enhancement, f cut at a / a-n: not attached:",
        "  session=S-9  outcome=new_flow  score=0.25",
        "",
        "enhancement, f: off the cut, not reinforced:",
        "  session=S-2  outcome=enhancement  flow=f",
        "",
        "enhancement, own flow removed, the others cut: enhancing another flow:",
        "  session=S-4  outcome=enhancement  flow=g",
    ]
    assert ev.MISSES not in json.dumps(ev.misses._without_misses(results))


def test_the_spread_over_orders_is_each_figures_mean_least_and_most() -> None:
    runs: list[dict[str, Any]] = [
        {"provider": "offline", "mining": {"proposals_per_flow": 2.0, "mixing_misplaced": 3}},
        {"provider": "offline", "mining": {"proposals_per_flow": 3.0, "mixing_misplaced": 1}},
        {"provider": "offline", "mining": {"proposals_per_flow": 4.0, "mixing_misplaced": 2}},
    ]
    runs[0]["mining"] |= {"flows": {"a": {"proposals": 2}}, "exact": True, "misses": []}
    found = ev.orders.spread(runs)
    assert found == {
        "count": 3,
        "mining": {
            "proposals_per_flow": {"mean": 3.0, "min": 2.0, "max": 4.0},
            "mixing_misplaced": {"mean": 2.0, "min": 1, "max": 3},
        },
    }  # per-flow details, flags and lists are not figures
    table = ev.render_table(runs[0] | {"orders": found, "mining": {}})
    assert "over 3 orders (the first, then shuffled with seeds 1 to 2):" in table
    assert "pending proposals per flow        3.00 [2.00, 4.00]" in table
    assert "in another problem's proposal     2.00 [1.00, 3.00]" in table
    assert "over" not in ev.render_table(runs[0] | {"mining": {}})


@pytest.mark.parametrize(
    ("orders", "shuffle", "message"), [(0, None, "1 or more"), (3, 5, "not both")]
)
def test_orders_and_a_shuffle_seed_do_not_go_together(
    orders: int, shuffle: int | None, message: str
) -> None:
    args = argparse.Namespace(orders=orders, shuffle=shuffle)
    with pytest.raises(FlywheelError, match=message):
        ev.command._orders(args)
    assert ev.command._orders(argparse.Namespace(orders=None, shuffle=5)) == (1, 5)


def test_unknown_experiments_are_refused() -> None:
    assert ev.command._experiments("matching, mining") == ["matching", "mining"]
    assert ev.command._experiments(None) == list(ev.EXPERIMENTS)
    with pytest.raises(FlywheelError, match="bogus"):
        ev.command._experiments("matching,bogus")


def test_the_data_set_is_read_and_unlabelled_sessions_are_left_out(tmp_path: Path) -> None:
    (tmp_path / "flows.json").write_text(json.dumps({"flows": [{"id": "f"}]}))
    sessions = [{"id": "s1"}, {"id": "s2"}]
    (tmp_path / "sessions.json").write_text(json.dumps({"sessions": sessions}))
    (tmp_path / "labels.json").write_text(json.dumps({"s1": {"flow_id": "f", "path": ["r"]}}))
    data = ev.load_dataset(tmp_path)
    assert [s["id"] for s in data.sessions] == ["s1"]
    assert data.labels["s1"] == ev.Label("f", ("r",))


def _dataset(sessions: list[dict[str, Any]]) -> ev.Dataset:
    labels = {s["id"]: ev.Label("vpn" if s["id"] < "W" else "wifi", ("root",)) for s in sessions}
    return ev.Dataset(flows=[], sessions=sessions, labels=labels)


def test_sessions_arrive_in_the_order_they_were_resolved() -> None:
    timed = [
        {"id": "V-1", "resolved_at": "2026-03-02T09:00:00Z"},
        {"id": "V-2", "resolved_at": "2026-03-01T17:30:00Z"},
        {"id": "W-1", "resolved_at": "2026-03-01T18:00:00Z"},
    ]
    assert [s["id"] for s in _dataset(timed).arrivals()] == ["V-2", "W-1", "V-1"]


def test_sessions_without_times_arrive_shuffled_once_the_same_way() -> None:
    grouped = [{"id": f"V-{n:02}"} for n in range(20)] + [{"id": f"W-{n:02}"} for n in range(20)]
    first, again = _dataset(grouped).arrivals(), _dataset(list(grouped)).arrivals()
    assert first == again and sorted(s["id"] for s in first) == [s["id"] for s in grouped]
    flows = ["V" if s["id"] < "W" else "W" for s in first]
    assert sum(a != b for a, b in zip(flows, flows[1:], strict=False)) > 10  # interleaved


def test_the_mixing_run_analyses_the_sessions_as_they_arrived() -> None:
    timed = [{"id": "V-1", "resolved_at": "2026-03-02"}, {"id": "W-1", "resolved_at": "2026-03-01"}]
    given: list[list[str]] = []

    class Recording:
        def run(self, flows: list[Any], sessions: list[dict[str, Any]]) -> ev.workspaces.Run:
            given.append([s["id"] for s in sessions])
            return ev.workspaces.Run()

    result = ev.mining_run._mixing_of(_dataset(timed), Recording())  # type: ignore[arg-type]
    assert given == [["W-1", "V-1"]] and result["mixing_sessions"] == 2


def test_a_missing_file_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FlywheelError, match="Cannot read the evaluation folder"):
        ev.main_eval(argparse.Namespace(dir=str(tmp_path), experiments=None, provider=None))


def test_upstream_matches_are_taken_out() -> None:
    record = {"id": "s", "matched_flow_id": "f", "match_score": 0.9, "status": "resolved"}
    assert ev.without_match(record) == {"id": "s", "status": "resolved"}


def test_a_session_record_is_viewed_with_what_the_analyzer_reads_of_it() -> None:
    record = {
        "id": "S-9",
        "problem_summary": "VPN drops",
        "resolution_summary": "Reinstalled the client",
        "escalation_reason": None,
        "steps": [{"step_type": "solution", "content": {"text": "Reinstall the client"}}],
    }
    view = ev.session_view_of(record)
    assert (view.external_id, view.problem_summary) == ("S-9", "VPN drops")
    assert view.resolution_summary == "Reinstalled the client"
    assert [step.text for step in view.steps] == ["Reinstall the client"]
