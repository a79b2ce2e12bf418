"""The enterprise directory: find, edit, and see one enterprise's applications and
service-day history on one page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from approvals_gui.domain.enterprises import EnterpriseForm, enterprise_problems
from approvals_gui.domain.hotline.labels import CASE_STATUS_NAMES
from approvals_gui.domain.search import has_words, search_words
from approvals_gui.domain.text import searchable
from approvals_gui.services.directory import EnterprisePage
from approvals_gui.ui import strings
from approvals_gui.ui.labels import ERROR_STYLE, discard_edits, plain_label
from approvals_gui.ui.row_tables import make_table


class EnterprisesPage(QWidget):
    """Emits `enterprise_selected(id)`, `save_requested(id or None, form)` and
    `application_requested(id)` (double-click on one of its applications)."""

    enterprise_selected = Signal(int)
    save_requested = Signal(object, object)
    application_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[int, EnterpriseForm]] = []
        self._editing: int | None = None
        self._loaded: EnterpriseForm | None = None  # the enterprise as shown, to edit
        self._latest: EnterpriseForm | None = None  # saved elsewhere meanwhile: for 还原
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("搜索企业名称或统一社会信用代码"))
        self.new_button = QPushButton(self.tr("新增企业"))
        self.table = make_table(
            [self.tr("企业名称"), self.tr("统一社会信用代码"), self.tr("区县")], 0
        )
        self.name = QLineEdit()
        self.credit_code = QLineEdit()
        self.district = QLineEdit()
        self.contact = QLineEdit()
        self.phone = QLineEdit()
        self.problem = plain_label()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(ERROR_STYLE)
        self.save_button = QPushButton(self.tr("保存"))
        self.revert_button = QPushButton(self.tr("还原"))
        # Until an enterprise is picked the form adds one, and says so.
        self.form_box = QGroupBox(self.tr("新增企业"))
        self.applications = make_table(
            [self.tr("编号"), self.tr("项目名称"), self.tr("环节"), self.tr("时限")], 1
        )
        self.visits = make_table(
            [self.tr("服务日"), self.tr("方式"), self.tr("反映事项"), self.tr("跟进")], 2
        )
        self.cases = make_table(
            [self.tr("编号"), self.tr("收到"), self.tr("举报内容"), self.tr("状态")], 2
        )
        self.tabs = QTabWidget()
        self.tabs.addTab(self.applications, self.tr("审批申请"))
        self.tabs.addTab(self.visits, self.tr("企业服务日记录"))
        self.tabs.addTab(self.cases, self.tr("12369 举报"))
        self._layout()
        self.search.textChanged.connect(self._filter)
        self.table.itemSelectionChanged.connect(self._selected)
        self.new_button.clicked.connect(self.start_new)
        self.save_button.clicked.connect(self._save)
        self.revert_button.clicked.connect(self._revert)
        self.applications.doubleClicked.connect(self._open_application)

    def _layout(self) -> None:
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.new_button)
        column.addLayout(bar)
        column.addWidget(self.table, 1)
        form = self._form = QFormLayout(self.form_box)
        form.addRow(self.tr("企业名称"), self.name)
        form.addRow(self.tr("统一社会信用代码"), self.credit_code)
        form.addRow(self.tr("区县"), self.district)
        form.addRow(self.tr("联系人"), self.contact)
        form.addRow(self.tr("联系电话"), self.phone)
        form.addRow(self.problem)  # the whole width: a refusal may take three lines
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        form.addRow(buttons)
        right = QWidget()
        details = QVBoxLayout(right)
        details.setContentsMargins(0, 0, 0, 0)
        details.addWidget(self.form_box)
        details.addWidget(self.tabs, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)

    def set_directory(self, rows: list[tuple[int, EnterpriseForm]]) -> None:
        selected = self.selected_id()
        self._rows = rows
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        for row, (enterprise_id, form) in enumerate(rows):
            for column, text in enumerate((form.name, form.credit_code, form.district)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, enterprise_id)
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        self._filter()
        if selected is not None:
            self.select(selected)

    def _filter(self) -> None:
        words = search_words(self.search.text())
        for row, (_id, form) in enumerate(self._rows):
            haystack = searchable(f"{form.name} {form.credit_code}")
            self.table.setRowHidden(row, not has_words(haystack, words))

    def select(self, enterprise_id: int) -> None:
        for row, (found, _form) in enumerate(self._rows):
            if found == enterprise_id:
                self.table.selectRow(row)
                return

    def selected_id(self) -> int | None:
        items = self.table.selectedItems()
        return int(items[0].data(Qt.ItemDataRole.UserRole)) if items else None

    def _selected(self) -> None:
        enterprise_id = self.selected_id()
        if enterprise_id is None or enterprise_id == self._editing:
            return
        if self._edited() and not discard_edits(self):
            with QSignalBlocker(self.table):  # the edited one stays picked
                self.table.clearSelection()
                if self._editing is not None:
                    self.select(self._editing)
            return
        self.enterprise_selected.emit(enterprise_id)

    def start_new(self) -> None:
        if self._edited() and not discard_edits(self):
            return
        self.table.clearSelection()
        self._editing = None
        self._show_form(None)
        self.applications.setRowCount(0)
        self.visits.setRowCount(0)
        self.cases.setRowCount(0)
        self.name.setFocus()

    def show_page(self, page: EnterprisePage) -> None:
        """An enterprise's page as read. An edit of it not saved yet is never replaced:
        when it was changed under the edit (another desk's save), that is said, and 还原
        shows the latest (the save would be refused); the lists beside it follow."""
        if page.id != self._editing or not self._edited() or page.form == self.form():
            self._editing = page.id  # nothing edited, or stored as the form has it
            self._show_form(page.form)
        elif page.form != self._loaded:
            self._latest = page.form
            self.problem.setText(
                self.tr(
                    "另一台电脑刚修改并保存了此企业的信息；您在此处的修改尚未保存，"
                    "保存时会被拒绝。点“还原”查看最新的信息后再修改。"
                )
            )
        self._fill(
            self.applications,
            [
                (
                    v.record.id,
                    (
                        v.record.number,
                        v.record.project,
                        strings.stage_name(v.record.facts.stage),
                        strings.countdown_text(v.clock),
                    ),
                )
                for v in page.applications
            ],
        )
        self._fill(
            self.visits,
            [
                (
                    v.visit.id,
                    (
                        v.visit.form.day.isoformat(),
                        strings.mode_name(v.visit.form.mode),
                        "；".join(m.description for m in v.visit.form.matters),
                        strings.follow_up_name(v.clock.state),
                    ),
                )
                for v in page.visits
            ],
        )
        self.tabs.setTabText(
            0, self.tr("审批申请（%1）").replace("%1", str(len(page.applications)))
        )
        self.tabs.setTabText(
            1, self.tr("企业服务日记录（%1）").replace("%1", str(len(page.visits)))
        )
        self._fill(
            self.cases,
            [
                (
                    v.record.id,
                    (
                        v.record.number,
                        v.record.received_at.strftime("%Y-%m-%d %H:%M"),
                        v.record.content,
                        QCoreApplication.translate("hotline", CASE_STATUS_NAMES[v.clock.status]),
                    ),
                )
                for v in page.cases
            ],
        )
        # Repeats show here: a manager sees how often the enterprise is reported.
        self.tabs.setTabText(2, self.tr("12369 举报（%1）").replace("%1", str(len(page.cases))))

    def _fill(self, table: QTableWidget, rows: list[tuple[int, tuple[str, ...]]]) -> None:
        table.setRowCount(len(rows))
        for row, (item_id, cells) in enumerate(rows):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, item_id)
                table.setItem(row, column, item)

    def form(self) -> EnterpriseForm:
        return EnterpriseForm(
            self.name.text(),
            self.credit_code.text(),
            self.district.text(),
            self.contact.text(),
            self.phone.text(),
        )

    def loaded(self) -> EnterpriseForm | None:
        """The enterprise being edited as it was shown (None: a new one)."""
        return self._loaded

    def editing(self) -> int | None:
        """The enterprise the form holds (None: a new one)."""
        return self._editing

    def take(self, enterprise_id: int, form: EnterpriseForm) -> None:
        """`form` as this page saved it, as enterprise `enterprise_id` (a new one has its
        id now): what the next edit starts from."""
        self._editing, self._loaded, self._latest = enterprise_id, form, None
        self.form_box.setTitle(form.name)

    def _show_form(self, form: EnterpriseForm | None) -> None:
        """Fill the fields from `form` as stored, or empty them for a new enterprise."""
        self._loaded, self._latest = form, None
        self.form_box.setTitle(form.name if form else self.tr("新增企业"))
        shown = form or EnterpriseForm("", "")
        for edit, text in (
            (self.name, shown.name),
            (self.credit_code, shown.credit_code),
            (self.district, shown.district),
            (self.contact, shown.contact),
            (self.phone, shown.phone),
        ):
            edit.setText(text)
        self.problem.clear()

    def _edited(self) -> bool:
        return self.form() != (self._loaded or EnterpriseForm("", ""))

    def unsaved(self) -> bool:
        return self._edited()

    def _revert(self) -> None:
        self._show_form(self._latest or self._loaded)

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)

    def _save(self) -> None:
        """Sent to be saved once nothing is left to correct; else each problem is said
        beside the name of its field (a bare "此项为必填项。" named none)."""
        form = self.form()
        problems = enterprise_problems(form)
        fields = {
            "name": self.name,
            "credit_code": self.credit_code,
            "district": self.district,
            "contact": self.contact,
            "phone": self.phone,
        }
        lines = []
        for field, error in problems.items():
            label = self._form.labelForField(fields[field])
            name = label.text() if isinstance(label, QLabel) else field
            lines.append(strings.field_problem(name, error))
        self.problem.setText("\n".join(lines))
        if lines:
            fields[next(iter(problems))].setFocus()
            return
        self.save_requested.emit(self._editing, form)

    def _open_application(self) -> None:
        items = self.applications.selectedItems()
        if items:
            self.application_requested.emit(int(items[0].data(Qt.ItemDataRole.UserRole)))
