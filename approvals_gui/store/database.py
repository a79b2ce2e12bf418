"""Opening a database: check the file, connect, migrate to the current schema, seed the
default rules."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, inspect, text
from sqlmodel import SQLModel

from approvals_gui.store import live
from approvals_gui.store.db import make_engine, session_scope, translate_errors
from approvals_gui.store.repo import ensure_default_rules, has_default_rules
from approvals_gui.store.sqlite_file import check_database_file, refuse_unless_ours
from approvals_gui.store.targets import SCHEMA_REVISION, sqlite_file
from approvals_gui.store.units import ensure_default_unit, has_units


def open_database(target: str | Path, *, create: bool = False, install: bool = True) -> Engine:
    """An engine on `target` (a path or URL) with the schema at the newest revision.

    A missing file is created only if `create` says so (the window's default database,
    `demo`), so a mistyped path is an error rather than a new empty database. A file
    holding another program's tables is refused untouched. An empty file, or an empty
    server database, receives the schema; unless `install` is False (a command that
    only reads): then it is refused as MISSING and left empty. A database of ours at an
    older schema is brought up to date either way.
    """
    path = sqlite_file(target)
    if path is not None:
        check_database_file(path, create=create, install=install)
    engine = make_engine(target)
    try:
        if path is None:
            _refuse_unless_ours(engine, install=install)
        bring_up_to_date(engine)
    except BaseException:
        engine.dispose()
        raise
    return engine


def bring_up_to_date(engine: Engine) -> None:
    """Migrate to the current schema if needed and seed the default rules (on opening,
    and after a restore put an older copy in place)."""
    if not is_current(engine):
        from approvals_gui.store.migrate import upgrade

        upgrade(engine)
    # Read first, write only what is missing: another desk's long write (an import)
    # must not keep this one from opening, nor `check` from reading (LOCKED otherwise).
    with session_scope(engine, write=False) as session:
        seeded = has_default_rules(session) and has_units(session)
    if not seeded:
        with session_scope(engine) as session:
            ensure_default_rules(session)
            ensure_default_unit(session)
    live.prune(engine)


def _refuse_unless_ours(engine: Engine, *, install: bool) -> None:
    """A server database that is not ours (`refuse_unless_ours`) gets none of our tables."""
    with translate_errors("reading the tables"), engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
    name = engine.url.database  # None: the server's default for the user
    where = f"the server database {name}" if name else "the server database"
    refuse_unless_ours(tables, where, install=install)


def missing_tables(engine: Engine) -> set[str]:
    """The tables of the current schema that a database at it lacks (a copy with one
    dropped passes every other check, and fails only once a page reads it)."""
    with translate_errors("reading the tables"), engine.connect() as conn:
        present = set(inspect(conn).get_table_names())
    return set(SQLModel.metadata.tables) - present


def is_current(engine: Engine) -> bool:
    """Whether the schema is at SCHEMA_REVISION, read with plain SQL; False for a new
    database (no version table yet)."""
    with translate_errors("reading the schema version"), engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return False
        found = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    return list(found) == [SCHEMA_REVISION]
