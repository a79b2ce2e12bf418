"""`check` on a SQLite file reads it through sqlite3 alone (`check_file`): the same report
as the check through the database stack, and a file it cannot read so is left to that
stack, which upgrades it or says what is wrong. What the driver reads is what the ORM
reads."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path

import pytest

from approvals_gui.app import main
from approvals_gui.services import demo, maintenance
from approvals_gui.services.checking import check_file
from approvals_gui.services.workspace import Workspace
from approvals_gui.store import hotline, plain, repo
from approvals_gui.store.database import open_database
from approvals_gui.store.db import driver_connection, session_scope
from approvals_gui.store.errors import StoreError, StoreErrorCode
from tests.conftest import TODAY

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("checking") / "demo.sqlite3"
    assert main(["demo", "--count", "200", "--db", str(path)]) == 0  # with 12369 cases
    return path


def full_check(path: Path) -> maintenance.CheckReport:
    engine = open_database(path)
    try:
        return maintenance.check(Workspace(engine, "张三"), today=TODAY)
    finally:
        engine.dispose()


def changed(source: Path, tmp_path: Path, *sql: str) -> Path:
    copy = tmp_path / "copy.sqlite3"
    copy.write_bytes(source.read_bytes())
    with closing(sqlite3.connect(copy)) as conn, conn:
        for statement in sql:
            conn.execute(statement)
    return copy


@pytest.mark.parametrize(
    "sql",
    [
        (),
        ("UPDATE hotline_case SET closed_on = NULL WHERE id = 1",),
        ("UPDATE application SET received_on = '1999-12-31' WHERE id = 3",),
        ("UPDATE stage_event SET actor = '李四' WHERE application_id = 4 AND seq = 2",),
        ("UPDATE application SET judged_rule_id = 999 WHERE judged_rule_id IS NOT NULL",),
        ("DELETE FROM time_limit_rule WHERE category = 'report_form'",),
        (
            "INSERT INTO calendar_override (day, kind, name, updated_at, updated_by) VALUES"
            " ('2026-11-16', 'holiday', '停电', '2026-11-01 09:00:00.000000', '管理员'),"
            " ('2026-11-17', 'holiday', '停电', '2026-11-01 09:00:00.000000', '管理员')",
            "INSERT INTO confirmed_year (year, confirmed_at, confirmed_by)"
            " VALUES (2027, '2026-11-01 09:00:00', '管理员')",
        ),
    ],
    ids=["sound", "case", "out of range", "chain", "judged rule", "category", "calendar"],
)
def test_the_report_is_the_one_read_through_the_database_stack(
    demo_file: Path, tmp_path: Path, sql: tuple[str, ...]
) -> None:
    path = changed(demo_file, tmp_path, *sql)
    quick = check_file(path, TODAY)
    assert quick is not None
    assert quick == full_check(path)
    assert quick.applications == 200 and quick.cases > 0
    assert quick.ok == (not sql or "calendar_override" in sql[0])


def test_the_calendar_read_is_the_bureaus(demo_file: Path, tmp_path: Path) -> None:
    """November made rest days pushes running applications' dates back."""
    plain = check_file(demo_file, TODAY)
    rest = "('2026-11-{:02d}', 'holiday', '', '2026-11-01 09:00:00', '')"
    days = ", ".join(rest.format(day) for day in range(2, 28))
    path = changed(demo_file, tmp_path, f"INSERT INTO calendar_override VALUES {days}")
    later = check_file(path, TODAY)
    assert plain is not None and later is not None
    assert sum(later.by_status.values()) == sum(plain.by_status.values()) == 200
    assert later.by_status != plain.by_status


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE alembic_version SET version_num = '0008'",  # made before an update
        "DELETE FROM time_limit_rule",  # no rules yet: opening seeds them
        "DELETE FROM unit",
    ],
)
def test_a_file_to_upgrade_or_seed_is_left_to_the_database_stack(
    demo_file: Path, tmp_path: Path, sql: str
) -> None:
    path = changed(demo_file, tmp_path, "PRAGMA foreign_keys = OFF", sql)
    assert check_file(path, TODAY) is None


def test_what_is_no_current_file_of_ours_is_left_to_the_database_stack(tmp_path: Path) -> None:
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    assert check_file(empty, TODAY) is None
    assert check_file(tmp_path / "missing.sqlite3", TODAY) is None
    assert check_file("postgresql://clerk@127.0.0.1:5/approvals", TODAY) is None
    foreign = tmp_path / "notes.db"
    with closing(sqlite3.connect(foreign)) as conn, conn:
        conn.execute("CREATE TABLE note (body TEXT)")
    assert check_file(foreign, TODAY) is None
    assert foreign.read_bytes()  # read, not changed


def test_a_damaged_file_says_so(tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"not a database" * 100)
    with pytest.raises(StoreError) as raised:
        check_file(bad, TODAY)
    assert raised.value.code is StoreErrorCode.DAMAGED


def test_the_check_writes_nothing(demo_file: Path, tmp_path: Path) -> None:
    path = changed(demo_file, tmp_path)
    before = path.read_bytes()
    assert check_file(path, TODAY) is not None
    assert path.read_bytes() == before


def test_the_driver_reads_what_the_orm_reads(ws: Workspace) -> None:
    """store.plain against the ORM's own reads of the same database, on SQLite and on a
    server: records, histories, rules, the calendar and the 12369 cases."""
    demo.generate(ws, 60, today=TODAY)
    with session_scope(ws.engine, write=False) as session:
        records = repo.list_records(session)
        events = {r.id: repo.load_events(session, r.id) for r in records}
        rules, judged = repo.load_rules(session), repo.judged_rules(session)
        cal = repo.load_calendar(session)
        cases = hotline.case_records(session)
        case_events = {c.id: hotline.load_case_events(session, c.id) for c in cases}
        hotline_rule = hotline.load_hotline_rule(session)
    with driver_connection(ws.engine) as conn:
        assert plain.readable_records(conn) == (records, {})
        histories, unread = plain.readable_histories(conn)
        assert unread == {} and {i: h.events for i, h in histories.items()} == events
        assert plain.readable_rules(conn) == (rules, {})
        assert plain.readable_judged_rules(conn) == (judged, {})
        read_cal, damaged = plain.readable_calendar(conn)
        assert damaged == {}
        assert plain.readable_cases(conn) == (cases, {}) and len(cases) > 0
        assert plain.readable_case_events(conn) == (case_events, {})
        assert plain.readable_hotline_rule(conn) == (hotline_rule, {})
    assert judged and any(r.judged_rule_id for r in records)
    days = [date(2026, 1, 1) + timedelta(days=n) for n in range(365)]
    assert [read_cal.is_workday(d) for d in days] == [cal.is_workday(d) for d in days]


def test_a_log_left_by_a_desk_that_stopped_is_read_and_left_alone(
    demo_file: Path, tmp_path: Path
) -> None:
    """A desk killed mid-day leaves its write-ahead log: the check reads it, and does not
    fold it into the file on closing (it only reads)."""
    path = changed(demo_file, tmp_path)
    killed_writer = (
        "import os, sqlite3, sys\n"
        "conn = sqlite3.connect(sys.argv[1])\n"
        "conn.execute('PRAGMA journal_mode=WAL')\n"
        "conn.execute(\"UPDATE application SET stage = 'approved' WHERE id = 1\")\n"
        "conn.commit()\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", killed_writer, str(path)], check=True)
    log = path.with_name(f"{path.name}-wal")
    before = (path.read_bytes(), log.read_bytes())
    report = check_file(path, TODAY)
    assert report is not None
    assert any("stored stage dates differ" in p for p in report.problems)  # the log's change
    assert (path.read_bytes(), log.read_bytes()) == before


@pytest.mark.parametrize(
    ("sql", "said"),
    [
        (
            "INSERT INTO calendar_override VALUES ('2026-11-16', 'bogus', '', '2026-11-01', '')",
            "calendar 2026-11-16: cannot be read: ValueError",
        ),
        (
            "UPDATE time_limit_rule SET statutory_unit = 'weeks' WHERE category = 'report_form'",
            "rule report_form: cannot be read: ValueError",
        ),
        (
            "UPDATE hotline_case SET channel = 'pigeon' WHERE number = 'RX2026-00001'",
            "case RX2026-00001: cannot be read: ValueError",
        ),
        (
            "UPDATE hotline_case SET received_at = 'noon' WHERE number = 'RX2026-00001'",
            "case RX2026-00001: cannot be read: ValueError",
        ),
        (
            "UPDATE hotline_event SET action = 'bogus' WHERE case_id = 1 AND seq = 1",
            "its history cannot be read: ValueError",
        ),
    ],
    ids=["calendar", "rule", "case", "case time", "case history"],
)
def test_a_row_that_cannot_be_read_is_a_problem_and_the_check_goes_on(
    demo_file: Path, tmp_path: Path, sql: str, said: str
) -> None:
    """Run as a user runs it, in a process of its own: such a row once stopped the whole
    check with an unexpected error, and a row reader left behind wrote a traceback."""
    path = changed(demo_file, tmp_path, sql)
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "check", "--db", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert (done.returncode, done.stderr) == (3, "")
    (problem,) = [line for line in done.stdout.splitlines() if "cannot be read" in line]
    assert said in problem
    assert "applications: 200" in done.stdout and "12369 cases: 40" in done.stdout
    assert check_file(path, TODAY) == full_check(path)
