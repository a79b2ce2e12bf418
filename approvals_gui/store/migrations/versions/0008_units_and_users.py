"""Units (市局, 区县分局, 技术评估中心), the 审批权限 table, users who sign in, each
application's deciding unit and the unit holding it, and the events that move an
application between units (流转) or handlers (改派).

Applications from before units are decided and held by the city bureau, which this
revision creates; their histories name no unit, so their hash chains hold unchanged.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_Text = sqlmodel.sql.sqltypes.AutoString
CITY_CODE = "city"  # the city bureau a database from before units is given
TRANSFER_ROWS = "action IN ('transfer', 'undo')"  # what the figures read of the events


def upgrade() -> None:
    op.create_table(
        "unit",
        sa.Column("code", _Text(length=20), nullable=False),
        sa.Column("name", _Text(length=50), nullable=False),
        sa.Column("kind", _Text(length=10), nullable=False),
        sa.Column("district", _Text(length=50), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("code"),
    )
    op.create_table(
        "approval_authority",
        sa.Column("category", _Text(length=40), nullable=False),
        sa.Column("level", _Text(length=10), nullable=False),
        sa.Column("basis", _Text(length=200), nullable=False),
        sa.ForeignKeyConstraint(["category"], ["time_limit_rule.category"]),
        sa.PrimaryKeyConstraint("category"),
    )
    op.create_table(
        "app_user",
        sa.Column("name", _Text(length=50), nullable=False),
        sa.Column("unit", _Text(length=20), nullable=False),
        sa.Column("role", _Text(length=10), nullable=False),
        sa.Column("password_hash", _Text(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["unit"], ["unit.code"]),
        sa.PrimaryKeyConstraint("name"),
    )
    for table, column in (
        ("application", "unit"),
        ("application", "holder"),
        ("stage_event", "from_unit"),
        ("stage_event", "to_unit"),
    ):
        op.add_column(table, sa.Column(column, _Text(length=20), nullable=False, server_default=""))
    for column in ("from_handler", "handler"):
        op.add_column(
            "stage_event",
            sa.Column(column, _Text(length=50), nullable=False, server_default=""),
        )
    op.create_index(
        "ix_stage_event_transfers",
        "stage_event",
        ["application_id", "seq", "action", "on", "from_unit", "to_unit", "undoes"],
        sqlite_where=sa.text(TRANSFER_ROWS),
        postgresql_where=sa.text(TRANSFER_ROWS),
    )
    op.create_index("ix_application_unit", "application", ["unit"])
    op.create_index("ix_application_holder", "application", ["holder"])
    unit = sa.table(
        "unit",
        sa.column("code", sa.String()),
        sa.column("name", sa.String()),
        sa.column("kind", sa.String()),
        sa.column("district", sa.String()),
        sa.column("active", sa.Boolean()),
        sa.column("position", sa.Integer()),
    )
    op.bulk_insert(
        unit,
        [
            {
                "code": CITY_CODE,
                "name": "市局",
                "kind": "city",
                "district": "",
                "active": True,
                "position": 0,
            }
        ],
    )
    application = sa.table(
        "application", sa.column("unit", sa.String()), sa.column("holder", sa.String())
    )
    op.execute(application.update().values(unit=CITY_CODE, holder=CITY_CODE))


def downgrade() -> None:
    op.drop_index("ix_stage_event_transfers", "stage_event")
    op.drop_index("ix_application_holder", "application")
    op.drop_index("ix_application_unit", "application")
    with op.batch_alter_table("stage_event") as batch:
        batch.drop_column("handler")
        batch.drop_column("from_handler")
        batch.drop_column("to_unit")
        batch.drop_column("from_unit")
    with op.batch_alter_table("application") as batch:
        batch.drop_column("holder")
        batch.drop_column("unit")
    op.drop_table("app_user")
    op.drop_table("approval_authority")
    op.drop_table("unit")
