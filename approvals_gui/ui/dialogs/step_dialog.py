"""One dialog for every step: the fields its guards need, and its effect on the clock."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from approvals_gui.domain.calendar import WorkCalendar
from approvals_gui.domain.errors import DomainError, ErrorCode
from approvals_gui.domain.stages import TRANSITIONS, Action, Needs
from approvals_gui.services.applications import ApplicationDetail, Step
from approvals_gui.services.preview import preview_step
from approvals_gui.ui import strings

_NEEDS = {t.action: t.needs for t in TRANSITIONS}
_STILL_TO_FILL = frozenset(
    {
        ErrorCode.MISSING_MATERIALS,
        ErrorCode.MISSING_REASON,
        ErrorCode.MISSING_DOCUMENT_NUMBER,
        ErrorCode.SECOND_SUPPLEMENT_REASON,
    }
)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class StepDialog(QDialog):
    """Collects a step; `step()` returns it once accepted. Nothing is saved here, and
    the preview is worked out from the application as shown, with no database read."""

    def __init__(
        self,
        detail: ApplicationDetail,
        action: Action,
        calendar: WorkCalendar,
        *,
        today: date,
        actor: str,
        now: datetime,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._detail = detail
        self._calendar = calendar
        self._today, self._actor, self._now = today, actor, now
        self._action = action
        needs = _NEEDS.get(action, frozenset())
        record = detail.view.record
        self.setWindowTitle(f"{strings.action_name(action)} — {record.number}")
        self.setMinimumWidth(560)
        form = QFormLayout()
        form.addRow(self.tr("申请"), QLabel(f"{record.number}  {record.project}"))
        self.on = QDateEdit()
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("yyyy-MM-dd")
        # No range: Qt would silently change a typed date to fit it; the preview says
        # why a date before the last step or in the future cannot be taken.
        self.on.setDate(_qdate(today))
        form.addRow(self.tr("办理日期"), self.on)
        self.materials = QListWidget()
        self.other_materials = QPlainTextEdit()
        self.reason = QPlainTextEdit()
        self.document_number = QLineEdit()
        self.extension_days = QSpinBox()
        if Needs.MATERIALS in needs:
            for text in strings.COMMON_MATERIALS:
                item = QListWidgetItem(strings.material_name(str(text)))
                item.setData(Qt.ItemDataRole.UserRole, str(text))
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.materials.addItem(item)
            self.materials.itemChanged.connect(self._update_preview)
            form.addRow(self.tr("需补正的材料"), self.materials)
            self.other_materials.setPlaceholderText(self.tr("其他材料，每行一项"))
            self.other_materials.setFixedHeight(70)
            self.other_materials.textChanged.connect(self._update_preview)
            form.addRow(self.tr("其他材料"), self.other_materials)
        if Needs.DOCUMENT_NUMBER in needs:
            self.document_number.setPlaceholderText(self.tr("如 环审〔2026〕12号"))
            self.document_number.textChanged.connect(self._update_preview)
            form.addRow(self.tr("文号"), self.document_number)
        second_supplement = (
            action is Action.REQUEST_SUPPLEMENT and detail.view.clock.supplement_rounds
        )
        if Needs.REASON in needs or second_supplement:
            self.reason.setFixedHeight(70)
            self.reason.textChanged.connect(self._update_preview)
            label = self.tr("再次补正的理由") if second_supplement else self.tr("理由")
            form.addRow(label, self.reason)
        if Needs.EXTENSION in needs:
            limit = detail.rule.extension_workdays
            self.extension_days.setRange(1, max(1, limit))
            self.extension_days.setValue(limit)
            self.extension_days.setSuffix(self.tr(" 个工作日"))
            self.extension_days.valueChanged.connect(self._update_preview)
            form.addRow(self.tr("延长"), self.extension_days)
        self.remark = QLineEdit()
        form.addRow(self.tr("备注"), self.remark)
        self.on.dateChanged.connect(self._update_preview)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(strings.action_name(action))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview)
        layout.addWidget(self.buttons)
        self._update_preview()

    def step(self) -> Step:
        d = self.on.date()
        checked = [
            str(self.materials.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.materials.count())
            if self.materials.item(i).checkState() == Qt.CheckState.Checked
        ]
        others = [line.strip() for line in self.other_materials.toPlainText().splitlines()]
        return Step(
            self._action,
            date(d.year(), d.month(), d.day()),
            self.remark.text(),
            tuple(checked + [o for o in others if o]),
            self.reason.toPlainText(),
            self.document_number.text(),
            self.extension_days.value() if Needs.EXTENSION in _NEEDS.get(self._action, ()) else 0,
        )

    def _update_preview(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        try:
            preview = preview_step(
                self._detail,
                self.step(),
                self._calendar,
                today=self._today,
                actor=self._actor,
                now=self._now,
            )
        except DomainError as exc:
            # Something still to fill in is a hint, not an error; the rest is a refusal.
            hint = exc.code in _STILL_TO_FILL
            self.preview.setStyleSheet("color: #555555;" if hint else "color: #b71c1c;")
            self.preview.setText(strings.error_text(exc))
            ok.setEnabled(False)
            return
        clock = preview.clock
        lines = [self.tr("办理后：%1").replace("%1", strings.describe(clock))]
        if self._action is Action.EXTEND and clock.statutory_due is not None:
            lines.append(
                self.tr("法定期限延至 %1（原 %2）")
                .replace("%1", clock.statutory_due.isoformat())
                .replace("%2", str(clock.original_statutory_due))
            )
        lines += [strings.caution_text(c, self._detail.view.clock) for c in preview.cautions]
        self.preview.setStyleSheet("color: #8e4b00;" if preview.cautions else "")
        self.preview.setText("\n".join(lines))
        ok.setEnabled(True)
