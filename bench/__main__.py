"""`python -m bench` (or `make bench`): the benchmarks of issue 8, measured on this machine.

Generates its data from fixed seeds, runs each benchmark on a fresh temporary database
(a SQLite file in a temporary folder; PostgreSQL: a `flywheel_bench_<random>` database,
dropped afterwards), prints the machine, a table (what, size, measured value, aim, met?)
and a summary, and writes everything as JSON.

    python -m bench                       # everything, at the sizes of the issue
    python -m bench --quick               # small sizes: checks the harness in a minute or two
    python -m bench --only pages,render   # some benchmarks only
    python -m bench --no-postgres         # SQLite only (PostgreSQL rows are skipped)
"""

from __future__ import annotations

import argparse
import shlex
import sys
import time
import traceback
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import replace
from pathlib import Path

from bench import micro, suites
from bench.databases import (
    POSTGRES_ENV,
    autovacuum_as_shipped,
    postgres_admin_url,
    postgres_version,
)
from bench.machine import describe
from bench.plan import BENCHMARKS, DEFAULT_TIMEOUT, Plan, full, quick
from bench.report import (
    Measurement,
    document,
    errors,
    failed,
    machine_lines,
    summary,
    table,
    write_json,
)

DEFAULT_JSON = Path("bench-results.json")
NEEDS_POSTGRES = ("analyzer", "workers")
Log = Callable[[str], None]
Runner = Callable[[Plan, Log], list[Measurement]]


def _rendering(plan: Plan, log: Log) -> list[Measurement]:
    log("render: trees of 50, 300 and 1,000 nodes")
    return micro.rendering()


def _similarity(plan: Plan, log: Log) -> list[Measurement]:
    log(f"similarity: seeding {plan.similarity_proposals:,} pending proposals, then look-ups")
    return micro.similarity(plan.similarity_proposals, plan.similarity_lookups)


def _prompt(plan: Plan, log: Log) -> list[Measurement]:
    log("prompt: enhancement prompts for flows of 30 to 1,000 nodes")
    return micro.prompt_size()


RUNNERS: dict[str, Runner] = {
    "analyzer": suites.analyzer,
    "workers": suites.workers,
    "pages": suites.pages,
    "render": _rendering,
    "similarity": _similarity,
    "prompt": _prompt,
}


def benchmark_names(text: str) -> tuple[str, ...]:
    """'pages, render' -> ('pages', 'render'), each checked against `BENCHMARKS`."""
    names = tuple(dict.fromkeys(name.strip() for name in text.split(",") if name.strip()))
    unknown = [name for name in names if name not in BENCHMARKS]
    if unknown or not names:
        wrong = ", ".join(unknown) or "(none)"
        raise argparse.ArgumentTypeError(
            f"unknown benchmark {wrong}; choose from {', '.join(BENCHMARKS)}"
        )
    return names


def parser() -> argparse.ArgumentParser:
    command = argparse.ArgumentParser(
        prog="python -m bench",
        description="Measure analyzer throughput, page server time, rendering, similarity "
        "look-ups and prompt size on this machine.",
    )
    command.add_argument(
        "--quick",
        action="store_true",
        help="small sizes (1,000 sessions, 1,000 proposals, 10,000 sessions for the pages)",
    )
    command.add_argument(
        "--only",
        type=benchmark_names,
        default=BENCHMARKS,
        metavar="NAME[,NAME]",
        help=f"run only these: {', '.join(BENCHMARKS)}",
    )
    command.add_argument(
        "--no-postgres", action="store_true", help="SQLite only; PostgreSQL rows are skipped"
    )
    command.add_argument(
        "--postgres-url",
        help=f"a database on the server to create benchmark databases from (default: "
        f"${POSTGRES_ENV}, else postgres@127.0.0.1:5432)",
    )
    command.add_argument(
        "--json", type=Path, default=DEFAULT_JSON, metavar="PATH", help="where to write the JSON"
    )
    command.add_argument(
        "--timeout",
        type=float,
        default=DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help="stop a benchmark process that runs longer (default: one hour)",
    )
    return command


def make_plan(args: argparse.Namespace, log: Log) -> tuple[Plan, str | None]:
    """The plan for these options, and the PostgreSQL server's version when it is used."""
    base = quick() if args.quick else full()
    admin_url = postgres_admin_url(args.postgres_url)
    plan = replace(base, only=args.only, timeout=args.timeout, postgres_admin_url=admin_url)
    if args.no_postgres or not set(plan.only) & set(NEEDS_POSTGRES):
        return replace(plan, backends=("sqlite",)), None
    version = postgres_version(admin_url)
    if version is None:
        log(f"PostgreSQL cannot be reached at {plan.as_json()['postgres_admin_url']}; SQLite only")
        return replace(plan, backends=("sqlite",)), None
    return plan, version


def run_all(plan: Plan, log: Log) -> list[Measurement]:
    """Every benchmark of the plan in order; one that raises is recorded as failed."""
    results: list[Measurement] = []
    for name in BENCHMARKS:
        if name not in plan.only:
            continue
        try:
            results.extend(RUNNERS[name](plan, log))
        except Exception as exc:  # noqa: BLE001 - one broken benchmark must not stop the rest
            traceback.print_exc(file=sys.stderr)
            results.append(failed(name, name, "-", f"{type(exc).__name__}: {exc}"))
    return results


def logger() -> Log:
    """Progress lines on stderr, each with the seconds since the run started."""
    started = time.perf_counter()

    def log(message: str) -> None:
        print(f"[{time.perf_counter() - started:7.1f} s] {message}", file=sys.stderr, flush=True)

    return log


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    log = logger()
    started = time.perf_counter()
    plan, postgres = make_plan(args, log)
    machine = describe(postgres)
    command = shlex.join(["python", "-m", "bench", *(sys.argv[1:] if argv is None else argv)])
    with ExitStack() as stack:
        if postgres is not None:
            autovacuum = stack.enter_context(autovacuum_as_shipped(plan.postgres_admin_url))
            machine["postgres_autovacuum"] = autovacuum
            log(f"PostgreSQL autovacuum: {autovacuum}")
        results = run_all(plan, log)
    elapsed = time.perf_counter() - started
    print("\n".join([*machine_lines(machine), f"command: {command}", ""]))
    print(table(results))
    print(f"\n{summary(results)}")
    data = document(machine | {"command": command}, plan.as_json(), results)
    write_json(args.json, data | {"duration_seconds": round(elapsed, 1)})
    print(f"Took {elapsed:,.0f} s; JSON written to {args.json}.")
    return 1 if errors(results) else 0


if __name__ == "__main__":
    sys.exit(main())
