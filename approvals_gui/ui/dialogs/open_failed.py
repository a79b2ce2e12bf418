"""When the database cannot be opened at start: say why, and offer to try again, open
another database file or connect to another server, or quit."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox

from approvals_gui import paths
from approvals_gui.logs import redact
from approvals_gui.store.errors import StoreError
from approvals_gui.ui import strings

RETRY = "retry"  # the same database again (a server that was starting, a lock released)


class OpenFailedDialog(QMessageBox):
    def __init__(self, error: StoreError, target: str | Path) -> None:
        super().__init__(QMessageBox.Icon.Critical, "", "")
        self.setWindowTitle(self.tr("无法打开数据库"))
        self.setText(f"{strings.error_text(error)}\n\n{redact(str(target))}")
        role = QMessageBox.ButtonRole
        self.retry = self.addButton(self.tr("重试"), role.AcceptRole)
        self.file = self.addButton(self.tr("打开数据库文件…"), role.ActionRole)
        self.server = self.addButton(self.tr("连接数据库服务器…"), role.ActionRole)
        self.quit = self.addButton(self.tr("退出"), role.RejectRole)
        self.setDefaultButton(self.retry)
        self._target = target

    def choice(self) -> str | Path | None:
        """After `exec`: RETRY, another database (a file or a server address), or None."""
        clicked = self.clickedButton()
        if clicked is self.retry:
            return RETRY
        if clicked is self.file:
            path, _filter = QFileDialog.getOpenFileName(
                self,
                self.tr("打开数据库文件"),
                start_folder(self._target),
                self.tr("数据库文件 (*.sqlite3 *.db);;所有文件 (*)"),
            )
            return Path(path) if path else RETRY
        if clicked is self.server:
            address, accepted = QInputDialog.getText(
                self,
                self.tr("连接数据库服务器"),
                self.tr("服务器地址（如 postgresql://用户名@服务器/approvals）："),
                QLineEdit.EchoMode.Normal,
            )
            return address.strip() if accepted and address.strip() else RETRY
        return None


def start_folder(target: str | Path) -> str:
    """Where to look for another database file: the folder of the one that failed, as
    near to it as there is one, else this desk's data folder (a server's address)."""
    if "://" not in str(target):
        for folder in Path(target).absolute().parents:
            if folder.is_dir():
                return str(folder)
    return str(paths.data_dir())


def ask_after_failure(error: StoreError, target: str | Path) -> str | Path | None:
    dialog = OpenFailedDialog(error, target)
    dialog.exec()
    return dialog.choice()
