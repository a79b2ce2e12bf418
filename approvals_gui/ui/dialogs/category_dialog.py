"""Add an approval category: its name, and the category whose limits it starts from.
The new category's limits, pauses and legal basis are then edited on the rules page."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from approvals_gui.domain.errors import DomainError
from approvals_gui.domain.rules import TimeLimitRule, new_category
from approvals_gui.ui import strings
from approvals_gui.ui.dialogs.modal import ok_cancel
from approvals_gui.ui.labels import ERROR_STYLE, HINT_STYLE
from approvals_gui.ui.pane_parts import WholeLinesLabel


class CategoryDialog(QDialog):
    """Accepted only with a name the domain takes; `name()` and `template()` say what
    to add (the service checks again, against the categories stored by then)."""

    def __init__(
        self,
        rules: Mapping[str, TimeLimitRule],
        selected: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("新增审批类别"))
        self._rules = dict(rules)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("如：危险废物经营许可证核发"))
        self.template_combo = QComboBox()
        for code, rule in self._rules.items():
            self.template_combo.addItem(strings.category_name(code, rule.name), code)
        self.template_combo.setCurrentIndex(max(0, self.template_combo.findData(selected)))
        # Wrapped in a dialog that grows with them: a plain label kept one line's height.
        self.hint = WholeLinesLabel(
            self.tr(
                "新类别先沿用所选类别的时限和暂停环节，法律依据留空；"
                "新增后请在下方核对时限、填写法律依据，再保存规则。"
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
        form.addRow(self.tr("时限参照"), self.template_combo)
        buttons, self.ok_button = ok_cancel(self, self.tr("新增"))
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
            shown = [self.template_combo.itemText(i) for i in range(self.template_combo.count())]
            new_category(self.name(), self._rules[self.template()], self._rules, shown)
        except DomainError as exc:
            self.problem.setText(strings.field_problem(self._name_label(), exc))
            self.problem.show()
            self.name_edit.setFocus()
            return
        super().accept()
