"""AppTest fixtures shared by the page tests: the app pointed at a real SQLite database.

`app_db` holds the demo data, imported and analysed once per test run (a template file each
test copies); `empty_app_db` is migrated and empty. Both return `(url, factory)`, point
`FLYWHEEL_DATABASE_URL` at the copy, use the offline LLM provider, and clear the cached
settings and Streamlit resources before and after the test so no test sees another's data.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import streamlit as st
from sqlalchemy.orm import Session, sessionmaker
from streamlit.testing.v1 import AppTest

from flywheel import db as dbmod
from flywheel import scheduler
from flywheel.config import Settings, get_settings
from flywheel.demo.loader import load_demo
from flywheel.llm.offline import OfflineProvider
from flywheel.ui import timer

# app_driver makes AppTest run app.py on every rerun, as the server does; importing it here
# applies that to every page test, whichever test files a run collects.
from tests.ui import app_driver  # noqa: F401

ROOT = Path(__file__).resolve().parents[2]
AppDb = tuple[str, sessionmaker[Session]]
APP_TIMEOUT = 60


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path) -> Path:
    """A migrated SQLite file with the demo data loaded and analysed (built once per run)."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    shutil.copyfile(sqlite_template, path)
    url = f"sqlite:///{path}"
    engine = dbmod.make_engine(url)
    factory = dbmod.session_factory(engine)
    with dbmod.transaction(factory) as db:
        load_demo(db)
    settings = Settings(database_url=url, _env_file=None)  # type: ignore[call-arg]
    scheduler.run_batch(factory, settings=settings, provider=OfflineProvider(), trigger="test")
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    return path


def _reset_caches() -> None:
    timer.stop_timer()
    get_settings.cache_clear()
    st.cache_resource.clear()
    st.cache_data.clear()


def _app_database(
    template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[AppDb]:
    target = tmp_path / "app.db"
    shutil.copyfile(template, target)
    url = f"sqlite:///{target}"
    monkeypatch.setenv("FLYWHEEL_DATABASE_URL", url)
    monkeypatch.setenv("FLYWHEEL_LLM_PROVIDER", "offline")
    monkeypatch.delenv("ANTHROPIC_API_KEY", raising=False)
    monkeypatch.delenv("FLYWHEEL_ANTHROPIC_API_KEY", raising=False)
    _reset_caches()
    engine = dbmod.make_engine(url)
    try:
        yield url, dbmod.session_factory(engine)
    finally:
        engine.dispose()
        _reset_caches()


@pytest.fixture
def app_db(demo_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[AppDb]:
    """The app on a copy of the analysed demo data: (database url, session factory)."""
    yield from _app_database(demo_template, tmp_path, monkeypatch)


@pytest.fixture
def empty_app_db(
    sqlite_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[AppDb]:
    """The app on a migrated, empty database: (database url, session factory)."""
    yield from _app_database(sqlite_template, tmp_path, monkeypatch)


def open_page(
    name: str, *, session_state: dict[str, object] | None = None, **query: str
) -> AppTest:
    """Run the whole app (navigation and sidebar) on the page `pages/<name>.py`, with
    `session_state` set first and `query` as the page's query parameters."""
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=APP_TIMEOUT)
    for key, value in (session_state or {}).items():
        app.session_state[key] = value
    app.switch_page(f"pages/{name}.py")
    for key, value in query.items():
        app.query_params[key] = value
    return app.run()


def problem_list(app: AppTest) -> str:
    """The markdown of the "All N problems" list that `widgets.show_error` opens."""
    found = [e for e in app.main.expander if e.label.startswith("All ")]
    assert found, "no list of problems on the page"
    return str(found[0].markdown[0].value)
