"""Alembic environment: runs migrations on the engine handed over by flywheel.db.upgrade.

Processes that start together on a fresh database (the app beside its workers) each
upgrade it: the first to take the database's migration lock migrates, the others wait for
it and then find the schema current. Without the lock both created the first tables and
one stopped with "already exists".
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, Engine

from flywheel.db import advisory_lock
from flywheel.models import Base

MIGRATION_LOCK = "flywheel:migrations"


def _take_migration_lock(connection: Connection) -> None:
    """Hold the database's migration lock until this transaction ends: a transaction-scoped
    advisory lock on PostgreSQL; on SQLite, the one write lock (`BEGIN IMMEDIATE`, which
    waits out the busy timeout)."""
    if connection.dialect.name == "postgresql":
        advisory_lock(connection, MIGRATION_LOCK)
    elif connection.dialect.name == "sqlite":
        connection.exec_driver_sql("BEGIN IMMEDIATE")


engine: Engine = context.config.attributes["engine"]
with engine.connect() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        transactional_ddl=True,  # SQLite too: one transaction, so the lock spans every step
    )
    with context.begin_transaction():
        _take_migration_lock(connection)
        context.run_migrations()
    connection.commit()
