"""Work off the UI thread; results come back to the main thread through queued signals.

The program has one `Worker` for everything that touches the database, created where the
application is composed, so reads and writes run one at a time in the order asked.
Exports have a second one of their own: they write files, never the database, and a long
export must not hold up loading.

Jobs must carry plain data (a `functools.partial` of a service and its arguments), never
a widget: they run on another thread.

Python runs one thread at a time. The UI thread lets go of it at many calls into Qt and
must wait to take it back while a worker computes (a load, an export, the finished rows
kept), by default up to 5 ms each time: a click whose pane asks Qt some thousand things
took two to eight seconds to show beside an export. Workers therefore have the lock
handed over every SWITCH_INTERVAL_S instead (`sys.setswitchinterval`, process-wide): the
same click then takes a tenth of a second or two, and a worker alone pays nothing.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from itertools import count
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

SWITCH_INTERVAL_S = 0.0002  # (Windows waits in whole milliseconds: there, at once)


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
    def __init__(self, fn: Callable[[], Any], relay: _Relay, number: int) -> None:
        super().__init__()
        self._fn, self._relay, self._number = fn, relay, number

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:  # handed to the caller's error handler, not swallowed
            self._relay.answered.emit(self._number, False, exc)
        else:
            self._relay.answered.emit(self._number, True, result)


class Worker(QObject):
    """One worker thread: tasks run one at a time, in the order given. `idle()` once
    the last task given has been answered."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        sys.setswitchinterval(SWITCH_INTERVAL_S)  # for the UI thread's sake (above)
        # The pool first: as a child made earlier it is destroyed first, waiting for its
        # tasks, while the relay they emit on is still there.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.answered.connect(self._deliver)
        self._waiting: dict[
            int, tuple[Callable[[Any], None], Callable[[Exception], None], _Ticket]
        ] = {}
        self._numbers = count()

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
        owner: QObject | None = None,
    ) -> None:
        """Run `fn()` here, then `on_done(result)` or `on_error(exception)` on the UI
        thread, unless `owner` has been destroyed by then."""
        ticket = _Ticket(self)
        if owner is not None:
            owner.destroyed.connect(ticket.drop)
        number = next(self._numbers)
        self._waiting[number] = (on_done, on_error, ticket)
        self._pool.start(_Task(fn, self._relay, number))

    # The task is waited for until the caller has been told (a window waiting to close
    # must not close under the message its last save brings).
    @Slot(object, bool, object)
    def _deliver(self, number: int, done: bool, answer: Any) -> None:
        on_done, on_error, ticket = self._waiting[number]
        try:
            if ticket.wanted:
                (on_done if done else on_error)(answer)
        finally:
            del self._waiting[number]
            ticket.deleteLater()
            if not self._waiting:
                self.idle.emit()

    def busy(self) -> bool:
        """Whether a task given is still running, queued, or unanswered."""
        return bool(self._waiting)

    def wait(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)
