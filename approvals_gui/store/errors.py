"""Storage errors a user can act on, each with a stable code the UI translates."""

from __future__ import annotations

import errno
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from typing import Any


class StoreErrorCode(StrEnum):
    LOCKED = "locked"  # another program holds a write lock past the busy timeout
    DAMAGED = "damaged"  # not a database, or a corrupt one
    UNREADABLE = "unreadable"  # the file or its folder cannot be opened
    TOO_NEW = "too_new"  # written by a newer version of the program
    STALE = "stale"  # someone else saved the same application first
    NOT_FOUND = "not_found"
    DUPLICATE = "duplicate"  # a unique value (credit code, number) exists already
    CODE_TAKEN = "code_taken"  # another enterprise holds the credit code (named)
    MISSING = "missing"  # no database at the path, and this command creates none
    FOREIGN = "foreign"  # another program's database: refused untouched
    DISK_FULL = "disk_full"  # the disk (or the database's size limit) is full
    IN_USE = "in_use"  # another connection has the database open (restore needs it closed)
    BAD_BACKUP = "bad_backup"  # a file offered for restore that is no sound backup of ours
    SERVER_BACKUP = "server_backup"  # a server database: backups are the server's (pg_dump)
    UNREACHABLE = "unreachable"  # the database server does not answer
    LOGIN_REFUSED = "login_refused"  # the server refused the user name or password
    NO_SERVER_DATABASE = "no_server_database"  # the server has no database of that name
    ROW_BUSY = "row_busy"  # another desk holds the application while it saves a step
    CHANGED_ELSEWHERE = "changed_elsewhere"  # settings saved on another desk since read
    REFERENCE = "reference"  # a row names one that is not there, or one in use was removed
    EXISTS = "exists"  # a file is where a new one was to be written: it is not replaced
    SCHEMA_GONE = "schema_gone"  # our tables went from under an open desk (emptied, restored)


class StoreError(RuntimeError):
    def __init__(self, code: StoreErrorCode, message: str, **params: Any) -> None:
        super().__init__(message)
        self.code = code
        self.params = params


@contextmanager
def driver_errors(where: str = "") -> Iterator[None]:
    """Turn errors a user can act on into StoreErrors: a database driver's own (sqlite3,
    or a server's driver used directly), and a full disk while copying files."""
    try:
        yield
    except Exception as exc:
        if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
            message = _during("the disk is full", where)
            raise StoreError(StoreErrorCode.DISK_FULL, message, where=where) from exc
        # A server driver's errors, told without importing it (a SQLite desk needs none)
        if isinstance(exc, sqlite3.DatabaseError) or type(exc).__module__.startswith(
            ("psycopg", "pg8000")
        ):
            error = store_error(exc, where)
            if error is not None:
                raise error from exc
        raise


def store_error(driver_error: BaseException | None, where: str) -> StoreError | None:
    """The StoreError a driver error means, or None for one a user cannot act on."""
    text = str(driver_error).lower()
    if "database or disk is full" in text or "no space left on device" in text:
        code, message = StoreErrorCode.DISK_FULL, "the disk or the database is full"
    # Before the words below: a damaged file's schema names tables it lacks, and a
    # missing column may be named "locked_until" or "role".
    elif "not a database" in text or "malformed" in text or "corrupt" in text:
        code, message = StoreErrorCode.DAMAGED, f"not a database, or a damaged one: {driver_error}"
    elif _table_gone(text):  # the driver's words kept for the log: a defect may say so too
        code = StoreErrorCode.SCHEMA_GONE
        message = f"the database has lost this program's tables: {driver_error}"
    elif "lock timeout" in text:  # PostgreSQL: a row another desk holds (repo.ROW_WAIT)
        code, message = StoreErrorCode.ROW_BUSY, "another desk is saving this application"
    elif "locked" in text or "busy" in text:
        code, message = StoreErrorCode.LOCKED, "the database is locked by another program"
    elif "unable to open" in text or "readonly" in text or "read-only" in text:
        code, message = StoreErrorCode.UNREADABLE, f"cannot open the database: {driver_error}"
    elif any(words in text for words in _LOGIN_REFUSED) or (
        "role" in text and "does not exist" in text
    ):
        code, message = StoreErrorCode.LOGIN_REFUSED, "the database server refused the login"
    elif "does not exist" in text and "database" in text:
        code, message = StoreErrorCode.NO_SERVER_DATABASE, "no such database on the server"
    elif any(words in text for words in _UNREACHABLE):
        code, message = StoreErrorCode.UNREACHABLE, "cannot reach the database server"
    elif "foreign key" in text:  # SQLite and PostgreSQL say it so, either way round
        code = StoreErrorCode.REFERENCE
        message = "it names a record that is not in the database, or removes one still named"
    else:
        return None
    return StoreError(code, _during(message, where), where=where)


# How PostgreSQL says it refused the login (the user's or the password's fault).
_LOGIN_REFUSED = (
    "password authentication failed",
    "no password supplied",
    "authentication failed",
    "pg_hba.conf",
)


def _table_gone(text: str) -> bool:
    """Whether a table or column is not there, in a database opened as ours (checked
    then): emptied since, or being restored. SQLite's words, or PostgreSQL's at the
    start of its message (not "constraint … of relation … does not exist", nor the
    SQL it quotes after them)."""
    if text.startswith(("no such table", "no such column")):
        return True
    return _PG_UNDEFINED.match(text) is not None


# PostgreSQL's undefined table (42P01) and column (42703), as it says them.
_PG_UNDEFINED = re.compile(r'(relation "[^"]*"|column \S+) does not exist')


# How drivers say a database server cannot be reached (psycopg, pg8000).
_UNREACHABLE = (
    "connection failed",
    "could not connect",
    "connection refused",
    "could not translate host name",
    "name or service not known",
)


def _during(message: str, where: str) -> str:
    return f"{message} ({where})" if where else message
