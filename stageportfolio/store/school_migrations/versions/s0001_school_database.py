"""The school database: students, placements, signers, mentor days, exports, class list and
vouched cards (SQLite and PostgreSQL alike).

Revision ID: s0001
Revises:
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "school_class_member",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("first_name", sa.Text(), nullable=False),
        sa.Column("last_name", sa.Text(), nullable=False),
        sa.Column("name_key", sa.String(length=400), nullable=False),
        sa.Column("class_name", sa.String(length=100), nullable=False),
        sa.Column("username", sa.Text(), nullable=False),
        sa.Column("number", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_school_class_member")),
    )
    with op.batch_alter_table("school_class_member", schema=None) as batch_op:
        batch_op.create_index("ix_school_class_member_name_key", ["name_key"], unique=False)

    op.create_table(
        "school_student",
        sa.Column("portfolio_id", sa.String(length=200), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("name_key", sa.String(length=400), nullable=False),
        sa.Column("organisation", sa.Text(), nullable=False),
        sa.Column("programme", sa.Text(), nullable=False),
        sa.Column("school_year", sa.String(length=20), nullable=False),
        sa.Column("list_id", sa.String(length=200), nullable=False),
        sa.Column("list_version", sa.Integer(), nullable=False),
        sa.Column("list_title", sa.Text(), nullable=False),
        sa.Column("variant_of", sa.Text(), nullable=True),
        sa.Column("list_source", sa.String(length=20), nullable=False),
        sa.Column("file_name", sa.Text(), nullable=False),
        sa.Column("file_kind", sa.String(length=10), nullable=False),
        sa.Column("exported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("content_sha256", sa.String(length=64), nullable=False),
        sa.Column("content_changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("pages_match", sa.Boolean(), nullable=True),
        sa.Column("required_minutes", sa.Integer(), nullable=True),
        sa.Column("counted_minutes", sa.Integer(), nullable=False),
        sa.Column("context_minutes", sa.Text(), nullable=False),
        sa.Column("unmet_rules", sa.Integer(), nullable=False),
        sa.Column("blocking_rules", sa.Integer(), nullable=False),
        sa.Column("first_unmet", sa.Text(), nullable=False),
        sa.Column("forecast", sa.Date(), nullable=True),
        sa.Column("pace_minutes_per_day", sa.Float(), nullable=False),
        sa.Column("behind", sa.Boolean(), nullable=False),
        sa.Column("logged_minutes", sa.Integer(), nullable=False),
        sa.Column("confirmed_minutes", sa.Integer(), nullable=False),
        sa.Column("changed_minutes", sa.Integer(), nullable=False),
        sa.Column("untrusted_minutes", sa.Integer(), nullable=False),
        sa.Column("invalid_minutes", sa.Integer(), nullable=False),
        sa.Column("unsigned_minutes", sa.Integer(), nullable=False),
        sa.Column("activities", sa.Integer(), nullable=False),
        sa.Column("activities_confirmed", sa.Integer(), nullable=False),
        sa.Column("activities_changed", sa.Integer(), nullable=False),
        sa.Column("activities_untrusted", sa.Integer(), nullable=False),
        sa.Column("activities_invalid", sa.Integer(), nullable=False),
        sa.Column("activities_unsigned", sa.Integer(), nullable=False),
        sa.Column("invalid_signatures", sa.Integer(), nullable=False),
        sa.Column("changed_signatures", sa.Integer(), nullable=False),
        sa.Column("untrusted_signatures", sa.Integer(), nullable=False),
        sa.Column("placements", sa.Text(), nullable=False),
        sa.Column("mentors", sa.Text(), nullable=False),
        sa.Column("placements_key", sa.Text(), nullable=False),
        sa.Column("mentors_key", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("portfolio_id", name=op.f("pk_school_student")),
    )
    with op.batch_alter_table("school_student", schema=None) as batch_op:
        batch_op.create_index("ix_school_student_behind", ["behind"], unique=False)
        batch_op.create_index(
            "ix_school_student_name_lower", [sa.text("lower(name)")], unique=False
        )
        batch_op.create_index("ix_school_student_confirmed", ["confirmed_minutes"], unique=False)
        batch_op.create_index("ix_school_student_counted", ["counted_minutes"], unique=False)
        batch_op.create_index("ix_school_student_exported", ["exported_at"], unique=False)
        batch_op.create_index("ix_school_student_forecast", ["forecast"], unique=False)
        batch_op.create_index("ix_school_student_invalid", ["invalid_signatures"], unique=False)
        batch_op.create_index("ix_school_student_name_key", ["name_key"], unique=False)
        batch_op.create_index("ix_school_student_programme", ["programme"], unique=False)
        batch_op.create_index("ix_school_student_unmet", ["unmet_rules"], unique=False)

    op.create_table(
        "school_vouched_card",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("public_key", sa.String(length=200), nullable=False),
        sa.Column("fingerprint", sa.String(length=40), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("organisation", sa.Text(), nullable=False),
        sa.Column("sector", sa.String(length=40), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=False),
        sa.Column("vouched_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_school_vouched_card")),
    )
    with op.batch_alter_table("school_vouched_card", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_school_vouched_card_public_key"), ["public_key"], unique=False
        )

    op.create_table(
        "school_export",
        sa.Column("portfolio_id", sa.String(length=200), nullable=False),
        sa.Column("file_name", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["portfolio_id"],
            ["school_student.portfolio_id"],
            name=op.f("fk_school_export_portfolio_id_school_student"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("portfolio_id", name=op.f("pk_school_export")),
    )
    op.create_table(
        "school_mentor_day",
        sa.Column("portfolio_id", sa.String(length=200), nullable=False),
        sa.Column("public_key", sa.String(length=200), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["portfolio_id"],
            ["school_student.portfolio_id"],
            name=op.f("fk_school_mentor_day_portfolio_id_school_student"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "portfolio_id", "public_key", "day", name=op.f("pk_school_mentor_day")
        ),
    )
    op.create_table(
        "school_placement",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("portfolio_id", sa.String(length=200), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("label_key", sa.String(length=400), nullable=False),
        sa.Column("context", sa.String(length=200), nullable=False),
        sa.Column("mentor", sa.Text(), nullable=False),
        sa.Column("mentor_key", sa.String(length=400), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["portfolio_id"],
            ["school_student.portfolio_id"],
            name=op.f("fk_school_placement_portfolio_id_school_student"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_school_placement")),
    )
    with op.batch_alter_table("school_placement", schema=None) as batch_op:
        batch_op.create_index("ix_school_placement_label", ["label_key"], unique=False)
        batch_op.create_index("ix_school_placement_mentor", ["mentor_key"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_school_placement_portfolio_id"), ["portfolio_id"], unique=False
        )

    op.create_table(
        "school_signer",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("portfolio_id", sa.String(length=200), nullable=False),
        sa.Column("public_key", sa.String(length=200), nullable=False),
        sa.Column("fingerprint", sa.String(length=40), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("name_key", sa.String(length=400), nullable=False),
        sa.Column("organisation", sa.Text(), nullable=False),
        sa.Column("sector", sa.String(length=40), nullable=False),
        sa.Column("trusted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["portfolio_id"],
            ["school_student.portfolio_id"],
            name=op.f("fk_school_signer_portfolio_id_school_student"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_school_signer")),
    )
    with op.batch_alter_table("school_signer", schema=None) as batch_op:
        batch_op.create_index("ix_school_signer_key", ["public_key"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_school_signer_portfolio_id"), ["portfolio_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("school_signer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_school_signer_portfolio_id"))
        batch_op.drop_index("ix_school_signer_key")

    op.drop_table("school_signer")
    with op.batch_alter_table("school_placement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_school_placement_portfolio_id"))
        batch_op.drop_index("ix_school_placement_mentor")
        batch_op.drop_index("ix_school_placement_label")

    op.drop_table("school_placement")
    op.drop_table("school_mentor_day")
    op.drop_table("school_export")
    with op.batch_alter_table("school_vouched_card", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_school_vouched_card_public_key"))

    op.drop_table("school_vouched_card")
    with op.batch_alter_table("school_student", schema=None) as batch_op:
        batch_op.drop_index("ix_school_student_unmet")
        batch_op.drop_index("ix_school_student_programme")
        batch_op.drop_index("ix_school_student_name_key")
        batch_op.drop_index("ix_school_student_invalid")
        batch_op.drop_index("ix_school_student_forecast")
        batch_op.drop_index("ix_school_student_exported")
        batch_op.drop_index("ix_school_student_counted")
        batch_op.drop_index("ix_school_student_confirmed")
        batch_op.drop_index("ix_school_student_name_lower")
        batch_op.drop_index("ix_school_student_behind")

    op.drop_table("school_student")
    with op.batch_alter_table("school_class_member", schema=None) as batch_op:
        batch_op.drop_index("ix_school_class_member_name_key")

    op.drop_table("school_class_member")
