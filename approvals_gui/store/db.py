"""Engine set-up and transactions.

SQLite runs in WAL mode with foreign keys on and a busy timeout, so a second desktop
reading the same file does not block and a short write lock is waited out: write
transactions start with BEGIN IMMEDIATE. Driver errors a user can act on (locked,
damaged, unreadable, disk full) become `StoreError`s.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, cast

from sqlalchemy import (
    URL,
    Connection,
    CursorResult,
    Executable,
    create_engine,
    event,
    make_url,
    text,
)
from sqlalchemy import Engine as Engine  # re-exported: services name it, not SQLAlchemy
from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError
from sqlmodel import Session as Session  # re-exported for the services' annotations

from approvals_gui.store import live  # noqa: F401  (logs every flush for other desks)
from approvals_gui.store.errors import StoreError, StoreErrorCode, driver_errors, store_error
from approvals_gui.store.targets import BUSY_TIMEOUT_MS, database_url

CONNECT_TIMEOUT_S = 10
# A server lost mid-session (a cable pulled, a VPN dropped, the machine gone): TCP
# would notice only after some fifteen minutes, with the desk's work waiting on it.
# Probed after 10 idle seconds, every 5, given up after 3 unanswered, or after 30
# seconds of data sent and not acknowledged: told within half a minute.
SERVER_LIVENESS = {
    "keepalives": 1,
    "keepalives_idle": 10,
    "keepalives_interval": 5,
    "keepalives_count": 3,
    "tcp_user_timeout": 30_000,
}
# An execution option naming how a transaction begins on SQLite (DEFERRED or IMMEDIATE).
SQLITE_BEGIN = "approvals_sqlite_begin"


def make_engine(target: str | Path) -> Engine:
    url = database_url(target)
    if not url.startswith("sqlite"):
        try:
            server = server_url(url)
            # A server that does not answer is told within seconds, not after minutes.
            args = (
                {"connect_timeout": CONNECT_TIMEOUT_S, **SERVER_LIVENESS}
                if server.get_backend_name() == "postgresql"
                else {}
            )
            return create_engine(server, pool_pre_ping=True, connect_args=args)
        except ImportError as exc:
            raise StoreError(
                StoreErrorCode.UNREADABLE, f"no database driver for {url.split(':')[0]}: {exc}"
            ) from exc
        except (ArgumentError, ValueError) as exc:  # not an address SQLAlchemy can read
            raise StoreError(StoreErrorCode.UNREACHABLE, "not a database server address") from exc
    path = url.removeprefix("sqlite:///")
    if path and path != ":memory:":
        _check_folder(Path(path))
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    event.listen(engine, "connect", _sqlite_pragmas)
    event.listen(engine, "begin", _sqlite_begin)
    return engine


def server_url(url: str) -> URL:
    """A server URL with its driver: PostgreSQL through psycopg (3), the driver this
    program ships, when a user's URL names none (`postgresql://`, `postgres://`)."""
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        return parsed.set(drivername="postgresql+psycopg")
    return parsed


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
    # A deferred transaction that reads and then writes is refused at once ("database is
    # locked", the busy timeout never applies) when another commit made its snapshot
    # stale; an immediate one takes the write lock first and waits its turn.
    mode = conn.get_execution_options().get(SQLITE_BEGIN, "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")


def _check_folder(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(
            StoreErrorCode.UNREADABLE, f"cannot create {path.parent}: {exc}", path=str(path)
        ) from exc


@contextmanager
def translate_errors(where: str = "") -> Iterator[None]:
    """Turn driver errors a user can act on into StoreErrors: SQLAlchemy's, the
    drivers' own (backups and `check` use them directly), and a full disk while
    copying files."""
    try:
        with driver_errors(where):
            yield
    except (OperationalError, DatabaseError) as exc:
        error = store_error(exc.orig, where)
        if error is None:
            raise
        raise error from exc


@contextmanager
def driver_connection(engine: Engine) -> Iterator[Any]:
    """The driver's own connection (sqlite3's, psycopg's) in a read transaction, for
    reading with `store.plain`: one snapshot for all its reads. (On a server each
    statement would otherwise see what was committed when it began, and another desk's
    step between two reads would look like a broken history.)"""
    if engine.dialect.name != "sqlite":
        engine = engine.execution_options(isolation_level="REPEATABLE READ")
    with session_scope(engine, write=False) as session:
        yield session.connection().connection.driver_connection


def driver_rows(session: Session, query: Executable) -> Iterator[tuple[Any, ...]]:
    """`query`'s rows as the driver hands them over, without SQLAlchemy's typing of
    each value (some 10% of reading 100,000 applications): SQLite gives a day as its
    ISO text (`rows.read_day` takes either), psycopg as a date. For columns whose
    values the driver gives as they are stored: numbers, text and days.

    The query runs at once, before any statement the caller runs next (on a server,
    each sees what was committed when it began)."""
    return _cursor_rows(session.connection().execute(query))


def _cursor_rows(result: CursorResult[Any]) -> Iterator[tuple[Any, ...]]:
    with result:
        # sqlite3's and psycopg's cursors iterate their rows (DB-API leaves it optional).
        yield from cast("Iterable[tuple[Any, ...]]", result.cursor)


@contextmanager
def session_scope(engine: Engine, *, write: bool = True) -> Iterator[Session]:
    """One user action = one transaction: committed on success, rolled back on error.

    A transaction writes unless `write=False` says it only reads: on SQLite a write
    takes the lock first (BEGIN IMMEDIATE), waiting out another writer for the busy
    timeout, then LOCKED; a read never waits for a writer (WAL).
    """
    bind = engine.execution_options(**{SQLITE_BEGIN: "IMMEDIATE"}) if write else engine
    with translate_errors(), Session(bind, expire_on_commit=False) as session:
        with session.begin():
            yield session


def on_server(session: Session) -> bool:
    """Whether `session` talks to a PostgreSQL server rather than a SQLite file."""
    return session.get_bind().dialect.name != "sqlite"


def numbering_turn(session: Session, series: str, year: int) -> None:
    """On a server, wait for this transaction's turn to number `series` (HP, RX) in
    `year`: a lock held to the commit, so desks registering at once take the numbers one
    after another instead of racing for the same one (a desk starved of the processor
    could lose that race again and again). SQLite's writers take turns anyway."""
    if not on_server(session):
        return
    key = int.from_bytes(series.encode("ascii")[:2], "big") << 16 | year
    session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})


def one_at_a_time(session: Session, what: str) -> None:
    """On a server, wait for this transaction's turn at `what` (any text naming a thing
    desks check and then write): a lock held to the commit, so that what one desk
    checks is not changed by another before it writes. SQLite's writer holds the whole
    file anyway."""
    if on_server(session):
        session.execute(text("SELECT pg_advisory_xact_lock(hashtext(:what))"), {"what": what})


def refuse_if_changed(
    session: Session, what: str, current: Callable[[], object], based_on: object
) -> None:
    """CHANGED_ELSEWHERE if what is stored now (`current()`, read in this transaction)
    is not what an edit started from: another desk saved it in between, and the edit's
    save would undo that desk's change unseen.

    The comparison and the write after it must be one desk's at a time. SQLite's writer
    holds the whole file; on a server two transactions would each read the old values
    and both pass, so this one first takes its turn at `what`."""
    one_at_a_time(session, what)
    if current() != based_on:
        raise StoreError(
            StoreErrorCode.CHANGED_ELSEWHERE,
            f"{what}: changed on another desk since it was read",
            what=what,
        )
