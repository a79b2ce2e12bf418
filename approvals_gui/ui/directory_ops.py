"""The enterprise directory screen's work: load it, show one enterprise, save edits."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from approvals_gui.domain.enterprises import EnterpriseForm
from approvals_gui.services.directory import directory, enterprise_page, save_enterprise
from approvals_gui.services.workspace import Workspace
from approvals_gui.ui import strings
from approvals_gui.ui.pages.enterprises_page import EnterprisesPage
from approvals_gui.ui.workers import Background


class DirectoryOps(QObject):
    """`message(text)` for the status bar once an enterprise is saved."""

    message = Signal(str)

    def __init__(
        self, ws: Workspace, page: EnterprisesPage, background: Background, window: QWidget
    ) -> None:
        super().__init__(window)
        self._ws, self._page, self._background = ws, page, background
        page.enterprise_selected.connect(self.show_enterprise)
        page.save_requested.connect(self.save)

    def refresh(self) -> None:
        ws = self._ws
        self._background.run(lambda: directory(ws), self._page.set_directory, self._failed)

    def show_enterprise(self, enterprise_id: int) -> None:
        ws = self._ws
        self._background.run(
            lambda: enterprise_page(ws, enterprise_id), self._page.show_page, self._failed
        )

    def save(self, enterprise_id: int | None, form: EnterpriseForm) -> None:
        """Refusals (a bad code, a code another enterprise has) show beside the form."""
        ws = self._ws

        def saved(saved_id: int) -> None:
            self.message.emit(self.tr("企业信息已保存。"))
            self.refresh()
            self._page.select(saved_id)
            self.show_enterprise(saved_id)

        self._background.run(lambda: save_enterprise(ws, form, enterprise_id), saved, self._failed)

    def _failed(self, error: Exception) -> None:
        self._page.show_problem(strings.error_text(error))
