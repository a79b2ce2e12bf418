"""The order clerks see their items in: most urgent first."""

from __future__ import annotations

from approvals_gui.domain.clock import Clock, Status

# Overdue first (with items whose clock cannot be computed), then due soon, running,
# paused; finished and closed items last.
_RANK = {
    Status.UNKNOWN: 0,  # a date the calendar does not cover: someone must look
    Status.OVERDUE: 1,
    Status.DUE_SOON: 2,
    Status.NORMAL: 3,
    Status.PAUSED: 4,
    Status.LATE: 5,
    Status.ON_TIME: 6,
    Status.EARLY: 7,
    Status.CLOSED: 8,
}
_SPAN = 100_000  # more working days than any countdown can reach either way


def urgency_key(clock: Clock) -> int:
    """Sort key: status rank, then fewest working days left (most days over first).

    A single int, so Qt's sort proxy can compare it without Python help.
    """
    left = clock.workdays_left
    # No countdown (paused, finished) sorts last within its status, inside its band.
    offset = _SPAN // 2 - 1 if left is None else max(-_SPAN // 2, min(left, _SPAN // 2 - 1))
    return _RANK[clock.status] * _SPAN + offset + _SPAN // 2
