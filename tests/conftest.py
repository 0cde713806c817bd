"""Shared fixtures: a real SQLite file and a real PostgreSQL database, both migrated by Alembic."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from flywheel import db as dbmod
from flywheel.config import Settings
from flywheel.models import Base
from tests.support.tools import missing

DEFAULT_PG_ADMIN_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"


def _pg_admin_url() -> str:
    return Settings(
        database_url=os.environ.get("FLYWHEEL_TEST_POSTGRES_URL", DEFAULT_PG_ADMIN_URL)
    ).database_url


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated SQLite file per run; each test gets a copy (migrating is the slow part)."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    engine = dbmod.make_engine(f"sqlite:///{path}")
    dbmod.upgrade(engine)
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    return path


def _pg_admin() -> Engine:
    """The PostgreSQL server's admin connection (the test is skipped, or fails where
    PostgreSQL is required, when it cannot be reached)."""
    admin_url = _pg_admin_url()
    try:
        admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
        with admin.connect():
            pass
    except Exception as exc:  # noqa: BLE001 - any connection failure means "not available"
        missing(
            f"PostgreSQL at {admin_url} ({type(exc).__name__})",
            variable="FLYWHEEL_REQUIRE_POSTGRES",
        )
    return admin


def _create_database(admin: Engine) -> tuple[str, str]:
    """A new empty database on the admin's server: its name and URL."""
    name = f"flywheel_test_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(admin.url).set(database=name).render_as_string(hide_password=False)
    return name, url


def _drop_databases(admin: Engine, names: list[str]) -> None:
    with admin.connect() as conn:
        for name in names:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(scope="session")
def postgres_database() -> Iterator[str]:
    """A fresh PostgreSQL database for this test run, migrated once, dropped at the end."""
    admin = _pg_admin()
    name, url = _create_database(admin)
    engine = dbmod.make_engine(url)
    dbmod.upgrade(engine)
    engine.dispose()
    try:
        yield url
    finally:
        _drop_databases(admin, [name])


@pytest.fixture
def empty_postgres_database() -> Iterator[Callable[[], str]]:
    """Makes fresh PostgreSQL databases with no schema at all (URLs), dropped afterwards."""
    admin, names = _pg_admin(), list[str]()

    def make() -> str:
        name, url = _create_database(admin)
        names.append(name)
        return url

    try:
        yield make
    finally:
        _drop_databases(admin, names)


def _empty_postgres(engine: Engine) -> None:
    tables = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
    with engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A migrated, empty database of each kind, one per test."""
    if request.param == "sqlite":
        target = tmp_path / "flywheel.db"
        shutil.copyfile(request.getfixturevalue("sqlite_template"), target)
        return f"sqlite:///{target}"
    url: str = request.getfixturevalue("postgres_url")
    return url


@pytest.fixture
def postgres_url(postgres_database: str) -> str:
    """The run's PostgreSQL database, emptied, for tests that only make sense there."""
    engine = dbmod.make_engine(postgres_database)
    _empty_postgres(engine)
    engine.dispose()
    return postgres_database


@pytest.fixture
def sqlite_url(tmp_path: Path, sqlite_template: Path) -> str:
    """A migrated, empty SQLite database, for tests whose subject is not the database
    (a file of its own, so a test may use it beside `database_url`)."""
    target = tmp_path / "standalone.db"
    shutil.copyfile(sqlite_template, target)
    return f"sqlite:///{target}"


@pytest.fixture
def settings(database_url: str) -> Settings:
    return Settings(database_url=database_url, _env_file=None)  # type: ignore[call-arg]


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    engine = dbmod.make_engine(database_url)
    yield engine
    engine.dispose()


@pytest.fixture
def factory(engine: Engine) -> sessionmaker[Session]:
    return dbmod.session_factory(engine)


@pytest.fixture
def db(factory: sessionmaker[Session]) -> Iterator[Session]:
    with factory() as session:
        yield session


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test runs with connections off this machine refused (loopback stays open)."""
    from tests.support.no_network import block_network

    block_network(monkeypatch)
