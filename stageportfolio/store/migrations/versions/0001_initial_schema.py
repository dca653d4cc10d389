"""Initial schema: portfolio, mentors, placements, hours, activities, evidence, sign-offs.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "portfolio",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("role", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("organisation", sa.String(), nullable=False),
        sa.Column("programme", sa.String(), nullable=False),
        sa.Column("list_id", sa.String(), nullable=False),
        sa.Column("list_version", sa.Integer(), nullable=False),
        sa.Column("school_year", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("role IN ('student', 'evc')", name="ck_portfolio_role"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "activity_record",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("portfolio_id", sa.String(), nullable=False),
        sa.Column("activity_id", sa.String(), nullable=False),
        sa.Column("competence_id", sa.String(), nullable=False),
        sa.Column("proposed_level", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("reflection", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["portfolio_id"], ["portfolio.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("activity_record", schema=None) as batch_op:
        batch_op.create_index(
            "ix_activity_record_portfolio_activity", ["portfolio_id", "activity_id"], unique=False
        )

    op.create_table(
        "evidence",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("portfolio_id", sa.String(), nullable=False),
        sa.Column("stored_name", sa.String(), nullable=False),
        sa.Column("original_name", sa.String(), nullable=False),
        sa.Column("media_type", sa.String(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("sha256", sa.String(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("description", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["portfolio_id"], ["portfolio.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("evidence", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_evidence_portfolio_id"), ["portfolio_id"], unique=False
        )

    op.create_table(
        "mentor",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("portfolio_id", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("organisation", sa.String(), nullable=False),
        sa.Column("sector", sa.String(), nullable=False),
        sa.Column("email", sa.String(), nullable=False),
        sa.Column("public_key", sa.String(), nullable=True),
        sa.CheckConstraint(
            "sector IN ('social_profit', 'local_government')", name="ck_mentor_sector"
        ),
        sa.ForeignKeyConstraint(["portfolio_id"], ["portfolio.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("mentor", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mentor_portfolio_id"), ["portfolio_id"], unique=False)

    op.create_table(
        "evidence_link",
        sa.Column("evidence_id", sa.String(), nullable=False),
        sa.Column("target_id", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["evidence_id"], ["evidence.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("evidence_id", "target_id"),
    )
    with op.batch_alter_table("evidence_link", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_evidence_link_target_id"), ["target_id"], unique=False)

    op.create_table(
        "placement",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("portfolio_id", sa.String(), nullable=False),
        sa.Column("organisation", sa.String(), nullable=False),
        sa.Column("unit", sa.String(), nullable=False),
        sa.Column("context", sa.String(), nullable=False),
        sa.Column("mentor_id", sa.String(), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.CheckConstraint("end_date >= start_date", name="ck_placement_period"),
        sa.ForeignKeyConstraint(["mentor_id"], ["mentor.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["portfolio_id"], ["portfolio.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("placement", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_placement_portfolio_id"), ["portfolio_id"], unique=False
        )

    op.create_table(
        "signoff",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("portfolio_id", sa.String(), nullable=False),
        sa.Column("target_kind", sa.String(), nullable=False),
        sa.Column("target_id", sa.String(), nullable=False),
        sa.Column("level", sa.Integer(), nullable=True),
        sa.Column("mentor_id", sa.String(), nullable=True),
        sa.Column("mentor_name", sa.String(), nullable=False),
        sa.Column("comment", sa.String(), nullable=False),
        sa.Column("signed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("payload", sa.String(), nullable=True),
        sa.Column("signature", sa.String(), nullable=True),
        sa.Column("key_fingerprint", sa.String(), nullable=True),
        sa.CheckConstraint(
            "target_kind IN ('hour_entry', 'activity_record', 'competence')",
            name="ck_signoff_target_kind",
        ),
        sa.ForeignKeyConstraint(["mentor_id"], ["mentor.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["portfolio_id"], ["portfolio.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("signoff", schema=None) as batch_op:
        batch_op.create_index(
            "ix_signoff_portfolio_target",
            ["portfolio_id", "target_kind", "target_id"],
            unique=False,
        )

    op.create_table(
        "hour_entry",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("portfolio_id", sa.String(), nullable=False),
        sa.Column("placement_id", sa.String(), nullable=True),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("context", sa.String(), nullable=False),
        sa.Column("note", sa.String(), nullable=False),
        sa.Column("import_key", sa.String(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("minutes > 0 AND minutes <= 1440", name="ck_hour_entry_minutes"),
        sa.ForeignKeyConstraint(["placement_id"], ["placement.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["portfolio_id"], ["portfolio.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("portfolio_id", "import_key", name="uq_hour_entry_import_key"),
    )
    with op.batch_alter_table("hour_entry", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_hour_entry_placement_id"), ["placement_id"], unique=False
        )
        batch_op.create_index(
            "ix_hour_entry_portfolio_context", ["portfolio_id", "context", "minutes"], unique=False
        )
        batch_op.create_index("ix_hour_entry_portfolio_day", ["portfolio_id", "day"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("hour_entry", schema=None) as batch_op:
        batch_op.drop_index("ix_hour_entry_portfolio_day")
        batch_op.drop_index("ix_hour_entry_portfolio_context")
        batch_op.drop_index(batch_op.f("ix_hour_entry_placement_id"))

    op.drop_table("hour_entry")
    with op.batch_alter_table("signoff", schema=None) as batch_op:
        batch_op.drop_index("ix_signoff_portfolio_target")

    op.drop_table("signoff")
    with op.batch_alter_table("placement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_placement_portfolio_id"))

    op.drop_table("placement")
    with op.batch_alter_table("evidence_link", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_evidence_link_target_id"))

    op.drop_table("evidence_link")
    with op.batch_alter_table("mentor", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mentor_portfolio_id"))

    op.drop_table("mentor")
    with op.batch_alter_table("evidence", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_evidence_portfolio_id"))

    op.drop_table("evidence")
    with op.batch_alter_table("activity_record", schema=None) as batch_op:
        batch_op.drop_index("ix_activity_record_portfolio_activity")

    op.drop_table("activity_record")
    op.drop_table("portfolio")
