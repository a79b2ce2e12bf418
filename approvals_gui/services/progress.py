"""Progress reports from long work, and how the user stops it."""

from __future__ import annotations

import threading
from collections.abc import Callable


class Cancelled(Exception):
    """Raised by a progress callback when the user pressed Cancel; nothing is kept."""


# (done, total); called from the working thread; may raise Cancelled.
Progress = Callable[[int, int], None]


def no_progress(_done: int, _total: int) -> None:
    return None


class Stop:
    """Work on another thread stopped from this one: `check` is its `Progress`, which
    raises Cancelled once `stop` was called."""

    def __init__(self) -> None:
        self._stopped = threading.Event()

    def stop(self) -> None:
        self._stopped.set()

    def check(self, _done: int, _total: int) -> None:
        if self._stopped.is_set():
            raise Cancelled
