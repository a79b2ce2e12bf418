"""The rule editor's controller: say how many running applications a change moves, then save."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMessageBox

from approvals_gui.domain.rules import TimeLimitRule
from approvals_gui.services import changes
from approvals_gui.services.changes import ChangeSet, Reference
from approvals_gui.services.rules import applications_following
from approvals_gui.ui import strings
from approvals_gui.ui.controllers.page import PageController
from approvals_gui.ui.operations import Operations
from approvals_gui.ui.pages.rules_page import RulesPage


class RulesController(PageController):
    """`message(text)` for the status bar once a rule is saved."""

    page: RulesPage

    message = Signal(str)

    def __init__(self, ops: Operations) -> None:
        super().__init__(ops)
        self.page = RulesPage()
        self.page.save_requested.connect(self.save)

    def affected_by(self, changes: ChangeSet) -> bool:
        return changes.reference is not None

    def refresh(self) -> None:
        if self.ops.reference is not None:
            self._show(self.ops.reference)
        else:
            self.ops.load_reference(self._show)

    def _show(self, reference: Reference) -> None:
        self.page.set_rules(list(reference.rules.values()))

    def save(self, rule: TimeLimitRule) -> None:
        self.ops.read(
            partial(applications_following, self.ops.ws, rule.category),
            partial(self._confirm, rule),
        )

    def _confirm(self, rule: TimeLimitRule, running: int) -> None:
        answer = QMessageBox.question(
            self.ops.window,
            self.tr("保存时限规则"),
            self.tr(
                "“%1”的 %2 件在办申请将立即按新规则计算倒计时；已作出决定的申请不受影响。确定保存吗？"  # noqa: E501
            )
            .replace("%1", strings.category_name(rule.category, rule.name))
            .replace("%2", str(running)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.ops.write(
                partial(changes.save_rule, self.ops.ws, rule),
                lambda _changes: self.message.emit(self.tr("时限规则已保存。")),
            )
