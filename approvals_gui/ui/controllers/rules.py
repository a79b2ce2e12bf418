"""The rule editor's controller: show what a change would have meant, then save."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Signal

from approvals_gui.domain.rule_impact import RuleImpact
from approvals_gui.domain.rules import TimeLimitRule
from approvals_gui.services import changes
from approvals_gui.services.changes import ChangeSet, Reference
from approvals_gui.services.rules import impact_of
from approvals_gui.ui.controllers.page import PageController
from approvals_gui.ui.dialogs.rule_impact_dialog import RuleImpactDialog
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
        """Show what the change would have meant, then save it if the admin agrees."""
        self.ops.read(
            partial(impact_of, self.ops.ws, rule, today=self.ops.today()),
            partial(self._confirm, rule),
        )

    def _confirm(self, rule: TimeLimitRule, impact: RuleImpact) -> None:
        old = self.page.selected_rule() or rule
        dialog = RuleImpactDialog(old, rule, impact, self.ops.window)
        if dialog.exec() == RuleImpactDialog.DialogCode.Accepted:
            self.ops.write(
                partial(changes.save_rule, self.ops.ws, rule),
                lambda _changes: self.message.emit(self.tr("时限规则已保存。")),
            )
