"""The 12369 hotline: cases with their clock facts, their append-only events, and the
hotline's time-limit rule.

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_Text = sqlmodel.sql.sqltypes.AutoString


def upgrade() -> None:
    op.create_table(
        "hotline_case",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", _Text(length=30), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("channel", _Text(length=20), nullable=False),
        sa.Column("topic", _Text(length=20), nullable=False),
        sa.Column("anonymous", sa.Boolean(), nullable=False),
        sa.Column("reporter_name", _Text(length=50), nullable=False),
        sa.Column("reporter_phone", _Text(length=30), nullable=False),
        sa.Column("content", _Text(), nullable=False),
        sa.Column("address", _Text(length=200), nullable=False),
        sa.Column("district", _Text(length=50), nullable=False),
        sa.Column("enterprise_id", sa.Integer(), nullable=True),
        sa.Column("received_by", _Text(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("stage", _Text(length=20), nullable=False),
        sa.Column("is_open", sa.Boolean(), nullable=False),
        sa.Column("accepted_on", sa.Date(), nullable=True),
        sa.Column("refused_on", sa.Date(), nullable=True),
        sa.Column("merged_into", sa.Integer(), nullable=True),
        sa.Column("unit", _Text(length=20), nullable=False),
        sa.Column("assigned_on", sa.Date(), nullable=True),
        sa.Column("unit_due", sa.Date(), nullable=True),
        sa.Column("handled_on", sa.Date(), nullable=True),
        sa.Column("returns", sa.Integer(), nullable=False),
        sa.Column("replied_on", sa.Date(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("extension_days", sa.Integer(), nullable=False),
        sa.Column("extension_reason", _Text(), nullable=False),
        sa.Column("satisfaction", _Text(length=20), nullable=False),
        sa.Column("review_asked_on", sa.Date(), nullable=True),
        sa.Column("reviewed_on", sa.Date(), nullable=True),
        sa.Column("recheck_asked_on", sa.Date(), nullable=True),
        sa.Column("rechecked_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["enterprise_id"], ["enterprise.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("number"),
    )
    for column in ("received_on", "enterprise_id", "is_open", "merged_into", "unit", "closed_on"):
        op.create_index(f"ix_hotline_case_{column}", "hotline_case", [column])
    op.create_table(
        "hotline_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("action", _Text(length=30), nullable=False),
        sa.Column("from_stage", _Text(length=20), nullable=True),
        sa.Column("to_stage", _Text(length=20), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", _Text(length=50), nullable=False),
        sa.Column("remark", _Text(), nullable=False),
        sa.Column("reason", _Text(), nullable=False),
        sa.Column("unit", _Text(length=20), nullable=False),
        sa.Column("unit_due", sa.Date(), nullable=True),
        sa.Column("findings", _Text(), nullable=False),
        sa.Column("measures", _Text(), nullable=False),
        sa.Column("penalty", _Text(), nullable=False),
        sa.Column("extension_days", sa.Integer(), nullable=False),
        sa.Column("satisfaction", _Text(length=20), nullable=False),
        sa.Column("merged_into", sa.Integer(), nullable=True),
        sa.Column("undoes", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["case_id"], ["hotline_case.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("case_id", "seq"),
    )
    op.create_index("ix_hotline_event_case_id", "hotline_event", ["case_id"])
    op.create_table(
        "hotline_rule",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("accept_days", sa.Integer(), nullable=False),
        sa.Column("close_days", sa.Integer(), nullable=False),
        sa.Column("max_extension_days", sa.Integer(), nullable=False),
        sa.Column("review_days", sa.Integer(), nullable=False),
        sa.Column("recheck_days", sa.Integer(), nullable=False),
        sa.Column("warn_days", sa.Integer(), nullable=False),
        sa.Column("repeat_window_days", sa.Integer(), nullable=False),
        sa.Column("accept_basis", _Text(length=200), nullable=False),
        sa.Column("close_basis", _Text(length=200), nullable=False),
        sa.Column("review_basis", _Text(length=200), nullable=False),
        sa.Column("recheck_basis", _Text(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade() -> None:
    op.drop_table("hotline_rule")
    op.drop_index("ix_hotline_event_case_id", table_name="hotline_event")
    op.drop_table("hotline_event")
    for column in ("received_on", "enterprise_id", "is_open", "merged_into", "unit", "closed_on"):
        op.drop_index(f"ix_hotline_case_{column}", table_name="hotline_case")
    op.drop_table("hotline_case")
