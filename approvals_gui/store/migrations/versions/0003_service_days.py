"""Enterprise service days: visits, the matters raised, and the bureau's settings.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "bureau_setting",
        sa.Column("key", sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
        sa.Column("value", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "service_visit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("enterprise_id", sa.Integer(), nullable=False),
        sa.Column("mode", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("place", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("staff", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("measures", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("owner", sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("resolved_on", sa.Date(), nullable=True),
        sa.Column("resolution", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
        sa.ForeignKeyConstraint(
            ["enterprise_id"], ["enterprise.id"], name="fk_service_visit_enterprise_id"
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("service_visit", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_service_visit_day"), ["day"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_service_visit_enterprise_id"), ["enterprise_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_service_visit_status"), ["status"], unique=False)

    op.create_table(
        "service_matter",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=30), nullable=False),
        sa.Column("description", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["application_id"], ["application.id"], name="fk_service_matter_application_id"
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["service_visit.id"], name="fk_service_matter_visit_id"
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("service_matter", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_service_matter_visit_id"), ["visit_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("service_matter", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_service_matter_visit_id"))

    op.drop_table("service_matter")
    with op.batch_alter_table("service_visit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_service_visit_status"))
        batch_op.drop_index(batch_op.f("ix_service_visit_enterprise_id"))
        batch_op.drop_index(batch_op.f("ix_service_visit_day"))

    op.drop_table("service_visit")
    op.drop_table("bureau_setting")
