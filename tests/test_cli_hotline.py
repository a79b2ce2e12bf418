"""The hotline's headless commands: `export cases` and `report hotline` (#15)."""

from __future__ import annotations

import csv
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from approvals_gui.app import main
from approvals_gui.domain.hotline.cases import CaseAction
from approvals_gui.services.hotline import CaseStepForm, case_detail, case_step, register_report
from approvals_gui.services.workspace import Workspace
from approvals_gui.store.database import open_database
from tests.conftest import add_city_and_east, new_report

TODAY = date(2026, 11, 25)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """Two November reports (one closed by 东城分局) and one from October."""
    path = tmp_path / "hotline.sqlite3"
    engine = open_database(path, create=True)
    ws = Workspace(engine, "李四")
    add_city_and_east(ws)
    for when, content in (
        (datetime(2026, 10, 20, 9), "十月的举报"),
        (datetime(2026, 11, 2, 20), "=夜间排放刺鼻气味"),
        (datetime(2026, 11, 10, 8), "噪声扰民"),
    ):
        register_report(
            ws,
            new_report(received_at=when, content=content, credit_code="", enterprise_name=""),
            today=TODAY,
        )
    steps = [
        CaseStepForm(CaseAction.ACCEPT, date(2026, 11, 3)),
        CaseStepForm(
            CaseAction.ASSIGN, date(2026, 11, 3), unit="east", unit_due=date(2026, 11, 13)
        ),
        CaseStepForm(CaseAction.HANDLE, date(2026, 11, 9), findings="已责令整改"),
        CaseStepForm(CaseAction.REPLY, date(2026, 11, 10)),
        CaseStepForm(CaseAction.CLOSE, date(2026, 11, 10)),
    ]
    for form in steps:
        version = case_detail(ws, 2, today=TODAY).view.record.version
        case_step(ws, 2, version, form, today=TODAY)
    engine.dispose()
    return path


def test_cases_export_masks_the_reporter_unless_asked(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "cases.xlsx"
    assert main(["export", "cases", "--db", str(db), "--out", str(out)]) == 0
    sheet = load_workbook(out).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    assert header[:2] == ("编号", "收到时间") and "承办单位" in header and "办结到期日" in header
    by_number = {row[0]: dict(zip(header, row, strict=True)) for row in rows[1:]}
    closed = by_number["RX2026-00002"]
    assert closed["联系电话"] == "138****5678" and closed["举报人"] == "王**"
    assert closed["承办单位"] == "东城分局" and closed["状态"] == "按期办结"
    assert closed["举报内容"] == "=夜间排放刺鼻气味"  # text, not a formula
    assert closed["受理日期"].date() == date(2026, 11, 3)  # a real date
    assert closed["收到时间"] == datetime(2026, 11, 2, 20, 0)  # a real date and time
    # By how long a case is late, as the list's 剩余时间 says it; none once closed.
    assert closed["剩余天数"] is None
    waiting = by_number["RX2026-00003"]  # not accepted: its acceptance notice is due
    due = waiting["受理告知到期日"].date()
    days = (date.today(), date.today() - timedelta(days=1))  # begun before midnight, say
    assert waiting["剩余天数"] in {(due - day).days for day in days}
    assert waiting["剩余天数"] < 0
    whole = tmp_path / "cases.csv"
    assert main(["export", "cases", "--personal", "--db", str(db), "--out", str(whole)]) == 0
    with whole.open(encoding="utf-8-sig") as file:
        lines = list(csv.DictReader(file))
    assert {line["联系电话"] for line in lines} == {"13812345678"}
    assert "2026-11-02 20:00" in {line["收到时间"] for line in lines}


def test_cases_as_pdf(db: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "cases.pdf"
    assert main(["export", "cases", "--db", str(db), "--out", str(pdf)]) == 0
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "RX2026-00002" in text and "138****5678" in text and "13812345678" not in text
    assert "2026-10-20\t09:00" in text  # the day and the time, not an ISO "T"


def november_report(db: Path) -> list[str]:
    """`report hotline` for November 2026 on `db`, but for its --out."""
    bureau = "江城市生态环境局"
    return ["report", "hotline", "--month", "2026-11", "--db", str(db), "--bureau", bureau]


def test_the_month_report_in_both_formats(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = tmp_path / "hotline.pdf"
    book = tmp_path / "hotline.xlsx"
    args = november_report(db)
    assert main([*args, "--out", str(pdf)]) == 0
    assert capsys.readouterr().out.endswith("(2 reports received)\n")
    one = [*args[:3], "2026-10", *args[4:]]  # October: one report ("1 reports" before)
    assert main([*one, "--out", str(tmp_path / "october.pdf")]) == 0
    assert capsys.readouterr().out.endswith("(1 report received)\n")
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "江城市生态环境局12369环保举报办理情况（2026年11月）" in text.replace("\n", "")
    assert "按期办结率" in text and "RX2026-00002" in text and "RX2026-00003" in text
    assert "RX2026-00001" not in text  # received in October
    # The cases' states are those of the day it was printed, and the PDF says which.
    printed = "".join(text.split())
    days = (date.today(), date.today() - timedelta(days=1))  # begun before midnight, say
    assert any(f"12369举报案件（状态截至{day.isoformat()}）" in printed for day in days)
    assert main([*args, "--out", str(book)]) == 0
    workbook = load_workbook(book)
    assert workbook.sheetnames[0] == "指标"
    sheet = workbook["指标"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("指标", "数值", "符合件数", "总件数", "口径说明")
    # Numbers a spreadsheet can add up, a rate's counts beside it, not "2 件" as text.
    figures = {row[0]: row[1:4] for row in rows[1:]}
    assert figures["收到举报"] == (2, None, None) and figures["办结"] == (1, None, None)
    assert figures["按期办结率"] == (1, 1, 1)
    assert figures["受理率"] == (1, 1, 1)  # the other is not answered yet
    assert figures["平均办结用时"][0] == pytest.approx(7.0)  # 11-03 to 11-10
    assert any(c.value == 1 and c.number_format == "0.0%" for c in sheet["B"])
    # The cases received, their states as on the command's day, printed with that day.
    cases = workbook["12369举报案件"].oddHeader.center.text
    days = (date.today(), date.today() - timedelta(days=1))  # begun before midnight, say
    assert cases in {f"截至 {day.isoformat()}" for day in days}


def test_refusals(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = tmp_path / "cases.txt"
    assert main(["export", "cases", "--db", str(db), "--out", str(text)]) == 2
    assert ".xlsx, .csv, .pdf" in capsys.readouterr().err and not text.exists()
    assert main(["report", "hotline", "--month", "2026-11", "--db", str(db), "--out", "x.txt"]) == 2


def test_the_demo_fills_a_year_of_cases(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import sqlite3

    db = tmp_path / "demo.sqlite3"
    assert main(["demo", "--count", "400", "--db", str(db)]) == 0
    assert "and 40 12369 cases" in capsys.readouterr().out
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT channel, stage, received_on FROM hotline_case").fetchall()
    assert len(rows) == 40
    assert len({channel for channel, _stage, _on in rows}) >= 3
    assert {"closed"} <= {stage for _channel, stage, _on in rows}
    assert main(["check", "--db", str(db)]) == 0


def test_check_compares_each_case_with_its_history(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import sqlite3

    assert main(["check", "--db", str(db)]) == 0
    # Both unanswered reports are past their 15 days on any day from 2026-11-26 on.
    assert "12369 cases: 3  overdue: 2" in capsys.readouterr().out
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE hotline_case SET closed_on = NULL WHERE number = 'RX2026-00002'")
    assert main(["check", "--db", str(db)]) == 3  # what check returns for a problem
    assert "case RX2026-00002: stored facts differ from its history" in capsys.readouterr().out


def test_the_month_report_lists_the_cases_overdue_at_its_end(db: Path, tmp_path: Path) -> None:
    """November's report read 按期办结率 100% while a case accepted in June stayed open
    months past its limit: received, accepted and due before November, it was in no
    figure of November. The cases open past their limit at the month's end are listed."""
    engine = open_database(db)
    ws = Workspace(engine, "李四")
    june = register_report(
        ws,
        new_report(received_at=datetime(2026, 6, 1, 9), content="六月的举报", credit_code=""),
        today=TODAY,
    )
    case_step(ws, june, 1, CaseStepForm(CaseAction.ACCEPT, date(2026, 6, 2)), today=TODAY)
    due = case_detail(ws, june, today=TODAY).view.clock.close_due
    number = case_detail(ws, june, today=TODAY).view.record.number
    engine.dispose()
    assert due is not None and due < date(2026, 11, 1)
    pdf, book = tmp_path / "hotline.pdf", tmp_path / "hotline.xlsx"
    args = november_report(db)
    assert main([*args, "--out", str(pdf)]) == 0
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages).replace("\t", " ")
    assert "期末超期未办结（1 件）" in text and number in text and "六月的举报" in text
    assert main([*args, "--out", str(book)]) == 0
    sheet = load_workbook(book)["期末超期未办结（1 件）"]
    (row,) = list(sheet.iter_rows(values_only=True))[1:]
    # Days past the limit as the list's chip counts them on the day after the month.
    assert row[0] == number and row[-1] == (date(2026, 11, 30) - due).days + 1
