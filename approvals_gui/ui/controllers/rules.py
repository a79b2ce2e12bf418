"""The rule editor's controller: show what a change would have meant, then save; and
the 12369 hotline's limits (issue 15), saved as they stand. Read-only, with the
reason, for whoever may not edit rules."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Signal

from approvals_gui.domain.access import Permission
from approvals_gui.domain.errors import DomainError
from approvals_gui.domain.hotline.rules import HotlineRule
from approvals_gui.domain.rule_impact import RuleImpact
from approvals_gui.domain.rules import TimeLimitRule
from approvals_gui.domain.text import CATEGORY_NAME
from approvals_gui.services import changes, hotline
from approvals_gui.services.changes import ChangeSet, Reference
from approvals_gui.services.rules import category_use, impact_of
from approvals_gui.store.errors import StoreError
from approvals_gui.ui import strings
from approvals_gui.ui.controllers.page import PageController
from approvals_gui.ui.dialogs.category_dialog import CategoryDialog
from approvals_gui.ui.dialogs.modal import shown
from approvals_gui.ui.dialogs.rule_impact_dialog import RuleImpactDialog
from approvals_gui.ui.labels import confirm, tell
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
        self.page.add_requested.connect(self.add_category)
        self.page.rename_requested.connect(self.rename_category)
        self.page.remove_requested.connect(self.remove_category)
        self.page.hotline.save_requested.connect(self.save_hotline)
        self._removing = False  # a removal asked for and not yet done

    def affected_by(self, changes: ChangeSet) -> bool:
        # `cases`: the hotline's rule is saved as a change to every case's dates.
        return changes.reference is not None or changes.cases or changes.reload

    def refresh(self) -> None:
        self._set_permission()
        if self.ops.reference is not None:
            self._show(self.ops.reference)
        else:
            self.ops.load_reference(self._show)
        self.ops.read(partial(hotline.hotline_rule, self.ops.ws), self.page.hotline.set_rule)

    def _show(self, reference: Reference) -> None:
        self.page.set_rules(list(reference.rules.values()))

    def _set_permission(self) -> None:
        self.page.set_permission(strings.read_only_text(self.ops.ws.user, Permission.EDIT_RULES))

    def save(self, rule: TimeLimitRule, based_on: TimeLimitRule) -> None:
        """Show what the change would have meant, then save it if the admin agrees;
        refused if the stored rule is no longer `based_on`, the one the edit began from."""
        self.ops.read(
            partial(impact_of, self.ops.ws, rule, today=self.ops.today()),
            partial(self._confirm, rule, based_on),
        )

    def _confirm(self, rule: TimeLimitRule, based_on: TimeLimitRule, impact: RuleImpact) -> None:
        dialog = RuleImpactDialog(based_on, rule, impact, self.ops.window)
        if dialog.exec() == RuleImpactDialog.DialogCode.Accepted:

            def saved(_changes: ChangeSet) -> None:
                self.page.take(rule)
                self.message.emit(self.tr("时限规则已保存。"))

            self.ops.write(partial(changes.save_rule, self.ops.ws, rule, based_on), saved)

    def add_category(self) -> None:
        """Ask for the name and the category to start from; once added, the new one is
        selected for its limits and legal basis to be checked and saved."""
        reference = self.ops.reference
        if reference is None:  # not read yet: the categories to start from are not known
            return
        selected = self.page.selected_rule()
        dialog = CategoryDialog(
            reference.rules, selected.category if selected else None, self.ops.window
        )
        with shown(dialog) as accepted:
            if not accepted:
                return
            name, template = CATEGORY_NAME.clean(dialog.name()), dialog.template()

        def added(changes: ChangeSet) -> None:
            if changes.reference is not None:
                self._show(changes.reference)
                found = [c for c, r in changes.reference.rules.items() if r.name == name]
                if found:
                    self.page.select_category(found[0])
            self.message.emit(
                self.tr("已新增类别“%1”：请核对其时限，填写法律依据后保存规则。").replace(
                    "%1", name
                )
            )

        self.ops.write(partial(changes.add_category, self.ops.ws, name, template), added)

    def rename_category(self, rule: TimeLimitRule) -> None:
        """Ask the new name of `rule`, a category the bureau added (as stored when the
        page showed it); an edit of its limits under way is kept."""
        reference = self.ops.reference
        if reference is None:
            return
        dialog = CategoryDialog(reference.rules, None, self.ops.window, renaming=rule)
        with shown(dialog) as accepted:
            name = CATEGORY_NAME.clean(dialog.name())
        if not accepted or name == rule.name:  # the same: nothing to do
            return

        def renamed(changes: ChangeSet) -> None:
            if changes.reference is not None:
                if (saved := changes.reference.rules.get(rule.category)) is not None:
                    self.page.take(saved)  # before the rules are shown: an edit is kept
                self._show(changes.reference)
            self.message.emit(
                self.tr("类别“%1”已更名为“%2”。").replace("%1", rule.name).replace("%2", name)
            )

        self.ops.write(partial(changes.rename_category, self.ops.ws, rule, name), renamed)

    def remove_category(self, rule: TimeLimitRule) -> None:
        """Remove `rule`, a category the bureau added, once the admin agrees; one that
        applications are registered in is not offered (counted first, off this thread).
        One removal at a time: a second click while the first is under way is ignored."""
        if self._removing:
            return
        self._removing = True

        def failed(error: Exception) -> None:
            self._removing = False
            self.ops.show_error(error)

        self.ops.read(
            partial(category_use, self.ops.ws, rule.category),
            partial(self._ask_remove, rule, failed),
            failed,
        )

    def _ask_remove(
        self, rule: TimeLimitRule, failed: Callable[[Exception], None], applications: int
    ) -> None:
        if applications:
            self._removing = False
            tell(
                self.ops.window,
                self.tr("不能删除类别"),
                self.tr(
                    "类别“%1”下已登记 %n 件申请（含已办结和导入的），不能删除；"
                    "如名称有误，可重命名。",
                    "",
                    applications,
                ).replace("%1", rule.name),
            )
            return
        question = self.tr(
            "类别“%1”尚未登记任何申请。删除后其时限规则和审批权限设置一并删除，"
            "收件登记时不再可选，且不能恢复。确定删除？"
        ).replace("%1", rule.name)
        if self.page.edited(rule.category):
            question += "\n\n" + self.tr("此处对其时限的修改尚未保存，将一并放弃。")
        if not confirm(self.ops.window, self.tr("删除类别"), question):
            self._removing = False
            return

        def removed(changes: ChangeSet) -> None:
            self._removing = False
            if changes.reference is not None:
                self._show(changes.reference)
            self.message.emit(self.tr("已删除类别“%1”。").replace("%1", rule.name))

        self.ops.write(partial(changes.remove_category, self.ops.ws, rule), removed, failed)

    def save_hotline(self, rule: HotlineRule) -> None:
        """Save the hotline's limits. What was saved is what the next edit starts from
        at once: a second save before the page reads them back is no other desk's."""
        loaded = self.page.hotline.rule()
        if loaded is None:  # not read yet: nothing was shown to edit
            return

        def saved(_changes: ChangeSet) -> None:
            self.page.hotline.take(rule)
            self.message.emit(self.tr("12369 热线时限已保存。"))

        self.ops.write(
            partial(changes.save_hotline_rule, self.ops.ws, rule, loaded),
            saved,
            self._hotline_refused,
        )

    def _hotline_refused(self, error: Exception) -> None:
        """A refusal shows beside the buttons; anything else goes where errors go."""
        if isinstance(error, DomainError | StoreError):
            self.page.hotline.problem.setText(strings.error_text(error))
        else:
            self.ops.show_error(error)
