"""Driving the reviewer app in AppTest: open `app.py` (navigation, sidebar and all) on a page.

The database comes from the `app_db` / `empty_app_db` fixtures (tests/ui/conftest.py): they
point FLYWHEEL_DATABASE_URL at a fresh copy and clear `get_settings` and
`st.cache_resource`, so the app's cached session factory opens that copy.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from streamlit.runtime.pages_manager import PagesManager
from streamlit.testing.v1 import AppTest
from streamlit.testing.v1 import app_test as app_test_module

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 60


class _NavigationPagesManager(PagesManager):
    """AppTest's PagesManager, told that the app uses st.navigation, as the server learns.

    Before every run AppTest resets `PagesManager.uses_pages_directory`, so finding our
    `pages/` folder it takes the app for an old-style (v1) multipage app and, from the
    second run on, runs the page script alone: `app.py` (sidebar, page config) is skipped
    and the sidebar's widgets lose their values. A real server runs `app.py` every time,
    because `st.navigation` switches the v1 handling off; this does the same up front.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        PagesManager.uses_pages_directory = False


app_test_module.PagesManager = _NavigationPagesManager  # type: ignore[misc]


def open_app(page: str | None = None, **query: str) -> AppTest:
    """The app after its first run, switched to `page` (e.g. "pages/proposal.py") if given,
    with `query` as the page's query parameters."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    at.run()
    if page is not None:
        at.switch_page(page)
        for name, value in query.items():
            at.query_params[name] = value
        at.run()
    return at


def plain(markdown: str) -> str:
    """Markdown as a reader sees it: the escaping backslashes the pages add removed."""
    return re.sub(r"\\(.)", r"\1", markdown)


def texts(elements: Any) -> list[str]:
    """The text of each element of a list (markdown, captions, alerts...), unescaped."""
    return [plain(str(element.value)) for element in elements]


def page_links(at: AppTest, *, sidebar: bool = False) -> list[tuple[str, str]]:
    """(label, query string) of the st.page_link elements of the main area (or sidebar)."""
    block = at.sidebar if sidebar else at.main
    return [(plain(link.proto.label), link.proto.query_string) for link in block.get("page_link")]


def no_exception(at: AppTest) -> None:
    """Fail with the app's own traceback text if the script raised."""
    assert not at.exception, [e.value for e in at.exception]
