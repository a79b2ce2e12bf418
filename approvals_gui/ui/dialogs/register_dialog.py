"""Register a new application (收件登记): validated as you type; the form goes to the
worker only once it is valid, and the dialog stays open until it is saved."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from approvals_gui.domain.applications import (
    EnterpriseEntry,
    NewApplication,
    field_problems,
    parse_investment,
)
from approvals_gui.domain.credit_code import normalize
from approvals_gui.domain.errors import DomainError
from approvals_gui.domain.units import (
    Assignment,
    UnitKind,
    Why,
    deciding_unit,
    district_problem,
)
from approvals_gui.services.changes import Reference
from approvals_gui.ui import strings
from approvals_gui.ui.collation import in_pinyin_order
from approvals_gui.ui.completer import SearchCompleter
from approvals_gui.ui.date_field import DateField
from approvals_gui.ui.dialogs.form_problems import FieldErrors, SavingForm, blocking_text
from approvals_gui.ui.enterprise_pick import DistrictFill, offer_enterprises
from approvals_gui.ui.labels import CAUTION_STYLE, ERROR_STYLE, plain_label

REQUIRED = ("project", "enterprise_name", "credit_code", "category", "handler")  # marked *


KNOWN_STYLE = "color: #1b5e20;"  # an enterprise found in the directory


class RegisterDialog(SavingForm):
    """Enter saves, Esc cancels; each field's problem is shown beside it.

    `submitted(form)` asks for the save; whoever saves calls `accept()` once it is in,
    or `show_failure(text)` and the form stays as typed.
    """

    submitted = Signal(object)  # NewApplication

    def __init__(
        self, reference: Reference, actor: str, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._rules = reference.rules
        self._reference = reference
        self._actor, self._today = actor, today
        # Where people sign in, the 承办人 is one of the signed-in user's unit's users.
        user = reference.user
        self._staff = None if user is None else reference.staff_at(user.unit)
        self._by_code = {e.credit_code: e for e in reference.enterprises}
        self._touched: set[str] = set()
        # The name typed before a registered credit code replaced it, to say so.
        self._replaced_name = ""
        self.setWindowTitle(self.tr("收件登记"))
        self.setMinimumWidth(860)  # room for a whole error message beside each field
        # The unit's people where they sign in; else every name known, the desk's own too.
        staff = self._staff
        self._build((*reference.handlers, actor) if staff is None else staff.names)
        self._validate()

    def _build(self, handlers: tuple[str, ...]) -> None:
        self.project = QLineEdit()
        self.enterprise_name = QLineEdit()
        offer_enterprises(
            self.enterprise_name, self._reference.enterprises, self._enterprise_picked
        )
        self.credit_code = QLineEdit()
        self.credit_code.setPlaceholderText(self.tr("18位，如 91350100M000100Y43"))
        self.category = QComboBox()
        # None chosen at first: the category sets the time limits, and a default one
        # (the first in the list) was too easily saved unread.
        self.category.addItem(self.tr("（请选择）"), "")
        for rule in self._rules.values():
            self.category.addItem(strings.category_name(rule.category, rule.name), rule.category)
        self.handler = QComboBox()
        self.handler.setEditable(True)
        self.handler.addItems(in_pinyin_order(handlers))
        self.handler.setCurrentText(self._actor)
        # A date that is no date, in the future or outside the calendar is refused
        # beside the field.
        self.received = DateField(self._today)
        self.district = QLineEdit()
        self._district_fill = DistrictFill(self.district)
        branches = (u for u in self._reference.units if u.kind is UnitKind.BRANCH and u.active)
        districts = sorted({u.district for u in branches if u.district})
        self.district.setCompleter(SearchCompleter(districts, self))  # "城东": "城东区"
        self.investment = QLineEdit()
        self.investment.setPlaceholderText(self.tr("万元，可不填"))
        self.remark = QLineEdit()
        self.deciding = plain_label()
        self.deciding.setObjectName("deciding_unit")
        self.deciding.setWordWrap(True)
        self.enterprise_hint = plain_label()
        self.enterprise_hint.setWordWrap(True)
        form = QFormLayout()
        self.fields = FieldErrors(form)
        self.errors = self.fields.labels
        rows = [
            ("project", self.tr("项目名称"), self.project),
            ("enterprise_name", self.tr("建设单位"), self.enterprise_name),
            ("credit_code", self.tr("统一社会信用代码"), self.credit_code),
            ("category", self.tr("审批类别"), self.category),
            ("handler", self.tr("承办人"), self.handler),
            ("received_on", self.tr("收件日期"), self.received),
            ("district", self.tr("所在区县"), self.district),
            ("investment", self.tr("总投资（万元）"), self.investment),
            ("remark", self.tr("备注"), self.remark),
        ]
        self._labels = {key: label for key, label, _widget in rows}
        # Starred while the category needs it (a delegated one): see _show_deciding_unit.
        self.district_label = plain_label(self._labels["district"])
        for key, label, widget in rows:
            marked = f"{label} *" if key in REQUIRED else label
            if key == "district":
                self.fields.add_row(key, self.district_label, widget)
                form.addRow(self.tr("审批单位"), self.deciding)
            else:
                self.fields.add_row(key, marked, widget)
        form.addRow("", self.enterprise_hint)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.cancel)
        self.missing = plain_label()  # while 保存 is disabled: what keeps it so
        self.missing.setObjectName("missing_fields")
        self.missing.setStyleSheet(CAUTION_STYLE)
        self.missing.setWordWrap(True)
        self.failure = plain_label()
        self.failure.setStyleSheet(ERROR_STYLE)
        self.failure.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)  # the room a problem no longer takes, under the form
        layout.addWidget(plain_label(self.tr("带 * 的为必填项")))
        layout.addWidget(self.missing)
        layout.addWidget(self.failure)
        layout.addWidget(self.buttons)
        for key, widget in (
            ("project", self.project),
            ("enterprise_name", self.enterprise_name),
            ("credit_code", self.credit_code),
            ("investment", self.investment),
            ("district", self.district),
        ):
            widget.textEdited.connect(lambda _text, k=key: self._edited(k))
        self.handler.editTextChanged.connect(lambda _t: self._edited("handler"))
        self.received.dateChanged.connect(lambda _d: self._edited("received_on"))
        self.category.currentIndexChanged.connect(lambda _i: self._edited("category"))
        self.credit_code.textEdited.connect(self._code_typed)
        self.category.currentIndexChanged.connect(self._show_deciding_unit)
        self.district.textChanged.connect(self._show_deciding_unit)
        # Whoever fills it (typing, an enterprise picked), the district may be required.
        self.district.textChanged.connect(lambda _t: self._validate())
        self._show_deciding_unit()

    # -- who decides ------------------------------------------------------------------------

    def _show_deciding_unit(self) -> None:
        """The unit the 审批权限 table gives the application as typed, and why: 待定 while
        a delegated category has no district yet; a fallback to the city bureau for a
        district with no branch in the caution colour."""
        ref = self._reference
        code = str(self.category.currentData())
        if not code:  # none chosen yet: who decides follows from the category
            self.district_label.setText(self._labels["district"])
            self.deciding.setStyleSheet("")
            self._show_deciding(self.tr("待定"), self.tr("请先选择审批类别"))
            return
        district = self.district.text().strip()
        rule = self._rules.get(code)
        needed = district_problem(code, rule.name if rule else code, "", ref.authorities)
        self.district_label.setText(self._labels["district"] + (" *" if needed else ""))
        try:
            found = deciding_unit(code, district, ref.authorities, ref.units)
        except DomainError as exc:  # no active city bureau: the admin must set the units
            self.deciding.setStyleSheet(ERROR_STYLE)
            self.deciding.setText(strings.error_text(exc))
            return
        fallback = found.why is Why.NO_BRANCH and bool(district)
        self.deciding.setStyleSheet(CAUTION_STYLE if fallback else "")
        if found.why is Why.NO_BRANCH and not district:
            name = self.tr("待定")
        else:
            name = ref.unit_names().get(found.unit, found.unit)
        self._show_deciding(name, self._why_text(found, code))

    def _show_deciding(self, unit: str, why: str) -> None:
        self.deciding.setText(self.tr("%1（%2）").replace("%1", unit).replace("%2", why))

    def _why_text(self, found: Assignment, category: str) -> str:
        rule = self._rules.get(category)
        category_name = strings.category_name(category, rule.name if rule else category)
        if found.why is Why.DELEGATED:
            why = self.tr("%1已下放属地分局审批").replace("%1", category_name)
        elif found.why is Why.CITY_BY_TABLE:
            why = self.tr("该类别由市局审批")
        elif found.why is Why.NO_BRANCH and not self.district.text().strip():
            why = self.tr("该类别下放属地分局审批，请填写所在区县")
        elif found.why is Why.NO_BRANCH:
            # The district named: a slip ("城东区5000") reads as one here.
            why = self.tr("该类别下放属地分局，但“%1”没有分局").replace(
                "%1", self.district.text().strip()
            )
        else:
            why = self.tr("审批权限表未列该类别")
        if found.basis:
            why = self.tr("%1；依据：%2").replace("%1", why).replace("%2", found.basis)
        return why

    # -- enterprise pick ----------------------------------------------------------------

    def _enterprise_picked(self, entry: EnterpriseEntry) -> None:
        self.credit_code.setText(entry.credit_code)
        self._district_fill.fill(entry.district)
        self._touched.update({"enterprise_name", "credit_code"})
        self._validate()

    def _code_typed(self, text: str) -> None:
        entry = self._by_code.get(normalize(text))
        self._replaced_name = ""
        if entry is not None:
            typed = self.enterprise_name.text().strip()
            if typed and typed != entry.name:  # the directory's name is the one saved
                self._replaced_name = typed
            self.enterprise_name.setText(entry.name)
            self._district_fill.fill(entry.district)
            self._touched.add("enterprise_name")
        self._validate()

    # -- validation -----------------------------------------------------------------------

    def _edited(self, key: str) -> None:
        self._touched.add(key)
        self._validate()

    def _read(self) -> tuple[NewApplication, DomainError | None]:
        """What is typed now, as the domain's input, and a problem with the number."""
        try:
            investment, number_problem = parse_investment(self.investment.text()), None
        except DomainError as exc:
            investment, number_problem = None, exc
        form = NewApplication(
            project=self.project.text(),
            enterprise_name=self.enterprise_name.text(),
            credit_code=self.credit_code.text(),
            category=str(self.category.currentData()),
            handler=self.handler.currentText(),
            # What is no date is said beside the field (`problems`); the form meanwhile
            # carries a date that passes, so that it says nothing more of it.
            received_on=self._today if self.received.problem() else self.received.day(),
            district=self.district.text(),
            investment=investment,
            remark=self.remark.text(),
        )
        return form, number_problem

    def problems(self) -> dict[str, DomainError]:
        form, number_problem = self._read()
        ref = self._reference
        problems = field_problems(form, self._today, self._rules, ref.authorities, self._staff)
        if number_problem is not None:
            problems["investment"] = number_problem
        if (typed := self.received.problem()) is not None:
            problems["received_on"] = typed
        return problems

    def _validate(self, show_all: bool = False) -> bool:
        problems = self.problems()
        for key in self.errors:
            shown = key in problems and (show_all or key in self._touched)
            self.fields.say(key, strings.error_text(problems[key]) if shown else "")
        code = normalize(self.credit_code.text())
        known = self._by_code.get(code)
        hint = self.tr("已登记企业：%1").replace("%1", known.name) if known else ""
        if known is not None and self._replaced_name:
            hint = (
                self.tr(
                    "此信用代码已登记为“%1”，单位名称已改为登记的名称（原填“%2”）；如信用代码有误，请更正。"
                )
                .replace("%1", known.name)
                .replace("%2", self._replaced_name)
            )
        self.enterprise_hint.setText(hint)
        style = CAUTION_STYLE if self._replaced_name else KNOWN_STYLE
        if self.enterprise_hint.styleSheet() != style:  # set, it re-polishes at every keystroke
            self.enterprise_hint.setStyleSheet(style)
        return self._show_blocking(problems, self._blocking_text(problems))

    def _blocking_text(self, problems: dict[str, DomainError]) -> str:
        form = self._read()[0]
        # The district is required only where it decides who decides (a delegated category).
        needed = (*REQUIRED, "district") if "district" in problems else REQUIRED
        empty = [k for k in needed if not str(getattr(form, k)).strip()]
        # In the form's order, as the clerk goes down it (the date's came last).
        empty = self.fields.in_order(empty)
        wrong = [self._labels.get(k, k) for k in self.fields.in_order(problems) if k not in empty]
        return blocking_text([self._labels[k] for k in empty], wrong)

    def save(self) -> None:
        if self._start_saving():
            self.submitted.emit(self._read()[0])
