"""A decision not yet delivered counts as open: it is still work on a desk, with its own
delivery clock, and lists, the board and `is_open` queries must find it.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_applications = sa.table(
    "application", sa.column("stage", sa.String()), sa.column("is_open", sa.Boolean())
)
_AWAITING_DELIVERY = ("approved", "refused")


def upgrade() -> None:
    op.execute(
        _applications.update()
        .where(_applications.c.stage.in_(_AWAITING_DELIVERY))
        .values(is_open=True)
    )


def downgrade() -> None:
    op.execute(
        _applications.update()
        .where(_applications.c.stage.in_(_AWAITING_DELIVERY))
        .values(is_open=False)
    )
