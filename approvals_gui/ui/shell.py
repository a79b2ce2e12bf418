"""Owns the main window; rebuilds it in the new language when the user switches."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from approvals_gui.i18n import install_translators
from approvals_gui.services.workspace import Workspace
from approvals_gui.ui import settings as options
from approvals_gui.ui.main_window import MainWindow
from approvals_gui.ui.today import Today
from approvals_gui.ui.workers import Worker


class Shell(QObject):
    """Hands each new window what outlives it: the workspace, the database worker, the
    export worker and the day, all made where the application is composed."""

    def __init__(
        self,
        app: QApplication,
        ws: Workspace,
        workers: tuple[Worker, Worker],
        today: Today,
        settings: QSettings,
        database_label: str,
    ) -> None:
        super().__init__()
        self._app = app
        self._ws = ws
        self.worker, self.files = workers
        self.today = today
        self._settings = settings
        self._label = database_label
        self._translators: list[QTranslator] = install_translators(app, options.language(settings))
        self.window = self._new_window()

    def _new_window(self) -> MainWindow:
        window = MainWindow(
            self._ws, self.worker, self.files, self.today, self._settings, self._label
        )
        window.language_changed.connect(self.switch_language)
        return window

    def switch_language(self, language: str) -> None:
        """Every string is fetched through tr() when built: rebuild the window."""
        for translator in self._translators:
            self._app.removeTranslator(translator)
        self._translators = install_translators(self._app, language)
        old = self.window
        old.save_state()
        self._ws = old.ops.ws  # who is signed in now, not who was at start
        self.window = self._new_window()
        # The view comes back with the saved state; what was picked, once listed.
        self.window.applications.select_when_listed(old.applications.page.selected_id())
        if (case_id := old.hotline.page.selected_id()) is not None:
            self.window.hotline.open_case(case_id)
        self.window.show()
        old.closing.replaced = True  # the workers go on for the new window
        old.close()
        old.deleteLater()
