"""What the admin does to the calendar: mark days, import a schedule, confirm a year.

Each write ends in `changed`: the window reloads, so every countdown follows at once.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from approvals_gui.domain.calendar import CalendarOverride, OverrideKind
from approvals_gui.services.calendar_admin import (
    confirm_year,
    import_schedule,
    read_schedule,
    remove_local,
    set_days,
)
from approvals_gui.services.workspace import Workspace
from approvals_gui.ui import strings
from approvals_gui.ui.dialogs.modal import shown
from approvals_gui.ui.dialogs.schedule_import_dialog import ScheduleImportDialog
from approvals_gui.ui.workers import Background


class CalendarOps(QObject):
    changed = Signal()

    def __init__(self, ws: Workspace, background: Background, window: QWidget) -> None:
        super().__init__(window)
        self._ws = ws
        self._background = background
        self._window = window

    def mark(self, kind: str, days: list[date]) -> None:
        ws = self._ws
        if kind == "local_off":
            self._write(lambda: remove_local(ws, days))
            return
        if kind == "holiday":
            name, ok = QInputDialog.getText(
                self._window, self.tr("设为节假日"), self.tr("节日名称（可不填）：")
            )
            if not ok:
                return
            overrides = [CalendarOverride(d, OverrideKind.HOLIDAY, name.strip()) for d in days]
        else:
            overrides = [
                CalendarOverride(d, OverrideKind.WORKDAY, self.tr("调休上班")) for d in days
            ]
        self._write(lambda: set_days(ws, overrides))

    def confirm(self, year: int) -> None:
        answer = QMessageBox.question(
            self._window,
            self.tr("确认年度安排"),
            self.tr("确认 %1 年的节假日安排已按国务院办公厅通知核对无误？").replace(
                "%1", str(year)
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            ws = self._ws
            self._write(lambda: confirm_year(ws, year))

    def ask_file(self) -> Path | None:
        path, _filter = QFileDialog.getOpenFileName(
            self._window, self.tr("导入节假日安排"), "", self.tr("CSV 文件 (*.csv *.txt)")
        )
        return Path(path) if path else None

    def import_csv(self) -> None:
        path = self.ask_file()
        if path is None:
            return
        try:
            schedule = read_schedule(path)
        except OSError as exc:
            QMessageBox.warning(self._window, self.tr("导入节假日安排"), strings.error_text(exc))
            return
        dialog = ScheduleImportDialog(schedule, path.name, self._window)
        with shown(dialog) as accepted:
            confirm = dialog.confirm_years.isChecked()
        if accepted:
            ws = self._ws
            self._write(lambda: import_schedule(ws, schedule, confirm))

    def _write(self, work: Callable[[], object]) -> None:
        self._background.run(work, lambda _result: self.changed.emit(), self._failed)

    def _failed(self, error: Exception) -> None:
        QMessageBox.warning(self._window, self.tr("无法保存"), strings.error_text(error))
