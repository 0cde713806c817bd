"""The inbox's read state on SQLite and PostgreSQL: marking some or every unread notification
of an account read, and never another account's (role checks are in test_auth)."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from flywheel import db as dbmod
from flywheel import notify
from flywheel.accounts import ensure_account
from flywheel.models import Notification

EARLIER = datetime(2026, 11, 1, 8, 0, tzinfo=UTC)
LATER = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def _notes(factory: sessionmaker[Session]) -> dict[str, list[int]]:
    """Three notifications in 'acme', two in 'other'; their ids by account."""
    with dbmod.transaction(factory) as db:
        found: dict[str, list[int]] = {}
        for slug, count in (("acme", 3), ("other", 2)):
            account_id = ensure_account(db, slug).id
            notes = [
                notify.notify(db, account_id=account_id, event=notify.PROPOSAL_PENDING, payload={})
                for _ in range(count)
            ]
            db.flush()
            found[slug] = [note.id for note in notes]
    return found


def _read_at(factory: sessionmaker[Session]) -> dict[int, datetime | None]:
    with factory() as db:
        rows = db.execute(select(Notification.id, Notification.read_at))
        return {row.id: row.read_at and row.read_at.replace(tzinfo=UTC) for row in rows}


def test_marking_some_read_leaves_the_rest_and_other_accounts(
    factory: sessionmaker[Session],
) -> None:
    ids = _notes(factory)
    with dbmod.transaction(factory) as db:
        asked = [ids["acme"][0], ids["other"][0]]  # an id of another account is ignored
        changed = notify.mark_read(db, account="acme", ids=asked, user_id=None, now=EARLIER)
    assert changed == 1
    read = _read_at(factory)
    assert read[ids["acme"][0]] == EARLIER
    assert [read[i] for i in ids["acme"][1:] + ids["other"]] == [None] * 4
    with factory() as db:
        assert notify.unread_count(db, account_id=ensure_account(db, "acme").id) == 2


def test_marking_all_read_keeps_when_each_was_read(factory: sessionmaker[Session]) -> None:
    ids = _notes(factory)
    with dbmod.transaction(factory) as db:
        notify.mark_read(db, account="acme", ids=ids["acme"][:1], user_id=None, now=EARLIER)
    with dbmod.transaction(factory) as db:
        changed = notify.mark_read(db, account="acme", ids=None, user_id=None, now=LATER)
    assert changed == 2, "only the unread ones"
    read = _read_at(factory)
    assert [read[i] for i in ids["acme"]] == [EARLIER, LATER, LATER]
    assert [read[i] for i in ids["other"]] == [None, None]
