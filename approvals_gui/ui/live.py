"""Other desks' changes on screen within seconds, without F5: the window asks its worker
every few seconds what others committed, and publishes it like its own change sets."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject, QTimer, Signal

from approvals_gui.logs import log
from approvals_gui.services.changes import ChangeSet
from approvals_gui.services.live import others_changes
from approvals_gui.store.live import Watch
from approvals_gui.ui.operations import Operations

INTERVAL_MS = 2000
BACK_OFF_MS = 30_000  # after a failed look (server gone): try again later


class LiveDesk(QObject):
    """`lost(error)` when a look fails after one that did not (what is shown may be
    stale, and nothing else says so until a save fails); `restored()` at the first
    look that succeeds again."""

    lost = Signal(object)
    restored = Signal()

    def __init__(self, ops: Operations, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(ops)
        self._ops = ops
        self._watch = Watch(ops.ws.engine)
        self._interval = interval_ms
        self._asking = False  # one look at a time, however slow the worker is
        self._failing = False
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.look)
        self._timer.start(interval_ms)
        self.look()  # the first look notes where the log stands

    def look(self) -> None:
        if self._asking:
            return
        self._asking = True
        job = partial(others_changes, self._ops.ws, self._watch, today=self._ops.today())
        self._ops.read(job, self._seen, self._failed)

    def _seen(self, changes: ChangeSet | None) -> None:
        self._asking = False
        self._ops.offline = None
        self._timer.setInterval(self._interval)
        if changes is not None:
            self._ops.publish(changes)
        if self._failing:
            self._failing = False
            log.info("other desks' changes read again")
            self.restored.emit()

    def _failed(self, error: Exception) -> None:
        self._asking = False
        self._ops.offline = error
        self._timer.setInterval(BACK_OFF_MS)
        if not self._failing:
            self._failing = True
            log.warning("other desks' changes not read: %s", error)
            self.lost.emit(error)
