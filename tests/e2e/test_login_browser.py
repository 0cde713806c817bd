"""Signing in end to end: a mock OpenID Connect provider (`oidc-provider-mock`) and
`streamlit run app.py` with an `[auth]` secrets file, both on 127.0.0.1, driven by headless
Chromium through the real redirects: the sign-in page, the provider's login form, the callback
and the identity cookie. A viewer sees their name and the queue but cannot approve; a reviewer
approves and signs out again."""

from __future__ import annotations

import json
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect
from sqlalchemy import select

from flywheel import auth
from flywheel import db as dbmod
from flywheel.models import Proposal
from tests.e2e.server import (
    ARTIFACTS,
    START_TIMEOUT,
    WAIT,
    browser_page,
    demo_database,
    free_port,
    idle,
    oldest_new_flow,
    streamlit_server,
)
from tests.support.tools import need_chromium

pytestmark = pytest.mark.browser

USERS = {
    "vic@example.com": ("Vic Viewer", "viewer"),
    "dana@example.com": ("Dana Reviewer", "reviewer"),
}


@contextmanager
def oidc_provider(*, log: Path) -> Iterator[str]:
    """`oidc-provider-mock` on a free loopback port with USERS as its one-click users; yields
    its issuer URL and always stops it."""
    port = free_port()
    command = [
        sys.executable,
        "-m",
        "oidc_provider_mock",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
    ]
    for email, (name, _) in USERS.items():
        command += ["--user-claims", json.dumps({"sub": email, "email": email, "name": name})]
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("wb") as out:
        process = subprocess.Popen(command, stdout=out, stderr=out)
        try:
            issuer = f"http://127.0.0.1:{port}"
            _wait_for(f"{issuer}/.well-known/openid-configuration", process, log)
            yield issuer
        finally:
            process.terminate()
            process.wait(timeout=10)


def _wait_for(url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the OIDC provider exited:\n{log.read_text(errors='replace')}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.2)
    raise RuntimeError(f"the OIDC provider did not start; see {log}")


def auth_secrets(path: Path, *, app_port: int, issuer: str) -> Path:
    """A secrets file with the `[auth]` section pointing Streamlit at the provider."""
    path.write_text(
        "[auth]\n"
        f'redirect_uri = "http://127.0.0.1:{app_port}/oauth2callback"\n'
        'cookie_secret = "end-to-end-cookie-secret-0123456789abcdef"\n'
        'client_id = "knowledge-flywheel"\n'
        'client_secret = "any-secret-the-mock-accepts"\n'
        f'server_metadata_url = "{issuer}/.well-known/openid-configuration"\n',
        encoding="utf-8",
    )
    return path


@pytest.fixture(scope="module")
def server(
    tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path
) -> Iterator[tuple[str, str]]:
    """(app URL, database URL): the demo data, USERS granted their roles in 'default', the
    app behind login against the mock provider."""
    need_chromium()
    folder = tmp_path_factory.mktemp("login")
    database_url = demo_database(folder / "app.db", template=sqlite_template)
    engine = dbmod.make_engine(database_url)
    with dbmod.transaction(dbmod.session_factory(engine)) as db:
        for email, (_, role) in USERS.items():
            auth.grant(db, account="default", user_id=email, role=role, actor="e2e")
    engine.dispose()
    port = free_port()
    with oidc_provider(log=ARTIFACTS / "oidc-provider.log") as issuer:
        secrets = auth_secrets(folder / "secrets.toml", app_port=port, issuer=issuer)
        with streamlit_server(
            database_url,
            log=ARTIFACTS / "streamlit-login.log",
            port=port,
            extra_args=["--secrets.files", str(secrets)],
        ) as url:
            yield url, database_url


@pytest.fixture
def page() -> Iterator[Page]:
    """A fresh browser (no identity cookie) per test."""
    with browser_page(need_chromium()) as opened:
        yield opened


def status_of(database_url: str, proposal_id: int) -> str:
    engine = dbmod.make_engine(database_url)
    try:
        with dbmod.session_factory(engine)() as db:
            return str(db.scalar(select(Proposal.status).where(Proposal.id == proposal_id)))
    finally:
        engine.dispose()


def sign_in(page: Page, url: str, email: str) -> None:
    """From the sign-in page through the provider's form and back, signed in as `email`."""
    page.goto(url)
    page.get_by_role("button", name="Sign in").click(timeout=WAIT)
    page.get_by_role("button", name=email).click(timeout=WAIT)  # the provider's one-click user
    sidebar = page.get_by_test_id("stSidebar")
    expect(sidebar.get_by_text(f"Signed in as {USERS[email][0]}")).to_be_visible(timeout=WAIT)
    idle(page)


def open_proposal(page: Page, url: str, proposal_id: int, title: str) -> None:
    page.goto(f"{url}/proposal?id={proposal_id}")
    expect(page.get_by_role("heading", name=title)).to_be_visible(timeout=WAIT)
    idle(page)


def test_a_visitor_gets_the_sign_in_page_and_no_data(server: tuple[str, str], page: Page) -> None:
    """The first request to the fresh server is a deep link, which Streamlit serves by running
    the page script alone (see `login.guard`); then the same after `app.py` has run."""
    url, database_url = server
    proposal_id, title, _ = oldest_new_flow(database_url)
    for address in (f"{url}/proposal?id={proposal_id}", url, f"{url}/proposal?id={proposal_id}"):
        page.goto(address)
        expect(page.get_by_role("button", name="Sign in")).to_be_visible(timeout=WAIT)
        idle(page)
        main = page.get_by_test_id("stMain")
        expect(main.get_by_text(title)).to_have_count(0)
        expect(page.get_by_role("heading", name="Review queue")).to_have_count(0)
        expect(page.get_by_text("local mode")).to_have_count(0)
    page.screenshot(path=str(ARTIFACTS / "login-sign-in.png"))


def test_a_viewer_signs_in_and_cannot_approve(server: tuple[str, str], page: Page) -> None:
    url, database_url = server
    proposal_id, title, _ = oldest_new_flow(database_url)
    sign_in(page, url, "vic@example.com")
    sidebar = page.get_by_test_id("stSidebar")
    expect(sidebar.get_by_text("Role in this account: viewer")).to_be_visible()
    expect(page.get_by_role("heading", name="Review queue")).to_be_visible()
    open_proposal(page, url, proposal_id, title)
    expect(page.get_by_text("You are a viewer in this account")).to_be_visible()
    expect(page.get_by_role("button", name="Approve", exact=True)).to_be_disabled()
    expect(page.get_by_role("button", name="Reject", exact=True)).to_be_disabled()
    page.screenshot(path=str(ARTIFACTS / "login-viewer.png"))
    assert status_of(database_url, proposal_id) == "pending"


def test_a_reviewer_approves_and_signs_out(server: tuple[str, str], page: Page) -> None:
    url, database_url = server
    proposal_id, title, _ = oldest_new_flow(database_url)
    sign_in(page, url, "dana@example.com")
    open_proposal(page, url, proposal_id, title)
    page.get_by_role("button", name="Approve", exact=True).click()
    expect(page.get_by_text(f"Approved: '{title}'", exact=False)).to_be_visible(timeout=WAIT)
    assert status_of(database_url, proposal_id) == "approved"
    expect(page.get_by_text("approved by Dana Reviewer", exact=False)).to_be_visible()

    page.get_by_test_id("stSidebar").get_by_role("button", name="Sign out").click()
    page.get_by_role("button", name="End session").click(timeout=WAIT)  # the provider's side
    expect(page.get_by_role("button", name="Sign in")).to_be_visible(timeout=WAIT)
    page.goto(url)
    expect(page.get_by_role("button", name="Sign in")).to_be_visible(timeout=WAIT)
    expect(page.get_by_text("Signed in as")).to_have_count(0)
