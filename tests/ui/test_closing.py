"""Closing the window while the database is at work: it waits without freezing, says
so, closes once the work is done, and lets the user go back or leave at once."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from approvals_gui.services.workspace import Workspace
from approvals_gui.ui import closing
from approvals_gui.ui.main_window import MainWindow
from tests.ui.conftest import open_window


class Stuck:
    """A database job that runs until released (a server that does not answer), then
    ends well or fails with the error given."""

    def __init__(
        self, window: MainWindow, on_error: Callable[[Exception], None] = lambda _e: None
    ) -> None:
        self._go = threading.Event()
        self._error: Exception | None = None
        window.ops.worker.run(self._job, lambda _r: None, on_error)

    def _job(self) -> None:
        self._go.wait()
        if self._error is not None:
            raise self._error

    def release(self, error: Exception | None = None) -> None:
        self._error = error
        self._go.set()


def waiting_box(window: MainWindow) -> QMessageBox | None:
    box = window.findChild(QMessageBox, "closing_wait")
    return box if box is not None and box.isVisible() else None


def closed_while_stuck(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> tuple[MainWindow, Stuck, QMessageBox]:
    """A window closed by the user while a job is stuck: it, the job, the waiting box."""
    window = open_window(qtbot, ws, settings)
    job = Stuck(window)
    window.close()
    assert window.isVisible()  # not frozen: it says what it waits for, unless done soon
    qtbot.waitUntil(lambda: waiting_box(window) is not None)
    box = waiting_box(window)
    assert box is not None
    return window, job, box


def test_the_window_closes_once_the_work_in_flight_is_done(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    window, job, box = closed_while_stuck(qtbot, ws, settings)
    assert box.text().startswith("正在完成最后的操作（数据库的保存，或导出文件的写入）")
    job.release()
    qtbot.waitUntil(lambda: not window.isVisible())


def test_the_user_may_go_back_to_the_window(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    window, job, box = closed_while_stuck(qtbot, ws, settings)
    back = next(b for b in box.findChildren(QPushButton) if b.text() == "返回")
    back.click()
    qtbot.waitUntil(lambda: waiting_box(window) is None)
    with qtbot.waitSignal(window.ops.worker.idle):
        job.release()
    assert window.isVisible()  # going back meant staying


def test_the_user_may_leave_at_once(
    qtbot: QtBot, ws: Workspace, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A silent server keeps the worker's thread for ever: the process ends without it."""
    exits: list[int] = []
    monkeypatch.setattr(closing, "_exit_now", exits.append)
    window, job, box = closed_while_stuck(qtbot, ws, settings)
    quit_now = box.findChild(QPushButton, "quit_now")
    assert quit_now is not None and quit_now.text() == "立即退出"
    quit_now.click()
    assert exits == [0]
    with qtbot.waitSignal(window.ops.worker.idle):
        job.release()


def test_a_window_replaced_by_another_closes_at_once(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    """A new language's window takes over the same workers: the old one does not wait."""
    window = open_window(qtbot, ws, settings)
    job = Stuck(window)
    window.closing.replaced = True
    window.close()
    assert not window.isVisible() and waiting_box(window) is None
    with qtbot.waitSignal(window.ops.worker.idle):
        job.release()


def test_a_failed_last_save_keeps_the_window_for_its_message(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    """The window closed as the last job ended, before its error was shown: the message
    then came up with no window, and the program stayed on without one."""
    window = open_window(qtbot, ws, settings)

    def tell(error: Exception) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, "", str(error), parent=window)
        box.setObjectName("failed_save")
        box.open()

    job = Stuck(window, tell)
    window.close()
    qtbot.waitUntil(lambda: waiting_box(window) is not None)
    with qtbot.waitSignal(window.ops.worker.idle):
        job.release(OSError("无法连接数据库服务器"))
    told = window.findChild(QMessageBox, "failed_save")
    assert told is not None and told.isVisible()
    assert window.isVisible() and waiting_box(window) is None


def test_a_window_open_beside_does_not_hold_the_closing(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    """Only a message or a modal dialog keeps the window; the guide left open does not."""
    window = open_window(qtbot, ws, settings)
    beside = QDialog(window)
    beside.show()
    job = Stuck(window)
    window.close()
    with qtbot.waitSignal(window.ops.worker.idle):
        job.release()
    qtbot.waitUntil(lambda: not window.isVisible())
