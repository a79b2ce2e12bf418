"""The working-day calendar for a year: each day's kind, where it came from, and the
admin's tools to mark days, import the State Council's schedule and confirm a year."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from approvals_gui.domain.calendar import FIRST_YEAR, LAST_YEAR, DayInfo, DayKind, DaySource
from approvals_gui.services.calendar_admin import YearDays
from approvals_gui.ui import strings
from approvals_gui.ui.spin_box import SpinBox

# (background, text) per kind; the text colours keep WCAG AA contrast on their ground.
DAY_COLOURS: dict[DayKind, tuple[str, str]] = {
    DayKind.WORKDAY: ("#ffffff", "#212121"),
    DayKind.WEEKEND: ("#eeeeee", "#616161"),
    DayKind.HOLIDAY: ("#f8d7da", "#8e0000"),
    DayKind.MAKEUP_WORKDAY: ("#d6e9ff", "#0d47a1"),
}
NO_DAY_COLOUR = "#9e9e9e"  # the hatching over a date that does not exist
NO_SUCH_DAY = Qt.ItemDataRole.UserRole + 1  # True on a cell with no date behind it
IS_TODAY = Qt.ItemDataRole.UserRole + 2  # True on today's cell
TODAY_COLOUR = "#1565c0"  # today's frame: reads on every kind's ground


class TodayFrame(QStyledItemDelegate):
    """Draws a frame inside today's cell, over its colour and any selection, as a
    calendar on a desk marks the day."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)
        if index.data(IS_TODAY):
            painter.save()
            painter.setPen(QPen(QColor(TODAY_COLOUR), 2))
            painter.drawRect(option.rect.adjusted(1, 1, -2, -2))
            painter.restore()


class CalendarPage(QWidget):
    """Emits `year_changed(year)`; `mark_requested(kind, days)` with "holiday",
    "workday" or "local_off"; `import_requested()`; `confirm_requested(year)`;
    `unconfirm_requested(year, confirmation)` with who confirmed it here and when, as
    shown. They act on the year shown, not on one still being read."""

    year_changed = Signal(int)
    mark_requested = Signal(str, list)
    import_requested = Signal()
    confirm_requested = Signal(int)
    unconfirm_requested = Signal(int, object)

    def __init__(self, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._days: dict[date, DayInfo] = {}
        self._shown: YearDays | None = None  # the year on screen
        self._editable = True
        self.read_only_note = QLabel()
        self.read_only_note.setWordWrap(True)
        self.read_only_note.hide()
        self.year = SpinBox()
        self.year.setRange(FIRST_YEAR, LAST_YEAR)
        self.year.setValue(year)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # it names who confirmed
        self.confirm_button = QPushButton(self.tr("确认本年度安排"))
        self.confirm_button.setToolTip(self.tr("国务院办公厅通知发布并核对无误后确认"))
        self.unconfirm_button = QPushButton(self.tr("撤销确认…"))
        self.unconfirm_button.setToolTip(
            self.tr("确认有误时撤销：该年节假日重新视为推算，相关到期日重新标注可能变动")
        )
        self.holiday_button = QPushButton(self.tr("设为节假日…"))
        self.workday_button = QPushButton(self.tr("设为调休上班"))
        self.local_off_button = QPushButton(self.tr("删除本地设置"))
        self.import_button = QPushButton(self.tr("从 CSV 导入…"))
        self.grid = QTableWidget(12, 31)
        self.grid.setHorizontalHeaderLabels([str(d) for d in range(1, 32)])
        self.grid.setVerticalHeaderLabels(
            # "1 月" in Chinese, "Jan" in English: the locale the language set (i18n.py).
            [QLocale().standaloneMonthName(m, QLocale.FormatType.ShortFormat) for m in range(1, 13)]
        )
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setTextElideMode(Qt.TextElideMode.ElideNone)  # "Work" whole in a narrow cell
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.setMinimumHeight(12 * 30)
        self.grid.setItemDelegate(TodayFrame(self.grid))
        self.selection_info = QLabel()
        self.selection_info.setWordWrap(True)
        self._layout()
        self.year.valueChanged.connect(self.year_changed)
        self.year.valueChanged.connect(lambda _year: self._fit_buttons())
        self.grid.itemSelectionChanged.connect(self._selection_changed)
        self.holiday_button.clicked.connect(lambda: self._mark("holiday"))
        self.workday_button.clicked.connect(lambda: self._mark("workday"))
        self.local_off_button.clicked.connect(lambda: self._mark("local_off"))
        self.import_button.clicked.connect(self.import_requested)
        self.confirm_button.clicked.connect(self._confirm)
        self.unconfirm_button.clicked.connect(self._unconfirm)
        self._selection_changed()
        self._fit_buttons()

    def _layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("年份")))
        bar.addWidget(self.year)
        bar.addWidget(self.status, 1)
        bar.addWidget(self.confirm_button)
        bar.addWidget(self.unconfirm_button)
        bar.addWidget(self.import_button)
        tools = QHBoxLayout()
        tools.addWidget(self.selection_info, 1)
        for button in (self.holiday_button, self.workday_button, self.local_off_button):
            tools.addWidget(button)
        legend = QHBoxLayout()
        for kind, text in (
            (DayKind.WORKDAY, self.tr("工作日")),
            (DayKind.WEEKEND, self.tr("周末")),
            (DayKind.HOLIDAY, self.tr("节假日")),
            (DayKind.MAKEUP_WORKDAY, self.tr("调休上班")),
        ):
            background, foreground = DAY_COLOURS[kind]
            swatch = QLabel(text)
            swatch.setStyleSheet(
                f"background: {background}; color: {foreground}; border: 1px solid #9e9e9e;"
                " padding: 2px 8px;"
            )
            legend.addWidget(swatch)
        today = QLabel(self.tr("今天"))
        today.setStyleSheet(f"border: 2px solid {TODAY_COLOUR}; padding: 1px 7px;")
        legend.addWidget(today)
        legend.addWidget(QLabel(self.tr("粗体带 * 的日期为本单位录入，其余来自国务院安排")))
        legend.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.read_only_note)
        layout.addLayout(bar)
        layout.addWidget(self.grid, 1)
        layout.addLayout(legend)
        layout.addLayout(tools)

    def set_permission(self, why_not: str | None) -> None:
        """Editable, or to be looked at only, with `why_not` said above it."""
        self._editable = why_not is None
        self.read_only_note.setText(why_not or "")
        self.read_only_note.setVisible(why_not is not None)
        self._fit_buttons()
        self._selection_changed()

    def show_year(self, year: YearDays, today: date) -> None:
        """The year's days, `today` framed if it is among them; who confirmed it here."""
        days = year.days
        self._shown = year
        self._days = {d.day: d for d in days}
        self.grid.clearContents()
        bold = QFont(self.font())
        bold.setBold(True)
        items = [[self._no_such_day() for _ in range(31)] for _ in range(12)]
        for row, month in enumerate(items):
            for column, item in enumerate(month):
                self.grid.setItem(row, column, item)
        for info in days:
            item = items[info.day.month - 1][info.day.day - 1]
            background, foreground = DAY_COLOURS[info.kind]
            local = info.source is DaySource.LOCAL
            # The star under the mark: beside it, "Work*" in bold is wider than a day.
            item.setText(self._mark_text(info) + ("\n*" if local else ""))
            item.setBackground(QBrush(QColor(background)))
            item.setForeground(QBrush(QColor(foreground)))
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            item.setToolTip(self.describe(info))
            item.setData(Qt.ItemDataRole.UserRole, info.day)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            item.setData(NO_SUCH_DAY, False)
            if info.day == today:
                item.setData(IS_TODAY, True)
                item.setToolTip(self.tr("今天：%1").replace("%1", item.toolTip()))
            if local:
                item.setFont(bold)
        shown_year = str(year.year)
        if not year.confirmed:
            status = self.tr("%1 年：未确认——节假日为推算，到期日可能变动").replace(
                "%1", shown_year
            )
        elif year.confirmed_by is None or year.confirmed_at is None:
            status = self.tr("%1 年：已确认（按国务院办公厅通知录入）").replace("%1", shown_year)
        else:  # the confirmer's name put in last, so a "%3" in it stays as typed
            status = (
                self.tr("%1 年：已确认（%2于 %3 依据国务院办公厅通知确认）")
                .replace("%1", shown_year)
                .replace("%3", year.confirmed_at.date().isoformat())
                .replace("%2", year.confirmed_by)
            )
        self.status.setText(status)
        self.status.setStyleSheet("" if year.confirmed else "color: #8e0000; font-weight: bold;")
        self._fit_buttons()
        self._selection_changed()

    def _fit_buttons(self) -> None:
        """确认 for a year shown unconfirmed; 撤销确认… for one this bureau confirmed (the
        shipped schedule's stay); neither while another year is being read, nor for
        whoever may not edit the calendar."""
        shown = self._shown if self._shown and self._shown.year == self.year.value() else None
        here = shown is not None and shown.confirmed_by is not None  # (so confirmed)
        self.confirm_button.setVisible(not here)
        self.confirm_button.setEnabled(self._editable and shown is not None and not shown.confirmed)
        self.unconfirm_button.setVisible(here)
        self.unconfirm_button.setEnabled(self._editable)
        self.import_button.setEnabled(self._editable)

    def _confirm(self) -> None:
        if self._shown is not None:
            self.confirm_requested.emit(self._shown.year)

    def _unconfirm(self) -> None:
        if (shown := self._shown) is not None:
            self.unconfirm_requested.emit(shown.year, (shown.confirmed_by, shown.confirmed_at))

    def _no_such_day(self) -> QTableWidgetItem:
        """A cell for a date that does not exist (2月30日, 4月31日): hatched grey, so it
        cannot be taken for a working day (#13), and not selectable. A cell stays so
        until the year's days fill it."""
        item = QTableWidgetItem()
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        item.setBackground(QBrush(QColor(NO_DAY_COLOUR), Qt.BrushStyle.BDiagPattern))
        item.setData(NO_SUCH_DAY, True)
        return item

    def is_real_day(self, month: int, day: int) -> bool:
        """Whether the cell for `month`/`day` shows a date of the year."""
        item = self.grid.item(month - 1, day - 1)
        return item is not None and not item.data(NO_SUCH_DAY)

    def _mark_text(self, info: DayInfo) -> str:
        if info.kind is DayKind.HOLIDAY:
            return self.tr("休")
        if info.kind is DayKind.MAKEUP_WORKDAY:
            return self.tr("班")
        return ""

    def describe(self, info: DayInfo) -> str:
        kinds = {
            DayKind.WORKDAY: self.tr("工作日"),
            DayKind.WEEKEND: self.tr("周末"),
            DayKind.HOLIDAY: self.tr("节假日"),
            DayKind.MAKEUP_WORKDAY: self.tr("调休上班"),
        }
        sources = {
            DaySource.WEEKDAY_RULE: self.tr("按星期"),
            DaySource.PACKAGE: self.tr("国务院安排（随程序提供）"),
            DaySource.LOCAL: self.tr("本单位录入"),
        }
        name = f" {strings.day_name(info)}" if info.name else ""
        return f"{info.day.isoformat()}{name} · {kinds[info.kind]} · {sources[info.source]}"

    def shown(self, days: list[date]) -> list[DayInfo]:
        """How `days` are shown now (those of the year on screen)."""
        return [self._days[d] for d in days if d in self._days]

    def selected_days(self) -> list[date]:
        found = (item.data(Qt.ItemDataRole.UserRole) for item in self.grid.selectedItems())
        return sorted(day for day in found if isinstance(day, date))

    def select_day(self, day: date) -> None:
        self.grid.setCurrentCell(day.month - 1, day.day - 1)

    def _selection_changed(self) -> None:
        days = self.selected_days()
        for button in (self.holiday_button, self.workday_button):
            button.setEnabled(self._editable and bool(days))
        self.local_off_button.setEnabled(
            self._editable
            and any(self._days[d].source is DaySource.LOCAL for d in days if d in self._days)
        )
        if len(days) == 1 and days[0] in self._days:
            self.selection_info.setText(self.describe(self._days[days[0]]))
        elif days:
            self.selection_info.setText(self.tr("已选 %n 天", None, len(days)))
        else:
            self.selection_info.setText(self.tr("选择日期后可设为节假日或调休上班。"))

    def _mark(self, kind: str) -> None:
        days = self.selected_days()
        if days:
            self.mark_requested.emit(kind, days)
