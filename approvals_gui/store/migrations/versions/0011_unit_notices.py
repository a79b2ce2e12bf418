"""A unit's own name and telephone for the notices of the applications it decides: a
county branch authorised to act in its own name signs them so, and an applicant calls
the branch, not the city bureau. Empty, the bureau's settings stand (a branch acting
for the city bureau signs in its name, 《行政许可法》第二十四条).

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for name, length in (("notice_authority", 60), ("notice_phone", 30)):
        op.add_column(
            "unit",
            sa.Column(
                name,
                sqlmodel.sql.sqltypes.AutoString(length=length),
                nullable=False,
                server_default="",
            ),
        )


def downgrade() -> None:
    with op.batch_alter_table("unit") as batch:
        batch.drop_column("notice_phone")
        batch.drop_column("notice_authority")
