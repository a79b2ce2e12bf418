"""`import LEDGER.xlsx` on the command line: nothing doubled, nothing listed forever."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from approvals_gui.app import main
from approvals_gui.domain.imports import MAX_PROBLEMS_LISTED
from approvals_gui.store.database import open_database
from tests.services.test_ledger import ROWS, ledger_file


def test_the_same_ledger_twice(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db, path = str(tmp_path / "i.sqlite3"), ledger_file(tmp_path, ROWS[:2])
    open_database(db, create=True).dispose()
    assert main(["import", str(path), "--db", db]) == 0
    assert "imported 2 applications" in capsys.readouterr().out
    assert main(["import", str(path), "--db", db]) == 0
    out, err = capsys.readouterr()
    assert "2 row(s) already in the database" in err
    assert "imported 0 applications, 2 already imported" in out
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM application").fetchone()[0] == 2


def test_problems_are_listed_up_to_the_cap(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = [[i, f"项目{i}", *ROWS[2][2:]] for i in range(MAX_PROBLEMS_LISTED + 50)]
    db, path = str(tmp_path / "i.sqlite3"), ledger_file(tmp_path, bad)
    open_database(db, create=True).dispose()
    assert main(["import", str(path), "--db", db]) == 3
    lines = capsys.readouterr().err.splitlines()
    assert sum(line.startswith("row ") for line in lines) == MAX_PROBLEMS_LISTED
    assert "…and 50 more problem(s)" in lines
    assert "error: 250 bad row(s); nothing imported (fix the file, or use --skip-bad)" in lines
