"""Closing the window while the database is still at work.

A write in flight must finish, not be cut off; so the window used to wait for its
workers, frozen, up to half a minute, and a server that never answered left the program
hanging after that (the worker's thread cannot be stopped). Now the window stays open and
says what it waits for: it closes by itself once the work is done, the user may go back
to it, or leave at once, knowing that the unfinished work is not saved.
"""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from approvals_gui.ui.workers import Worker

log = logging.getLogger(__name__)
SHOW_AFTER_MS = 400  # as long tasks' progress: a quick save closes without a box


class CloseGuard(QObject):
    """Says whether `window` may close now; if its `workers` are busy, shows why it
    waits and closes it once they are idle, unless the user leaves at once."""

    def __init__(self, window: QWidget, workers: tuple[Worker, ...]) -> None:
        super().__init__(window)
        self._window = window
        self._workers = workers
        self._waiting = False
        self._box: QMessageBox | None = None
        self.replaced = False  # a window replaced by another (a new language) never waits
        for worker in workers:
            worker.idle.connect(self._idle)

    def busy(self) -> bool:
        """Whether any of the window's workers has work in flight."""
        return any(w.busy() for w in self._workers)

    def may_close(self) -> bool:
        """True when nothing is in flight (or the window is being replaced); else the
        waiting box is shown and the window closes when the work is done."""
        if self.replaced or not self.busy():
            return True
        if not self._waiting:  # a quick save ends before the box would flash up
            self._waiting = True
            QTimer.singleShot(SHOW_AFTER_MS, self, self._show_box)
        return False

    def _show_box(self) -> None:
        if self._waiting and self._box is None:
            self._box = self._waiting_box()
            self._box.open()

    def _waiting_box(self) -> QMessageBox:
        box = QMessageBox(
            QMessageBox.Icon.Information, self.tr("正在完成"), "", parent=self._window
        )
        box.setObjectName("closing_wait")
        box.setText(
            self.tr("正在完成最后的操作（数据库的保存，或导出文件的写入），完成后窗口自动关闭。")
        )
        box.setInformativeText(
            self.tr("数据库服务器长时间没有响应时，可以立即退出；尚未完成的操作不会保存。")
        )
        quit_now = box.addButton(self.tr("立即退出"), QMessageBox.ButtonRole.DestructiveRole)
        quit_now.setObjectName("quit_now")
        back = box.addButton(self.tr("返回"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(back)  # Enter never throws unsaved work away
        box.finished.connect(lambda _r: self._answered(box.clickedButton() is quit_now))
        return box

    def _answered(self, quit_now: bool) -> None:
        self._waiting, self._box = False, None
        if quit_now:
            log.warning("closed by the user with database work unfinished")
            _exit_now(0)

    def _idle(self) -> None:
        if not self._waiting or self.busy():
            return
        self._waiting = False
        if self._box is not None:
            box, self._box = self._box, None
            box.finished.disconnect()
            box.close()
        if not self._telling_something():
            self._window.close()
        # else the last work brought a message (a failed save): the window stays for it

    def _telling_something(self) -> bool:
        """Whether a message box or a modal dialog of the window's is up (the waiting box
        is closed by now); a window left open beside it (the guide) does not count."""
        for shown in QApplication.topLevelWidgets():
            if not shown.isVisible() or not (isinstance(shown, QMessageBox) or shown.isModal()):
                continue
            owner = shown.parentWidget()
            while owner is not None and owner is not self._window:
                owner = owner.parentWidget()
            if owner is self._window:
                return True
        return False


def _exit_now(code: int) -> None:
    """Leave without joining the worker threads (one stuck on a silent server would keep
    a normal exit waiting for ever); the log is flushed first."""
    logging.shutdown()
    os._exit(code)
