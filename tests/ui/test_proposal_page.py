"""The proposal page in AppTest: transcript and diagram, evidence, editing (details, tables,
JSON) with validation, stale saves refused without losing edits, approve, reject and merge."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker
from streamlit.testing.v1 import AppTest

from flywheel import db as dbmod
from flywheel import review
from flywheel.models import AuditEvent, Flow, FlowVersion, Proposal
from tests.ui.app_driver import no_exception, open_app, page_links, texts
from tests.ui.conftest import AppDb

PAGE = "pages/proposal.py"


def pick(factory: sessionmaker[Session], kind: str, *, min_support: int = 1) -> Proposal:
    """The oldest pending proposal of the default account of this kind and support."""
    with factory() as db:
        found = db.scalar(
            select(Proposal)
            .where(
                Proposal.status == "pending",
                Proposal.proposal_type == kind,
                Proposal.supporting_session_count >= min_support,
                Proposal.account_id == 1,
            )
            .order_by(Proposal.created_at, Proposal.id)
        )
    assert found is not None, f"the demo data has a pending {kind}"
    return found


def stored(factory: sessionmaker[Session], proposal_id: int) -> Proposal:
    with factory() as db:
        proposal = db.get(Proposal, proposal_id)
    assert proposal is not None
    return proposal


def open_proposal(proposal_id: int, reviewer: str | None = None) -> AppTest:
    at = open_app(PAGE, id=str(proposal_id))
    if reviewer:
        at.sidebar.text_input(key="reviewer").input(reviewer).run()
    no_exception(at)
    return at


def dot(at: AppTest) -> str:
    """The DOT source of the page's diagram."""
    charts = at.get("graphviz_chart")
    assert charts, "the page draws a diagram"
    return str(charts[0].proto.spec)


def json_key(proposal_id: int) -> str:
    return f"edit:{proposal_id}:json"


def edit_json(at: AppTest, proposal_id: int, change: Any) -> dict[str, Any]:
    """Change the tree in the JSON editor with `change(tree)`; returns the new tree."""
    area = at.text_area(key=json_key(proposal_id))
    tree = json.loads(area.value)
    change(tree)
    area.input(json.dumps(tree, indent=2)).run()
    no_exception(at)
    return tree


def add_branch(tree: dict[str, Any]) -> None:
    """A new answer to the root question, leading to a new solution."""
    tree["options"].append({"id": "t-other", "label": "Something else", "next_node_id": "s-x"})
    tree["children"].append({"id": "s-x", "type": "solution", "title": "Call the vendor"})


def button(at: AppTest, proposal_id: int, name: str) -> Any:
    return at.button(key=f"proposal:{proposal_id}:{name}")


# --- showing -------------------------------------------------------------------------------


def test_without_an_id_the_page_points_to_the_queue(app_db: AppDb) -> None:
    at = open_app(PAGE)
    no_exception(at)
    assert "Open a proposal from the review queue." in texts(at.info)


def test_an_unknown_id_is_an_error_not_a_traceback(app_db: AppDb) -> None:
    at = open_app(PAGE, id="999999")
    no_exception(at)
    assert any("no proposal #999999" in e for e in texts(at.error))


def test_empty_database_shows_no_traceback(empty_app_db: AppDb) -> None:
    at = open_app(PAGE, id="1")
    no_exception(at)
    assert any("no account" in e.lower() for e in texts(at.error))


def test_enhancement_shows_transcript_flow_diff_and_evidence(app_db: AppDb) -> None:
    _, factory = app_db
    proposal = pick(factory, "enhancement")
    at = open_proposal(proposal.id)
    assert texts(at.title) == [proposal.title]
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Confidence"] == f"{proposal.confidence_score:.0%}"
    assert metrics["Supporting sessions"] == str(proposal.supporting_session_count)
    steps = " ".join(texts(at.markdown))
    assert "chosen" in steps, "the options offered are listed with the chosen one marked"
    assert "Resolution:" in " ".join(texts(at.success))
    graph = dot(at)
    assert "#c026d3" in graph, "the new branch is highlighted"
    assert any("unexplored branch" in c for c in texts(at.caption)), "a legend"
    assert "What changes" in steps and "Adds " in steps
    with factory() as db:
        flow = db.get(Flow, proposal.target_flow_id)
        assert flow is not None
    assert f"Matched flow: **{flow.name}**" in texts(at.caption)


def test_switching_to_another_supporting_session(app_db: AppDb) -> None:
    _, factory = app_db
    proposal = pick(factory, "new_flow", min_support=2)
    at = open_proposal(proposal.id)
    switch = at.selectbox(key=f"proposal:{proposal.id}:session")
    assert len(switch.options) == proposal.supporting_session_count
    first = [c for c in texts(at.caption) if c.startswith("Session ")]
    switch.set_value(1).run()
    second = [c for c in texts(at.caption) if c.startswith("Session ")]
    no_exception(at)
    assert first != second


# --- editing -------------------------------------------------------------------------------


def test_edit_details_and_save(app_db: AppDb) -> None:
    _, factory = app_db
    proposal = pick(factory, "new_flow")
    at = open_proposal(proposal.id, reviewer="Kim")
    at.text_input(key=f"edit:{proposal.id}:title").input("Laptop will not boot: BitLocker").run()
    at.text_input(key=f"edit:{proposal.id}:keywords").input("bitlocker, recovery key").run()
    button(at, proposal.id, "save").click().run()
    no_exception(at)
    after = stored(factory, proposal.id)
    assert after.title == "Laptop will not boot: BitLocker"
    assert after.proposed_flow_data["match_keywords"] == ["bitlocker", "recovery key"]
    assert (after.version, after.updated_by) == (proposal.version + 1, "Kim")
    assert any(f"Saved as version {after.version}" in s for s in texts(at.success))
    assert button(at, proposal.id, "save").disabled, "nothing left to save"


def test_json_edit_redraws_validates_and_saves(app_db: AppDb) -> None:
    _, factory = app_db
    proposal = pick(factory, "new_flow")
    at = open_proposal(proposal.id)
    edit_json(at, proposal.id, add_branch)
    assert "Call the vendor" in dot(at), "the diagram shows the edit at once"
    assert "The tree is valid." in texts(at.success)
    node_table = at.data_editor[0].value
    assert "s-x" in list(node_table["id"]), "the node table follows the JSON"
    button(at, proposal.id, "save").click().run()
    tree = stored(factory, proposal.id).proposed_flow_data["tree_structure"]
    assert [c["id"] for c in tree["children"]][-1] == "s-x"


def test_table_edits_rewrite_the_tree(app_db: AppDb) -> None:
    _, factory = app_db
    proposal = pick(factory, "new_flow")
    at = open_proposal(proposal.id)
    root = at.data_editor[0].value["id"][0]
    at.session_state[f"edit:{proposal.id}:nodes:0"] = {
        "edited_rows": {0: {"question": "Does the laptop show the BitLocker screen?"}},
        "added_rows": [{"id": "s-new", "type": "solution", "title": "Escalate to security"}],
        "deleted_rows": [],
    }
    at.session_state[f"edit:{proposal.id}:options:0"] = {
        "edited_rows": {},
        "added_rows": [{"node_id": root, "id": "o-new", "label": "Other", "next_node_id": "s-new"}],
        "deleted_rows": [],
    }
    at.run()
    no_exception(at)
    assert "Escalate to security" in dot(at)
    tree = json.loads(at.text_area(key=json_key(proposal.id)).value)
    assert tree["question"] == "Does the laptop show the BitLocker screen?"
    assert tree["options"][-1] == {"id": "o-new", "label": "Other", "next_node_id": "s-new"}
    button(at, proposal.id, "save").click().run()
    saved = stored(factory, proposal.id).proposed_flow_data["tree_structure"]
    assert saved["question"] == "Does the laptop show the BitLocker screen?"


def test_invalid_tree_lists_errors_by_node_and_blocks_saving(app_db: AppDb) -> None:
    _, factory = app_db
    proposal = pick(factory, "new_flow")
    at = open_proposal(proposal.id)

    def break_it(tree: dict[str, Any]) -> None:
        tree["options"] = tree["options"][:1]
        tree["children"].append({"id": "lonely", "type": "solution", "title": "Nobody gets here"})

    tree = edit_json(at, proposal.id, break_it)
    assert any("fix them before saving" in e for e in texts(at.error))
    problems = at.dataframe[-1].value
    assert set(problems["node"]) >= {tree["id"], "lonely"}
    assert button(at, proposal.id, "save").disabled
    assert button(at, proposal.id, "approve").disabled
    assert stored(factory, proposal.id).version == proposal.version


def test_json_that_does_not_parse_is_reported_and_not_applied(app_db: AppDb) -> None:
    _, factory = app_db
    proposal = pick(factory, "new_flow")
    at = open_proposal(proposal.id)
    at.text_area(key=json_key(proposal.id)).input('{"id": "root", ').run()
    no_exception(at)
    assert any("Not valid JSON, so not applied" in e for e in texts(at.error))
    assert button(at, proposal.id, "save").disabled
    assert at.get("graphviz_chart"), "the last good tree is still drawn"


def test_stale_save_is_refused_and_the_edits_are_kept(app_db: AppDb) -> None:
    _, factory = app_db
    proposal = pick(factory, "new_flow")
    at = open_proposal(proposal.id, reviewer="Kim")
    title = at.text_input(key=f"edit:{proposal.id}:title")
    title.input("Kim's better title").run()
    with dbmod.transaction(factory) as db:  # meanwhile, Ana saves a change of her own
        review.save_edits(
            db,
            account="default",
            proposal_id=proposal.id,
            editor="Ana",
            expected_version=proposal.version,
            description="Ana's description",
        )
    at.run()
    assert any("Ana changed this proposal after you started" in w for w in texts(at.warning))
    button(at, proposal.id, "save").click().run()
    no_exception(at)
    message = " ".join(texts(at.error))
    assert "changed by Ana at" in message and "Your edits are kept" in message
    assert at.text_input(key=f"edit:{proposal.id}:title").value == "Kim's better title"
    assert stored(factory, proposal.id).title == proposal.title, "nothing was overwritten"
    button(at, proposal.id, "overwrite").click().run()
    after = stored(factory, proposal.id)
    assert (after.title, after.description) == ("Kim's better title", "Ana's description")
    assert not any("changed by Ana" in e for e in texts(at.error))


def test_discarding_after_a_conflict_loads_their_version(app_db: AppDb) -> None:
    _, factory = app_db
    proposal = pick(factory, "new_flow")
    at = open_proposal(proposal.id)
    at.text_input(key=f"edit:{proposal.id}:title").input("Mine").run()
    with dbmod.transaction(factory) as db:
        review.save_edits(
            db,
            account="default",
            proposal_id=proposal.id,
            editor="Ana",
            expected_version=proposal.version,
            title="Theirs",
        )
    button(at, proposal.id, "save").click().run()
    button(at, proposal.id, "discard").click().run()
    no_exception(at)
    assert at.text_input(key=f"edit:{proposal.id}:title").value == "Theirs"
    assert "Your edits were discarded." in texts(at.info)
    assert stored(factory, proposal.id).title == "Theirs"


def test_edits_survive_a_visit_to_another_page(app_db: AppDb) -> None:
    _, factory = app_db
    proposal = pick(factory, "new_flow")
    at = open_proposal(proposal.id)
    at.text_input(key=f"edit:{proposal.id}:title").input("Kept while away").run()
    at.switch_page("pages/queue.py").run()
    at.switch_page(PAGE)
    at.query_params["id"] = str(proposal.id)
    at.run()
    no_exception(at)
    assert at.text_input(key=f"edit:{proposal.id}:title").value == "Kept while away"


# --- deciding ------------------------------------------------------------------------------


def test_approve_new_flow_saves_edits_and_publishes(app_db: AppDb) -> None:
    _, factory = app_db
    proposal = pick(factory, "new_flow")
    at = open_proposal(proposal.id, reviewer="Kim")
    at.text_input(key=f"edit:{proposal.id}:title").input("BitLocker recovery at boot").run()
    at.text_input(key=f"proposal:{proposal.id}:note").input("checked with the team").run()
    button(at, proposal.id, "approve").click().run()
    no_exception(at)
    assert any("Approved: 'BitLocker recovery at boot'" in s for s in texts(at.success))
    after = stored(factory, proposal.id)
    assert (after.status, after.reviewer, after.review_note) == (
        "approved",
        "Kim",
        "checked with the team",
    )
    with factory() as db:
        flow = db.scalar(select(Flow).where(Flow.name == "BitLocker recovery at boot"))
        assert flow is not None and flow.status == "active"
        version = db.scalar(select(FlowVersion).where(FlowVersion.flow_id == flow.id))
        assert version is not None and version.created_by == "Kim"
        assert db.scalar(
            select(AuditEvent).where(
                AuditEvent.action == "proposal.approved", AuditEvent.entity_id == proposal.id
            )
        )
    assert any("approved by Kim" in i for i in texts(at.info)), "the page now shows it closed"
    link = ("Open BitLocker recovery at boot in the flow library", f"id={flow.id}")
    assert link in page_links(at)
    assert f"proposal:{proposal.id}:approve" not in [b.key for b in at.button]


def test_approving_what_someone_else_just_approved_says_so(app_db: AppDb) -> None:
    _, factory = app_db
    proposal = pick(factory, "new_flow")
    at = open_proposal(proposal.id, reviewer="Kim")
    with dbmod.transaction(factory) as db:
        review.approve(db, account="default", proposal_id=proposal.id, reviewer="Ana")
    button(at, proposal.id, "approve").click().run()
    no_exception(at)
    assert any("already approved by Ana" in e for e in texts(at.error))
    assert any("approved by Ana" in i for i in texts(at.info)), "shown closed"
    assert stored(factory, proposal.id).reviewer == "Ana"


def test_approve_enhancement_adds_a_flow_version(app_db: AppDb) -> None:
    _, factory = app_db
    proposal = pick(factory, "enhancement")
    with factory() as db:
        before = db.get(Flow, proposal.target_flow_id).current_version  # type: ignore[union-attr]
    at = open_proposal(proposal.id)
    button(at, proposal.id, "approve").click().run()
    no_exception(at)
    with factory() as db:
        flow = db.get(Flow, proposal.target_flow_id)
        assert flow is not None and flow.current_version == before + 1
    assert stored(factory, proposal.id).status == "approved"


def test_reject_needs_a_reason(app_db: AppDb) -> None:
    _, factory = app_db
    proposal = pick(factory, "enhancement")
    at = open_proposal(proposal.id, reviewer="Kim")
    button(at, proposal.id, "reject").click().run()
    no_exception(at)
    assert any("needs a reason" in e for e in texts(at.error))
    assert stored(factory, proposal.id).status == "pending"
    at.text_input(key=f"proposal:{proposal.id}:reason").input("Covered by the VPN flow").run()
    button(at, proposal.id, "reject").click().run()
    after = stored(factory, proposal.id)
    assert (after.status, after.review_note, after.reviewer) == (
        "rejected",
        "Covered by the VPN flow",
        "Kim",
    )
    assert "Rejected." in texts(at.success)


def test_merge_another_proposal_into_this_one(app_db: AppDb) -> None:
    _, factory = app_db
    keep = pick(factory, "new_flow")
    at = open_proposal(keep.id, reviewer="Kim")
    chooser = at.selectbox(key=f"proposal:{keep.id}:merge")
    absorb = chooser.options[0]
    absorb_id = int(absorb.split()[0].lstrip("#"))
    other = stored(factory, absorb_id)
    chooser.set_value(absorb_id).run()
    button(at, keep.id, "merge_button").click().run()
    no_exception(at)
    kept = stored(factory, keep.id)
    assert stored(factory, absorb_id).status == "merged"
    expected = list(dict.fromkeys([*keep.supporting_session_ids, *other.supporting_session_ids]))
    assert kept.supporting_session_ids == expected
    assert kept.supporting_session_count == len(expected)
    assert any(f"Merged #{absorb_id} into this proposal" in s for s in texts(at.success))
    assert at.metric[1].value == str(len(expected))


@pytest.mark.parametrize("kind", ["new_flow", "enhancement"])
def test_merge_is_blocked_while_there_are_unsaved_edits(app_db: AppDb, kind: str) -> None:
    _, factory = app_db
    proposal = pick(factory, kind)
    at = open_proposal(proposal.id)
    at.text_input(key=f"edit:{proposal.id}:title").input("Unsaved").run()
    assert button(at, proposal.id, "merge_button").disabled
