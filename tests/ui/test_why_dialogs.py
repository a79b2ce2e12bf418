"""The "why this date?" dialogs: an application's explanation inside the frame both
dialogs share, whose title and button are translated in the frame's own context."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QApplication, QDialogButtonBox

from approvals_gui.domain.calendar import CalendarOverride, OverrideKind, WorkCalendar
from approvals_gui.domain.stages import Action
from approvals_gui.services.applications import Step, apply_step, detail, register
from approvals_gui.services.workspace import Workspace
from approvals_gui.ui import strings
from approvals_gui.ui.dialogs.why_dialog import WhyDialog, WhyFrame
from tests.conftest import TODAY, new_application


def test_an_application_is_explained_in_the_frame(ws: Workspace, qapp: QApplication) -> None:
    found = detail(ws, register(ws, new_application(), today=TODAY), today=TODAY)
    dialog = WhyDialog(found)
    number = found.view.record.number
    assert dialog.windowTitle() == f"为什么是这个日期？ — {number}"
    text = dialog.browser.toPlainText()
    assert text.startswith(f"{number} {found.view.record.project}\n")  # the heading
    assert "受理决定期限" in text
    assert [b.text() for b in dialog.findChild(QDialogButtonBox).buttons()] == ["关闭"]


def test_the_frame_speaks_english(english: None) -> None:
    frame = WhyFrame("RX2026-00001", 600, 400, None)
    assert frame.windowTitle() == "Why this date? — RX2026-00001"
    assert [b.text() for b in frame.findChild(QDialogButtonBox).buttons()] == ["Close"]


def test_the_holidays_skipped_are_named_in_english(ws: Workspace, english: None) -> None:
    """Received the day before National Day: the intake limit skips the holidays, named
    in English (the `holidays` package's names) in English brackets."""
    received = register(ws, new_application(received_on=date(2026, 9, 30)), today=TODAY)
    dialog = WhyDialog(detail(ws, received, today=TODAY))
    text = dialog.browser.toPlainText()
    skipped = [line for line in text.splitlines() if "holidays (" in line]
    # Each name once, in the days' order.
    assert skipped and all(
        "holidays (National Day, National Day (observed), Day off (substituted from 2026-09-20)"
        in line
        for line in skipped
    )
    assert not any("、" in line or "国庆" in line for line in skipped)


def test_a_day_is_named_in_the_languages_of_the_ui(ws: Workspace, english: None) -> None:
    """The shipped schedule's names in English; a day the bureau entered, as typed."""
    cal = ws.calendar()
    assert strings.day_name(cal.day_info(date(2026, 10, 1))) == "National Day"
    assert (
        strings.day_name(cal.day_info(date(2026, 10, 6))) == "Day off (substituted from 2026-09-20)"
    )
    entered = WorkCalendar.china(
        [CalendarOverride(date(2026, 6, 1), OverrideKind.HOLIDAY, "本地假日")]
    )
    assert strings.day_name(entered.day_info(date(2026, 6, 1))) == "本地假日"


def test_a_day_is_named_in_chinese_by_default(ws: Workspace, qapp: QApplication) -> None:
    assert strings.day_name(ws.calendar().day_info(date(2026, 10, 1))) == "国庆节"


def test_an_estimated_calendar_is_noted_in_english(ws: Workspace, english: None) -> None:
    """Due dates reckoned into a year whose schedule is not published say so, in the
    frame's words, in English as in Chinese."""
    assert not ws.calendar().is_confirmed(2027)
    received = register(ws, new_application(received_on=date(2026, 11, 20)), today=TODAY)
    apply_step(ws, received, 1, Step(Action.ACCEPT, date(2026, 11, 23)), today=TODAY)
    dialog = WhyDialog(detail(ws, received, today=TODAY))
    text = dialog.browser.toPlainText()
    assert "The 2027 holiday schedule is not published yet" in text
    assert "注意" not in text and "Note" in text


def test_a_notice_awaiting_its_materials_gives_no_due_date(
    ws: Workspace, qapp: QApplication
) -> None:
    """While the applicant's materials are awaited, the intake limit stands still: the
    dialog said it ran to its old last day, which the pane and list did not show."""
    app_id = register(ws, new_application(received_on=date(2026, 11, 23)), today=TODAY)
    materials = {"materials": ("公众参与说明",), "reason": "缺少公众参与说明"}
    apply_step(ws, app_id, 1, Step(Action.REQUEST_SUPPLEMENT, TODAY, **materials), today=TODAY)
    dialog = WhyDialog(detail(ws, app_id, today=TODAY))
    text = dialog.browser.toPlainText()
    assert f"{TODAY} 发出（在受理期限内）：期限中止，等待申请人补正材料。" in text
    assert "自收到全部补正材料之日起重新计算" in text
    assert "2026-11-30" not in text  # 5 working days from 11-23, no longer the last day


def test_a_notice_open_past_its_period_says_where_its_pause_ended(
    ws: Workspace, qapp: QApplication
) -> None:
    """拟批准公示 from 11-10, still open on 11-25: the promise stopped for its 5 working
    days only, and the explanation says so instead of 进行中."""
    found = register(ws, new_application(received_on=date(2026, 11, 2)), today=TODAY)
    for version, step in enumerate(
        (
            Step(Action.ACCEPT, date(2026, 11, 3)),
            Step(Action.START_REVIEW, date(2026, 11, 3)),
            Step(Action.START_PUBLIC_NOTICE, date(2026, 11, 10)),
        ),
        start=1,
    ):
        apply_step(ws, found, version, step, today=TODAY)
    dialog = WhyDialog(detail(ws, found, today=TODAY))
    text = dialog.browser.toPlainText()
    assert (
        "拟批准公示：2026-11-10 至 2026-11-17（公示期届满，此后照常计时），不计 6 个工作日" in text
    )
