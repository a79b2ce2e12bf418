"""Judged rules: decided applications keep the rule they were judged by.

Applications already decided are pinned to a copy of the rule in force at migration.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None
FK = "fk_application_judged_rule_id"


def upgrade() -> None:
    op.create_table(
        "judged_rule",
        sa.Column("id", sa.Integer(), nullable=False),
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
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("judged_rule", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_judged_rule_category"), ["category"], unique=False)

    with op.batch_alter_table("application", schema=None) as batch_op:
        batch_op.add_column(sa.Column("judged_rule_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(FK, "judged_rule", ["judged_rule_id"], ["id"])

    columns = (
        "category, name, statutory_amount, statutory_unit, promised_amount, promised_unit, "
        "warn_workdays, paused_stages, extension_workdays, legal_basis"
    )
    op.execute(f"INSERT INTO judged_rule ({columns}) SELECT {columns} FROM time_limit_rule")
    op.execute(
        "UPDATE application SET judged_rule_id = (SELECT j.id FROM judged_rule j "
        "WHERE j.category = application.category) WHERE decided_on IS NOT NULL"
    )


def downgrade() -> None:
    with op.batch_alter_table("application", schema=None) as batch_op:
        batch_op.drop_constraint(FK, type_="foreignkey")
        batch_op.drop_column("judged_rule_id")

    with op.batch_alter_table("judged_rule", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_judged_rule_category"))

    op.drop_table("judged_rule")
