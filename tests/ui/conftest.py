"""Helpers for driving the window: settings per test, answering modal dialogs."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from approvals_gui.services.workspace import Workspace
from approvals_gui.ui.collector import MainThreadCollector
from approvals_gui.ui.main_window import MainWindow


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    s = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    s.setValue("user/name", "张三")
    s.setValue("bureau/name", "江城市生态环境局")
    return s


@pytest.fixture(autouse=True, scope="session")
def _collect_on_the_ui_thread(qapp: QApplication) -> Iterator[None]:
    """As the program does: no garbage collection on worker threads."""
    collector = MainThreadCollector(qapp)
    yield
    collector.stop()


def open_window(qtbot: QtBot, ws: Workspace, settings: QSettings) -> MainWindow:
    window = MainWindow(ws, settings, "test.sqlite3")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(
        lambda: (
            window.counts_label.text().startswith("超期")
            and "正在载入" not in window.counts_label.text()
        )
    )
    return window


def answer_next_dialog(handler: Callable[[QWidget], None], kind: type = QWidget) -> None:
    """Run `handler` on the next modal dialog of `kind` as soon as it is up."""

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(10, attempt)
        else:
            handler(dialog)

    QTimer.singleShot(0, attempt)


def type_text(widget: QWidget, text: str) -> None:
    """Type `text` into `widget` as key events; QTest.keyClicks cannot send Chinese."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )
