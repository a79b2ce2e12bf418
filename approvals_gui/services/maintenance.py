"""Integrity check with an overdue summary; backups and restoring one."""

from __future__ import annotations

from datetime import date, datetime
from functools import partial
from pathlib import Path

from approvals_gui.domain.access import Permission
from approvals_gui.services.checking import CheckReport, check_database, stored_histories
from approvals_gui.services.progress import Progress, no_progress
from approvals_gui.services.workspace import Workspace
from approvals_gui.store.backup import backup_sqlite, dated_backup, has_backup_on, restore_sqlite
from approvals_gui.store.database import is_current, missing_tables
from approvals_gui.store.db import driver_connection, make_engine
from approvals_gui.store.errors import StoreError, StoreErrorCode
from approvals_gui.store.targets import sqlite_file


def check(ws: Workspace, *, today: date) -> CheckReport:
    """`checking.check_database` of the workspace's database (a SQLite file or a server),
    through its driver's connection."""
    with driver_connection(ws.engine) as conn:
        return check_database(conn, today)


def backup(ws: Workspace, out: Path | None = None, progress: Progress = no_progress) -> Path:
    """A consistent, checked copy: to `out`, or dated into `backups/` beside the
    database (the newest 7 of this database kept). Refused on a server (SERVER_BACKUP)
    and for a database that fails its integrity check (DAMAGED). `progress` follows the
    copy and may cancel it (Cancelled), nothing written."""
    if out is not None:
        return backup_sqlite(ws.engine, out, progress=progress)
    return dated_backup(ws.engine, ws.now(), progress=progress)


def backup_now(ws: Workspace, progress: Progress) -> Path:
    """The window's 立即备份: `backup` dated into `backups/`, by one who may restore."""
    ws.require(Permission.RESTORE)
    return backup(ws, progress=progress)


def daily_backup(ws: Workspace, today: date) -> Path | None:
    """The day's automatic backup: made if this database has none dated `today` yet.
    None when it has one, or when the database is on a server (the server's backups)."""
    database = sqlite_file(str(ws.engine.url))
    if database is None or has_backup_on(database, today):
        return None
    return dated_backup(ws.engine, datetime.combine(today, ws.now().time()))


def restore(target: str | Path, backup: Path, progress: Progress = no_progress) -> Path:
    """Replace the database at `target` (a file) with a checked copy of `backup`;
    returns where the replaced file is kept. Refused, nothing changed, if the backup is
    unsound or not ours (BAD_BACKUP, TOO_NEW), if its histories do not match their hash
    chains (BAD_BACKUP), or while any program or window has the database open (IN_USE):
    the caller closes its own connections first. `progress` follows the check of the
    histories, and may cancel it (Cancelled) before anything is replaced."""
    verify = partial(_histories_sound, progress=progress)
    return restore_sqlite(target, backup, datetime.now(), verify=verify)


def _histories_sound(copy: Path, progress: Progress = no_progress) -> None:
    """BAD_BACKUP if a history in `copy` is not what its hash chain says (restoring it
    would pass off an edited history as the program's), or if a table is missing from
    it (every page reading that table would fail). A copy at an older schema (made
    before the program was updated) is brought up to date first, as opening it would:
    `copy` is a scratch copy, and the backup it came from stays as it was."""
    engine = make_engine(copy)
    try:
        if not is_current(engine):
            from approvals_gui.store.migrate import upgrade_copy  # Alembic: only when needed

            upgrade_copy(engine)
        if missing := missing_tables(engine):
            raise StoreError(
                StoreErrorCode.BAD_BACKUP, f"the backup lacks tables: {', '.join(sorted(missing))}"
            )
        with driver_connection(engine) as conn:
            problems = stored_histories(conn, progress).problems
    finally:
        engine.dispose()
    if problems:
        raise StoreError(
            StoreErrorCode.BAD_BACKUP,
            f"the backup's histories do not match their hash chains ({problems[0]})",
        )
