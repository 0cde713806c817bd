"""Signing and verifying webhook bodies, and the retry back-off."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from flywheel.webhooks import MAX_BACKOFF, backoff, check_url, sign, verify_signature

SECRET = "whsec-0123456789abcdef"
STAMP = "1700000000"
BODY = b'{"id":7,"event":"proposal.pending"}'
# computed independently: printf '1700000000.<body>' | openssl dgst -sha256 -hmac <secret>
EXPECTED = "sha256=4419cc026a3c81aff8ab50749a4f3e1478de7137d1339edf66ff3014723dd5db"
AT_STAMP = datetime.fromtimestamp(int(STAMP), UTC)


def test_signature_matches_an_independent_hmac_sha256() -> None:
    assert sign(SECRET, STAMP, BODY) == EXPECTED
    assert sign(SECRET, int(STAMP), BODY.decode()) == EXPECTED, "str and int forms agree"


def test_a_genuine_signature_verifies() -> None:
    assert verify_signature(SECRET, STAMP, BODY, EXPECTED)
    assert verify_signature(SECRET, int(STAMP), BODY.decode(), f"  {EXPECTED}\n")


@pytest.mark.parametrize(
    ("secret", "stamp", "body", "header"),
    [
        ("whsec-0123456789abcdeX", STAMP, BODY, EXPECTED),
        (SECRET, "1700000001", BODY, EXPECTED),
        (SECRET, STAMP, BODY + b" ", EXPECTED),
        (SECRET, STAMP, BODY, EXPECTED.removeprefix("sha256=")),
        (SECRET, STAMP, BODY, EXPECTED.upper()),
        (SECRET, STAMP, BODY, EXPECTED[:-1] + "0"),
        (SECRET, STAMP, BODY, "sha256=ü" + EXPECTED[8:]),
        (SECRET, STAMP, BODY, ""),
        (SECRET, STAMP, BODY, None),
        (SECRET, "-1700000000", BODY, EXPECTED),
        (SECRET, "17e8", BODY, EXPECTED),
    ],
)
def test_anything_altered_does_not_verify(
    secret: str, stamp: str, body: bytes, header: str | None
) -> None:
    assert not verify_signature(secret, stamp, body, header)


def test_a_stale_or_future_timestamp_is_refused_when_now_is_given() -> None:
    assert verify_signature(SECRET, STAMP, BODY, EXPECTED, now=AT_STAMP + timedelta(minutes=4))
    assert not verify_signature(SECRET, STAMP, BODY, EXPECTED, now=AT_STAMP + timedelta(hours=1))
    assert not verify_signature(SECRET, STAMP, BODY, EXPECTED, now=AT_STAMP - timedelta(hours=1))
    wide = timedelta(hours=2)
    late = AT_STAMP + timedelta(hours=1)
    assert verify_signature(SECRET, STAMP, BODY, EXPECTED, now=late, tolerance=wide)


def test_back_off_doubles_from_30_seconds_and_stops_at_an_hour() -> None:
    assert [backoff(n).total_seconds() for n in range(1, 9)] == [
        30,
        60,
        120,
        240,
        480,
        960,
        1920,
        3600,
    ]
    assert backoff(20) == MAX_BACKOFF == timedelta(hours=1)


def test_good_urls_pass_trimmed() -> None:
    assert check_url("  https://hooks.example.org:8443/flywheel?x=1 ") == (
        "https://hooks.example.org:8443/flywheel?x=1"
    )
    assert check_url("http://127.0.0.1/hook") == "http://127.0.0.1/hook"
