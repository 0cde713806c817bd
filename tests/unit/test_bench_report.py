"""The benchmark harness's pure parts: aims, formatting, the table, the summary, the JSON, and
the small parsers around them. No timing is asserted here."""

from __future__ import annotations

import argparse
import dataclasses
import json

import pytest

from bench.__main__ import benchmark_names
from bench.machine import cpu_model, memory_gib, physical_cores
from bench.micro import missing_ids
from bench.plan import quick
from bench.report import (
    Aim,
    Measurement,
    document,
    errors,
    failed,
    format_value,
    row,
    skipped,
    summary,
    table,
)
from bench.suites import ChildFailed, fastest, in_rounds, page_rows, scaling_row
from bench.timing import Timings


@pytest.mark.parametrize(
    ("aim", "value", "met"),
    [
        (Aim(">=", 500), 500.0, True),
        (Aim(">=", 500), 499.9, False),
        (Aim(">", 1), 1.0, False),
        (Aim("<", 0.5), 0.499, True),
        (Aim("<", 0.5), 0.5, False),
        (Aim("<=", 1.3), 1.3, True),
        (Aim("<=", 0), 1, False),
    ],
)
def test_an_aim_compares_the_value_with_its_target(aim: Aim, value: float, met: bool) -> None:
    assert aim.met_by(value) is met


def test_aims_read_as_words_with_the_target_as_written() -> None:
    assert Aim(">=", 500).describe("sessions/s") == "at least 500 sessions/s"
    assert Aim("<", 0.5).describe("s") == "under 0.5 s"
    assert Aim("<=", 1.3).describe("x") == "at most 1.3x"
    assert Aim("<", 8000).describe("tokens") == "under 8,000 tokens"


def test_values_are_shown_with_the_decimals_of_their_unit() -> None:
    assert format_value(1234.56, "sessions/s") == "1,234.6 sessions/s"
    assert format_value(0.51234, "s") == "0.512 s"
    assert format_value(19310, "tokens") == "19,310 tokens"
    assert format_value(1.361, "x") == "1.36x"
    assert format_value(3.14159, "ms") == "3.14 ms"
    assert format_value(None, "ms") == "-"


def test_a_measurement_without_an_aim_or_a_value_is_not_judged() -> None:
    assert Measurement("b", "w", "s", 1.0, "ms").met is None
    assert Measurement("b", "w", "s", None, "ms", Aim("<", 1)).met is None
    assert Measurement("b", "w", "s", 0.5, "ms", Aim("<", 1)).met is True


def test_a_row_shows_the_note_beside_the_value_or_instead_of_it() -> None:
    timed = Measurement("pages", "queue", "10", 0.25, "s", Aim("<", 0.5), note="max 0.3 s")
    assert row(timed) == ("pages", "queue", "10", "0.250 s (max 0.3 s)", "under 0.5 s", "yes")
    broken = failed("analyzer", "throughput", "1,000 sessions", "timed out")
    assert row(broken)[3:] == ("failed: timed out", "", "-")


def test_the_table_lines_up_its_columns() -> None:
    lines = table(
        [
            Measurement("render", "to_digraph", "48 nodes", 3.5, "ms"),
            Measurement("similarity", "look-up", "10,000 pending", 2065.3, "ms", Aim("<", 20)),
        ]
    ).splitlines()
    assert lines[0].split() == ["benchmark", "what", "size", "measured", "aim", "met?"]
    assert set(lines[1]) == {"-", " "}
    assert lines[2].index("to_digraph") == lines[3].index("look-up") == lines[0].index("what")
    assert lines[3].endswith("NO")
    assert all(line == line.rstrip() for line in lines)


def test_the_summary_counts_aims_failures_and_skips() -> None:
    results = [
        Measurement("a", "fast", "1", 1.0, "ms", Aim("<", 2)),
        Measurement("a", "slow", "2", 3.0, "ms", Aim("<", 2)),
        Measurement("a", "free", "3", 3.0, "ms"),
        failed("b", "broken", "4", "boom"),
        skipped("c", "postgres", "5", "no PostgreSQL"),
    ]
    assert summary(results) == "1 of 2 aims met; not met: slow (2); 1 failed; 1 skipped."
    assert [m.what for m in errors(results)] == ["broken"]


def test_the_json_document_holds_the_judgement_and_the_aim_in_words() -> None:
    results = [Measurement("w", "speed-up", "10", 1.36, "x", Aim(">=", 1.6), details={"n": 1})]
    data = json.loads(json.dumps(document({"cpu": "x"}, {"quick": True}, results)))
    assert data["machine"] == {"cpu": "x"}
    (result,) = data["results"]
    assert result["met"] is False
    assert result["aim"] == {"comparison": ">=", "target": 1.6, "text": "at least 1.6x"}
    assert result["details"] == {"n": 1}


def test_the_growth_of_the_cost_per_session_compares_largest_and_smallest() -> None:
    runs = {
        1_000: {"sessions": 1_000, "seconds": 2.0},
        50_000: {"sessions": 50_000, "seconds": 120.0},
    }
    growth = scaling_row("sqlite", runs)
    assert growth is not None
    assert growth.value == pytest.approx(1.2)
    assert growth.size == "50,000 vs 1,000"
    assert growth.met is True
    assert scaling_row("sqlite", {1_000: runs[1_000]}) is None


def test_page_results_become_one_row_a_page_with_the_aims_of_the_issue() -> None:
    timings = Timings((0.2, 0.4, 0.3)).as_json()
    run = {
        "proposals": 10_000,
        "sessions": 100_000,
        "tree_nodes": 300,
        "seed_seconds": 20.0,
        "pages": {"queue": timings, "proposal": timings, "dashboard": timings},
    }
    rows = {m.what.split()[0]: m for m in page_rows(run)}
    assert rows["queue"].value == pytest.approx(0.3)
    assert rows["queue"].note == "max 0.400 s"
    assert rows["queue"].size == "10,000 pending, 100,000 sessions"
    assert rows["proposal"].size == "300-node tree"
    assert rows["proposal"].aim == Aim("<", 0.5)
    assert rows["dashboard"].aim is None


def test_node_ids_count_only_as_whole_words() -> None:
    prompt = "n12 [decision] Is it on? | Yes -> n13 | No -> n1-o0"
    assert missing_ids(["n12", "n13", "n1", "n1-o0"], prompt) == ["n1"]
    assert missing_ids(["odd id"], "an odd id here") == []


def test_benchmark_names_are_checked() -> None:
    assert benchmark_names("pages, render,pages") == ("pages", "render")
    with pytest.raises(argparse.ArgumentTypeError, match="bogus"):
        benchmark_names("pages,bogus")


CPUINFO = """\
processor\t: 0
model name\t: AMD EPYC 7B13
physical id\t: 0
core id\t\t: 0

processor\t: 1
model name\t: AMD EPYC 7B13
physical id\t: 0
core id\t\t: 1

processor\t: 2
model name\t: AMD EPYC 7B13
physical id\t: 0
core id\t\t: 1
"""


def test_the_machine_is_read_from_proc_files() -> None:
    assert cpu_model(CPUINFO) == "AMD EPYC 7B13"
    assert physical_cores(CPUINFO) == 2
    assert physical_cores("") is None
    assert memory_gib("MemTotal:       24683656 kB\nMemFree: 1 kB") == 23.5
    assert memory_gib("") is None


def test_the_fastest_run_is_kept_and_every_rate_listed() -> None:
    slow = {"sessions": 10, "seconds": 2.0, "sessions_per_second": 5.0}
    quick_run = {"sessions": 10, "seconds": 1.0, "sessions_per_second": 10.0}
    kept = fastest(fastest(None, slow), quick_run)
    assert kept["seconds"] == 1.0 and kept["rounds"] == [5.0, 10.0]
    kept = fastest(fastest(None, quick_run), slow)
    assert kept["seconds"] == 1.0 and kept["rounds"] == [10.0, 5.0]


def test_rounds_alternate_the_keys_and_keep_a_failure() -> None:
    plan = dataclasses.replace(quick(), rounds=2)
    order: list[int] = []
    rates = iter([1.0, 7.0, 3.0, 2.0])

    def measure(key: int) -> dict[str, float]:
        if key == 2:
            raise ChildFailed("boom")
        return {"sessions_per_second": next(rates)}

    runs, broken = in_rounds(plan, [1, 2, 3], measure, order.append)
    assert order == [1, 2, 3, 1, 2, 3]
    assert broken == {2: "boom"}
    assert runs[1]["rounds"] == [1.0, 3.0] and runs[1]["sessions_per_second"] == 3.0
    assert runs[3]["sessions_per_second"] == 7.0 and runs[3]["rounds"] == [7.0, 2.0]
