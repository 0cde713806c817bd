"""A real `streamlit run app.py` on a free loopback port, against a database of our choosing.

Used by the browser test and by `docs/screenshots.py`.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from playwright.sync_api import Page, expect, sync_playwright
from sqlalchemy import select

from flywheel import db as dbmod
from flywheel.config import Settings
from flywheel.demo.loader import load_demo
from flywheel.llm.offline import OfflineProvider
from flywheel.models import Proposal, SessionStep
from flywheel.scheduler import run_batch

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
START_TIMEOUT = 45.0
WAIT = 30_000  # ms: the first run of a page opens the database and draws the diagram
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def demo_database(path: Path, *, template: Path | None = None) -> str:
    """A SQLite file at `path` with the demo data loaded and analysed offline; its URL."""
    if template is not None:
        shutil.copyfile(template, path)
    url = f"sqlite:///{path}"
    engine = dbmod.make_engine(url)
    dbmod.upgrade(engine)
    factory = dbmod.session_factory(engine)
    with dbmod.transaction(factory) as db:
        load_demo(db)
    settings = Settings(database_url=url, _env_file=None)  # type: ignore[call-arg]
    run_batch(factory, settings=settings, provider=OfflineProvider(), trigger="test")
    engine.dispose()
    return url


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def streamlit_server(
    database_url: str,
    *,
    log: Path,
    port: int | None = None,
    extra_args: Sequence[str] = (),
) -> Iterator[str]:
    """Run the app until the block ends (the process is always stopped); yields its URL.

    `port` (default: a free one) and `extra_args` (more `streamlit run` options, such as
    `--secrets.files`) are for tests that must know the URL before the server starts."""
    port = port or free_port()
    env = {k: v for k, v in os.environ.items() if "ANTHROPIC" not in k}
    env.update(FLYWHEEL_DATABASE_URL=database_url, FLYWHEEL_LLM_PROVIDER="offline")
    command = [
        sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"),
        "--server.port", str(port), "--server.address", "127.0.0.1",
        "--server.headless", "true", "--browser.gatherUsageStats", "false",
        "--server.fileWatcherType", "none", *extra_args,
    ]  # fmt: skip
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("wb") as out:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=out)
        try:
            url = f"http://127.0.0.1:{port}"
            _wait_healthy(url, process, log)
            yield url
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)


def _wait_healthy(url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"streamlit exited early:\n{log.read_text(errors='replace')}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.3)
    raise RuntimeError(f"streamlit did not start in {START_TIMEOUT:.0f}s; see {log}")


def idle(page: Page) -> None:
    """Wait until Streamlit has finished the current run (its status widget is gone)."""
    page.wait_for_timeout(300)
    expect(page.get_by_test_id("stStatusWidget")).to_have_count(0, timeout=WAIT)
    page.wait_for_timeout(500)  # let the last elements of the run settle


@contextmanager
def browser_page(executable: str, *, viewport: dict[str, int] | None = None) -> Iterator[Page]:
    """A page in a fresh headless Chromium (no cookies), closed afterwards."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(viewport=viewport or {"width": 1440, "height": 1000})
            yield context.new_page()
        finally:
            browser.close()


def oldest_new_flow(database_url: str) -> tuple[int, str, str]:
    """(id, title, text of the source session's first step) of the proposal to review."""
    engine = dbmod.make_engine(database_url)
    try:
        with dbmod.session_factory(engine)() as db:
            proposal = db.scalars(
                select(Proposal)
                .where(Proposal.status == "pending", Proposal.proposal_type == "new_flow")
                .where(Proposal.account_id == 1)
                .order_by(Proposal.created_at, Proposal.id)
            ).first()
            assert proposal is not None
            step = db.scalars(
                select(SessionStep)
                .where(SessionStep.session_id == proposal.source_session_id)
                .order_by(SessionStep.step_order)
            ).first()
            assert step is not None
            return proposal.id, proposal.title, str(step.content["text"])
    finally:
        engine.dispose()
