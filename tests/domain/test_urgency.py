"""Most urgent first: no countdown at all (a date out of range), overdue by most days,
then due soon, running, paused, finished."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from approvals_gui.domain.clock import Clock, Phase, Status
from approvals_gui.domain.urgency import urgency_key

D = date(2026, 11, 25)


def clock(status: Status, left: int | None) -> Clock:
    return Clock(status, Phase.DECISION, D, workdays_left=left)


def test_order_of_statuses_and_days() -> None:
    ordered = [
        clock(Status.OVERDUE, -30),
        clock(Status.OVERDUE, -1),
        clock(Status.DUE_SOON, 0),
        clock(Status.DUE_SOON, 3),
        clock(Status.NORMAL, 4),
        clock(Status.PAUSED, 2),
        clock(Status.PAST_STATUTORY, None),
        clock(Status.WITHIN_PROMISE, None),
        clock(Status.CLOSED, None),
    ]
    keys = [urgency_key(c) for c in ordered]
    assert keys == sorted(keys) and len(set(keys)) == len(keys)


@given(st.sampled_from(list(Status)), st.integers(-(10**6), 10**6), st.integers(-(10**6), 10**6))
def test_within_a_status_fewer_days_left_sorts_first(status: Status, a: int, b: int) -> None:
    if a <= b:
        assert urgency_key(clock(status, a)) <= urgency_key(clock(status, b))


RANKED = [
    Status.UNKNOWN,
    Status.OVERDUE,
    Status.DUE_SOON,
    Status.NORMAL,
    Status.PAUSED,
    Status.PAST_STATUTORY,
    Status.PAST_PROMISE,
    Status.WITHIN_PROMISE,
    Status.CLOSED,
]
LEFT = st.none() | st.integers(-(10**6), 10**6)


@given(st.sampled_from(RANKED), st.sampled_from(RANKED), LEFT, LEFT)
def test_statuses_never_interleave(
    first: Status, second: Status, a: int | None, b: int | None
) -> None:
    """A status's band holds all of its items, with or without a countdown (a paused
    item once sorted after finished ones)."""
    if RANKED.index(first) < RANKED.index(second):
        assert urgency_key(clock(first, a)) < urgency_key(clock(second, b))
