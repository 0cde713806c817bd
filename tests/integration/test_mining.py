"""Mining: sessions of one new problem, asked in other words with multi-option steps, grow
one proposal; another problem of the same domain starts its own."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from flywheel.config import Settings
from flywheel.models import Proposal
from flywheel.trees import node_index, parse_tree
from tests import factories as f
from tests.analysis_support import analyze, load, rows

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)

Asked = tuple[str, list[tuple[str, str]], str]  # question, (value, label) offered, value chosen


def printing_session(session_id: str, summary: str, asked: list[Asked], fix: str) -> dict[str, Any]:
    """A printing session no flow covers: questions offering options by value, a solution."""
    steps = [
        f.step(
            i,
            content={"text": text, "type": "question"},
            options_presented=[{"value": v, "label": label} for v, label in offered],
            selected_option=chosen,
        )
        for i, (text, offered, chosen) in enumerate(asked)
    ]
    steps.append(f.solution_step(len(steps), fix))
    return f.session(
        session_id,
        problem_summary=summary,
        problem_domain="printing",
        resolution_summary=fix,
        steps=steps,
    )


FIRST = printing_session(
    "P-1",
    "Printer shows as offline",
    [
        (
            "What does the printer's display say?",
            [("jam", "Paper or toner error"), ("ready", "Says Ready"), ("blank", "Display blank")],
            "ready",
        ),
        ("Can your colleagues print to it?", [("yes", "Yes"), ("no", "No")], "no"),
        (
            "How was the printer added on your laptop?",
            [("server", "Print server queue"), ("direct", "Direct / IP printer")],
            "server",
        ),
    ],
    "Re-added the printer from the print server",
)

REWORDED = printing_session(
    "P-2",
    "Cannot print, the printer appears offline",
    [
        (
            "Anything on the little screen of the printer?",
            [("jam", "Jam or toner warning"), ("ready", "Ready, no error"), ("blank", "It's dark")],
            "ready",
        ),
        ("Can other people print to it?", [("yes", "Yes"), ("no", "No")], "no"),
        (
            "Is it a server queue or a printer you added by its address?",
            [("server", "Server"), ("direct", "Direct IP")],
            "direct",
        ),
    ],
    "Changed the port to the printer's new address",
)

SCANNING = printing_session(
    "P-3",
    "Scans sent to email never arrive",
    [
        (
            "Which scanner feature are you using?",
            [("email", "Scan to email"), ("folder", "Scan to folder")],
            "email",
        ),
        ("Is the recipient address an internal one?", [("yes", "Yes"), ("no", "No")], "no"),
    ],
    "Allowed the scanner's relay to send outside the company",
)


def test_reworded_sessions_of_one_problem_grow_one_proposal(
    factory: sessionmaker[Session], settings: Settings
) -> None:
    load(factory, sessions=[FIRST, REWORDED])
    assert analyze(factory, settings, "P-1", now=NOW).outcome == "new_flow"
    assert analyze(factory, settings, "P-2", now=NOW).outcome == "merged"
    [proposal] = rows(factory, Proposal)
    assert proposal.supporting_session_count == 2
    tree = parse_tree(proposal.proposed_flow_data["tree_structure"])
    assert tree.support == 2
    added = next(n for n in node_index(tree).values() if "added" in (n.question or ""))
    explored = {o.id: o.support for o in added.options if o.next_node_id}
    assert explored == {f"{added.id}_server": 1, f"{added.id}_direct": 1}


def test_another_problem_of_the_same_domain_starts_its_own_proposal(
    factory: sessionmaker[Session], settings: Settings
) -> None:
    load(factory, sessions=[FIRST, SCANNING])
    analyze(factory, settings, "P-1", now=NOW)
    assert analyze(factory, settings, "P-3", now=NOW).outcome == "new_flow"
    assert len(rows(factory, Proposal)) == 2


def test_a_session_without_a_domain_finds_its_problem_under_any_domain(
    factory: sessionmaker[Session], settings: Settings
) -> None:
    """The proposal is stored under a domain no guess from the words would give."""
    filed = {**FIRST, "problem_domain": "office-devices"}
    unfiled = {**REWORDED, "problem_domain": None}
    load(factory, sessions=[filed, unfiled])
    analyze(factory, settings, "P-1", now=NOW)
    assert analyze(factory, settings, "P-2", now=NOW).outcome == "merged"
    assert len(rows(factory, Proposal)) == 1

