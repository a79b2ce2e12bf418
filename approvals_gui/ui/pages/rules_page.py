"""The time-limit rules: per approval category, and the 12369 hotline's (issue 15).
The office admin edits them here; other roles read them, with the reason.

A saved change applies to running applications at once; decided ones keep the rule
they were judged by (the service and the store see to that). The hotline's dates are
computed on read, so a saved hotline rule moves every case's dates at once.
"""

from __future__ import annotations

import dataclasses
from functools import partial

from PySide6.QtCore import QSignalBlocker, Qt, Signal, SignalInstance
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from approvals_gui.domain.rules import TimeLimitRule, checked_rule, is_added
from approvals_gui.domain.stages import PAUSABLE_STAGES, Stage
from approvals_gui.domain.timelimits import Limit, Unit
from approvals_gui.ui import spin_units, strings
from approvals_gui.ui.delegates.wrapped import WrappedTextDelegate
from approvals_gui.ui.labels import CAUTION_STYLE, ERROR_STYLE, discard_edits
from approvals_gui.ui.pages.hotline_rule_edit import HotlineRuleEdit
from approvals_gui.ui.spin_box import SpinBox

PAUSE_ORDER = [s for s in Stage if s in PAUSABLE_STAGES]


class _LimitEdit(QWidget):
    """An amount and its unit (working days or calendar days); `changed` as either is."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.amount = SpinBox()
        self.amount.setRange(1, 365)
        self.unit = QComboBox()
        self.unit.addItem(self.tr("工作日"), Unit.WORKDAYS.value)
        self.unit.addItem(self.tr("自然日"), Unit.DAYS.value)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.amount)
        layout.addWidget(self.unit)
        layout.addStretch(1)
        self.amount.valueChanged.connect(self.changed)
        self.unit.currentIndexChanged.connect(self.changed)

    def set_limit(self, limit: Limit) -> None:
        self.amount.setValue(limit.amount)
        self.unit.setCurrentIndex(self.unit.findData(limit.unit.value))

    def limit(self) -> Limit:
        return Limit(self.amount.value(), Unit(self.unit.currentData()))


PAUSES_COLUMN = 4  # 法定时限暂停
NAME_COLUMN = 0  # 类别
# The widest a category's name is shown on one line, in average characters; longer
# names wrap (a long English name the bureau gave had pushed the last column off).
NAME_MAX_CHARS = 30


class _RulesTable(QTableWidget):
    """The statutory pauses take what the other columns leave, wrapping: every heading
    stays whole, the last one too. Never narrower than their own heading: with too
    little left, the table scrolls sideways instead (a stretched column had been cut to
    "tatutory pause" in English, and its cells with it)."""

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.fit_pauses()

    def fit_pauses(self) -> None:
        others = sum(self.columnWidth(c) for c in range(self.columnCount()) if c != PAUSES_COLUMN)
        heading = self.horizontalHeaderItem(PAUSES_COLUMN)
        header = self.horizontalHeader()
        least = header.fontMetrics().horizontalAdvance(heading.text() if heading else "") + 24
        self.setColumnWidth(PAUSES_COLUMN, max(least, self.viewport().width() - others))
        self.resizeRowsToContents()


class RulesPage(QWidget):
    """Emits `save_requested(rule, based_on)` with a rule the domain has already
    accepted and the stored rule the edit started from; `rename_requested(rule)` and
    `remove_requested(rule)` with the stored rule of a category the bureau added."""

    save_requested = Signal(object, object)
    add_requested = Signal()  # 新增类别…
    rename_requested = Signal(object)
    remove_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rules: list[TimeLimitRule] = []
        self._shown: TimeLimitRule | None = None  # what the form was filled from
        self.table = _RulesTable(0, 8)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("类别"),
                self.tr("法定时限"),
                self.tr("承诺时限"),
                self.tr("预警"),
                self.tr("法定时限暂停"),
                self.tr("承诺时限另暂停"),
                self.tr("延期"),
                self.tr("公示期（受理 / 批准前）"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PAUSES_COLUMN, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.Interactive)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setItemDelegate(WrappedTextDelegate(self.table))
        self.statutory = _LimitEdit()
        self.promised = _LimitEdit()
        self.warn = SpinBox()
        self.warn.setRange(0, 30)
        spin_units.count_in(self.warn, spin_units.workdays)
        self.extension = SpinBox()
        self.extension.setRange(0, 60)
        spin_units.count_in(self.extension, spin_units.workdays)
        self.extension.setSpecialValueText(self.tr("不得延期"))
        self.acceptance_publicity = SpinBox()
        self.approval_notice = SpinBox()
        for spin in (self.acceptance_publicity, self.approval_notice):
            spin.setRange(0, 30)
            spin_units.count_in(spin, spin_units.workdays)
            spin.setSpecialValueText(self.tr("不要求"))
        for spin in (self.warn, self.extension, self.acceptance_publicity, self.approval_notice):
            spin.setMaximumWidth(160)
        self.statutory_pauses = {s: QCheckBox(strings.stage_name(s)) for s in PAUSE_ORDER}
        self.promised_pauses = {s: QCheckBox(strings.stage_name(s)) for s in PAUSE_ORDER}
        # Said as the numbers are typed, not refused: a one-day promise warns at once.
        # Beside the box, its room kept while hidden: the form does not move under the
        # pointer as the note comes and goes.
        self.warn_note = QLabel(self.tr("不短于承诺时限：此类申请自开始计时起即显示为“即将到期”。"))
        self.warn_note.setWordWrap(True)
        self.warn_note.setStyleSheet(CAUTION_STYLE)
        kept = self.warn_note.sizePolicy()
        kept.setRetainSizeWhenHidden(True)
        self.warn_note.setSizePolicy(kept)
        self.warn_note.hide()
        self.legal_basis = QLineEdit()
        # A category the bureau added starts without one: said in the empty field.
        self.legal_basis.setPlaceholderText(
            self.tr("尚未填写：此类别时限所依据的法律法规名称和条款")
        )
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(ERROR_STYLE)
        self.add_button = QPushButton(self.tr("新增类别…"))
        self.add_button.setToolTip(
            self.tr("本局办理的其他审批事项（如其他许可证核发），按其时限另设一个类别")
        )
        self.rename_button = QPushButton(self.tr("重命名类别…"))
        self.remove_button = QPushButton(self.tr("删除类别…"))
        self.save_button = QPushButton(self.tr("保存规则"))
        self.revert_button = QPushButton(self.tr("还原"))
        self.form_box = QGroupBox()
        self.hotline = HotlineRuleEdit()
        self.tabs = QTabWidget()
        self.read_only_note = QLabel()
        self.read_only_note.setWordWrap(True)
        self.read_only_note.hide()
        self._editable = True
        self._layout()
        self.table.currentCellChanged.connect(
            lambda row, _column, previous, _before: self._row_changed(row, previous)
        )
        self.save_button.clicked.connect(self._save)
        self.add_button.clicked.connect(self.add_requested)
        for button, signal in (
            (self.rename_button, self.rename_requested),
            (self.remove_button, self.remove_requested),
        ):
            button.clicked.connect(partial(self._emit_selected, signal))
        self.revert_button.clicked.connect(self._show_selected)  # the latest stored
        for edited in (
            self.statutory.changed,
            self.promised.changed,
            self.warn.valueChanged,
            self.extension.valueChanged,
            self.acceptance_publicity.valueChanged,
            self.approval_notice.valueChanged,
            self.legal_basis.textChanged,
            *(
                box.toggled
                for box in (*self.statutory_pauses.values(), *self.promised_pauses.values())
            ),
        ):
            edited.connect(self._check_form)

    def _layout(self) -> None:
        form = QFormLayout(self.form_box)
        form.addRow(self.tr("法定时限"), self.statutory)
        form.addRow(self.tr("承诺时限"), self.promised)
        warning = QHBoxLayout()
        warning.addWidget(self.warn)
        warning.addWidget(self.warn_note, 1)
        form.addRow(self.tr("剩余不超过此数时预警（黄色）"), warning)
        for label, boxes in (
            (self.tr("法定时限不计算的环节"), self.statutory_pauses),
            (self.tr("承诺时限不计算的环节"), self.promised_pauses),
        ):
            row = QHBoxLayout()
            for box in boxes.values():
                row.addWidget(box)
            row.addStretch(1)
            form.addRow(label, row)
        form.addRow(self.tr("延期最长"), self.extension)
        form.addRow(self.tr("受理公示期"), self.acceptance_publicity)
        form.addRow(self.tr("拟批准公示期（批准前）"), self.approval_notice)
        form.addRow(self.tr("法律依据"), self.legal_basis)
        form.addRow(self.problem)  # the whole width: a refusal may take two lines
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        form.addRow(buttons)
        note = QLabel(
            self.tr(
                "修改保存后，在办申请的倒计时立即按新规则计算；"
                "已作出审批决定的申请仍按当时适用的规则统计。"
            )
        )
        note.setWordWrap(True)
        approvals = QWidget()
        inner = QVBoxLayout(approvals)
        above = QHBoxLayout()
        above.addStretch(1)
        above.addWidget(self.add_button)
        above.addWidget(self.rename_button)
        above.addWidget(self.remove_button)  # last: the one not to be hit by a slip
        inner.addLayout(above)
        inner.addWidget(self.table, 1)
        inner.addWidget(self.form_box)
        inner.addWidget(note)
        self.tabs.addTab(approvals, self.tr("审批事项时限"))
        self.tabs.addTab(self.hotline, self.tr("12369 热线时限"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.read_only_note)
        layout.addWidget(self.tabs, 1)

    def set_permission(self, why_not: str | None) -> None:
        """Editable, or read-only with `why_not` said above both tabs."""
        self._editable = why_not is None
        self.read_only_note.setText(why_not or "")
        self.read_only_note.setVisible(why_not is not None)
        self.hotline.set_editable(self._editable)
        self.add_button.setEnabled(self._editable)
        self.form_box.setEnabled(self._editable and self.selected_rule() is not None)
        self._fit_category_buttons()

    def _fit_category_buttons(self) -> None:
        """重命名… and 删除类别… for a category the bureau added, and who may edit rules;
        a shipped one says why not."""
        rule = self.selected_rule()
        added = rule is not None and is_added(rule.category)
        for button in (self.rename_button, self.remove_button):
            button.setEnabled(self._editable and added)
        if rule is not None and not added:
            shipped = self.tr("程序内置的审批类别（通知书等文书按其名称出具），不能重命名或删除")
            self.rename_button.setToolTip(shipped)
            self.remove_button.setToolTip(shipped)
        else:
            self.rename_button.setToolTip(self.tr("更正本局新增类别的名称"))
            self.remove_button.setToolTip(self.tr("删除本局新增、尚未登记任何申请的类别"))

    def _emit_selected(self, signal: SignalInstance) -> None:
        rule = self.selected_rule()
        if rule is not None:
            signal.emit(rule)

    def set_rules(self, rules: list[TimeLimitRule]) -> None:
        """The rules as read again. An edit not saved yet is never replaced: when its
        rule was changed under it (another desk's save), that is said, and 还原 shows
        the latest (the save would be refused)."""
        form = self._form_or_none()
        editing = self._shown if form != self._shown else None
        selected = editing or self.selected_rule()
        self._rules = rules
        with QSignalBlocker(self.table):  # the form is filled below, or kept
            self.table.setRowCount(len(rules))
            for row, rule in enumerate(rules):
                for column, text in enumerate(self._cells(rule)):
                    item = QTableWidgetItem(text)
                    item.setData(Qt.ItemDataRole.UserRole, rule.category)
                    self.table.setItem(row, column, item)
            self.table.resizeColumnsToContents()
            widest = self.table.fontMetrics().averageCharWidth() * NAME_MAX_CHARS
            self.table.setColumnWidth(NAME_COLUMN, min(self.table.columnWidth(NAME_COLUMN), widest))
            self.table.fit_pauses()
            codes = [r.category for r in rules]
            keep = codes.index(selected.category) if selected and selected.category in codes else 0
            if rules:
                self.table.setCurrentCell(keep, 0)
        stored = self.selected_rule()
        if (
            editing is None
            or stored is None
            or stored.category != editing.category
            or stored == form  # stored as the form has it: this page's save
        ):
            self._show_selected()
            if editing is not None and editing.category not in codes:  # said, not dropped
                self.problem.setText(
                    self.tr("另一台电脑已删除类别“%1”，您对它的修改未保存。").replace(
                        "%1", strings.category_name(editing.category, editing.name)
                    )
                )
        else:  # the edit kept: a refusal of it still said first, else the other save
            self.form_box.setTitle(strings.category_name(stored.category, stored.name))
            self._check_form()

    def _changed_elsewhere(self) -> bool:
        """Whether the rule being edited was saved elsewhere since the edit began."""
        stored = self.selected_rule()
        return self._shown is not None and stored is not None and stored != self._shown

    def _changed_elsewhere_text(self) -> str:
        return self.tr(
            "另一台电脑刚修改并保存了此规则；您在此处的修改尚未保存，保存时会被拒绝。"
            "点“还原”查看最新的规则后再修改。"
        )

    def take(self, rule: TimeLimitRule) -> None:
        """`rule` as this page saved it (or renamed it): what the next edit of it starts
        from; an edit under way is kept."""
        self._rules = [rule if r.category == rule.category else r for r in self._rules]
        if self._shown is not None and self._shown.category == rule.category:
            self._shown = rule

    def _cells(self, rule: TimeLimitRule) -> tuple[str, ...]:
        return (
            strings.category_name(rule.category, rule.name),
            strings.limit_text(rule.statutory),
            strings.limit_text(rule.promised),
            strings.limit_text(Limit(rule.warn_workdays, Unit.WORKDAYS)),
            strings.stages_text(rule.statutory_pauses),
            strings.stages_text(rule.promised_pauses - rule.statutory_pauses),
            strings.workdays_or(rule.extension_workdays, self.tr("不得延期")),
            self._notice_periods(rule),
        )

    def _notice_periods(self, rule: TimeLimitRule) -> str:
        periods = (rule.acceptance_publicity_workdays, rule.approval_notice_workdays)
        if not any(periods):
            return self.tr("不要求")
        return " / ".join(strings.workdays_or(days, "—") for days in periods)

    def selected_rule(self) -> TimeLimitRule | None:
        row = self.table.currentRow()
        return self._rules[row] if 0 <= row < len(self._rules) else None

    def row_of(self, code: str) -> int:
        return [rule.category for rule in self._rules].index(code)

    def select_category(self, code: str) -> None:
        self.table.setCurrentCell(self.row_of(code), 0)

    def _show_selected(self) -> None:
        rule = self._shown = self.selected_rule()
        self.form_box.setEnabled(rule is not None and self._editable)
        self.problem.clear()
        self._fit_category_buttons()
        if rule is None:
            return
        self.form_box.setTitle(strings.category_name(rule.category, rule.name))
        self.statutory.set_limit(rule.statutory)
        self.promised.set_limit(rule.promised)
        self.warn.setValue(rule.warn_workdays)
        self.extension.setValue(rule.extension_workdays)
        self.acceptance_publicity.setValue(rule.acceptance_publicity_workdays)
        self.approval_notice.setValue(rule.approval_notice_workdays)
        for stages, boxes in (
            (rule.statutory_pauses, self.statutory_pauses),
            (rule.promised_pauses, self.promised_pauses),
        ):
            for stage, box in boxes.items():
                box.setChecked(stage in stages)
        self.legal_basis.setText(rule.legal_basis)
        self.legal_basis.setCursorPosition(0)  # the beginning says what the law is
        self._check_form()  # as filled in whole (a field at a time passes through others)

    def _check_form(self) -> None:
        """The form checked as it is edited: a rule that would be refused (a promise
        longer than the law's limit) says why at once, and 保存规则 waits until it is
        put right. A warning that covers the whole promise is noted beside it."""
        try:
            rule = self._form_rule()
        except ValueError as exc:  # DomainError: the rule checked itself
            self.problem.setText(strings.error_text(exc))
            self.save_button.setEnabled(False)
            self.warn_note.setVisible(False)
            return
        self.warn_note.setVisible(rule is not None and rule.due_soon_from_start)
        self.save_button.setEnabled(True)
        self.problem.setText(self._changed_elsewhere_text() if self._changed_elsewhere() else "")

    def edited_rule(self) -> TimeLimitRule | None:
        """The rule as the form has it; refused input is shown beside the buttons."""
        try:
            rule = self._form_rule()
        except ValueError as exc:  # DomainError: the rule checked itself
            self.problem.setText(strings.error_text(exc))
            return None
        self.problem.clear()  # an earlier refusal no longer holds (it stayed beside this)
        return rule

    def _form_rule(self) -> TimeLimitRule | None:
        rule = self._shown
        if rule is None:
            return None
        return checked_rule(
            dataclasses.replace(
                rule,
                statutory=self.statutory.limit(),
                promised=self.promised.limit(),
                warn_workdays=self.warn.value(),
                extension_workdays=self.extension.value(),
                statutory_pauses=_checked(self.statutory_pauses),
                promised_pauses=_checked(self.promised_pauses),
                acceptance_publicity_workdays=self.acceptance_publicity.value(),
                approval_notice_workdays=self.approval_notice.value(),
                legal_basis=self.legal_basis.text().strip(),
            )
        )

    def _form_or_none(self) -> TimeLimitRule | None:
        """The rule as the form has it, None if refused."""
        try:
            return self._form_rule()
        except ValueError:
            return None

    def _edited(self) -> bool:
        """Whether the form holds a change not saved yet (input refused counts)."""
        return self._form_or_none() != self._shown

    def unsaved(self) -> bool:
        """Whether a rule's form or the 12369 limits hold a change not saved yet."""
        return self._edited() or self.hotline.unsaved()

    def edited(self, category: str) -> bool:
        """Whether the form holds a change of `category`'s rule not saved yet."""
        return self._shown is not None and self._shown.category == category and self._edited()

    def _row_changed(self, row: int, previous: int) -> None:
        """Another rule picked: an edit not saved yet is given up only if the admin says
        so; otherwise the edited rule stays picked."""
        if row == previous or previous < 0 or not self._edited():
            self._show_selected()
        elif discard_edits(self):
            self._show_selected()
        else:
            with QSignalBlocker(self.table):
                self.table.setCurrentCell(previous, 0)

    def _save(self) -> None:
        rule = self.edited_rule()
        if rule is None or rule == self._shown:
            return
        if self._changed_elsewhere():  # known here: no impact worked out for a refusal
            self.problem.setText(self._changed_elsewhere_text())
            QMessageBox.warning(self, self.tr("无法完成"), self.problem.text())
            return
        self.save_requested.emit(rule, self._shown)


def _checked(boxes: dict[Stage, QCheckBox]) -> frozenset[Stage]:
    return frozenset(stage for stage, box in boxes.items() if box.isChecked())
