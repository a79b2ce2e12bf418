"""A 不予受理 of a matter that is another authority's names the authority to apply to
(《行政许可法》第三十二条第一款第（二）项). Older events name none; their hash chains
hold unchanged (the field is hashed only when set).

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "stage_event",
        sa.Column(
            "refer_to",
            sqlmodel.sql.sqltypes.AutoString(length=100),
            nullable=False,
            server_default="",
        ),
    )


def downgrade() -> None:
    with op.batch_alter_table("stage_event") as batch:
        batch.drop_column("refer_to")
