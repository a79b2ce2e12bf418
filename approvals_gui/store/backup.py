"""Consistent online copies of a SQLite database, with rotation."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine

from approvals_gui.store.errors import StoreError, StoreErrorCode


def backup_sqlite(engine: Engine, target: Path) -> Path:
    """Copy the live database to `target` with SQLite's backup API (safe while in use)."""
    if engine.dialect.name != "sqlite":
        raise StoreError(
            StoreErrorCode.UNREADABLE,
            "backups are made by the database server",
            dialect=engine.dialect.name,
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    raw = engine.raw_connection()
    try:
        source = raw.driver_connection
        assert isinstance(source, sqlite3.Connection)
        with sqlite3.connect(partial) as copy:
            source.backup(copy)
        copy.close()
    finally:
        raw.close()
    partial.replace(target)  # a half-written copy never carries the final name
    return target


def rotate_backup(engine: Engine, folder: Path, keep: int = 7, now: datetime | None = None) -> Path:
    """Write a dated copy into `folder` and keep only the newest `keep` copies."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    made = backup_sqlite(engine, folder / f"approvals-{stamp}.sqlite3")
    copies = sorted(folder.glob("approvals-*.sqlite3"))
    for old in copies[: max(0, len(copies) - keep)]:
        old.unlink()
    return made
