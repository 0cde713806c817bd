"""Server time of the reviewer app's pages on a large database, measured in its own process.

    python -m bench.pages --database-url URL --proposals N --sessions M [--runs 5]

fills the empty database at URL (see `bench.seed`: the 50-flow library, M sessions with a
few steps each, 90% of them analysed, N pending proposals with a notification each, some
reviewed ones, and one pending proposal whose tree has about 300 nodes), then opens the
review queue, that proposal and the dashboard in Streamlit's AppTest as tests/ui does, and
times `AppTest.run()`: one whole script run of app.py and the page (sidebar, queries,
building every element), the server's side of a rerun without the browser's drawing.
Opening a page is the warm-up; then `runs` timed reruns. Prints one JSON line.
"""

from __future__ import annotations

import argparse
import json
import os
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from bench import seed
from bench.timing import Timings, seconds, timed
from flywheel.config import get_settings
from flywheel.ui import timer
from tests.ui.app_driver import AppTest, open_app

RUNS = 5
TREE_NODES = 300


@dataclass(frozen=True)
class PageCase:
    """A page to time, and what it must show for the timing to count (a page that failed
    early would be fast)."""

    name: str
    path: str
    title: str
    element: str
    query: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Seeded:
    big_proposal_id: int
    tree_nodes: int
    seconds: float


def seed_database(url: str, *, proposals: int, sessions: int, tree_nodes: int) -> Seeded:
    """Fill the database the pages are timed on: the large proposal's id and size, and how
    long filling took."""
    now = datetime.now(UTC)

    def fill() -> tuple[int, int]:
        engine = seed.migrated_engine(url)
        try:
            library = seed.load_library(engine)
            session_ids = seed.insert_sessions(engine, library, sessions, now=now)
            seed.insert_analyses(engine, library, session_ids, now=now)
            seed.insert_proposals(
                engine, library, seed.ProposalSpec(proposals), session_ids=session_ids, now=now
            )
            return seed.insert_big_proposal(
                engine, library, tree_nodes, session_ids=session_ids, now=now
            )
        finally:
            engine.dispose()

    elapsed, (proposal_id, nodes) = timed(fill)
    return Seeded(proposal_id, nodes, elapsed)


def cases(big_proposal_id: int) -> list[PageCase]:
    return [
        PageCase("queue", "pages/queue.py", "Review queue", "page_link"),
        PageCase(
            "proposal",
            "pages/proposal.py",
            seed.BIG_PROPOSAL_TITLE,
            "graphviz_chart",
            {"id": str(big_proposal_id)},
        ),
        PageCase("dashboard", "pages/dashboard.py", "Dashboard", "metric"),
    ]


def check(at: AppTest, case: PageCase) -> None:
    """Raise unless the page ran without an exception and shows its title and element."""
    if at.exception:
        raise RuntimeError(f"{case.name} page raised: {at.exception[0].value}")
    titles = [str(title.value) for title in at.title]
    if not any(case.title in title for title in titles):
        raise RuntimeError(f"{case.name} page shows {titles}, not {case.title!r}")
    if not at.main.get(case.element):
        raise RuntimeError(f"{case.name} page has no {case.element}")


def time_page(case: PageCase, runs: int) -> Timings:
    """Open the page (the warm-up), then time `runs` reruns, each checked."""
    at = open_app(case.path, **case.query)
    check(at, case)

    def rerun() -> None:
        at.run()
        check(at, case)

    return Timings(tuple(seconds(rerun) for _ in range(runs)))


def point_app_at(url: str) -> None:
    """Make the app (settings are read from the environment) open `url`, offline."""
    os.environ["FLYWHEEL_DATABASE_URL"] = url
    os.environ["FLYWHEEL_LLM_PROVIDER"] = "offline"
    get_settings.cache_clear()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--proposals", type=int, required=True)
    parser.add_argument("--sessions", type=int, required=True)
    parser.add_argument("--tree-nodes", type=int, default=TREE_NODES)
    parser.add_argument("--runs", type=int, default=RUNS)
    args = parser.parse_args()
    seeded = seed_database(
        args.database_url,
        proposals=args.proposals,
        sessions=args.sessions,
        tree_nodes=args.tree_nodes,
    )
    point_app_at(args.database_url)
    try:
        pages = {case.name: time_page(case, args.runs) for case in cases(seeded.big_proposal_id)}
    finally:
        timer.stop_timer()
    result: dict[str, Any] = {
        "proposals": args.proposals,
        "sessions": args.sessions,
        "tree_nodes": seeded.tree_nodes,
        "seed_seconds": round(seeded.seconds, 2),
        "pages": {name: timings.as_json() for name, timings in pages.items()},
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
