"""Each unit's working days for the figures, as the detail pane's stays count them."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from approvals_gui.domain.calendar import WorkCalendar
from approvals_gui.domain.metrics import UnitDays, days_by_unit
from approvals_gui.domain.stages import (
    Action,
    StageEvent,
    StepInput,
    next_event,
    registration_event,
)
from approvals_gui.domain.units import unit_shares, unit_spans

CAL = WorkCalendar.china()
AT = datetime(2027, 12, 31, 9)


def _history(gaps: list[tuple[int, str]]) -> list[StageEvent]:
    """Received at "east" on 2026-03-02, then sent on after each gap (in days)."""
    day = date(2026, 3, 2)
    events = [registration_event(day, AT, "张三", unit="east")]
    for gap, unit in gaps:
        day += timedelta(days=gap)
        if unit != events[-1].to_unit:
            step = StepInput(Action.TRANSFER, day, AT, "张三", to_unit=unit)
            events.append(next_event(events, step))
    return events


@given(
    st.lists(
        st.tuples(st.integers(0, 20), st.sampled_from(["east", "city", "centre"])), max_size=8
    ),
    st.integers(0, 60),
)
def test_days_by_unit_are_the_stays_shares(gaps: list[tuple[int, str]], more: int) -> None:
    events = _history(gaps)
    until = events[-1].on + timedelta(days=more)
    moves = [(e.on, e.to_unit) for e in events]
    shares = unit_shares(unit_spans(events, CAL, until))
    assert days_by_unit(moves, until, CAL) == {u: n for u, n in shares.items()}
    assert sum(days_by_unit(moves, until, CAL).values()) == CAL.workdays_between(
        events[0].on, until
    )


def test_arrivals_after_the_end_count_nothing() -> None:
    moves = [(date(2026, 11, 2), "east"), (date(2026, 11, 9), "centre")]
    assert days_by_unit(moves, date(2026, 11, 6), CAL) == {"east": 4}
    assert days_by_unit(moves, date(2026, 11, 10), CAL) == {"east": 5, "centre": 1}


def test_averages_and_shares() -> None:
    days = UnitDays(4, {"city": 30, "centre": 10})
    assert days.total == 40 and days.average("centre") == 2.5 and days.share("city") == 0.75
    assert days.average("east") == 0 and UnitDays(0, {}).share("city") is None
