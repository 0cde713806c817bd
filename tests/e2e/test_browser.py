"""End to end in a real browser: `streamlit run app.py` on the analysed demo data, driven by
headless Chromium: the queue, a proposal with its diagram and transcript, approving it, and
finding the published flow in the library. Screenshots go to test-artifacts/; the README's
are taken by docs/screenshots.py."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect
from sqlalchemy import select

from flywheel import db as dbmod
from flywheel.models import Flow, Proposal
from tests.e2e.server import (
    ARTIFACTS,
    WAIT,
    browser_page,
    demo_database,
    idle,
    oldest_new_flow,
    streamlit_server,
)
from tests.support.tools import need_chromium

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def server(
    tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path
) -> Iterator[tuple[str, str]]:
    """(app URL, database URL): the app on the analysed demo data, stopped afterwards."""
    need_chromium()
    path = tmp_path_factory.mktemp("e2e") / "app.db"
    database_url = demo_database(path, template=sqlite_template)
    with streamlit_server(database_url, log=ARTIFACTS / "streamlit.log") as url:
        yield url, database_url


@pytest.fixture
def page() -> Iterator[Page]:
    with browser_page(need_chromium()) as opened:
        yield opened


def shot(page: Page, name: str) -> None:
    """Save what the browser shows, for inspection."""
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"))


def stored(database_url: str, proposal_id: int) -> tuple[str, list[str]]:
    """The proposal's status and the names of the account's flows."""
    engine = dbmod.make_engine(database_url)
    try:
        with dbmod.session_factory(engine)() as db:
            status = db.scalar(select(Proposal.status).where(Proposal.id == proposal_id))
            names = list(db.scalars(select(Flow.name).where(Flow.account_id == 1)))
            return str(status), names
    finally:
        engine.dispose()


def test_review_and_approve_a_proposal_in_the_browser(server: tuple[str, str], page: Page) -> None:
    url, database_url = server
    proposal_id, title, first_step = oldest_new_flow(database_url)

    page.goto(url)
    expect(page.get_by_role("heading", name="Review queue")).to_be_visible(timeout=WAIT)
    expect(page.get_by_text("Showing 1-25 of")).to_be_visible(timeout=WAIT)
    idle(page)
    shot(page, "queue")

    page.locator(f"[data-testid='stMain'] a[href$='proposal?id={proposal_id}']").click()
    expect(page.get_by_role("heading", name=title)).to_be_visible(timeout=WAIT)
    diagram = page.locator("[data-testid='stGraphVizChart'] svg")
    expect(diagram).to_be_visible(timeout=WAIT)
    assert diagram.locator("g.node").count() >= 3, "the tree's nodes are drawn"
    expect(page.get_by_text(first_step, exact=False).first).to_be_visible()
    expect(page.get_by_text("Resolution:", exact=False).first).to_be_visible()
    idle(page)
    shot(page, "proposal")

    note = page.get_by_label("Note for the audit log (optional)")
    note.fill("approved in the browser test")
    note.press("Enter")
    idle(page)
    page.get_by_role("button", name="Approve", exact=True).click()
    expect(page.get_by_text(f"Approved: '{title}'", exact=False)).to_be_visible(timeout=WAIT)
    status, flows = stored(database_url, proposal_id)
    assert status == "approved" and title in flows

    page.get_by_role("link", name=f"Open {title} in the flow library").click()
    expect(page).to_have_url(re.compile(r"/flows\?id=\d+$"), timeout=WAIT)
    expect(page.get_by_text(title, exact=False).first).to_be_visible(timeout=WAIT)
    idle(page)
    shot(page, "flows")


def test_dashboard_renders_for_the_readme(server: tuple[str, str], page: Page) -> None:
    url, _ = server
    page.goto(f"{url}/dashboard")
    expect(page.get_by_test_id("stMain")).to_be_visible(timeout=WAIT)
    idle(page)
    expect(page.get_by_test_id("stException")).to_have_count(0)
    shot(page, "dashboard")
