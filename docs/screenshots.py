"""Take the README's screenshots (docs/queue.png, docs/proposal.png, docs/dashboard.png).

    .venv/bin/python docs/screenshots.py

Starts the app on a temporary database with the demo data (analysed offline) and photographs
three pages with headless Chromium (/usr/bin/chromium; `apt-get install chromium`).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from playwright.sync_api import Page, expect  # noqa: E402
from sqlalchemy import select  # noqa: E402

from flywheel import db as dbmod  # noqa: E402
from flywheel.models import Flow, Proposal  # noqa: E402
from flywheel.trees import count_nodes, parse_tree  # noqa: E402
from tests.e2e.server import (  # noqa: E402
    ARTIFACTS,
    WAIT,
    browser_page,
    demo_database,
    idle,
    streamlit_server,
)
from tests.support.tools import CHROMIUM_PATHS  # noqa: E402

DOCS = ROOT / "docs"
VIEWPORT = {"width": 1440, "height": 960}


def showcase_proposal(database_url: str) -> int:
    """A pending enhancement of a small flow, so the highlighted diagram reads well."""
    engine = dbmod.make_engine(database_url)
    with dbmod.session_factory(engine)() as db:
        rows = db.execute(
            select(Proposal.id, Flow.tree_structure)
            .join(Flow, Flow.id == Proposal.target_flow_id)
            .where(Proposal.status == "pending", Proposal.account_id == 1)
        ).all()
    engine.dispose()
    return min(rows, key=lambda row: count_nodes(parse_tree(row[1])))[0]


def photograph(page: Page, url: str, name: str, ready: str) -> None:
    page.goto(url)
    expect(page.locator(ready).first).to_be_visible(timeout=WAIT)
    idle(page)
    page.screenshot(path=str(DOCS / f"{name}.png"))
    print(f"wrote docs/{name}.png")


def main() -> None:
    chromium = next((p for p in CHROMIUM_PATHS if Path(p).exists()), None)
    if chromium is None:
        sys.exit("Chromium is not installed (apt-get install chromium).")
    with tempfile.TemporaryDirectory() as tmp:
        database_url = demo_database(Path(tmp) / "demo.db")
        proposal_id = showcase_proposal(database_url)
        log = ARTIFACTS / "screenshots.log"
        with (
            streamlit_server(database_url, log=log) as url,
            browser_page(chromium, viewport=VIEWPORT) as page,
        ):
            photograph(page, url, "queue", "text=Showing 1-25")
            photograph(
                page,
                f"{url}/proposal?id={proposal_id}",
                "proposal",
                "[data-testid='stGraphVizChart'] svg",
            )
            photograph(page, f"{url}/dashboard", "dashboard", "h1")


if __name__ == "__main__":
    main()
