"""When the database cannot be opened at start: say why, and offer to try again, restore
the file from a backup, make a new database where none is, open another database file or
connect to another server, or quit."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox

from approvals_gui import paths
from approvals_gui.logs import log, redact
from approvals_gui.store.errors import StoreError, StoreErrorCode
from approvals_gui.store.targets import sqlite_file
from approvals_gui.ui import strings

RETRY = "retry"  # the same database again (a server that was starting, a lock released)
CREATE = "create"  # a new, empty database at the path given, which has none


class OpenFailedDialog(QMessageBox):
    def __init__(self, error: StoreError, target: str | Path) -> None:
        super().__init__(QMessageBox.Icon.Critical, "", "")
        self.setWindowTitle(self.tr("无法打开数据库"))
        self.setText(f"{strings.error_text(error)}\n\n{redact(str(target))}")
        role = QMessageBox.ButtonRole
        self.retry = self.addButton(self.tr("重试"), role.AcceptRole)
        # A damaged file is told to be restored from a backup: here, as no window opens
        # without a database (文件 → 从备份恢复… is the window's way). Only then: a file
        # of a newer program, another program's or a locked one is not to be replaced.
        self.restore = self.addButton(self.tr("从备份恢复…"), role.ActionRole)
        self._file = sqlite_file(target)
        damaged = error.code is StoreErrorCode.DAMAGED
        self.restore.setVisible(damaged and self._file is not None and self._file.is_file())
        # A path given on purpose (a new desk's own file): made when the user says so,
        # never by itself (a mistyped one would look like an empty office).
        self.make_new = self.addButton(self.tr("在此新建数据库"), role.ActionRole)
        missing = error.code is StoreErrorCode.MISSING
        self.make_new.setVisible(missing and self._file is not None and not self._file.exists())
        self.file = self.addButton(self.tr("打开数据库文件…"), role.ActionRole)
        self.server = self.addButton(self.tr("连接数据库服务器…"), role.ActionRole)
        self.quit = self.addButton(self.tr("退出"), role.RejectRole)
        self.setDefaultButton(self.retry)
        self._target = target

    def choice(self) -> str | Path | None:
        """After `exec`: RETRY, CREATE, another database (a file or a server address),
        or None. A restore is done here, then the file is tried again (RETRY)."""
        clicked = self.clickedButton()
        if clicked is self.retry:
            return RETRY
        if clicked is self.make_new:
            return CREATE
        if clicked is self.restore and self._file is not None:
            self.restore_from_backup(self._file)
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

    def restore_from_backup(self, database: Path) -> None:
        """Pick a backup, confirm, and put it in the database's place, checked first
        (off this thread, with progress and cancel; the replaced file is kept beside).
        Whatever the outcome, it is said, and nothing is changed by a refusal."""
        from approvals_gui.ui import backup_choice

        backup = backup_choice.ask_backup(self, database)
        if backup is None or not backup_choice.confirmed(self, backup, database):
            return
        from approvals_gui.services.maintenance import restore
        from approvals_gui.ui.long_task import run_long
        from approvals_gui.ui.workers import Worker

        worker, ended = Worker(self), QEventLoop()

        def done(kept: Path) -> None:
            log.info("restored from a backup at start; the replaced file is kept")
            QMessageBox.information(self, backup_choice.title(), backup_choice.restored(kept))
            ended.quit()

        run_long(
            worker,
            self,
            backup_choice.restoring(backup),
            partial(restore, database, backup),
            done,
            on_cancelled=ended.quit,
            on_failed=ended.quit,
            title=backup_choice.title(),
        )
        ended.exec()  # no window's event loop runs yet
        # The task and the worker's relay delete themselves "later", which for this
        # nested loop never came: they went with this dialog, their parent, and a
        # later garbage collection deleted them again and crashed (seen in tests).
        worker.wait()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


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
