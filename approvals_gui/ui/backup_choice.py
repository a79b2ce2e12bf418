"""The backup a database file is restored from, picked in a file dialog: the window's
文件 → 从备份恢复… and the message that a database cannot be opened both ask here."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from approvals_gui.store.backup import backup_folder


def ask_backup(parent: QWidget, database: Path) -> Path | None:
    """A backup file for `database`, or None if none is chosen. The dialog opens in
    its backups folder (beside the file, where there is none yet) and lists its own
    backups first: another database's would pass every check of a restore too."""
    folder = backup_folder(database)
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("backups", "从备份恢复"),
        str(folder if folder.is_dir() else database.parent),
        QCoreApplication.translate(
            "backups", "该数据库的备份 (%1.*.bak);;数据库备份 (*.bak *.sqlite3);;所有文件 (*)"
        ).replace("%1", database.name),
    )
    return Path(path) if path else None
