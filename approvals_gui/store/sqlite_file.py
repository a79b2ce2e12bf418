"""A SQLite file seen from outside: which file a target names, and whether it holds
our database, nothing yet, or another program's data. Read without writing, so a file
that is refused stays byte for byte as it was."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import quote

from approvals_gui.store.db import translate_errors
from approvals_gui.store.errors import StoreError, StoreErrorCode
from approvals_gui.store.targets import OUR_TABLES


def check_database_file(path: Path, *, create: bool, install: bool) -> None:
    """Refuse a path that must not be opened as our database: a missing file unless
    `create`, something that is not a regular file, and one that is not ours
    (`refuse_unless_ours`)."""
    if not path.exists():
        if create:
            return
        raise StoreError(StoreErrorCode.MISSING, f"no database at {path}", path=str(path))
    if not path.is_file():
        raise StoreError(StoreErrorCode.UNREADABLE, f"not a database file: {path}", path=str(path))
    refuse_unless_ours(table_names(path), str(path), install=install, path=str(path))


def refuse_unless_ours(tables: set[str], where: str, *, install: bool, **params: str) -> None:
    """Refuse, before anything is written, the database `where` names with `tables`:
    another program's (FOREIGN), or, unless `install`, one holding none of our tables
    (MISSING): a command that only reads leaves an empty database empty."""
    if foreign(tables):
        raise StoreError(
            StoreErrorCode.FOREIGN,
            f"{where} holds another program's data, not this program's database",
            **params,
        )
    if not install and not OUR_TABLES <= tables:
        raise StoreError(
            StoreErrorCode.MISSING,
            f"{where} is empty: no database of this program is there, and this command makes none",
            **params,
        )


def foreign(tables: set[str]) -> bool:
    """Whether a database with these tables is another program's: it has tables, but
    not ours (an empty one is not foreign)."""
    return bool(tables - {"alembic_version"}) and not OUR_TABLES <= tables


def table_names(path: Path) -> set[str]:
    """The tables in a SQLite file, read through a read-only connection."""
    uri = f"file:{quote(str(path))}?mode=ro"
    with translate_errors(f"reading {path}"):
        conn = sqlite3.connect(uri, uri=True)
        try:
            rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            return {name for (name,) in rows}
        finally:
            conn.close()
