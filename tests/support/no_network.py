"""A guard that makes any connection off this machine fail at once during tests.

Loopback (127.0.0.0/8, ::1, `localhost`) and unix sockets stay open, so SQLite, the local
PostgreSQL and a local Streamlit server keep working; anything else raises before a packet
leaves, so a test can never reach the real Anthropic API (or any other service).
"""

from __future__ import annotations

import ipaddress
import socket
from typing import Any

import pytest


class NetworkBlocked(RuntimeError):
    """A test tried to connect to an address off this machine."""


def is_local(family: int, address: Any) -> bool:
    """Whether a socket address is a unix socket or a loopback address."""
    if family == getattr(socket, "AF_UNIX", object()) or isinstance(address, str | bytes):
        return True
    if not isinstance(address, tuple) or not address:
        return False
    host = str(address[0]).split("%", 1)[0]
    if host == "localhost":
        return True
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return ip.ipv4_mapped.is_loopback
    return ip.is_loopback


def block_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Patch `socket.socket.connect` and `connect_ex` to refuse non-local addresses."""
    for name in ("connect", "connect_ex"):
        monkeypatch.setattr(socket.socket, name, _guarded(getattr(socket.socket, name)))


def _guarded(original: Any) -> Any:
    """Wrap a connect method so it raises NetworkBlocked for a non-local address."""

    def connect(sock: socket.socket, address: Any) -> Any:
        if not is_local(sock.family, address):
            raise NetworkBlocked(f"Tests may not use the network: connection to {address!r}")
        return original(sock, address)

    return connect
