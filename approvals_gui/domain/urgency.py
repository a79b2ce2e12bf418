"""The order clerks see their items in: most urgent first."""

from __future__ import annotations

from approvals_gui.domain.clock import Clock, Status

# Overdue first, then due soon, running, paused; finished and closed items last.
_RANK = {
    Status.OVERDUE: 0,
    Status.DUE_SOON: 1,
    Status.NORMAL: 2,
    Status.PAUSED: 3,
    Status.LATE: 4,
    Status.ON_TIME: 5,
    Status.EARLY: 6,
    Status.CLOSED: 7,
}
_SPAN = 100_000  # more working days than any countdown can reach either way


def urgency_key(clock: Clock) -> int:
    """Sort key: status rank, then fewest working days left (most days over first).

    A single int, so Qt's sort proxy can compare it without Python help.
    """
    left = clock.workdays_left
    offset = _SPAN - 1 if left is None else max(-_SPAN // 2, min(left, _SPAN // 2 - 1))
    return _RANK[clock.status] * _SPAN + offset + _SPAN // 2
