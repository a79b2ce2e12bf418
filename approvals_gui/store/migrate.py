"""Schema migrations with Alembic, run automatically when a database is opened.

A file written by a newer version of the program is refused rather than touched; an
existing SQLite file is copied aside before its schema is changed.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from approvals_gui.store.backup import backup_sqlite
from approvals_gui.store.db import SQLITE_BEGIN, translate_errors
from approvals_gui.store.errors import StoreError, StoreErrorCode

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with translate_errors("reading the schema version"), engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head", *, copy_aside: bool = True) -> None:
    """Bring the schema to `revision`, backing up an existing file first unless
    `copy_aside` is False (a scratch copy, whose source stays as it was)."""
    current = current_revision(engine)
    if current is not None and not known_revision(current):
        raise StoreError(
            StoreErrorCode.TOO_NEW,
            f"the database has schema {current}, newer than this program knows",
            revision=current,
        )
    if current == head_revision() and revision == "head":
        return
    if copy_aside and current is not None and engine.dialect.name == "sqlite":
        database = engine.url.database
        if database and database != ":memory:":
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            # Desks opening the old file at once may each copy it, to the same name.
            backup_sqlite(engine, Path(f"{database}.before-{current}-{stamp}.bak"), replace=True)
    _run(engine, lambda config: command.upgrade(config, revision))


def upgrade_copy(engine: Engine) -> None:
    """A scratch copy of an older backup brought up to date, nothing set aside (its
    source stays as it was); BAD_BACKUP if it cannot be (a table or key of its own in
    the way). A full disk or a lock is not the backup's doing and is said as such."""
    try:
        upgrade(engine, copy_aside=False)
    except (StoreError, SQLAlchemyError) as exc:
        its_own = (StoreErrorCode.DAMAGED, StoreErrorCode.SCHEMA_GONE)  # a table missing
        if isinstance(exc, StoreError) and exc.code not in its_own:
            raise
        raise StoreError(
            StoreErrorCode.BAD_BACKUP, f"the backup cannot be brought up to date: {exc}"
        ) from exc


def known_revision(revision: str) -> bool:
    """Whether `revision` is one of this program's migrations."""
    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except CommandError:
        return False


def downgrade(engine: Engine, revision: str) -> None:
    _run(engine, lambda config: command.downgrade(config, revision))


def _run(engine: Engine, step: object) -> None:
    """Run `step` in one transaction.

    SQLite's batch mode rebuilds tables (copy, drop, rename). With foreign keys on,
    dropping a table that others reference fails, so they are off while migrating,
    as SQLite's own procedure for schema changes prescribes, and checked before commit.
    """
    config = alembic_config()
    sqlite = engine.dialect.name == "sqlite"
    with translate_errors("migrating the schema"), engine.connect() as conn:
        if sqlite:  # outside any transaction, where SQLite honours it
            conn.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")  # type: ignore[union-attr]
        try:
            # Two desktops upgrading at once: the second waits, then finds nothing to do.
            conn.execution_options(**{SQLITE_BEGIN: "IMMEDIATE"})
            with conn.begin():
                config.attributes["connection"] = conn
                step(config)  # type: ignore[operator]
                if sqlite and conn.exec_driver_sql("PRAGMA foreign_key_check").first():
                    raise StoreError(StoreErrorCode.DAMAGED, "a migration broke a foreign key")
        finally:
            if sqlite:
                conn.connection.driver_connection.execute("PRAGMA foreign_keys=ON")  # type: ignore[union-attr]
