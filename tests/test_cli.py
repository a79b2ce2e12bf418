"""The headless commands: demo, check, backup, and errors as one line on stderr."""

from __future__ import annotations

import argparse
import csv
import itertools
import re
import sqlite3
import unicodedata
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from approvals_gui import COMMANDS
from approvals_gui.app import main
from approvals_gui.cli import build_parser
from approvals_gui.domain.credit_code import is_valid_credit_code
from approvals_gui.store.database import open_database


def test_the_commands_are_those_the_package_names() -> None:
    (sub,) = (a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    assert tuple(sub.choices) == COMMANDS


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
    with sqlite3.connect(db) as conn:
        days = {row[0][:7] for row in conn.execute("SELECT day FROM service_visit")}
        open_ones = conn.execute(
            "SELECT count(*) FROM service_visit WHERE status = 'open' AND due_on IS NOT NULL"
        ).fetchone()[0]
        linked = conn.execute(
            "SELECT count(*) FROM service_matter WHERE application_id IS NOT NULL"
        ).fetchone()[0]
    assert len(days) == 12 and open_ones > 0 and linked > 0  # a year of service days

    assert main(["check", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "applications: 400" in out and "integrity: ok" in out and "overdue (red):" in out

    copy = tmp_path / "copy.sqlite3"
    assert main(["backup", "--db", str(db), "--out", str(copy)]) == 0
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT count(*) FROM application").fetchone()[0] == 400


def test_default_backup_is_dated_beside_the_database(tmp_path: Path) -> None:
    db = tmp_path / "d.sqlite3"
    assert main(["demo", "--count", "5", "--db", str(db)]) == 0
    assert main(["backup", "--db", str(db)]) == 0
    (made,) = (tmp_path / "backups").iterdir()
    assert re.fullmatch(r"d\.sqlite3\.\d{8}-\d{6}\.bak", made.name)


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


def test_exports_from_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "e.sqlite3"
    assert main(["demo", "--count", "60", "--db", str(db)]) == 0
    for what, name in (("applications", "a.xlsx"), ("overdue", "o.csv"), ("stats", "s.xlsx")):
        assert main(["export", what, "--out", str(tmp_path / name), "--db", str(db)]) == 0
    book = load_workbook(tmp_path / "a.xlsx")
    assert book["申请"].max_row == 61 and book["申请"]["A1"].value == "编号"
    sheet = book["申请"]
    headings = [c.value for c in sheet[1]]
    deciding = {row[headings.index("审批单位")].value for row in sheet.iter_rows(min_row=2)}
    assert "市局" in deciding and not deciding & {"city", "centre", ""}  # names, not codes
    # Printed with the day its countdowns hold for: the command's one day.
    days = (date.today(), date.today() - timedelta(days=1))  # begun before midnight, say
    assert sheet.oddHeader.center.text in {f"截至 {day.isoformat()}" for day in days}
    # The board as it is shown at first: by handler, the worst first in each group (it
    # was the cards as read, a case due soon among those overdue).
    with (tmp_path / "o.csv").open(encoding="utf-8-sig", newline="") as f:
        header, *rows = list(csv.reader(f))
    assert header[:3] == ["分组", "状态", "编号"]
    lanes = {"超法定期限": 0, "超承诺期限": 1, "超期": 1, "即将到期": 2}
    for _group, cards in itertools.groupby(rows, key=lambda row: row[0]):
        order = [lanes[row[1]] for row in cards]
        assert order == sorted(order)
    assert load_workbook(tmp_path / "s.xlsx").sheetnames[0] == "指标"
    pdf = tmp_path / "s.pdf"
    args = ["export", "stats", "--from", "2026-01-01", "--to", "2026-06-30", "--out", str(pdf)]
    assert main([*args, "--bureau", "江城市生态环境局", "--db", str(db)]) == 0
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "2026-01-01" in text and "2026-06-30" in text
    assert main(["export", "overdue", "--out", str(tmp_path / "o.pdf"), "--db", str(db)]) == 0
    assert PdfReader(tmp_path / "o.pdf").pages
    # A printed list says whose it is and the day its countdowns hold for.
    assert main(["export", "applications", "--out", str(tmp_path / "a.pdf"), "--db", str(db)]) == 0
    first = re.sub(r"[ \t]", " ", PdfReader(tmp_path / "a.pdf").pages[0].extract_text())
    assert "市生态环境局" in first and f"截至 {date.today().isoformat()}" in first


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["export", "stats", "--out", "x.docx"], "--out must end in .xlsx, .csv, .pdf"),
        (["export", "stats", "--out", "x.xlsx", "--category", "nope"], "unknown category"),
        (
            ["export", "stats", "--from", "2026-12-31", "--to", "2026-01-01", "--out", "x.xlsx"],
            "--to 2026-01-01 is before --from 2026-12-31",
        ),
        (
            ["export", "stats", "--handler", "Nobody", "--out", "x.xlsx"],
            "no application has the handler 'Nobody'",
        ),
    ],
)
def test_export_refusals(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    open_database(tmp_path / "r.sqlite3", create=True).dispose()
    assert main([*args, "--db", str(tmp_path / "r.sqlite3")]) == 2
    assert message in capsys.readouterr().err


def test_a_handler_typed_padded_is_the_handler_as_names_are_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "h.sqlite3"
    assert main(["demo", "--count", "60", "--db", str(db)]) == 0
    with closing(sqlite3.connect(db)) as con:
        (name,) = con.execute(
            "SELECT handler FROM application GROUP BY handler ORDER BY count(*) DESC"
        ).fetchone()
    said = []
    for typed in (name, f"{name[0]} {name[1:]}"):
        args = ["export", "stats", "--handler", typed, "--out", str(tmp_path / "s.csv")]
        assert main([*args, "--db", str(db)]) == 0
        said.append((tmp_path / "s.csv").read_text(encoding="utf-8-sig"))
    assert said[0] == said[1] and f"承办人,{name}," in said[0] and "收件,0," not in said[0]


def test_figures_as_csv_say_that_the_other_tables_are_in_the_xlsx(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "r.sqlite3"
    open_database(db, create=True).dispose()
    assert main(["export", "stats", "--out", str(tmp_path / "s.csv"), "--db", str(db)]) == 0
    said = capsys.readouterr().out
    assert "note: s.csv holds " in said and "月度趋势" in said


def test_a_bad_date_is_one_line_on_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["export", "stats", "--from", "2026-02-30", "--out", "x.xlsx"])
    assert "not a date (YYYY-MM-DD): '2026-02-30'" in capsys.readouterr().err


@pytest.mark.parametrize(
    "args",
    [
        ["export", "stats", "--from", "0001-01-01", "--to", "9999-12-31", "--out", "x.csv"],
        ["report", "service-days", "--month", "9999-12", "--out", "x.xlsx"],
        ["report", "hotline", "--month", "0001-01", "--out", "x.xlsx"],
    ],
)
def test_a_date_outside_the_calendar_is_one_line_on_stderr(
    capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    """Once an "unexpected error" from date arithmetic past the year 9999."""
    with pytest.raises(SystemExit):
        main(args)
    assert "is outside the calendar (2000–2060)" in capsys.readouterr().err


def test_import_refuses_bad_rows_unless_told(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.services.test_ledger import ledger_file

    db, path = str(tmp_path / "i.sqlite3"), ledger_file(tmp_path)
    open_database(db, create=True).dispose()
    assert main(["import", str(path), "--db", db]) == 3
    err = capsys.readouterr().err
    assert "row 5, 统一社会信用代码:" in err and "nothing imported" in err
    assert main(["import", str(path), "--skip-bad", "--db", db]) == 0
    assert "imported 2 applications, skipped 1 rows" in capsys.readouterr().out
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM application").fetchone()[0] == 2
    not_a_book = tmp_path / "x.xlsx"
    not_a_book.write_text("?")
    assert main(["import", str(not_a_book), "--db", db]) == 1
    assert "not an .xlsx workbook" in capsys.readouterr().err


def test_service_day_report_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "s.sqlite3")
    assert main(["demo", "--count", "40", "--db", db]) == 0
    pdf, xlsx = tmp_path / "m.pdf", tmp_path / "m.xlsx"
    args = ["report", "service-days", "--month", "2026-10", "--db", db]
    assert main([*args, "--out", str(pdf), "--bureau", "江城市生态环境局"]) == 0
    assert main([*args, "--out", str(xlsx)]) == 0
    text = unicodedata.normalize("NFKC", "".join(p.extract_text() for p in PdfReader(pdf).pages))
    assert "企业服务日工作月报" in text and "2026-10-08" in text  # the 5th was a holiday
    book = load_workbook(xlsx)
    assert book.sheetnames == ["服务记录", "汇总", "未办结跟进"]
    visits = list(book["服务记录"].iter_rows(min_row=2, values_only=True))
    assert visits and all(row[0].date() == date(2026, 10, 8) for row in visits)
    with pytest.raises(SystemExit):
        main(["report", "service-days", "--month", "2026-13", "--out", str(xlsx), "--db", db])
    assert "not a month (YYYY-MM): '2026-13'" in capsys.readouterr().err


def test_an_unknown_command_is_an_error_not_a_window(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["restor", "x.bak"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "unknown command 'restor'" in err


@pytest.mark.parametrize(
    "command", [["check"], ["backup"], ["export", "overdue", "--out", "o.csv"]]
)
def test_a_mistyped_database_is_not_created(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    typo = tmp_path / "aprovals.sqlite3"
    assert main([*command, "--db", str(typo)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("error: no database at")
    written = [p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file()]
    assert written == [Path("data/logs/approvals_gui.log")]  # the log, and nothing else


def test_another_programs_database_is_left_as_it_was(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.store.test_open import foreign_file

    path = tmp_path / "notes.db"
    before = foreign_file(path)
    for command in (["check"], ["demo", "--count", "3"], ["backup"]):
        assert main([*command, "--db", str(path)]) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "another program's data" in err
    assert path.read_bytes() == before
    beside = sorted(p.name for p in tmp_path.iterdir())
    assert beside == ["data", "notes.db"]  # the data folder holds only the program's log


@pytest.mark.parametrize(
    "command",
    [
        ["check"],
        ["export", "overdue", "--out", "{out}"],
        ["report", "service-days", "--month", "2026-11", "--out", "{out}"],
        ["users", "list"],
    ],
    ids=["check", "export", "report", "users-list"],
)
def test_a_reading_command_refuses_an_empty_database_and_leaves_it_empty(
    engine_kind: str,
    database: str,
    command: list[str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Commands that only read once gave an empty file or server database the schema."""
    from tests.store.test_open import tables

    if engine_kind == "sqlite":
        Path(database).touch()
    out = str(tmp_path / "o.xlsx")
    assert main([part.replace("{out}", out) for part in command] + ["--db", database]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("error: ")
    assert "is empty: no database of this program is there" in err
    if engine_kind == "sqlite":  # not a byte written, nothing set beside it
        assert Path(database).read_bytes() == b""
        assert [p.name for p in Path(database).parent.glob("test*")] == ["test.sqlite3"]
    assert tables(database) == set() and not Path(out).exists()


def test_check_brings_an_older_database_up_to_date(
    database: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """As opening it the usual way would: only an empty one is refused."""
    from approvals_gui.store.database import is_current
    from approvals_gui.store.migrate import downgrade

    engine = open_database(database, create=True)
    downgrade(engine, "0008")
    assert not is_current(engine)
    assert main(["check", "--db", database]) == 0
    assert "integrity: ok" in capsys.readouterr().out
    assert is_current(engine)
    engine.dispose()


@pytest.mark.parametrize("target", ["/dev/null", "{tmp}"])
def test_what_is_not_a_database_file_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], target: str
) -> None:
    assert main(["check", "--db", target.replace("{tmp}", str(tmp_path))]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("error: not a database file")


def test_demo_adds_to_a_database_that_has_data(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "twice.sqlite3")
    assert main(["demo", "--count", "30", "--db", db]) == 0
    assert main(["demo", "--count", "30", "--db", db]) == 0  # the same seed again
    assert main(["check", "--db", db]) == 0
    assert "applications: 60" in capsys.readouterr().out


def test_check_lists_a_row_outside_the_calendar_and_carries_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "range.sqlite3"
    assert main(["demo", "--count", "20", "--db", str(db)]) == 0
    with sqlite3.connect(db) as conn:
        number = conn.execute("SELECT number FROM application WHERE id = 1").fetchone()[0]
        conn.execute("UPDATE application SET received_on = '1999-12-31' WHERE id = 1")
    capsys.readouterr()
    assert main(["check", "--db", str(db)]) == 3
    out = capsys.readouterr().out
    assert f"{number}: no countdown:" in out and "applications: 20" in out
    assert "overdue (red):" in out  # the summary of the other rows is still there
    assert main(["export", "applications", "--out", str(tmp_path / "a.csv"), "--db", str(db)]) == 0


def test_backup_and_restore_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "live.sqlite3"
    assert main(["demo", "--count", "10", "--db", str(db)]) == 0
    assert main(["backup", "--db", str(db)]) == 0
    (backup,) = (tmp_path / "backups").iterdir()
    with closing(sqlite3.connect(db)) as conn, conn:  # closed: restore needs it closed
        conn.execute("DELETE FROM service_matter")
    capsys.readouterr()
    assert main(["restore", str(backup), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    (kept,) = tmp_path.glob("live.sqlite3.before-restore-*")
    assert f"kept as {kept}" in out
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM service_matter").fetchone()[0] > 0
    with sqlite3.connect(kept) as conn:
        assert conn.execute("SELECT count(*) FROM service_matter").fetchone()[0] == 0
    assert main(["check", "--db", str(db)]) == 0


def test_backup_and_restore_refusals_are_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "r.sqlite3"
    open_database(db, create=True).dispose()
    not_a_backup = tmp_path / "x.bak"
    not_a_backup.write_bytes(b"garbage" * 500)
    cases = [
        ([str(not_a_backup), "--db", str(db)], "x.bak is not a database"),
        ([str(tmp_path / "none.bak"), "--db", str(db)], "no backup file at"),
        ([str(not_a_backup), "--db", str(tmp_path / "typo.sqlite3")], "no database file at"),
        ([str(not_a_backup), "--db", "postgresql://office/approvals"], "pg_dump"),
    ]
    for args, message in cases:
        assert main(["restore", *args]) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and message in err, err
    assert main(["backup", "--db", "postgresql://office/approvals"]) == 1
    assert "pg_dump" in capsys.readouterr().err


def test_a_database_that_fails_its_integrity_check_is_not_backed_up(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.store.test_backup import damage_an_index

    db = tmp_path / "sick.sqlite3"
    assert main(["demo", "--count", "30", "--db", str(db)]) == 0
    damage_an_index(db)
    capsys.readouterr()
    assert main(["backup", "--db", str(db)]) == 1
    assert "integrity check" in capsys.readouterr().err
    assert list((tmp_path / "backups").iterdir()) == []


def test_an_unreachable_server_is_one_line_without_the_password(
    capsys: pytest.CaptureFixture[str],
) -> None:
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    address = f"postgresql://clerk:hunter2@127.0.0.1:{port}/approvals"
    assert main(["check", "--db", address]) == 1
    out, err = capsys.readouterr()
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "cannot reach the database server" in lines[0]
    assert "hunter2" not in out + err
    assert main(["check", "--db", "postgresql://clerk:pw@host:notaport/db"]) == 1
    assert "not a database server address" in capsys.readouterr().err
