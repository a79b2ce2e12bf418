"""Alembic environment: always run from `approvals_gui.store.migrate` with a connection."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

import approvals_gui.store.tables  # noqa: F401  (registers the tables on the metadata)

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,  # SQLite barely supports ALTER TABLE
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
