"""Matching alone, in process: a labelled set's sessions matched against all its flows.

    python -m bench.matching_speed bench/unseen [--rounds 3]

Prints the milliseconds per session of `Library.match_trail` for each round (the first fills
the similarity caches; the later ones are what a running analyzer sees). No database: the
flows are prepared as the analyzer prepares them (name, description, keywords, domain) and
the sessions read as it reads them.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import Any

from flywheel.analyzer import prepared_flow
from flywheel.evaluation import load_dataset, session_view_of
from flywheel.matching import Library, read_trail
from flywheel.models import Flow


def rounds(directory: Path, count: int) -> list[float]:
    """Milliseconds per session of matching every session of the set, once per round."""
    data = load_dataset(directory)
    library = Library([prepared_flow(_flow(n, record)) for n, record in enumerate(data.flows)])
    trails = [read_trail(session_view_of(session)) for session in data.sessions]
    measured = []
    for _ in range(count):
        started = time.perf_counter()
        for trail in trails:
            library.match_trail(trail)
        measured.append(1000 * (time.perf_counter() - started) / max(len(trails), 1))
    return measured


def _flow(number: int, record: dict[str, Any]) -> Flow:
    """An interchange flow record as an unsaved flow row, for the analyzer to prepare."""
    return Flow(
        id=number,
        external_id=record["id"],
        name=record.get("name") or record["id"],
        description=record.get("description"),
        problem_domain=record.get("problem_domain"),
        match_keywords=record.get("match_keywords") or [],
        tree_structure=record["tree_structure"],
        current_version=1,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dir", type=Path, help="folder with flows.json, sessions.json, labels.json")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    for number, ms in enumerate(rounds(args.dir, args.rounds), start=1):
        print(f"round {number}: {ms:.2f} ms per session")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
