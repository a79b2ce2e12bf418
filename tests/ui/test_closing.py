"""Closing the window while the database is at work: it waits without freezing, says
so, closes once the work is done, and lets the user go back or leave at once."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from approvals_gui.services.workspace import Workspace
from approvals_gui.ui import closing
from approvals_gui.ui.main_window import MainWindow
from tests.ui.conftest import open_window


def stuck(window: MainWindow) -> threading.Event:
    """A database job that runs until the event is set: a server that does not answer."""
    release = threading.Event()
    window.ops.worker.run(release.wait, lambda _r: None, lambda _e: None)
    return release


def waiting_box(window: MainWindow) -> QMessageBox | None:
    box = window.findChild(QMessageBox, "closing_wait")
    return box if box is not None and box.isVisible() else None


def closed_while_stuck(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> tuple[MainWindow, threading.Event, QMessageBox]:
    """A window closed by the user while a job is stuck: it, the job's release, the box."""
    window = open_window(qtbot, ws, settings)
    release = stuck(window)
    window.close()
    box = waiting_box(window)
    assert window.isVisible() and box is not None  # not frozen: it says what it waits for
    return window, release, box


def test_the_window_closes_once_the_work_in_flight_is_done(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    window, release, box = closed_while_stuck(qtbot, ws, settings)
    assert box.text() == "正在等待数据库完成最后的操作，完成后窗口自动关闭。"
    release.set()
    qtbot.waitUntil(lambda: not window.isVisible())


def test_the_user_may_go_back_to_the_window(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    window, release, box = closed_while_stuck(qtbot, ws, settings)
    back = next(b for b in box.findChildren(QPushButton) if b.text() == "返回")
    back.click()
    qtbot.waitUntil(lambda: waiting_box(window) is None)
    with qtbot.waitSignal(window.ops.worker.idle):
        release.set()
    assert window.isVisible()  # going back meant staying


def test_the_user_may_leave_at_once(
    qtbot: QtBot, ws: Workspace, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A silent server keeps the worker's thread for ever: the process ends without it."""
    exits: list[int] = []
    monkeypatch.setattr(closing, "_exit_now", exits.append)
    window, release, box = closed_while_stuck(qtbot, ws, settings)
    quit_now = box.findChild(QPushButton, "quit_now")
    assert quit_now is not None and quit_now.text() == "立即退出"
    quit_now.click()
    assert exits == [0]
    with qtbot.waitSignal(window.ops.worker.idle):
        release.set()


def test_a_window_replaced_by_another_closes_at_once(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    """A new language's window takes over the same workers: the old one does not wait."""
    window = open_window(qtbot, ws, settings)
    release = stuck(window)
    window.closing.replaced = True
    window.close()
    assert not window.isVisible() and waiting_box(window) is None
    with qtbot.waitSignal(window.ops.worker.idle):
        release.set()
