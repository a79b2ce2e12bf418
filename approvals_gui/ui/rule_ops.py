"""Saving a time-limit rule: say how many running applications it moves, then save."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from approvals_gui.domain.rules import TimeLimitRule
from approvals_gui.services.rules import applications_following, save_rule
from approvals_gui.services.workspace import Workspace
from approvals_gui.ui import strings
from approvals_gui.ui.pages.rules_page import RulesPage
from approvals_gui.ui.workers import Background


class RuleOps(QObject):
    """`saved(text)` once the rule is in; the window then reloads every countdown."""

    saved = Signal(str)

    def __init__(
        self, ws: Workspace, page: RulesPage, background: Background, window: QWidget
    ) -> None:
        super().__init__(window)
        self._ws, self._page, self._background, self._window = ws, page, background, window
        page.save_requested.connect(self.save)

    def show(self) -> None:
        self._page.set_rules(list(self._ws.rules().values()))

    def save(self, rule: TimeLimitRule) -> None:
        running = applications_following(self._ws, rule.category)
        answer = QMessageBox.question(
            self._window,
            self.tr("保存时限规则"),
            self.tr(
                "“%1”的 %2 件在办申请将立即按新规则计算倒计时；已作出决定的申请不受影响。确定保存吗？"  # noqa: E501
            )
            .replace("%1", strings.category_name(rule.category, rule.name))
            .replace("%2", str(running)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        ws = self._ws

        def done(_result: object) -> None:
            self.show()
            self.saved.emit(self.tr("时限规则已保存。"))

        self._background.run(lambda: save_rule(ws, rule), done, self._failed)

    def _failed(self, error: Exception) -> None:
        QMessageBox.warning(self._window, self.tr("无法保存"), strings.error_text(error))
