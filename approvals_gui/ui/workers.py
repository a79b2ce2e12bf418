"""Run slow work off the UI thread; results come back to the main thread as signals."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Relay(QObject):
    """Lives in the main thread; the worker's signals reach its slots queued, so the
    caller's handlers always run on the UI thread."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
        release: Callable[[_Relay], None],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self._on_done, self._on_error, self._release = on_done, on_error, release
        self.done.connect(self._deliver_result)
        self.failed.connect(self._deliver_error)

    @Slot(object)
    def _deliver_result(self, value: Any) -> None:
        self._release(self)
        self._on_done(value)

    @Slot(object)
    def _deliver_error(self, error: Exception) -> None:
        self._release(self)
        self._on_error(error)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:  # handed to the caller's error handler, not swallowed
            self._relay.failed.emit(exc)
        else:
            self._relay.done.emit(result)


class Background(QObject):
    """A single worker thread for a window: database work runs one task at a time."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relays: set[_Relay] = set()

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
    ) -> None:
        relay = _Relay(on_done, on_error, self._release, self)
        self._relays.add(relay)
        self._pool.start(_Task(fn, relay))

    def _release(self, relay: _Relay) -> None:
        self._relays.discard(relay)
        relay.deleteLater()

    def wait(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)
