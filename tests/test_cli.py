"""The headless commands: demo, check, backup, and errors as one line on stderr."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from approvals_gui.app import main
from approvals_gui.domain.credit_code import is_valid_credit_code


def test_demo_check_and_backup(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "demo.sqlite3"
    assert main(["demo", "--count", "400", "--db", str(db)]) == 0
    assert "added 400 applications" in capsys.readouterr().out
    with sqlite3.connect(db) as conn:
        codes = [row[0] for row in conn.execute("SELECT credit_code FROM enterprise")]
        stages = {row[0] for row in conn.execute("SELECT stage FROM application")}
        events = conn.execute("SELECT count(*) FROM stage_event").fetchone()[0]
    assert codes and all(is_valid_credit_code(c) for c in codes)
    assert {"delivered", "review", "expert_review"} <= stages and events > 1200

    assert main(["check", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "applications: 400" in out and "integrity: ok" in out and "overdue (red):" in out

    copy = tmp_path / "copy.sqlite3"
    assert main(["backup", "--db", str(db), "--out", str(copy)]) == 0
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT count(*) FROM application").fetchone()[0] == 400


def test_default_backup_is_dated_and_rotated(tmp_path: Path) -> None:
    db = tmp_path / "d.sqlite3"
    assert main(["demo", "--count", "5", "--db", str(db)]) == 0
    assert main(["backup", "--db", str(db)]) == 0
    made = list((tmp_path / "data" / "backups").glob("approvals-*.sqlite3"))
    assert len(made) == 1


def test_check_finds_stored_dates_that_disagree_with_history(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "c.sqlite3"
    main(["demo", "--count", "20", "--db", str(db)])
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE application SET stage = 'approved' WHERE id = 1")
    assert main(["check", "--db", str(db)]) == 3
    assert "stored stage dates differ" in capsys.readouterr().out


def test_a_damaged_file_is_one_line_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"not a database" * 100)
    assert main(["check", "--db", str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "damaged" in err


def test_bad_arguments_exit_non_zero(tmp_path: Path) -> None:
    assert main(["demo", "--count", "0", "--db", str(tmp_path / "x.sqlite3")]) == 2
    with pytest.raises(SystemExit) as exit_info:
        main(["backup", "--nonsense"])
    assert exit_info.value.code != 0
