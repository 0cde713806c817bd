"""a covering index of each scope's pending proposals, for the similar-proposal look-up

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

COLUMNS = ["account_id", "status", "proposal_type", "problem_domain", "updated_at", "id", "version"]


def upgrade() -> None:
    op.create_index("ix_proposals_similarity", "proposals", COLUMNS, unique=False)


def downgrade() -> None:
    op.drop_index("ix_proposals_similarity", table_name="proposals")
