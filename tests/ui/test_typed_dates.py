"""Dates typed into a form's date fields, by the keyboard as a clerk types them: taken
exactly as typed, or refused with a message, never changed into another date.

QDateEdit had taken "2025-06-15" typed over its whole text as 2026-06-15 (the year
dropped) and "2026-02-30" as 2026-02-03 (the day cut short), without a word."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QDateTimeEdit, QDialogButtonBox
from pytestqt.qtbot import QtBot

from approvals_gui.domain.stages import Action
from approvals_gui.services.applications import detail, register
from approvals_gui.services.changes import load_reference
from approvals_gui.services.workspace import Workspace
from approvals_gui.ui.date_field import DateField
from approvals_gui.ui.dialogs.register_dialog import RegisterDialog
from approvals_gui.ui.dialogs.step_dialog import StepDialog
from approvals_gui.ui.dialogs.visit_dialog import VisitDialog
from tests.conftest import CODE, TODAY, new_application
from tests.ui.conftest import report_dialog, type_text


def type_over(qtbot: QtBot, field: DateField, text: str) -> None:
    """Select all the field holds and type `text` over it, key by key."""
    field.setFocus()
    qtbot.keyClick(field.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(field.edit, text)


def test_a_registration_takes_a_typed_date_as_typed(qtbot: QtBot, ws: Workspace) -> None:
    dialog = RegisterDialog(load_reference(ws), "张三", TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    for typed, day in (
        ("2025-06-15", date(2025, 6, 15)),
        ("2025/11/3", date(2025, 11, 3)),
        ("2025年11月30日", date(2025, 11, 30)),
        ("20251101", date(2025, 11, 1)),
        ("２０２５－１１－０２", date(2025, 11, 2)),  # an input method in 全角
    ):
        type_over(qtbot, dialog.received, typed)
        assert dialog.received.day() == day, typed
        assert dialog.received.text() == typed  # the field shows what was typed


def test_a_registration_refuses_a_date_that_is_none(qtbot: QtBot, ws: Workspace) -> None:
    dialog = RegisterDialog(load_reference(ws), "张三", TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    type_text(dialog.project, "某某项目")
    for typed in ("2026-02-30", "2025-11-31", "2026-13-01"):
        type_over(qtbot, dialog.received, typed)
        assert dialog.received.text() == typed  # not moved to another date
        assert not dialog.received.date().isValid()
        assert f"“{typed}”不是有效日期" in dialog.errors["received_on"].text()
        if typed == "2025-11-31":  # the form is right: the month is what is wrong
            assert "2025年11月只有 30 天" in dialog.errors["received_on"].text()
        assert not save.isEnabled()
        assert "收件日期" in dialog.missing.text()
    type_over(qtbot, dialog.received, "2026-11-20")
    assert dialog.errors["received_on"].text() == ""


def test_a_registration_names_what_to_correct_in_the_forms_order(
    qtbot: QtBot, ws: Workspace
) -> None:
    dialog = RegisterDialog(load_reference(ws), "张三", TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.project, "某某项目")
    type_text(dialog.investment, "很多")
    type_over(qtbot, dialog.received, "2026-02-30")
    type_text(dialog.credit_code, "913501")
    # Down the form: the code, the date, the investment (the date's problem came last).
    assert dialog.missing.text() == (
        "尚未填写：建设单位、审批类别；需更正：统一社会信用代码、收件日期、总投资（万元）"
    )


def test_a_step_refuses_a_date_that_is_none(qtbot: QtBot, ws: Workspace) -> None:
    app_id = register(ws, new_application(received_on=date(2026, 11, 20)), today=TODAY)
    dialog = StepDialog(
        detail(ws, app_id, today=TODAY), Action.ACCEPT, ws.calendar(), today=TODAY,
        actor="张三", now=ws.now(),
    )  # fmt: skip
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()
    type_over(qtbot, dialog.on, "2026-11-31")
    assert "“2026-11-31”不是有效日期" in dialog.preview.text()
    assert not ok.isEnabled()
    type_over(qtbot, dialog.on, "2026-13-01")  # said as the month, not as the form
    assert "“2026-13-01”不是有效日期：月份应为 1 至 12" in dialog.preview.text()
    assert not ok.isEnabled()
    type_over(qtbot, dialog.on, "2026-11-23")
    assert ok.isEnabled() and dialog.step().on == date(2026, 11, 23)


def test_a_visit_refuses_a_date_that_is_none(qtbot: QtBot, ws: Workspace) -> None:
    dialog = VisitDialog(load_reference(ws), actor="张三", today=TODAY, day=date(2026, 11, 5))
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.enterprise_name, "江城再生资源有限公司")
    type_text(dialog.credit_code, CODE)
    type_text(dialog.staff, "张三")
    dialog.matters.item(0, 1).setText("询问审批进度")
    sent = []
    dialog.submitted.connect(lambda *args: sent.append(args))
    type_over(qtbot, dialog.day, "2026-11-31")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not sent
    said = "服务日期：“2026-11-31”不是有效日期：2026年11月只有 30 天，请核对日期。"
    assert dialog.failure.text() == said
    type_over(qtbot, dialog.day, "2026-11-05")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert len(sent) == 1 and sent[0][0].day == date(2026, 11, 5)


def test_a_report_takes_the_day_it_came_in_as_typed(qtbot: QtBot, ws: Workspace) -> None:
    """A 12369 report's 收到时间 had been a QDateTimeEdit: "2025-06-01 10:00" typed over
    it became 2026-06-01, and the report went in 170 days overdue."""
    dialog = report_dialog(qtbot, ws, datetime(2026, 12, 3, 15, 30))
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    type_text(dialog.reporter_phone, "13812345678")
    type_over(qtbot, dialog.received, "2025-06-01")
    dialog.received_time.setTime(dialog.received_time.time().fromString("10:00", "HH:mm"))
    assert dialog.received_at() == datetime(2025, 6, 1, 10, 0)
    assert save.isEnabled()
    type_over(qtbot, dialog.received, "2025-02-30")
    assert "“2025-02-30”不是有效日期" in dialog.errors["received_at"].text()
    assert not save.isEnabled() and "收到时间" in dialog.missing.text()
    type_over(qtbot, dialog.received, "2026-12-04")  # tomorrow: the domain's own refusal
    assert dialog.errors["received_at"].text() != "" and not save.isEnabled()


def test_a_reports_time_typed_in_full_width_is_taken(qtbot: QtBot, ws: Workspace) -> None:
    """An input method left in 全角 types １０１５: the time stayed as it was, and the
    report went in at the wrong time without a word."""
    dialog = report_dialog(qtbot, ws, datetime(2026, 12, 3, 15, 30))
    field = dialog.received_time
    for typed, taken in (("１０１５", (10, 15)), ("０８：４５", (8, 45)), ("0930", (9, 30))):
        field.setTime(QTime(3, 3))
        field.setFocus()
        field.setSelectedSection(QDateTimeEdit.Section.HourSection)
        type_text(field, typed)
        assert (field.time().hour(), field.time().minute()) == taken, typed
    assert dialog.received_at() == datetime(2026, 12, 3, 9, 30)
