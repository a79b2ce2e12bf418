"""The list shown, as printed pages: from the window, as filtered, off the UI thread."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from approvals_gui.printing.reports import write_table_pdf
from approvals_gui.services.demo import generate
from approvals_gui.services.exports import applications_sheet
from approvals_gui.services.progress import Cancelled
from approvals_gui.services.workspace import Workspace
from approvals_gui.ui.controllers.applications import ALL
from tests.conftest import TODAY
from tests.ui.conftest import open_window


def test_the_list_shown_exports_as_pdf_from_the_window(
    qtbot: QtBot, ws: Workspace, settings: QSettings, tmp_path: Path
) -> None:
    """A clerk could print the list only from the command line: a name typed with .pdf
    was written as a workbook named .xlsx. And a list filtered was titled as the whole."""
    generate(ws, 40, today=TODAY)
    window = open_window(qtbot, ws, settings)
    window.show_view(ALL)
    page = window.applications.page
    qtbot.waitUntil(lambda: not window.applications.loading and page.model.rowCount() == 40)
    page.search.setText("HP2026")
    qtbot.waitUntil(lambda: 0 < page.proxy.rowCount() < 40)
    shown = [v.record.number for v in page.proxy.shown_views()]
    target = tmp_path / "申请.pdf"
    asked: list[str] = []

    def ask_path(_title: str, _suggested: str, filters: str) -> Path:
        asked.append(filters)
        return target

    window.exports.ask_path = ask_path  # type: ignore[method-assign]
    with qtbot.waitSignal(window.exports.written, timeout=20000) as written:
        window.export_action.trigger()
    assert written.args == [str(target)] and "(*.pdf)" in asked[0]
    assert not target.with_suffix(".xlsx").exists()
    text = re.sub(r"\s", "", "".join(p.extract_text() for p in PdfReader(target).pages))
    assert f"申请一览（截至{TODAY.isoformat()}）" in text
    # Whose and how filtered: a list printed for a meeting says which it is.
    assert "全部申请；搜索：HP2026" in text
    found = [n for n in (v.record.number for v in page.model.views()) if n in text]
    assert sorted(found) == sorted(shown)  # the rows shown, no other


def test_a_pdf_stopped_halfway_leaves_no_file(qtbot: QtBot, ws: Workspace, tmp_path: Path) -> None:
    """Cancel while the pages are drawn: neither the file nor its partial copy stays,
    and a file of that name from before is left as it was."""
    from approvals_gui.services.applications import list_applications

    generate(ws, 30, today=TODAY)
    sheet = applications_sheet(list_applications(ws, today=TODAY), {})
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "申请.pdf"
    target.write_bytes(b"earlier")
    told: list[tuple[int, int]] = []

    def stop_halfway(done: int, total: int) -> None:
        told.append((done, total))
        if done * 2 > total:
            raise Cancelled

    with pytest.raises(Cancelled):
        write_table_pdf(sheet, "申请一览", target, stop_halfway)
    # Told from the first column measured on (four steps a row: measured, its height,
    # laid out, drawn), and stopped there.
    assert told[0] == (1, 4 * len(sheet.rows)) and told[-1][0] * 2 > told[-1][1]
    assert target.read_bytes() == b"earlier"
    assert list(target.parent.iterdir()) == [target]


def test_a_workbook_of_the_list_says_whose_and_how_filtered(
    qtbot: QtBot, ws: Workspace, settings: QSettings, tmp_path: Path, english: None
) -> None:
    """My items filtered to one status, exported: its pages said only 截至 …, as the
    whole list's do. Said in Chinese, as exports are, from an English window too."""
    from openpyxl import load_workbook

    from approvals_gui.domain.clock import Status
    from approvals_gui.ui.controllers.applications import MINE

    generate(ws, 40, today=TODAY)
    window = open_window(qtbot, ws, settings)
    window.show_view(MINE)
    page = window.applications.page
    qtbot.waitUntil(lambda: not window.applications.loading)
    page.status.setCurrentIndex(page.status.findData(Status.OVERDUE.value))
    target = tmp_path / "我的.xlsx"
    window.exports.ask_path = lambda *_args: target  # type: ignore[method-assign]
    with qtbot.waitSignal(window.exports.written, timeout=20000):
        window.export_action.trigger()
    sheet = load_workbook(target).active
    assert sheet is not None
    said = sheet.oddHeader.center.text
    assert (
        said
        == f"截至 {TODAY.isoformat()}　我的事项（{ws.actor}）；状态：超承诺或送达超期；不含已办结"
    )
