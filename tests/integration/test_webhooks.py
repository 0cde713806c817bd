"""Webhooks end to end on SQLite and PostgreSQL, delivered to a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from functools import partial
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from flywheel import notify, webhooks
from flywheel.accounts import ensure_account
from flywheel.config import Settings
from flywheel.db import transaction
from flywheel.errors import InvalidInput, NotFound
from flywheel.models import Account, AuditEvent, Notification, WebhookDelivery
from tests.analysis_support import MFA_QUESTIONS, analyze, load, novel_session, rows
from tests.integration.test_analyzer import NOW

SECRET = "s3cret-for-the-receiver-0123456789"


@dataclass(frozen=True)
class Received:
    path: str
    headers: dict[str, str]
    body: bytes


class Receiver:
    """A real HTTP server on 127.0.0.1 that records each POST and answers from a script
    of status codes (200 once the script runs out)."""

    def __init__(self) -> None:
        self.requests: list[Received] = []
        self.statuses: list[int] = []
        self._lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        # a short poll keeps shutdown() quick at teardown
        self._thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/hooks/flywheel"

    def _answer(self, received: Received) -> int:
        with self._lock:
            self.requests.append(received)
            return self.statuses.pop(0) if self.statuses else 200

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - the name http.server dispatches to
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                headers = {k.lower(): v for k, v in self.headers.items()}
                status = receiver._answer(Received(self.path, headers, body))
                reply = b"ok" if status < 300 else b"receiver is broken today"
                self.send_response(status)
                if 300 <= status < 400:
                    self.send_header("Location", receiver.url + "/elsewhere")
                self.send_header("Content-Length", str(len(reply)))
                self.end_headers()
                self.wfile.write(reply)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        return Handler

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self._thread.join()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    server = Receiver()
    yield server
    server.close()


@pytest.fixture
def dead_url() -> Iterator[str]:
    """A port on 127.0.0.1 held by a socket that does not listen: connections are refused."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        yield f"http://127.0.0.1:{sock.getsockname()[1]}/hook"


@pytest.fixture
def silent_url() -> Iterator[str]:
    """A listening port that never accepts: the request goes out and no answer comes."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(8)
        yield f"http://127.0.0.1:{sock.getsockname()[1]}/hook"


def _hook(factory: sessionmaker[Session], url: str | None, *, account: str = "acme") -> Account:
    with transaction(factory) as db:
        ensure_account(db, account)
        return webhooks.set_webhook(db, account=account, url=url, secret=SECRET if url else None)


def _notify(factory: sessionmaker[Session], n: int = 1, *, account: str = "acme") -> None:
    with transaction(factory) as db:
        account_id = ensure_account(db, account).id
        for i in range(n):
            notify.notify(db, account_id=account_id, event="proposal.pending", payload={"i": i})


def _delivery(factory: sessionmaker[Session]) -> WebhookDelivery:
    [delivery] = rows(factory, WebhookDelivery)
    return delivery


def _analyze_novel(factory: sessionmaker[Session], settings: Settings) -> None:
    session = novel_session("N-1", "MFA push not arriving", MFA_QUESTIONS, "Re-registered the app")
    load(factory, sessions=[session])
    assert analyze(factory, settings, "N-1", now=NOW).outcome == "new_flow"


# --- queueing ---------------------------------------------------------------------------------


def test_analyzer_notification_queues_a_delivery_with_it(
    factory: sessionmaker[Session], settings: Settings, receiver: Receiver
) -> None:
    _hook(factory, receiver.url)
    _analyze_novel(factory, settings)
    [note] = rows(factory, Notification)
    delivery = _delivery(factory)
    assert (delivery.notification_id, delivery.account_id) == (note.id, note.account_id)
    assert (delivery.status, delivery.attempts, delivery.url) == ("pending", 0, receiver.url)
    assert delivery.next_attempt_at is None and receiver.requests == [], "sent later, not inline"


def test_a_rolled_back_notification_leaves_no_delivery(
    factory: sessionmaker[Session], receiver: Receiver
) -> None:
    _hook(factory, receiver.url)
    with factory() as db:
        account_id = ensure_account(db, "acme").id
        notify.notify(db, account_id=account_id, event="proposal.pending", payload={})
        assert len(list(db.scalars(select(WebhookDelivery)))) == 1, "queued in the transaction"
        db.rollback()
    assert rows(factory, Notification) == [] and rows(factory, WebhookDelivery) == []
    assert webhooks.deliver_due(factory, now=NOW).total == 0


def test_no_url_means_no_delivery(factory: sessionmaker[Session], settings: Settings) -> None:
    _analyze_novel(factory, settings)
    assert len(rows(factory, Notification)) == 1
    assert rows(factory, WebhookDelivery) == []
    assert webhooks.deliver_due(factory, now=NOW).total == 0


# --- delivering -------------------------------------------------------------------------------


def test_delivery_reaches_the_local_server_signed(
    factory: sessionmaker[Session], settings: Settings, receiver: Receiver
) -> None:
    _hook(factory, receiver.url)
    _analyze_novel(factory, settings)
    report = webhooks.deliver_due(factory, now=NOW)
    assert report.counts == {"delivered": 1}
    [request] = receiver.requests
    headers = request.headers
    stamp, signature = headers["x-flywheel-timestamp"], headers["x-flywheel-signature"]
    assert webhooks.verify_signature(SECRET, stamp, request.body, signature, now=NOW)
    assert not webhooks.verify_signature("another-secret-0123456", stamp, request.body, signature)
    assert stamp == str(int(NOW.timestamp())) and signature.startswith("sha256=")
    delivery = _delivery(factory)
    [note] = rows(factory, Notification)
    assert headers["content-type"] == "application/json"
    assert headers["x-flywheel-event"] == "proposal.pending"
    assert headers["x-flywheel-delivery"] == str(delivery.id)
    assert request.path == "/hooks/flywheel"
    body = json.loads(request.body)
    assert body == {
        "id": delivery.id,
        "event": "proposal.pending",
        "account": "acme",
        "created_at": note.created_at.isoformat(),
        "payload": note.payload,
    }
    assert body["payload"]["proposal_id"] is not None
    assert (delivery.status, delivery.attempts, delivery.last_status_code) == ("delivered", 1, 200)
    assert delivery.delivered_at == NOW and delivery.last_error is None
    assert webhooks.deliver_due(factory, now=NOW + timedelta(hours=2)).total == 0
    assert len(receiver.requests) == 1, "a delivered notification is not sent again"


def test_a_500_is_retried_after_the_back_off(
    factory: sessionmaker[Session], receiver: Receiver
) -> None:
    _hook(factory, receiver.url)
    _notify(factory)
    receiver.statuses = [500, 200]
    assert webhooks.deliver_due(factory, now=NOW).counts == {"retrying": 1}
    failed = _delivery(factory)
    assert (failed.status, failed.attempts, failed.last_status_code) == ("pending", 1, 500)
    assert failed.last_error == "HTTP 500: receiver is broken today"
    assert failed.next_attempt_at == NOW + timedelta(seconds=30)
    assert webhooks.deliver_due(factory, now=NOW + timedelta(seconds=29)).total == 0
    assert len(receiver.requests) == 1, "not retried before the back-off"
    later = NOW + timedelta(seconds=30)
    assert webhooks.deliver_due(factory, now=later).counts == {"delivered": 1}
    done = _delivery(factory)
    assert (done.status, done.attempts, done.last_status_code) == ("delivered", 2, 200)
    assert done.delivered_at == later and done.last_error is None
    first, second = receiver.requests
    assert first.body == second.body, "the same delivery, signed afresh"
    assert first.headers["x-flywheel-timestamp"] != second.headers["x-flywheel-timestamp"]
    with factory() as db:
        [entry] = webhooks.deliveries(db, account="acme", limit=10)
    assert (entry.status, entry.attempts, entry.event) == ("delivered", 2, "proposal.pending")


def test_an_unreachable_receiver_is_retried_with_growing_waits_then_failed(
    factory: sessionmaker[Session], dead_url: str
) -> None:
    _hook(factory, dead_url)
    _notify(factory)
    when, waits = NOW, []
    for attempt in range(1, webhooks.MAX_ATTEMPTS + 1):
        report = webhooks.deliver_due(factory, now=when)
        delivery = _delivery(factory)
        assert delivery.attempts == attempt and delivery.last_status_code is None
        assert delivery.last_error and "refused" in delivery.last_error.lower()
        if attempt == webhooks.MAX_ATTEMPTS:
            assert report.counts == {"failed": 1}
            break
        assert report.counts == {"retrying": 1} and delivery.next_attempt_at is not None
        waits.append(int((delivery.next_attempt_at - when).total_seconds()))
        when = delivery.next_attempt_at
    assert waits == [30, 60, 120, 240, 480, 960, 1920]
    assert (delivery.status, delivery.next_attempt_at) == ("failed", None)
    assert webhooks.deliver_due(factory, now=when + timedelta(days=1)).total == 0


def test_a_receiver_that_never_answers_times_out(
    factory: sessionmaker[Session], silent_url: str
) -> None:
    _hook(factory, silent_url)
    _notify(factory)
    quick = partial(webhooks.http_send, timeout=0.2)
    assert webhooks.deliver_due(factory, now=NOW, send=quick).counts == {"retrying": 1}
    delivery = _delivery(factory)
    assert delivery.last_error and "timed out" in delivery.last_error
    assert delivery.next_attempt_at == NOW + timedelta(seconds=30)


def test_a_redirect_is_recorded_not_followed(
    factory: sessionmaker[Session], receiver: Receiver
) -> None:
    _hook(factory, receiver.url)
    _notify(factory)
    receiver.statuses = [302]
    assert webhooks.deliver_due(factory, now=NOW).counts == {"retrying": 1}
    assert len(receiver.requests) == 1, "the redirect's target was not requested"
    assert _delivery(factory).last_status_code == 302


def test_batches_are_limited_and_concurrent_callers_send_each_once(
    factory: sessionmaker[Session], receiver: Receiver
) -> None:
    _hook(factory, receiver.url)
    _notify(factory, 12)
    assert webhooks.deliver_due(factory, now=NOW, limit=2).counts == {"delivered": 2}
    errors: list[BaseException] = []

    def drain() -> None:
        try:
            while webhooks.deliver_due(factory, now=NOW, limit=3).total:
                pass
        except BaseException as exc:  # noqa: BLE001 - reported by the main thread
            errors.append(exc)

    threads = [threading.Thread(target=drain) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    sent = [int(r.headers["x-flywheel-delivery"]) for r in receiver.requests]
    assert sorted(sent) == sorted(d.id for d in rows(factory, WebhookDelivery))
    assert len(set(sent)) == 12, "no delivery was sent twice"
    assert {d.status for d in rows(factory, WebhookDelivery)} == {"delivered"}


def test_an_abandoned_claim_is_taken_over_after_its_lease(
    factory: sessionmaker[Session], receiver: Receiver
) -> None:
    _hook(factory, receiver.url)
    _notify(factory, 3)
    with factory() as db:
        first = webhooks.claim_due(db, now=NOW, limit=2)
        second = webhooks.claim_due(db, now=NOW, limit=5)
        assert len(first) == 2 and len(second) == 1 and not set(first) & set(second)
        assert webhooks.claim_due(db, now=NOW) == []
    after = NOW + webhooks.CLAIM_LEASE
    assert webhooks.deliver_due(factory, now=after).counts == {"delivered": 3}


def test_turning_off_cancels_undelivered_notifications(
    factory: sessionmaker[Session], receiver: Receiver
) -> None:
    _hook(factory, receiver.url)
    _notify(factory, 2)
    receiver.statuses = [500]
    webhooks.deliver_due(factory, now=NOW, limit=1)
    _hook(factory, None)
    assert {d.status for d in rows(factory, WebhookDelivery)} == {"cancelled"}
    assert webhooks.deliver_due(factory, now=NOW + timedelta(hours=1)).total == 0
    assert len(receiver.requests) == 1
    _notify(factory)
    assert len(rows(factory, WebhookDelivery)) == 2, "nothing queued while off"


def test_a_new_url_takes_over_pending_deliveries(
    factory: sessionmaker[Session], receiver: Receiver, dead_url: str
) -> None:
    _hook(factory, dead_url)
    _notify(factory)
    assert webhooks.deliver_due(factory, now=NOW).counts == {"retrying": 1}
    _hook(factory, receiver.url)
    later = NOW + timedelta(minutes=1)
    assert webhooks.deliver_due(factory, now=later).counts == {"delivered": 1}
    assert _delivery(factory).url == receiver.url and len(receiver.requests) == 1


# --- the log and the settings -----------------------------------------------------------------


def test_the_log_lists_only_the_accounts_own_deliveries(
    factory: sessionmaker[Session], receiver: Receiver
) -> None:
    _hook(factory, receiver.url, account="acme")
    _hook(factory, receiver.url, account="globex")
    _notify(factory, 3, account="acme")
    _notify(factory, 2, account="globex")
    with factory() as db:
        acme = webhooks.deliveries(db, account="acme", limit=10)
        globex = webhooks.deliveries(db, account="globex", limit=10)
        newest = webhooks.deliveries(db, account="acme", limit=2)
        with pytest.raises(NotFound):
            webhooks.deliveries(db, account="nobody", limit=10)
    ids = {
        slug: {
            d.id
            for d in rows(factory, WebhookDelivery)
            if d.account_id == _account(factory, slug).id
        }
        for slug in ("acme", "globex")
    }
    assert {e.id for e in acme} == ids["acme"] and len(acme) == 3
    assert {e.id for e in globex} == ids["globex"] and len(globex) == 2
    assert [e.id for e in newest] == sorted(ids["acme"], reverse=True)[:2]


def _account(factory: sessionmaker[Session], slug: str) -> Account:
    [account] = rows(factory, Account, Account.slug == slug)
    return account


@pytest.mark.parametrize(
    ("url", "complaint"),
    [
        ("ftp://example.org/hook", "http:// or https://"),
        ("javascript:alert(1)", "http:// or https://"),
        ("example.org/hook", "http:// or https://"),
        ("", "empty"),
        ("https://", "no host"),
        ("https://user:pw@example.org/hook", "user name or password"),
        ("https://example.org:99999/hook", "invalid port"),
        ("https://example.org/a hook", "spaces"),
        ("https://example.org/" + "a" * 2000, "longer than"),
    ],
)
def test_bad_urls_are_refused_with_a_reason(
    factory: sessionmaker[Session], url: str, complaint: str
) -> None:
    _hook(factory, "https://example.org/good")
    with pytest.raises(InvalidInput, match=complaint):
        _hook(factory, url)
    assert _account(factory, "acme").webhook_url == "https://example.org/good"


def test_setting_generates_keeps_and_forgets_the_secret(factory: sessionmaker[Session]) -> None:
    with transaction(factory) as db:
        ensure_account(db, "acme")
        first = webhooks.set_webhook(db, account="acme", url="https://example.org/hook")
        generated = first.webhook_secret
    assert generated and len(generated) == 64 and int(generated, 16) >= 0
    with transaction(factory) as db:
        webhooks.set_webhook(db, account="acme", url="HTTPS://example.org/other")
    assert _account(factory, "acme").webhook_secret == generated, "kept when none is given"
    with transaction(factory) as db, pytest.raises(InvalidInput, match="secret"):
        webhooks.set_webhook(db, account="acme", url="https://example.org/hook", secret="short")
    _hook(factory, "https://example.org/hook")
    assert _account(factory, "acme").webhook_secret == SECRET
    _hook(factory, None)
    account = _account(factory, "acme")
    assert account.webhook_url is None and account.webhook_secret is None
    audit = [e.action for e in rows(factory, AuditEvent)]
    assert audit == ["webhook.set", "webhook.set", "webhook.set", "webhook.off"]
    with transaction(factory) as db, pytest.raises(NotFound):
        webhooks.set_webhook(db, account="nobody", url="https://example.org/hook")


def test_the_commands_report_in_words_and_json(
    factory: sessionmaker[Session], receiver: Receiver
) -> None:
    _hook(factory, None)
    shown = webhooks.set_command(factory, account="acme", url=receiver.url)
    assert shown["json"]["url"] == receiver.url and shown["json"]["secret"] in shown["text"]
    _notify(factory, 2)
    delivered = webhooks.deliver_command(factory)
    assert delivered["json"] == {"delivered": 2} and "Attempted 2" in delivered["text"]
    log = webhooks.log_command(factory, account="acme")
    assert receiver.url in log["text"] and [e["status"] for e in log["json"]] == ["delivered"] * 2
    assert "off" in webhooks.off_command(factory, account="acme")["text"]
    assert "off" in webhooks.log_command(factory, account="acme")["text"].splitlines()[0]
