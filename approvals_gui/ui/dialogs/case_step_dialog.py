"""One dialog for every step of a hotline case: the fields the step needs, checked by
the domain as they are typed (against the case as shown, no database read). Nothing is
saved here: `submitted(form)` asks for the save, answered with `accept()` or
`show_failure(text)`."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from approvals_gui.domain.calendar import WorkCalendar
from approvals_gui.domain.errors import DomainError, ErrorCode
from approvals_gui.domain.hotline.cases import (
    CaseAction,
    CaseStep,
    Satisfaction,
    effective,
    next_case_event,
)
from approvals_gui.domain.hotline.clock import suggested_unit_due
from approvals_gui.domain.hotline.repeats import OpenCase
from approvals_gui.domain.units import Unit
from approvals_gui.services.hotline import CaseDetail, CaseStepForm
from approvals_gui.ui import hotline_strings as names
from approvals_gui.ui import spin_units, strings
from approvals_gui.ui.date_field import DateField
from approvals_gui.ui.dialogs.form_problems import AskedBeforeDiscarding, HeldWhileSaving
from approvals_gui.ui.dialogs.modal import ok_cancel
from approvals_gui.ui.labels import CAUTION_STYLE, ERROR_STYLE, HINT_STYLE, plain_label
from approvals_gui.ui.spin_box import SpinBox

REASONED = frozenset({CaseAction.RETURN, CaseAction.REFUSE, CaseAction.EXTEND})
# Still to fill in: a hint, not an error.
_STILL_TO_FILL = frozenset({ErrorCode.MISSING_REASON, ErrorCode.REQUIRED_FIELD})


class CaseStepDialog(HeldWhileSaving, AskedBeforeDiscarding):
    """A 12369 case's step; what was typed is not given up without asking."""

    submitted = Signal(object)  # CaseStepForm

    def __init__(
        self,
        detail: CaseDetail,
        action: CaseAction,
        *,
        units: Sequence[Unit],
        merge_candidates: Sequence[OpenCase] = (),
        today: date,
        now: datetime,
        actor: str,
        calendar: WorkCalendar,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._detail, self._action = detail, action
        self._calendar = calendar
        self._now, self._actor = now, actor
        record = detail.view.record
        # Made first: every field checks the step as it changes, from the first value on.
        self.remark = QLineEdit()
        self.message = plain_label()
        self.failure = self.message  # a refusal shows where the hints do, in red
        self.message.setObjectName("step_message")
        self.message.setWordWrap(True)
        self.buttons, _ok = ok_cancel(self, names.action_name(action))
        self.buttons.accepted.disconnect()
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.disconnect()
        self.buttons.rejected.connect(self.cancel)
        self.setWindowTitle(f"{names.action_name(action)} — {record.number}")
        self.setMinimumWidth(520)
        self.form = QFormLayout()
        self.form.addRow(self.tr("案件"), plain_label(f"{record.number}  {record.content[:40]}"))
        if action is CaseAction.UNDO:  # which step goes, as the applications' undo says
            last = effective(detail.events)[-1]
            undone = (
                self.tr("%1（%2，%3），回到“%4”")
                .replace("%1", names.action_name(last.action))
                .replace("%2", last.on.isoformat())
                .replace("%3", last.actor)
                .replace("%4", names.stage_name(last.from_stage or last.to_stage))
            )
            self.form.addRow(self.tr("将撤销"), plain_label(undone))
        self.on = self._date_edit(today)
        self.form.addRow(self.tr("办理日期"), self.on)
        self.unit = QComboBox()
        self.unit.setObjectName("case_unit")
        self.unit_due = self._date_edit(today)
        self.findings = self._text()
        self.measures = self._text()
        self.penalty = self._text()
        self.reason = self._text()
        self.extension_days = SpinBox()
        self.satisfaction = QComboBox()
        self.merge_into = QComboBox()
        self.merge_into.setObjectName("merge_into")
        self._add_fields(units, today)
        if action is CaseAction.MERGE:
            self._add_merge_picker(merge_candidates)
        self.remark.textChanged.connect(self._check)
        self.form.addRow(self.tr("备注"), self.remark)
        self.elsewhere = plain_label()  # another desk acted meanwhile (`changed_elsewhere`)
        self.elsewhere.setWordWrap(True)
        self.elsewhere.setStyleSheet(ERROR_STYLE)
        self.elsewhere.hide()
        self.offline_note = plain_label(strings.offline_text())  # `offline`
        self.offline_note.setWordWrap(True)
        self.offline_note.setStyleSheet(CAUTION_STYLE)
        self.offline_note.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.elsewhere)
        layout.addWidget(self.offline_note)
        layout.addWidget(self.buttons)
        self._check()

    def typed(self) -> bool:
        texts = (self.findings, self.measures, self.penalty, self.reason)
        return bool(self.remark.text().strip()) or any(t.toPlainText().strip() for t in texts)

    def changed_elsewhere(self, stage: str) -> None:
        """Another desk saved a step on the case while this was open: said at once (its
        save would be refused as stale), and OK is no longer offered."""
        self.elsewhere.setText(
            self.tr(
                "另一台电脑刚刚办理了此案件（现为“%1”），这里的办理无法保存。请取消后查看最新情况。"
            ).replace("%1", stage)
        )
        self.elsewhere.show()
        self._check()

    def offline(self) -> None:
        """As `StepDialog.offline`."""
        self.offline_note.show()

    def _date_edit(self, day: date) -> DateField:
        edit = DateField(day)  # the domain says why a date cannot be taken
        edit.dateChanged.connect(self._check)
        return edit

    def _text(self) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setFixedHeight(64)
        edit.textChanged.connect(self._check)
        return edit

    def _add_fields(self, units: Sequence[Unit], today: date) -> None:
        action = self._action
        if action is CaseAction.ASSIGN:
            self.unit.addItem(self.tr("请选择承办单位"), "")
            for unit in units:
                if unit.active:
                    self.unit.addItem(unit.name, unit.code)
            self.unit.currentIndexChanged.connect(self._check)
            self.form.addRow(self.tr("承办单位"), self.unit)
            close_due = self._detail.view.clock.close_due
            self.unit_due.setDate(suggested_unit_due(today, close_due, self._calendar))
            self.form.addRow(self.tr("办理期限"), self.unit_due)
        if action is CaseAction.HANDLE:
            self.form.addRow(self.tr("调查情况 *"), self.findings)
            self.form.addRow(self.tr("处理措施"), self.measures)
            self.form.addRow(self.tr("处罚情况"), self.penalty)
        if action in REASONED:
            self.form.addRow(self.tr("理由 *"), self.reason)
        if action is CaseAction.EXTEND:
            limit = self._detail.rule.max_extension_days
            self.extension_days.setRange(1, max(1, limit))
            self.extension_days.setValue(max(1, limit))
            spin_units.count_in(self.extension_days, spin_units.days)
            self.extension_days.valueChanged.connect(self._check)
            self.form.addRow(self.tr("延长"), self.extension_days)
        if action is CaseAction.VISIT_BACK:
            self.satisfaction.addItem(self.tr("请选择"), None)
            for s in Satisfaction:
                self.satisfaction.addItem(names.satisfaction_name(s), s.value)
            self.satisfaction.currentIndexChanged.connect(self._check)
            self.form.addRow(self.tr("举报人评价 *"), self.satisfaction)

    def _add_merge_picker(self, candidates: Sequence[OpenCase]) -> None:
        """The open cases this report repeats (同一企业或地址), as the domain found them."""
        self.merge_into.setPlaceholderText(self.tr("没有同一企业或地址的在办案件"))
        if candidates:
            self.merge_into.addItem(self.tr("请选择要并入的在办案件"), None)
        for case in candidates:
            text = self.tr("%1（%2 收到）").replace("%1", case.number)
            self.merge_into.addItem(text.replace("%2", case.received_on.isoformat()), case.case_id)
        self.merge_into.currentIndexChanged.connect(self._check)
        self.form.addRow(self.tr("并入案件 *"), self.merge_into)

    def step_form(self) -> CaseStepForm:
        """The step as filled in; DomainError (INVALID_DATE) while a date it takes is none."""
        action = self._action
        chosen = self.satisfaction.currentData()
        return CaseStepForm(
            action,
            self.on.day(),
            remark=self.remark.text(),
            reason=self.reason.toPlainText() if action in REASONED else "",
            unit=str(self.unit.currentData() or "") if action is CaseAction.ASSIGN else "",
            unit_due=self.unit_due.day() if action is CaseAction.ASSIGN else None,
            findings=self.findings.toPlainText(),
            measures=self.measures.toPlainText(),
            penalty=self.penalty.toPlainText(),
            extension_days=self.extension_days.value() if action is CaseAction.EXTEND else 0,
            satisfaction=Satisfaction(chosen) if chosen else None,
            merged_into=self.merge_into.currentData() if action is CaseAction.MERGE else None,
        )

    def _check(self) -> None:
        """The domain's word on the step as filled in: OK enabled only if it takes it."""
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        detail = self._detail
        try:
            f = self.step_form()
            step = CaseStep(
                f.action, f.on or self._now.date(), self._now, self._actor, f.remark, f.reason,
                f.unit, f.unit_due, f.findings, f.measures, f.penalty, f.extension_days,
                f.satisfaction, f.merged_into,
            )  # fmt: skip
            next_case_event(detail.events, step, detail.rule, detail.view.clock.close_due)
        except DomainError as exc:
            hint = exc.code in _STILL_TO_FILL
            self.message.setStyleSheet(HINT_STYLE if hint else ERROR_STYLE)
            self.message.setText(self._missing_text(exc))
            ok.setEnabled(False)
            ok.setToolTip(self.message.text())
            return
        self.message.setStyleSheet("")
        self.message.setText("")
        if f.unit_due is not None and not self._calendar.is_workday(f.unit_due):
            # Taken as given (a unit may be asked for a rest day), but said: a date
            # suggested or typed on a Saturday was how units came to be late from one.
            self.message.setStyleSheet(CAUTION_STYLE)
            self.message.setText(
                self.tr("办理期限 %1 是休息日，请确认。").replace("%1", f.unit_due.isoformat())
            )
        ok.setEnabled(not self._busy and self.elsewhere.isHidden())
        ok.setToolTip("")

    def _missing_text(self, exc: DomainError) -> str:
        field = exc.params.get("field")
        if exc.code is ErrorCode.REQUIRED_FIELD and field == "unit":
            return self.tr("请选择承办单位。")
        if exc.code is ErrorCode.END_BEFORE_START and field == "unit_due":
            return self.tr("办理期限不能早于办理日期。")
        if exc.code is ErrorCode.REQUIRED_FIELD and field == "findings":
            return self.tr("请填写调查情况。")
        if exc.code is ErrorCode.REQUIRED_FIELD and field == "satisfaction":
            return self.tr("请选择举报人的评价。")
        if exc.code is ErrorCode.REQUIRED_FIELD and field == "merged_into":
            if self.merge_into.count() == 0:  # nothing to pick: not "请选择"
                return self.tr("没有可以并入的在办案件：只能并入同一企业或地址的在办案件。")
            return self.tr("请选择要并入的在办案件。")
        return strings.error_text(exc)

    def save(self) -> None:
        if self._busy:
            return
        self.message.clear()
        self.set_busy(True)
        self.submitted.emit(self.step_form())

    def set_busy(self, busy: bool) -> None:
        super().set_busy(busy)
        if not busy:
            self._check()

    def show_failure(self, text: str) -> None:
        """The save was refused: say why; the form stays as filled in."""
        super().show_failure(text)
        self.message.setStyleSheet(ERROR_STYLE)
