"""The calendar editor and CSV import: a marked or imported day moves a due date."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from approvals_gui.domain.access import Role, User
from approvals_gui.domain.calendar import CalendarOverride, DayKind, DaySource, OverrideKind
from approvals_gui.domain.stages import Action
from approvals_gui.services.applications import Step, apply_step, detail, register
from approvals_gui.services.calendar_admin import set_days
from approvals_gui.services.workspace import Workspace
from approvals_gui.ui import strings
from approvals_gui.ui.dialogs.schedule_import_dialog import ScheduleImportDialog
from approvals_gui.ui.main_window import CALENDAR, MainWindow
from tests.conftest import NOW, TODAY, new_application
from tests.ui.conftest import answer_next_boxes, answer_next_dialog, open_window, status_said

N = lambda d: date(2026, 11, d)  # noqa: E731
YES = QMessageBox.StandardButton.Yes


@pytest.fixture
def running(ws: Workspace) -> int:
    """A report form accepted 11-16: promised due 11-30 (10 working days)."""
    app_id = register(ws, new_application(received_on=N(16)), today=TODAY)
    apply_step(ws, app_id, 1, Step(Action.ACCEPT, N(16)), today=TODAY)
    return app_id


def open_calendar(qtbot: QtBot, ws: Workspace, settings: QSettings) -> MainWindow:
    window = open_window(qtbot, ws, settings)
    window.show_view(CALENDAR)
    qtbot.waitUntil(
        lambda: (
            window.calendar.page.grid.item(9, 0) is not None
            and window.calendar.page.grid.item(9, 0).text() != ""
        )
    )
    return window


def test_year_view_shows_kinds_sources_and_confirmation(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    window = open_calendar(qtbot, ws, settings)
    grid = window.calendar.page.grid
    national_day = grid.item(9, 0)
    assert national_day.text() == "休"
    assert "国庆节" in national_day.toolTip() or "National Day" in national_day.toolTip()
    assert "国务院安排" in national_day.toolTip()
    assert grid.item(9, 9).text() == "班"  # 2026-10-10, a Saturday worked for National Day
    assert grid.item(1, 29).flags() == grid.item(1, 29).flags().NoItemFlags  # no 30 February
    assert window.calendar.page.status.text() == "2026 年：已确认（按国务院办公厅通知录入）"
    assert window.calendar.page.unconfirm_button.isHidden()  # the shipped schedule's
    window.calendar.page.year.setValue(2030)
    qtbot.waitUntil(lambda: "2030 年：未确认" in window.calendar.page.status.text())
    assert window.calendar.page.confirm_button.isEnabled()

    def yes(box: QMessageBox) -> None:
        # Confirmed, a year stays so: Enter alone does not confirm it.
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).click()

    answer_next_dialog(yes, QMessageBox)
    window.calendar.page.confirm_button.click()
    qtbot.waitUntil(lambda: "2030 年：已确认" in window.calendar.page.status.text())
    assert ws.calendar().is_confirmed(2030)
    window.grab()


def test_a_year_confirmed_by_mistake_is_taken_back(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    """Who confirmed it and when is said; 撤销确认… asks, Enter alone keeps it."""
    from approvals_gui.services.calendar_admin import confirm_year

    confirm_year(ws, 2030)
    window = open_calendar(qtbot, ws, settings)
    page = window.calendar.page
    page.year.setValue(2030)
    qtbot.waitUntil(lambda: "2030 年：已确认" in page.status.text())
    assert page.status.text() == f"2030 年：已确认（张三于 {NOW.date()} 依据国务院办公厅通知确认）"
    assert page.confirm_button.isHidden() and not page.unconfirm_button.isHidden()
    said: list[str] = []

    def yes(box: QMessageBox) -> None:
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
        said.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    answer_next_dialog(yes, QMessageBox)
    with qtbot.waitSignal(window.calendar.message) as message:
        page.unconfirm_button.click()
    assert message.args[0] == "已撤销 2030 年节假日安排的确认。"
    qtbot.waitUntil(lambda: "2030 年：未确认" in page.status.text())
    assert said[0].startswith("撤销对 2030 年节假日安排的确认？")
    assert not ws.calendar().is_confirmed(2030)
    assert page.unconfirm_button.isHidden() and page.confirm_button.isEnabled()
    page.year.setValue(2031)  # until 2031 is read, no button acts on the year still shown
    assert not page.confirm_button.isEnabled()
    qtbot.waitUntil(lambda: "2031 年：未确认" in page.status.text())
    assert page.confirm_button.isEnabled()


def test_whoever_may_not_edit_the_calendar_only_looks(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    """A 承办人 was offered 确认 and 撤销确认…, asked, and only then refused."""
    from approvals_gui.services import calendar_admin, users

    admin, clerk = User("王管理", "city", Role.ADMIN), User("李四", "city", Role.CLERK)
    users.add_user(ws, admin, "correct-horse")
    users.add_user(ws.signed_in(admin), clerk, "correct-horse")
    calendar_admin.confirm_year(ws.signed_in(admin), 2030)
    window = open_window(qtbot, ws.signed_in(clerk), settings)
    window.show_view(CALENDAR)
    page = window.calendar.page
    page.year.setValue(2030)
    qtbot.waitUntil(lambda: "2030 年：已确认" in page.status.text())
    assert page.read_only_note.text() == "您的角色（承办人）无权修改节假日日历，以下内容仅供查看。"
    assert not page.read_only_note.isHidden()
    page.select_day(date(2030, 3, 4))
    buttons = (page.unconfirm_button, page.import_button, page.holiday_button, page.workday_button)
    assert not any(button.isEnabled() for button in buttons)


def test_today_is_framed_and_the_frame_moves_at_midnight(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    """An admin marking days ahead, or checking one already past, had to count along the
    row to find where today was."""
    from approvals_gui.ui.pages.calendar_page import IS_TODAY, TODAY_COLOUR

    day = [TODAY]
    window = open_window(qtbot, ws, settings, clock=lambda: day[0])
    window.show_view(CALENDAR)
    grid = window.calendar.page.grid

    def framed() -> list[tuple[int, int]]:
        return [
            (r, c)
            for r in range(12)
            for c in range(31)
            if grid.item(r, c) is not None and grid.item(r, c).data(IS_TODAY)
        ]

    qtbot.waitUntil(lambda: framed() == [(10, 24)])  # 2026-11-25
    assert grid.item(10, 24).toolTip().startswith("今天：2026-11-25")
    rect = grid.visualItemRect(grid.item(10, 24))
    image = grid.viewport().grab().toImage()
    assert image.pixelColor(rect.left() + 1, rect.center().y()).name() == TODAY_COLOUR
    neighbour = grid.visualItemRect(grid.item(10, 23))
    assert image.pixelColor(neighbour.left() + 1, neighbour.center().y()).name() != TODAY_COLOUR
    day[0] = date(2026, 11, 26)
    window.ops.day.check()  # past midnight
    qtbot.waitUntil(lambda: framed() == [(10, 25)])


def test_marking_a_holiday_moves_the_due_date(
    qtbot: QtBot, ws: Workspace, running: int, settings: QSettings
) -> None:
    window = open_calendar(qtbot, ws, settings)
    assert detail(ws, running, today=TODAY).view.clock.promised_due == N(30)
    window.calendar.page.select_day(N(27))

    def name_it(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue("防汛应急调休")
        dialog.accept()

    answer_next_dialog(name_it, QInputDialog)
    window.calendar.page.holiday_button.click()
    qtbot.waitUntil(lambda: window.calendar.page.grid.item(10, 26).text() == "休\n*")
    info = ws.calendar().day_info(N(27))
    assert (info.kind, info.source, info.name) == (DayKind.HOLIDAY, DaySource.LOCAL, "防汛应急调休")
    assert detail(ws, running, today=TODAY).view.clock.promised_due == date(2026, 12, 1)
    # Dropping the local entry brings the shipped schedule back.
    window.calendar.page.select_day(N(27))
    assert window.calendar.page.local_off_button.isEnabled()
    window.calendar.page.local_off_button.click()
    qtbot.waitUntil(lambda: window.calendar.page.grid.item(10, 26).text() == "")
    assert detail(ws, running, today=TODAY).view.clock.promised_due == N(30)


def test_a_day_already_so_is_left_alone_and_said_so(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    """设为调休上班 on an ordinary Wednesday had stored an entry that meant nothing."""
    window = open_calendar(qtbot, ws, settings)
    window.calendar.page.select_day(date(2026, 12, 9))
    window.calendar.page.workday_button.click()
    assert status_said(window) == "所选日期已是工作日，未作更改。"
    assert ws.calendar().day_info(date(2026, 12, 9)).source is DaySource.WEEKDAY_RULE


@pytest.mark.usefixtures("english")
def test_a_make_up_working_day_is_named_in_each_desks_language(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    """Marked from an English window, the day was stored as "Make-up working day", and
    Chinese desks showed that English name."""
    window = open_calendar(qtbot, ws, settings)
    saturday = date(2026, 12, 12)
    window.calendar.page.select_day(saturday)
    window.calendar.page.workday_button.click()
    qtbot.waitUntil(lambda: ws.calendar().is_workday(saturday))
    info = ws.calendar().day_info(saturday)
    assert info.name == "调休上班"
    assert strings.day_name(info) == "Make-up working day"


def test_a_holiday_of_a_year_not_published_yet_is_called_estimated(
    qtbot: QtBot, ws: Workspace, settings: QSettings, tmp_path: Path
) -> None:
    """2027's National Day, set aside in the editor or by a file, was called a day of
    the State Council's published schedule: 2027's is only the program's estimate."""
    window = open_calendar(qtbot, ws, settings)
    asked: list[str] = []
    page = window.calendar.page
    page.year.setValue(2027)
    qtbot.waitUntil(lambda: date(2027, 10, 1) in page._days)
    answer_next_boxes([QMessageBox.StandardButton.No], asked)
    page.select_day(date(2027, 10, 1))
    page.workday_button.click()
    assert asked and "2027-10-01（国庆节，推算）" in asked[0]
    csv_file = tmp_path / "2027.csv"
    csv_file.write_text("2027-10-01,班,\n", encoding="utf-8")
    window.calendar.ask_file = lambda: csv_file  # type: ignore[method-assign]
    notes: list[str] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, ScheduleImportDialog)
        notes.append(dialog.table.item(0, 3).text())
        dialog.reject()

    answer_next_dialog(look, ScheduleImportDialog)
    window.calendar.page.import_button.click()
    qtbot.waitUntil(lambda: bool(notes))
    assert notes[0].startswith("推算为法定节假日，将改为上班日")


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
def test_a_national_holiday_made_a_working_day_is_asked_first(
    qtbot: QtBot, ws: Workspace, settings: QSettings, answer: QMessageBox.StandardButton
) -> None:
    window = open_calendar(qtbot, ws, settings)
    asked: list[str] = []
    # Yes: then asked again, the day being past.
    answer_next_boxes([answer, QMessageBox.StandardButton.Yes][: 2 if answer == YES else 1], asked)
    window.calendar.page.select_day(date(2026, 10, 1))
    window.calendar.page.workday_button.click()
    assert asked and "2026-10-01（国庆节）" in asked[0] and "法定节假日" in asked[0]
    if answer == QMessageBox.StandardButton.No:
        assert len(asked) == 1 and not ws.calendar().is_workday(date(2026, 10, 1))
    else:
        qtbot.waitUntil(lambda: ws.calendar().is_workday(date(2026, 10, 1)))
        assert "有 1 天早于今天：2026-10-01" in asked[1]


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.No, YES])
def test_a_day_already_past_is_changed_only_when_the_admin_says_so(
    qtbot: QtBot, ws: Workspace, running: int, settings: QSettings, answer: object
) -> None:
    """A holiday marked on a day already counted quietly cleared overdue items; so did
    dropping an entry there. Both are asked first, naming the days."""
    window = open_calendar(qtbot, ws, settings)
    page = window.calendar.page
    asked: list[str] = []
    answer_next_boxes([answer], asked)
    if answer == YES:  # then the name is asked (a handler left waiting would answer
        # another test's dialog)
        answer_next_dialog(lambda dialog: dialog.accept(), QInputDialog)  # no name
    page.select_day(N(24))  # accepted 11-16: its promised due moves with the 24th
    page.holiday_button.click()
    assert asked == [
        "所选日期中有 1 天早于今天：2026-11-24。\n"
        "已算出的到期日、超期和按期办结都会随之改变。确定更改？"
    ]
    if answer == QMessageBox.StandardButton.No:
        assert ws.calendar().day_info(N(24)).source is DaySource.WEEKDAY_RULE
        return
    qtbot.waitUntil(lambda: ws.calendar().day_info(N(24)).source is DaySource.LOCAL)
    assert detail(ws, running, today=TODAY).view.clock.promised_due == date(2026, 12, 1)
    qtbot.waitUntil(lambda: page.grid.item(10, 23).text() == "休\n*")
    page.select_day(N(24))
    answer_next_boxes([QMessageBox.StandardButton.No], asked)
    page.local_off_button.click()
    assert len(asked) == 2 and "2026-11-24" in asked[1]
    assert ws.calendar().day_info(N(24)).source is DaySource.LOCAL  # left as it was


def test_csv_import_moves_the_due_date(
    qtbot: QtBot, ws: Workspace, running: int, settings: QSettings, tmp_path: Path
) -> None:
    window = open_calendar(qtbot, ws, settings)
    csv_file = tmp_path / "2026补充.csv"
    csv_file.write_text(
        "日期,类型,名称\n2026-11-26,休,临时休假\n2026-11-27,休,临时休假\n", encoding="gb18030"
    )  # as Excel saves it on Chinese Windows
    window.calendar.ask_file = lambda: csv_file  # type: ignore[method-assign]
    seen: list[str] = []

    def accept(dialog: QWidget) -> None:
        assert isinstance(dialog, ScheduleImportDialog)
        seen.append(dialog.summary.text())
        assert dialog.table.rowCount() == 2 and dialog.table.item(0, 2).text() == "临时休假"
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    answer_next_dialog(accept, ScheduleImportDialog)
    window.calendar.page.import_button.click()
    qtbot.waitUntil(lambda: bool(seen))  # read on the worker, then shown
    assert "共 2 天" in seen[0] and "国务院" not in seen[0]
    qtbot.waitUntil(lambda: status_said(window) == "已导入 2 天的节假日安排，到期日已随之更新。")
    qtbot.waitUntil(
        lambda: detail(ws, running, today=TODAY).view.clock.promised_due == date(2026, 12, 2)
    )


def test_csv_rows_that_change_days_entered_here_are_marked_before_import(
    qtbot: QtBot, ws: Workspace, settings: QSettings, tmp_path: Path
) -> None:
    """A file made 2026-12-09, typed in here as a rest day, a working day again, and
    the preview said nothing of it."""
    from approvals_gui.domain.calendar import CalendarOverride, OverrideKind
    from approvals_gui.services.calendar_admin import set_days

    set_days(ws, [CalendarOverride(date(2026, 12, 9), OverrideKind.HOLIDAY, "临时休假")])
    window = open_calendar(qtbot, ws, settings)
    csv_file = tmp_path / "2026.csv"
    csv_file.write_text("2026-12-09,班,\n2026-12-10,休,\n", encoding="utf-8")
    window.calendar.ask_file = lambda: csv_file  # type: ignore[method-assign]
    seen: list[tuple[str, list[str]]] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, ScheduleImportDialog)
        notes = [dialog.table.item(r, 3).text() for r in range(dialog.table.rowCount())]
        seen.append((dialog.summary.text(), notes))
        dialog.reject()

    answer_next_dialog(look, ScheduleImportDialog)
    window.calendar.page.import_button.click()
    qtbot.waitUntil(lambda: bool(seen))
    ((summary, notes),) = seen
    assert "其中 1 天将改变本单位此前录入的安排" in summary
    assert notes == ["本单位此前录入为休息日（临时休假）", ""]


def test_csv_with_bad_rows_imports_nothing(
    qtbot: QtBot, ws: Workspace, running: int, settings: QSettings, tmp_path: Path
) -> None:
    window = open_calendar(qtbot, ws, settings)
    csv_file = tmp_path / "bad.csv"
    csv_file.write_text("2026-11-27,休,好\n2026-11-31,休,坏\n", encoding="utf-8")
    window.calendar.ask_file = lambda: csv_file  # type: ignore[method-assign]
    rows: list[tuple[str, str, str]] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, ScheduleImportDialog)
        table = dialog.table
        rows.extend(
            tuple(table.item(r, c).text() for c in range(3)) for r in range(table.rowCount())
        )
        assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        dialog.reject()

    answer_next_dialog(look, ScheduleImportDialog)
    window.calendar.page.import_button.click()
    qtbot.waitUntil(lambda: bool(rows))
    assert rows == [("2", "日期", "“2026-11-31”不是有效日期：2026年11月只有 30 天，请核对日期。")]
    assert ws.calendar().day_info(N(27)).source is not DaySource.LOCAL
    assert detail(ws, running, today=TODAY).view.clock.promised_due == N(30)


def test_csv_rows_against_the_state_councils_schedule_are_marked_before_import(
    qtbot: QtBot, ws: Workspace, settings: QSettings, tmp_path: Path
) -> None:
    """A file that makes National Day a working day (a typo for 2026-10-10, say) was
    imported with no word of it, where the editor asks first."""
    window = open_calendar(qtbot, ws, settings)
    csv_file = tmp_path / "2026.csv"
    csv_file.write_text("2026-10-01,班,\n2026-11-27,休,临时休假\n", encoding="utf-8")
    window.calendar.ask_file = lambda: csv_file  # type: ignore[method-assign]
    seen: list[list[str]] = []

    def accept(dialog: QWidget) -> None:
        assert isinstance(dialog, ScheduleImportDialog)
        table = dialog.table
        notes = [table.item(r, 3).text() for r in range(table.rowCount())]
        seen.append([dialog.summary.text(), table.horizontalHeaderItem(3).text(), *notes])
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    answer_next_dialog(accept, ScheduleImportDialog)
    window.calendar.page.import_button.click()
    qtbot.waitUntil(lambda: bool(seen))
    summary, heading, national_day, plain = seen[0]
    assert "其中 1 天与国务院公布的节假日安排相反" in summary and heading == "说明"
    # As the editor asks of a past day: said of 10-01 (today is 11-25), not of 11-27.
    assert "其中 1 天早于今天：已算出的到期日、超期和按期办结都会随之改变。" in summary
    assert national_day == "国务院安排为法定节假日，将改为上班日（国庆节）" and plain == ""
    qtbot.waitUntil(lambda: ws.calendar().is_workday(date(2026, 10, 1)))


def test_a_csv_row_against_the_schedule_is_explained_in_english(
    qtbot: QtBot, ws: Workspace, english: None
) -> None:
    from approvals_gui.domain.schedule_import import against_schedule, parse_schedule

    schedule = parse_schedule("2026-10-01,班,\n")
    against = against_schedule(schedule.days, ws.calendar())
    dialog = ScheduleImportDialog(schedule, "2026.csv", None, against)
    qtbot.addWidget(dialog)
    assert "1 day goes against" in dialog.summary.text()
    assert dialog.table.horizontalHeaderItem(3).text() == "Note"
    assert dialog.table.item(0, 3).text() == (
        "A public holiday in the State Council's schedule, made a working day (National Day)"
    )


def test_another_desks_entry_made_while_naming_a_holiday_is_not_overwritten(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    """Desk B chose days and was asked the holiday's name; meanwhile desk A made one of
    them a working day. B's OK once replaced A's entry without a word."""
    window = open_calendar(qtbot, ws, settings)
    page = window.calendar.page
    page.select_day(N(27))
    said: list[str] = []

    def name_it(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        # Another desk: its own workspace (a copy would share this one's cache, which
        # the window's worker alone may reload).
        other_desk = Workspace(ws.engine, "李四", now=ws.now)
        set_days(other_desk, [CalendarOverride(N(27), OverrideKind.WORKDAY, "调休上班")])
        answer_next_dialog(lambda box: said.append(box.text()) or box.accept(), QMessageBox)
        dialog.setTextValue("防汛应急调休")
        dialog.accept()

    answer_next_dialog(name_it, QInputDialog)
    page.holiday_button.click()
    qtbot.waitUntil(lambda: bool(said))
    assert said[0].startswith("另一台电脑刚修改了 2026-11-27 的设置，您的修改未保存")
    ws.reload()
    info = ws.calendar().day_info(N(27))
    assert (info.kind, info.source) == (DayKind.WORKDAY, DaySource.LOCAL)  # A's entry stands


def test_a_refused_rows_column_is_named_in_english(qtbot: QtBot, english: None) -> None:
    """The column of a refused row was the file's own Chinese word (日期) in the English
    dialog."""
    from approvals_gui.domain.schedule_import import parse_schedule

    schedule = parse_schedule("2026-11-27,休,好\n2026-11-31,休,坏\n2026-11-28,放羊,\n")
    dialog = ScheduleImportDialog(schedule, "bad.csv", None)
    qtbot.addWidget(dialog)
    columns = [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())]
    assert columns == ["Date", "Kind"]


def test_only_years_not_yet_confirmed_are_offered_to_confirm(qtbot: QtBot) -> None:
    """A file of 2027's days and one of 2026 offered to confirm 2026, confirmed long ago."""
    from approvals_gui.domain.schedule_import import parse_schedule

    schedule = parse_schedule("2026-12-31,休,\n2027-10-01,休,国庆节\n")
    dialog = ScheduleImportDialog(schedule, "2027.csv", None, {}, {2026})
    qtbot.addWidget(dialog)
    assert not dialog.confirm_years.isHidden()
    assert dialog.confirm_years.text() == "同时将 2027 年标记为已确认（按国务院办公厅通知录入）"
    every = ScheduleImportDialog(schedule, "2027.csv", None, {}, {2026, 2027})
    qtbot.addWidget(every)
    assert every.confirm_years.isHidden()


def test_a_window_closed_is_not_called_at_midnight(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    """The program's day outlives a window replaced by 切换用户 (the shell's, owned by the
    application): at midnight the closed window's list was told to reload, and raised
    as its page was gone."""
    import shiboken6

    from approvals_gui.ui.main_window import MainWindow
    from approvals_gui.ui.today import Today
    from approvals_gui.ui.workers import Worker

    day = [TODAY]
    today = Today(lambda: day[0])
    worker, files = Worker(), Worker()
    window = MainWindow(ws, worker, files, today, settings, "test.sqlite3")
    for owned in (worker, files):
        owned.setParent(window)
    window.show()
    qtbot.waitUntil(lambda: window.ops.reference is not None)  # the window loaded
    window.close()
    window.deleteLater()  # as the shell lets a replaced window go
    qtbot.waitUntil(lambda: not shiboken6.isValid(window))
    day[0] = date(2026, 11, 26)
    today.check()  # past midnight: nothing of the window is asked for
