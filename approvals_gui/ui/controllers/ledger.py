"""Importing a ledger from the window: pick the file, read it off the UI thread, map its
columns in a dialog, then import on the worker; the mapping is remembered."""

from __future__ import annotations

import json
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QMessageBox

from approvals_gui.domain.ledger_import import KnownApplications
from approvals_gui.services import changes
from approvals_gui.services.changes import ChangeSet
from approvals_gui.services.workspace import Workspace
from approvals_gui.ui.dialogs.modal import shown
from approvals_gui.ui.long_task import LongTask, run_long
from approvals_gui.ui.operations import Operations
from approvals_gui.ui.save_paths import ask_open_path
from approvals_gui.ui.workers import Worker

if TYPE_CHECKING:
    from approvals_gui.services.ledger import LedgerSheet

MAPPING_KEY = "ledger/mapping"


def known_applications(ws: Workspace) -> KnownApplications:
    from approvals_gui.services import ledger

    return ledger.known_applications(ws)


def _read(path: Path, _progress: object) -> LedgerSheet:
    from approvals_gui.services.ledger import read_ledger  # openpyxl, only when importing

    return read_ledger(path)


class LedgerImport(QObject):
    def __init__(self, ops: Operations, files: Worker, settings: QSettings) -> None:
        super().__init__(ops)
        self.ops = ops
        self._files = files  # reading the file touches no database
        self._settings = settings
        self.task: LongTask | None = None

    def ask_file(self) -> Path | None:
        title, filters = self.tr("导入台账"), self.tr("Excel 工作簿 (*.xlsx)")
        return ask_open_path(self.ops.window, self.ops.settings, title, filters)

    def start(self) -> None:
        path = self.ask_file()
        if path is None:
            return
        self.task = run_long(
            self._files,
            self.ops.window,
            self.tr("正在读取 %1…").replace("%1", path.name),
            partial(_read, path),
            lambda sheet: self._known(sheet, path.name),
            title=self.tr("导入台账"),
        )

    def _known(self, sheet: LedgerSheet, file_name: str) -> None:
        """What the database holds already, read first: the dialog then counts, checks
        and previews only the rows it will import."""
        self.ops.read(
            partial(known_applications, self.ops.ws),
            lambda known: self._map(sheet, file_name, known),
        )

    def _map(self, sheet: LedgerSheet, file_name: str, known: KnownApplications) -> None:
        from approvals_gui.ui.dialogs.ledger_import_dialog import LedgerImportDialog

        reference = self.ops.reference
        if reference is None:  # chosen in the first seconds of a start: read it first
            self.ops.load_reference(lambda _reference: self._map(sheet, file_name, known))
            return
        dialog = LedgerImportDialog(
            sheet,
            file_name,
            self._remembered(),
            rules=reference.rules,
            authorities=reference.authorities,
            units=reference.units,
            now=self.ops.ws.now(),
            parent=self.ops.window,
            staff=reference.staff,
            known=known,
        )
        with shown(dialog) as accepted:
            mapping, entries = dialog.mapping_by_heading(), dialog.entries()
        if not accepted:
            return
        self._settings.setValue(MAPPING_KEY, json.dumps(mapping))
        # Rows another desk imported meanwhile are skipped too (services.ledger).
        self.task = run_long(
            self.ops.worker,
            self.ops.window,
            self.tr("正在导入 %n 件申请…", None, len(entries)),
            partial(changes.import_ledger, self.ops.ws, entries),
            self._done,
            self._cancelled,
            title=self.tr("导入台账"),
        )

    def _cancelled(self) -> None:
        QMessageBox.information(
            self.ops.window, self.tr("导入台账"), self.tr("已取消，未导入任何申请。")
        )

    def _done(self, result: ChangeSet) -> None:
        self.ops.publish(result)
        QMessageBox.information(
            self.ops.window,
            self.tr("导入台账"),
            self.tr("已导入 %n 件申请。", None, result.count),
        )

    def _remembered(self) -> dict[str, str]:
        try:
            value = json.loads(str(self._settings.value(MAPPING_KEY, "{}")))
        except ValueError:
            return {}
        return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}
