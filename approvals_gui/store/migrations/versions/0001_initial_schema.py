"""Initial schema: enterprises, applications with clock facts, stage events, rules, calendar.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "calendar_override",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
        sa.PrimaryKeyConstraint("day"),
    )
    op.create_table(
        "confirmed_year",
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("confirmed_at", sa.DateTime(), nullable=False),
        sa.Column("confirmed_by", sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
        sa.PrimaryKeyConstraint("year"),
    )
    op.create_table(
        "enterprise",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("credit_code", sqlmodel.sql.sqltypes.AutoString(length=18), nullable=False),
        sa.Column("district", sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
        sa.Column("contact", sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
        sa.Column("phone", sqlmodel.sql.sqltypes.AutoString(length=30), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("credit_code"),
    )
    with op.batch_alter_table("enterprise", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_enterprise_name"), ["name"], unique=False)

    op.create_table(
        "time_limit_rule",
        sa.Column("category", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
        sa.Column("statutory_amount", sa.Integer(), nullable=False),
        sa.Column("statutory_unit", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
        sa.Column("promised_amount", sa.Integer(), nullable=False),
        sa.Column("promised_unit", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
        sa.Column("warn_workdays", sa.Integer(), nullable=False),
        sa.Column("paused_stages", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("extension_workdays", sa.Integer(), nullable=False),
        sa.Column("legal_basis", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.PrimaryKeyConstraint("category"),
    )
    op.create_table(
        "application",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sqlmodel.sql.sqltypes.AutoString(length=30), nullable=False),
        sa.Column("project", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("enterprise_id", sa.Integer(), nullable=False),
        sa.Column("category", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("handler", sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
        sa.Column("district", sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
        sa.Column("investment", sa.Float(), nullable=True),
        sa.Column("registered_on", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("stage", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("is_open", sa.Boolean(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("accepted_on", sa.Date(), nullable=True),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("delivered_on", sa.Date(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("supplement_rounds", sa.Integer(), nullable=False),
        sa.Column("extension_days", sa.Integer(), nullable=False),
        sa.Column("extended_on", sa.Date(), nullable=True),
        sa.Column("extension_reason", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("pause_spans", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.ForeignKeyConstraint(
            ["category"],
            ["time_limit_rule.category"],
        ),
        sa.ForeignKeyConstraint(
            ["enterprise_id"],
            ["enterprise.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("number"),
    )
    with op.batch_alter_table("application", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_application_decided_on"), ["decided_on"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_application_enterprise_id"), ["enterprise_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_application_handler"), ["handler"], unique=False)
        batch_op.create_index(batch_op.f("ix_application_is_open"), ["is_open"], unique=False)
        batch_op.create_index(batch_op.f("ix_application_project"), ["project"], unique=False)

    op.create_table(
        "stage_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("action", sqlmodel.sql.sqltypes.AutoString(length=30), nullable=False),
        sa.Column("from_stage", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=True),
        sa.Column("to_stage", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
        sa.Column("remark", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("materials", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("reason", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("document_number", sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
        sa.Column("extension_days", sa.Integer(), nullable=False),
        sa.Column("undoes", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["application.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("application_id", "seq"),
    )
    with op.batch_alter_table("stage_event", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_stage_event_application_id"), ["application_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("stage_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stage_event_application_id"))

    op.drop_table("stage_event")
    with op.batch_alter_table("application", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_application_project"))
        batch_op.drop_index(batch_op.f("ix_application_is_open"))
        batch_op.drop_index(batch_op.f("ix_application_handler"))
        batch_op.drop_index(batch_op.f("ix_application_enterprise_id"))
        batch_op.drop_index(batch_op.f("ix_application_decided_on"))

    op.drop_table("application")
    op.drop_table("time_limit_rule")
    with op.batch_alter_table("enterprise", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_enterprise_name"))

    op.drop_table("enterprise")
    op.drop_table("confirmed_year")
    op.drop_table("calendar_override")
