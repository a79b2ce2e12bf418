"""One window per user and database: a second start brings the first one forward.

The first start takes a lock file and listens on a local socket (a named pipe on
Windows) whose name comes from the user and the database target. A later start with
the same user and database finds the lock taken, connects, asks the running window to
come forward and ends (exit 0). A start on another database, or by another user, is
not affected. A lock left by a crashed start is taken over (QLockFile checks that its
process is gone), and so is a socket file it left behind.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QDir, QEventLoop, QLockFile, QObject, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

from approvals_gui.logs import log

ACTIVATE = b"activate\n"
ACKNOWLEDGED = b"ok\n"
CONNECT_MS = 1000
REPLY_MS = 5000  # the running window may be busy opening its database


def instance_key(user: str, target: str | Path) -> str:
    """The socket's name for `user` on the database `target` (a file or a server URL):
    short (a Unix socket path is limited), and the same for every spelling of one file."""
    if isinstance(target, Path) or "://" not in str(target):
        where = os.path.normcase(str(Path(target).expanduser().resolve()))
    else:
        where = str(target)
    digest = hashlib.sha256(f"{user.lower()}\0{where}".encode()).hexdigest()[:20]
    return f"yicibanjie-{digest}"


class SingleInstance(QObject):
    """`start()` decides whether this start goes on; `activated` is emitted in the
    running one each time a later start asks it to come forward."""

    activated = Signal()

    def __init__(self, key: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self._lock = QLockFile(str(Path(QDir.tempPath()) / f"{key}.lock"))
        self._lock.setStaleLockTime(0)  # stale only when its process is gone
        self._server: QLocalServer | None = None

    @property
    def listening(self) -> bool:
        return self._server is not None and self._server.isListening()

    def start(self) -> bool:
        """True when this start should go on: it is the first (and now listens), or the
        running one could not be reached. False when the running one was asked to come
        forward: this start should end."""
        if self._lock.tryLock(0):
            self._listen()
            return True
        if self._ask_running():
            return False
        log.warning("another start holds %s but does not answer; starting anyway", self.key)
        return True

    def close(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()

    def _listen(self) -> None:
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.key):
            # A socket file left by a start that crashed: ours now, since we hold the lock.
            QLocalServer.removeServer(self.key)
            if not server.listen(self.key):
                log.warning("cannot listen on %s: %s", self.key, server.errorString())
                return
        server.newConnection.connect(self._accept)
        self._server = server

    def _accept(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.setParent(self)
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        line = bytes(socket.readLine().data())
        if line == ACTIVATE:
            socket.write(ACKNOWLEDGED)
            socket.flush()
            self.activated.emit()
        socket.disconnectFromServer()

    def _ask_running(self) -> bool:
        """Asks the running start to come forward; True once it has the message."""
        socket = QLocalSocket(self)
        try:
            socket.connectToServer(self.key)
            if not socket.waitForConnected(CONNECT_MS):
                return False
            socket.write(ACTIVATE)
            socket.flush()
            if not socket.canReadLine():
                # Waits on signals, not by blocking: the running start may be this very
                # thread's (tests), and it answers only from an event loop.
                loop = QEventLoop()
                socket.readyRead.connect(loop.quit)
                socket.disconnected.connect(loop.quit)
                QTimer.singleShot(REPLY_MS, loop.quit)
                if socket.state() == QLocalSocket.LocalSocketState.ConnectedState:
                    loop.exec()
            # Connected and written is enough: a busy window reads it when it can.
            return True
        finally:
            socket.abort()
            socket.deleteLater()


def bring_forward(window: QWidget) -> None:
    """Shows `window` on top: restored if minimised, raised and activated. (A desktop may
    refuse the focus and flash the task-bar entry instead.)"""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
