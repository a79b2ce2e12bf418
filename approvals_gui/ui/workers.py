"""Work off the UI thread; results come back to the main thread through queued signals.

The program has one `Worker` for everything that touches the database, created where the
application is composed, so reads and writes run one at a time in the order asked.
Exports have a second one of their own: they write files, never the database, and a long
export must not hold up loading.

Jobs must carry plain data (a `functools.partial` of a service and its arguments), never
a widget: they run on another thread.
"""

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
        self._wanted = True
        self.done.connect(self._deliver_result)
        self.failed.connect(self._deliver_error)

    @Slot()
    def drop(self) -> None:
        """Whoever asked is gone (a window closed): the work finishes, nobody is told."""
        self._wanted = False

    # Released after the caller has been told: until then the work is not done (a
    # window waiting to close must not close under the message its last save brings).
    @Slot(object)
    def _deliver_result(self, value: Any) -> None:
        try:
            if self._wanted:
                self._on_done(value)
        finally:
            self._release(self)

    @Slot(object)
    def _deliver_error(self, error: Exception) -> None:
        try:
            if self._wanted:
                self._on_error(error)
        finally:
            self._release(self)


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


class Worker(QObject):
    """One worker thread: tasks run one at a time, in the order given. `idle()` once
    the last task given has been answered."""

    idle = Signal()

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
        owner: QObject | None = None,
    ) -> None:
        """Run `fn()` here, then `on_done(result)` or `on_error(exception)` on the UI
        thread, unless `owner` has been destroyed by then."""
        relay = _Relay(on_done, on_error, self._release, self)
        if owner is not None:
            owner.destroyed.connect(relay.drop)
        self._relays.add(relay)
        self._pool.start(_Task(fn, relay))

    def _release(self, relay: _Relay) -> None:
        self._relays.discard(relay)
        relay.deleteLater()
        if not self._relays:
            self.idle.emit()

    def busy(self) -> bool:
        """Whether a task given is still running, queued, or unanswered."""
        return bool(self._relays)

    def wait(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)
