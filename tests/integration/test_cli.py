"""The `flywheel` command through its entry point, on a real database."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from flywheel.cli import main
from tests import factories as f


def _write(path: Path, doc: object) -> Path:
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_import_then_export_round_trips(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _write(
        tmp_path / "in.json",
        f.document(flows=[f.flow()], sessions=[f.session()], account="default"),
    )
    assert main(["import", "--database-url", database_url, str(source)]) == 0
    assert "1 flows created" in capsys.readouterr().out
    out = tmp_path / "flows.json"
    assert main(["export", "flows", "--database-url", database_url, "-o", str(out)]) == 0
    exported = json.loads(out.read_text())
    assert [flow["id"] for flow in exported["flows"]] == ["ad-lockout"]
    capsys.readouterr()
    assert main(["status", "--json", "--database-url", database_url]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["flows"] == 1 and status["sessions"] == 1


def test_bad_file_gives_one_line_error_and_nonzero_exit(
    sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = _write(tmp_path / "bad.json", f.document(sessions=[f.session(matched_flow_id="nope")]))
    assert main(["import", "--database-url", sqlite_url, str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "matched_flow_id: 'nope' names no flow" in err


def test_missing_file_is_a_clear_error(sqlite_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", "--database-url", sqlite_url, "/nonexistent/x.json"]) == 1
    assert "cannot be read" in capsys.readouterr().err


def test_export_of_unknown_account_says_so(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "flows", "--account", "ghost", "--database-url", sqlite_url]) == 1
    assert "There is no account 'ghost'" in capsys.readouterr().err


def test_json_output_of_import(
    sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _write(tmp_path / "in.json", f.document(flows=[f.flow()]))
    assert main(["import", "--json", "--database-url", sqlite_url, str(source)]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows == [{"source": str(source), "account": "acme", "flows_created": 1}]


def test_console_script_is_installed_entry_point() -> None:
    from importlib.metadata import entry_points

    scripts = {ep.name: ep.value for ep in entry_points(group="console_scripts")}
    assert scripts.get("flywheel") == "flywheel.cli:main"
