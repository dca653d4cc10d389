"""Trust: the decision and method of a sign-off, and school-vouched mentor cards.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-10
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("signoff", schema=None) as batch_op:
        batch_op.add_column(sa.Column("method", sa.String(), nullable=True))
        batch_op.add_column(
            sa.Column("decision", sa.String(), nullable=False, server_default="approve")
        )
        batch_op.add_column(sa.Column("method_data", sa.String(), nullable=True))
        batch_op.create_check_constraint("ck_signoff_decision", "decision IN ('approve', 'refuse')")
    # Every signature made before this revision is an Ed25519 key signature.
    op.execute("UPDATE signoff SET method = 'key' WHERE signature IS NOT NULL")
    op.create_table(
        "vouched_card",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("portfolio_id", sa.String(), nullable=False),
        sa.Column("public_key", sa.String(), nullable=False),
        sa.Column("document", sa.String(), nullable=False),
        sa.Column("document_sha256", sa.String(), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["portfolio_id"], ["portfolio.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("portfolio_id", "document_sha256", name="uq_vouched_card_document"),
    )
    with op.batch_alter_table("vouched_card", schema=None) as batch_op:
        batch_op.create_index("ix_vouched_card_portfolio_id", ["portfolio_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("vouched_card", schema=None) as batch_op:
        batch_op.drop_index("ix_vouched_card_portfolio_id")
    op.drop_table("vouched_card")
    with op.batch_alter_table("signoff", schema=None) as batch_op:
        batch_op.drop_constraint("ck_signoff_decision", type_="check")
        batch_op.drop_column("method_data")
        batch_op.drop_column("decision")
        batch_op.drop_column("method")
