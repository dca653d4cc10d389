"""The first unmet rule in English too, so school mode shows it in the coordinator's language.

Rows imported before this revision keep an empty English text; the app shows their Dutch text
until the student's export is imported again.

Revision ID: s0002
Revises: s0001
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0002"
down_revision = "s0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("school_student") as batch:
        batch.add_column(sa.Column("first_unmet_en", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("school_student") as batch:
        batch.drop_column("first_unmet_en")
