"""Refusals say what the user needs to act on, in the user's language: the date a step
may not precede, a category by its translated name, the enterprise that holds a credit
code."""

from __future__ import annotations

import errno
import os
from datetime import date

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from approvals_gui.domain.enterprises import EnterpriseForm
from approvals_gui.domain.errors import DomainError, ErrorCode
from approvals_gui.domain.stages import Action
from approvals_gui.services.applications import Step, apply_step, detail, register
from approvals_gui.services.directory import save_enterprise
from approvals_gui.services.workspace import Workspace
from approvals_gui.store.errors import StoreError
from approvals_gui.ui import strings
from tests.conftest import CODE, TODAY, new_application


def refusal(ws: Workspace, step: Step) -> str:
    """What the user reads when `step` is refused on an application accepted 11-03."""
    app_id = register(ws, new_application(received_on=date(2026, 11, 2)), today=TODAY)
    apply_step(ws, app_id, 1, Step(Action.ACCEPT, date(2026, 11, 3)), today=TODAY)
    with pytest.raises(DomainError) as refused:
        apply_step(ws, app_id, 2, step, today=TODAY)
    return strings.error_text(refused.value)


def test_a_step_before_the_last_names_its_date(ws: Workspace, qapp: QApplication) -> None:
    said = refusal(ws, Step(Action.START_REVIEW, date(2026, 11, 2)))
    assert said == "日期不能早于上一步骤的日期 2026-11-03。"


def test_a_category_is_named_in_english(ws: Workspace, english: None) -> None:
    said = refusal(ws, Step(Action.EXTEND, reason="复杂", extension_days=5))
    assert "EIA form" in said and "环境影响报告表" not in said


def test_a_taken_credit_code_names_its_enterprise(ws: Workspace, qapp: QApplication) -> None:
    save_enterprise(ws, EnterpriseForm("江城再生资源有限公司", CODE))
    with pytest.raises(StoreError) as refused:
        save_enterprise(ws, EnterpriseForm("另一家", CODE))
    assert strings.error_text(refused.value) == (
        f"统一社会信用代码 {CODE} 已登记为“江城再生资源有限公司”，"
        "请核对，或在企业名录中编辑该企业。"
    )


def test_a_date_outside_the_calendar_names_the_years_it_covers(
    ws: Workspace, english: None
) -> None:
    """ "The date is outside the calendar." left the clerk to guess which dates are in."""
    with pytest.raises(DomainError) as refused:
        register(ws, new_application(received_on=date(1999, 12, 31)), today=TODAY)
    said = strings.error_text(refused.value)
    assert said == "The date is outside the calendar: it must fall in the years 2000 to 2060."


def test_the_same_refusal_is_one_box_while_it_is_up(
    qtbot: QtBot, ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the server gone, one F5 made every page's read fail alike: four boxes of
    the same words, one on top of another, each to be closed."""
    from PySide6.QtWidgets import QMessageBox, QWidget

    from approvals_gui.store.errors import StoreErrorCode
    from approvals_gui.ui import operations as ops_module
    from tests.ui.conftest import operations

    parent = QWidget()
    # Deleted by qtbot at the test's end, with the workers and hub it owns: left to the
    # collector, it crashed the process now and then in the session's last teardown.
    qtbot.addWidget(parent)
    ops = operations(ws, parent)
    gone = StoreError(StoreErrorCode.UNREACHABLE, "cannot reach the database server")
    other = StoreError(StoreErrorCode.LOCKED, "locked")
    shown: list[str] = []

    def box(_parent: QWidget, _title: str, text: str) -> QMessageBox.StandardButton:
        shown.append(text)
        if len(shown) == 1:  # while the first is up, the other pages' reads fail too
            for error in (gone, gone, gone, other):
                ops.show_error(error)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(ops_module.QMessageBox, "warning", box)
    ops.show_error(gone)
    assert shown == [strings.error_text(gone), strings.error_text(other)]
    ops.show_error(gone)  # closed: a later failure is told again
    assert len(shown) == 3


def test_the_same_refusal_is_not_told_again_while_the_burst_of_reads_goes_on(
    qtbot: QtBot, ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Under load, a page's read failing just after the first box was closed put up a
    second box of the same words. Until the worker has nothing more to deliver, the
    same words are not said again; once it is idle, they are."""
    import threading

    from PySide6.QtWidgets import QMessageBox, QWidget

    from approvals_gui.store.errors import StoreErrorCode
    from approvals_gui.ui import operations as ops_module
    from tests.ui.conftest import operations

    parent = QWidget()
    qtbot.addWidget(parent)
    ops = operations(ws, parent)
    gone = StoreError(StoreErrorCode.UNREACHABLE, "cannot reach the database server")
    shown: list[str] = []

    def box(_parent: QWidget, _title: str, text: str) -> QMessageBox.StandardButton:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(ops_module.QMessageBox, "warning", box)
    release = threading.Event()
    ops.read(release.wait, lambda _done: None)  # another page's read, still out
    ops.show_error(gone)
    ops.show_error(gone)  # that read failing after the box was closed
    assert len(shown) == 1
    with qtbot.waitSignal(ops.worker.idle):
        release.set()
    ops.show_error(gone)  # a later failure is told again
    assert len(shown) == 2
    # A save refused for its own reason is told each time, however busy the worker.
    release.clear()
    ops.read(release.wait, lambda _done: None)
    locked = StoreError(StoreErrorCode.ROW_BUSY, "another desk is saving it")
    ops.show_error(locked)
    ops.show_error(locked)
    assert len(shown) == 4
    with qtbot.waitSignal(ops.worker.idle):
        release.set()


def test_a_letter_a_credit_code_never_uses_is_named_plainly(qapp: QApplication) -> None:
    """ "不允许使用（不含 I、O、S、V、Z）" read as "allowed, I O S V Z excepted"."""
    from approvals_gui.domain.credit_code import validate_credit_code

    with pytest.raises(DomainError) as refused:
        validate_credit_code("91350100M0001O0Y43")
    said = strings.error_text(refused.value)
    assert said == "第 14 位字符“O”不允许使用（信用代码不用 I、O、S、V、Z）。"


def test_a_case_saved_first_elsewhere_is_not_called_an_application(
    ws: Workspace, qapp: QApplication
) -> None:
    """A 12369 step refused as stale said 该申请已被他人修改."""
    from approvals_gui.domain.hotline.cases import CaseAction
    from approvals_gui.services.hotline import CaseStepForm, case_step, register_report
    from tests.conftest import new_report

    case_id = register_report(ws, new_report(), today=TODAY)
    accept = CaseStepForm(CaseAction.ACCEPT, date(2026, 11, 3))
    case_step(ws, case_id, 1, accept, today=TODAY)
    with pytest.raises(StoreError) as stale:  # as another desk's window, a version behind
        case_step(ws, case_id, 1, accept, today=TODAY)
    said = strings.error_text(stale.value)
    assert said.startswith("该举报案件已被他人修改") and "申请" not in said


def test_a_calendar_edit_beaten_names_the_day_changed(qapp: QApplication) -> None:
    """It said only 在您修改期间，另一台电脑已修改并保存了这些内容 for three days chosen,
    of which another desk had marked one."""
    from approvals_gui.store.errors import StoreErrorCode

    error = StoreError(StoreErrorCode.CHANGED_ELSEWHERE, "", days=[date(2026, 12, 15)])
    assert strings.error_text(error) == (
        "另一台电脑刚修改了 2026-12-15 的设置，您的修改未保存。请查看最新内容后再修改。"
    )


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_a_handler_not_on_the_staff_list_is_named_with_where_to_add_one(
    request: pytest.FixtureRequest, qapp: QApplication, lang: str
) -> None:
    if lang == "en":
        request.getfixturevalue("english")
    error = DomainError(ErrorCode.NOT_STAFF, "", handler="市局李肆", unit_name="东城分局")
    said = strings.error_text(error)
    assert "“市局李肆”" in said and said.count("东城分局") == 2  # who is not, where to pick
    assert ("单位与用户" if lang == "zh_CN" else "Units and users") in said


@pytest.mark.parametrize(
    ("code", "said"),
    [
        (errno.ENOENT, "文件或所在文件夹不存在"),
        (errno.ENOSPC, "磁盘空间已满"),
        (errno.EROFS, "该位置只读"),
        (errno.ENAMETOOLONG, "文件名或路径太长"),
        (errno.EISDIR, "这是一个文件夹"),
        (errno.EEXIST, "已有同名文件或文件夹"),
        (errno.EBUSY, "正被占用"),
        (errno.EINVAL, "不能使用的字符"),
    ],
)
def test_a_file_that_cannot_be_written_is_told_in_words(
    qapp: QApplication, code: int, said: str
) -> None:
    """The system's reason is English ("No space left on device") on a Chinese desk."""
    text = strings.error_text(OSError(code, os.strerror(code), "E:/统计.xlsx"))
    assert text.startswith("无法读写文件“E:/统计.xlsx”：") and said in text
    assert os.strerror(code) not in text


def test_a_file_error_not_foreseen_is_said_in_words_with_the_systems_own(
    qapp: QApplication,
) -> None:
    text = strings.error_text(OSError(errno.ELOOP, os.strerror(errno.ELOOP), "E:/统计.xlsx"))
    assert text == f"无法读写文件“E:/统计.xlsx”：系统未能完成读写（{os.strerror(errno.ELOOP)}）。"


def test_a_day_a_file_gives_both_ways_says_which_ways(qapp: QApplication) -> None:
    from approvals_gui.domain.schedule_import import parse_schedule

    (problem,) = parse_schedule("2027-10-01,休,国庆节\n2027-10-01,班,\n").problems
    assert strings.error_text(problem.error) == (
        "与第 1 行矛盾：那一行为“节假日”，本行为“调休上班”；请只保留正确的一行。"
    )


def test_a_day_a_file_gives_both_ways_says_so_in_english(english: None) -> None:
    from approvals_gui.domain.schedule_import import parse_schedule

    (problem,) = parse_schedule("2027-10-01,休,国庆节\n2027-10-01,清除,\n").problems
    assert strings.error_text(problem.error) == (
        "Contradicts row 1: “Holiday” there, “Clear (by day of the week)” here. Keep the right one."
    )


def test_what_is_asked_before_registering_in_english(english: None) -> None:
    from approvals_gui.domain.registration import Second, SecondThought

    late = SecondThought(Second.RECEIVED_LONG_AGO, received_on=date(2025, 12, 1), workdays=1)
    same = SecondThought(Second.SAME_OPEN, numbers=("HP2026-00095", "HP2026-00120"))
    error = DomainError(ErrorCode.SECOND_THOUGHTS, "asked", thoughts=(same, late))
    assert strings.error_text(error).split("\n\n") == [
        "This enterprise already has this project open: HP2026-00095, HP2026-00120."
        " Registered again, the one application will be counted twice, and it cannot be"
        " deleted once registered.",
        "The date received, 2025-12-01, is 1 working day ago, past the 5-working-day limit"
        " for accepting it: once registered it counts as accepted from that day"
        " (Administrative Licensing Law, art. 32), and its time limit is already running."
        " Please check the date received.",
        "Register it all the same?",
    ]


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("zh_CN", "环审〔2026〕9号（不予批准，2026-11-12）"),
        ("en", "环审〔2026〕9号 (Refused, 2026-11-12)"),
    ],
)
def test_a_decision_is_named_by_its_outcome(
    ws: Workspace, qapp: QApplication, language: str, said: str
) -> None:
    """ "Decision no. 环审〔2026〕88号 (Approve, …)" named the step, a verb, where the
    outcome was meant."""
    from approvals_gui.domain.stages import decision_in_force
    from approvals_gui.i18n import DEFAULT_LANGUAGE, install_translators
    from tests.conftest import reviewed_and_refused

    app_id = register(ws, new_application(received_on=date(2026, 11, 2)), today=TODAY)
    steps = (Step(Action.ACCEPT, date(2026, 11, 3)), *reviewed_and_refused("环审〔2026〕9号"))
    for version, step in enumerate(steps, start=1):
        apply_step(ws, app_id, version, step, today=TODAY)
    decision = decision_in_force(detail(ws, app_id, today=TODAY).events)
    assert decision is not None
    installed = install_translators(qapp, language)
    try:
        assert strings.with_decision("环审〔2026〕9号", decision) == said
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        for translator in install_translators(qapp, DEFAULT_LANGUAGE):
            qapp.removeTranslator(translator)


def test_the_public_notice_a_category_needs_is_counted_in_days_in_english(
    english: None,
) -> None:
    """ "Approve is not possible yet: This category needs … (minimum length in working
    days: 5): record …": two colons, a capital after one, a count read as a field."""

    def said(days: int) -> str:
        return strings.error_text(DomainError(ErrorCode.APPROVAL_NOTICE_REQUIRED, "", days=days))

    assert said(5) == (
        "This category needs a public notice of at least 5 working days before approval."
        " Record the public notice first."
    )
    assert "at least 1 working day before" in said(1)
