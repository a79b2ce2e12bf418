"""The enterprise service day: the days, each day's visits, and open follow-ups."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from approvals_gui.domain.clock import Status
from approvals_gui.domain.service_days import (
    FollowUpState,
    Matter,
    ServiceDay,
    ShiftRule,
    opening_day,
)
from approvals_gui.services.service_days import VisitView
from approvals_gui.ui import strings
from approvals_gui.ui.delegates.countdown import CHIP_COLOURS
from approvals_gui.ui.pdf_button import pdf_button
from approvals_gui.ui.row_tables import make_table

# Follow-ups share the applications' chip colours, so red means the same everywhere.
STATE_COLOURS = {
    FollowUpState.NORMAL: CHIP_COLOURS[Status.NORMAL],
    FollowUpState.DUE_SOON: CHIP_COLOURS[Status.DUE_SOON],
    FollowUpState.OVERDUE: CHIP_COLOURS[Status.OVERDUE],
    FollowUpState.RESOLVED: CHIP_COLOURS[Status.WITHIN_PROMISE],
    FollowUpState.RESOLVED_LATE: CHIP_COLOURS[Status.PAST_STATUTORY],  # as one decided late
    FollowUpState.NONE: CHIP_COLOURS[Status.CLOSED],
}


class ServiceDaysPage(QWidget):
    """Emits `day_selected(day)`, `add_requested(day)`, `edit_requested(visit_id)`,
    `report_requested(kind)` ("pdf"/"xlsx"/"preview") and `shift_rule_changed(rule)`."""

    day_selected = Signal(object)
    add_requested = Signal(object)
    edit_requested = Signal(int)
    report_requested = Signal(str)
    shift_rule_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.next_label = QLabel()
        self.next_label.setWordWrap(True)  # beside the buttons, two lines in English
        self.shift_rule = QComboBox()
        self.shift_rule.addItem(
            self.tr("5日遇休息日顺延至下一工作日"), ShiftRule.NEXT_WORKDAY.value
        )
        self.shift_rule.addItem(self.tr("5日遇休息日仍在5日举行"), ShiftRule.KEEP.value)
        self.add_button = QPushButton(self.tr("新增记录…"))
        self.edit_button = QPushButton(self.tr("编辑…"))
        self.pdf_button, self.preview_action = pdf_button(
            self.tr("月报 PDF…"), self.tr("月报打印预览…")
        )
        self.xlsx_button = QPushButton(self.tr("月报 Excel…"))
        self.days = QListWidget()
        self.day_title = QLabel()
        self.visits = make_table(
            [
                self.tr("企业"),
                self.tr("方式"),
                self.tr("反映事项"),
                self.tr("跟进责任人"),
                self.tr("期限"),
                self.tr("状态"),
            ],
            stretch=2,  # the matters raised
        )
        self.follow_ups = make_table(
            [
                self.tr("服务日"),
                self.tr("企业"),
                self.tr("反映事项"),
                self.tr("跟进责任人"),
                self.tr("期限"),
                self.tr("状态"),
            ],
            stretch=2,
        )
        self._layout()
        self.days.currentItemChanged.connect(self._day_changed)
        self.add_button.clicked.connect(lambda: self.add_requested.emit(self.selected_day()))
        self.edit_button.clicked.connect(self._edit_selected)
        self.visits.doubleClicked.connect(lambda _index: self._edit_selected())
        self.follow_ups.doubleClicked.connect(lambda index: self._edit_follow_up(index.row()))
        self.visits.itemSelectionChanged.connect(self._update_buttons)
        self.pdf_button.clicked.connect(lambda: self.report_requested.emit("pdf"))
        self.preview_action.triggered.connect(lambda: self.report_requested.emit("preview"))
        self.xlsx_button.clicked.connect(lambda: self.report_requested.emit("xlsx"))
        self.shift_rule.currentIndexChanged.connect(
            lambda _i: self.shift_rule_changed.emit(self.shift_rule.currentData())
        )
        self._update_buttons()

    def _layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.next_label, 1)
        bar.addWidget(self.shift_rule)
        bar.addWidget(self.add_button)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.pdf_button)
        bar.addWidget(self.xlsx_button)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.day_title)
        column.addWidget(self.visits, 3)
        column.addWidget(QLabel(self.tr("未办结的跟进事项（按紧迫程度）")))
        column.addWidget(self.follow_ups, 2)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.days)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(split, 1)

    # -- what the window hands over -----------------------------------------------------

    def set_schedule(
        self,
        days: list[ServiceDay],
        counts: dict[date, int],
        upcoming: ServiceDay,
        rule: ShiftRule,
        today: date,
        select: date | None = None,
    ) -> None:
        """Past and coming service days with their number of visits, and each other day
        a visit was logged on (it is found there); `select` selected, else the selection
        kept, else today's service day or the last one held."""
        self.shift_rule.blockSignals(True)
        self.shift_rule.setCurrentIndex(self.shift_rule.findData(rule.value))
        self.shift_rule.blockSignals(False)
        self.next_label.setText(self.next_text(upcoming))
        selected = self.selected_day()
        self.days.blockSignals(True)
        self.days.clear()
        # Each day listed: its service day (None: not a service day).
        listed: dict[date, ServiceDay | None] = {d.held_on: d for d in days}
        listed.update({day: None for day in counts if day not in listed})
        for held_on in sorted(listed, reverse=True):
            text = self.tr("%1 · %n 家", None, counts.get(held_on, 0)).replace(
                "%1", held_on.isoformat()
            )
            service_day = listed[held_on]
            marks = [self.tr("非服务日")] if service_day is None else []
            if service_day is not None and service_day.shifted:
                marks.append(self.tr("5日顺延"))
            if held_on == today and service_day is not None:  # today's service day
                marks.append(self.tr("今天"))
            elif held_on > today:
                marks.append(self.tr("即将"))
            if service_day is not None and service_day.estimated and held_on >= today:
                marks.append(self.tr("推算"))  # may move: its year's holidays are estimated
            if marks:  # in one pair of brackets: "（5日顺延，即将）"
                joined = self.tr("，", "between a service day's marks").join(marks)
                text += self.tr("（%1）", "a service day's marks").replace("%1", joined)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, held_on)
            self.days.addItem(item)
        self.days.blockSignals(False)
        # As wide as its longest line ("… (moved, coming)" in English), no wider.
        room = self.days.sizeHintForColumn(0) + 2 * self.days.frameWidth()
        self.days.setFixedWidth(room + self.days.verticalScrollBar().sizeHint().width() + 4)
        self.select_day(select or selected or opening_day(days, today) or upcoming.held_on)

    def next_text(self, upcoming: ServiceDay) -> str:
        text = self.tr("下一个企业服务日：%1").replace("%1", upcoming.held_on.isoformat())
        if upcoming.shifted:
            text += self.tr("（%1 为休息日，顺延）").replace("%1", upcoming.scheduled.isoformat())
        if upcoming.estimated:
            text += self.tr("（%1 年节假日安排尚未公布，按推算日历确定）").replace(
                "%1", str(upcoming.held_on.year)
            )
        return text

    def select_day(self, day: date) -> None:
        for row in range(self.days.count()):
            if self.days.item(row).data(Qt.ItemDataRole.UserRole) == day:
                self.days.setCurrentRow(row)
                return
        self.day_selected.emit(day)  # a day not in the list (an off-schedule visit)

    def selected_day(self) -> date | None:
        item = self.days.currentItem()
        day = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return day if isinstance(day, date) else None

    def _day_changed(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is not None:
            self.day_selected.emit(item.data(Qt.ItemDataRole.UserRole))

    def show_visits(self, day: date, views: list[VisitView]) -> None:
        self.day_title.setText(
            self.tr("%1 服务记录（%n 家）", None, len(views)).replace("%1", day.isoformat())
        )
        self._fill(self.visits, views, with_day=False)
        self._update_buttons()

    def show_follow_ups(self, views: list[VisitView]) -> None:
        self._fill(self.follow_ups, views, with_day=True)

    def _matters_text(self, matters: Sequence[Matter]) -> str:
        """Each matter's kind and description, in the language's punctuation."""
        between = self.tr("；", "between the matters of a visit")
        after_kind = self.tr("：", "between a matter's kind and its description")
        return between.join(
            f"{strings.matter_name(m.kind)}{after_kind}{m.description}" for m in matters
        )

    def _fill(self, table: QTableWidget, views: list[VisitView], with_day: bool) -> None:
        table.setRowCount(len(views))
        for row, v in enumerate(views):
            form = v.visit.form
            first = form.day.isoformat() if with_day else form.enterprise_name
            second = form.enterprise_name if with_day else strings.mode_name(form.mode)
            cells = (
                first,
                second,
                self._matters_text(form.matters),
                form.owner,
                form.due_on.isoformat() if form.due_on else "",
                self.state_text(v),
            )
            background, foreground = STATE_COLOURS[v.clock.state]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, v.visit.id)
                if column == len(cells) - 1:  # the state, coloured like a countdown chip
                    item.setBackground(QBrush(QColor(background)))
                    item.setForeground(QBrush(QColor(foreground)))
                    if years := v.clock.unconfirmed_years:  # the count may change
                        item.setText(self.tr("%1（推算）").replace("%1", text))
                        item.setToolTip(
                            self.tr("%1 年节假日安排尚未公布，剩余工作日按推算日历计算").replace(
                                "%1", strings.listing(years)
                            )
                        )
                table.setItem(row, column, item)

    def state_text(self, view: VisitView) -> str:
        clock = view.clock
        if clock.state in (FollowUpState.NORMAL, FollowUpState.DUE_SOON, FollowUpState.OVERDUE):
            assert clock.workdays_left is not None
            return strings.workdays_left_text(clock.workdays_left)
        resolved_on = view.visit.form.resolved_on
        if clock.state is FollowUpState.RESOLVED and resolved_on is not None:
            return self.tr("已解决 %1").replace("%1", resolved_on.isoformat())
        if clock.state is FollowUpState.RESOLVED_LATE and resolved_on is not None:
            assert clock.workdays_left is not None
            text = self.tr("逾期解决 %1（超期 %n 个工作日）", None, -clock.workdays_left)
            return text.replace("%1", resolved_on.isoformat())
        return strings.follow_up_name(clock.state)

    def selected_visit(self) -> int | None:
        items = self.visits.selectedItems()
        return int(items[0].data(Qt.ItemDataRole.UserRole)) if items else None

    def _edit_selected(self) -> None:
        visit_id = self.selected_visit()
        if visit_id is not None:
            self.edit_requested.emit(visit_id)

    def _edit_follow_up(self, row: int) -> None:
        item = self.follow_ups.item(row, 0)
        if item is not None:
            self.edit_requested.emit(int(item.data(Qt.ItemDataRole.UserRole)))

    def _update_buttons(self) -> None:
        self.edit_button.setEnabled(self.selected_visit() is not None)
