"""One account never reads, edits, approves or exports another's records, whatever the path."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from flywheel import db as dbmod
from flywheel import review
from flywheel.analyzer import find_session
from flywheel.cli import main
from flywheel.config import Settings
from flywheel.errors import NotFound
from flywheel.interchange import export_flows, export_proposals, export_sessions
from tests import factories as f
from tests.analysis_support import MFA_QUESTIONS, analyze, load, novel_session
from tests.integration.test_analyzer import NOW


@pytest.fixture
def acme_proposal(factory: sessionmaker[Session], settings: Settings) -> int:
    """Account 'acme' has a flow, a session and a pending proposal; 'rival' has its own flow."""
    load(factory, flows=[f.flow()], sessions=[
        novel_session("N-1", "MFA push notifications not arriving", MFA_QUESTIONS, "Fixed")])
    load(factory, flows=[f.flow("rival-flow")], account="rival")
    proposal_id = analyze(factory, settings, "N-1", now=NOW).proposal_id
    assert proposal_id is not None
    return proposal_id


def test_functions_say_not_found_across_accounts(
    factory: sessionmaker[Session], acme_proposal: int
) -> None:
    with factory() as db:
        with pytest.raises(NotFound):
            review.get_proposal(db, account="rival", proposal_id=acme_proposal)
        with pytest.raises(NotFound):
            find_session(db, account="rival", external_id="N-1")
        assert export_sessions(db, account="rival")["sessions"] == []
        assert export_proposals(db, account="rival")["proposals"] == []
        assert [x["id"] for x in export_flows(db, account="rival")["flows"]] == ["rival-flow"]
    with pytest.raises(NotFound), dbmod.transaction(factory) as db:
        review.approve(db, account="rival", proposal_id=acme_proposal, reviewer="eve")
    with pytest.raises(NotFound), dbmod.transaction(factory) as db:
        review.reject(db, account="rival", proposal_id=acme_proposal, reviewer="eve", reason="x")
    with factory() as db:
        assert review.get_proposal(db, account="acme", proposal_id=acme_proposal).status == (
            "pending")


def test_the_command_line_says_not_found_across_accounts(
    database_url: str, acme_proposal: int, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    common = ["--database-url", database_url, "--account", "rival"]
    assert main(["approve", str(acme_proposal), *common]) == 1
    assert f"no proposal #{acme_proposal} in account 'rival'" in capsys.readouterr().err
    assert main(["reject", str(acme_proposal), "--reason", "x", *common]) == 1
    assert main(["analyze", "--session", "N-1", *common]) == 1
    assert "no session 'N-1' in account 'rival'" in capsys.readouterr().err
    out = tmp_path / "s.json"
    assert main(["export", "sessions", "-o", str(out), *common]) == 0
    assert json.loads(out.read_text())["sessions"] == []
