"""Webhooks: each notification POSTed as signed JSON to the account's URL, with retries and a log.

`notify.notify` queues a delivery in the caller's transaction (so a rolled-back proposal never
announces itself); `deliver_due`, called by the worker loop or `flywheel webhook deliver`,
claims what is due, sends it outside any transaction and records the outcome. Delivery is at
least once: a worker killed mid-send leaves its claim to expire and the delivery is sent again,
so receivers should ignore a repeated `X-Flywheel-Delivery` id.

Receivers check `X-Flywheel-Signature: sha256=<hex>`, the HMAC-SHA256 of
"<X-Flywheel-Timestamp>.<raw body>" keyed with the account's secret (`verify_signature`).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import urllib.error
import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.client import HTTPException
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import ColumnElement, or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from flywheel import auth
from flywheel import db as dbmod
from flywheel.accounts import get_account
from flywheel.db import transaction
from flywheel.errors import InvalidInput
from flywheel.models import Account, AuditEvent, Notification, WebhookDelivery, utcnow

PENDING, DELIVERED, FAILED, CANCELLED = "pending", "delivered", "failed", "cancelled"
MAX_ATTEMPTS = 8
FIRST_BACKOFF = timedelta(seconds=30)
MAX_BACKOFF = timedelta(hours=1)
SEND_TIMEOUT = 5.0
# a claim outlives the worst batch (DEFAULT_BATCH sends of a few timeouts each)
CLAIM_LEASE = timedelta(minutes=10)
DEFAULT_BATCH = 20
SIGNATURE_TOLERANCE = timedelta(minutes=5)
MAX_URL_LENGTH = 2000
MIN_SECRET_LENGTH, MAX_SECRET_LENGTH = 16, 200
USER_AGENT = "knowledge-flywheel-webhooks/1"


@dataclass(frozen=True)
class Reply:
    """What a receiver answered: its HTTP status and the start of its body (for the log)."""

    status: int
    text: str = ""


# send(url, body, headers) -> Reply; raises OSError when nothing usable came back
Sender = Callable[[str, bytes, Mapping[str, str]], Reply]


# --- signing ----------------------------------------------------------------------------------


def sign(secret: str, timestamp: str | int, body: bytes | str) -> str:
    """The signature header value: "sha256=" + hex HMAC-SHA256 of "<timestamp>.<body>"."""
    raw = body.encode("utf-8") if isinstance(body, str) else body
    message = f"{timestamp}.".encode() + raw
    return "sha256=" + hmac.new(secret.encode("utf-8"), message, hashlib.sha256).hexdigest()


def verify_signature(
    secret: str,
    timestamp: str | int,
    body: bytes | str,
    header: str | None,
    *,
    now: datetime | None = None,
    tolerance: timedelta = SIGNATURE_TOLERANCE,
) -> bool:
    """Whether `header` signs this timestamp and body with `secret` (constant-time compare).

    Receivers pass `now` to also refuse timestamps further than `tolerance` from it (replays).
    """
    stamp = str(timestamp)
    if not header or not stamp.isdigit():
        return False
    if now is not None and abs(now.timestamp() - int(stamp)) > tolerance.total_seconds():
        return False
    expected = sign(secret, stamp, body).encode("ascii")
    return hmac.compare_digest(expected, header.strip().encode("utf-8", "replace"))


def backoff(attempts: int) -> timedelta:
    """The wait after the `attempts`-th failed attempt: 30 s doubling, at most an hour."""
    return min(FIRST_BACKOFF * 2 ** max(attempts - 1, 0), MAX_BACKOFF)


# --- configuration ----------------------------------------------------------------------------


def check_url(url: str) -> str:
    """An absolute http(s) URL with a host, or InvalidInput saying what is wrong with it."""
    url = url.strip()
    if not url:
        raise InvalidInput("The webhook URL is empty.")
    if len(url) > MAX_URL_LENGTH:
        raise InvalidInput(f"The webhook URL is longer than {MAX_URL_LENGTH} characters.")
    if any(ch.isspace() or ord(ch) < 32 for ch in url):
        raise InvalidInput("The webhook URL must not contain spaces or control characters.")
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        raise InvalidInput(f"The webhook URL must start with http:// or https:// (got {url!r}).")
    if not parts.hostname:
        raise InvalidInput(f"The webhook URL {url!r} has no host name.")
    if parts.username is not None or parts.password is not None:
        raise InvalidInput(
            "The webhook URL must not contain a user name or password; "
            "receivers authenticate requests by their signature."
        )
    try:
        parts.port  # noqa: B018 - parsing the port is the check
    except ValueError:
        raise InvalidInput(f"The webhook URL {url!r} has an invalid port.") from None
    return url


def _check_secret(secret: str) -> str:
    if secret != secret.strip() or not MIN_SECRET_LENGTH <= len(secret) <= MAX_SECRET_LENGTH:
        raise InvalidInput(
            f"The webhook secret must be {MIN_SECRET_LENGTH} to {MAX_SECRET_LENGTH} characters "
            "without surrounding spaces; leave it out to have one generated."
        )
    return secret


def set_webhook(
    db: Session,
    *,
    account: str,
    url: str | None,
    secret: str | None = None,
    actor: str = "system",
    user_id: str | None = None,
) -> Account:
    """Point an account's notifications at `url` (None turns webhooks off). The caller commits.

    Without `secret` the account keeps its secret, or gets a random one if it has none; turning
    off forgets the secret and cancels undelivered notifications. Pending deliveries follow a
    changed URL, so fixing a typo also fixes the retries. `user_id` (when signed in) must be
    an admin of the account.
    """
    auth.require(
        db, account=account, user_id=user_id, role=auth.ADMIN, action="changing the webhook"
    )
    target = get_account(db, account)
    if url is None:
        _turn_off(db, target)
    else:
        target.webhook_url = check_url(url)
        target.webhook_secret = (
            _check_secret(secret) if secret else target.webhook_secret or secrets.token_hex(32)
        )
        _pending_of(db, target.id, url=target.webhook_url)
    details = {"url": target.webhook_url, "secret_given": bool(secret)}
    db.add(
        AuditEvent(
            account_id=target.id,
            actor=actor,
            action="webhook.set" if url else "webhook.off",
            entity_type="account",
            entity_id=target.id,
            details=details,
        )
    )
    db.flush()
    return target


def _turn_off(db: Session, account: Account) -> None:
    account.webhook_url = None
    account.webhook_secret = None
    _pending_of(db, account.id, status=CANCELLED, last_error="The webhook was turned off.")


def _pending_of(db: Session, account_id: int, **values: Any) -> None:
    """Change every undelivered delivery of an account (new URL, or cancelled)."""
    db.execute(
        update(WebhookDelivery)
        .where(WebhookDelivery.account_id == account_id, WebhookDelivery.status == PENDING)
        .values(**values)
        .execution_options(synchronize_session=False)
    )


def enqueue(db: Session, notification: Notification) -> WebhookDelivery | None:
    """Queue a notification for its account's webhook, in the caller's transaction; None when
    the account has no webhook."""
    account = db.get(Account, notification.account_id)
    if account is None or not account.webhook_url:
        return None
    if notification.id is None:
        db.flush()
    delivery = WebhookDelivery(
        account_id=account.id,
        notification_id=notification.id,
        url=account.webhook_url,
        status=PENDING,
        attempts=0,
    )
    db.add(delivery)
    return delivery


# --- delivering -------------------------------------------------------------------------------


@dataclass
class DeliveryReport:
    """What one `deliver_due` call did: how many deliveries ended in each state."""

    counts: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def add(self, outcome: str) -> None:
        self.counts[outcome] = self.counts.get(outcome, 0) + 1


def _due(now: datetime) -> list[ColumnElement[bool]]:
    return [
        WebhookDelivery.status == PENDING,
        or_(WebhookDelivery.next_attempt_at.is_(None), WebhookDelivery.next_attempt_at <= now),
    ]


def claim_due(
    db: Session, *, now: datetime, limit: int = DEFAULT_BATCH, lease: timedelta = CLAIM_LEASE
) -> list[int]:
    """Claim up to `limit` due deliveries, oldest first, by moving their next attempt past the
    lease; concurrent callers never get the same one (a conditional UPDATE, SKIP LOCKED on
    PostgreSQL). A claim that is never settled (a killed worker) is due again after `lease`.
    Commits."""
    return dbmod.claim(
        db,
        id_column=WebhookDelivery.id,
        where=_due(now),
        limit=limit,
        values={"next_attempt_at": now + lease},
    )


def deliver_due(
    factory: sessionmaker[Session],
    *,
    now: datetime,
    send: Sender | None = None,
    limit: int = DEFAULT_BATCH,
    lease: timedelta = CLAIM_LEASE,
) -> DeliveryReport:
    """Send up to `limit` due deliveries and record each outcome (delivered, retrying, failed,
    cancelled). Safe to run in several processes at once; no transaction is open while sending.
    """
    now = now if now.tzinfo else now.replace(tzinfo=UTC)
    report = DeliveryReport()
    with factory() as db:
        claimed = claim_due(db, now=now, limit=limit, lease=lease)
    for delivery_id in claimed:
        report.add(_deliver_one(factory, delivery_id, now=now, send=send or http_send))
    return report


@dataclass(frozen=True)
class _Outgoing:
    url: str
    body: bytes
    headers: dict[str, str]


def _deliver_one(
    factory: sessionmaker[Session], delivery_id: int, *, now: datetime, send: Sender
) -> str:
    with factory() as db:
        outgoing = _prepare(db, delivery_id, now=now)
        db.commit()
    if outgoing is None:
        return CANCELLED
    reply, error = _attempt(send, outgoing)
    with transaction(factory) as db:
        return _record(db, delivery_id, now=now, reply=reply, error=error)


def _attempt(send: Sender, outgoing: _Outgoing) -> tuple[Reply | None, str | None]:
    """Send once: the reply (if any) and an error message unless it was a 2xx."""
    try:
        reply = send(outgoing.url, outgoing.body, outgoing.headers)
    except OSError as exc:
        return None, _transport_error(exc)
    return reply, None if 200 <= reply.status < 300 else _reply_error(reply)


def _prepare(db: Session, delivery_id: int, *, now: datetime) -> _Outgoing | None:
    """The request for a claimed delivery, or None (and the delivery cancelled) when its
    account no longer has a webhook."""
    row = db.execute(
        select(WebhookDelivery, Notification, Account)
        .join(Notification, Notification.id == WebhookDelivery.notification_id)
        .join(Account, Account.id == WebhookDelivery.account_id)
        .where(WebhookDelivery.id == delivery_id)
    ).one_or_none()
    if row is None:
        return None
    delivery, note, account = row
    if delivery.status != PENDING:
        return None
    if not account.webhook_url or not account.webhook_secret:
        delivery.status, delivery.next_attempt_at = CANCELLED, None
        delivery.last_error = "The webhook was turned off."
        return None
    body = encode_body(delivery_id=delivery.id, account=account.slug, notification=note)
    stamp = str(int(now.timestamp()))
    headers = {
        "Content-Type": "application/json",
        "User-Agent": USER_AGENT,
        "X-Flywheel-Event": note.event,
        "X-Flywheel-Delivery": str(delivery.id),
        "X-Flywheel-Timestamp": stamp,
        "X-Flywheel-Signature": sign(account.webhook_secret, stamp, body),
    }
    return _Outgoing(url=delivery.url, body=body, headers=headers)


def encode_body(*, delivery_id: int, account: str, notification: Notification) -> bytes:
    """The JSON a receiver gets: delivery id, event, account slug, when, and the payload."""
    document = {
        "id": delivery_id,
        "event": notification.event,
        "account": account,
        "created_at": notification.created_at.isoformat(),
        "payload": notification.payload,
    }
    text = json.dumps(document, ensure_ascii=False, separators=(",", ":"), default=str)
    return text.encode("utf-8")


def _record(
    db: Session, delivery_id: int, *, now: datetime, reply: Reply | None, error: str | None
) -> str:
    """Write one attempt's outcome: delivered, retrying after the back-off, or failed."""
    delivery = db.get(WebhookDelivery, delivery_id, populate_existing=True)
    if delivery is None:
        return CANCELLED
    delivery.attempts += 1
    if delivery.status != PENDING and error is not None:
        return delivery.status  # turned off while in flight: stays cancelled
    delivery.last_status_code = reply.status if reply is not None else None
    delivery.last_error = error
    if error is None:
        delivery.status, delivery.delivered_at, delivery.next_attempt_at = DELIVERED, now, None
        return DELIVERED
    if delivery.attempts >= MAX_ATTEMPTS:
        delivery.status, delivery.next_attempt_at = FAILED, None
        return FAILED
    delivery.next_attempt_at = now + backoff(delivery.attempts)
    return "retrying"


def _reply_error(reply: Reply) -> str:
    text = " ".join(reply.text.split())[:200]
    return f"HTTP {reply.status}" + (f": {text}" if text else "")


def _transport_error(exc: OSError) -> str:
    reason = exc.reason if isinstance(exc, urllib.error.URLError) else exc
    return f"{type(reason).__name__}: {reason}"[:500]


# --- the HTTP client --------------------------------------------------------------------------


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """Redirects are answers like any other non-2xx: recorded, not followed (a POST must not
    silently become a GET to somewhere else)."""

    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


_OPENER = urllib.request.build_opener(_NoRedirect)


def http_send(
    url: str, body: bytes, headers: Mapping[str, str], *, timeout: float = SEND_TIMEOUT
) -> Reply:
    """POST `body` to `url` with the standard library; any HTTP status is a Reply, while a
    connection failure, a timeout or a garbled answer raises OSError."""
    request = urllib.request.Request(url, data=body, headers=dict(headers), method="POST")
    try:
        with _OPENER.open(request, timeout=timeout) as response:
            return Reply(response.status, _snippet(response.read(4096)))
    except urllib.error.HTTPError as exc:
        with exc:
            return Reply(exc.code, _snippet(exc.read(4096)))
    except (HTTPException, ValueError) as exc:
        raise OSError(f"{type(exc).__name__}: {exc}") from exc


def _snippet(raw: bytes) -> str:
    return raw.decode("utf-8", "replace")[:500]


# --- the log ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class LogEntry:
    """One line of the delivery log, with its notification's event."""

    id: int
    notification_id: int
    event: str
    url: str
    status: str
    attempts: int
    last_status_code: int | None
    last_error: str | None
    created_at: datetime
    next_attempt_at: datetime | None
    delivered_at: datetime | None


def deliveries(
    db: Session, *, account: str, limit: int = 50, status: str | None = None
) -> list[LogEntry]:
    """An account's deliveries, newest first (optionally only those in one status)."""
    account_id = get_account(db, account).id
    query = (
        select(WebhookDelivery, Notification.event)
        .join(Notification, Notification.id == WebhookDelivery.notification_id)
        .where(WebhookDelivery.account_id == account_id)
        .order_by(WebhookDelivery.id.desc())
        .limit(limit)
    )
    if status is not None:
        query = query.where(WebhookDelivery.status == status)
    return [_entry(d, event) for d, event in db.execute(query)]


def _entry(delivery: WebhookDelivery, event: str) -> LogEntry:
    return LogEntry(
        id=delivery.id,
        notification_id=delivery.notification_id,
        event=event,
        url=delivery.url,
        status=delivery.status,
        attempts=delivery.attempts,
        last_status_code=delivery.last_status_code,
        last_error=delivery.last_error,
        created_at=delivery.created_at,
        next_attempt_at=delivery.next_attempt_at,
        delivered_at=delivery.delivered_at,
    )


# --- the `flywheel webhook ...` commands (the CLI wires these; results as {"text", "json"}) ---


def set_command(
    factory: sessionmaker[Session], *, account: str, url: str, secret: str | None = None
) -> dict[str, Any]:
    """`flywheel webhook set URL [--secret S]`: shows the secret the receiver must use."""
    with transaction(factory) as db:
        target = set_webhook(db, account=account, url=url, secret=secret, actor="cli")
        found = {"account": account, "url": target.webhook_url, "secret": target.webhook_secret}
    text = (
        f"Notifications of account {account} now go to {found['url']}\n"
        f"Signing secret (configure it in the receiver): {found['secret']}"
    )
    return {"text": text, "json": found}


def off_command(factory: sessionmaker[Session], *, account: str) -> dict[str, Any]:
    """`flywheel webhook off`: stop sending, cancel what was not yet delivered."""
    with transaction(factory) as db:
        set_webhook(db, account=account, url=None, actor="cli")
    return {
        "text": f"Webhook of account {account} turned off.",
        "json": {"account": account, "url": None},
    }


def deliver_command(
    factory: sessionmaker[Session], *, limit: int = DEFAULT_BATCH, send: Sender | None = None
) -> dict[str, Any]:
    """`flywheel webhook deliver`: send what is due now, one batch."""
    report = deliver_due(factory, now=utcnow(), limit=limit, send=send)
    lines = [f"Attempted {report.total} webhook deliver{'y' if report.total == 1 else 'ies'}."]
    lines += [f"  {outcome}: {n}" for outcome, n in sorted(report.counts.items())]
    return {"text": "\n".join(lines), "json": report.counts}


def log_command(factory: sessionmaker[Session], *, account: str, limit: int = 20) -> dict[str, Any]:
    """`flywheel webhook log`: the account's webhook and its latest deliveries."""
    with factory() as db:
        url = get_account(db, account).webhook_url
        entries = deliveries(db, account=account, limit=limit)
    lines = [f"Webhook of account {account}: {url or 'off'}"]
    lines += [_log_line(e) for e in entries] or ["  no deliveries yet"]
    return {"text": "\n".join(lines), "json": [e.__dict__ for e in entries]}


def _log_line(entry: LogEntry) -> str:
    code = entry.last_status_code if entry.last_status_code is not None else "-"
    when = entry.delivered_at or entry.next_attempt_at
    tail = f" next {when:%Y-%m-%d %H:%M:%S}Z" if entry.status == PENDING and when else ""
    error = f"  {entry.last_error}" if entry.last_error and entry.status != DELIVERED else ""
    return (
        f"{entry.id:>6}  {entry.status:<9} {entry.event:<18} tries {entry.attempts}"
        f"  http {code}{tail}{error}"
    )
