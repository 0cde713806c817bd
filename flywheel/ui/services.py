"""One engine and session factory per server process, migrated on first use."""

from __future__ import annotations

import streamlit as st
from sqlalchemy.orm import Session, sessionmaker

from flywheel import db as dbmod
from flywheel.config import Settings, get_settings
from flywheel.errors import FlywheelError


@st.cache_resource(show_spinner="Opening the database...")
def _factory(database_url: str) -> sessionmaker[Session]:
    engine = dbmod.make_engine(database_url)
    dbmod.upgrade(engine)
    return dbmod.session_factory(engine)


def settings() -> Settings:
    return get_settings()


def session_factory() -> sessionmaker[Session]:
    """The process-wide session factory for the configured database."""
    return _factory(settings().database_url)


def show_error(error: FlywheelError) -> None:
    """The one way pages show an error the user can act on."""
    st.error(error.message, icon=":material/error:")
