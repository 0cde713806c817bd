"""Roles on SQLite and PostgreSQL: granting and revoking (with audit events), and the checks
inside every writing function a page calls: a viewer (or a stranger, or a visitor who has
not signed in) is refused and nothing changes; a reviewer may review; only an admin may
change the webhook and the schedule; `user_id=None` (local mode, the CLI) is never checked."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from flywheel import auth, browse, library, notify, review, scheduler, webhooks
from flywheel import db as dbmod
from flywheel import queue as review_queue
from flywheel.accounts import ensure_account, get_account
from flywheel.config import Settings
from flywheel.errors import Forbidden, InvalidInput, NotFound
from flywheel.llm.offline import OfflineProvider
from flywheel.models import (
    Account,
    AuditEvent,
    Flow,
    FlowVersion,
    Membership,
    Notification,
    Proposal,
    Schedule,
    SupportSession,
)
from tests import factories as f

NOW = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
VIEWER, REVIEWER, ADMIN = "vic@example.com", "rae@example.com", "ada@example.com"
STRANGER = "eve@example.com"
Action = Callable[[sessionmaker[Session], Settings, dict[str, int], str | None], Any]


# --- set-up ----------------------------------------------------------------------------------


def _proposal(db: Session, title: str) -> int:
    proposal = Proposal(
        account_id=ensure_account(db, "acme").id,
        proposal_type="new_flow",
        title=title,
        status="pending",
        proposed_flow_data={"tree_structure": f.tree(), "match_keywords": ["lockout"]},
        supporting_session_ids=[],
        supporting_session_count=1,
    )
    db.add(proposal)
    db.flush()
    return proposal.id


def _flow_with_two_versions(db: Session) -> int:
    account_id = ensure_account(db, "acme").id
    flow = Flow(
        account_id=account_id, external_id="lockout", name="Lockout", tree_structure=f.tree()
    )
    flow.current_version = 2
    for number in (1, 2):
        flow.versions.append(
            FlowVersion(
                version=number,
                name="Lockout",
                tree_structure=f.tree(question=f"Version {number}?"),
                match_keywords=[],
            )
        )
    db.add(flow)
    db.flush()
    return flow.id


@pytest.fixture
def world(factory: sessionmaker[Session]) -> dict[str, int]:
    """Account 'acme' with three pending proposals, a flow at version 2, and one member of
    each role; 'other' where the viewer of acme is an admin."""
    with dbmod.transaction(factory) as db:
        ids = {name: _proposal(db, f"Proposal {name}") for name in ("a", "b", "c")}
        ids["flow"] = _flow_with_two_versions(db)
        for user, role in ((VIEWER, "viewer"), (REVIEWER, "reviewer"), (ADMIN, "admin")):
            auth.grant(db, account="acme", user_id=user, role=role, actor="setup")
        auth.grant(db, account="other", user_id=VIEWER, role="admin", actor="setup")
        acme = get_account(db, "acme").id
        notify.notify(db, account_id=acme, event=notify.PROPOSAL_PENDING, payload={})
    return ids


def snapshot(factory: sessionmaker[Session]) -> dict[str, Any]:
    """Everything a refused action could have changed."""
    with factory() as db:
        return {
            "proposals": list(db.execute(select(Proposal.id, Proposal.status, Proposal.version))),
            "flows": list(db.execute(select(Flow.id, Flow.current_version))),
            "versions": db.scalar(select(func.count(FlowVersion.id))),
            "sessions": db.scalar(select(func.count(SupportSession.id))),
            "audit": db.scalar(select(func.count(AuditEvent.id))),
            "webhook": db.scalar(select(Account.webhook_url).where(Account.slug == "acme")),
            "schedule": db.get(Schedule, scheduler.TIMER) is not None,
            "unread": db.scalar(select(func.count()).where(Notification.read_at.is_(None))),
        }


# --- the actions a page can take, each as the given user --------------------------------------


def _approve(
    factory: sessionmaker[Session], _s: Settings, ids: dict[str, int], user: str | None
) -> Any:
    with dbmod.transaction(factory) as db:
        review.approve(db, account="acme", proposal_id=ids["a"], reviewer="x", user_id=user)


def _reject(
    factory: sessionmaker[Session], _s: Settings, ids: dict[str, int], user: str | None
) -> Any:
    with dbmod.transaction(factory) as db:
        review.reject(
            db, account="acme", proposal_id=ids["a"], reviewer="x", reason="dup", user_id=user
        )


def _edit(
    factory: sessionmaker[Session], _s: Settings, ids: dict[str, int], user: str | None
) -> Any:
    with dbmod.transaction(factory) as db:
        review.save_edits(
            db,
            account="acme",
            proposal_id=ids["a"],
            editor="x",
            expected_version=1,
            title="Renamed",
            user_id=user,
        )


def _merge(
    factory: sessionmaker[Session], _s: Settings, ids: dict[str, int], user: str | None
) -> Any:
    with dbmod.transaction(factory) as db:
        review.merge_proposals(
            db, account="acme", keep_id=ids["a"], absorb_id=ids["b"], reviewer="x", user_id=user
        )


def _bulk_approve(
    factory: sessionmaker[Session], _s: Settings, ids: dict[str, int], user: str | None
) -> Any:
    with dbmod.transaction(factory) as db:
        result = review_queue.bulk_approve(
            db, account="acme", proposal_ids=[ids["a"], ids["c"]], reviewer="x", user_id=user
        )
    assert not result.failed


def _bulk_reject(
    factory: sessionmaker[Session], _s: Settings, ids: dict[str, int], user: str | None
) -> Any:
    with dbmod.transaction(factory) as db:
        result = review_queue.bulk_reject(
            db, account="acme", proposal_ids=[ids["b"]], reviewer="x", reason="no", user_id=user
        )
    assert not result.failed


def _rollback(
    factory: sessionmaker[Session], _s: Settings, ids: dict[str, int], user: str | None
) -> Any:
    with dbmod.transaction(factory) as db:
        library.rollback(
            db,
            account="acme",
            flow_id=ids["flow"],
            version=1,
            actor="x",
            expected_row_version=1,
            user_id=user,
        )


def _import(
    factory: sessionmaker[Session], s: Settings, _ids: dict[str, int], user: str | None
) -> Any:
    raw = json.dumps(f.document(sessions=[f.session("T-9")])).encode()
    browse.import_upload(
        factory, raw, source="t.json", account="acme", settings=s, actor="x", user_id=user
    )


def _analyze_now(
    factory: sessionmaker[Session], s: Settings, _ids: dict[str, int], user: str | None
) -> Any:
    # no sessions named: the role check is all that runs, so the analyzer is not exercised
    browse.analyze_now(
        factory,
        account="acme",
        external_ids=[],
        settings=s,
        provider=OfflineProvider(),
        user_id=user,
    )


def _run_now(
    factory: sessionmaker[Session], s: Settings, _ids: dict[str, int], user: str | None
) -> Any:
    report = scheduler.run_batch(
        factory,
        settings=s,
        provider=OfflineProvider(),
        trigger="button",
        account="acme",
        user_id=user,
    )
    assert report.total == 0  # nothing waits in this world


def _webhook(
    factory: sessionmaker[Session], _s: Settings, _ids: dict[str, int], user: str | None
) -> Any:
    with dbmod.transaction(factory) as db:
        webhooks.set_webhook(db, account="acme", url="https://hooks.example.com/x", user_id=user)


def _schedule(
    factory: sessionmaker[Session], _s: Settings, _ids: dict[str, int], user: str | None
) -> Any:
    with dbmod.transaction(factory) as db:
        scheduler.set_schedule(
            db, enabled=True, interval_minutes=5, actor="x", now=NOW, account="acme", user_id=user
        )


def _mark_read(
    factory: sessionmaker[Session], _s: Settings, _ids: dict[str, int], user: str | None
) -> Any:
    with dbmod.transaction(factory) as db:
        assert notify.mark_read(db, account="acme", ids=None, user_id=user) == 1


REVIEWER_ACTIONS: dict[str, tuple[Action, str]] = {
    "approve": (_approve, "approving"),
    "reject": (_reject, "rejecting"),
    "edit": (_edit, "editing a proposal"),
    "merge": (_merge, "merging proposals"),
    "bulk approve": (_bulk_approve, "approving"),
    "bulk reject": (_bulk_reject, "rejecting"),
    "rollback": (_rollback, "rolling back a flow"),
    "import": (_import, "importing"),
    "analyze now": (_analyze_now, "analysing sessions"),
    "run now": (_run_now, "running analysis"),
    "mark read": (_mark_read, "marking read"),
}
ADMIN_ACTIONS: dict[str, tuple[Action, str]] = {
    "webhook": (_webhook, "changing the webhook"),
    "schedule": (_schedule, "changing the schedule"),
}
ALL_ACTIONS = REVIEWER_ACTIONS | ADMIN_ACTIONS


def refused(
    action: Action,
    factory: sessionmaker[Session],
    settings: Settings,
    world: dict[str, int],
    user: str,
) -> str:
    """Run `action` as `user`, expecting Forbidden and no change; returns the message."""
    before = snapshot(factory)
    with pytest.raises(Forbidden) as caught:
        action(factory, settings, world, user)
    assert snapshot(factory) == before, "a refused action changed nothing"
    return caught.value.message


# --- the checks in the functions ---------------------------------------------------------------


@pytest.mark.parametrize("name", list(REVIEWER_ACTIONS))
def test_a_viewer_is_refused_and_a_reviewer_allowed(
    name: str, factory: sessionmaker[Session], settings: Settings, world: dict[str, int]
) -> None:
    action, words = REVIEWER_ACTIONS[name]
    message = refused(action, factory, settings, world, VIEWER)
    assert message == (
        f"vic@example.com is a viewer in account 'acme'; {words} needs the reviewer role."
    )
    before = snapshot(factory)
    action(factory, settings, world, REVIEWER)
    if name not in ("analyze now", "run now"):
        assert snapshot(factory) != before, "the reviewer's action did something"


@pytest.mark.parametrize("name", list(ADMIN_ACTIONS))
def test_only_an_admin_may_change_webhook_and_schedule(
    name: str, factory: sessionmaker[Session], settings: Settings, world: dict[str, int]
) -> None:
    action, words = ADMIN_ACTIONS[name]
    assert refused(action, factory, settings, world, REVIEWER) == (
        f"rae@example.com is a reviewer in account 'acme'; {words} needs the admin role."
    )
    refused(action, factory, settings, world, VIEWER)
    action(factory, settings, world, ADMIN)
    after = snapshot(factory)
    assert after["webhook"] or after["schedule"]


@pytest.mark.parametrize("name", list(ALL_ACTIONS))
def test_no_membership_and_not_signed_in_are_refused(
    name: str, factory: sessionmaker[Session], settings: Settings, world: dict[str, int]
) -> None:
    action, _ = ALL_ACTIONS[name]
    stranger = refused(action, factory, settings, world, STRANGER)
    assert stranger.startswith("eve@example.com has no role in account 'acme'")
    assert stranger.endswith("Ask an admin of the account to add you.")
    anonymous = refused(action, factory, settings, world, auth.ANONYMOUS)
    assert anonymous.startswith("You are not signed in;")


@pytest.mark.parametrize("name", list(ALL_ACTIONS))
def test_local_mode_and_the_command_line_are_not_checked(
    name: str, factory: sessionmaker[Session], settings: Settings, world: dict[str, int]
) -> None:
    action, _ = ALL_ACTIONS[name]
    with dbmod.transaction(factory) as db:  # nobody holds a role at all
        db.query(Membership).delete()
    action(factory, settings, world, None)


def test_a_role_counts_only_in_its_own_account(
    factory: sessionmaker[Session], settings: Settings, world: dict[str, int]
) -> None:
    """The viewer of acme is an admin of 'other'; that does not let them approve in acme."""
    with factory() as db:
        assert auth.role_in(db, account="other", user_id=VIEWER) == "admin"
    refused(_approve, factory, settings, world, VIEWER)


def test_user_ids_compare_e_mail_addresses_without_case(
    factory: sessionmaker[Session], settings: Settings, world: dict[str, int]
) -> None:
    _approve(factory, settings, world, "  Rae@Example.COM ")
    with factory() as db:
        assert db.get(Proposal, world["a"]).status == "approved"  # type: ignore[union-attr]


# --- granting and revoking ---------------------------------------------------------------------


def _events(factory: sessionmaker[Session], action: str) -> list[AuditEvent]:
    with factory() as db:
        query = select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id)
        return list(db.scalars(query))


def test_grant_records_who_changed_whose_role(factory: sessionmaker[Session]) -> None:
    with dbmod.transaction(factory) as db:
        member = auth.grant(
            db, account="acme", user_id="Kim@Example.com", role="viewer", actor="ops"
        )
        auth.grant(db, account="acme", user_id="kim@example.com", role="admin", actor="ops")
    assert member.user_id == "kim@example.com"
    with factory() as db:
        assert auth.role_in(db, account="acme", user_id="kim@example.com") == "admin"
        assert db.scalar(select(func.count(Membership.id))) == 1, "a new role replaces the old"
    first, second = _events(factory, "membership.granted")
    assert (first.actor, first.details) == (
        "ops",
        {"user_id": "kim@example.com", "role": "viewer", "previous": None},
    )
    assert second.details["previous"] == "viewer" and second.details["role"] == "admin"
    with factory() as db:
        assert first.account_id == get_account(db, "acme").id


def test_grant_creates_the_account_for_the_first_admin(factory: sessionmaker[Session]) -> None:
    with dbmod.transaction(factory) as db:
        auth.grant(db, account="fresh", user_id="ada@example.com", role="admin", actor="cli")
    with factory() as db:
        assert auth.accounts_of(db, user_id="ada@example.com") == {"fresh": "admin"}


def test_revoke_removes_the_role_with_an_audit_event(
    factory: sessionmaker[Session], world: dict[str, int]
) -> None:
    with dbmod.transaction(factory) as db:
        assert auth.revoke(db, account="acme", user_id=REVIEWER, actor="ops") == "reviewer"
    with factory() as db:
        assert auth.role_in(db, account="acme", user_id=REVIEWER) is None
    [event] = _events(factory, "membership.revoked")
    assert event.actor == "ops" and event.details == {"user_id": REVIEWER, "role": "reviewer"}
    with dbmod.transaction(factory) as db, pytest.raises(NotFound, match="nothing to revoke"):
        auth.revoke(db, account="acme", user_id=REVIEWER, actor="ops")


@pytest.mark.parametrize(
    ("user", "role", "problem"),
    [
        ("kim@example.com", "owner", "There is no role 'owner'"),
        ("kim example", "viewer", "is not a user id"),
        ("", "viewer", "is not a user id"),
        (auth.ANONYMOUS, "viewer", "is not a user id"),
    ],
)
def test_grant_refuses_unknown_roles_and_malformed_users(
    factory: sessionmaker[Session], user: str, role: str, problem: str
) -> None:
    with dbmod.transaction(factory) as db, pytest.raises(InvalidInput, match=problem):
        auth.grant(db, account="acme", user_id=user, role=role, actor="ops")


def test_members_and_accounts_of(factory: sessionmaker[Session], world: dict[str, int]) -> None:
    with factory() as db:
        listed = [(m.user_id, m.role) for m in auth.members(db, account="acme")]
        mine = auth.accounts_of(db, user_id=VIEWER)
    assert listed == [(ADMIN, "admin"), (REVIEWER, "reviewer"), (VIEWER, "viewer")]
    assert mine == {"acme": "viewer", "other": "admin"}


def test_the_role_commands(factory: sessionmaker[Session], world: dict[str, int]) -> None:
    granted = auth.grant_command(
        factory, account="acme", user_id="Kim@example.com", role="reviewer"
    )
    assert granted["text"] == "kim@example.com is now a reviewer in account acme."
    listing = auth.list_command(factory, account="acme")
    assert "  reviewer  kim@example.com" in listing["text"].splitlines()
    assert {"user_id": "kim@example.com", "role": "reviewer"}.items() <= listing["json"][1].items()
    revoked = auth.revoke_command(factory, account="acme", user_id="kim@example.com")
    assert revoked["json"] == {
        "account": "acme",
        "user_id": "kim@example.com",
        "revoked": "reviewer",
    }
    with factory() as db:
        assert auth.role_in(db, account="acme", user_id="kim@example.com") is None
