"""Progress reports from long work, and how the user stops it."""

from __future__ import annotations

from collections.abc import Callable


class Cancelled(Exception):
    """Raised by a progress callback when the user pressed Cancel; nothing is kept."""


# (done, total); called from the working thread; may raise Cancelled.
Progress = Callable[[int, int], None]


def no_progress(_done: int, _total: int) -> None:
    return None
