"""What may be opened as our database: a mistyped path is not created, another
program's file is refused untouched, and what is not a file is a clear error."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from approvals_gui.store.database import open_database
from approvals_gui.store.errors import StoreError, StoreErrorCode


def foreign_file(path: Path) -> bytes:
    """Another program's SQLite database (rollback journal, as most programs leave it)."""
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("INSERT INTO notes (body) VALUES ('购物清单')")
    conn.commit()
    conn.close()
    return path.read_bytes()


def test_a_missing_file_is_refused_and_not_created(tmp_path: Path) -> None:
    path = tmp_path / "typo" / "approvals.sqlite3"
    with pytest.raises(StoreError) as err:
        open_database(path)
    assert err.value.code is StoreErrorCode.MISSING
    assert not path.parent.exists()


def test_a_missing_file_is_created_when_asked(tmp_path: Path) -> None:
    path = tmp_path / "new" / "approvals.sqlite3"
    open_database(path, create=True).dispose()
    open_database(path).dispose()  # and is ours from then on


@pytest.mark.parametrize("create", [False, True])
def test_another_programs_database_is_refused_untouched(tmp_path: Path, create: bool) -> None:
    path = tmp_path / "notes.db"
    before = foreign_file(path)
    with pytest.raises(StoreError) as err:
        open_database(path, create=create)
    assert err.value.code is StoreErrorCode.FOREIGN
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.db"]


def test_an_empty_file_becomes_a_database(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite3"
    path.touch()
    open_database(path).dispose()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM time_limit_rule").fetchone()[0] > 0


@pytest.mark.parametrize("target", ["folder", "/dev/null"])
def test_what_is_not_a_file_is_refused(tmp_path: Path, target: str) -> None:
    path = tmp_path if target == "folder" else Path(target)
    with pytest.raises(StoreError) as err:
        open_database(path, create=True)
    assert err.value.code is StoreErrorCode.UNREADABLE
