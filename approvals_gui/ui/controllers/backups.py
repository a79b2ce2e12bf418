"""Backups from the window: the day's automatic copy when the window opens, 文件 →
立即备份… (a copy now, as before importing a ledger or a year's holidays), and 文件 →
从备份恢复…, which checks the chosen copy, keeps the file it replaces and reloads."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox

from approvals_gui.logs import log
from approvals_gui.services import changes
from approvals_gui.services.changes import ChangeSet
from approvals_gui.services.maintenance import backup_now, daily_backup
from approvals_gui.ui import backup_choice, strings
from approvals_gui.ui.long_task import LongTask, run_long
from approvals_gui.ui.operations import Operations


class BackupActions(QObject):
    """`message(text)` for the status bar; `failed(text)` there too, until another
    message takes its place (a day without a backup is worth seeing)."""

    message = Signal(str)
    failed = Signal(str)

    def __init__(self, ops: Operations) -> None:
        super().__init__(ops)
        self.ops = ops
        self.task: LongTask | None = None  # a restore under way

    def daily(self) -> None:
        """The first window of the day makes the day's copy; a failure is reported in the
        status bar and the log, and does not stand in the clerk's way."""
        self.ops.read(
            partial(daily_backup, self.ops.ws, self.ops.today()), self._daily_done, self._failed
        )

    def _daily_done(self, made: Path | None) -> None:
        if made is not None:
            self.message.emit(self.tr("已自动备份数据库：%1").replace("%1", str(made)))

    def _failed(self, error: Exception) -> None:
        log.warning("daily backup failed: %s", error)
        self.failed.emit(self.tr("自动备份未完成：%1").replace("%1", strings.error_text(error)))

    def backup_now(self) -> None:
        if self._on_server():
            return
        self.task = run_long(
            self.ops.worker,
            self.ops.window,
            self.tr("正在备份数据库…"),
            partial(backup_now, self.ops.ws),
            self._backed_up,
            title=self.tr("备份数据库"),
        )

    def _backed_up(self, made: Path) -> None:
        log.info("backed up on request")
        text = self.tr("数据库已备份到：\n%1\n（每个数据库保留最近 7 份备份。）")
        QMessageBox.information(self.ops.window, self.tr("立即备份"), text.replace("%1", str(made)))

    def _on_server(self) -> bool:
        """Whether the database is a server's, whose backups are the server's: said."""
        if changes.database_file(self.ops.ws) is not None:
            return False
        QMessageBox.information(
            self.ops.window,
            backup_choice.title(),
            self.tr("共享的服务器数据库由服务器备份和恢复（pg_dump），请联系管理员。"),
        )
        return True

    def ask_backup(self, database: Path) -> Path | None:
        return backup_choice.ask_backup(self.ops.window, database)

    def restore(self) -> None:
        if self._on_server():
            return
        database = changes.database_file(self.ops.ws)
        assert database is not None
        backup = self.ask_backup(database)
        if backup is not None and backup_choice.confirmed(self.ops.window, backup, database):
            # Each application's history is checked against its hash chain first: some
            # seconds for a large database, shown, and cancelled before anything changes.
            self.task = run_long(
                self.ops.worker,
                self.ops.window,
                backup_choice.restoring(backup),
                partial(changes.restore_backup, self.ops.ws, backup),
                self._restored,
                title=backup_choice.title(),
            )

    def _restored(self, result: tuple[Path, ChangeSet]) -> None:
        kept, reload = result
        log.info("restored from a backup; the replaced file is kept")
        self.ops.publish(reload)
        QMessageBox.information(
            self.ops.window, backup_choice.title(), backup_choice.restored(kept)
        )
