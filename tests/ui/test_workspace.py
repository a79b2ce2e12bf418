"""The clerk's flows through the widgets, checked on screen and in the database."""

from __future__ import annotations

import dataclasses
import unicodedata
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from approvals_gui.domain.stages import Action, Stage
from approvals_gui.services.applications import (
    Step,
    apply_step,
    detail,
    list_applications,
    register,
)
from approvals_gui.services.changes import load_reference
from approvals_gui.services.rules import save_rule
from approvals_gui.services.workspace import Workspace
from approvals_gui.ui.controllers.applications import ALL
from approvals_gui.ui.dialogs.register_dialog import RegisterDialog
from approvals_gui.ui.dialogs.step_dialog import StepDialog
from approvals_gui.ui.main_window import MainWindow
from approvals_gui.ui.shell import Shell
from approvals_gui.ui.step_hints import DESTRUCTIVE
from approvals_gui.ui.workers import Worker
from tests.conftest import NOW, TODAY, new_application, reviewed_and_refused
from tests.ui.conftest import (
    answer_next_box,
    answer_next_dialog,
    close_when_idle,
    fixed_day,
    keyboard_on_a_button_of,
    laid_out,
    open_window,
    show_in_pane,
    status_said,
    type_text,
)

OTHER_CODE = "91110000600037341L"


@pytest.fixture
def filled(ws: Workspace) -> Workspace:
    register(
        ws,
        new_application(project="年产5万吨再生铝项目", received_on=date(2026, 11, 24)),
        today=TODAY,
    )
    register(
        ws,
        new_application(
            project="污水处理厂提标改造工程",
            enterprise_name="青山水务有限公司",
            credit_code=OTHER_CODE,
            handler="李四",
            received_on=date(2026, 11, 2),
        ),
        today=TODAY,
    )
    return ws


def stage_of(ws: Workspace, application_id: int) -> Stage:
    return detail(ws, application_id, today=TODAY).view.record.facts.stage


# -- the list ---------------------------------------------------------------------------


def test_my_items_all_and_search(qtbot: QtBot, filled: Workspace, settings: QSettings) -> None:
    window = open_window(qtbot, filled, settings)
    proxy = window.applications.page.proxy
    assert proxy.rowCount() == 1  # my items: only 张三's
    window.show_view(ALL)
    assert proxy.rowCount() == 2
    qtbot.keySequence(window, "Ctrl+F")
    assert window.applications.page.search.hasFocus()
    type_text(window.applications.page.search, "污水")
    assert proxy.rowCount() == 1 and proxy.index(0, 2).data() == "污水处理厂提标改造工程"
    window.applications.page.search.clear()
    type_text(window.applications.page.search, "600037341")  # part of the credit code
    assert proxy.rowCount() == 1
    window.applications.page.search.clear()
    window.applications.page.handler.setCurrentIndex(
        window.applications.page.handler.findData("李四")
    )
    assert proxy.rowCount() == 1
    window.applications.page.handler.setCurrentIndex(0)
    window.applications.page.status.setCurrentIndex(
        window.applications.page.status.findData("overdue")
    )
    assert proxy.rowCount() == 1
    assert "超承诺" in proxy.index(0, 1).data()


def test_filters_and_view_persist(qtbot: QtBot, filled: Workspace, settings: QSettings) -> None:
    window = open_window(qtbot, filled, settings)
    window.show_view(ALL)
    window.applications.page.search.setText("污水")
    window.applications.page.handler.setCurrentIndex(
        window.applications.page.handler.findData("李四")
    )
    window.applications.page.table.horizontalHeader().resizeSection(2, 333)
    window.close()
    again = open_window(qtbot, filled, settings)
    assert again.applications.page.search.text() == "污水"
    assert again.applications.page.handler.currentData() == "李四"
    assert again.applications.page.proxy.rowCount() == 1
    assert again.applications.page.table.horizontalHeader().sectionSize(2) == 333
    assert again.nav.currentItem().data(Qt.ItemDataRole.UserRole) == ALL


# -- registering ----------------------------------------------------------------------


def test_register_validates_as_you_type(qtbot: QtBot, filled: Workspace) -> None:
    dialog = RegisterDialog(load_reference(filled), "张三", TODAY)
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()
    type_text(dialog.project, "光伏组件扩建项目")
    type_text(dialog.enterprise_name, "临江光伏有限公司")
    type_text(dialog.credit_code, "91350100M000100Y44")
    said = dialog.errors["credit_code"].text()
    # The right check character (3) is not handed out: the typo may be anywhere.
    assert "“4”与前 17 位不符" in said and "3" not in said
    type_text(dialog.investment, "很多")  # said as what to type: it read as a negative's
    assert dialog.errors["investment"].text() == "请填写数字（万元，不小于 0），如 1200 或 1200.5。"
    assert not save.isEnabled()
    dialog.credit_code.clear()
    type_text(dialog.credit_code, "91350100M000100Y43")
    dialog.investment.clear()
    type_text(dialog.investment, "3500")
    assert not save.isEnabled()  # no category chosen yet
    dialog.category.setCurrentIndex(dialog.category.findData("report_form"))
    assert dialog.errors["credit_code"].text() == "" and save.isEnabled()


def test_a_fields_problem_is_under_it_whole_and_the_field_stays_put(
    qtbot: QtBot, filled: Workspace, english: None
) -> None:
    """Beside the field, the English check-character message was cut to three of its
    five lines, and the field moved down as its row grew, away from the next click."""
    dialog = RegisterDialog(load_reference(filled), "张三", TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    code = dialog.credit_code
    before = code.mapTo(dialog, code.rect().topLeft())
    type_text(code, "91350100M000100Y44")
    error = dialog.errors["credit_code"]
    qtbot.waitUntil(error.isVisible)
    qtbot.waitUntil(lambda: error.height() >= error.heightForWidth(error.width()))
    assert "check character" in error.text()
    assert code.mapTo(dialog, code.rect().topLeft()) == before
    assert error.mapTo(dialog, error.rect().topLeft()).y() >= before.y() + code.height()
    assert error.width() >= code.width()  # the field's whole width, not a column beside
    code.clear()
    type_text(code, "91350100M000100Y43")
    qtbot.waitUntil(lambda: not error.isVisible())  # no row left for it


def test_register_through_the_window(qtbot: QtBot, filled: Workspace, settings: QSettings) -> None:
    window = open_window(qtbot, filled, settings)

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, RegisterDialog)
        type_text(dialog.project, "精密铸件生产线项目")
        type_text(dialog.credit_code, OTHER_CODE)  # a known enterprise fills itself in
        assert dialog.enterprise_name.text() == "青山水务有限公司"
        assert "已登记企业" in dialog.enterprise_hint.text()
        dialog.category.setCurrentIndex(dialog.category.findData("report_form"))
        qtbot.keyClick(dialog.remark, Qt.Key.Key_Return)  # Enter saves

    answer_next_dialog(fill)
    window.register_action.trigger()
    assert window.applications.detail_pane.detail is not None
    record = window.applications.detail_pane.detail.view.record
    assert record.project == "精密铸件生产线项目" and record.enterprise_name == "青山水务有限公司"
    assert window.applications.page.selected_id() == record.id
    assert "待受理" in window.applications.detail_pane.chip.text()
    assert status_said(window).startswith(f"已登记：{record.number} ")


def test_the_same_project_registered_again_is_asked_about_first(
    qtbot: QtBot, filled: Workspace, settings: QSettings
) -> None:
    """Registered twice (a second click, or two clerks at the counter), a project was
    saved twice without a word, and an application cannot be taken out: both counted in
    every figure. The clerk is now asked, and the answer kept."""
    from approvals_gui.services.applications import application_count

    window = open_window(qtbot, filled, settings)
    before = application_count(filled)
    said: list[str] = []

    def fill(dialog: QWidget, answer: QMessageBox.StandardButton) -> None:
        assert isinstance(dialog, RegisterDialog)
        type_text(dialog.project, "年产5万吨再生铝项目")  # HP2026-00001's, still open
        type_text(dialog.credit_code, new_application().credit_code)
        dialog.category.setCurrentIndex(dialog.category.findData("report_form"))

        def press(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            said.append(box.text())
            box.done(answer)
            if answer is QMessageBox.StandardButton.No:  # back to the form: given up
                QTimer.singleShot(0, dialog.reject)

        answer_next_dialog(press, QMessageBox)
        qtbot.keyClick(dialog.remark, Qt.Key.Key_Return)

    answer_next_dialog(lambda d: fill(d, QMessageBox.StandardButton.No))
    window.register_action.trigger()
    qtbot.waitUntil(lambda: len(said) == 1)
    assert said[0].startswith("该企业的同一项目已有在办申请：HP2026-00001。")
    assert said[0].endswith("仍要登记吗？")
    assert application_count(filled) == before
    answer_next_dialog(lambda d: fill(d, QMessageBox.StandardButton.Yes))
    window.register_action.trigger()
    qtbot.waitUntil(lambda: status_said(window).startswith("已登记："))
    assert application_count(filled) == before + 1


def test_a_registration_hidden_by_a_search_is_shown_all_the_same(
    qtbot: QtBot, filled: Workspace, settings: QSettings
) -> None:
    """With a search on, the list and the pane stayed empty after a registration, and
    the clerk did not learn the number it got."""
    window = open_window(qtbot, filled, settings)
    window.show_view(ALL)
    page = window.applications.page
    page.search.setText("HP2026-99999")  # finds nothing, the new one neither

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, RegisterDialog)
        type_text(dialog.project, "精密铸件生产线项目")
        type_text(dialog.credit_code, OTHER_CODE)
        dialog.category.setCurrentIndex(dialog.category.findData("report_form"))
        qtbot.keyClick(dialog.remark, Qt.Key.Key_Return)

    answer_next_dialog(fill)
    window.register_action.trigger()
    qtbot.waitUntil(lambda: window.applications.detail_pane.detail is not None)
    record = window.applications.detail_pane.detail.view.record
    assert record.project == "精密铸件生产线项目"
    assert page.search.text() == "" and page.selected_id() == record.id


def test_a_registered_code_says_it_replaced_the_name_typed(qtbot: QtBot, filled: Workspace) -> None:
    """The name typed first, then a credit code the directory knows: the directory's name
    is the one saved, and the dialog now says it replaced the one typed (it did so with
    only a green 已登记企业)."""
    dialog = RegisterDialog(load_reference(filled), "张三", TODAY)
    qtbot.addWidget(dialog)
    type_text(dialog.enterprise_name, "临江某某新材料厂")
    type_text(dialog.credit_code, OTHER_CODE)
    assert dialog.enterprise_name.text() == "青山水务有限公司"
    assert dialog.enterprise_hint.text() == (
        "此信用代码已登记为“青山水务有限公司”，单位名称已改为登记的名称（原填“临江某某新材料厂”）；"
        "如信用代码有误，请更正。"
    )
    dialog.credit_code.clear()
    type_text(dialog.credit_code, OTHER_CODE)  # typed again: the name is the directory's now
    assert dialog.enterprise_hint.text() == "已登记企业：青山水务有限公司"


def test_escape_cancels_registration(qtbot: QtBot, filled: Workspace) -> None:
    """Untouched, Esc closes it; with something typed, only once the clerk says to give
    it up (it was lost without a word)."""
    dialog = RegisterDialog(load_reference(filled), "张三", TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    dialog = RegisterDialog(load_reference(filled), "张三", TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.project, "不会保存")
    asked: list[str] = []

    def answer(button: QMessageBox.StandardButton) -> Callable[[QWidget], None]:
        def click(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            asked.append(box.text())
            box.button(button).click()

        return click

    answer_next_dialog(answer(QMessageBox.StandardButton.No), QMessageBox)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.project.text() == "不会保存"
    answer_next_dialog(answer(QMessageBox.StandardButton.Yes), QMessageBox)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert not dialog.isVisible()
    assert asked == ["已填写的内容尚未保存，确定放弃吗？"] * 2


# -- moving applications ----------------------------------------------------------------


def shown_events(window: MainWindow) -> tuple[object, ...]:
    shown = window.applications.detail_pane.detail
    return shown.events if shown is not None else ()


def do_step(
    qtbot: QtBot,
    window: MainWindow,
    app_id: int,
    action: Action,
    offered: list[str] | None = None,
    **fill: object,
) -> None:
    """Choose `action` in the detail pane and fill its dialog as a clerk would; the
    notice offered once it is done, if `offered`, noted there by its title and left."""

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, StepDialog)
        for i in fill.get("check", ()):  # type: ignore[attr-defined]
            dialog.materials.item(i).setCheckState(Qt.CheckState.Checked)
        if "other" in fill:
            dialog.other_materials.setPlainText(str(fill["other"]))
        if "doc" in fill:
            type_text(dialog.document_number, str(fill["doc"]))
        if "reason" in fill:
            dialog.reason.setPlainText(str(fill["reason"]))
        if "refer" in fill:
            type_text(dialog.refer_to, str(fill["refer"]))
        if "days" in fill:
            dialog.extension_days.setValue(int(fill["days"]))  # type: ignore[call-overload]
        assert "办理后" in dialog.preview.text(), dialog.preview.text()
        if offered is not None:
            answer_next_dialog(
                lambda box: (offered.append(box.windowTitle()), box.close()), QMessageBox
            )
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    show_in_pane(qtbot, window, app_id)
    if action in DESTRUCTIVE:  # asked first (#13); the step's dialog follows on 是
        answer_next_dialog(
            lambda box: (answer_next_dialog(answer, StepDialog), yes(box)), QMessageBox
        )
    else:
        answer_next_dialog(answer)
    window.applications.detail_pane.action_requested.emit(action)


def yes(box: QWidget) -> None:
    assert isinstance(box, QMessageBox)
    box.button(QMessageBox.StandardButton.Yes).click()


def test_every_transition_through_the_dialogs(
    qtbot: QtBot, filled: Workspace, settings: QSettings
) -> None:
    app_id = register(
        filled, new_application(project="全流程项目", received_on=date(2026, 11, 24)), today=TODAY
    )
    # Every step on one day: a rule that gives an extension and asks for no notice periods.
    relaxed = dataclasses.replace(
        filled.rule("report_form"),
        extension_workdays=10,
        acceptance_publicity_workdays=0,
        approval_notice_workdays=0,
    )
    save_rule(filled, relaxed)
    window = open_window(qtbot, filled, settings)
    window.show_view(ALL)
    ws = filled
    path = [
        (Action.REQUEST_SUPPLEMENT, {"check": (0, 2), "other": "危废处置协议"}, Stage.SUPPLEMENT),
        (Action.RECEIVE_MATERIALS, {}, Stage.RECEIVED),
        (Action.ACCEPT, {}, Stage.ACCEPTED),
        (Action.EXTEND, {"reason": "需现场核查", "days": 5}, Stage.ACCEPTED),
        (Action.START_EXPERT_REVIEW, {}, Stage.EXPERT_REVIEW),
        (Action.FINISH_EXPERT_REVIEW, {}, Stage.REVIEW),
        (Action.NOTIFY_HEARING_RIGHTS, {}, Stage.HEARING_NOTICE),
        (Action.START_HEARING, {}, Stage.HEARING),
        (Action.FINISH_HEARING, {}, Stage.REVIEW),
        (Action.START_PUBLIC_NOTICE, {}, Stage.PUBLIC_NOTICE),
        (Action.APPROVE, {"doc": "环审〔2026〕88号"}, Stage.APPROVED),
        (Action.DELIVER, {}, Stage.DELIVERED),
    ]
    offered: list[str] = []
    said: list[str] = []

    def leave_the_notice(box: QWidget) -> None:  # the 延期告知书, offered once extended
        offered.append(box.windowTitle())
        box.close()

    for action, fill, stage in path:
        before = len(detail(ws, app_id, today=TODAY).events)
        do_step(qtbot, window, app_id, action, **fill)
        if action is Action.EXTEND:
            answer_next_dialog(leave_the_notice, QMessageBox)
            qtbot.waitUntil(lambda: offered == ["延期告知书"])
        # Each step is recorded before the next is chosen (an extension keeps the stage).
        qtbot.waitUntil(lambda n=before: len(detail(ws, app_id, today=TODAY).events) == n + 1)
        assert stage_of(ws, app_id) is stage
        # The pane shows the new version before the next step is chosen: the clerk acts
        # on what is shown, and an extension does not change the stage.
        qtbot.waitUntil(lambda n=before: len(shown_events(window)) == n + 1)
        assert window.applications.detail_pane.detail.view.record.facts.stage is stage  # type: ignore[union-attr]
        said.append(status_said(window))
    number = detail(ws, app_id, today=TODAY).view.record.number
    # Each step is said done; one the applicant is told of in writing names its notice
    # (a first-day clerk would not know to look on the 通知书 tab).
    assert said[:4] == [
        f"已办理“一次性告知补正”：{number}。请在“通知书”中出具补正材料通知书。",
        f"已办理“收到补正材料”：{number}。",
        f"已办理“受理”：{number}。请在“通知书”中出具受理通知书。",
        f"已办理“延期”：{number}。请在“通知书”中出具延期告知书。",
    ]
    events = detail(ws, app_id, today=TODAY).events
    assert events[1].materials == (
        "建设项目环境影响评价文件审批申请表",
        "公众参与说明",
        "危废处置协议",
    )
    assert events[4].extension_days == 5 and events[-2].document_number == "环审〔2026〕88号"
    assert "已一次办结" in window.applications.detail_pane.one_go.text()
    assert window.applications.detail_pane.timeline.rowCount() == len(events)
    # Finished, it stays in 全部申请, which shows finished ones: the status bar said it
    # was no longer listed, though it was still there, selected.
    assert said[-1] == f"已办理“送达办结”：{number} 已办结。"


@pytest.mark.parametrize(
    ("setup", "action", "fill", "stage"),
    [
        ((), Action.NOT_ACCEPT, {"reason": "不属于本部门审批权限"}, Stage.NOT_ACCEPTED),
        ((Action.ACCEPT,), Action.WITHDRAW, {}, Stage.WITHDRAWN),
        (
            (Action.ACCEPT, Action.START_REVIEW),
            Action.REFUSE,
            {"doc": "环审〔2026〕89号", "reason": "选址不符合分区管控要求"},
            Stage.REFUSED,
        ),
    ],
)
def test_side_exits_and_refusal(
    qtbot: QtBot,
    filled: Workspace,
    settings: QSettings,
    setup: tuple[Action, ...],
    action: Action,
    fill: dict[str, object],
    stage: Stage,
) -> None:
    app_id = register(
        filled, new_application(project="旁路项目", received_on=date(2026, 11, 24)), today=TODAY
    )
    version = 1
    for step in setup:
        version = apply_step(filled, app_id, version, Step(step), today=TODAY).view.record.version
    window = open_window(qtbot, filled, settings)
    # 不予受理 takes it out of the list, its 通知书 tab with it: its decision is offered at
    # once (the status bar told the clerk to issue it from a tab no longer there).
    offered: list[str] = []
    do_step(qtbot, window, app_id, action, offered if action is Action.NOT_ACCEPT else None, **fill)
    qtbot.waitUntil(lambda: stage_of(filled, app_id) is stage)
    if action is Action.NOT_ACCEPT:
        qtbot.waitUntil(lambda: offered == ["不予受理决定书"])
        said = status_said(window)  # in 我的事项, which lists the running ones only
        # Not sent to a 通知书 tab that went with the row: the decision was offered.
        assert said.endswith("不再列在当前列表中（勾选“显示已办结”可查看）。")


def test_another_authoritys_matter_is_not_accepted_with_where_to_apply(
    qtbot: QtBot, filled: Workspace, settings: QSettings
) -> None:
    """不予受理 asks, besides the reason, which authority the matter belongs to; named,
    it needs no reason, is kept with the step and is shown in the history."""
    app_id = register(filled, new_application(received_on=date(2026, 11, 24)), today=TODAY)
    window = open_window(qtbot, filled, settings)
    offered: list[str] = []
    do_step(qtbot, window, app_id, Action.NOT_ACCEPT, offered, refer="省生态环境厅")
    qtbot.waitUntil(lambda: stage_of(filled, app_id) is Stage.NOT_ACCEPTED)
    qtbot.waitUntil(lambda: offered == ["不予受理决定书"])
    event = detail(filled, app_id, today=TODAY).events[-1]
    assert (event.refer_to, event.reason) == ("省生态环境厅", "")
    timeline = window.applications.detail_pane.timeline
    qtbot.waitUntil(lambda: timeline.rowCount() == 2)
    remarks = [
        timeline.item(row, column) for row in range(2) for column in range(timeline.columnCount())
    ]
    assert any(item is not None and item.text() == "应向省生态环境厅申请" for item in remarks)


def test_a_document_number_in_use_is_asked_about_and_can_be_changed(
    qtbot: QtBot, filled: Workspace, settings: QSettings
) -> None:
    """环审〔2026〕30号 already on another decision was taken without a word. Now the clerk
    is asked; 否 goes back to the dialog as it was filled in, to change the number."""
    refused_first = register(filled, new_application(received_on=date(2026, 11, 2)), today=TODAY)
    for version, step in enumerate(
        (Step(Action.ACCEPT, date(2026, 11, 3)), *reviewed_and_refused("环审〔2026〕30号")),
        start=1,
    ):
        apply_step(filled, refused_first, version, step, today=TODAY)
    app_id = register(filled, new_application(received_on=date(2026, 11, 24)), today=TODAY)
    for version, action in enumerate((Action.ACCEPT, Action.START_REVIEW), start=1):
        apply_step(filled, app_id, version, Step(action), today=TODAY)
    window = open_window(qtbot, filled, settings)
    asked: list[str] = []
    refilled: list[tuple[str, str]] = []

    def change_the_number(dialog: QWidget) -> None:
        assert isinstance(dialog, StepDialog)
        refilled.append((dialog.document_number.text(), dialog.reason.toPlainText()))
        dialog.document_number.setText("环审〔2026〕31号")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    def back_to_the_dialog(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        assert stage_of(filled, app_id) is Stage.REVIEW  # nothing recorded yet
        answer_next_dialog(change_the_number, StepDialog)
        box.button(QMessageBox.StandardButton.No).click()

    do_step(qtbot, window, app_id, Action.REFUSE, doc="环审〔2026〕30号", reason="选址不符合规划")
    answer_next_dialog(back_to_the_dialog, QMessageBox)
    qtbot.waitUntil(lambda: stage_of(filled, app_id) is Stage.REFUSED)
    first_number = detail(filled, refused_first, today=TODAY).view.record.number
    assert asked == [
        f"文号“环审〔2026〕30号”已用于 {first_number}（不予批准，2026-11-12）。"
        "一个文号通常只对应一项决定。仍使用此文号吗？选“否”返回修改。"
    ]
    assert refilled == [("环审〔2026〕30号", "选址不符合规划")]
    assert detail(filled, app_id, today=TODAY).events[-1].document_number == "环审〔2026〕31号"


def step_dialog(ws: Workspace, app_id: int, action: Action) -> StepDialog:
    current = detail(ws, app_id, today=TODAY)
    return StepDialog(current, action, ws.calendar(), today=TODAY, actor="张三", now=NOW)


def test_a_reason_typed_in_a_step_dialog_is_not_lost_to_esc(
    qtbot: QtBot, filled: Workspace
) -> None:
    """Esc, 取消 or the window's × closed a step dialog at once, and a two-line refusal
    reason typed there was gone; registering asked first. Now a step dialog asks too,
    and one with nothing typed still closes at once."""
    app_id = list_applications(filled, today=TODAY)[0].record.id
    apply_step(filled, app_id, 1, Step(Action.ACCEPT, date(2026, 11, 24)), today=TODAY)
    dialog = step_dialog(filled, app_id, Action.REFUSE)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    asked: list[str] = []
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing typed: closed without asking
    assert not dialog.isVisible()
    dialog.show()
    type_text(dialog.reason, "选址位于饮用水水源保护区")
    answer_next_box(QMessageBox.StandardButton.No, asked)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.reason.toPlainText() == "选址位于饮用水水源保护区"
    answer_next_box(QMessageBox.StandardButton.Yes, asked)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert not dialog.isVisible()
    assert asked == ["已填写的内容尚未保存，确定放弃吗？"] * 2


def test_the_supplement_checklist_follows_what_is_applied_for(qtbot: QtBot, ws: Workspace) -> None:
    """A radiation safety licence was offered the EIA document's checklist (报批稿…)."""
    radiation = dataclasses.replace(
        ws.rule("report_form"), category="radiation", name="辐射安全许可证核发"
    )
    save_rule(ws, radiation)
    offered: dict[str, list[str]] = {}
    for category in ("report_form", "radiation"):
        app_id = register(ws, new_application(category=category, received_on=TODAY), today=TODAY)
        dialog = step_dialog(ws, app_id, Action.REQUEST_SUPPLEMENT)
        qtbot.addWidget(dialog)
        items = [dialog.materials.item(i) for i in range(dialog.materials.count())]
        offered[category] = [item.text() for item in items]
    assert offered["report_form"][1] == "环境影响报告书（表）报批稿"
    assert offered["radiation"][:2] == ["许可申请表", "营业执照或法人登记证书"]
    assert not [m for m in offered["radiation"] if "报告书" in m or "报批稿" in m]


def test_a_guard_keeps_the_dialog_from_saving(qtbot: QtBot, filled: Workspace) -> None:
    app_id = register(filled, new_application(received_on=date(2026, 11, 24)), today=TODAY)
    dialog = step_dialog(filled, app_id, Action.REQUEST_SUPPLEMENT)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and "全部材料" in dialog.preview.text()
    dialog.materials.item(1).setCheckState(Qt.CheckState.Checked)
    assert ok.isEnabled() and "暂停" in dialog.preview.text()


def test_the_preview_shows_the_new_countdown(qtbot: QtBot, filled: Workspace) -> None:
    app_id = register(filled, new_application(received_on=date(2026, 11, 24)), today=TODAY)
    dialog = step_dialog(filled, app_id, Action.ACCEPT)
    qtbot.addWidget(dialog)
    assert dialog.preview.text() == "办理后：剩 10 个工作日（到期日 2026-12-09）"


def test_a_late_or_second_supplement_notice_is_cautioned_first(
    qtbot: QtBot, filled: Workspace
) -> None:
    late = register(filled, new_application(received_on=date(2026, 11, 2)), today=TODAY)
    dialog = step_dialog(filled, late, Action.REQUEST_SUPPLEMENT)
    qtbot.addWidget(dialog)
    dialog.materials.item(1).setCheckState(Qt.CheckState.Checked)
    # Received 11-02, intake limit 11-09: sent on 11-25 it stops and restarts nothing.
    assert "已超过受理期限" in dialog.preview.text() and "不中止" in dialog.preview.text()
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    again = register(filled, new_application(received_on=date(2026, 11, 24)), today=TODAY)
    v = apply_step(
        filled, again, 1, Step(Action.REQUEST_SUPPLEMENT, materials=("图件",)), today=TODAY
    ).view.record.version
    apply_step(filled, again, v, Step(Action.RECEIVE_MATERIALS), today=TODAY)
    second = step_dialog(filled, again, Action.REQUEST_SUPPLEMENT)
    qtbot.addWidget(second)
    second.materials.item(1).setCheckState(Qt.CheckState.Checked)
    ok = second.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and "一次办结" in second.preview.text()  # a reason first
    second.reason.setPlainText("图件比例尺不符")
    assert ok.isEnabled() and "第 2 次补正通知" in second.preview.text()


def test_steps_the_law_refuses_today_are_shown_disabled_with_the_reason(
    qtbot: QtBot, filled: Workspace, settings: QSettings
) -> None:
    app_id = register(filled, new_application(received_on=date(2026, 11, 24)), today=TODAY)
    v = apply_step(filled, app_id, 1, Step(Action.ACCEPT), today=TODAY).view.record.version
    apply_step(filled, app_id, v, Step(Action.START_REVIEW), today=TODAY)
    window = open_window(qtbot, filled, settings)
    show_in_pane(qtbot, window, app_id)
    pane = window.applications.detail_pane
    qtbot.waitUntil(lambda: pane.detail is not None and pane.detail.view.record.id == app_id)
    buttons = {b.text(): b for b in pane.findChildren(QPushButton)}
    assert not buttons["延期"].isEnabled() and "不得延期" in buttons["延期"].toolTip()
    assert not buttons["批准"].isEnabled() and "拟批准公示" in buttons["批准"].toolTip()
    assert buttons["拟批准公示"].isEnabled() and buttons["告知听证权利"].isEnabled()


def test_the_extension_dialog_previews_the_new_statutory_date(
    qtbot: QtBot, filled: Workspace
) -> None:
    save_rule(filled, dataclasses.replace(filled.rule("report_form"), extension_workdays=10))
    app_id = register(filled, new_application(received_on=date(2026, 11, 24)), today=TODAY)
    apply_step(filled, app_id, 1, Step(Action.ACCEPT), today=TODAY)
    dialog = step_dialog(filled, app_id, Action.EXTEND)
    qtbot.addWidget(dialog)
    dialog.reason.setPlainText("需现场核查")
    dialog.extension_days.setValue(5)
    # 30 working days from 11-25 end 2027-01-07 (New Year's Day skipped); 5 more: 01-14.
    assert "法定期限延至 2027-01-14（原 2027-01-07）" in dialog.preview.text()
    # The countdown on the list runs to the promise, which does not move: said so.
    promised = detail(filled, app_id, today=TODAY).view.clock.promised_due
    assert promised is not None
    assert f"承诺期限不变（{promised.isoformat()}）：延期只延长法定期限。" in dialog.preview.text()


def test_the_extension_dialogs_ok_button_stays_put_as_the_reason_is_typed(
    qtbot: QtBot, filled: Workspace
) -> None:
    """Typing the reason made the preview's three lines appear and pushed 延期 down
    some 30 px: a click aimed at it missed."""
    save_rule(filled, dataclasses.replace(filled.rule("report_form"), extension_workdays=10))
    app_id = register(filled, new_application(received_on=date(2026, 11, 24)), today=TODAY)
    apply_step(filled, app_id, 1, Step(Action.ACCEPT), today=TODAY)
    dialog = step_dialog(filled, app_id, Action.EXTEND)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    where = ok.mapTo(dialog, ok.rect().topLeft())
    assert "法定期限延至" not in dialog.preview.text()
    dialog.reason.setPlainText("需现场核查")
    assert "法定期限延至" in dialog.preview.text()
    QApplication.processEvents()  # the layout's pass
    assert ok.mapTo(dialog, ok.rect().topLeft()) == where


def test_undo_asks_first_and_is_recorded(
    qtbot: QtBot, filled: Workspace, settings: QSettings
) -> None:
    app_id = register(filled, new_application(received_on=date(2026, 11, 24)), today=TODAY)
    apply_step(filled, app_id, 1, Step(Action.ACCEPT), today=TODAY)
    window = open_window(qtbot, filled, settings)
    show_in_pane(qtbot, window, app_id)
    seen: list[str] = []

    def confirm(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        # A stray Enter keeps the step: 否 is the default.
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).click()

    answer_next_dialog(confirm)
    window.applications.detail_pane.action_requested.emit(Action.UNDO)
    qtbot.waitUntil(lambda: stage_of(filled, app_id) is Stage.RECEIVED)
    number = detail(filled, app_id, today=TODAY).view.record.number
    assert f"将撤销 {number} 的上一步：受理（2026-11-25，张三），回到“收件”环节" in seen[0]
    # The acceptance notice may be in the applicant's hands: the clerk is told what of it.
    assert "如已就此出具《受理通知书》，撤销后该文书不再有效" in seen[0]
    assert [e.action for e in detail(filled, app_id, today=TODAY).events][-1] is Action.UNDO


def test_the_context_menu_offers_only_allowed_steps(
    qtbot: QtBot, filled: Workspace, settings: QSettings
) -> None:
    from PySide6.QtWidgets import QMenu

    app_id = register(filled, new_application(received_on=date(2026, 11, 24)), today=TODAY)
    window = open_window(qtbot, filled, settings)
    menu = QMenu()
    window.steps.add_step_actions(menu, detail(filled, app_id, today=TODAY))
    shown = ["—" if a.isSeparator() else a.text() for a in menu.actions()]
    # As the detail pane orders them: the main-line step first and in bold, the others,
    # the explanation; below a line, the steps that end the application. 转办 is not
    # offered: the bureau has one unit, and nowhere to send it.
    why = "为什么是这个日期？"
    assert shown == [
        "受理",
        "一次性告知补正",
        "改派",
        "更正登记",
        "—",
        why,
        "—",
        "不予受理",
        "申请人撤回",
    ]
    assert [a.font().bold() for a in menu.actions()[:3]] == [True, False, False]
    show_in_pane(qtbot, window, app_id)
    pane = window.detail_pane
    qtbot.waitUntil(lambda: pane.detail is not None and pane.detail.view.record.id == app_id)
    buttons = [w.text() for w in laid_out(pane.buttons) if w.objectName().startswith("step_")]
    assert buttons == [t for t in shown if t not in ("—", why)]
    # After one supplement notice, a second is named as the pane names it: the menu
    # offered it as 一次性告知补正 again, though it breaks the one-go promise.
    first = Step(Action.REQUEST_SUPPLEMENT, date(2026, 11, 24), materials=("公众参与说明",))
    apply_step(filled, app_id, 1, first, today=TODAY)
    apply_step(filled, app_id, 2, Step(Action.RECEIVE_MATERIALS, TODAY), today=TODAY)
    menu = QMenu()
    window.steps.add_step_actions(menu, detail(filled, app_id, today=TODAY))
    assert "再次告知补正（第 2 次）" in [a.text() for a in menu.actions()]


# -- conflicts, explanation, notices, language ------------------------------------------


def test_a_conflicting_save_is_refused_and_offers_to_reload(
    qtbot: QtBot, filled: Workspace, settings: QSettings
) -> None:
    app_id = register(filled, new_application(received_on=date(2026, 11, 24)), today=TODAY)
    window = open_window(qtbot, filled, settings)
    show_in_pane(qtbot, window, app_id)
    asked: list[str] = []

    def reload_please(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    def other_desktop_first(dialog: QWidget) -> None:
        assert isinstance(dialog, StepDialog)
        dialog.reason.setPlainText("材料不全")
        apply_step(filled, app_id, 1, Step(Action.ACCEPT), today=TODAY)  # another desk first
        answer_next_dialog(reload_please, QMessageBox)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    answer_next_dialog(
        lambda box: (answer_next_dialog(other_desktop_first, StepDialog), yes(box)), QMessageBox
    )
    window.applications.detail_pane.action_requested.emit(Action.NOT_ACCEPT)
    qtbot.waitUntil(lambda: bool(asked))
    # What the other desk did, who, its day and when it was saved (it said only 已被他人
    # 修改; then only the day, and a step dated back read as done long before).
    number = window.applications.current_detail(app_id).view.record.number  # type: ignore[union-attr]
    saved = f"{NOW:%Y-%m-%d %H:%M}"
    assert asked[0].startswith(
        f"{number} 已在您办理前被 {filled.actor} 办理“受理”（办理日期 {TODAY}，{saved} 保存）"
    )
    assert "您的办理未保存" in asked[0]
    assert stage_of(filled, app_id) is Stage.ACCEPTED  # nothing was overwritten
    qtbot.waitUntil(
        lambda: window.applications.detail_pane.detail.view.record.facts.stage is Stage.ACCEPTED  # type: ignore[union-attr]
    )


def test_why_this_date(qtbot: QtBot, filled: Workspace, settings: QSettings) -> None:
    app_id = register(filled, new_application(received_on=date(2026, 11, 20)), today=TODAY)
    v = apply_step(filled, app_id, 1, Step(Action.ACCEPT, date(2026, 11, 23)), today=TODAY)
    apply_step(
        filled,
        app_id,
        v.view.record.version,
        Step(Action.START_EXPERT_REVIEW, date(2026, 11, 24)),
        today=TODAY,
    )
    window = open_window(qtbot, filled, settings)
    show_in_pane(qtbot, window, app_id)
    texts: list[str] = []

    def read(dialog: QWidget) -> None:
        texts.append(dialog.browser.toPlainText())  # type: ignore[attr-defined]
        dialog.close()

    answer_next_dialog(read)
    window.applications.detail_pane.why_requested.emit()
    qtbot.waitUntil(lambda: bool(texts))
    text = texts[0]
    for expected in (
        "受理决定期限",
        "承诺期限",
        "法定期限",
        "技术评估：2026-11-24 至 2026-11-25",
        "《行政许可法》第三十二条",
        "环境影响评价法》第二十二条",
        "跳过的休息日",
    ):
        assert expected in text, expected


def test_notices_are_saved_as_pdf_with_chinese_text(
    qtbot: QtBot,
    filled: Workspace,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app_id = register(filled, new_application(received_on=date(2026, 11, 20)), today=TODAY)
    steps = (
        Step(Action.REQUEST_SUPPLEMENT, materials=("公众参与说明", "危废处置协议")),
        Step(Action.RECEIVE_MATERIALS),
        Step(Action.ACCEPT),
    )
    for version, step in enumerate(steps, start=1):
        apply_step(filled, app_id, version, step, today=TODAY)
    window = open_window(qtbot, filled, settings)
    show_in_pane(qtbot, window, app_id)
    for kind, name, expected in (
        ("acceptance", "accept.pdf", ["受理通知书", "决定予以受理", "2026年12月9日"]),
        ("supplement", "supplement.pdf", ["补正材料通知书", "公众参与说明", "危废处置协议"]),
    ):
        target = tmp_path / name
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, t=target: (str(t), ""))

        def save_pdf(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            next(b for b in box.buttons() if b.text() == "保存为 PDF…").click()

        answer_next_dialog(save_pdf)
        window.applications.detail_pane.notice_requested.emit(kind)
        qtbot.waitUntil(target.exists)
        text = "".join(page.extract_text() for page in PdfReader(target).pages)
        # The embedded font maps some characters to Kangxi radicals (⽣ for 生): fold them.
        compact = unicodedata.normalize("NFKC", "".join(text.split()))
        for piece in [*expected, "江城市生态环境局", "年产5万吨再生铝项目", "江城再生资源有限公司"]:
            assert piece in compact, (piece, text)


def test_switching_language_rebuilds_the_window_in_english(
    qtbot: QtBot, filled: Workspace, settings: QSettings
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    workers = (Worker(), Worker())
    shell = Shell(app, filled, workers, fixed_day(), settings, "test.sqlite3")  # owns its windows
    try:
        shell.window.show_view(ALL)
        qtbot.waitUntil(lambda: shell.window.applications.page.model.rowCount() == 2)
        app_id = list_applications(filled, today=TODAY)[-1].record.id
        show_in_pane(qtbot, shell.window, app_id)
        shell.switch_language("en")
        window = shell.window
        qtbot.waitUntil(lambda: window.applications.page.model.rowCount() == 2)
        # The clerk's place kept: the view, and the application picked (it was lost).
        qtbot.waitUntil(lambda: window.applications.page.selected_id() == app_id)
        assert window.nav.currentItem().data(Qt.ItemDataRole.UserRole) == ALL  # type: ignore[union-attr]
        assert window.windowTitle() == "One-Go — EIA Approval Deadlines"
        assert window.register_action.text() == "Register"
        assert (
            window.applications.page.model.headerData(1, Qt.Orientation.Horizontal) == "Countdown"
        )
    finally:
        shell.switch_language("zh_CN")
        assert shell.window.windowTitle() == "一次办结 — 环评审批时限管理"
        close_when_idle(qtbot, shell.window)


def test_switching_language_keeps_the_12369_case_picked(
    qtbot: QtBot, filled: Workspace, settings: QSettings
) -> None:
    from approvals_gui.services.hotline import register_report
    from approvals_gui.ui.main_window import HOTLINE
    from tests.conftest import add_city_and_east, new_report

    add_city_and_east(filled)
    case_id = register_report(filled, new_report(), today=TODAY)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    shell = Shell(app, filled, (Worker(), Worker()), fixed_day(), settings, "test.sqlite3")
    try:
        shell.window.show_view(HOTLINE)
        page = shell.window.hotline.page
        qtbot.waitUntil(lambda: page.proxy.rowCount() == 1)
        page.select(case_id)
        shell.switch_language("en")
        qtbot.waitUntil(lambda: shell.window.hotline.page.selected_id() == case_id)
    finally:
        shell.switch_language("zh_CN")
        close_when_idle(qtbot, shell.window)


def test_the_waiting_supplement_notice_is_the_one_in_force_not_an_undone_one(
    qtbot: QtBot, filled: Workspace, settings: QSettings
) -> None:
    app_id = register(filled, new_application(received_on=date(2026, 11, 20)), today=TODAY)
    for version, step in enumerate(
        (
            Step(Action.REQUEST_SUPPLEMENT, date(2026, 11, 20), materials=("图件",)),
            Step(Action.RECEIVE_MATERIALS, date(2026, 11, 23)),
            Step(Action.REQUEST_SUPPLEMENT, date(2026, 11, 24), materials=("附件",), reason="缺页"),
            Step(Action.UNDO),  # the second request, sent by mistake
            Step(Action.UNDO),  # and the materials: waiting on the first request again
        ),
        start=1,
    ):
        apply_step(filled, app_id, version, step, today=TODAY)
    window = open_window(qtbot, filled, settings)
    show_in_pane(qtbot, window, app_id)
    pane = window.applications.detail_pane
    qtbot.waitUntil(lambda: pane.detail is not None and pane.detail.view.record.id == app_id)
    texts = [w.text() for w in pane.findChildren(QLabel)]
    assert any(t.startswith("2026-11-20 已发补正通知") for t in texts), texts


def test_a_new_language_keeps_the_user_signed_in_now(
    qtbot: QtBot, filled: Workspace, settings: QSettings
) -> None:
    from approvals_gui.domain.access import Role, User

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    shell = Shell(app, filled, (Worker(), Worker()), fixed_day(), settings, "test.sqlite3")
    try:
        later = User("王管理", "city", Role.ADMIN)
        shell.window.ops.sign_in_as(later)  # 切换用户 after start
        shell.switch_language("zh_CN")
        assert shell.window.ops.ws.user == later
    finally:
        close_when_idle(qtbot, shell.window)


def test_the_status_bar_counts_follow_a_step(
    qtbot: QtBot, filled: Workspace, settings: QSettings
) -> None:
    window = open_window(qtbot, filled, settings)
    window.show_view(ALL)
    label = window.counts_label
    qtbot.waitUntil(lambda: "超承诺或送达超期 1 件" in label.text() and "共 2 件" in label.text())
    do_step(qtbot, window, 2, Action.WITHDRAW)  # the overdue one
    qtbot.waitUntil(lambda: "超承诺或送达超期 0 件" in label.text())
    assert "共 2 件" in label.text()


def test_an_application_another_desk_takes_out_of_my_items_is_said(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    """Reassigned on another desk, the application shown vanished from 我的事项 with an
    empty pane and not a word."""
    from approvals_gui.domain.stages import Action
    from approvals_gui.services import changes
    from approvals_gui.services.applications import Step, detail, register

    app_id = register(ws, new_application(handler="张三"), today=TODAY)
    window = open_window(qtbot, ws, settings)  # opens on 我的事项, as 张三
    show_in_pane(qtbot, window, app_id)
    number = window.applications.current_detail(app_id).view.record.number  # type: ignore[union-attr]
    elsewhere = changes.step(ws, app_id, 1, Step(Action.REASSIGN, handler="李四"), today=TODAY)
    assert elsewhere.detail is not None
    # As it reaches this window from another desk: the row, not this desk's detail.
    window.ops.publish(changes.ChangeSet(applications=(elsewhere.detail.view,)))
    assert status_said(window).startswith(
        f"{number} 已在另一台电脑上办理或改派，不再列在当前列表中"
    )
    assert detail(ws, app_id, today=TODAY).view.record.handler == "李四"


def test_a_step_dialog_says_at_once_when_another_desk_takes_a_step(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    """The dialog stayed open without a word while another desk accepted the same
    application; only its save, refused as stale, told the clerk."""
    from approvals_gui.domain.stages import Action
    from approvals_gui.services import changes
    from approvals_gui.services.applications import Step, register
    from approvals_gui.ui.dialogs.step_dialog import StepDialog

    app_id = register(ws, new_application(handler="张三"), today=TODAY)
    window = open_window(qtbot, ws, settings)
    show_in_pane(qtbot, window, app_id)
    seen: list[tuple[str, bool]] = []

    def meanwhile(dialog: QWidget) -> None:
        assert isinstance(dialog, StepDialog)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok.isEnabled() and dialog.elsewhere.isHidden()
        other = changes.step(ws, app_id, 1, Step(Action.ACCEPT, TODAY), today=TODAY)
        assert other.detail is not None
        window.ops.publish(changes.ChangeSet(applications=(other.detail.view,)))
        seen.append((dialog.elsewhere.text(), ok.isEnabled()))
        dialog.reject()

    answer_next_dialog(meanwhile, StepDialog)
    window.steps.step(app_id, Action.ACCEPT)
    ((said, enabled),) = seen
    assert said.startswith("另一台电脑刚刚办理了此申请（现为“受理”）") and not enabled


def test_enter_on_a_row_opens_it_beside_the_list_and_tab_leaves_the_list(
    qtbot: QtBot, filled: Workspace, settings: QSettings
) -> None:
    """Enter or a double-click on a row did nothing, the pane folded away stayed so; Tab
    went from cell to cell inside the list and never reached the pane's steps, then
    reached them after the fold button, the tab bar and the tab's page."""
    window = open_window(qtbot, filled, settings)
    window.show_view(ALL)
    window.show()
    qtbot.waitExposed(window)
    page = window.applications.page
    app_id = list_applications(filled, today=TODAY)[0].record.id
    show_in_pane(qtbot, window, app_id)
    window.detail_action.setChecked(False)  # Ctrl+I: the pane folded away
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert window.detail_action.isChecked() and window.detail_pane.isVisible()

    on_a_step = partial(keyboard_on_a_button_of, window.detail_pane)

    qtbot.waitUntil(on_a_step)
    assert QApplication.focusWidget().text() == "受理"  # type: ignore[union-attr]
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    qtbot.keyClick(page.table, Qt.Key.Key_Tab)  # at once on the steps, in their order
    assert QApplication.focusWidget().text() == "受理"  # type: ignore[union-attr]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert on_a_step() and QApplication.focusWidget().text() != "受理"  # type: ignore[union-attr]


def test_enter_leaves_the_keyboard_where_the_clerk_took_it_next(
    qtbot: QtBot, filled: Workspace, settings: QSettings
) -> None:
    """Enter on a row still being read, then the search box clicked at once: when the
    row's detail came, the keyboard was pulled onto its steps (a Space then would have
    taken one). Nor is 撤销上一步 ever where Enter puts it."""
    window = open_window(qtbot, filled, settings)
    window.show_view(ALL)
    window.show()
    qtbot.waitExposed(window)
    page = window.applications.page
    first, second = (v.record.id for v in list_applications(filled, today=TODAY)[:2])
    show_in_pane(qtbot, window, first)
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    page.select(second)  # its detail is read now, off the UI thread
    pane = window.applications.detail_pane
    pane.show_reading("HP2026-00002", "")  # as a read behind a long load says at once
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    page.search.setFocus()
    qtbot.waitUntil(lambda: pane.detail is not None and pane.detail.view.record.id == second)
    assert page.search.hasFocus()
    finished = register(
        filled, new_application(project="撤回的项目", received_on=TODAY), today=TODAY
    )
    apply_step(filled, finished, 1, Step(Action.WITHDRAW, TODAY), today=TODAY)
    window.applications.reload()
    qtbot.waitUntil(lambda: page.model.row_of(finished) >= 0)
    show_in_pane(qtbot, window, finished)
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # its only step: 撤销上一步
    assert page.table.hasFocus()
