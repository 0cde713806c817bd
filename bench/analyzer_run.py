"""One analyzer throughput measurement, run in its own process so its peak memory is its own.

    python -m bench.analyzer_run --database-url URL --sessions N --load
    python -m bench.analyzer_run --database-url URL --sessions N [--workers W]
The first migrates the database and loads the sessions; the second, in a fresh process as
`flywheel analyze --pending` or a worker would be, analyses them and prints one JSON line:
sessions, seconds, sessions_per_second, peak_rss_mb. (Loading in the analysing process
left it some 200,000 objects and its memory peak, and slowed its analysis by a tenth.)
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from itertools import islice
from typing import Any

from bench import data
from flywheel import db as dbmod
from flywheel import scheduler
from flywheel.config import Settings
from flywheel.interchange import import_document
from flywheel.llm.offline import OfflineProvider

CHUNK = 5_000


def load(url: str, count: int) -> None:
    """The 50-flow library and `count` generated sessions, imported in chunks."""
    factory = dbmod.session_factory(dbmod.make_engine(url))
    flows = data.library()
    with dbmod.transaction(factory) as db:
        import_document(db, {"flows": flows}, source="bench", default_account="default")
    generated = data.sessions(count, flows)
    while batch := list(islice(generated, CHUNK)):
        with dbmod.transaction(factory) as db:
            import_document(db, {"sessions": batch}, source="bench", default_account="default")


def _settings(url: str) -> Settings:
    return Settings(database_url=url, daily_llm_call_budget=10**9)


def analyze_in_process(url: str) -> float:
    factory = dbmod.session_factory(dbmod.make_engine(url))
    started = time.perf_counter()
    scheduler.run_batch(
        factory, settings=_settings(url), provider=OfflineProvider(), trigger="bench"
    )
    return time.perf_counter() - started


def analyze_with_workers(url: str, workers: int) -> float:
    env = os.environ | {"FLYWHEEL_DAILY_LLM_CALL_BUDGET": str(10**9)}
    command = [
        sys.executable,
        "-m",
        "flywheel.cli",
        "worker",
        "--database-url",
        url,
        "--exit-when-idle",
        "--batch",
        "100",
    ]
    started = time.perf_counter()
    procs = [subprocess.Popen(command, env=env, stderr=subprocess.DEVNULL) for _ in range(workers)]
    for proc in procs:
        proc.wait()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--sessions", type=int, required=True)
    parser.add_argument("--workers", type=int, default=0, help="0: analyse in this process")
    parser.add_argument(
        "--load", action="store_true", help="only migrate the database and load the sessions"
    )
    args = parser.parse_args()
    if args.load:
        dbmod.upgrade(dbmod.make_engine(args.database_url))
        load(args.database_url, args.sessions)
        print(json.dumps({"loaded": args.sessions}))
        return
    if args.workers:
        seconds = analyze_with_workers(args.database_url, args.workers)
    else:
        seconds = analyze_in_process(args.database_url)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result: dict[str, Any] = {
        "sessions": args.sessions,
        "seconds": round(seconds, 2),
        "sessions_per_second": round(args.sessions / seconds, 1),
        "peak_rss_mb": round(peak, 1),
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
