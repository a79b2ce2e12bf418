"""The holiday calendar's controller: a year's days, and the admin's edits to them.

Every edit moves countdowns: its change set carries the new calendar, and the list
reloads with it.
"""

from __future__ import annotations

from datetime import date
from functools import partial
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QInputDialog

from approvals_gui.domain.access import Permission
from approvals_gui.domain.calendar import (
    CalendarOverride,
    DayInfo,
    DaySource,
    OverrideKind,
    marking,
)
from approvals_gui.services import changes
from approvals_gui.services.calendar_admin import (
    Confirmation,
    SchedulePreview,
    YearDays,
    preview_schedule,
    year_days,
)
from approvals_gui.services.changes import ChangeSet
from approvals_gui.ui import strings
from approvals_gui.ui.controllers.page import PageController
from approvals_gui.ui.dialogs.modal import shown
from approvals_gui.ui.dialogs.schedule_import_dialog import ScheduleImportDialog
from approvals_gui.ui.labels import confirm
from approvals_gui.ui.operations import Operations
from approvals_gui.ui.pages.calendar_page import CalendarPage
from approvals_gui.ui.save_paths import ask_open_path

PAST_LISTED = 10  # past days named in the question; more are "等"


class CalendarController(PageController):
    """`message(text)` for the status bar: an edit that changes nothing, an import."""

    page: CalendarPage
    message = Signal(str)

    def __init__(self, ops: Operations) -> None:
        super().__init__(ops)
        self.page = CalendarPage(ops.today().year)
        self.page.year_changed.connect(lambda _year: self.invalidate())
        self.page.mark_requested.connect(self.mark)
        self.page.import_requested.connect(self.import_csv)
        self.page.confirm_requested.connect(self.confirm)
        self.page.unconfirm_requested.connect(self.unconfirm)

    def affected_by(self, changes: ChangeSet) -> bool:
        return changes.reference is not None

    def refresh(self) -> None:
        self.page.set_permission(strings.read_only_text(self.ops.ws.user, Permission.EDIT_CALENDAR))
        year = self.page.year.value()
        self.ops.read(partial(year_days, self.ops.ws, year), partial(self._show, year))

    def _show(self, year: int, days: YearDays) -> None:
        if year == self.page.year.value():  # not a year the user has left
            self.page.show_year(days, self.ops.today())

    def mark(self, kind: str, days: list[date]) -> None:
        ws = self.ops.ws
        # The days as they are shown now: the save is refused if another desk changes
        # one of them while the name is asked for, rather than overwriting its entry.
        shown = self.page.shown(days)
        if kind == "local_off":
            local = [d.day for d in shown if d.source is DaySource.LOCAL]
            if self._past_agreed(local):
                self.ops.write(partial(changes.remove_local, ws, days, shown))
            return
        wanted = OverrideKind.HOLIDAY if kind == "holiday" else OverrideKind.WORKDAY
        plan = marking(shown, wanted)
        if not plan.changed:
            self.message.emit(
                self.tr("所选日期已是工作日，未作更改。")
                if wanted is OverrideKind.WORKDAY
                else self.tr("所选日期已是休息日，未作更改。")
            )
            return
        if plan.against_schedule and not self._against_schedule(plan.against_schedule, wanted):
            return
        if not self._past_agreed([d.day for d in plan.changed]):
            return
        days, shown = [d.day for d in plan.changed], list(plan.changed)
        if kind == "holiday":
            name, ok = QInputDialog.getText(
                self.ops.window, self.tr("设为节假日"), self.tr("节日名称（可不填）：")
            )
            if not ok:
                return
            overrides = [CalendarOverride(d, OverrideKind.HOLIDAY, name.strip()) for d in days]
        else:
            overrides = [
                CalendarOverride(d, OverrideKind.WORKDAY, str(strings.MAKEUP_DAY_NAME))
                for d in days
            ]
        self.ops.write(partial(changes.set_days, ws, overrides, shown))

    def _against_schedule(self, days: tuple[DayInfo, ...], wanted: OverrideKind) -> bool:
        """Whether the admin means to set the State Council's schedule aside for `days`:
        asked, naming them, before a national holiday becomes a working day or a
        make-up working day a rest day."""
        listed = "\n".join(self._day_listed(d) for d in days)
        if wanted is OverrideKind.WORKDAY:
            text = self.tr(
                "以下日期是国务院公布的法定节假日：\n%1\n设为上班日后，各期限将把这些日期计为工作日。确定更改？"
            )
        else:
            text = self.tr(
                "以下日期是国务院公布的调休上班日：\n%1\n设为休息日后，各期限将不再计算这些日期。确定更改？"
            )
        title = self.tr("与国务院节假日安排不同")
        return confirm(self.ops.window, title, text.replace("%1", listed))

    def _day_listed(self, info: DayInfo) -> str:
        """ "2026-10-01（国庆节）"; a day of a year whose schedule is not published yet
        says it is only estimated so: "2027-10-01（国庆节，推算）"."""
        notes = [strings.day_name(info)] if info.name else []
        if not info.confirmed:
            notes.append(self.tr("推算", "a day of a year whose schedule is not published"))
        if not notes:
            return info.day.isoformat()
        joined = self.tr("，", "between a day's notes").join(notes)
        return self.tr("%1（%2）").replace("%1", info.day.isoformat()).replace("%2", joined)

    def _past_agreed(self, days: list[date]) -> bool:
        """Whether the admin means to change days already past, if any: countdowns and
        finished applications' figures were worked out by them, and a holiday marked
        there quietly clears an overdue item. Asked, naming them (the first ten)."""
        past = sorted(d for d in days if d < self.ops.today())
        if not past:
            return True
        listed = strings.listing([d.isoformat() for d in past[:PAST_LISTED]])
        if len(past) > PAST_LISTED:
            listed = self.tr("%1 等").replace("%1", listed)
        text = self.tr(
            "所选日期中有 %n 天早于今天：%1。\n已算出的到期日、超期和按期办结都会随之改变。确定更改？",  # noqa: E501
            None,
            len(past),
        )
        return confirm(self.ops.window, self.tr("更改已过去的日期"), text.replace("%1", listed))

    def confirm(self, year: int) -> None:
        question = self.tr("确认 %1 年的节假日安排已按国务院办公厅通知核对无误？")
        if confirm(self.ops.window, self.tr("确认年度安排"), question.replace("%1", str(year))):
            self.ops.write(partial(changes.confirm_year, self.ops.ws, year))

    def unconfirm(self, year: int, confirmation: Confirmation) -> None:
        """Take back this bureau's `confirmation` of `year` (who and when, as shown),
        once the admin agrees; refused if another desk changed it meanwhile."""
        question = self.tr(
            "撤销对 %1 年节假日安排的确认？\n该年的节假日将重新视为推算，"
            "到期日落在或跨入该年的申请重新标注“可能变动”。"
        )
        if confirm(self.ops.window, self.tr("撤销年度确认"), question.replace("%1", str(year))):
            self.ops.write(
                partial(changes.unconfirm_year, self.ops.ws, year, confirmation),
                lambda _changes: self.message.emit(
                    self.tr("已撤销 %1 年节假日安排的确认。").replace("%1", str(year))
                ),
            )

    def ask_file(self) -> Path | None:
        title, filters = self.tr("导入节假日安排"), self.tr("CSV 文件 (*.csv *.txt)")
        return ask_open_path(self.ops.window, self.ops.settings, title, filters)

    def import_csv(self) -> None:
        path = self.ask_file()
        if path is None:
            return
        # Read on the worker: the days it sets are looked up in the calendar as stored.
        self.ops.read(
            partial(preview_schedule, self.ops.ws, path, today=self.ops.today()),
            partial(self._preview, path.name),
        )

    def _preview(self, file_name: str, found: SchedulePreview) -> None:
        schedule = found.schedule
        dialog = ScheduleImportDialog(
            schedule,
            file_name,
            self.ops.window,
            found.against,
            found.confirmed,
            found.past,
            found.replacing,
        )
        with shown(dialog) as accepted:
            confirm = dialog.confirm_years.isChecked()
        if accepted:
            done = self.tr("已导入 %n 天的节假日安排，到期日已随之更新。", None, len(schedule.days))
            self.ops.write(
                partial(changes.import_schedule, self.ops.ws, schedule, confirm),
                lambda _changes: self.message.emit(done),
            )
