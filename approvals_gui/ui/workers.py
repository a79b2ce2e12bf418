"""Work off the UI thread; results come back to the main thread through queued signals.

The program has one `Worker` for everything that touches the database, created where the
application is composed, so reads and writes run one at a time in the order asked.
Exports have a second one of their own: they write files, never the database, and a long
export must not hold up loading.

Jobs must carry plain data (a `functools.partial` of a service and its arguments), never
a widget: they run on another thread.

Python runs one thread at a time. The UI thread lets go of it at many of its calls into
Qt and must take it back from a worker that computes, by default after up to 5 ms each
time: beside an export of the whole list (ten seconds at 100,000 rows), a click's pane,
which asks Qt some thousand things, took up to ten seconds to show. While such work runs
beside the window (`run(beside_the_window=True)`), the lock is handed over every
SWITCH_INTERVAL_S instead: some 300 ms at worst. Only then: otherwise the window's own
work and the database worker's share the processor evenly, and a step took longer.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from itertools import count
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

SWITCH_INTERVAL_S = 0.0002  # (Windows waits in whole milliseconds: there, at once)
_DEFAULT_SWITCH_S = sys.getswitchinterval()
_beside = 0  # tasks running beside the window (counted on the UI thread)


def _beside_the_window(more: int) -> None:
    global _beside
    _beside += more
    sys.setswitchinterval(SWITCH_INTERVAL_S if _beside else _DEFAULT_SWITCH_S)


class _Ticket(QObject):
    """Whether a task's asker is still there (`drop` when its owner goes), on the UI
    thread only. It holds nothing else: a callback kept here could hold the worker, and
    the worker could then be deleted from inside this ticket's own deletion."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.wanted = True

    @Slot()
    def drop(self) -> None:
        """Whoever asked is gone (a window closed): the work finishes, nobody is told."""
        self.wanted = False


class _Relay(QObject):
    """Lives in the UI thread as long as its worker; the pool's thread emits on it, and
    its receivers run queued, on the UI thread. One for every task: an object per task,
    deleted once its answer had been delivered, could be deleted while the thread that
    sent the answer was still inside emit()."""

    answered = Signal(object, bool, object)  # the task's number, done?, result or exception


class _Task(QRunnable):
    def __init__(
        self, fn: Callable[[], Any], relay: _Relay, number: int, resting: threading.Event
    ) -> None:
        super().__init__()
        self._fn, self._relay, self._number, self._resting = fn, relay, number, resting

    def run(self) -> None:
        self._resting.clear()
        answer: Any
        try:
            answer, done = self._fn(), True
        except Exception as exc:  # handed to the caller's error handler, not swallowed
            answer, done = exc, False
        finally:
            self._resting.set()
        self._relay.answered.emit(self._number, done, answer)


class Worker(QObject):
    """One worker thread: tasks run one at a time, in the order given. `idle()` once
    the last task given has been answered."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # The pool first: as a child made earlier it is destroyed first, waiting for its
        # tasks, while the relay they emit on is still there.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.answered.connect(self._deliver)
        self._waiting: dict[
            int, tuple[Callable[[Any], None], Callable[[Exception], None], _Ticket, bool]
        ] = {}
        self._numbers = count()
        self._resting = threading.Event()  # no task running on the pool's thread
        self._resting.set()

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
        owner: QObject | None = None,
        *,
        beside_the_window: bool = False,
    ) -> None:
        """Run `fn()` here, then `on_done(result)` or `on_error(exception)` on the UI
        thread, unless `owner` has been destroyed by then. `beside_the_window`: long
        work while the window is in use (an export), which hands Python's lock over
        often until it is answered (above)."""
        ticket = _Ticket(self)
        if owner is not None:
            owner.destroyed.connect(ticket.drop)
        number = next(self._numbers)
        self._waiting[number] = (on_done, on_error, ticket, beside_the_window)
        if beside_the_window:
            _beside_the_window(1)
        self._pool.start(_Task(fn, self._relay, number, self._resting))

    # The task is waited for until the caller has been told (a window waiting to close
    # must not close under the message its last save brings).
    @Slot(object, bool, object)
    def _deliver(self, number: int, done: bool, answer: Any) -> None:
        on_done, on_error, ticket, beside = self._waiting[number]
        try:
            if ticket.wanted:
                (on_done if done else on_error)(answer)
        finally:
            del self._waiting[number]
            if beside:
                _beside_the_window(-1)
            ticket.deleteLater()
            if not self._waiting:
                self.idle.emit()

    def busy(self) -> bool:
        """Whether a task given is still running, queued, or unanswered."""
        return bool(self._waiting)

    def wait(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)

    def wait_until_resting(self, seconds: float) -> None:
        """On another thread: until no task runs here, for `seconds` at most."""
        self._resting.wait(seconds)
