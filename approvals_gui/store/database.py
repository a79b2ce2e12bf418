"""Opening a database: connect, migrate to the current schema, seed the default rules."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from approvals_gui.store.db import make_engine, session_scope
from approvals_gui.store.migrate import upgrade
from approvals_gui.store.repo import ensure_default_rules


def open_database(target: str | Path) -> Engine:
    """An engine on `target` (a path or URL) with the schema at the newest revision."""
    engine = make_engine(target)
    try:
        upgrade(engine)
        with session_scope(engine) as session:
            ensure_default_rules(session)
    except BaseException:
        engine.dispose()
        raise
    return engine
