"""an index of the sessions waiting for analysis, in id order

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

READY_WHERE = "analysis_state IN ('pending', 'deferred', 'retry')"


def upgrade() -> None:
    op.create_index(
        "ix_support_sessions_ready",
        "support_sessions",
        ["id"],
        unique=False,
        sqlite_where=sa.text(READY_WHERE),
        postgresql_where=sa.text(READY_WHERE),
    )


def downgrade() -> None:
    op.drop_index("ix_support_sessions_ready", table_name="support_sessions")
