"""Preview of a holiday schedule CSV: the days it sets, those of them it sets against the
State Council's schedule or that change a day this office entered marked, or every row
it cannot read."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from datetime import date

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from approvals_gui.domain.calendar import DayInfo
from approvals_gui.domain.clock import Status
from approvals_gui.domain.schedule_import import COLUMNS, ScheduleImport
from approvals_gui.ui import strings
from approvals_gui.ui.delegates.countdown import CHIP_COLOURS
from approvals_gui.ui.dialogs.modal import ok_cancel
from approvals_gui.ui.row_tables import fill_table, make_table, problem_rows


class ScheduleImportDialog(QDialog):
    """`against`: the days the file sets against the State Council's schedule, as they
    are now (`schedule_import.against_schedule`); `replacing`: the days this office
    entered that it changes, as they are now (`schedule_import.replacing_entries`);
    `confirmed`: its years confirmed already, not offered to confirm again; `past`: how
    many of its days are before today, said as the editor asks about them."""

    def __init__(
        self,
        schedule: ScheduleImport,
        file_name: str,
        parent: QWidget | None,
        against: Mapping[date, DayInfo] | None = None,
        confirmed: Collection[int] = (),
        past: int = 0,
        replacing: Mapping[date, DayInfo] | None = None,
    ) -> None:
        super().__init__(parent)
        against = {} if against is None or schedule.problems else against
        replacing = {} if replacing is None or schedule.problems else replacing
        self.setWindowTitle(self.tr("导入节假日安排"))
        self.resize(640, 480)
        columns = dict(
            zip(COLUMNS, (self.tr("日期"), self.tr("类型"), self.tr("名称")), strict=True)
        )
        problems = schedule.problems
        if problems:
            summary = self.tr(
                "“%1”中有 %n 行有问题，请修改文件后重新导入，未导入任何内容：",
                None,
                schedule.problem_count,
            )
            rows: list[tuple[str, ...]] = [
                (row, columns.get(c, c), why) for row, c, why in problem_rows(problems)
            ]
            headers = [self.tr("行号"), self.tr("列"), self.tr("原因")]
        else:
            summary = self.tr(
                "“%1”共 %n 天，确认后写入本地日历，所有到期日随之更新：", None, len(schedule.days)
            )
            rows = [
                (d.day.isoformat(), strings.override_kind_name(d.kind), d.name)
                for d in schedule.days
            ]
            headers = list(columns.values())
            if against:
                summary += "\n" + self.tr(
                    "其中 %n 天与国务院公布的节假日安排相反（见“说明”列），请核对无误后再导入。",
                    None,
                    len(against),
                )
            if replacing:
                summary += "\n" + self.tr(
                    "其中 %n 天将改变本单位此前录入的安排（见“说明”列）。", None, len(replacing)
                )
            if against or replacing:  # a column more, saying what each such day is now
                rows = [
                    (*row, self._note(against.get(d.day), replacing.get(d.day)))
                    for row, d in zip(rows, schedule.days, strict=True)
                ]
                headers.append(self.tr("说明"))
            if past:
                summary += "\n" + self.tr(
                    "其中 %n 天早于今天：已算出的到期日、超期和按期办结都会随之改变。", None, past
                )
        summary = summary.replace("%1", file_name)
        if len(problems) < schedule.problem_count:
            summary += self.tr("（列出前 %1 行）").replace("%1", str(len(problems)))
        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)
        self.table = make_table(headers)
        fill_table(self.table, rows)
        background, foreground = (QBrush(QColor(c)) for c in CHIP_COLOURS[Status.DUE_SOON])
        for row, entry in enumerate(schedule.days):
            marked = entry.day in against or entry.day in replacing
            if marked and (note := self.table.item(row, 3)) is not None:
                note.setBackground(background)  # as a countdown due soon: look here
                note.setForeground(foreground)
        unconfirmed = [y for y in schedule.years if y not in confirmed]
        self.confirm_years = QCheckBox(
            self.tr("同时将 %1 年标记为已确认（按国务院办公厅通知录入）").replace(
                "%1", strings.listing(unconfirmed)
            )
        )
        self.confirm_years.setVisible(not problems and bool(unconfirmed))
        self.buttons, ok = ok_cancel(self, self.tr("导入"))
        ok.setEnabled(not problems)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.confirm_years)
        layout.addWidget(self.buttons)

    def _note(self, against: DayInfo | None, replacing: DayInfo | None) -> str:
        """What the State Council's schedule makes a day the file sets otherwise, or
        what this office entered for a day the file changes; "" for other days."""
        if replacing is not None:
            kind = self.tr("上班日") if replacing.is_workday else self.tr("休息日")
            entered = self.tr("%1（%2）").replace("%1", kind).replace("%2", replacing.name)
            return self.tr("本单位此前录入为%1").replace("%1", entered if replacing.name else kind)
        if against is None:
            return ""
        info = against
        if not info.confirmed:  # a year whose schedule is not published yet
            text = (
                self.tr("推算为调休上班日，将改为休息日")
                if info.is_workday
                else self.tr("推算为法定节假日，将改为上班日")
            )
        elif info.is_workday:
            text = self.tr("国务院安排为调休上班日，将改为休息日")
        else:
            text = self.tr("国务院安排为法定节假日，将改为上班日")
        if not info.name:
            return text
        return self.tr("%1（%2）").replace("%1", text).replace("%2", strings.day_name(info))
