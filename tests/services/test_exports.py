"""Excel and CSV exports, read back: headers, real dates, widths, frozen header,
and text that must never run as a formula."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from approvals_gui.services.applications import list_applications
from approvals_gui.services.board import board_cards
from approvals_gui.services.exports import (
    applications_sheet,
    board_sheet,
    figures_sheets,
    write_csv,
    write_xlsx,
)
from approvals_gui.services.figures import figures_report
from approvals_gui.services.progress import Cancelled
from approvals_gui.services.workspace import Workspace
from tests.conftest import TODAY
from tests.conftest import category_names as names

N = lambda d: date(2026, 11, d)  # noqa: E731


def test_applications_to_xlsx(data: Workspace, tmp_path: Path) -> None:
    views = list_applications(data, today=TODAY)
    path = write_xlsx([applications_sheet(views, names(data))], tmp_path / "申请.xlsx")
    sheet = load_workbook(path)["申请"]
    header = [c.value for c in sheet[1]]
    assert header[:3] == ["编号", "项目名称", "建设单位"] and "法定到期日" in header
    assert sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["B"].width == 38
    assert sheet[1][0].font.bold
    rows = {row[1].value: row for row in sheet.iter_rows(min_row=2)}
    late, done = rows['=HYPERLINK("http://x")'], rows["@SUM(A1)"]
    for cell in (late[1], done[1], done[6]):
        assert cell.data_type == "s" and cell.quotePrefix  # text, not a formula
    assert done[6].value == "-2+3"
    assert not late[2].quotePrefix  # ordinary text stays ordinary
    received = late[header.index("收件日期")]
    assert received.is_date and received.value.date() == N(2)
    assert received.number_format == "yyyy-mm-dd"
    assert late[header.index("状态")].value == "已超期"
    assert late[header.index("剩余工作日")].value == -6
    assert done[header.index("一次办结")].value == "是"
    assert done[header.index("剩余工作日")].value is None


def test_board_and_figures_to_xlsx(data: Workspace, tmp_path: Path) -> None:
    sheets = [board_sheet(board_cards(data, today=TODAY), names(data))]
    sheets += figures_sheets(figures_report(data, N(1), N(30), today=TODAY), names(data))
    book = load_workbook(write_xlsx(sheets, tmp_path / "out.xlsx"))
    assert book.sheetnames == ["超期与即将到期", "指标", "月度趋势", "分类别用时", "在办环节"]
    board = list(book["超期与即将到期"].iter_rows(min_row=2, values_only=True))
    assert len(board) == 1 and board[0][0] == "超期" and board[0][-1] == -6
    figures = {r[0].value: r for r in book["指标"].iter_rows(min_row=2)}
    assert figures["收件"][1].value == 2
    rate = figures["一次办结率"]
    assert rate[1].value == 1.0 and rate[1].number_format == "0.0%" and rate[2].value == "1/1"
    assert "补正不超过一次" in rate[3].value
    assert (
        figures["平均审批用时"][1].value == 7 and figures["平均审批用时"][1].number_format == "0.0"
    )
    trend = list(book["月度趋势"].iter_rows(min_row=2, values_only=True))
    assert trend[-1] == ("2026-11", 1, 1.0, 1, 1.0) and len(trend) == 12


def test_csv_is_excel_friendly_and_safe(data: Workspace, tmp_path: Path) -> None:
    path = write_csv(
        applications_sheet(list_applications(data, today=TODAY), names(data)), tmp_path / "a.csv"
    )
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0][0] == "编号"
    projects = {r[1] for r in rows[1:]}
    assert projects == {'\'=HYPERLINK("http://x")', "'@SUM(A1)"}
    assert any(r[7] == "2026-11-02" for r in rows[1:])


def test_cancelled_export_leaves_no_file(data: Workspace, tmp_path: Path) -> None:
    def cancel(_done: int, _total: int) -> None:
        raise Cancelled

    target = tmp_path / "a.xlsx"
    with pytest.raises(Cancelled):
        write_xlsx(
            [applications_sheet(list_applications(data, today=TODAY), names(data))], target, cancel
        )
    assert list(tmp_path.glob("a.xlsx*")) == []
