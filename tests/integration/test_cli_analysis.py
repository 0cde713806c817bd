"""Analysis and review from the command line, through the entry point."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from flywheel.cli import main
from tests import factories as f
from tests.analysis_support import MFA_QUESTIONS, novel_session
from tests.integration.test_analyzer import escaping, following


def _load(url: str, tmp_path: Path) -> None:
    doc = f.document(flows=[f.flow()], account="default", sessions=[
        following("T-1"), escaping("E-1"),
        novel_session("N-1", "MFA push notifications not arriving", MFA_QUESTIONS, "Fixed"),
    ])
    path = tmp_path / "in.json"
    path.write_text(json.dumps(doc))
    assert main(["import", "--database-url", url, str(path)]) == 0


def test_analyze_pending_then_review_from_the_shell(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _load(database_url, tmp_path)
    capsys.readouterr()
    assert main(["analyze", "--pending", "--database-url", database_url]) == 0
    captured = capsys.readouterr()
    assert "Analysed 3 session(s)" in captured.out
    assert "auto_reinforced: 1" in captured.out and "new_flow: 1" in captured.out
    assert "analysed 3/3" in captured.err
    assert main(["proposals", "--json", "--database-url", database_url]) == 0
    pending = json.loads(capsys.readouterr().out)
    assert sorted(p["proposal_type"] for p in pending) == ["enhancement", "new_flow"]
    new_id = next(p["id"] for p in pending if p["proposal_type"] == "new_flow")
    enh_id = next(p["id"] for p in pending if p["proposal_type"] == "enhancement")
    assert main(["approve", str(new_id), "--database-url", database_url]) == 0
    assert "version 1" in capsys.readouterr().out
    assert main(["reject", str(enh_id), "--reason", "not needed",
                 "--database-url", database_url]) == 0
    assert main(["approve", str(enh_id), "--database-url", database_url]) == 1
    assert "already rejected" in capsys.readouterr().err


def test_analyze_one_session_explains_itself(
    sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _load(sqlite_url, tmp_path)
    capsys.readouterr()
    assert main(["analyze", "--session", "E-1", "--database-url", sqlite_url]) == 0
    out = capsys.readouterr().out
    assert "Matched flow: AD account lockout" in out
    assert "Left the flow at node 'root'" in out
    assert "Outcome: Proposed an enhancement" in out and "Proposal: #" in out
    assert main(["analyze", "--session", "E-1", "--database-url", sqlite_url]) == 0
    assert "already analysed" in capsys.readouterr().out
    assert main(["analyze", "--session", "nope", "--database-url", sqlite_url]) == 1
    assert "There is no session 'nope'" in capsys.readouterr().err


def test_llm_check_without_a_key_says_so(
    sqlite_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("ANTHROPIC_API_KEY", raising=False)
    assert main(["llm-check", "--database-url", sqlite_url]) == 0
    assert "No ANTHROPIC_API_KEY is set" in capsys.readouterr().out


def test_demo_command_loads_and_analyses_once(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["demo", "--if-empty", "--database-url", sqlite_url]) == 0
    out = capsys.readouterr().out
    assert "account default" in out and "Analysed" in out and "auto_reinforced" in out
    assert main(["demo", "--if-empty", "--database-url", sqlite_url]) == 0
    assert "already holds data" in capsys.readouterr().out
