"""Log or edit one enterprise's visit on a service day: who, how, what was raised,
what was agreed, who follows up by when, and whether it is resolved."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from approvals_gui.domain.applications import EnterpriseEntry
from approvals_gui.domain.credit_code import normalize
from approvals_gui.domain.errors import DomainError, ErrorCode
from approvals_gui.domain.service_days import (
    FollowUpStatus,
    Matter,
    MatterType,
    Mode,
    Visit,
    VisitForm,
    visit_problems,
)
from approvals_gui.domain.text import person_name
from approvals_gui.services.changes import Reference
from approvals_gui.ui import strings
from approvals_gui.ui.collation import in_pinyin_order
from approvals_gui.ui.date_field import DateField
from approvals_gui.ui.dialogs.form_problems import HeldWhileSaving
from approvals_gui.ui.enterprise_pick import offer_enterprises
from approvals_gui.ui.labels import ERROR_STYLE, plain_label


class VisitDialog(HeldWhileSaving):
    """Collects a visit; the service checks it again when it is saved.

    `submitted(form, visit_id or None, version)` asks for the save; whoever saves calls
    `accept()` once it is in, or `show_failure(text)`. `applications_wanted(enterprise_id)`
    asks for an enterprise's applications, to link matters to; they arrive through
    `set_applications`.
    """

    submitted = Signal(object, object, int)
    applications_wanted = Signal(int)

    def __init__(
        self,
        reference: Reference,
        *,
        actor: str,
        today: date,
        day: date,
        existing: Visit | None = None,
        applications: dict[int, list[tuple[int, str]]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._calendar = reference.calendar
        self._actor, self._today = actor, today
        self._existing = existing
        self._enterprises = reference.enterprises
        self._by_code = {e.credit_code: e for e in reference.enterprises}
        self._applications = dict(applications or {})  # enterprise id → pick-list entries
        self.setWindowTitle(self.tr("编辑服务记录") if existing else self.tr("新增服务记录"))
        self.setMinimumWidth(820)
        self._build(reference.handlers, day)
        if existing is not None:
            self._show(existing.form)

    def _build(self, handlers: tuple[str, ...], day: date) -> None:
        today = self._today
        self.day = self._date_edit(day)  # no range: see _date_edit
        self.enterprise_name = QLineEdit(self)
        offer_enterprises(self.enterprise_name, self._enterprises, self._enterprise_picked)
        self.credit_code = QLineEdit(self)
        self.credit_code.setPlaceholderText(self.tr("18位；目录中已有的企业会自动填入"))
        self.credit_code.textChanged.connect(self._code_changed)
        self.come_in = QRadioButton(self.tr("请进来"), self)
        self.visit = QRadioButton(self.tr("走出去"), self)
        self.come_in.setChecked(True)
        modes = QButtonGroup(self)
        modes.addButton(self.come_in)
        modes.addButton(self.visit)
        self.place = QLineEdit(self)
        self.staff = QLineEdit(self)
        self.staff.setPlaceholderText(self.tr("参加人员，以顿号分隔"))
        self.matters = QTableWidget(0, 3, self)
        self.matters.setHorizontalHeaderLabels(
            [self.tr("类型"), self.tr("反映的问题"), self.tr("关联申请")]
        )
        header = self.matters.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # The kinds whole ("EIA consultation" in English); the application keeps its
        # default width, which holds "（不关联）" and elides an application's long name.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.matters.setMinimumHeight(120)
        self.add_matter_button = QPushButton(self.tr("添加事项"), self)
        self.remove_matter_button = QPushButton(self.tr("删除事项"), self)
        self.add_matter_button.clicked.connect(lambda: self.add_matter())
        self.remove_matter_button.clicked.connect(self._remove_matter)
        self.measures = QPlainTextEdit(self)
        self.measures.setMaximumHeight(60)
        self.follow_up = QCheckBox(self.tr("需要跟进"), self)
        self.owner = QComboBox(self)
        self.owner.setEditable(True)
        actor = person_name(self._actor)  # a desk named "张 三" is the handler 张三
        self.owner.addItems(in_pinyin_order([*handlers, actor]))
        self.owner.setCurrentText(actor)
        self.due = self._date_edit(self._calendar.add_workdays(max(day, today), 10))
        self.resolved = QCheckBox(self.tr("已解决"), self)
        self.resolved_on = self._date_edit(today)
        self.resolution = QLineEdit(self)
        self.resolution.setPlaceholderText(self.tr("如何解决"))
        self.failure = plain_label(parent=self)
        self.failure.setWordWrap(True)
        self.failure.setStyleSheet(ERROR_STYLE)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("保存"))
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self.follow_up.toggled.connect(self._update_enabled)
        self.resolved.toggled.connect(self._update_enabled)
        self._lay_out()
        self.add_matter()
        self._update_enabled()

    def _date_edit(self, day: date) -> DateField:
        """A date that is none, in the future or outside the calendar is refused with a
        message on saving."""
        return DateField(day, self)

    def _lay_out(self) -> None:
        names = self._field_names()
        form = QFormLayout()
        form.addRow(f"{names['day']} *", self.day)
        form.addRow(f"{names['enterprise_name']} *", self.enterprise_name)
        form.addRow(f"{names['credit_code']} *", self.credit_code)
        modes = QHBoxLayout()
        modes.addWidget(self.come_in)
        modes.addWidget(self.visit)
        modes.addStretch(1)
        form.addRow(self.tr("方式"), modes)
        form.addRow(self.tr("地点"), self.place)
        form.addRow(f"{names['staff']} *", self.staff)
        matter_buttons = QHBoxLayout()
        matter_buttons.addStretch(1)
        matter_buttons.addWidget(self.add_matter_button)
        matter_buttons.addWidget(self.remove_matter_button)
        follow = QHBoxLayout()
        follow.addWidget(self.follow_up)
        follow.addWidget(QLabel(self.tr("责任人"), self))
        follow.addWidget(self.owner, 1)
        follow.addWidget(QLabel(self.tr("期限"), self))
        follow.addWidget(self.due)
        resolved = QHBoxLayout()
        resolved.addWidget(self.resolved)
        resolved.addWidget(self.resolved_on)
        resolved.addWidget(QLabel(names["resolution"], self))
        resolved.addWidget(self.resolution, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("反映事项 *（至少一项）"), self))
        layout.addWidget(self.matters)
        layout.addLayout(matter_buttons)
        layout.addWidget(QLabel(self.tr("解决措施"), self))
        layout.addWidget(self.measures)
        layout.addLayout(follow)
        layout.addLayout(resolved)
        layout.addWidget(QLabel(self.tr("带 * 的为必填项"), self))
        layout.addWidget(self.failure)
        layout.addWidget(self.buttons)

    # -- enterprise ---------------------------------------------------------------------

    def _enterprise_picked(self, entry: EnterpriseEntry) -> None:
        self.credit_code.setText(entry.credit_code)

    def _code_changed(self) -> None:
        """A code from the directory names the enterprise; its applications can be linked."""
        entry = self._known()
        if entry is not None and self.enterprise_name.text().strip() != entry.name:
            self.enterprise_name.setText(entry.name)
        choices = self._choices(entry)
        for row in range(self.matters.rowCount()):
            self._fill_applications(self._application_combo(row), choices)

    def _choices(self, entry: EnterpriseEntry | None) -> list[tuple[int, str]]:
        """The enterprise's applications if they are here; otherwise ask for them."""
        if entry is None:
            return []
        if entry.id not in self._applications:
            self.applications_wanted.emit(entry.id)
        return self._applications.get(entry.id, [])

    def set_applications(self, enterprise_id: int, choices: list[tuple[int, str]]) -> None:
        self._applications[enterprise_id] = choices
        entry = self._known()
        if entry is not None and entry.id == enterprise_id:
            for row in range(self.matters.rowCount()):
                self._fill_applications(self._application_combo(row), choices)

    def _known(self) -> EnterpriseEntry | None:
        return self._by_code.get(normalize(self.credit_code.text()))

    # -- matters ------------------------------------------------------------------------

    def add_matter(self, matter: Matter | None = None) -> None:
        row = self.matters.rowCount()
        self.matters.insertRow(row)
        kind = QComboBox(self.matters)
        for t in MatterType:
            kind.addItem(strings.matter_name(t), t.value)
        if matter is not None:
            kind.setCurrentIndex(kind.findData(matter.kind.value))
        self.matters.setCellWidget(row, 0, kind)
        self.matters.setItem(row, 1, QTableWidgetItem(matter.description if matter else ""))
        linked = QComboBox(self.matters)
        self._fill_applications(linked, self._choices(self._known()))
        if matter is not None and matter.application_id is not None:
            linked.setCurrentIndex(max(0, linked.findData(matter.application_id)))
        self.matters.setCellWidget(row, 2, linked)

    def _fill_applications(self, combo: QComboBox, choices: list[tuple[int, str]]) -> None:
        current = combo.currentData()
        combo.clear()
        combo.addItem(self.tr("（不关联）"), None)
        for app_id, text in choices:
            combo.addItem(text, app_id)
        combo.setCurrentIndex(max(0, combo.findData(current)))

    def _application_combo(self, row: int) -> QComboBox:
        widget = self.matters.cellWidget(row, 2)
        assert isinstance(widget, QComboBox)
        return widget

    def _remove_matter(self) -> None:
        row = self.matters.currentRow()
        if row >= 0:
            self.matters.removeRow(row)

    def _matters(self) -> tuple[Matter, ...]:
        found = []
        for row in range(self.matters.rowCount()):
            kind = self.matters.cellWidget(row, 0)
            assert isinstance(kind, QComboBox)
            item = self.matters.item(row, 1)
            found.append(
                Matter(
                    MatterType(kind.currentData()),
                    item.text() if item is not None else "",
                    self._application_combo(row).currentData(),
                )
            )
        return tuple(found)

    # -- the form -----------------------------------------------------------------------

    def _update_enabled(self) -> None:
        following = self.follow_up.isChecked()
        done = following and self.resolved.isChecked()
        widgets: tuple[tuple[QWidget, bool], ...] = (
            (self.owner, following),
            (self.due, following),
            (self.resolved, following),
            (self.resolved_on, done),
            (self.resolution, done),
        )
        for widget, enabled in widgets:
            widget.setEnabled(enabled)

    def _show(self, form: VisitForm) -> None:
        self.day.setDate(form.day)
        self.enterprise_name.setText(form.enterprise_name)
        self.credit_code.setText(form.credit_code)
        (self.come_in if form.mode is Mode.COME_IN else self.visit).setChecked(True)
        self.place.setText(form.place)
        self.staff.setText(form.staff)
        self.matters.setRowCount(0)
        for matter in form.matters:
            self.add_matter(matter)
        self.measures.setPlainText(form.measures)
        self.follow_up.setChecked(form.due_on is not None)
        if form.owner:
            self.owner.setCurrentText(form.owner)
        if form.due_on is not None:
            self.due.setDate(form.due_on)
        self.resolved.setChecked(form.status is FollowUpStatus.RESOLVED)
        if form.resolved_on is not None:
            self.resolved_on.setDate(form.resolved_on)
        self.resolution.setText(form.resolution)

    def form(self) -> VisitForm:
        """The visit as filled in; DomainError (INVALID_DATE) if a date it takes is none
        (`_typed_problems`)."""
        entry = self._known()
        following = self.follow_up.isChecked()
        resolved = following and self.resolved.isChecked()
        return VisitForm(
            self.day.day(),
            entry.id if entry is not None else None,
            self.enterprise_name.text().strip(),
            self.credit_code.text(),
            Mode.COME_IN if self.come_in.isChecked() else Mode.VISIT,
            self.place.text(),
            self.staff.text(),
            self._matters(),
            self.measures.toPlainText(),
            self.owner.currentText().strip() if following else "",
            self.due.day() if following else None,
            FollowUpStatus.RESOLVED if resolved else FollowUpStatus.OPEN,
            self.resolved_on.day() if resolved else None,
            self.resolution.text() if resolved else "",
        )

    def _save(self) -> None:
        if self._busy:
            return
        problems = self._typed_problems()
        if not problems:
            form = self.form()
            problems = visit_problems(form, self._today)
        if problems:
            self.failure.setText(self._describe(problems))
            return
        self.failure.clear()
        self.set_busy(True)
        existing = self._existing
        self.submitted.emit(
            form, existing.id if existing else None, existing.version if existing else 0
        )

    def _typed_problems(self) -> dict[str, DomainError]:
        """The dates the form takes whose text is no date, by field."""
        following = self.follow_up.isChecked()
        fields = {"day": self.day}
        if following:
            fields["due_on"] = self.due
        if following and self.resolved.isChecked():
            fields["resolved_on"] = self.resolved_on
        return {name: p for name, field in fields.items() if (p := field.problem()) is not None}

    def _field_names(self) -> dict[str, str]:
        """The fields as the form labels them and its problems name them."""
        return {
            "enterprise_name": self.tr("企业名称"),
            "credit_code": self.tr("统一社会信用代码"),
            "place": self.tr("地点"),
            "staff": self.tr("参加人员"),
            "day": self.tr("服务日期"),
            "matters": self.tr("反映事项"),
            "measures": self.tr("解决措施"),
            "due_on": self.tr("跟进期限"),
            "owner": self.tr("责任人"),
            "resolved_on": self.tr("解决日期"),
            "resolution": self.tr("办理情况"),
        }

    def _describe(self, problems: dict[str, DomainError]) -> str:
        names = self._field_names()

        def said(field: str, error: DomainError) -> str:
            if error.code is ErrorCode.END_BEFORE_START:  # a follow-up's dates: the visit's on
                return self.tr("%1不能早于服务日期。").replace("%1", names[field])
            return strings.field_problem(names.get(field, field), error)

        return "\n".join(said(field, error) for field, error in problems.items())
