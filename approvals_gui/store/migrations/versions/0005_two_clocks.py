"""Two pause sets, notice periods, and clock facts that keep every supplement round.

Rules gain the promised clock's own pause set and the 受理公示 / 拟批准公示 periods.
Frozen (judged) rules keep one pause set for both clocks, so decided applications are
judged as they were. Current rules take the new defaults: public notice pauses the
promised clock only, the hearing-rights notice pauses both; the shipped categories
lose the extension the EIA law does not give and 告知承诺制 counts 30 days, where the
admin left the old shipped values. Every application's facts are folded again from its
history: the first receipt and each supplement round are kept, so a late supplement
notice can be told from one sent in time.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

from itertools import groupby
from typing import Any

import sqlalchemy as sa
import sqlmodel
from alembic import op

from approvals_gui.domain.clock import facts_from_history
from approvals_gui.domain.rules import DEFAULT_RULES
from approvals_gui.domain.stages import Stage
from approvals_gui.store.repo import facts_columns
from approvals_gui.store.rows import event_from_row

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None
CHUNK = 5000  # applications folded at a time


def _new_columns() -> tuple[sa.Column[Any], ...]:
    return (
        sa.Column(
            "promised_paused_stages",
            sqlmodel.sql.sqltypes.AutoString(),
            nullable=False,
            server_default="",
        ),
        sa.Column(
            "acceptance_publicity_workdays", sa.Integer(), nullable=False, server_default="0"
        ),
        sa.Column("approval_notice_workdays", sa.Integer(), nullable=False, server_default="0"),
    )


def _rules(name: str) -> sa.TableClause:
    return sa.table(
        name,
        sa.column("category", sa.String()),
        sa.column("statutory_amount", sa.Integer()),
        sa.column("extension_workdays", sa.Integer()),
        sa.column("legal_basis", sa.String()),
        sa.column("paused_stages", sa.String()),
        sa.column("promised_paused_stages", sa.String()),
        sa.column("acceptance_publicity_workdays", sa.Integer()),
        sa.column("approval_notice_workdays", sa.Integer()),
    )


_events = sa.table(
    "stage_event",
    sa.column("application_id", sa.Integer()),
    sa.column("seq", sa.Integer()),
    sa.column("action", sa.String()),
    sa.column("from_stage", sa.String()),
    sa.column("to_stage", sa.String()),
    sa.column("on", sa.Date()),
    sa.column("at", sa.DateTime()),
    sa.column("actor", sa.String()),
    sa.column("remark", sa.String()),
    sa.column("materials", sa.String()),
    sa.column("reason", sa.String()),
    sa.column("document_number", sa.String()),
    sa.column("extension_days", sa.Integer()),
    sa.column("undoes", sa.Integer()),
)
_FACT_COLUMNS = (
    "stage",
    "is_open",
    "received_on",
    "accepted_on",
    "decided_on",
    "delivered_on",
    "closed_on",
    "supplement_rounds",
    "extension_days",
    "extended_on",
    "extension_reason",
    "pause_spans",
)
_applications = sa.table(
    "application",
    sa.column("id", sa.Integer()),
    *(sa.column(name) for name in _FACT_COLUMNS),
)

# What 0001 shipped, so that only values the admin never changed take the new defaults.
_OLD_EXTENSION = 10
_OLD_NOTIFY_COMMIT = (20, "《行政许可法》第四十二条；生态环境部告知承诺制审批改革有关规定")


def upgrade() -> None:
    for name in ("time_limit_rule", "judged_rule"):
        with op.batch_alter_table(name, schema=None) as batch_op:
            for column in _new_columns():
                batch_op.add_column(column)
    conn = op.get_bind()
    judged = _rules("judged_rule")
    conn.execute(judged.update().values(promised_paused_stages=judged.c.paused_stages))
    _update_current_rules(conn)
    ids = conn.execute(sa.select(_applications.c.id).order_by(_applications.c.id)).scalars().all()
    for start in range(0, len(ids), CHUNK):
        _refold(conn, ids[start], ids[min(len(ids), start + CHUNK) - 1])


def _update_current_rules(conn: sa.Connection) -> None:
    rules = _rules("time_limit_rule")
    shipped = {rule.category: rule for rule in DEFAULT_RULES}
    for row in conn.execute(sa.select(rules)).all():
        stages = set(filter(None, row.paused_stages.split(",")))
        statutory = (stages - {Stage.PUBLIC_NOTICE.value}) | {Stage.HEARING_NOTICE.value}
        promised = stages | {Stage.PUBLIC_NOTICE.value, Stage.HEARING_NOTICE.value}
        values: dict[str, Any] = {
            "paused_stages": ",".join(sorted(statutory)),
            "promised_paused_stages": ",".join(sorted(promised)),
        }
        new = shipped.get(row.category)
        if new is not None:
            values["acceptance_publicity_workdays"] = new.acceptance_publicity_workdays
            values["approval_notice_workdays"] = new.approval_notice_workdays
            if row.extension_workdays == _OLD_EXTENSION:
                values["extension_workdays"] = new.extension_workdays
            if (row.statutory_amount, row.legal_basis) == _OLD_NOTIFY_COMMIT:
                values["statutory_amount"] = new.statutory.amount
                values["legal_basis"] = new.legal_basis
            elif row.legal_basis.startswith(
                "《环境影响评价法》第二十二条；《行政许可法》第四十五条"
            ):
                values["legal_basis"] = new.legal_basis
        conn.execute(rules.update().where(rules.c.category == row.category).values(**values))


def _refold(conn: sa.Connection, first_id: int, last_id: int) -> None:
    query = (
        sa.select(_events)
        .where(_events.c.application_id.between(first_id, last_id))
        .order_by(_events.c.application_id, _events.c.seq)
    )
    updates = []
    for application_id, group in groupby(conn.execute(query).all(), lambda r: r.application_id):
        facts = facts_columns(facts_from_history([event_from_row(r) for r in group]))
        updates.append({"app_id": application_id, **{f"v_{k}": v for k, v in facts.items()}})
    if updates:
        conn.execute(
            _applications.update()
            .where(_applications.c.id == sa.bindparam("app_id"))
            .values({name: sa.bindparam(f"v_{name}") for name in _FACT_COLUMNS}),
            updates,
        )


def downgrade() -> None:
    for name in ("judged_rule", "time_limit_rule"):
        with op.batch_alter_table(name, schema=None) as batch_op:
            for column in _new_columns():
                batch_op.drop_column(column.name)
