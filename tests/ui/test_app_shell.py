"""The app shell in AppTest: navigation, the sidebar's account switcher, reviewer badge and
the inbox of unread notifications, on an empty database and on the demo data."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker
from streamlit.testing.v1 import AppTest

from flywheel import auth
from flywheel import db as dbmod
from flywheel.models import Notification
from tests.ui.app_driver import ROOT, no_exception, open_app, page_links, texts
from tests.ui.auth_support import AUTH_SECRETS
from tests.ui.conftest import AppDb


def unread(factory: sessionmaker[Session], account_id: int = 1) -> int:
    with factory() as db:
        query = select(func.count(Notification.id)).where(
            Notification.account_id == account_id, Notification.read_at.is_(None)
        )
        return int(db.scalar(query) or 0)


def inbox_label(at: AppTest) -> str:
    return str(at.sidebar.expander[0].label)


@pytest.mark.parametrize("page", [None, "pages/queue.py", "pages/proposal.py"])
def test_pages_render_on_an_empty_database(empty_app_db: AppDb, page: str | None) -> None:
    at = open_app(page)
    no_exception(at)
    assert "local mode" in " ".join(texts(at.sidebar.markdown))
    assert not at.sidebar.selectbox, "no accounts yet, so nothing to switch"
    assert not at.sidebar.expander, "and no inbox"


def test_sidebar_on_the_demo_data(app_db: AppDb) -> None:
    _, factory = app_db
    at = open_app()
    no_exception(at)
    switcher = at.sidebar.selectbox(key="account")
    assert switcher.options == ["default", "northwind-it"] and switcher.value == "default"
    assert inbox_label(at) == f"Inbox · {unread(factory)} unread"
    links = page_links(at, sidebar=True)
    assert len(links) == 10 and all(query.startswith("id=") for _, query in links)


def test_switching_account_changes_the_inbox(app_db: AppDb) -> None:
    _, factory = app_db
    at = open_app()
    at.sidebar.selectbox(key="account").set_value("northwind-it").run()
    no_exception(at)
    assert inbox_label(at) == f"Inbox · {unread(factory, account_id=2)} unread"


def test_mark_one_then_all_notifications_read(app_db: AppDb) -> None:
    _, factory = app_db
    before = unread(factory)
    at = open_app()
    first = next(b for b in at.sidebar.button if str(b.key).startswith("inbox:read:"))
    first.click().run()
    no_exception(at)
    assert unread(factory) == before - 1
    assert inbox_label(at) == f"Inbox · {before - 1} unread"
    at.sidebar.button(key="inbox:all").click().run()
    assert unread(factory) == 0
    assert inbox_label(at) == "Inbox"
    assert "Nothing new." in texts(at.sidebar.caption)
    assert unread(factory, account_id=2) > 0, "another account's inbox is left alone"


def test_reviewer_name_is_used_for_decisions(app_db: AppDb) -> None:
    at = open_app()
    at.sidebar.text_input(key="reviewer").input("Kim").run()
    at.switch_page("pages/queue.py").run()
    assert at.sidebar.text_input(key="reviewer").value == "Kim", "kept across pages"


def test_signed_in_user_replaces_the_local_mode_badge(app_db: AppDb) -> None:
    _, factory = app_db
    with dbmod.transaction(factory) as db:
        auth.grant(db, account="default", user_id="dana@example.com", role="reviewer", actor="t")
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.secrets["auth"] = AUTH_SECRETS
    at.user = {"is_logged_in": True, "name": "Dana Reviewer", "email": "dana@example.com"}
    at.run()
    no_exception(at)
    assert "Signed in as Dana Reviewer" in texts(at.sidebar.caption)
    assert "local mode" not in " ".join(texts(at.sidebar.markdown))
    assert not [t for t in at.sidebar.text_input if t.key == "reviewer"]
