"""Engine set-up and transactions.

SQLite runs in WAL mode with foreign keys on and a busy timeout, so a second desktop
reading the same file does not block and a short write lock is waited out. Driver
errors a user can act on (locked, damaged, unreadable) become `StoreError`s.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, create_engine, event
from sqlalchemy import Engine as Engine  # re-exported: services name it, not SQLAlchemy
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlmodel import Session as Session  # re-exported for the services' annotations

from approvals_gui.store.errors import StoreError, StoreErrorCode

BUSY_TIMEOUT_MS = 5000


def database_url(target: str | Path) -> str:
    """A URL for a file path, or the URL itself (``sqlite:///…``, ``postgresql://…``)."""
    text = str(target)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def make_engine(target: str | Path) -> Engine:
    url = database_url(target)
    if not url.startswith("sqlite"):
        return create_engine(url, pool_pre_ping=True)
    path = url.removeprefix("sqlite:///")
    if path and path != ":memory:":
        _check_folder(Path(path))
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    event.listen(engine, "connect", _sqlite_pragmas)
    event.listen(engine, "begin", _sqlite_begin)
    return engine


def _sqlite_pragmas(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    # The driver's own transaction handling commits DDL on the spot, so a failed
    # migration would leave half a schema. Let SQLAlchemy issue BEGIN itself instead.
    dbapi_conn.isolation_level = None
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _sqlite_begin(conn: Connection) -> None:
    conn.exec_driver_sql("BEGIN")


def _check_folder(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(
            StoreErrorCode.UNREADABLE, f"cannot create {path.parent}: {exc}", path=str(path)
        ) from exc


@contextmanager
def translate_errors(where: str = "") -> Iterator[None]:
    """Turn driver errors a user can act on into StoreErrors."""
    try:
        yield
    except OperationalError as exc:
        text = str(exc.orig).lower()
        if "locked" in text or "busy" in text:
            raise StoreError(
                StoreErrorCode.LOCKED, f"the database is locked: {where}", where=where
            ) from exc
        if "unable to open" in text or "readonly" in text or "read-only" in text:
            raise StoreError(
                StoreErrorCode.UNREADABLE, f"cannot open the database: {exc.orig}", where=where
            ) from exc
        raise
    except DatabaseError as exc:
        text = str(exc.orig).lower()
        if "not a database" in text or "malformed" in text or "corrupt" in text:
            raise StoreError(
                StoreErrorCode.DAMAGED, f"the database file is damaged: {exc.orig}", where=where
            ) from exc
        raise


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """One user action = one transaction: committed on success, rolled back on error."""
    with translate_errors(), Session(engine, expire_on_commit=False) as session:
        with session.begin():
            yield session
