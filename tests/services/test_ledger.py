"""Reading a ledger workbook and importing it in one transaction."""

from __future__ import annotations

import re
import time
from datetime import date, datetime
from pathlib import Path
from zipfile import ZIP_DEFLATED, ZipFile

import pytest
from openpyxl import Workbook

from approvals_gui.domain.clock import Status
from approvals_gui.domain.errors import DomainError, ErrorCode
from approvals_gui.domain.imports import MAX_CELL_LENGTH, MAX_COLUMNS
from approvals_gui.domain.ledger_import import KnownApplications, LedgerCheck
from approvals_gui.domain.stages import Stage
from approvals_gui.domain.units import Authority, Level, Unit, UnitKind
from approvals_gui.services import ledger
from approvals_gui.services.applications import detail, list_applications
from approvals_gui.services.ledger import (
    LedgerFileError,
    import_ledger,
    read_ledger,
)
from approvals_gui.services.progress import Cancelled
from approvals_gui.services.units import save_authorities, save_units
from approvals_gui.services.workspace import Workspace
from tests.conftest import TODAY, add_city_and_east, ledger_checked

HEADERS = [
    "序号",
    "项目名称",
    "建设单位",
    "统一社会信用代码",
    "类别",
    "承办人",
    "区县",
    "收件日期",
    "受理日期",
    "审批日期",
    "审批结果",
    "文号",
    "送达日期",
]
ROWS = [
    [
        1,
        "再生铝项目",
        "江城再生资源有限公司",
        "91350100M000100Y43",
        "报告表",
        "张三",
        "高新区",
        datetime(2026, 3, 2),
        datetime(2026, 3, 3),
        datetime(2026, 3, 10),
        "批准",
        "江环审〔2026〕1号",
        datetime(2026, 3, 11),
    ],
    [
        2,
        "在办项目",
        "江城再生资源有限公司",
        "91350100M000100Y43",
        "报告书",
        "李四",
        "高新区",
        datetime(2026, 11, 2),
        datetime(2026, 11, 3),
        None,
        None,
        None,
        None,
    ],
    [
        3,
        "坏代码项目",
        "某公司",
        "91350100M000100Y44",
        "报告表",
        "李四",
        "",
        "2026-11-02",
        None,
        None,
        None,
        None,
        None,
    ],
]


def ledger_file(tmp_path: Path, rows: list[list[object]] = ROWS) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["2026 年环评审批台账"])  # a title above the headings
    sheet.append(HEADERS)
    for row in rows:
        sheet.append(row)
    path = tmp_path / "台账.xlsx"
    book.save(path)
    return path


def test_read_check_and_import(ws: Workspace, tmp_path: Path) -> None:
    sheet = read_ledger(ledger_file(tmp_path))
    assert sheet.header_row == 2 and sheet.headers[1] == "项目名称" and len(sheet.rows) == 3
    assert sheet.rows[0][7] == date(2026, 3, 2)
    check = ledger_checked(ws, sheet)
    assert [(p.row, p.column) for p in check.problems] == [(5, "统一社会信用代码")]
    assert import_ledger(ws, check.entries) == 2
    views = {v.record.project: v for v in list_applications(ws, today=TODAY)}
    done, running = views["再生铝项目"], views["在办项目"]
    assert done.record.facts.stage is Stage.DELIVERED and done.clock.status is Status.WITHIN_PROMISE
    assert done.record.judged_rule_id is not None
    assert running.record.facts.stage is Stage.ACCEPTED
    assert running.clock.promised_due == date(2026, 12, 1)  # a report book: 20 wd from 11-03
    events = detail(ws, done.record.id, today=TODAY).events
    assert [e.action.value for e in events] == [
        "register",
        "accept",
        "start_review",
        "approve",
        "deliver",
    ]
    assert events[3].document_number == "江环审〔2026〕1号" and events[0].remark == "台账导入"
    assert {(e.actor, e.at) for e in events} == {(ws.actor, ws.now())}  # who imported, when
    assert done.record.enterprise_id == running.record.enterprise_id  # one enterprise


def test_imported_applications_are_decided_where_the_authority_table_says(
    ws: Workspace, tmp_path: Path
) -> None:
    units = [Unit("city", "市局", UnitKind.CITY), Unit("gx", "高新分局", UnitKind.BRANCH, "高新区")]
    save_units(ws, units)
    save_authorities(ws, [Authority("report_book", Level.LOCAL)])
    ws.reload()
    sheet = read_ledger(ledger_file(tmp_path))
    check = ledger_checked(ws, sheet)
    import_ledger(ws, check.entries)
    records = [v.record for v in list_applications(ws, today=TODAY)]
    assert {r.category for r in records} == {"report_book", "report_form"}
    for r in records:  # in 高新区: the branch decides what is delegated, the city the rest
        assert r.unit == r.holder == ("gx" if r.category == "report_book" else "city")


def test_a_cancelled_import_leaves_nothing(ws: Workspace, tmp_path: Path) -> None:
    sheet = read_ledger(ledger_file(tmp_path))
    entries = ledger_checked(ws, sheet).entries

    def cancel(_done: int, _total: int) -> None:
        raise Cancelled

    with pytest.raises(Cancelled):
        import_ledger(ws, entries, cancel)
    assert list_applications(ws, today=TODAY) == []


def test_a_file_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "x.xlsx"
    path.write_text("not a workbook")
    with pytest.raises(LedgerFileError):
        read_ledger(path)


def with_part(path: Path, name: str, data: bytes) -> Path:
    """A copy of the workbook at `path` with its part `name` replaced by `data`."""
    changed = path.with_name("changed.xlsx")
    with ZipFile(path) as source, ZipFile(changed, "w", ZIP_DEFLATED) as target:
        for item in source.infolist():
            target.writestr(item.filename, data if item.filename == name else source.read(item))
    return changed


def checked(ws: Workspace, path: Path) -> LedgerCheck:
    sheet = read_ledger(path)
    return ledger_checked(ws, sheet)


def good_row(number: int, project: str = "再生铝项目", **changes: object) -> list[object]:
    cells = list(ROWS[0])
    cells[0], cells[1] = number, project
    for index, value in changes.items():
        cells[HEADERS.index(index)] = value
    return cells


def test_dates_outside_the_calendar_are_bad_rows(ws: Workspace, tmp_path: Path) -> None:
    rows = [
        good_row(1, "一", 收件日期=datetime(1999, 3, 2)),
        good_row(2, "二", 收件日期="1900-01-01"),
        good_row(3, "三", 收件日期="0001-01-01"),
        good_row(4, "四", 收件日期="2026302"),  # ambiguous: 2026-03-02 or 2026-30-2?
    ]
    check = checked(ws, ledger_file(tmp_path, rows))
    assert [p.error.code for p in check.problems] == [
        ErrorCode.DATE_OUT_OF_RANGE,
        ErrorCode.DATE_OUT_OF_RANGE,
        ErrorCode.DATE_OUT_OF_RANGE,
        ErrorCode.INVALID_DATE,
    ]
    assert check.entries == []


def test_a_formula_without_a_value_is_no_empty_cell(ws: Workspace, tmp_path: Path) -> None:
    rows = [good_row(1, 送达日期="=J3+1"), good_row(2, "二期", 区县="#N/A")]
    rows[1][0] = "=ROW()-2"  # not imported: no problem
    check = checked(ws, ledger_file(tmp_path, rows))
    assert [(p.row, p.column, p.error.code) for p in check.problems] == [
        (3, "送达日期", ErrorCode.FORMULA_WITHOUT_VALUE),
        (4, "区县", ErrorCode.FORMULA_ERROR),
    ]


def test_a_calculated_formula_is_read_as_its_value(ws: Workspace, tmp_path: Path) -> None:
    path = ledger_file(tmp_path, [good_row(1)])
    sheet_xml = ZipFile(path).read("xl/worksheets/sheet1.xml")
    calculated = sheet_xml.replace(
        b'<c r="G3" t="inlineStr"><is><t>\xe9\xab\x98\xe6\x96\xb0\xe5\x8c\xba</t></is></c>',
        '<c r="G3" t="str"><f>"高新"&amp;"区"</f><v>高新区</v></c>'.encode(),
    )
    assert calculated != sheet_xml
    check = checked(ws, with_part(path, "xl/worksheets/sheet1.xml", calculated))
    assert check.problems == [] and check.entries[0].application.district == "高新区"


def test_too_many_rows_are_refused_while_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ledger, "MAX_ROWS", 50)
    path = ledger_file(tmp_path, [good_row(i, f"项目{i}") for i in range(60)])
    # The sheet says it is two rows high: counted while reading, not believed.
    sheet_xml = ZipFile(path).read("xl/worksheets/sheet1.xml")
    lying = re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:B2"', sheet_xml)
    with pytest.raises(DomainError) as caught:
        read_ledger(with_part(path, "xl/worksheets/sheet1.xml", lying))
    assert caught.value.code is ErrorCode.TOO_MANY_ROWS and caught.value.params["limit"] == 50


def test_a_far_away_cell_costs_nothing(tmp_path: Path) -> None:
    """A tiny file with a cell on row 1,000,000: refused at the limit, in a moment."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(HEADERS)
    sheet.cell(row=1_000_000, column=1, value="x")
    book.save(tmp_path / "far.xlsx")
    start = time.perf_counter()
    with pytest.raises(DomainError) as caught:
        read_ledger(tmp_path / "far.xlsx")
    assert caught.value.code is ErrorCode.TOO_MANY_ROWS
    assert time.perf_counter() - start < 5


def test_too_many_columns(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(HEADERS)
    sheet.cell(row=2, column=MAX_COLUMNS + 1, value="x")
    book.save(tmp_path / "wide.xlsx")
    with pytest.raises(DomainError) as caught:
        read_ledger(tmp_path / "wide.xlsx")
    assert caught.value.code is ErrorCode.TOO_MANY_COLUMNS


def test_a_long_cell_is_a_bad_cell_and_headings_are_cleaned(ws: Workspace, tmp_path: Path) -> None:
    headers = [*HEADERS]
    headers[1] = "项目名称\t"
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(headers)
    sheet.append(good_row(1, "项" * (MAX_CELL_LENGTH + 1)))
    book.save(tmp_path / "long.xlsx")
    read = read_ledger(tmp_path / "long.xlsx")
    assert read.headers[1] == "项目名称"
    check = checked(ws, tmp_path / "long.xlsx")
    assert [(p.column, p.error.code) for p in check.problems] == [
        ("项目名称", ErrorCode.TEXT_TOO_LONG)
    ]


def test_a_file_that_unpacks_too_large(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ledger, "MAX_UNPACKED_BYTES", 10_000)
    with pytest.raises(DomainError) as caught:
        read_ledger(ledger_file(tmp_path))
    assert caught.value.code is ErrorCode.FILE_TOO_LARGE


BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lolololololololololol">
<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
<!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
<!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
<!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
<!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>"""


@pytest.mark.parametrize(
    ("part", "data"),
    [
        ("xl/worksheets/sheet1.xml", BOMB),  # entity expansion: refused, not expanded
        ("xl/workbook.xml", BOMB),
        ("xl/worksheets/sheet1.xml", b"<worksheet><sheetData><row"),  # cut short
        ("xl/worksheets/sheet1.xml", b"\x00\xff not xml"),
        ("xl/styles.xml", b"<styleSheet xmlns='x'><numFmts count='1'><numFmt/></numFmts>"),
        ("[Content_Types].xml", b""),
    ],
)
def test_damaged_or_hostile_parts_are_a_clear_refusal(
    tmp_path: Path, part: str, data: bytes
) -> None:
    start = time.perf_counter()
    with pytest.raises(LedgerFileError) as caught:
        read_ledger(with_part(ledger_file(tmp_path), part, data))
    assert "not an .xlsx workbook" in str(caught.value)
    assert time.perf_counter() - start < 5


def test_a_truncated_file_is_a_clear_refusal(tmp_path: Path) -> None:
    path = ledger_file(tmp_path)
    data = path.read_bytes()
    for cut in (10, len(data) // 2, len(data) - 30):
        path.write_bytes(data[:cut])
        with pytest.raises(LedgerFileError):
            read_ledger(path)


def test_the_same_ledger_twice_is_not_doubled(ws: Workspace, tmp_path: Path) -> None:
    path = ledger_file(tmp_path)
    first = checked(ws, path)
    assert import_ledger(ws, first.entries) == 2
    again = checked(ws, path)
    assert again.entries == [] and again.already_imported == [3, 4]
    unskipped = ledger_checked(ws, read_ledger(path), known=KnownApplications())
    assert len(unskipped.entries) == 2
    assert import_ledger(ws, unskipped.entries) == 0  # skipped on import too, whatever given
    assert len(list_applications(ws, today=TODAY)) == 2


def test_an_exported_list_brings_its_numbers(ws: Workspace, tmp_path: Path) -> None:
    """Rows whose 受理编号 the database has are the same applications."""
    import_ledger(ws, checked(ws, ledger_file(tmp_path)).entries)
    number = list_applications(ws, today=TODAY)[0].record.number
    rows = [[*good_row(1, "改了名字的项目"), number], [*good_row(2, "新项目"), ""]]
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append([*HEADERS, "受理编号"])
    for cells in rows:
        sheet.append(cells)
    book.save(tmp_path / "export.xlsx")
    skipped = checked(ws, tmp_path / "export.xlsx")
    assert [e.application.project for e in skipped.entries] == ["新项目"]
    assert skipped.already_imported == [2]


def test_pasted_control_characters_reach_no_export(ws: Workspace, tmp_path: Path) -> None:
    rows = [good_row(1, "再生铝\t项目\n二期", 承办人="张三\r")]
    import_ledger(ws, checked(ws, ledger_file(tmp_path, rows)).entries)
    (view,) = list_applications(ws, today=TODAY)
    assert (view.record.project, view.record.handler) == ("再生铝 项目 二期", "张三")


def test_a_delegated_category_without_its_district_is_not_sent_to_the_city(
    ws: Workspace, tmp_path: Path
) -> None:
    """报告表 is the branches' under the 审批权限 table: a row in 东城区 goes to 东城分局,
    one with no district is a problem of its row, not an application of the city's."""
    add_city_and_east(ws)
    save_authorities(ws, [Authority("report_form", Level.LOCAL, "环办〔2026〕3号")])
    ws.reload()
    in_east = [*ROWS[0][:6], "东城区", *ROWS[0][7:]]
    nowhere = [*ROWS[0][:1], "无区县项目", *ROWS[0][2:6], "", *ROWS[0][7:]]
    check = ledger_checked(ws, read_ledger(ledger_file(tmp_path, [in_east, nowhere])))
    assert [(p.row, p.column, p.error.code) for p in check.problems] == [
        (4, "区县", ErrorCode.DISTRICT_NEEDED)
    ]
    assert import_ledger(ws, check.entries) == 1
    (record,) = [v.record for v in list_applications(ws, today=TODAY)]
    assert (record.project, record.unit) == ("再生铝项目", "east")


def test_an_import_follows_the_table_as_saved_not_as_checked(ws: Workspace, tmp_path: Path) -> None:
    """Checked while 报告表 was the city's; another desk delegates it before the import:
    the row without district is not sent to the city, and nothing is imported."""
    nowhere = [*ROWS[0][:6], "", *ROWS[0][7:]]
    check = ledger_checked(ws, read_ledger(ledger_file(tmp_path, [ROWS[1], nowhere])))
    assert check.problems == [] and len(check.entries) == 2
    add_city_and_east(ws)
    save_authorities(ws, [Authority("report_form", Level.LOCAL, "环办〔2026〕3号")])
    with pytest.raises(DomainError) as refused:
        import_ledger(ws, check.entries)
    assert refused.value.code is ErrorCode.DISTRICT_NEEDED
    assert list_applications(ws, today=TODAY) == []
