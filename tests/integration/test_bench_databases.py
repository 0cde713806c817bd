"""The benchmark's PostgreSQL settings: autovacuum on for a run, the server left as found."""

from __future__ import annotations

from sqlalchemy import create_engine, text

from bench.databases import autovacuum_as_shipped
from tests.conftest import _pg_admin_url


def _autovacuum(admin_url: str) -> str:
    engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            return str(conn.scalar(text("SHOW autovacuum")))
    finally:
        engine.dispose()


def test_a_run_has_autovacuum_on_and_leaves_the_server_as_it_found_it(
    postgres_database: str,
) -> None:
    admin_url = _pg_admin_url()
    before = _autovacuum(admin_url)
    with autovacuum_as_shipped(admin_url) as said:
        during = _autovacuum(admin_url)
    assert during == "on", said
    assert said == "on" if before == "on" else said.startswith("on for the run")
    assert _autovacuum(admin_url) == before
