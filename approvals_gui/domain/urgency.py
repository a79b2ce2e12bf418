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
_FAR = 10**6


def urgency_key(clock: Clock) -> tuple[int, int]:
    """Sort key: status rank, then fewest working days left (most days over first)."""
    left = clock.workdays_left
    return _RANK[clock.status], _FAR if left is None else left
