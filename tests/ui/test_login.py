"""Login and roles in AppTest: with `[auth]` configured the app shows only the sign-in page to
a visitor, a "no access" page to a user with no role, and the data to members; a viewer's
clicks are refused by the flywheel functions (database unchanged, the reason shown); a
reviewer approves; without `[auth]` the app runs in local mode."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker
from streamlit.testing.v1 import AppTest

from flywheel import auth, library, notify, review
from flywheel import db as dbmod
from flywheel.accounts import get_account
from flywheel.models import Proposal
from tests.ui.app_driver import ROOT, TIMEOUT, no_exception, texts
from tests.ui.auth_support import AUTH_SECRETS, LOGGED_OUT, signed_in
from tests.ui.conftest import AppDb

VIEWER = signed_in("vic@example.com", "Vic Viewer")
REVIEWER = signed_in("dana@example.com", "Dana Reviewer")
STRANGER = signed_in("eve@example.com", "Eve Stranger")


def members(factory: sessionmaker[Session], **roles: str) -> None:
    """Grant roles in the default account: members(factory, vic="viewer")."""
    with dbmod.transaction(factory) as db:
        for name, role in roles.items():
            user = f"{name}@example.com"
            auth.grant(db, account="default", user_id=user, role=role, actor="test")


def login_app(user: dict[str, Any], page: str | None = None, **query: str) -> AppTest:
    """The app with login configured, run as `user`, switched to `page` if given."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    at.secrets["auth"] = AUTH_SECRETS
    at.user = user
    at.run()
    if page is not None:
        at.switch_page(page)
        for name, value in query.items():
            at.query_params[name] = value
        at.run()
    no_exception(at)
    return at


def oldest_pending(factory: sessionmaker[Session]) -> Proposal:
    with factory() as db:
        found = db.scalar(
            select(Proposal)
            .where(
                Proposal.status == "pending",
                Proposal.proposal_type == "new_flow",
                Proposal.account_id == 1,
            )
            .order_by(Proposal.created_at, Proposal.id)
        )
    assert found is not None
    return found


def status_of(factory: sessionmaker[Session], proposal_id: int) -> tuple[str, int]:
    with factory() as db:
        proposal = db.get(Proposal, proposal_id)
        assert proposal is not None
        return proposal.status, proposal.version


def everything(at: AppTest) -> str:
    """All text the run put on the page, main area and sidebar."""
    parts = [*texts(at.title), *texts(at.markdown), *texts(at.caption), *texts(at.info)]
    parts += [*texts(at.warning), *texts(at.error), *texts(at.sidebar.markdown)]
    return "\n".join(parts)


# --- the gate ----------------------------------------------------------------------------------


def test_a_visitor_sees_only_the_sign_in_page(app_db: AppDb) -> None:
    _, factory = app_db
    title = oldest_pending(factory).title
    at = login_app(LOGGED_OUT)
    assert texts(at.title) == ["Knowledge Flywheel"]
    assert at.button(key="login").label == "Sign in"
    assert "Review queue" not in everything(at) and title not in everything(at)
    assert not at.sidebar.selectbox, "no account switcher, no inbox"
    assert not at.get("metric") and not at.get("page_link"), "no data at all"


def test_a_page_run_on_its_own_is_gated_too(app_db: AppDb) -> None:
    """Streamlit may run a page script without app.py (a deep link to a fresh server)."""
    _, factory = app_db
    proposal = oldest_pending(factory)
    at = AppTest.from_file(str(ROOT / "pages" / "proposal.py"), default_timeout=TIMEOUT)
    at.secrets["auth"] = AUTH_SECRETS
    at.user = LOGGED_OUT
    at.query_params["id"] = str(proposal.id)
    at.run()
    no_exception(at)
    assert texts(at.title) == ["Knowledge Flywheel"]
    assert proposal.title not in everything(at) and not at.get("graphviz_chart")


def test_a_signed_in_stranger_is_told_to_ask_an_admin(app_db: AppDb) -> None:
    _, factory = app_db
    members(factory, vic="viewer")
    at = login_app(STRANGER)
    assert texts(at.title) == ["No access yet"]
    warning = " ".join(texts(at.warning))
    assert "eve@example.com" in warning and "no role in any account" in warning
    assert "flywheel role grant eve@example.com viewer" in warning
    assert at.button(key="logout").label == "Sign out"
    assert not at.get("metric") and not at.sidebar.selectbox


def test_a_member_sees_only_their_accounts(app_db: AppDb) -> None:
    _, factory = app_db
    members(factory, vic="viewer")
    at = login_app(VIEWER)
    assert texts(at.title) == ["Review queue"]
    assert at.sidebar.selectbox(key="account").options == ["default"], "not northwind-it"
    captions = texts(at.sidebar.caption)
    assert "Signed in as Vic Viewer" in captions and "Role in this account: viewer" in captions
    assert "local mode" not in everything(at)
    assert at.sidebar.button(key="logout").label == "Sign out"


def test_signing_out_goes_back_to_the_sign_in_page(app_db: AppDb) -> None:
    _, factory = app_db
    members(factory, vic="viewer")
    at = login_app(VIEWER)
    at.sidebar.button(key="logout").click().run()
    at.run()
    no_exception(at)
    assert at.user.get("is_logged_in") is False
    assert texts(at.title) == ["Knowledge Flywheel"]


# --- what a viewer may not do ------------------------------------------------------------------
# A viewer's buttons are disabled, and AppTest (like a browser) cannot click a disabled button.
# To show that the flywheel functions are what protects, each refusal test opens the page as a
# reviewer and demotes them to viewer before the click: the click reaches the server, the
# function refuses, and nothing changes.


def demote(factory: sessionmaker[Session], name: str) -> None:
    members(factory, **{name: "viewer"})


def test_a_viewer_sees_the_proposal_read_only(app_db: AppDb) -> None:
    _, factory = app_db
    members(factory, vic="viewer")
    proposal = oldest_pending(factory)
    at = login_app(VIEWER, "pages/proposal.py", id=str(proposal.id))
    assert at.button(key=f"proposal:{proposal.id}:approve").disabled
    assert at.button(key=f"proposal:{proposal.id}:reject").disabled
    assert at.button(key=f"proposal:{proposal.id}:merge_button").disabled
    assert not [t for t in at.text_input if str(t.key).startswith("edit:")], "no editor"
    assert any("You are a viewer in this account" in i for i in texts(at.info))
    assert at.get("graphviz_chart"), "but the proposal itself is shown"


def test_approve_is_refused_by_the_function_not_only_the_button(app_db: AppDb) -> None:
    _, factory = app_db
    members(factory, dana="reviewer")
    proposal = oldest_pending(factory)
    at = login_app(REVIEWER, "pages/proposal.py", id=str(proposal.id))
    demote(factory, "dana")
    at.button(key=f"proposal:{proposal.id}:approve").click().run()
    no_exception(at)
    assert status_of(factory, proposal.id) == ("pending", proposal.version)
    assert any(
        "dana@example.com is a viewer in account 'default'; approving needs the reviewer role" in e
        for e in texts(at.error)
    )


def test_bulk_approve_is_refused_for_a_viewer(app_db: AppDb) -> None:
    _, factory = app_db
    members(factory, vic="viewer", dana="reviewer")
    proposal = oldest_pending(factory)
    viewer = login_app(VIEWER)
    viewer.checkbox(key=f"queue:pick:{proposal.id}").check().run()
    assert viewer.button(key="queue:approve").disabled, "a viewer sees the queue, greyed out"
    at = login_app(REVIEWER)
    at.checkbox(key=f"queue:pick:{proposal.id}").check().run()
    demote(factory, "dana")
    at.button(key="queue:approve").click().run()
    no_exception(at)
    assert status_of(factory, proposal.id) == ("pending", proposal.version)
    assert any("approving needs the reviewer role" in e for e in texts(at.error))


def test_a_rollback_is_refused_for_a_viewer(app_db: AppDb) -> None:
    _, factory = app_db
    members(factory, dana="reviewer")
    with dbmod.transaction(factory) as db:  # a flow with two versions, so it can roll back
        enhancement = db.scalar(
            select(Proposal.id)
            .where(Proposal.status == "pending", Proposal.proposal_type == "enhancement")
            .where(Proposal.account_id == 1)
        )
        assert enhancement is not None
        flow = review.approve(db, account="default", proposal_id=enhancement, reviewer="ana")
        flow_id, version = flow.id, flow.current_version
    at = login_app(REVIEWER, "pages/flows.py", id=str(flow_id))
    assert not at.button(key="flows:rollback").disabled
    demote(factory, "dana")
    at.button(key="flows:rollback").click().run()
    no_exception(at)
    assert any("rolling back a flow needs the reviewer role" in e for e in texts(at.error))
    with factory() as db:
        assert library.get_flow(db, account="default", flow_id=flow_id).current_version == version
    assert at.button(key="flows:rollback").disabled, "and the page now knows the role"


# --- what a reviewer and an admin may do -------------------------------------------------------


def test_a_reviewer_approves_under_their_own_name(app_db: AppDb) -> None:
    _, factory = app_db
    members(factory, dana="reviewer")
    proposal = oldest_pending(factory)
    at = login_app(REVIEWER, "pages/proposal.py", id=str(proposal.id))
    approve = at.button(key=f"proposal:{proposal.id}:approve")
    assert not approve.disabled
    approve.click().run()
    no_exception(at)
    assert status_of(factory, proposal.id)[0] == "approved"
    with factory() as db:
        assert db.scalar(select(Proposal.reviewer).where(Proposal.id == proposal.id)) == (
            "Dana Reviewer"
        )
    assert any("approved by Dana Reviewer" in i for i in texts(at.info))


def test_only_an_admin_may_change_the_schedule(app_db: AppDb) -> None:
    _, factory = app_db
    members(factory, dana="reviewer", ada="admin")
    at = login_app(REVIEWER, "pages/analyze.py")
    assert at.button(key="analyze:save").disabled and not at.button(key="analyze:run").disabled
    admin = login_app(signed_in("ada@example.com", "Ada Admin"), "pages/analyze.py")
    admin.toggle(key="analyze:auto").set_value(True)
    admin.button(key="analyze:save").click().run()
    no_exception(admin)
    assert any("Automatic analysis is on" in s for s in texts(admin.success))


def test_a_viewer_of_an_empty_database_cannot_load_data(empty_app_db: AppDb) -> None:
    _, factory = empty_app_db
    members(factory, vic="viewer")  # creates the account, still without flows or sessions
    at = login_app(VIEWER)
    assert texts(at.title) == ["Welcome to Knowledge Flywheel"]
    assert any("You are a viewer in this account" in i for i in texts(at.info))
    assert not [b for b in at.button if b.key == "welcome:demo"] and not at.get("file_uploader")


# --- local mode --------------------------------------------------------------------------------


def test_without_auth_the_app_runs_in_local_mode(app_db: AppDb) -> None:
    _, factory = app_db
    members(factory, vic="viewer")  # memberships are ignored in local mode
    proposal = oldest_pending(factory)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    at.user = VIEWER  # even a user dict cannot sign anyone in without [auth]
    at.run()
    assert "local mode" in " ".join(texts(at.sidebar.markdown))
    assert at.sidebar.selectbox(key="account").options == ["default", "northwind-it"]
    at.switch_page("pages/proposal.py")
    at.query_params["id"] = str(proposal.id)
    at.run()
    at.button(key=f"proposal:{proposal.id}:approve").click().run()
    no_exception(at)
    assert status_of(factory, proposal.id)[0] == "approved"


def unread_in_default(factory: sessionmaker[Session]) -> int:
    with factory() as db:
        return notify.unread_count(db, account_id=get_account(db, "default").id)


def test_a_viewer_may_not_mark_the_shared_inbox_read(app_db: AppDb) -> None:
    _, factory = app_db
    members(factory, vic="viewer", dana="reviewer")
    before = unread_in_default(factory)
    viewer = login_app(VIEWER)
    assert viewer.sidebar.button(key="inbox:all").disabled, "greyed out for a viewer"
    assert all(b.disabled for b in viewer.sidebar.button if str(b.key).startswith("inbox:read:"))
    at = login_app(REVIEWER)
    demote(factory, "dana")
    at.sidebar.button(key="inbox:all").click().run()
    no_exception(at)
    assert unread_in_default(factory) == before, "refused by the function, not the button"
    assert any("marking read needs the reviewer role" in e for e in texts(at.sidebar.error))
