"""What may be opened as our database: a mistyped path is not created, another
program's file or server database is refused untouched, what is not a file is a clear
error, and an empty file or server database receives the schema (unless the caller
only reads: then it is refused, left empty)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from approvals_gui.store.database import is_current, open_database
from approvals_gui.store.db import make_engine
from approvals_gui.store.errors import StoreError, StoreErrorCode

FILE = pytest.mark.sqlite_only("a file's own checks; a server database is made by its admin")


def foreign_file(path: Path) -> bytes:
    """Another program's SQLite database (rollback journal, as most programs leave it)."""
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("INSERT INTO notes (body) VALUES ('购物清单')")
    conn.commit()
    conn.close()
    return path.read_bytes()


@FILE
def test_a_missing_file_is_refused_and_not_created(tmp_path: Path) -> None:
    path = tmp_path / "typo" / "approvals.sqlite3"
    with pytest.raises(StoreError) as err:
        open_database(path)
    assert err.value.code is StoreErrorCode.MISSING
    assert not path.parent.exists()


@FILE
def test_a_missing_file_is_created_when_asked(tmp_path: Path) -> None:
    path = tmp_path / "new" / "approvals.sqlite3"
    open_database(path, create=True).dispose()
    open_database(path).dispose()  # and is ours from then on


@FILE
@pytest.mark.parametrize("create", [False, True])
def test_another_programs_file_is_refused_untouched(tmp_path: Path, create: bool) -> None:
    path = tmp_path / "notes.db"
    before = foreign_file(path)
    with pytest.raises(StoreError) as err:
        open_database(path, create=create)
    assert err.value.code is StoreErrorCode.FOREIGN
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.db"]


@FILE
def test_an_empty_file_becomes_a_database(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite3"
    path.touch()
    open_database(path).dispose()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM time_limit_rule").fetchone()[0] > 0


@FILE
def test_an_empty_file_is_refused_untouched_when_nothing_is_to_be_installed(
    tmp_path: Path,
) -> None:
    path = tmp_path / "empty.sqlite3"
    path.touch()
    with pytest.raises(StoreError) as err:
        open_database(path, install=False)
    assert err.value.code is StoreErrorCode.MISSING
    assert path.read_bytes() == b""
    assert [p.name for p in tmp_path.iterdir()] == ["empty.sqlite3"]


@FILE
@pytest.mark.parametrize("target", ["folder", "/dev/null"])
def test_what_is_not_a_file_is_refused(tmp_path: Path, target: str) -> None:
    path = tmp_path if target == "folder" else Path(target)
    with pytest.raises(StoreError) as err:
        open_database(path, create=True)
    assert err.value.code is StoreErrorCode.UNREADABLE


def tables(url: str) -> set[str]:
    engine = make_engine(url)
    try:
        return set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


@pytest.mark.parametrize("create", [False, True])
def test_an_empty_server_database_receives_the_schema(server_database: str, create: bool) -> None:
    engine = open_database(server_database, create=create)  # made by the server's admin
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM time_limit_rule")).scalar_one() > 0
    engine.dispose()
    again = open_database(server_database)  # and is ours from then on
    assert is_current(again)
    again.dispose()


def test_an_empty_server_database_is_refused_untouched_when_nothing_is_to_be_installed(
    server_database: str,
) -> None:
    with pytest.raises(StoreError) as err:
        open_database(server_database, install=False)
    assert err.value.code is StoreErrorCode.MISSING
    assert tables(server_database) == set()


@pytest.mark.parametrize("create", [False, True])
def test_another_programs_server_database_is_refused_untouched(
    server_database: str, create: bool
) -> None:
    engine = make_engine(server_database)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE notes (id SERIAL PRIMARY KEY, body TEXT)"))
        conn.execute(text("INSERT INTO notes (body) VALUES ('购物清单')"))
    engine.dispose()
    with pytest.raises(StoreError) as err:
        open_database(server_database, create=create)
    assert err.value.code is StoreErrorCode.FOREIGN
    assert tables(server_database) == {"notes"}


@pytest.mark.parametrize("scheme", ["postgresql", "postgres", "postgresql+psycopg"])
def test_a_server_address_is_opened_with_psycopg(scheme: str) -> None:
    engine = make_engine(f"{scheme}://approvals@db.example/approvals")  # connects lazily
    assert (engine.dialect.name, engine.dialect.driver) == ("postgresql", "psycopg")


@FILE
def test_a_desk_opens_and_checks_while_another_holds_the_write_lock(tmp_path: Path) -> None:
    """Opening seeded the defaults and pruned the change log in write transactions:
    behind another desk's long write (an import) it waited, then failed LOCKED, and
    `check` could not read a database it only reads."""
    from approvals_gui.services.maintenance import check
    from approvals_gui.services.workspace import Workspace
    from tests.conftest import TODAY

    path = tmp_path / "shared.sqlite3"
    open_database(path, create=True).dispose()
    writer = sqlite3.connect(path, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE unit SET name = name")
        engine = open_database(path)
        try:
            assert check(Workspace(engine, "李四"), today=TODAY).ok
        finally:
            engine.dispose()
    finally:
        writer.execute("ROLLBACK")
        writer.close()
