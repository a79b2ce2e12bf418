"""Backups of a SQLite database, and restoring one.

A backup is a consistent online copy (SQLite's backup API, safe while the program runs)
that passed `PRAGMA integrity_check`, written under a `.partial` name and then renamed:
a file under a backup's name is always whole. Dated backups go into `backups/` beside
the database, named after it (`approvals.sqlite3.20261125-103000.bak`), and the newest
`KEEP` of each database are kept. A server database (PostgreSQL) is backed up by the
server (pg_dump), not here.
"""

from __future__ import annotations

import glob
import os
import re
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Engine

from approvals_gui.store.db import translate_errors
from approvals_gui.store.errors import StoreError, StoreErrorCode, store_error
from approvals_gui.store.targets import OUR_TABLES, sqlite_file

KEEP = 7
FOLDER = "backups"
STAMP = "%Y%m%d-%H%M%S"
IN_USE_WAIT_S = 0.5  # how long restore waits for other connections to go away
_SIDE_FILES = ("-journal", "-wal", "-shm")
STEP_PAGES = 1024  # pages copied between two reports of a backup's progress
StepReport = Callable[[int, int], None]  # (done, total); may raise to stop


def _no_report(_done: int, _total: int) -> None:
    return None


def database_file(target: str | Path | Engine) -> Path:
    """The SQLite file of a target or engine; refused for a server database."""
    path = sqlite_file(str(target.url) if isinstance(target, Engine) else target)
    if path is None:
        raise StoreError(
            StoreErrorCode.SERVER_BACKUP,
            "backups of a server database are the server's: use pg_dump",
        )
    return path


def backup_sqlite(
    engine: Engine, target: Path, *, replace: bool = False, progress: StepReport = _no_report
) -> Path:
    """Copy the live database to `target` (safe while in use); refused, nothing written,
    if the copy fails the integrity check (DAMAGED) or a file is at `target` (EXISTS):
    it may be another desk's database, open and saving. `replace` is for the program's
    own names (a dated copy made again in the same second). `progress(pages copied,
    pages)` follows the copy; what it raises stops it, nothing kept."""
    database_file(engine)
    if not replace:
        _refuse_existing(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    _remove_with_side_files(partial)  # a killed run's leftovers must not mix in
    try:
        with translate_errors(f"writing {target.name}"):
            raw = engine.raw_connection()
            try:
                source = raw.driver_connection
                assert isinstance(source, sqlite3.Connection)
                _copy(source, partial, progress)
            finally:
                raw.close()
            if not replace:
                _refuse_existing(target)  # written meanwhile
            _install(partial, target)
    except BaseException:
        _remove_with_side_files(partial)
        raise
    return target


def _copy(source: sqlite3.Connection, path: Path, progress: StepReport) -> None:
    copy = _connect_copy(path)
    try:
        # In steps, each reported: the copy of a large file takes a few seconds.
        source.backup(
            copy,
            pages=STEP_PAGES,
            progress=lambda _status, left, pages: progress(pages - left, pages),
        )
        if not _sound(copy):
            raise StoreError(
                StoreErrorCode.DAMAGED,
                "the database fails its integrity check; no backup was written",
            )
        copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal
    finally:
        copy.close()


def _refuse_existing(target: Path) -> None:
    if os.path.lexists(target):
        raise StoreError(
            StoreErrorCode.EXISTS,
            f"{target} exists already; a backup is written to a new file",
            path=str(target),
        )


def _unused(path: Path) -> Path:
    """`path`, or `path-2`, `path-3`…: the first name no file has."""
    found, n = path, 1
    while os.path.lexists(found):
        n += 1
        found = path.with_name(f"{path.name}-{n}")
    return found


def _connect_copy(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path, isolation_level=None)


def _sound(conn: sqlite3.Connection) -> bool:
    return bool(conn.execute("PRAGMA integrity_check").fetchone() == ("ok",))


def _install(partial: Path, target: Path) -> None:
    """Give a finished file its final name, durably."""
    os.replace(partial, target)
    if os.name == "posix":  # a rename reaches the disk with its folder
        folder = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)


def _remove_with_side_files(path: Path) -> None:
    for name in (path, *(Path(f"{path}{side}") for side in _SIDE_FILES)):
        name.unlink(missing_ok=True)


# -- dated backups beside the database -------------------------------------------------


def backup_folder(database: Path) -> Path:
    return database.parent / FOLDER


def dated_backup(
    engine: Engine, now: datetime, keep: int = KEEP, progress: StepReport = _no_report
) -> Path:
    """A copy dated `now` into the backup folder; this database's older copies beyond
    the newest `keep` are deleted (other databases' are not). `progress` as
    `backup_sqlite`'s."""
    database = database_file(engine)
    folder = backup_folder(database)
    for stale in folder.glob(f"{glob.escape(database.name)}.*.bak.partial"):
        _remove_with_side_files(stale)
    # A copy made again within the same second takes the earlier one's place.
    made = backup_sqlite(
        engine,
        folder / f"{database.name}.{now.strftime(STAMP)}.bak",
        replace=True,
        progress=progress,
    )
    for old in dated_backups(database)[:-keep]:
        old.unlink()
    return made


def dated_backups(database: Path) -> list[Path]:
    """This database's dated backups, oldest first."""
    own = re.compile(re.escape(database.name) + r"\.\d{8}-\d{6}\.bak")
    found = backup_folder(database).glob(f"{glob.escape(database.name)}.*.bak")
    return sorted(p for p in found if own.fullmatch(p.name))


def has_backup_on(database: Path, day: date) -> bool:
    prefix = f"{database.name}.{day.strftime('%Y%m%d')}-"
    return any(p.name.startswith(prefix) for p in dated_backups(database))


# -- restore ---------------------------------------------------------------------------


def restore_sqlite(
    target: str | Path,
    backup: Path,
    now: datetime,
    *,
    verify: Callable[[Path], None] | None = None,
) -> Path:
    """Replace the database at `target` with a checked copy of `backup`; returns where
    the replaced file is kept (beside it, `NAME.before-restore-STAMP`, with `-2`… after
    it when an earlier restore in the same second kept one there).

    Refused, nothing changed: BAD_BACKUP (not a sound backup of ours), TOO_NEW (made by
    a newer program), IN_USE (another connection has the database open), MISSING; and
    whatever `verify` raises, given the checked copy before it replaces anything.
    """
    database = database_file(target)
    if not database.is_file():
        code = StoreErrorCode.MISSING if not database.exists() else StoreErrorCode.UNREADABLE
        raise StoreError(code, f"no database file at {database}", path=str(database))
    staged = database.with_name(database.name + ".restoring")
    _remove_with_side_files(staged)
    try:
        try:
            _stage(backup, staged)
            if verify is not None:
                verify(staged)
        except StoreError as exc:
            # Named, as the checks of a copy cannot: refused at start, before any
            # window, "this file" could be taken for the database itself.
            if exc.code is StoreErrorCode.BAD_BACKUP:
                exc.params.setdefault("backup", backup.name)
            raise
        kept = _unused(database.with_name(f"{database.name}.before-restore-{now.strftime(STAMP)}"))
        with translate_errors(f"restoring {database.name}"):
            with _sole_access(database):
                _keep_copy(database, kept)
            # The replaced file's WAL belongs with the kept copy, never with the new file.
            if Path(f"{database}-wal").exists():
                os.replace(f"{database}-wal", f"{kept}-wal")
            Path(f"{database}-shm").unlink(missing_ok=True)
            _install(staged, database)
    finally:
        _remove_with_side_files(staged)
    return kept


def _stage(backup: Path, staged: Path) -> None:
    """Copy `backup` to `staged` and check the copy: sound, ours, not too new."""
    if not backup.is_file():
        raise StoreError(StoreErrorCode.BAD_BACKUP, f"no backup file at {backup}")
    try:
        with translate_errors(f"reading {backup.name}"):
            source = sqlite3.connect(f"file:{quote(str(backup))}?mode=ro", uri=True)
            try:
                copy = sqlite3.connect(staged, isolation_level=None)
                try:
                    source.backup(copy)
                    _check_backup(copy, backup)
                    copy.execute("PRAGMA journal_mode=DELETE")
                finally:
                    copy.close()
            finally:
                source.close()
    except StoreError as exc:
        # Damaged, or a file of ours missing tables: no sound backup either way.
        if exc.code not in (StoreErrorCode.DAMAGED, StoreErrorCode.SCHEMA_GONE):
            raise
        raise StoreError(
            StoreErrorCode.BAD_BACKUP, f"{backup.name} is not a database: {exc}"
        ) from exc


def _check_backup(copy: sqlite3.Connection, backup: Path) -> None:
    from approvals_gui.store.migrate import known_revision  # Alembic: only when restoring

    if not _sound(copy):
        raise StoreError(StoreErrorCode.BAD_BACKUP, f"{backup.name} fails its integrity check")
    # A row pointing at none: never in a copy the program made (`check` would list it).
    if copy.execute("PRAGMA foreign_key_check").fetchone() is not None:
        raise StoreError(StoreErrorCode.BAD_BACKUP, f"{backup.name} has rows pointing at none")
    tables = {name for (name,) in copy.execute("SELECT name FROM sqlite_master")}
    if not OUR_TABLES <= tables:
        raise StoreError(
            StoreErrorCode.BAD_BACKUP, f"{backup.name} is not a backup of this program's data"
        )
    revision = copy.execute("SELECT max(version_num) FROM alembic_version").fetchone()[0]
    if revision is None or not known_revision(revision):
        raise StoreError(
            StoreErrorCode.TOO_NEW,
            f"{backup.name} has schema {revision}, newer than this program knows",
            revision=revision,
        )


@contextmanager
def _sole_access(database: Path) -> Iterator[None]:
    """Hold the database so that no other connection can use it meanwhile."""
    conn = sqlite3.connect(database, timeout=IN_USE_WAIT_S, isolation_level=None)
    try:
        _lock_out_others(conn, database)
        yield
    finally:
        conn.close()


def _lock_out_others(conn: sqlite3.Connection, database: Path) -> None:
    """IN_USE if another connection has the database open. Leaving WAL mode needs every
    other connection closed, even an idle one, which makes this a reliable test; the WAL
    is folded into the file on the way, so the file alone is the whole database."""
    try:
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.execute("BEGIN EXCLUSIVE")
    except sqlite3.OperationalError as exc:
        error = store_error(exc, "")
        if error is None or error.code is not StoreErrorCode.LOCKED:
            raise
        raise StoreError(
            StoreErrorCode.IN_USE,
            f"{database.name} is open in another program or window; close it first",
        ) from exc
    except sqlite3.DatabaseError:
        pass  # damaged beyond reading: no program can be working in it; it is kept as is


def _keep_copy(database: Path, kept: Path) -> None:
    partial = kept.with_name(kept.name + ".partial")
    try:
        shutil.copyfile(database, partial)
        _install(partial, kept)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
