"""Storage errors a user can act on, each with a stable code the UI translates."""

from __future__ import annotations

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


class StoreError(RuntimeError):
    def __init__(self, code: StoreErrorCode, message: str, **params: Any) -> None:
        super().__init__(message)
        self.code = code
        self.params = params
