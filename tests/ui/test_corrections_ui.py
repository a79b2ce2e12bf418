"""更正登记 in the window: the pane's button opens the project's name and investment as
registered; the list, the pane and the history show the correction, and 撤销上一步 says
what comes back and gives it back."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from approvals_gui.domain.stages import Action
from approvals_gui.services.applications import detail, register
from approvals_gui.services.workspace import Workspace
from approvals_gui.ui.dialogs.step_dialog import StepDialog
from approvals_gui.ui.labels import HINT_STYLE
from tests.conftest import NOW, TODAY, new_application
from tests.ui.conftest import (
    answer_next_dialog,
    form_texts,
    open_window,
    show_in_pane,
    type_text,
)

REGISTERED = "年产5万吨再生铝项目"
CORRECTED = "年产8万吨再生铝项目"


def test_a_registration_is_corrected_from_the_pane_and_undone(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    app_id = register(ws, new_application(received_on=date(2026, 11, 24)), today=TODAY)
    window = open_window(qtbot, ws, settings)
    show_in_pane(qtbot, window, app_id)
    pane = window.applications.detail_pane
    button = pane.findChild(QPushButton, "step_correct")
    assert button is not None and button.text() == "更正登记"
    seen: list[str] = []

    def correct(dialog: QWidget) -> None:
        assert isinstance(dialog, StepDialog)
        assert (dialog.project.text(), dialog.investment.text()) == (REGISTERED, "12000")
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        # As it opens nothing is corrected yet: a hint, not an error, and no OK.
        assert dialog.preview.text() == "请改正上面的项目名称或总投资。"
        assert dialog.preview.styleSheet() == HINT_STYLE and not ok.isEnabled()
        dialog.project.selectAll()
        type_text(dialog.project, CORRECTED)
        dialog.investment.selectAll()
        type_text(dialog.investment, "1.5万")
        seen.append(dialog.preview.text())
        assert not ok.isEnabled()
        dialog.investment.selectAll()
        qtbot.keyClicks(dialog.investment, "15000")
        seen.append(dialog.preview.text())
        ok.click()

    answer_next_dialog(correct)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: pane.detail is not None and pane.detail.view.record.project == CORRECTED
    )
    assert seen[0] == "请填写数字（万元，不小于 0），如 1200 或 1200.5。"
    assert f"项目名称：“{REGISTERED}”→“{CORRECTED}”" in seen[1]
    assert "总投资：12,000 → 15,000 万元" in seen[1]
    assert pane.title.text().endswith(CORRECTED)
    assert form_texts(pane.facts)["总投资（万元）"] == "15,000"  # as the history says it
    page = window.applications.page
    model = page.model
    assert model.view_at(model.row_of(app_id)).record.project == CORRECTED
    type_text(page.search, "8万吨")  # found by its name as corrected
    assert page.proxy.rowCount() == 1
    page.search.clear()
    last = pane.timeline.rowCount() - 1
    assert pane.timeline.item(last, 1).text() == "更正登记"
    remark = pane.timeline.item(last, pane.timeline.columnCount() - 1).text()
    assert remark == f"项目名称：“{REGISTERED}”→“{CORRECTED}”；总投资：12,000 → 15,000 万元"

    asked: list[str] = []

    def confirm(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    answer_next_dialog(confirm)
    pane.action_requested.emit(Action.UNDO)
    qtbot.waitUntil(
        lambda: pane.detail is not None and pane.detail.view.record.project == REGISTERED
    )
    assert f"项目名称恢复为“{REGISTERED}”，总投资恢复为 12,000 万元" in asked[0]
    assert detail(ws, app_id, today=TODAY).investment == 12000.0
    assert model.view_at(model.row_of(app_id)).record.project == REGISTERED


def test_the_correction_dialog_refuses_an_emptied_amount_and_fits_long_names(
    qtbot: QtBot, ws: Workspace
) -> None:
    """An emptied 总投资 was taken for "unchanged" and the old amount kept; a long name
    pushed the investment's line out of the preview."""
    app_id = register(ws, new_application(investment=1234.5600000000001), today=TODAY)
    current = detail(ws, app_id, today=TODAY)
    dialog = StepDialog(current, Action.CORRECT, ws.calendar(), today=TODAY, actor="张三", now=NOW)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.investment.text() == "1234.56" and not dialog.typed()
    dialog.project.selectAll()
    type_text(dialog.project, "某" * 290)
    assert ok.isEnabled()  # the amount as shown is the one registered: no change
    assert dialog.preview.text().split("\n")[1] == f"项目名称：“{REGISTERED}”→“{'某' * 13}…”"
    dialog.investment.selectAll()
    type_text(dialog.investment, "1500")
    assert dialog.preview.text().split("\n")[2] == "总投资：1,234.56 → 1,500 万元"
    dialog.investment.selectAll()
    qtbot.keyClick(dialog.investment, Qt.Key.Key_Delete)
    assert dialog.typed() and not ok.isEnabled()
    assert dialog.preview.text() == "更正不能把总投资改为空；总投资无需更正时，请保留原数。"
    # An amount typed alone is asked about before it is given up.
    again = StepDialog(current, Action.CORRECT, ws.calendar(), today=TODAY, actor="张三", now=NOW)
    qtbot.addWidget(again)
    type_text(again.investment, "0")
    assert again.typed()


def test_what_an_undo_gives_back_reads_as_sentences_in_english(english: None) -> None:
    from dataclasses import replace

    from approvals_gui.ui import strings
    from tests.domain.history import history

    registered = history(date(2026, 11, 2))[0]
    corrected = replace(registered, from_project="甲项目", project="乙项目")
    corrected = replace(corrected, from_investment=12000.0, investment=15000.0)
    assert strings.restored_text(replace(corrected, project="")) == (
        "The investment returns to 12,000 (10k CNY). "
    )
    assert strings.restored_text(corrected) == (
        "The project’s name returns to “甲项目”. The investment returns to 12,000 (10k CNY). "
    )
