"""The 12369 hotline's time limits as the 时限规则 page edits them (issue 15): calendar
days, each with its legal basis; saved, they move every case's dates at once."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from approvals_gui.domain.errors import DomainError, ErrorCode
from approvals_gui.domain.hotline.rules import DEFAULT_HOTLINE_RULE, HotlineRule
from approvals_gui.ui import spin_units, strings
from approvals_gui.ui.labels import ERROR_STYLE
from approvals_gui.ui.spin_box import SpinBox

# The hotline's numbers in the order shown, and the legal basis each one carries.
_DAYS = (
    "accept_days",
    "close_days",
    "max_extension_days",
    "review_days",
    "recheck_days",
    "warn_days",
    "repeat_window_days",
)
_BASES = {
    "accept_days": "accept_basis",
    "close_days": "close_basis",
    "review_days": "review_basis",
    "recheck_days": "recheck_basis",
}
_NO_BASIS = ("max_extension_days", "warn_days", "repeat_window_days")


class HotlineRuleEdit(QWidget):
    """The 12369 hotline's time limits, in calendar days, each with its legal basis.

    Emits `save_requested(rule)` with a rule the domain has already accepted. The spin
    boxes take any number 0–999: the domain says what is possible, and a refusal names
    the number at fault.
    """

    save_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rule: HotlineRule | None = None  # as stored when the edit began
        self._latest: HotlineRule | None = None  # saved elsewhere meanwhile: what 还原 shows
        self.days = {name: self._spin() for name in _DAYS}
        self.days["max_extension_days"].setSpecialValueText(self.tr("不得延期"))
        self.days["warn_days"].setSpecialValueText(self.tr("不预警"))
        self.bases = {basis: QLineEdit() for basis in _BASES.values()}
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(ERROR_STYLE)
        self.save_button = QPushButton(self.tr("保存"))
        self.defaults_button = QPushButton(self.tr("恢复默认"))
        self.revert_button = QPushButton(self.tr("还原"))
        self._layout()
        self.save_button.clicked.connect(self._save)
        self.defaults_button.clicked.connect(lambda: self._fill(DEFAULT_HOTLINE_RULE))
        self.revert_button.clicked.connect(self._revert)
        self.set_editable(True)

    def _spin(self) -> QSpinBox:
        spin = SpinBox()
        spin.setRange(0, 999)
        spin_units.count_in(spin, spin_units.calendar_days)
        spin.setMinimumWidth(120)
        return spin

    def labels(self) -> dict[str, str]:
        return {
            "accept_days": self.tr("受理告知（自收到举报之日起）"),
            "close_days": self.tr("办结（自受理之日起）"),
            "max_extension_days": self.tr("延期最长（一次，须经负责人批准）"),
            "review_days": self.tr("复查（自收到请求之日起）"),
            "recheck_days": self.tr("复核（自收到请求之日起）"),
            "warn_days": self.tr("剩余不超过此数时预警（黄色）"),
            "repeat_window_days": self.tr("重复举报合并期"),
        }

    def _notes(self) -> dict[str, str]:
        return {
            "max_extension_days": self.tr("依据同办结期限"),
            "warn_days": self.tr("按剩余自然日计算"),
            "repeat_window_days": self.tr("同一企业或地址此期间内的举报，可并入在办案件"),
        }

    def _layout(self) -> None:
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("期限")), 0, 1)
        grid.addWidget(QLabel(self.tr("法律依据")), 0, 2)
        labels, notes = self.labels(), self._notes()
        for row, name in enumerate(_DAYS, start=1):
            grid.addWidget(QLabel(labels[name]), row, 0)
            grid.addWidget(self.days[name], row, 1)
            beside = self.bases[_BASES[name]] if name in _BASES else QLabel(notes[name])
            grid.addWidget(beside, row, 2)
        grid.setColumnStretch(2, 1)
        note = QLabel(
            self.tr(
                "以上期限均按自然日计算；期限最后一日为休息日的，顺延至下一个工作日。"
                "保存后，所有热线案件的期限立即按新规则计算。"
            )
        )
        note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.problem, 1)
        buttons.addWidget(self.defaults_button)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addLayout(buttons)
        layout.addWidget(note)
        layout.addStretch(1)

    def set_rule(self, rule: HotlineRule) -> None:
        """The limits as read again. An edit not saved yet is never replaced: when the
        stored limits changed under it (another desk's save), that is said, and 还原
        shows the latest (the save would be refused)."""
        form = self._form_or_none()  # None: refused input, an edit all the same
        if self._rule is None or form == self._rule or form == rule:
            self.take(rule)  # nothing edited, or stored as the form has it
        elif rule != self._rule:
            self._latest = rule
            self.problem.setText(
                self.tr(
                    "另一台电脑刚修改并保存了 12369 热线时限；您在此处的修改尚未保存，"
                    "保存时会被拒绝。点“还原”查看最新的时限后再修改。"
                )
            )

    def take(self, rule: HotlineRule) -> None:
        """Show `rule` as stored (this page's own save, or nothing edited): what the next
        edit starts from."""
        self._rule, self._latest = rule, None
        self._fill(rule)

    def rule(self) -> HotlineRule | None:
        return self._rule

    def unsaved(self) -> bool:
        """Whether the form holds a change not saved yet (input refused counts)."""
        return self._rule is not None and self._form_or_none() != self._rule

    def _fill(self, rule: HotlineRule) -> None:
        if self._latest is None:  # else the note stays: a save would still be refused
            self.problem.clear()
        for name, spin in self.days.items():
            spin.setValue(getattr(rule, name))
        for name, edit in self.bases.items():
            edit.setText(getattr(rule, name))
            edit.setCursorPosition(0)  # the beginning says what the law is
            edit.setToolTip(edit.text())

    def _revert(self) -> None:
        if self._rule is not None:
            self.take(self._latest or self._rule)

    def set_editable(self, editable: bool) -> None:
        for spin in self.days.values():
            spin.setReadOnly(not editable)
        for edit in self.bases.values():
            edit.setReadOnly(not editable)
        for button in (self.save_button, self.defaults_button, self.revert_button):
            button.setEnabled(editable)

    def edited_rule(self) -> HotlineRule | None:
        """The rule as the form has it; refused input is shown beside the buttons."""
        try:
            return self._form_rule()
        except DomainError as exc:
            self.problem.setText(self._refusal(exc))
            if exc.params.get("field") in self.days:
                self.days[exc.params["field"]].setFocus()
            return None

    def _form_rule(self) -> HotlineRule:
        day = {name: spin.value() for name, spin in self.days.items()}
        basis = {name: edit.text().strip() for name, edit in self.bases.items()}
        return HotlineRule(
            accept_days=day["accept_days"],
            close_days=day["close_days"],
            max_extension_days=day["max_extension_days"],
            review_days=day["review_days"],
            recheck_days=day["recheck_days"],
            warn_days=day["warn_days"],
            repeat_window_days=day["repeat_window_days"],
            accept_basis=basis["accept_basis"],
            close_basis=basis["close_basis"],
            review_basis=basis["review_basis"],
            recheck_basis=basis["recheck_basis"],
        )

    def _form_or_none(self) -> HotlineRule | None:
        """The rule as the form has it, None if refused."""
        try:
            return self._form_rule()
        except DomainError:
            return None

    def _refusal(self, exc: DomainError) -> str:
        name = exc.params.get("field")
        if exc.code is not ErrorCode.INVALID_RULE or name not in self.days:
            return strings.error_text(exc)
        # The shared INVALID_RULE text speaks of approvals' promises: name the number.
        lowest = 0 if name in _NO_BASIS else 1
        return (
            self.tr("“%1”应为 %2–365 个自然日，未保存。")
            .replace("%1", self.labels()[name])
            .replace("%2", str(lowest))
        )

    def _save(self) -> None:
        self.problem.clear()
        rule = self.edited_rule()
        if rule is not None and rule != self._rule:
            self.save_requested.emit(rule)
