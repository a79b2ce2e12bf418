"""Where a file is saved: the save dialog opens in the folder this desk last saved one
to, else in Documents; so does a dialog that opens a file to import. Started from a
shortcut, the working folder is the program's own (often not writable, and no place
anyone looks for a notice or a spreadsheet)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from approvals_gui.ui import settings as options
from approvals_gui.ui.labels import confirm

_SUFFIX = re.compile(r"\*(\.[^\s;)]+)")  # ".pdf" of "PDF 文件 (*.pdf)"


def ask_save_path(
    parent: QWidget, settings: QSettings, title: str, suggested: str, filters: str
) -> Path | None:
    """The path the user picks for a file named `suggested` by default, or None; its
    folder is where the next save dialog opens. Its suffix is one of `filters'` (any
    case: `suffixed`); if the name the dialog asked about was not quite that one and a
    file of that name is there, the user is asked before it is replaced, and the
    dialog opens again on a no."""
    start = start_folder(settings) / suggested
    while True:
        typed, chosen = QFileDialog.getSaveFileName(parent, title, str(start), filters)
        if not typed:
            return None
        path = suffixed(Path(typed), chosen, filters, suggested)
        if path == Path(typed) or not path.exists():
            break
        question = QCoreApplication.translate("save_paths", "“%1”已存在，要替换它吗？")
        if confirm(parent, title, question.replace("%1", path.name)):
            break
        start = path
    options.SAVE_FOLDER.set(settings, str(path.parent))
    return path


def suffixed(path: Path, chosen: str, filters: str, suggested: str = "") -> Path:
    """`path` with a suffix of `filters`: its own if it has one of theirs, unless it is
    the name `suggested` left as it was and another type was `chosen` (a dialog that
    does not rename it as the type changes: 申请一览.xlsx, PDF chosen, is 申请一览.pdf);
    else with the chosen type's added, to a name typed without one or with a dot of its
    own (申请一览-2026.12). A file is not written in another type than the one chosen."""
    allowed = [s.lower() for s in _SUFFIX.findall(filters)]
    if not allowed:
        return path
    wanted = (_SUFFIX.findall(chosen) or allowed)[0]
    if path.name == suggested and path.suffix.lower() != wanted.lower():
        return path.with_suffix(wanted)
    if path.suffix.lower() in allowed:
        return path
    return path.with_name(path.name + wanted)


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
