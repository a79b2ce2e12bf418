"""A correction of a registration (更正登记) records the project's name and investment
it changed, each from and to. Older events correct nothing; their hash chains hold
unchanged (the fields are hashed only when set).

Revision ID: 0012
Revises: 0011
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

_NAMES = ("from_project", "project")
_AMOUNTS = ("from_investment", "investment")


def upgrade() -> None:
    for name in _NAMES:
        op.add_column(
            "stage_event",
            sa.Column(
                name,
                sqlmodel.sql.sqltypes.AutoString(length=300),
                nullable=False,
                server_default="",
            ),
        )
    for name in _AMOUNTS:
        op.add_column("stage_event", sa.Column(name, sa.Float(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("stage_event") as batch:
        for name in (*_NAMES, *_AMOUNTS):
            batch.drop_column(name)
