"""Mentor signing: the signer's public key on a sign-off, sealed mentor keys, mentor cards.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Nullable columns: SQLite adds them in place (ALTER TABLE ADD COLUMN), no table copy.
    with op.batch_alter_table("signoff", schema=None) as batch_op:
        batch_op.add_column(sa.Column("public_key", sa.String(), nullable=True))
    with op.batch_alter_table("mentor", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sealed_key", sa.String(), nullable=True))
    op.create_table(
        "mentor_card",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("organisation", sa.String(), nullable=False),
        sa.Column("sector", sa.String(), nullable=False),
        sa.Column("public_key", sa.String(), nullable=False),
        sa.Column("fingerprint", sa.String(), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "sector IN ('social_profit', 'local_government')", name="ck_mentor_card_sector"
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("public_key", name="uq_mentor_card_public_key"),
    )


def downgrade() -> None:
    op.drop_table("mentor_card")
    with op.batch_alter_table("mentor", schema=None) as batch_op:
        batch_op.drop_column("sealed_key")
    with op.batch_alter_table("signoff", schema=None) as batch_op:
        batch_op.drop_column("public_key")
