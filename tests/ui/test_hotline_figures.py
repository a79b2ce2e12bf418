"""The 12369 hotline's figures in the window (#15): the 统计… dialog's figures with their
definitions for a month or a year, the enterprises reported again and again a
double-click away from their page, the period's report as PDF and Excel, and nothing
clipped in either language."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from approvals_gui.services.directory import directory
from approvals_gui.services.hotline import register_report
from approvals_gui.services.workspace import Workspace
from approvals_gui.ui import settings as options
from approvals_gui.ui.dialogs.hotline_figures_dialog import HotlineFiguresDialog
from approvals_gui.ui.main_window import ENTERPRISES, MainWindow
from approvals_gui.ui.written import BOX_NAME
from tests.conftest import CODE, TODAY, new_report
from tests.ui.test_hotline_page import bureau, closed_case, hotline_page
from tests.ui.test_layout import clipped, language, settle

__all__ = ["bureau", "language"]  # the fixtures

ON_TIME_DEFINITION = "期内办结的案件中，在办结期限（含延期）内办结的比例"


@pytest.fixture
def cases(bureau: Workspace) -> Workspace:
    """November: a case closed on time and a second report on the same enterprise;
    October: a report naming no enterprise."""
    closed_case(bureau)
    register_report(bureau, new_report(received_at=datetime(2026, 11, 20, 9, 0)), today=TODAY)
    october = new_report(
        received_at=datetime(2026, 10, 9, 9, 0), credit_code="", enterprise_name=""
    )
    register_report(bureau, october, today=TODAY)
    return bureau


def open_figures(qtbot: QtBot, window: MainWindow) -> HotlineFiguresDialog:
    window.hotline.page.figures_button.click()
    dialog = window.hotline.figures_dialog
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    qtbot.waitUntil(lambda: dialog.figures is not None)
    return dialog


def showing(qtbot: QtBot, dialog: HotlineFiguresDialog, first: date) -> None:
    qtbot.waitUntil(lambda: dialog.figures is not None and dialog.figures.first == first)


def test_the_figures_show_with_their_definitions_for_the_chosen_period(
    qtbot: QtBot, cases: Workspace, settings: QSettings
) -> None:
    window = hotline_page(qtbot, cases, settings)
    assert window.hotline.page.figures_button.toolTip()
    dialog = open_figures(qtbot, window)
    assert dialog.period() == (date(2026, 11, 1), date(2026, 11, 30))  # this month
    # Not over yet: counted up to today, and said so, as on the approvals' figures.
    assert dialog.period_label.text() == "统计期间：2026-11-01 至 2026-11-30（截至 2026-11-25）"
    texts = dialog.figure_texts()
    assert texts["收到举报"] == "2 件"
    assert texts["按期办结率"] == "100.0%（1/1）"
    assert texts["平均办结用时"] == "9.0 天"
    assert dialog.note_labels["on_time_rate"].text() == ON_TIME_DEFINITION
    channel = dialog.groups["channel"]
    assert [channel.item(0, c).text() for c in range(6)] == [
        "电话",
        "2",
        "1",
        "100.0%（1/1）",  # of those accepted: right after them
        "1",
        "100.0%（1/1）",
    ]
    units = dialog.groups["unit"]
    assert {units.item(r, 0).text() for r in range(units.rowCount())} == {"东城分局", "未交办"}
    assert dialog.repeated.rowCount() == 1
    assert dialog.repeated.item(0, 1).text() == CODE
    # A case due before the period and still open is in none of its rates: said apart.
    assert dialog.overdue_label.text().startswith("期末超期未办结：0 件")

    dialog.month.setCurrentIndex(9)  # October: one report, nothing closed
    showing(qtbot, dialog, date(2026, 10, 1))
    assert dialog.period_label.text() == "统计期间：2026-10-01 至 2026-10-31"
    texts = dialog.figure_texts()
    assert (texts["收到举报"], texts["按期办结率"]) == ("1 件", "—")
    assert dialog.repeated.rowCount() == 0

    dialog.choose_year(2026)
    showing(qtbot, dialog, date(2026, 1, 1))
    assert dialog.figures is not None and dialog.figures.last == date(2026, 12, 31)
    assert not dialog.month.isVisibleTo(dialog)
    texts = dialog.figure_texts()
    assert (texts["收到举报"], texts["按期办结率"]) == ("3 件", "100.0%（1/1）")

    register_report(cases, new_report(received_at=datetime(2026, 11, 24, 9)), today=TODAY)
    window.hotline.invalidate()  # as another desk's report arrives
    qtbot.waitUntil(lambda: dialog.figure_texts()["收到举报"] == "4 件")


def test_a_repeated_enterprise_opens_in_the_directory(
    qtbot: QtBot, cases: Workspace, settings: QSettings
) -> None:
    (enterprise_id,) = [i for i, form in directory(cases) if form.credit_code == CODE]
    window = hotline_page(qtbot, cases, settings)
    dialog = open_figures(qtbot, window)
    table = dialog.repeated
    qtbot.waitUntil(lambda: table.rowCount() == 1)
    qtbot.waitUntil(lambda: table.visualItemRect(table.item(0, 0)).width() > 0)
    rect = table.visualItemRect(table.item(0, 0))
    # A double-click is a press and release, then the double-click event.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    page = window.directory.page
    qtbot.waitUntil(lambda: window._view == ENTERPRISES and page.selected_id() == enterprise_id)
    assert window.stack.currentWidget() is page


@pytest.mark.parametrize("kind", ["pdf", "xlsx"])
def test_the_periods_report_is_written_off_the_ui_thread(
    qtbot: QtBot,
    cases: Workspace,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    kind: str,
) -> None:
    target = tmp_path / f"report.{kind}"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(target), ""))
    window = hotline_page(qtbot, cases, settings)
    dialog = open_figures(qtbot, window)
    button = dialog.pdf_button if kind == "pdf" else dialog.xlsx_button
    button.click()
    qtbot.waitUntil(lambda: dialog.findChild(QMessageBox, BOX_NAME) is not None)
    box = dialog.findChild(QMessageBox, BOX_NAME)
    assert box is not None and {"打开", "打开所在文件夹"} <= {b.text() for b in box.buttons()}
    if kind == "pdf":
        text = "".join(page.extract_text() for page in PdfReader(target).pages)
        assert "（2026年11月，截至2026-11-25）" in text.replace("\n", "")
        assert "按期办结率" in text and "江城再生资源有限公司" in text
    else:
        sheet = load_workbook(target)["指标"]
        rows = {row[0]: row[1:] for row in sheet.iter_rows(values_only=True)}
        assert rows["收到举报"] == (2, None, None, "期内登记的举报，含合并办理的重复举报")
        assert rows["按期办结率"] == (1, 1, 1, ON_TIME_DEFINITION)
    box.close()


def test_nothing_in_the_dialog_is_clipped(
    qtbot: QtBot, cases: Workspace, settings: QSettings, language: str
) -> None:
    options.LANGUAGE.set(settings, language)
    window = hotline_page(qtbot, cases, settings)
    window.resize(1366, 768)
    dialog = open_figures(qtbot, window)
    assert dialog.width() <= 1366 and dialog.height() <= 768
    problems = []
    for tab in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(tab)
        settle(window)
        problems += [f"tab {tab}: {p}" for p in clipped(dialog)]
    assert problems == []
    dialog.close()


def test_a_case_overdue_since_before_the_period_is_said_beside_its_rates(
    qtbot: QtBot, bureau: Workspace, settings: QSettings
) -> None:
    """A case accepted in June and open months past its limit is in no rate of
    November's; the dialog said nothing of it. It says how many there are, in red."""
    from approvals_gui.domain.hotline.cases import CaseAction
    from approvals_gui.services.hotline import CaseStepForm, case_step
    from approvals_gui.ui.labels import ERROR_STYLE

    june = register_report(bureau, new_report(received_at=datetime(2026, 6, 1, 9)), today=TODAY)
    case_step(bureau, june, 1, CaseStepForm(CaseAction.ACCEPT, date(2026, 6, 2)), today=TODAY)
    dialog = open_figures(qtbot, hotline_page(qtbot, bureau, settings))
    assert dialog.period() == (date(2026, 11, 1), date(2026, 11, 30))
    assert dialog.overdue_label.text().startswith("期末超期未办结：1 件")
    assert dialog.overdue_label.styleSheet() == ERROR_STYLE
