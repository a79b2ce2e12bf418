"""One dialog for every step: the fields its guards need, and its effect on the clock."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from approvals_gui.domain.access import Staff
from approvals_gui.domain.calendar import WorkCalendar
from approvals_gui.domain.errors import DomainError, ErrorCode
from approvals_gui.domain.materials import common_materials
from approvals_gui.domain.stages import TRANSITIONS, Action, Needs, Stage
from approvals_gui.domain.text import same_person
from approvals_gui.domain.units import Unit, UnitKind
from approvals_gui.services.applications import ApplicationDetail, Step
from approvals_gui.services.preview import preview_step
from approvals_gui.ui import spin_units, strings
from approvals_gui.ui.collation import in_pinyin_order
from approvals_gui.ui.date_field import DateField
from approvals_gui.ui.dialogs.form_problems import AskedBeforeDiscarding
from approvals_gui.ui.dialogs.modal import ok_cancel
from approvals_gui.ui.labels import CAUTION_STYLE, ERROR_STYLE, HINT_STYLE
from approvals_gui.ui.spin_box import SpinBox

_NEEDS = {t.action: t.needs for t in TRANSITIONS}
_STILL_TO_FILL = frozenset(
    {
        ErrorCode.MISSING_MATERIALS,
        ErrorCode.MISSING_REASON,
        ErrorCode.MISSING_DOCUMENT_NUMBER,
        ErrorCode.SECOND_SUPPLEMENT_REASON,
        ErrorCode.REQUIRED_FIELD,  # a transfer's unit, a reassignment's handler
        ErrorCode.NOTHING_CORRECTED,  # a correction as it opens
    }
)


def _suggested_unit(
    choices: Sequence[Unit], holder: Unit | None, deciding: str, stage: Stage
) -> int:
    """Where a transfer usually goes: the city bureau sends to the 技术评估中心 during
    expert review; the centre or a branch sends the file back to the unit that decides
    it (`deciding`, 审批单位), or to the city bureau where that is the sender itself or
    no longer active. -1: no suggestion."""
    if holder is not None and holder.kind is UnitKind.CITY:
        if stage is not Stage.EXPERT_REVIEW:
            return -1
        return next((i for i, u in enumerate(choices) if u.kind is UnitKind.CENTRE), -1)
    back = next((i for i, u in enumerate(choices) if u.code == deciding), -1)
    if back >= 0:
        return back
    return next((i for i, u in enumerate(choices) if u.kind is UnitKind.CITY), -1)


_NAME_IN_PREVIEW = 14  # characters of a project's name: two fit a preview's line


def _plain_amount(value: float | None) -> str:
    """An amount as it can be typed back: "12000.25", no grouping, to the millionth that
    corrections compare amounts to; "" for none."""
    return "" if value is None else f"{value:.6f}".rstrip("0").rstrip(".")


class StepDialog(AskedBeforeDiscarding):
    """Collects a step; `step()` returns it once accepted. Nothing is saved here, and
    the preview is worked out from the application as shown, with no database read.
    A reason, materials or 文号 typed are not given up without asking."""

    def __init__(
        self,
        detail: ApplicationDetail,
        action: Action,
        calendar: WorkCalendar,
        *,
        today: date,
        actor: str,
        now: datetime,
        units: Sequence[Unit] = (),
        handlers: Sequence[str] = (),
        staff: Staff | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._detail = detail
        # Where people sign in, a reassignment is to one of the holding unit's users.
        self._staff = staff
        self._calendar = calendar
        self._today, self._actor, self._now = today, actor, now
        self._action = action
        needs = _NEEDS.get(action, frozenset())
        record = detail.view.record
        name = strings.step_name_for(action, record.facts.supplement_rounds)
        self.setWindowTitle(f"{name} — {record.number}")
        self.setMinimumWidth(560)
        form = QFormLayout()
        form.addRow(self.tr("申请"), QLabel(f"{record.number}  {record.project}"))
        # The preview says why a date that is none, is before the last step or is in
        # the future cannot be taken.
        self.on = DateField(today)
        form.addRow(self.tr("办理日期"), self.on)
        self.materials = QListWidget()
        self.other_materials = QPlainTextEdit()
        self.reason = QPlainTextEdit()
        self.document_number = QLineEdit()
        self.extension_days = SpinBox()
        self.to_unit = QComboBox()
        self.to_unit.setObjectName("to_unit")
        self.handler = QComboBox()
        self.handler.setObjectName("new_handler")
        self.refer_to = QLineEdit()
        self.refer_to.setObjectName("refer_to")
        self.project = QLineEdit(record.project)
        self.project.setObjectName("project")
        self.investment = QLineEdit(_plain_amount(detail.investment))
        self.investment.setObjectName("investment")
        if Needs.CORRECTION in needs:
            self._add_correction_fields(form)
        if Needs.UNIT in needs:
            self._add_unit_picker(form, units)
        if Needs.HANDLER in needs:
            self._add_handler_picker(form, handlers if staff is None else staff.names)
        if Needs.MATERIALS in needs:
            for text in common_materials(detail.rule):
                item = QListWidgetItem(strings.material_name(str(text)))
                item.setData(Qt.ItemDataRole.UserRole, str(text))
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.materials.addItem(item)
            self.materials.itemChanged.connect(self._update_preview)
            # Each material whole, the longest English one too: the dialog widens.
            self.materials.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.materials.setMinimumWidth(
                self.materials.sizeHintForColumn(0)
                + 2 * self.materials.frameWidth()
                + self.materials.verticalScrollBar().sizeHint().width()
            )
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
        if action is Action.NOT_ACCEPT:
            self.refer_to.setPlaceholderText(self.tr("不属于本局职权范围时填写，如：省生态环境厅"))
            self.refer_to.setToolTip(
                self.tr(
                    "申请事项依法不属于本局职权范围的，填写应向其申请的行政机关：不予受理决定书"
                    "将依照《行政许可法》第三十二条第一款第（二）项告知申请人向该机关申请，"
                    "理由可不填。"
                )
            )
            self.refer_to.textChanged.connect(self._update_preview)
            form.addRow(self.tr("应向其申请的机关"), self.refer_to)
        if Needs.REASON in needs or second_supplement:
            self.reason.setFixedHeight(70)
            self.reason.textChanged.connect(self._update_preview)
            label = self.tr("再次补正的理由") if second_supplement else self.tr("理由")
            form.addRow(label, self.reason)
        if Needs.EXTENSION in needs:
            limit = detail.rule.extension_workdays
            self.extension_days.setRange(1, max(1, limit))
            self.extension_days.setValue(limit)
            spin_units.count_in(self.extension_days, spin_units.workdays)
            self.extension_days.valueChanged.connect(self._update_preview)
            form.addRow(self.tr("延长"), self.extension_days)
        self.remark = QLineEdit()
        form.addRow(self.tr("备注"), self.remark)
        self.on.dateChanged.connect(self._update_preview)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        # The room of what it will say, from the start (办理后; for 延期 both dates, for
        # 更正登记 both changes): it grew as a reason was typed, and the OK button moved
        # down under the mouse.
        lines = 3 if action in (Action.EXTEND, Action.CORRECT) else 2
        self.preview.setMinimumHeight(lines * self.preview.fontMetrics().lineSpacing())
        self.preview.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.elsewhere = QLabel()  # another desk acted meanwhile (`changed_elsewhere`)
        self.elsewhere.setWordWrap(True)
        self.elsewhere.setStyleSheet(ERROR_STYLE)
        self.elsewhere.hide()
        self.offline_note = QLabel(strings.offline_text())  # `offline`
        self.offline_note.setWordWrap(True)
        self.offline_note.setStyleSheet(CAUTION_STYLE)
        self.offline_note.hide()
        self.buttons, _ok = ok_cancel(self, name)
        self.buttons.rejected.disconnect(self.reject)
        self.buttons.rejected.connect(self.cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview)
        layout.addWidget(self.elsewhere)
        layout.addWidget(self.offline_note)
        layout.addWidget(self.buttons)
        self._update_preview()

    def typed(self) -> bool:
        texts = (self.other_materials.toPlainText(), self.reason.toPlainText())
        lines = (self.document_number, self.refer_to, self.remark)
        return (
            any(t.strip() for t in texts)
            or any(e.text().strip() for e in lines)
            or self.project.isModified()
            or self.investment.isModified()
            or any(
                self.materials.item(i).checkState() is Qt.CheckState.Checked
                for i in range(self.materials.count())
            )
        )

    def changed_elsewhere(self, stage: str) -> None:
        """Another desk saved a change to the application while this was open: said at
        once (its save would be refused as stale), and OK is no longer offered."""
        self.elsewhere.setText(
            self.tr(
                "另一台电脑刚刚办理了此申请（现为“%1”），这里的办理无法保存。请取消后查看最新情况。"
            ).replace("%1", stage)
        )
        self.elsewhere.show()
        self._update_preview()

    def offline(self) -> None:
        """Opened while the database cannot be read: said, OK still offered (the
        connection may be back by then, and a save refused says so)."""
        self.offline_note.show()

    def _add_unit_picker(self, form: QFormLayout, units: Sequence[Unit]) -> None:
        """The other active units by name, the kind in brackets where it says more than
        the name; the usual one chosen. The deciding and the current unit above it."""
        record = self._detail.view.record
        at = record.held_by
        names = {u.code: u.name for u in units}
        holder = next((u for u in units if u.code == at), None)
        choices = [u for u in units if u.active and u.code != at]
        if record.unit:
            form.addRow(self.tr("审批单位"), QLabel(names.get(record.unit, record.unit)))
        if holder is not None:
            form.addRow(self.tr("所在单位"), QLabel(holder.name))
        for unit in choices:
            self.to_unit.addItem(self._unit_text(unit), unit.code)
        self.to_unit.setCurrentIndex(
            _suggested_unit(choices, holder, record.unit, record.facts.stage)
        )
        self.to_unit.setPlaceholderText(self.tr("请选择单位"))
        self.to_unit.currentIndexChanged.connect(self._update_preview)
        form.addRow(self.tr("转至"), self.to_unit)

    def _add_correction_fields(self, form: QFormLayout) -> None:
        """The project's name and investment as registered, to be put right."""
        self.project.setToolTip(
            self.tr("改正登记时录错的项目名称；原名称和更正人记入办理过程，可撤销。")
        )
        self.project.textChanged.connect(self._update_preview)
        form.addRow(self.tr("项目名称"), self.project)
        self.investment.setPlaceholderText(self.tr("万元，可不填"))
        self.investment.textChanged.connect(self._update_preview)
        form.addRow(self.tr("总投资（万元）"), self.investment)

    def _unit_text(self, unit: Unit) -> str:
        """ "东城分局（区县分局）"; "市局", not "市局（市局）"."""
        kind = strings.unit_kind_name(unit.kind)
        if kind == unit.name:
            return unit.name
        return self.tr("%1（%2）").replace("%1", unit.name).replace("%2", kind)

    def _add_handler_picker(self, form: QFormLayout, handlers: Sequence[str]) -> None:
        """`handlers` but the present one; another name can be typed (where people sign
        in, the preview refuses one who is not among them)."""
        current = self._detail.view.record.handler
        form.addRow(self.tr("现承办人"), QLabel(current))
        self.handler.setEditable(True)
        others = [h for h in in_pinyin_order(handlers) if not same_person(h, current)]
        self.handler.addItems(others)
        self.handler.setCurrentIndex(-1)
        self.handler.setEditText("")
        edit = self.handler.lineEdit()
        assert edit is not None  # editable
        edit.setPlaceholderText(self.tr("选择或输入承办人"))
        self.handler.editTextChanged.connect(self._update_preview)
        form.addRow(self.tr("改派给"), self.handler)

    def refill(self, step: Step) -> None:
        """A decision's fields as filled in before: back from a question about them."""
        if step.on is not None:
            self.on.setDate(step.on)
        self.document_number.setText(step.document_number)
        self.refer_to.setText(step.refer_to)
        self.reason.setPlainText(step.reason)
        self.remark.setText(step.remark)

    def step(self) -> Step:
        """The step as filled in; DomainError (INVALID_DATE) while its date is none."""
        checked = [
            str(self.materials.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.materials.count())
            if self.materials.item(i).checkState() == Qt.CheckState.Checked
        ]
        others = [line.strip() for line in self.other_materials.toPlainText().splitlines()]
        correcting = self._action is Action.CORRECT
        return Step(
            self._action,
            self.on.day(),
            self.remark.text(),
            tuple(checked + [o for o in others if o]),
            self.reason.toPlainText(),
            self.document_number.text(),
            self.extension_days.value() if Needs.EXTENSION in _NEEDS.get(self._action, ()) else 0,
            to_unit=str(self.to_unit.currentData() or ""),
            handler=self.handler.currentText(),
            refer_to=self.refer_to.text(),
            project=self.project.text() if correcting else "",
            # As shown, to the millionth the domain compares amounts to: unchanged, it
            # corrects nothing.
            investment=self.investment.text() if correcting else None,
        )

    def _missing_text(self, exc: DomainError) -> str:
        """What is still to fill in, said for this dialog's own fields."""
        if exc.code is ErrorCode.REQUIRED_FIELD and exc.params.get("field") == "unit":
            return self.tr("请选择要转至的单位。")
        if exc.code is ErrorCode.REQUIRED_FIELD and exc.params.get("field") == "handler":
            staff, current = self._staff, self._detail.view.record.handler
            if staff is not None and not staff.besides(current):
                return self.tr(
                    "%1没有其他在岗用户可以接办。请管理员先在“单位与用户”中为%1添加用户。"
                ).replace("%1", staff.unit_name)
            return self.tr("请选择或输入新的承办人。")
        if exc.code is ErrorCode.REQUIRED_FIELD and exc.params.get("field") == "project":
            return self.tr("请填写项目名称。")
        if exc.code is ErrorCode.REQUIRED_FIELD and exc.params.get("field") == "investment":
            return self.tr("更正不能把总投资改为空；总投资无需更正时，请保留原数。")
        if exc.code is ErrorCode.NOTHING_CORRECTED:
            return self.tr("请改正上面的项目名称或总投资。")
        return strings.error_text(exc)

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
                staff=self._staff,
            )
        except DomainError as exc:
            # Something still to fill in is a hint, not an error; the rest is a refusal.
            hint = exc.code in _STILL_TO_FILL
            self.preview.setStyleSheet(HINT_STYLE if hint else ERROR_STYLE)
            self.preview.setText(self._missing_text(exc))
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
            if clock.promised_due is not None:  # the countdown shown may not move at all
                lines.append(
                    self.tr("承诺期限不变（%1）：延期只延长法定期限。").replace(
                        "%1", clock.promised_due.isoformat()
                    )
                )
        # A line each, the names cut short: the whole ones are in the fields above.
        lines += strings.correction_notes(preview.event, longest=_NAME_IN_PREVIEW)
        lines += [strings.caution_text(c, self._detail.view.clock) for c in preview.cautions]
        self.preview.setStyleSheet(CAUTION_STYLE if preview.cautions else "")
        self.preview.setText("\n".join(lines))
        ok.setEnabled(self.elsewhere.isHidden())
