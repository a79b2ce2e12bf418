"""The service-day screen: schedule, logging and resolving a visit through the dialog,
follow-ups on the board, the month's report, and the enterprise directory."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import QDate, QSettings, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from approvals_gui.domain.board import Card, CardKind
from approvals_gui.domain.enterprises import EnterpriseForm
from approvals_gui.domain.service_days import (
    FollowUpStatus,
    Matter,
    MatterType,
    Mode,
    VisitForm,
)
from approvals_gui.services.applications import register
from approvals_gui.services.changes import ChangeSet
from approvals_gui.services.directory import directory, save_enterprise
from approvals_gui.services.service_days import open_follow_ups, save_visit
from approvals_gui.services.workspace import Workspace
from approvals_gui.ui.dialogs.visit_dialog import VisitDialog
from approvals_gui.ui.main_window import BOARD, ENTERPRISES, SERVICE, MainWindow
from approvals_gui.ui.models.roles import Role
from tests.conftest import TODAY, new_application
from tests.printing.test_reports import plain, text_of
from tests.ui.conftest import (
    answer_next_box,
    answer_next_boxes,
    answer_next_dialog,
    open_window,
    read_next_box,
    status_said,
    type_text,
)

CODE = "91350100M000100Y43"


def open_service(qtbot: QtBot, ws: Workspace, settings: QSettings) -> MainWindow:
    window = open_window(qtbot, ws, settings)
    window.show_view(SERVICE)
    qtbot.waitUntil(lambda: window.service_days.page.days.count() > 0)
    return window


def test_schedule_and_next_day_in_the_status_bar(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    window = open_service(qtbot, ws, settings)
    days = [
        window.service_days.page.days.item(r).text()
        for r in range(window.service_days.page.days.count())
    ]
    # 2027's holidays are estimated: its service days may move once they are published.
    assert days[0].startswith("2027-01-05") and days[0].endswith("（即将，推算）")
    assert any(d.startswith("2026-10-08 · 0 家（5日顺延）") for d in days)
    assert any(d.startswith("2026-12-07") and d.endswith("（5日顺延，即将）") for d in days)
    assert window.service_days.page.next_label.text() == (
        "下一个企业服务日：2026-12-07（2026-12-05 为休息日，顺延）"
    )
    qtbot.waitUntil(
        lambda: window.service_day_label.toolTip() == window.service_days.page.next_label.text()
    )
    assert window.service_day_label.text() == "下一个企业服务日：2026-12-07（顺延）"
    assert window.service_days.page.selected_day() == date(2026, 11, 5)  # the latest one held
    # A bureau-wide rule that moves past days too: asked first, and kept when declined.
    asked: list[str] = []
    answer_next_boxes([QMessageBox.StandardButton.No], asked)
    window.service_days.page.shift_rule.setCurrentIndex(1)  # keep the 5th
    assert "包括已经举行过的" in asked[0]
    qtbot.waitUntil(lambda: window.service_days.page.shift_rule.currentIndex() == 0)
    assert "顺延" in window.service_days.page.next_label.text()
    answer_next_boxes([QMessageBox.StandardButton.Yes], asked)
    window.service_days.page.shift_rule.setCurrentIndex(1)
    qtbot.waitUntil(
        lambda: (
            "2026-12-05" in window.service_days.page.next_label.text()
            and "顺延" not in window.service_days.page.next_label.text()
        )
    )


def test_on_the_service_day_it_is_the_one_shown_and_a_new_visit_is_dated_today(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    """On 2026-11-05, a service day, the page opened on October's, marked today's
    "coming", and a visit logged there was dated 2026-10-08."""
    service_day = date(2026, 11, 5)
    window = open_window(qtbot, ws, settings, clock=lambda: service_day)
    window.show_view(SERVICE)
    page = window.service_days.page
    qtbot.waitUntil(lambda: page.days.count() > 0)
    assert page.selected_day() == service_day
    assert page.days.currentItem().text() == "2026-11-05 · 0 家（今天）"
    seen: list[date] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, VisitDialog)
        seen.append(dialog.day.day())
        dialog.reject()

    answer_next_dialog(look, VisitDialog)
    page.add_button.click()
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [service_day]


def test_log_a_visit_then_resolve_it(qtbot: QtBot, ws: Workspace, settings: QSettings) -> None:
    app_id = register(ws, new_application(project="再生铝项目"), today=TODAY)
    window = open_service(qtbot, ws, settings)

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, VisitDialog)
        assert dialog.day.date() == QDate(2026, 11, 5)
        type_text(dialog.credit_code, CODE)  # known: the name comes from the directory
        assert dialog.enterprise_name.text() == "江城再生资源有限公司"
        dialog.visit.setChecked(True)
        type_text(dialog.place, "企业厂区")
        type_text(dialog.staff, "张三、李四")
        dialog.matters.item(0, 1).setText("询问审批进度")
        kind = dialog.matters.cellWidget(0, 0)
        kind.setCurrentIndex(kind.findData(MatterType.APPROVAL_PROGRESS.value))
        linked = dialog.matters.cellWidget(0, 2)
        qtbot.waitUntil(lambda: linked.findData(app_id) >= 0)  # its applications, read
        linked.setCurrentIndex(linked.findData(app_id))
        dialog.follow_up.setChecked(True)
        dialog.due.setDate(QDate(2026, 11, 20))
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        assert dialog.failure.text() == ""

    answer_next_dialog(fill, VisitDialog)
    window.service_days.page.add_button.click()
    qtbot.waitUntil(lambda: window.service_days.page.visits.rowCount() == 1)
    assert window.service_days.page.visits.item(0, 1).text() == "走出去"
    assert window.service_days.page.visits.item(0, 5).text() == "超期 3 个工作日"
    qtbot.waitUntil(lambda: window.service_days.page.follow_ups.rowCount() == 1)
    (follow_up,) = open_follow_ups(ws, today=TODAY)
    assert follow_up.visit.form.matters == (
        Matter(MatterType.APPROVAL_PROGRESS, "询问审批进度", app_id),
    )

    def resolve(dialog: QWidget) -> None:
        assert isinstance(dialog, VisitDialog)
        dialog.resolved.setChecked(True)
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        assert "办理情况" in dialog.failure.text()  # how it was resolved is required
        type_text(dialog.resolution, "已书面答复")
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    window.service_days.page.visits.selectRow(0)
    answer_next_dialog(resolve, VisitDialog)
    window.service_days.page.edit_button.click()
    qtbot.waitUntil(lambda: window.service_days.page.follow_ups.rowCount() == 0)
    # Due 11-20: resolved three working days late.
    late = window.service_days.page.visits.item(0, 5).text()
    assert late == "逾期解决 2026-11-25（超期 3 个工作日）"


def test_a_visit_on_another_day_is_listed_and_a_new_one_is_not_dated_ahead(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    """A visit logged on a day that is not a service day was saved and could not be
    found on the page; 新增记录 with the coming service day chosen offered that day,
    which saving then refused as in the future."""
    off_day = date(2026, 11, 24)
    form = VisitForm(
        off_day, None, "江城再生资源有限公司", CODE, Mode.COME_IN, "局三楼", "张三",
        (Matter(MatterType.PERMIT, "排污许可变更"),),
    )  # fmt: skip
    save_visit(ws, form, today=TODAY)
    window = open_service(qtbot, ws, settings)
    page = window.service_days.page
    texts = [page.days.item(r).text() for r in range(page.days.count())]
    assert "2026-11-24 · 1 家（非服务日）" in texts
    page.days.setCurrentRow(texts.index("2026-11-24 · 1 家（非服务日）"))
    qtbot.waitUntil(lambda: page.visits.rowCount() == 1)
    page.select_day(date(2026, 12, 7))  # the coming service day
    offered: list[QDate] = []
    answer_next_dialog(lambda d: (offered.append(d.day.date()), d.reject()), VisitDialog)
    page.add_button.click()
    qtbot.waitUntil(lambda: bool(offered))
    assert offered == [QDate(TODAY.year, TODAY.month, TODAY.day)]


def test_a_visit_logged_from_a_coming_service_day_is_shown_on_its_own_day(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    """With the coming service day chosen, 新增记录 offers today; once saved, the page
    stayed on the coming day (0 家) and the visit seemed to vanish."""
    window = open_service(qtbot, ws, settings)
    page = window.service_days.page
    page.select_day(date(2026, 12, 7))
    qtbot.waitUntil(lambda: page.selected_day() == date(2026, 12, 7))
    refused: list[str] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, VisitDialog)
        type_text(dialog.credit_code, CODE)
        type_text(dialog.enterprise_name, "江城再生资源有限公司")
        type_text(dialog.place, "局三楼")
        type_text(dialog.staff, "张三")
        dialog.matters.item(0, 1).setText("咨询排污许可")
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        # Saved on the worker: a refusal would keep the dialog open, and the test with it.
        QTimer.singleShot(0, lambda: closed_or_refused(dialog))

    def closed_or_refused(dialog: VisitDialog) -> None:
        if not isValid(dialog) or not dialog.isVisible():  # saved: closed, and deleted
            return
        if dialog.failure.text():
            refused.append(dialog.failure.text())
            dialog.reject()
        else:
            QTimer.singleShot(10, lambda: closed_or_refused(dialog))

    answer_next_dialog(fill, VisitDialog)
    page.add_button.click()
    assert refused == []
    qtbot.waitUntil(lambda: page.selected_day() == TODAY and page.visits.rowCount() == 1)
    assert page.days.currentItem().text() == f"{TODAY.isoformat()} · 1 家（非服务日）"
    assert page.day_title.text() == f"{TODAY.isoformat()} 服务记录（1 家）"


def test_a_follow_up_counted_on_an_estimated_year_says_so(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    """Due in January 2027, its working days left were shown as sure."""
    form = VisitForm(
        date(2026, 11, 5), None, "江城再生资源有限公司", CODE, Mode.COME_IN, "局三楼", "张三",
        (Matter(MatterType.PERMIT, "排污许可变更"),), owner="张三", due_on=date(2027, 1, 8),
    )  # fmt: skip
    save_visit(ws, form, today=TODAY)
    window = open_service(qtbot, ws, settings)
    page = window.service_days.page
    qtbot.waitUntil(lambda: page.follow_ups.rowCount() == 1)
    state = page.follow_ups.item(0, 5)
    assert state.text().endswith("（推算）")
    assert state.toolTip() == "2027 年节假日安排尚未公布，剩余工作日按推算日历计算"


def test_a_follow_up_resolved_late_says_so(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    form = VisitForm(
        date(2026, 11, 5), None, "江城再生资源有限公司", CODE, Mode.COME_IN, "局三楼", "张三",
        (Matter(MatterType.PERMIT, "排污许可变更"),), owner="张三", due_on=date(2026, 11, 10),
        status=FollowUpStatus.RESOLVED, resolved_on=date(2026, 11, 12), resolution="已答复",
    )  # fmt: skip
    save_visit(ws, form, today=TODAY)
    window = open_service(qtbot, ws, settings)
    page = window.service_days.page
    qtbot.waitUntil(lambda: page.visits.rowCount() == 1)  # the 5th, the latest one held
    assert page.visits.item(0, 5).text() == "逾期解决 2026-11-12（超期 2 个工作日）"


def test_a_follow_up_on_the_board_opens_its_visit(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    save_visit(
        ws,
        VisitForm(
            date(2026, 11, 5),
            None,
            "江城再生资源有限公司",
            CODE,
            Mode.COME_IN,
            "局三楼",
            "张三",
            (Matter(MatterType.PERMIT, "排污许可变更"),),
            owner="王五",
            due_on=date(2026, 11, 26),
        ),
        today=TODAY,
    )
    window = open_window(qtbot, ws, settings)
    window.show_view(BOARD)
    qtbot.waitUntil(lambda: window.board.page.model.rowCount() == 2)
    card = window.board.page.model.index(1).data(Role.ITEM)
    assert isinstance(card, Card) and card.kind is CardKind.FOLLOW_UP
    assert window.board.page.card_lines(card) == (
        "排污许可变更",
        "江城再生资源有限公司",
        "服务日 2026-11-05 · 跟进",
        "剩 1 个工作日（2026-11-26 到期）",
    )
    seen: list[str] = []
    answer_next_dialog(lambda d: (seen.append(d.windowTitle()), d.reject()), VisitDialog)
    window.board.page.open_requested.emit(CardKind.FOLLOW_UP.value, card.item_id)
    qtbot.waitUntil(lambda: bool(seen))  # the visit is read first
    assert seen == ["编辑服务记录"] and window.stack.currentWidget() is window.service_days.page


def test_monthly_report_from_the_screen(
    qtbot: QtBot, ws: Workspace, settings: QSettings, tmp_path: Path
) -> None:
    save_visit(
        ws,
        VisitForm(
            date(2026, 11, 5),
            None,
            "江城再生资源有限公司",
            CODE,
            Mode.VISIT,
            "厂区",
            "张三",
            (Matter(MatterType.POLLUTION_CONTROL, "VOCs 治理"),),
        ),
        today=TODAY,
    )
    window = open_service(qtbot, ws, settings)
    answers = iter([tmp_path / "月报.pdf", tmp_path / "月报.xlsx"])
    window.exports.ask_path = lambda *_args: next(answers)  # type: ignore[method-assign]
    with qtbot.waitSignal(window.exports.written):
        window.service_days.page.pdf_button.click()
    text = text_of(tmp_path / "月报.pdf")
    assert plain("江城市生态环境局企业服务日工作月报（2026年11月）") in text
    assert plain("VOCs治理") in text and plain("走出去1次") in text
    with qtbot.waitSignal(window.exports.written):
        window.service_days.page.xlsx_button.click()
    rows = list(load_workbook(tmp_path / "月报.xlsx")["服务记录"].iter_rows(values_only=True))
    assert rows[1][1] == "江城再生资源有限公司" and rows[1][3] == "走出去"
    assert rows[1][6] == "污染防治：VOCs 治理"


def two_enterprises(qtbot: QtBot, ws: Workspace, settings: QSettings) -> MainWindow:
    """The 企业名录 page on two enterprises, 再生铝项目 the first one's application."""
    register(ws, new_application(project="再生铝项目"), today=TODAY)
    register(
        ws,
        new_application(enterprise_name="临江化工有限公司", credit_code="91350100M000101Y2J"),
        today=TODAY,
    )
    window = open_window(qtbot, ws, settings)
    window.show_view(ENTERPRISES)
    qtbot.waitUntil(lambda: window.directory.page.table.rowCount() == 2)
    return window


def test_enterprise_directory(qtbot: QtBot, ws: Workspace, settings: QSettings) -> None:
    window = two_enterprises(qtbot, ws, settings)
    page = window.directory.page
    assert page.form_box.title() == "新增企业"  # nothing picked: the form adds one
    page.search.setText("临江")
    shown = [r for r in range(2) if not page.table.isRowHidden(r)]
    assert [page.table.item(r, 0).text() for r in shown] == ["临江化工有限公司"]
    page.search.setText("ｍ０００１０１ｙ")  # its code, in 全角 and lower case
    assert [r for r in range(2) if not page.table.isRowHidden(r)] == shown
    page.search.clear()
    row = [page.table.item(r, 0).text() for r in range(2)].index("江城再生资源有限公司")
    page.table.selectRow(row)
    qtbot.waitUntil(lambda: page.applications.rowCount() == 1)
    assert page.applications.item(0, 1).text() == "再生铝项目"
    assert page.tabs.tabText(0) == "审批申请（1）"
    assert page.form_box.title() == "江城再生资源有限公司"
    page.credit_code.setText("91350100M000101Y2J")  # the other enterprise's code
    page.save_button.click()
    qtbot.waitUntil(lambda: page.problem.text() != "")
    assert "已登记为“临江化工有限公司”" in page.problem.text()  # who holds the code
    page.credit_code.setText(CODE)
    page.contact.setText("王经理")
    page.save_button.click()
    qtbot.waitUntil(lambda: "企业信息已保存" in status_said(window))
    qtbot.waitUntil(lambda: page.loaded() is not None and page.loaded().contact == "王经理")
    window.statusBar().clearMessage()
    page.phone.setText("0591-12345678")  # a second edit starts from the first, as saved
    page.save_button.click()
    qtbot.waitUntil(lambda: "企业信息已保存" in status_said(window))
    page.applications.selectRow(0)
    page.applications.doubleClicked.emit(page.applications.currentIndex())
    assert window.stack.currentWidget() is window.applications.page
    assert window.applications.page.selected_id() is not None


def test_an_enterprise_form_names_each_field_to_correct(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    """保存 on an empty 新增企业 said "此项为必填项。" under 联系电话, naming no field. Each
    problem is now said with its field's name, and nothing is saved."""
    window = two_enterprises(qtbot, ws, settings)
    page = window.directory.page
    requested: list[object] = []
    page.save_requested.connect(lambda *args: requested.append(args))
    page.start_new()
    page.save_button.click()
    lines = page.problem.text().splitlines()
    assert lines[0] == "企业名称：此项为必填项。"
    assert lines[1].startswith("统一社会信用代码：") and len(lines) == 2
    assert requested == []
    page.name.setText("新建企业有限公司")
    page.credit_code.setText(CODE[:-1] + ("0" if CODE[-1] != "0" else "1"))  # a wrong check
    page.save_button.click()
    assert page.problem.text().startswith("统一社会信用代码：") and requested == []


def test_the_next_service_day_in_the_status_bar_follows_midnight(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    clock = [TODAY]
    window = open_window(qtbot, ws, settings, clock=lambda: clock[0])  # on 我的事项
    qtbot.waitUntil(lambda: "2026-12-07" in window.service_day_label.text())
    clock[0] = date(2026, 12, 8)  # past that day, the page not shown
    window.ops.day.check()
    qtbot.waitUntil(lambda: "2027-01-05" in window.service_day_label.text())
    assert window.service_day_label.text() == "下一个企业服务日：2027-01-05（推算）"
    assert window.service_day_label.toolTip() == (
        "下一个企业服务日：2027-01-05（2027 年节假日安排尚未公布，按推算日历确定）"
    )


def test_an_enterprise_edit_in_progress_outlives_other_desks_saves(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    """A clerk edits an enterprise's contact while other desks register an application
    for it, then change its phone: the edit stays, the list beside it follows, the
    refused save is said, and 还原 shows the other desk's details. (Any application's
    change used to read the enterprise again into the form, wiping the edit unseen.)"""
    register(ws, new_application(project="再生铝项目"), today=TODAY)
    window = open_window(qtbot, ws, settings)
    window.show_view(ENTERPRISES)
    page = window.directory.page
    qtbot.waitUntil(lambda: page.table.rowCount() == 1)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.applications.rowCount() == 1)
    page.contact.setText("王经理")  # the clerk's edit, not saved yet
    register(ws, new_application(project="扩建项目"), today=TODAY)  # another desk's
    window.ops.publish(ChangeSet(reload=True))
    qtbot.waitUntil(lambda: page.applications.rowCount() == 2)
    assert page.contact.text() == "王经理" and page.problem.text() == ""

    enterprise_id, stored = directory(ws)[0]
    elsewhere = replace(stored, phone="0591-87654321")
    save_enterprise(Workspace(ws.engine, "另一台"), elsewhere, enterprise_id, based_on=stored)
    window.ops.publish(ChangeSet(directory=True))
    qtbot.waitUntil(lambda: "另一台电脑刚修改并保存了此企业的信息" in page.problem.text())
    assert page.contact.text() == "王经理" and page.phone.text() == ""
    said: list[str] = []
    read_next_box(said)
    page.save_button.click()
    qtbot.waitUntil(lambda: bool(said))
    assert "另一台电脑已修改并保存了这些内容" in said[0]
    assert directory(ws)[0][1] == elsewhere  # nothing of the refused save
    page.revert_button.click()
    assert page.phone.text() == "0591-87654321" and page.contact.text() == ""
    assert page.problem.text() == ""


def test_a_new_enterprise_once_saved_is_the_one_edited(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    """Saved, a new enterprise is picked in the list and its form edits it: a second save
    changes it, as stored (the code in capitals). (The form used to stay a new one, and
    the second save was refused: the code was taken, by the first.)"""
    register(ws, new_application(), today=TODAY)
    window = open_window(qtbot, ws, settings)
    window.show_view(ENTERPRISES)
    page = window.directory.page
    qtbot.waitUntil(lambda: page.table.rowCount() == 1)
    page.new_button.click()
    page.name.setText("临江化工有限公司")
    page.credit_code.setText("91350100m000101y2j")  # typed in lower case
    with qtbot.waitSignal(window.directory.message):
        page.save_button.click()
    assert page.form_box.title() == "临江化工有限公司"
    page.phone.setText("0591-12345678")  # before the page has read the list again
    qtbot.waitUntil(lambda: page.table.rowCount() == 2 and page.selected_id() is not None)
    assert page.selected_id() == page.editing() and page.phone.text() == "0591-12345678"
    assert page.problem.text() == ""
    with qtbot.waitSignal(window.directory.message):
        page.save_button.click()
    forms = dict(directory(ws))
    assert forms[page.editing()] == EnterpriseForm(
        "临江化工有限公司", "91350100M000101Y2J", phone="0591-12345678"
    )
    assert len(forms) == 2


def test_picking_another_enterprise_asks_before_an_edit_is_given_up(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    window = two_enterprises(qtbot, ws, settings)
    page = window.directory.page
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.editing() is not None)
    first = page.editing()
    page.contact.setText("王经理")
    asked: list[str] = []

    answer_next_box(QMessageBox.StandardButton.No, asked)
    page.table.selectRow(1)
    assert asked == ["此处的修改尚未保存。放弃这些修改吗？"]
    assert page.selected_id() == first and page.contact.text() == "王经理"
    answer_next_box(QMessageBox.StandardButton.No, asked)
    page.new_button.click()
    assert len(asked) == 2 and page.editing() == first and page.contact.text() == "王经理"
    answer_next_box(QMessageBox.StandardButton.Yes, asked)
    page.table.selectRow(1)
    qtbot.waitUntil(lambda: page.editing() not in (None, first))
    assert len(asked) == 3 and page.contact.text() == ""
