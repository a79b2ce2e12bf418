"""The order clerks see their items in: most urgent first."""

from __future__ import annotations

from approvals_gui.domain.clock import Clock, Status

# Breaches of the law first (with items whose clock cannot be computed), then overdue,
# due soon, running, paused; finished and closed items last. A decision waiting to be
# delivered ranks by its delivery countdown.
_RANK = {
    Status.UNKNOWN: 0,  # a date the calendar does not cover: someone must look
    Status.BREACH: 1,
    Status.OVERDUE: 2,
    Status.DUE_SOON: 3,
    Status.NORMAL: 4,
    Status.PAUSED: 5,
    Status.PAST_STATUTORY: 6,
    Status.PAST_PROMISE: 7,
    Status.WITHIN_PROMISE: 8,
    Status.CLOSED: 9,
}
_SPAN = 100_000  # more working days than any countdown can reach either way


def urgency_key(clock: Clock) -> int:
    """Sort key: status rank, then fewest working days left (most days over first).

    A single int, so Qt's sort proxy can compare it without Python help.
    """
    left = clock.workdays_left
    # No countdown (paused, finished) sorts last within its status, inside its band.
    offset = _SPAN // 2 - 1 if left is None else max(-_SPAN // 2, min(left, _SPAN // 2 - 1))
    return _RANK[clock.countdown] * _SPAN + offset + _SPAN // 2
