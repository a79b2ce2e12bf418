"""Affordances (#13): icons, the emphasised main-line step, destructive steps set apart
and asked about first, tooltips, required fields in the register dialog."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QMessageBox,
    QPushButton,
    QToolBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from approvals_gui.domain.stages import Action
from approvals_gui.services.applications import Step, apply_step, detail, register
from approvals_gui.services.changes import load_reference
from approvals_gui.services.workspace import Workspace
from approvals_gui.ui.detail_pane import DetailPane
from approvals_gui.ui.dialogs.register_dialog import RegisterDialog
from approvals_gui.ui.step_hints import step_hint
from tests.conftest import TODAY, new_application
from tests.ui.conftest import answer_next_dialog, laid_out, open_window, show_in_pane, type_text


def pane_buttons(pane: DetailPane) -> dict[str, QPushButton]:
    """The 办理 box's buttons laid out now, by object name."""
    return {w.objectName(): w for w in laid_out(pane.buttons) if isinstance(w, QPushButton)}


def position(pane: DetailPane, widget: QWidget) -> int:
    """The grid row `widget` sits in."""
    row, _column, _rows, _columns = pane.buttons.getItemPosition(pane.buttons.indexOf(widget))
    return row


def test_the_main_line_step_is_emphasised_and_the_ending_ones_set_apart(
    qtbot: QtBot, ws: Workspace
) -> None:
    app_id = register(ws, new_application(received_on=date(2026, 11, 24)), today=TODAY)
    pane = DetailPane()
    qtbot.addWidget(pane)
    pane.show_detail(detail(ws, app_id, today=TODAY))
    buttons = pane_buttons(pane)
    accept = buttons["step_accept"]  # 收件 → 受理 is the main line
    assert accept.isDefault() and accept.font().bold()
    others = [b for name, b in buttons.items() if name != "step_accept"]
    assert not any(b.isDefault() or b.font().bold() for b in others)
    line = pane.findChild(QFrame, "destructive_separator")
    assert line is not None
    for name in ("step_not_accept", "step_withdraw"):
        assert position(pane, buttons[name]) > position(pane, line) > position(pane, accept)
        assert "color" in buttons[name].styleSheet()
    assert "color" not in accept.styleSheet()


def test_every_button_in_the_box_has_an_icon_and_says_what_it_does(
    qtbot: QtBot, ws: Workspace
) -> None:
    app_id = register(ws, new_application(received_on=date(2026, 11, 24)), today=TODAY)
    v = apply_step(ws, app_id, 1, Step(Action.ACCEPT), today=TODAY).view.record.version
    apply_step(ws, app_id, v, Step(Action.START_REVIEW), today=TODAY)
    pane = DetailPane()
    qtbot.addWidget(pane)
    pane.show_detail(detail(ws, app_id, today=TODAY))
    buttons = pane_buttons(pane)
    assert len(buttons) > 3
    for button in buttons.values():
        assert button.toolTip() and button.toolTip() != button.text(), button.text()
        assert not button.icon().isNull(), button.text()
    # A step refused today keeps what it does and adds why not.
    approve = buttons["step_approve"]
    assert not approve.isEnabled()
    assert step_hint(Action.APPROVE) in approve.toolTip() and "拟批准公示" in approve.toolTip()


def test_a_destructive_step_asks_first_and_no_writes_nothing(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    app_id = register(
        ws, new_application(project="拟不予受理项目", received_on=date(2026, 11, 24)), today=TODAY
    )
    window = open_window(qtbot, ws, settings)
    show_in_pane(qtbot, window, app_id)
    asked: list[str] = []

    def no(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.No).click()

    answer_next_dialog(no, QMessageBox)
    window.applications.detail_pane.action_requested.emit(Action.NOT_ACCEPT)
    qtbot.waitUntil(lambda: bool(asked) and QApplication.activeModalWidget() is None)
    assert "不予受理" in asked[0] and "拟不予受理项目" in asked[0]
    assert [e.action for e in detail(ws, app_id, today=TODAY).events] == [Action.REGISTER]


def test_nav_entries_and_toolbar_actions_have_icons_and_tooltips(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    window = open_window(qtbot, ws, settings)
    for row in range(window.nav.count()):
        assert not window.nav.item(row).icon().isNull(), window.nav.item(row).text()
    toolbar = window.findChild(QToolBar, "main_toolbar")
    assert toolbar is not None and toolbar.actions()
    for action in toolbar.actions():
        assert not action.icon().isNull(), action.text()
        assert action.toolTip() and action.toolTip() != action.text(), action.text()


def test_the_register_dialog_marks_required_fields_and_names_the_missing_one(
    qtbot: QtBot, ws: Workspace
) -> None:
    dialog = RegisterDialog(load_reference(ws), "张三", TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    form = dialog.findChild(QFormLayout)
    assert isinstance(form, QFormLayout)
    texts = {w.text() for w in laid_out(form) if isinstance(w, QLabel)}
    for name in ("项目名称", "建设单位", "统一社会信用代码", "审批类别", "承办人"):
        assert f"{name} *" in texts
    assert "备注" in texts
    # No category chosen at first: it sets the time limits, and must be read.
    assert dialog.category.currentText() == "（请选择）"
    assert dialog.deciding.text() == "待定（请先选择审批类别）"  # it follows the category
    type_text(dialog.project, "新建项目")
    type_text(dialog.enterprise_name, "某某公司")
    assert not save.isEnabled()
    assert "统一社会信用代码" in dialog.missing.text() and "项目名称" not in dialog.missing.text()
    assert save.toolTip() == dialog.missing.text()
    dialog._validate(show_all=True)  # as 保存 pressed: each problem under its field
    # As empty as the other required fields, said alike (it said "应为18位，当前为 0 位").
    assert dialog.errors["credit_code"].text() == "此项为必填项。"
    type_text(dialog.credit_code, "91350100M000100Y43")
    assert not save.isEnabled() and "审批类别" in dialog.missing.text()
    dialog.category.setCurrentIndex(dialog.category.findData("report_form"))
    assert save.isEnabled() and dialog.missing.text() == "" and save.toolTip() == ""


def test_a_step_that_ends_the_application_says_what_it_does_before_it_is_taken(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    """ "撤回" beside 撤销上一步 read as taking back a step, and its question said no more
    than "确定对…办理“撤回”吗？"."""
    from PySide6.QtWidgets import QMessageBox

    from tests.ui.conftest import answer_next_box

    app_id = register(ws, new_application(received_on=date(2026, 11, 24)), today=TODAY)
    window = open_window(qtbot, ws, settings)
    said: list[str] = []
    answer_next_box(QMessageBox.StandardButton.No, said)
    current = detail(ws, app_id, today=TODAY)
    assert not window.steps._confirm_ending(current, Action.WITHDRAW)
    assert said == [
        f"确定对“{current.view.record.number} {current.view.record.project}”办理“申请人撤回”吗？"
        "申请人撤回申请，申请就此终止。选“是”后填写并确认办理内容。"
    ]
