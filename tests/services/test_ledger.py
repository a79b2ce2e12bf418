"""Reading a ledger workbook and importing it in one transaction."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from approvals_gui.domain.clock import Status
from approvals_gui.domain.ledger_import import guess_mapping
from approvals_gui.domain.stages import Stage
from approvals_gui.services.applications import detail, list_applications
from approvals_gui.services.ledger import LedgerFileError, check_ledger, import_ledger, read_ledger
from approvals_gui.services.progress import Cancelled
from approvals_gui.services.workspace import Workspace
from tests.conftest import TODAY

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
    check = check_ledger(sheet, guess_mapping(sheet.headers), ws.rules(), ws.now())
    assert [(p.row, p.column) for p in check.problems] == [(5, "统一社会信用代码")]
    assert import_ledger(ws, check.entries) == 2
    views = {v.record.project: v for v in list_applications(ws, today=TODAY)}
    done, running = views["再生铝项目"], views["在办项目"]
    assert done.record.facts.stage is Stage.DELIVERED and done.clock.status is Status.EARLY
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
    assert done.record.enterprise_id == running.record.enterprise_id  # one enterprise


def test_a_cancelled_import_leaves_nothing(ws: Workspace, tmp_path: Path) -> None:
    sheet = read_ledger(ledger_file(tmp_path))
    entries = check_ledger(sheet, guess_mapping(sheet.headers), ws.rules(), ws.now()).entries

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
