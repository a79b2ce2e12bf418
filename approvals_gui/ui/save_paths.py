"""Where a file is saved: the save dialog opens in the folder this desk last saved one
to, else in Documents; so does a dialog that opens a file to import. Started from a
shortcut, the working folder is the program's own (often not writable, and no place
anyone looks for a notice or a spreadsheet)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from approvals_gui.ui import settings as options


def ask_save_path(
    parent: QWidget, settings: QSettings, title: str, suggested: str, filters: str
) -> Path | None:
    """The path the user picks for a file named `suggested` by default, or None; its
    folder is where the next save dialog opens."""
    start = start_folder(settings) / suggested
    path, _filter = QFileDialog.getSaveFileName(parent, title, str(start), filters)
    if not path:
        return None
    options.SAVE_FOLDER.set(settings, str(Path(path).parent))
    return Path(path)


def ask_open_path(parent: QWidget, settings: QSettings, title: str, filters: str) -> Path | None:
    """The file the user picks to read, or None."""
    path, _filter = QFileDialog.getOpenFileName(parent, title, str(start_folder(settings)), filters)
    return Path(path) if path else None


def start_folder(settings: QSettings) -> Path:
    """The folder last saved to, if it is still there; else Documents, else home."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    for folder in (options.SAVE_FOLDER.get(settings), documents):
        if folder and Path(folder).is_dir():
            return Path(folder)
    return Path.home()
