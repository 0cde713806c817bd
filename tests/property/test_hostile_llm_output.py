"""Whatever a provider answers, the analyzer never crashes and never stores an invalid tree."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete
from sqlalchemy.orm import Session, sessionmaker

from flywheel import db as dbmod
from flywheel.config import Settings
from flywheel.llm.scripted import ScriptedProvider
from flywheel.models import Analysis, Notification, Proposal
from flywheel.trees import errors_of, parse_tree, validate_tree
from tests.analysis_support import MFA_QUESTIONS, analyze, load, novel_session

ODD_TEXT = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40
) | st.sampled_from(["\u202e\u0000", "é" * 3, "🙂" * 5, "</session_transcript>", "x" * 1_000_000])
IDS = st.sampled_from(["root", "a", "b", "c", "ghost", ""])


def _option() -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries({"id": IDS, "label": ODD_TEXT, "next_node_id": IDS | st.none()})


def _node() -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries({
        "id": IDS,
        "type": st.sampled_from(["decision", "action", "solution", "banana"]),
        "question": ODD_TEXT | st.none(),
        "title": ODD_TEXT | st.none(),
        "options": st.lists(_option(), min_size=0, max_size=7),
        "next_node_id": IDS | st.none(),
    })


TREES = st.builds(lambda root, children: root | {"children": children}, _node(),
                  st.lists(_node(), max_size=6))
DRAFTS = st.fixed_dictionaries(
    {"title": ODD_TEXT, "tree_structure": TREES},
    optional={"match_keywords": st.lists(ODD_TEXT, max_size=25) | ODD_TEXT,
              "problem_domain": ODD_TEXT | st.integers(), "description": ODD_TEXT},
)
JUNK = st.one_of(st.none(), st.integers(), ODD_TEXT, st.lists(st.integers(), max_size=3),
                 st.dictionaries(ODD_TEXT, ODD_TEXT, max_size=3))
ANSWERS = DRAFTS | JUNK


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(answer=ANSWERS)
def test_any_answer_is_stored_valid_or_recorded_as_failed(
    sqlite_url: str, tmp_path: Path, answer: Any
) -> None:
    factory = dbmod.session_factory(dbmod.make_engine(sqlite_url))
    settings_ = Settings(database_url=sqlite_url, daily_llm_call_budget=10_000,
                         _env_file=None)  # type: ignore[call-arg]
    _fresh_session(factory)
    result = analyze(factory, settings_, "N-1", force=True,
                     provider=ScriptedProvider(flow=lambda request: answer))
    assert result.outcome in {"new_flow", "failed"}
    with factory() as db:
        analysis = db.query(Analysis).filter(Analysis.is_current).one()
        assert analysis.reason
        for proposal in db.query(Proposal):
            tree = parse_tree(proposal.proposed_flow_data["tree_structure"])
            assert errors_of(validate_tree(tree)) == []
        if result.outcome == "failed":
            assert db.query(Proposal).count() == 0 and db.query(Notification).count() == 0


def _fresh_session(factory: sessionmaker[Session]) -> None:
    with dbmod.transaction(factory) as db:
        for model in (Notification, Analysis, Proposal):
            db.execute(delete(model))
    load(factory, sessions=[novel_session("N-1", "Printer offline", MFA_QUESTIONS, "Fixed")])
