"""Preview of a holiday schedule CSV: the days it sets, or every row it cannot read."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from approvals_gui.domain.calendar import OverrideKind
from approvals_gui.domain.schedule_import import COLUMNS, ScheduleImport
from approvals_gui.ui import strings
from approvals_gui.ui.dialogs.modal import ok_cancel
from approvals_gui.ui.row_tables import fill_table, make_table, problem_rows


class ScheduleImportDialog(QDialog):
    def __init__(self, schedule: ScheduleImport, file_name: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("导入节假日安排"))
        self.resize(640, 480)
        kinds = {
            OverrideKind.HOLIDAY: self.tr("节假日"),
            OverrideKind.WORKDAY: self.tr("调休上班"),
            OverrideKind.CLEAR: self.tr("清除（按星期）"),
        }
        columns = dict(
            zip(COLUMNS, (self.tr("日期"), self.tr("类型"), self.tr("名称")), strict=True)
        )
        problems = schedule.problems
        if problems:
            summary = self.tr(
                "“%1”中有 %n 行无法识别，请修改文件后重新导入，未导入任何内容：",
                None,
                schedule.problem_count,
            )
            rows = [(row, columns.get(c, c), why) for row, c, why in problem_rows(problems)]
            headers = [self.tr("行号"), self.tr("列"), self.tr("原因")]
        else:
            summary = self.tr(
                "“%1”共 %n 天，确认后写入本地日历，所有到期日随之更新：", None, len(schedule.days)
            )
            rows = [(d.day.isoformat(), kinds[d.kind], d.name) for d in schedule.days]
            headers = list(columns.values())
        summary = summary.replace("%1", file_name)
        if len(problems) < schedule.problem_count:
            summary += self.tr("（列出前 %1 行）").replace("%1", str(len(problems)))
        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)
        self.table = make_table(headers)
        fill_table(self.table, rows)
        years = strings.listing(schedule.years)
        self.confirm_years = QCheckBox(
            self.tr("同时将 %1 年标记为已确认（按国务院办公厅通知录入）").replace("%1", years)
        )
        self.confirm_years.setVisible(not problems and bool(schedule.years))
        self.buttons, ok = ok_cancel(self, self.tr("导入"))
        ok.setEnabled(not problems)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.confirm_years)
        layout.addWidget(self.buttons)
