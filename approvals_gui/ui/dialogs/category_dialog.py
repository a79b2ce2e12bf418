"""Add an approval category: its name, and the category whose limits it starts from
(the new category's limits, pauses and legal basis are then edited on the rules page);
or rename one the bureau added."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from approvals_gui.domain.errors import DomainError
from approvals_gui.domain.rules import TimeLimitRule, new_category, renamed_category
from approvals_gui.ui import strings
from approvals_gui.ui.dialogs.modal import ok_cancel
from approvals_gui.ui.labels import ERROR_STYLE, HINT_STYLE
from approvals_gui.ui.pane_parts import WholeLinesLabel


class CategoryDialog(QDialog):
    """Accepted only with a name the domain takes; `name()` and `template()` say what
    to add (the service checks again, against the categories stored by then). Given
    `renaming`, it asks only a new name for that category."""

    def __init__(
        self,
        rules: Mapping[str, TimeLimitRule],
        selected: str | None,
        parent: QWidget | None = None,
        *,
        renaming: TimeLimitRule | None = None,
    ) -> None:
        super().__init__(parent)
        self._rules = dict(rules)
        self._renaming = renaming
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("如：危险废物经营许可证核发"))
        # As the lists show them: a name only a translation has is taken too.
        self._shown = {code: strings.category_name(code, r.name) for code, r in rules.items()}
        self.template_combo = QComboBox(self)
        for code, shown in self._shown.items():
            self.template_combo.addItem(shown, code)
        self.template_combo.setCurrentIndex(max(0, self.template_combo.findData(selected)))
        # Wrapped in a dialog that grows with them: a plain label kept one line's height.
        self.hint = WholeLinesLabel(
            self.tr(
                "新类别先沿用所选类别的时限和暂停环节，法律依据留空；"
                "新增后请在下方核对时限、填写法律依据，再保存规则。"
            )
            if renaming is None
            else self.tr(
                "新名称用于各列表、统计和此后打印的通知书；时限不变。"
                "已作出审批决定的申请，其文书仍按决定时的规则使用原名称。"
            )
        )
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(HINT_STYLE)
        self.problem = WholeLinesLabel()
        self.problem.setTextFormat(Qt.TextFormat.PlainText)  # it quotes the name typed
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.hide()
        form = QFormLayout()
        form.addRow(self._name_label(), self.name_edit)
        if renaming is None:
            self.setWindowTitle(self.tr("新增审批类别"))
            form.addRow(self.tr("时限参照"), self.template_combo)
            buttons, self.ok_button = ok_cancel(self, self.tr("新增"))
        else:
            self.setWindowTitle(self.tr("重命名审批类别"))
            self.template_combo.hide()  # renamed, a category keeps its limits
            self.name_edit.setText(renaming.name)
            # Selected whole, from the end back: the field shows the name's beginning.
            self.name_edit.setSelection(len(renaming.name), -len(renaming.name))
            buttons, self.ok_button = ok_cancel(self, self.tr("重命名"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        self.name_edit.textChanged.connect(lambda _text: self.problem.hide())

    def _name_label(self) -> str:
        return self.tr("类别名称")

    def name(self) -> str:
        return self.name_edit.text()

    def template(self) -> str:
        return str(self.template_combo.currentData())

    def accept(self) -> None:
        try:
            if self._renaming is None:
                shown = self._shown.values()
                new_category(self.name(), self._rules[self.template()], self._rules, shown)
            else:
                code = self._renaming.category
                others = [name for c, name in self._shown.items() if c != code]
                renamed_category(self._renaming, self.name(), self._rules, others)
        except DomainError as exc:
            self.problem.setText(strings.field_problem(self._name_label(), exc))
            self.problem.show()
            self.name_edit.setFocus()
            return
        super().accept()
