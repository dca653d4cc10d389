"""A placement's usual schedule: on which weekdays the pupil is there, and how long a usual day is.

Revision ID: 0004
Revises: 0003
Create Date: 2027-01-04

``usual_weekdays`` holds ISO weekday digits ("1245": Monday, Tuesday, Thursday, Friday); ""
means no schedule was given. ``usual_minutes`` is a usual day on the placement (0: not given).
Placements of older databases get no schedule: the app then takes Monday to Friday.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("placement", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("usual_weekdays", sa.String(), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("usual_minutes", sa.Integer(), nullable=False, server_default="0")
        )
        batch_op.create_check_constraint(
            "ck_placement_usual_minutes", "usual_minutes >= 0 AND usual_minutes <= 1440"
        )


def downgrade() -> None:
    with op.batch_alter_table("placement", schema=None) as batch_op:
        batch_op.drop_constraint("ck_placement_usual_minutes", type_="check")
        batch_op.drop_column("usual_minutes")
        batch_op.drop_column("usual_weekdays")
