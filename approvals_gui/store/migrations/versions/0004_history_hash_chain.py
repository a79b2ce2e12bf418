"""Hash-chained histories: each event's hash, each application's head hash.

Existing histories are chained as they stand at the migration.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

from itertools import groupby
from typing import Any

import sqlalchemy as sa
import sqlmodel
from alembic import op

from approvals_gui.domain.history_hash import chain
from approvals_gui.store.rows import event_from_row

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None
CHUNK = 5000  # applications whose histories are chained at a time

# The columns as this revision knows them, whatever the models say later.
_events = sa.table(
    "stage_event",
    sa.column("id", sa.Integer()),
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
    sa.column("chain_hash", sa.String()),
)
_applications = sa.table(
    "application", sa.column("id", sa.Integer()), sa.column("history_hash", sa.String())
)


def upgrade() -> None:
    with op.batch_alter_table("application", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "history_hash",
                sqlmodel.sql.sqltypes.AutoString(length=64),
                nullable=False,
                server_default="",
            )
        )
    with op.batch_alter_table("stage_event", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "chain_hash",
                sqlmodel.sql.sqltypes.AutoString(length=64),
                nullable=False,
                server_default="",
            )
        )
    conn = op.get_bind()
    ids = conn.execute(sa.select(_applications.c.id).order_by(_applications.c.id)).scalars().all()
    for start in range(0, len(ids), CHUNK):  # a chunk at a time: histories can be large
        _chain_histories(conn, ids[start], ids[min(len(ids), start + CHUNK) - 1])


def _chain_histories(conn: sa.Connection, first_id: int, last_id: int) -> None:
    query = (
        sa.select(_events)
        .where(_events.c.application_id.between(first_id, last_id))
        .order_by(_events.c.application_id, _events.c.seq)
    )
    event_hashes: list[dict[str, Any]] = []
    heads: list[dict[str, Any]] = []
    for application_id, group in groupby(conn.execute(query).all(), lambda r: r.application_id):
        rows = list(group)
        hashes = chain(event_from_row(r) for r in rows)
        event_hashes.extend({"row_id": r.id, "h": h} for r, h in zip(rows, hashes, strict=True))
        heads.append({"app_id": application_id, "h": hashes[-1]})
    if not heads:
        return
    conn.execute(
        _events.update()
        .where(_events.c.id == sa.bindparam("row_id"))
        .values(chain_hash=sa.bindparam("h")),
        event_hashes,
    )
    conn.execute(
        _applications.update()
        .where(_applications.c.id == sa.bindparam("app_id"))
        .values(history_hash=sa.bindparam("h")),
        heads,
    )


def downgrade() -> None:
    with op.batch_alter_table("stage_event", schema=None) as batch_op:
        batch_op.drop_column("chain_hash")
    with op.batch_alter_table("application", schema=None) as batch_op:
        batch_op.drop_column("history_hash")
