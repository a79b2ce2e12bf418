"""The window's frame, shown while the database and the rest of the window load.

Clerks open this program many times a day. Loading the database stack and the window's
pages takes about a second; the frame stands where the window will stand, under its
title, a fifth of a second after the start, and the window proper takes its place. It
imports nothing but Qt and the settings, so that it can come up before the rest."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, QSettings, QSize, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from approvals_gui.ui import settings as options


def window_title() -> str:
    """The main window's title, the same for the frame and the window that replaces it."""
    return QCoreApplication.translate("MainWindow", "一次办结 — 环评审批时限管理")


# The size the window is laid out for: the bureau's smallest screens are 1366×768.
FIRST_SIZE = QSize(1366, 768)
# What a window's frame and title bar add around it, at most (a desktop's own).
_FRAME = QSize(16, 48)


def place_first(window: QMainWindow, room: QRect) -> None:
    """Size `window` with no place saved (a desk's first start), on a screen whose
    room for windows (less its taskbar) is `room`: its own size where that holds it with
    its title bar, else maximised: on a 1366×768 laptop the status bar would fall below
    the taskbar."""
    if room.width() >= FIRST_SIZE.width() + _FRAME.width() and room.height() >= (
        FIRST_SIZE.height() + _FRAME.height()
    ):
        window.resize(FIRST_SIZE)
        return
    window.resize(FIRST_SIZE.boundedTo(room.size() - _FRAME))  # once no longer maximised
    window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


class StartFrame(QMainWindow):
    """The main window's title, place and size, saying that the database is opening."""

    def __init__(self, settings: QSettings, database_label: str) -> None:
        super().__init__()
        self.setWindowTitle(window_title())
        self._label = database_label
        self.setCursor(Qt.CursorShape.BusyCursor)
        if not self.restoreGeometry(options.GEOMETRY.get(settings)):
            place_first(self, self.screen().availableGeometry())

    def show_painted(self, app: QApplication) -> None:
        """Shown now, then told what it waits for: the start goes on on this thread,
        without the event loop. The message comes after the first paint: its Chinese
        text loads the fonts (some 60 ms), which only the window proper needs at once."""
        self.show()
        app.processEvents()
        message = QLabel(self.tr("正在打开数据库…\n%1").replace("%1", self._label))
        message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setCentralWidget(message)
        app.processEvents()
