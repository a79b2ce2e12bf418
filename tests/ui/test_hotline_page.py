"""The 12369 hotline page: registering a report (joining the open case it repeats),
taking a case to its close through the step dialogs, refusals that change nothing, the
reporter masked for an admin, the two papers, the navigation entry and its keys."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from functools import partial
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
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

from approvals_gui.domain.access import Role, User
from approvals_gui.domain.hotline.cases import CaseAction, CaseStage, Satisfaction, Topic
from approvals_gui.printing.hotline_documents import closing_report
from approvals_gui.services import users
from approvals_gui.services.changes import ChangeSet
from approvals_gui.services.hotline import (
    CaseStepForm,
    case_detail,
    case_step,
    register_report,
)
from approvals_gui.services.workspace import Workspace
from approvals_gui.store.hotline import case_changed
from approvals_gui.ui import settings as options
from approvals_gui.ui import strings
from approvals_gui.ui.delegates.nav_count import COUNT_ROLE
from approvals_gui.ui.dialogs.case_step_dialog import CaseStepDialog
from approvals_gui.ui.dialogs.report_dialog import ReportDialog
from approvals_gui.ui.main_window import HOTLINE, MainWindow
from approvals_gui.ui.models.cases_table import CASE_COLUMNS
from approvals_gui.ui.written import BOX_NAME
from tests.conftest import TODAY, add_city_and_east, new_report
from tests.ui.conftest import (
    answer_next_box,
    answer_next_dialog,
    form_texts,
    keyboard_on_a_button_of,
    laid_out,
    open_window,
    report_dialog,
    status_said,
    type_text,
)
from tests.ui.test_layout import at_1366_by_768, clipped, language, settle

__all__ = ["language"]  # the fixture, in both languages


@pytest.fixture
def bureau(ws: Workspace) -> Workspace:
    return add_city_and_east(ws)


def step(ws: Workspace, case_id: int, form: CaseStepForm) -> None:
    version = case_detail(ws, case_id, today=TODAY).view.record.version
    case_step(ws, case_id, version, form, today=TODAY)


def closed_case(ws: Workspace) -> int:
    """A case handed to 东城分局, handled, answered and closed."""
    case_id = register_report(ws, new_report(), today=TODAY)
    step(ws, case_id, CaseStepForm(CaseAction.ACCEPT, date(2026, 11, 3)))
    due = date(2026, 11, 18)
    step(ws, case_id, CaseStepForm(CaseAction.ASSIGN, date(2026, 11, 3), unit="east", unit_due=due))
    findings = CaseStepForm(CaseAction.HANDLE, date(2026, 11, 10), findings="废气收集装置破损")
    step(ws, case_id, findings)
    for action in (CaseAction.REPLY, CaseAction.CLOSE):
        step(ws, case_id, CaseStepForm(action, date(2026, 11, 12)))
    return case_id


def hotline_page(qtbot: QtBot, ws: Workspace, settings: QSettings) -> MainWindow:
    window = open_window(qtbot, ws, settings)
    window.show_view(HOTLINE)
    qtbot.waitUntil(lambda: not window.hotline.loading and not window.hotline.stale)
    return window


def showing(qtbot: QtBot, window: MainWindow, case_id: int) -> None:
    page = window.hotline.page
    page.show_closed.setChecked(True)
    assert page.select(case_id)
    qtbot.waitUntil(
        lambda: page.pane.detail is not None and page.pane.detail.view.record.id == case_id
    )


def button(qtbot: QtBot, window: MainWindow, name: str) -> QPushButton:
    """The pane's button `name` as shown now (the ones it replaced are hidden at once,
    and the new ones shown once the event loop runs)."""
    pane = window.hotline.page.pane

    def shown() -> list[QPushButton]:
        return [b for b in pane.findChildren(QPushButton, name) if b.isVisible()]

    qtbot.waitUntil(lambda: len(shown()) == 1)
    return shown()[0]


def written_paper(qtbot: QtBot, window: MainWindow, name: str) -> QMessageBox:
    """The box that says the paper the pane's button `name` writes is written."""
    button(qtbot, window, name).click()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, BOX_NAME) is not None)
    box = window.findChild(QMessageBox, BOX_NAME)
    assert box is not None
    return box


def ok_of(dialog: CaseStepDialog) -> QPushButton:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


# -- registering --------------------------------------------------------------------------


def test_a_report_registered_through_the_dialog_joins_the_case_it_repeats(
    qtbot: QtBot, bureau: Workspace, settings: QSettings
) -> None:
    first = register_report(bureau, new_report(), today=TODAY)
    window = hotline_page(qtbot, bureau, settings)
    seen: dict[str, object] = {}

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, ReportDialog)
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        assert not save.isEnabled() and "举报内容" in dialog.missing.text()
        # No topic is taken for granted: 大气 first in the list filed noise under it.
        assert dialog.topic.currentText() == "请选择" and "类别" in dialog.missing.text()
        labels = {w.text() for w in dialog.findChildren(QLabel)}
        assert "类别 *" in labels and "类别" not in labels  # marked as required
        dialog.topic.setCurrentIndex(dialog.topic.findData(Topic.AIR.value))
        dialog.content.setPlainText("又闻到刺鼻气味")
        dialog.anonymous.setChecked(True)
        assert not dialog.reporter_name.isVisibleTo(dialog)
        dialog.address.setText("东城区 幸福路1号")  # typed differently: the same place
        qtbot.waitUntil(lambda: dialog.merge.count() == 2 and dialog.merge.isVisibleTo(dialog))
        seen["offer"] = dialog.merge.itemText(1)
        dialog.merge.setCurrentIndex(1)
        assert save.isEnabled()
        save.click()

    answer_next_dialog(fill, ReportDialog)
    qtbot.keySequence(window, "Ctrl+Shift+N")
    page = window.hotline.page
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 and page.pane.detail is not None)
    assert seen["offer"] == "合并到 RX2026-00001（同一地址，23 天前）"
    joined = page.pane.detail
    assert joined is not None and joined.view.record.id != first
    assert joined.view.record.facts.stage is CaseStage.MERGED
    assert joined.view.record.facts.merged_into == first
    assert joined.view.record.anonymous
    # It says which case it joined, where the clerk looks when the reporter rings back.
    shown = [label.text() for label in page.pane.findChildren(QLabel)]
    assert "已并入 RX2026-00001 一并办理" in shown
    history = page.pane.history
    notes = [history.item(row, 4).text() for row in range(history.rowCount())]
    assert any(n.startswith("并入 RX2026-00001") for n in notes)
    assert [m.id for m in case_detail(bureau, first, today=TODAY).merged] == [joined.view.record.id]


# -- steps ----------------------------------------------------------------------------------


def answer_step(qtbot: QtBot, fill: Callable[[CaseStepDialog], None] = lambda _d: None) -> None:
    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, CaseStepDialog)
        fill(dialog)
        qtbot.waitUntil(lambda: ok_of(dialog).isEnabled())
        ok_of(dialog).click()

    answer_next_dialog(answer, CaseStepDialog)


def take(qtbot: QtBot, window: MainWindow, action: CaseAction, stage: CaseStage) -> None:
    pane = window.hotline.page.pane
    main = button(qtbot, window, f"case_step_{action.value}")
    assert main.font().bold(), f"{action} is the main step"
    main.click()
    qtbot.waitUntil(
        lambda: pane.detail is not None and pane.detail.view.record.facts.stage is stage
    )


def test_a_case_is_taken_to_its_close_through_the_step_dialogs(
    qtbot: QtBot, bureau: Workspace, settings: QSettings
) -> None:
    case_id = register_report(bureau, new_report(), today=TODAY)
    window = hotline_page(qtbot, bureau, settings)
    showing(qtbot, window, case_id)
    answer_step(qtbot)
    take(qtbot, window, CaseAction.ACCEPT, CaseStage.ACCEPTED)

    def hand_over(dialog: CaseStepDialog) -> None:
        assert not ok_of(dialog).isEnabled() and dialog.message.text() == "请选择承办单位。"
        assert dialog.unit_due.date().toPython() == date(2026, 12, 10)  # 15 days on
        dialog.unit.setCurrentIndex(dialog.unit.findData("east"))
        dialog.unit_due.setDate(date(2026, 12, 12))  # a Saturday: taken, and said
        assert dialog.message.text() == "办理期限 2026-12-12 是休息日，请确认。"
        assert ok_of(dialog).isEnabled()
        dialog.unit_due.setDate(dialog.on.date().toPython() - timedelta(days=1))
        assert dialog.message.text() == "办理期限不能早于办理日期。"
        assert not ok_of(dialog).isEnabled()
        dialog.unit_due.setDate(date(2026, 12, 10))
        assert dialog.message.text() == ""

    answer_step(qtbot, hand_over)
    take(qtbot, window, CaseAction.ASSIGN, CaseStage.ASSIGNED)
    assert button(qtbot, window, "case_handover").isEnabled()
    assert not button(qtbot, window, "case_closing").isEnabled()
    answer_step(qtbot, lambda d: d.findings.setPlainText("现场检查：废气收集装置破损"))
    take(qtbot, window, CaseAction.HANDLE, CaseStage.HANDLED)
    answer_step(qtbot, lambda d: d.remark.setText("电话告知举报人"))
    take(qtbot, window, CaseAction.REPLY, CaseStage.REPLIED)
    answer_step(qtbot)
    take(qtbot, window, CaseAction.CLOSE, CaseStage.CLOSED)
    assert button(qtbot, window, "case_closing").isEnabled()
    answer_step(qtbot)  # the reporter asks for a review (复查): not the main step
    button(qtbot, window, "case_step_request_review").click()
    pane = window.hotline.page.pane
    qtbot.waitUntil(lambda: pane.detail is not None and pane.detail.view.clock.current is not None)
    assert button(qtbot, window, "case_closing").isEnabled()  # it was closed: its report stands
    assert pane.detail is not None
    paper = dict(closing_report(pane.detail, "江城市生态环境局", {}).rows)
    assert paper["是否按期"].startswith("按期办结")  # not 逾期 because a review now runs
    history = window.hotline.page.pane.history
    notes = [history.item(row, 4).text() for row in range(history.rowCount())]
    assert "交 东城分局，2026-12-10 前反馈" in notes
    assert "调查情况：现场检查：废气收集装置破损" in notes


def test_a_case_just_closed_stays_in_view(
    qtbot: QtBot, bureau: Workspace, settings: QSettings
) -> None:
    """With only running cases listed, the one just closed vanished with its detail,
    and no word: its 办结报告 is what the clerk prints next."""
    case_id = register_report(bureau, new_report(), today=TODAY)
    step(bureau, case_id, CaseStepForm(CaseAction.ACCEPT, date(2026, 11, 3)))
    handed = CaseStepForm(
        CaseAction.ASSIGN, date(2026, 11, 3), unit="east", unit_due=date(2026, 11, 18)
    )
    step(bureau, case_id, handed)
    step(bureau, case_id, CaseStepForm(CaseAction.HANDLE, date(2026, 11, 10), findings="已整改"))
    step(bureau, case_id, CaseStepForm(CaseAction.REPLY, date(2026, 11, 12)))
    window = hotline_page(qtbot, bureau, settings)
    page = window.hotline.page
    assert not page.show_closed.isChecked() and page.select(case_id)
    qtbot.waitUntil(lambda: page.pane.detail is not None)
    answer_step(qtbot)
    take(qtbot, window, CaseAction.CLOSE, CaseStage.CLOSED)
    qtbot.waitUntil(lambda: not window.hotline.loading and page.show_closed.isChecked())
    assert page.selected_id() == case_id
    assert button(qtbot, window, "case_closing").isEnabled()


def test_refused_steps_change_nothing(qtbot: QtBot, bureau: Workspace, settings: QSettings) -> None:
    case_id = register_report(bureau, new_report(), today=TODAY)
    window = hotline_page(qtbot, bureau, settings)
    showing(qtbot, window, case_id)
    refuse = button(qtbot, window, "case_step_refuse")
    assert "#b71c1c" in refuse.styleSheet()
    told: list[str] = []

    def say_no(dialog: CaseStepDialog) -> None:
        dialog.reason.setPlainText("不属于生态环境部门职责")

        def no(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            told.append(box.text())
            box.button(QMessageBox.StandardButton.No).click()

        answer_next_dialog(no, QMessageBox)
        ok_of(dialog).click()
        qtbot.waitUntil(lambda: bool(told) and ok_of(dialog).isEnabled())
        dialog.reject()

    answer_next_dialog(say_no, CaseStepDialog)  # type: ignore[arg-type]
    refuse.click()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert "RX2026-00001" in told[0]
    assert len(case_detail(bureau, case_id, today=TODAY).events) == 1
    shown: list[str] = []

    def stale(dialog: CaseStepDialog) -> None:
        # Another desk accepts the case while this one fills in the form.
        step(bureau, case_id, CaseStepForm(CaseAction.ACCEPT, date(2026, 11, 3)))
        ok_of(dialog).click()
        qtbot.waitUntil(lambda: ok_of(dialog).isEnabled() and dialog.message.text() != "")
        shown.append(dialog.message.text())
        dialog.reject()

    answer_next_dialog(stale, CaseStepDialog)  # type: ignore[arg-type]
    button(qtbot, window, "case_step_accept").click()
    qtbot.waitUntil(lambda: bool(shown))
    # What the other desk did, who and when; not 该申请已被他人修改.
    assert shown[0].startswith(
        f"RX2026-00001 已在您办理前被 {bureau.actor} 办理“受理”"
        f"（办理日期 2026-11-03，{bureau.now():%Y-%m-%d %H:%M} 保存）"
    )
    assert strings.error_text(case_changed(case_id)).startswith("该举报案件已被他人修改")
    assert len(case_detail(bureau, case_id, today=TODAY).events) == 2  # the other desk's only


# -- who sees the reporter ------------------------------------------------------------------


def test_an_admin_sees_the_reporter_masked(
    qtbot: QtBot, bureau: Workspace, settings: QSettings
) -> None:
    case_id = register_report(bureau, new_report(), today=TODAY)
    users.add_user(bureau, User("王管理", "city", Role.ADMIN), "correct horse")
    admin = bureau.signed_in(users.sign_in(bureau, "王管理", "correct horse"))
    window = hotline_page(qtbot, admin, settings)
    showing(qtbot, window, case_id)
    texts = {label.text() for label in window.hotline.page.pane.findChildren(QLabel)}
    assert "王**  138****5678" in texts
    assert not any("13812345678" in t or "王小明" in t for t in texts)


# -- the papers ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "title"), [("case_handover", "交办单"), ("case_closing", "办结报告")]
)
def test_the_papers_are_written_off_the_ui_thread(
    qtbot: QtBot,
    bureau: Workspace,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    title: str,
) -> None:
    case_id = closed_case(bureau)
    target = tmp_path / "paper.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(target), ""))
    window = hotline_page(qtbot, bureau, settings)
    showing(qtbot, window, case_id)
    box = written_paper(qtbot, window, name)
    assert box.windowTitle() == title
    assert {"打开", "打开所在文件夹"} <= {b.text() for b in box.buttons()}
    assert box.icon() is QMessageBox.Icon.Information  # a closed case: no date to move
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert "RX2026-00001" in text and "东城分局" in text
    assert "王**" in text and "王小明" not in text  # masked on paper, whoever prints
    box.close()


def test_a_hand_over_slip_with_a_date_in_an_estimated_year_says_so(
    qtbot: QtBot,
    bureau: Workspace,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The 交办单 gave the unit a 办结期限 in 2027, whose holidays are only estimated,
    and the clerk was not told it may move."""
    case_id = register_report(bureau, new_report(), today=TODAY)
    step(bureau, case_id, CaseStepForm(CaseAction.ACCEPT, date(2026, 11, 20)))
    unit_due = date(2026, 12, 18)
    step(
        bureau,
        case_id,
        CaseStepForm(CaseAction.ASSIGN, date(2026, 11, 20), unit="east", unit_due=unit_due),
    )
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(tmp_path / "p.pdf"), ""))
    window = hotline_page(qtbot, bureau, settings)
    showing(qtbot, window, case_id)
    box = written_paper(qtbot, window, "case_handover")
    assert box.icon() is QMessageBox.Icon.Warning
    assert box.informativeText().endswith(
        "按推算的 2027 年节假日安排计算，国务院公布安排后可能变动。"
    )
    box.close()


def test_a_paper_that_cannot_be_written_is_refused_under_its_name(
    qtbot: QtBot,
    bureau: Workspace,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The box was titled 无法完成, not with the paper being written."""
    case_id = closed_case(bureau)
    gone = tmp_path / "U 盘" / "paper.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(gone), ""))
    window = hotline_page(qtbot, bureau, settings)
    showing(qtbot, window, case_id)
    said: list[tuple[str, str]] = []

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        said.append((box.windowTitle(), box.text()))
        box.accept()

    answer_next_dialog(read, QMessageBox)
    button(qtbot, window, "case_handover").click()
    qtbot.waitUntil(lambda: bool(said))
    assert said[0][0] == "交办单" and "文件或所在文件夹不存在" in said[0][1]


# -- the navigation, the keys and the status bar ---------------------------------------------


def test_the_hotline_has_its_entry_keys_and_overdue_count(
    qtbot: QtBot, bureau: Workspace, settings: QSettings
) -> None:
    window = open_window(qtbot, bureau, settings)
    entry = window.nav.item(window.nav.count() - 1)
    assert entry.text() == "12369 热线" and not entry.icon().isNull()
    page = window.hotline.page
    qtbot.keySequence(window, "Ctrl+0")
    qtbot.waitUntil(lambda: window._view == HOTLINE and not window.hotline.loading)
    assert window.stack.currentWidget() is page
    assert page.list_stack.currentWidget() is page.empty and "登记举报" in page.empty.text()
    assert window.hotline_label.isHidden()
    register_report(bureau, new_report(received_at=datetime(2026, 9, 1, 9, 0)), today=TODAY)
    window.ops.publish(ChangeSet(cases=True))  # as another desk's report arrives
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert not window.hotline_label.isHidden()
    assert window.hotline_label.text() == "热线超期 1" and window.hotline_label.toolTip()
    # The sidebar's entry counts them too, as 超期看板 does (it showed none).
    assert entry.data(COUNT_ROLE) == 1 and entry.toolTip() == "超期的 12369 举报 1 件"
    page.status.setCurrentIndex(page.status.findData("stage:closed"))
    assert page.list_stack.currentWidget() is page.empty and "筛选" in page.empty.text()
    page.status.setCurrentIndex(0)
    page.search.setText("刺鼻")
    assert page.proxy.rowCount() == 1
    page.search.setText("ｒｘ２０２６－")  # its number, as a 全角 input method types it
    assert page.proxy.rowCount() == 1
    page.search.setText("9135-0100-M000-100Y-43 刺鼻")  # every word, a code in groups
    assert page.proxy.rowCount() == 1
    page.search.setText("噪声")
    assert page.proxy.rowCount() == 0
    page.search.clear()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Down)


# -- at 1366×768 ------------------------------------------------------------------------------


def test_nothing_on_the_page_is_clipped_at_1366_by_768(
    qtbot: QtBot, bureau: Workspace, settings: QSettings, language: str
) -> None:
    options.LANGUAGE.set(settings, language)
    case_id = closed_case(bureau)
    late = new_report(address="西城区建设路88号", credit_code="", received_at=datetime(2026, 9, 1))
    register_report(bureau, late, today=TODAY)
    window = hotline_page(qtbot, bureau, settings)
    assert window.hotline_label.isVisible()  # 热线超期 1 beside the counts
    at_1366_by_768(qtbot, window)
    showing(qtbot, window, case_id)
    tabs = window.hotline.page.pane.tabs
    problems = []
    for tab in range(tabs.count()):
        tabs.setCurrentIndex(tab)
        settle(window)
        problems += [f"tab {tab}: {p}" for p in clipped(window)]
    assert problems == []
    assert window.width() == 1366


def test_a_telephone_number_that_is_none_is_told_at_the_field(
    qtbot: QtBot, bureau: Workspace, settings: QSettings
) -> None:
    """ "abc-不是电话" and "12345" were taken as the reporter's telephone: the call back
    that 反馈 and 回访 need could not then be made."""
    window = hotline_page(qtbot, bureau, settings)
    seen: list[tuple[str, bool]] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, ReportDialog)
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        dialog.topic.setCurrentIndex(dialog.topic.findData(Topic.WATER.value))
        dialog.content.setPlainText("夜间偷排废水")
        dialog.address.setText("东城区 幸福路1号")
        for typed in ("abc-不是电话", "12345", "0571-88888888转123"):
            dialog.reporter_phone.setText(typed)
            seen.append((dialog.errors["reporter_phone"].text(), save.isEnabled()))
        dialog.reject()

    answer_next_dialog(fill, ReportDialog)
    qtbot.keySequence(window, "Ctrl+Shift+N")
    qtbot.waitUntil(lambda: len(seen) == 3)
    wrong = "电话号码应由数字写成（可含空格、-、括号和“转”分机），至少 7 位数字。"
    assert seen == [(wrong, False), (wrong, False), ("", True)]


def test_undo_says_which_step_goes(qtbot: QtBot, bureau: Workspace, settings: QSettings) -> None:
    """The 撤销上一步 dialog asked only for a date and a remark, and never said which
    step it would take back."""
    case_id = register_report(bureau, new_report(), today=TODAY)
    step(bureau, case_id, CaseStepForm(CaseAction.ACCEPT, date(2026, 11, 3)))
    window = hotline_page(qtbot, bureau, settings)
    showing(qtbot, window, case_id)
    said: list[str] = []

    def read(dialog: QWidget) -> None:
        assert isinstance(dialog, CaseStepDialog)
        said.extend(label.text() for label in dialog.findChildren(QLabel))
        dialog.reject()

    answer_next_dialog(read, CaseStepDialog)
    button(qtbot, window, "case_step_undo").click()
    qtbot.waitUntil(lambda: bool(said))
    assert "将撤销" in said
    actor = bureau.actor
    assert f"受理（2026-11-03，{actor}），回到“待受理”" in said


def test_a_named_report_gives_a_name_or_a_phone(qtbot: QtBot, ws: Workspace) -> None:
    """Saved with neither, a named report had nobody to answer to (反馈, 回访)."""
    dialog = report_dialog(qtbot, ws, datetime(2026, 11, 25, 9, 0))
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    type_text(dialog.reporter_name, "王")
    assert save.isEnabled()
    dialog.reporter_name.clear()
    assert not save.isEnabled() and "举报人姓名或联系电话" in dialog.missing.text()
    assert dialog.errors["reporter_name"].text() == (
        "请填写举报人姓名或联系电话；都不留的，请勾选“匿名举报”。"
    )
    dialog.anonymous.setChecked(True)
    assert save.isEnabled() and dialog.errors["reporter_name"].text() == ""


def test_the_report_dialog_stars_each_field_of_an_either_or(qtbot: QtBot, ws: Workspace) -> None:
    """地址 was starred and 被举报企业 not, though either will do; the reporter's name and
    phone were needed (one of them) but not starred."""
    dialog = report_dialog(qtbot, ws, datetime(2026, 11, 25, 9, 0))
    starred = [
        label.text()
        for label in laid_out(dialog.form)
        if isinstance(label, QLabel) and label.text().endswith(" *")
    ]
    assert starred == [
        "类别 *",
        "举报内容 *",
        "地址 *",
        "举报人姓名 *",
        "联系电话 *",
        "被举报企业 *",
    ]


def summary_rows(window: MainWindow) -> dict[str, str]:
    """The case's 概要 as label → text."""
    return form_texts(window.hotline.page.pane.facts)


def test_a_refusal_and_a_follow_up_call_are_in_the_summary(
    qtbot: QtBot, bureau: Workspace, settings: QSettings
) -> None:
    """A refused report showed no reason but in its history, a 回访 recorded no result in
    概要, and 回访 stayed the step offered first as if still to do."""
    refused = register_report(bureau, new_report(content="噪声扰民"), today=TODAY)
    why = CaseStepForm(
        CaseAction.REFUSE, date(2026, 11, 3), reason="不属于环保部门职责。", remark="已电话告知"
    )
    step(bureau, refused, why)
    closed, visited = closed_case(bureau), closed_case(bureau)
    call = CaseStepForm(
        CaseAction.VISIT_BACK, date(2026, 11, 20), satisfaction=Satisfaction.SATISFIED
    )
    step(bureau, visited, call)
    window = hotline_page(qtbot, bureau, settings)
    showing(qtbot, window, refused)
    assert summary_rows(window)["不予受理"] == "2026-11-03：不属于环保部门职责。"
    # A reason typed as a sentence keeps one stop before the next part ("。；" before).
    note = window.hotline.page.pane.history.item(1, 4).text()
    assert note.startswith("理由：不属于环保部门职责；已电话告知；")  # then 补录
    showing(qtbot, window, closed)
    assert button(qtbot, window, "case_step_visit_back").isDefault()
    assert "回访评价" not in summary_rows(window)
    showing(qtbot, window, visited)
    assert summary_rows(window)["回访评价"] == "2026-11-20：满意"
    assert not button(qtbot, window, "case_step_visit_back").isDefault()


def test_the_list_shown_exports_from_the_window(
    qtbot: QtBot, bureau: Workspace, settings: QSettings, tmp_path: Path
) -> None:
    """导出当前列表 (Ctrl+E) was greyed out on the hotline's page: a section head could
    not take the overdue cases away without the command line."""
    from openpyxl import load_workbook

    register_report(bureau, new_report(content="河道排污"), today=TODAY)
    register_report(bureau, new_report(content="夜间噪声"), today=TODAY)
    window = hotline_page(qtbot, bureau, settings)
    page = window.hotline.page
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 2)
    page.search.setText("河道")
    assert window.export_action.isEnabled()
    target = tmp_path / "举报.xlsx"
    window.exports.ask_path = lambda *_args: target  # type: ignore[method-assign]
    with qtbot.waitSignal(window.exports.written, timeout=10000):
        window.export_action.trigger()
    sheet = load_workbook(target).active
    # The day, and which cases: a filtered list was titled as the whole one.
    said = sheet.oddHeader.center.text if sheet is not None else ""
    assert said == f"截至 {TODAY.isoformat()}　12369举报；搜索：河道；不含已办结"
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    found = [dict(zip(header, row, strict=True)) for row in rows[1:]]
    assert [r["举报内容"] for r in found] == ["河道排污"]  # as filtered
    assert found[0]["举报人"] == "王**"  # masked, as the command line's export


def case_step_dialog(
    qtbot: QtBot, ws: Workspace, case_id: int, action: CaseAction
) -> CaseStepDialog:
    """The step's dialog for the case as it stands, with no unit to pick."""
    dialog = CaseStepDialog(
        case_detail(ws, case_id, today=TODAY), action, units=[], today=TODAY,
        now=datetime(2026, 11, 25, 9, 0), actor="张三", calendar=ws.calendar(),
    )  # fmt: skip
    qtbot.addWidget(dialog)
    return dialog


def test_a_merge_with_nothing_to_merge_into_says_so(qtbot: QtBot, bureau: Workspace) -> None:
    """It said both 没有同一企业或地址的在办案件 and 请选择要并入的在办案件."""
    case_id = register_report(bureau, new_report(), today=TODAY)
    dialog = case_step_dialog(qtbot, bureau, case_id, CaseAction.MERGE)
    assert dialog.message.text() == ("没有可以并入的在办案件：只能并入同一企业或地址的在办案件。")
    assert not ok_of(dialog).isEnabled()


def test_a_case_steps_reason_is_not_lost_to_esc(qtbot: QtBot, bureau: Workspace) -> None:
    """As the applications' step dialogs: a reason typed is given up only once asked."""
    case_id = register_report(bureau, new_report(), today=TODAY)
    dialog = case_step_dialog(qtbot, bureau, case_id, CaseAction.REFUSE)
    dialog.show()
    qtbot.waitExposed(dialog)
    type_text(dialog.reason, "不属于环保部门职责")
    asked: list[str] = []
    answer_next_box(QMessageBox.StandardButton.No, asked)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    answer_next_box(QMessageBox.StandardButton.Yes, asked)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert not dialog.isVisible() and asked == ["已填写的内容尚未保存，确定放弃吗？"] * 2


def test_a_case_step_dialog_says_when_another_desk_steps_the_case(
    qtbot: QtBot, bureau: Workspace, settings: QSettings
) -> None:
    """As the applications' step dialog: said as the change arrives, not at saving."""
    from approvals_gui.services.changes import ChangeSet

    case_id = register_report(bureau, new_report(), today=TODAY)
    window = hotline_page(qtbot, bureau, settings)
    showing(qtbot, window, case_id)
    seen: list[tuple[str, bool]] = []

    def meanwhile(dialog: CaseStepDialog) -> None:
        assert ok_of(dialog).isEnabled() and dialog.elsewhere.isHidden()
        step(bureau, case_id, CaseStepForm(CaseAction.ACCEPT, date(2026, 11, 3)))  # elsewhere
        window.ops.publish(ChangeSet(cases=True))
        qtbot.waitUntil(lambda: not dialog.elsewhere.isHidden())
        seen.append((dialog.elsewhere.text(), ok_of(dialog).isEnabled()))
        dialog.reject()

    answer_next_dialog(meanwhile, CaseStepDialog)  # type: ignore[arg-type]
    button(qtbot, window, "case_step_accept").click()
    ((said, enabled),) = seen
    assert said.startswith("另一台电脑刚刚办理了此案件（现为“已受理”）") and not enabled


def test_the_most_urgent_case_comes_first(qtbot: QtBot, ws: Workspace, settings: QSettings) -> None:
    """The list was newest first: the red cases, older, sat below the fold under green
    ones. Now, as the applications' list, the least time left comes first."""
    from approvals_gui.ui.models.roles import Role
    from tests.ui.test_hotline_board import late_case

    late = late_case(ws)
    newer = register_report(ws, new_report(received_at=datetime(2026, 11, 24, 9, 0)), today=TODAY)
    window = hotline_page(qtbot, ws, settings)
    proxy = window.hotline.page.proxy
    qtbot.waitUntil(lambda: proxy.rowCount() == 2)
    assert [proxy.index(row, 0).data(Role.ID) for row in range(2)] == [late, newer]


@pytest.mark.usefixtures("english")
def test_the_closed_cases_shown_fit_their_columns(
    qtbot: QtBot, bureau: Workspace, settings: QSettings
) -> None:
    """Under the English heading "Unit" a closed case's 东城分局 was elided: the columns
    were fitted to the open cases only."""
    closed_case(bureau)
    register_report(bureau, new_report(content="夜间噪声"), today=TODAY)
    window = hotline_page(qtbot, bureau, settings)
    page = window.hotline.page
    assert page.proxy.rowCount() == 1  # the open one, not yet assigned
    page.show_closed.setChecked(True)
    assert page.proxy.rowCount() == 2
    unit = [c.key for c in CASE_COLUMNS].index("unit")
    assert page.table.columnWidth(unit) >= page.table.sizeHintForColumn(unit)


def test_the_steps_menu_the_right_click_and_the_keys_act_on_the_selected_case(
    qtbot: QtBot, bureau: Workspace, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On the 12369 page the 办理 menu offered only （请先在申请列表中选择一件申请）,
    Ctrl+Enter sent the clerk to the applications' list, and the list had no menu."""
    from PySide6.QtWidgets import QMenu

    from approvals_gui.ui.controllers import hotline as hotline_controller

    case_id = register_report(bureau, new_report(), today=TODAY)
    window = hotline_page(qtbot, bureau, settings)
    menu = window.steps_menu

    def offered() -> list[str]:
        window._fill_steps_menu()
        return ["—" if a.isSeparator() else a.text() for a in menu.actions()]

    assert offered() == ["（请先选择一件举报）"]
    qtbot.keySequence(window, "Ctrl+Return")
    assert status_said(window) == "请先在举报列表中选择一件举报。"
    showing(qtbot, window, case_id)
    pane = window.hotline.page.pane
    pane_steps = [
        w.text() for w in laid_out(pane.buttons) if w.objectName().startswith("case_step_")
    ]
    assert offered() == ["受理", "合并办理", "—", "为什么是这个日期？", "—", "不予受理"]
    assert [t for t in offered() if t not in ("—", "为什么是这个日期？")] == pane_steps
    assert menu.actions()[0].font().bold()
    qtbot.keySequence(window, "Ctrl+Shift+E")  # 延期: not before it is accepted
    assert status_said(window) == "举报处于“待受理”环节，不能延期。"
    # The right-click offers the same steps, of the case under the pointer.
    shown: list[list[str]] = []

    class Shown(QMenu):
        def exec(self, *_where: object) -> None:  # type: ignore[override]
            shown.append([a.text() for a in self.actions()])

    monkeypatch.setattr(hotline_controller, "QMenu", Shown)
    table = window.hotline.page.table
    table.customContextMenuRequested.emit(table.visualRect(table.model().index(0, 0)).center())
    qtbot.waitUntil(lambda: bool(shown))
    assert [t for t in shown[0] if t] == [t for t in offered() if t != "—"]
    answer_step(qtbot)
    qtbot.keySequence(window, "Ctrl+Return")  # the main step: 受理
    qtbot.waitUntil(
        lambda: (
            pane.detail is not None and pane.detail.view.record.facts.stage is CaseStage.ACCEPTED
        )
    )


def test_enter_on_a_case_puts_the_keyboard_on_its_first_step(
    qtbot: QtBot, bureau: Workspace, settings: QSettings
) -> None:
    """Enter or a double-click in the 12369 list did nothing (in the applications'
    list they open the row's steps). Enter on a case still being read waits for it,
    the keyboard stays on steps made again (another desk's change), and it is not
    pulled back once the clerk has gone elsewhere."""
    first = register_report(bureau, new_report(), today=TODAY)
    second = register_report(bureau, new_report(address="西城区二号路"), today=TODAY)
    third = register_report(bureau, new_report(address="西城区三号路"), today=TODAY)
    window = hotline_page(qtbot, bureau, settings)
    window.show()
    qtbot.waitExposed(window)
    page = window.hotline.page
    showing(qtbot, window, first)
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)

    on_a_step = partial(keyboard_on_a_button_of, page.pane)

    qtbot.waitUntil(on_a_step)
    assert QApplication.focusWidget().text() == "受理"  # type: ignore[union-attr]
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    qtbot.keyClick(page.table, Qt.Key.Key_Tab)  # Tab too: the steps come first
    assert QApplication.focusWidget().text() == "受理"  # type: ignore[union-attr]
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    assert page.select(second)  # its detail is read now, off the UI thread
    assert page.pane.detail is not None and page.pane.detail.view.record.id == first
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: page.pane.detail is not None and page.pane.detail.view.record.id == second
    )
    qtbot.waitUntil(on_a_step)
    page.pane.show_detail(page.pane.detail)  # read again: its steps made anew
    qtbot.waitUntil(on_a_step)  # once the new buttons are shown
    assert QApplication.focusWidget().text() == "受理"  # type: ignore[union-attr]
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    assert page.select(third)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    page.search.setFocus()
    qtbot.waitUntil(
        lambda: page.pane.detail is not None and page.pane.detail.view.record.id == third
    )
    assert page.search.hasFocus()


def test_a_case_step_opened_while_the_database_cannot_be_read_says_so(
    qtbot: QtBot, bureau: Workspace, settings: QSettings
) -> None:
    """As an application's step (tests/ui/test_live.py): said, OK still offered."""
    from approvals_gui.store.errors import StoreError, StoreErrorCode

    case_id = register_report(bureau, new_report(), today=TODAY)
    window = hotline_page(qtbot, bureau, settings)
    showing(qtbot, window, case_id)
    window.ops.offline = StoreError(StoreErrorCode.UNREACHABLE, "gone")  # as LiveDesk sets it
    seen: list[tuple[bool, str]] = []

    def look(dialog: CaseStepDialog) -> None:
        seen.append((dialog.offline_note.isVisible(), dialog.offline_note.text()))
        dialog.reject()

    answer_next_dialog(look, CaseStepDialog)  # type: ignore[arg-type]
    button(qtbot, window, "case_step_accept").click()
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [(True, "数据库连接中断：这里显示的可能不是最新情况，连上之前办理无法保存。")]
