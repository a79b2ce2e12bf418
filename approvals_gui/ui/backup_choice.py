"""Restoring a database file from a backup: the backup picked in a file dialog, and what
is asked and said on the way. The window's 文件 → 从备份恢复… and the message that a
database cannot be opened both restore through here."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from approvals_gui.store.backup import backup_folder
from approvals_gui.ui.labels import confirm


def title() -> str:
    return QCoreApplication.translate("backups", "从备份恢复")


def ask_backup(parent: QWidget, database: Path) -> Path | None:
    """A backup file for `database`, or None if none is chosen. The dialog opens in
    its backups folder (beside the file, where there is none yet) and lists its own
    backups first: another database's would pass every check of a restore too."""
    folder = backup_folder(database)
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        title(),
        str(folder if folder.is_dir() else database.parent),
        QCoreApplication.translate(
            "backups", "该数据库的备份 (%1.*.bak);;数据库备份 (*.bak *.sqlite3);;所有文件 (*)"
        ).replace("%1", database.name),
    )
    return Path(path) if path else None


def confirmed(parent: QWidget, backup: Path, database: Path) -> bool:
    """Whether the user, told what a restore replaces and keeps, goes ahead."""
    question = QCoreApplication.translate(
        "backups",
        "将用备份“%1”替换数据库文件“%2”。原文件会先另存一份；"
        "备份之后所做的修改将不再显示。其他电脑上的本程序须先关闭。确定恢复吗？",
    )
    return confirm(
        parent, title(), question.replace("%1", backup.name).replace("%2", database.name)
    )


def restoring(backup: Path) -> str:
    """The progress dialog's text while `backup` is checked and put in place."""
    return QCoreApplication.translate("backups", "正在检查并恢复备份“%1”…").replace(
        "%1", backup.name
    )


def restored(kept: Path) -> str:
    """What is said once restored: where the replaced file was kept."""
    text = QCoreApplication.translate("backups", "已从备份恢复。原数据库另存为：%1")
    return text.replace("%1", str(kept))
