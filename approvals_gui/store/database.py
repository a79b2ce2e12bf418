"""Opening a database: connect, migrate to the current schema, seed the default rules."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, inspect, text

from approvals_gui.store.db import make_engine, session_scope, translate_errors
from approvals_gui.store.repo import ensure_default_rules

# The newest migration's revision (a test keeps it equal to Alembic's head). Knowing
# it here spares importing Alembic, which is slow, when the schema is current.
SCHEMA_REVISION = "0003"


def open_database(target: str | Path) -> Engine:
    """An engine on `target` (a path or URL) with the schema at the newest revision."""
    engine = make_engine(target)
    try:
        if not is_current(engine):
            from approvals_gui.store.migrate import upgrade

            upgrade(engine)
        with session_scope(engine) as session:
            ensure_default_rules(session)
    except BaseException:
        engine.dispose()
        raise
    return engine


def is_current(engine: Engine) -> bool:
    """Whether the schema is at SCHEMA_REVISION, read with plain SQL; False for a new
    database (no version table yet)."""
    with translate_errors("reading the schema version"), engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return False
        found = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    return list(found) == [SCHEMA_REVISION]
