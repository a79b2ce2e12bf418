"""Importing a ledger from the window: pick the file, read it and import it off the UI
thread, with the mapping dialog in between; the mapping is remembered."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from approvals_gui.services.ledger import LedgerSheet, import_ledger, read_ledger
from approvals_gui.services.workspace import Workspace
from approvals_gui.ui.dialogs.ledger_import_dialog import LedgerImportDialog
from approvals_gui.ui.dialogs.modal import shown
from approvals_gui.ui.long_task import LongTask, run_long
from approvals_gui.ui.workers import Background

MAPPING_KEY = "ledger/mapping"


class LedgerOps(QObject):
    """`imported(count)` once the applications are in the database."""

    imported = Signal(int)

    def __init__(self, ws: Workspace, settings: QSettings, window: QWidget) -> None:
        super().__init__(window)
        self._ws = ws
        self._settings = settings
        self._window = window
        self._background = Background(self)
        self.task: LongTask | None = None

    def ask_file(self) -> Path | None:
        path, _filter = QFileDialog.getOpenFileName(
            self._window, self.tr("导入台账"), "", self.tr("Excel 工作簿 (*.xlsx)")
        )
        return Path(path) if path else None

    def start(self) -> None:
        path = self.ask_file()
        if path is None:
            return
        self.task = run_long(
            self._background,
            self._window,
            self.tr("正在读取 %1…").replace("%1", path.name),
            lambda _progress: read_ledger(path),
            lambda sheet: self._map(sheet, path.name),
        )

    def _map(self, sheet: LedgerSheet, file_name: str) -> None:
        dialog = LedgerImportDialog(self._ws, sheet, file_name, self._remembered(), self._window)
        with shown(dialog) as accepted:
            mapping, entries = dialog.mapping_by_heading(), dialog.entries()
        if not accepted:
            return
        self._settings.setValue(MAPPING_KEY, json.dumps(mapping))
        ws = self._ws
        self.task = run_long(
            self._background,
            self._window,
            self.tr("正在导入 %1 件申请…").replace("%1", str(len(entries))),
            lambda progress: import_ledger(ws, entries, progress),
            self._done,
            self._cancelled,
        )

    def _cancelled(self) -> None:
        QMessageBox.information(
            self._window, self.tr("导入台账"), self.tr("已取消，未导入任何申请。")
        )

    def _done(self, count: int) -> None:
        self.imported.emit(count)
        QMessageBox.information(
            self._window,
            self.tr("导入台账"),
            self.tr("已导入 %1 件申请。").replace("%1", str(count)),
        )

    def _remembered(self) -> dict[str, str]:
        try:
            value = json.loads(str(self._settings.value(MAPPING_KEY, "{}")))
        except ValueError:
            return {}
        return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}

    def wait(self, msecs: int) -> bool:
        return self._background.wait(msecs)
