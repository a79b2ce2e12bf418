"""due_date: the public contract, calendar-day rollover, pauses, and its laws."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from approvals_gui.domain.calendar import WorkCalendar
from approvals_gui.domain.errors import DomainError, ErrorCode
from approvals_gui.domain.timelimits import due_date, merge_spans

CAL = WorkCalendar.china()
starts = st.dates(min_value=date(2019, 1, 1), max_value=date(2030, 12, 31))


def test_workdays_start_the_day_after_the_trigger() -> None:
    # Accepted Friday 2026-11-20: day 1 is Monday the 23rd, day 5 Friday the 27th.
    assert due_date(date(2026, 11, 20), 5, "workdays", CAL) == date(2026, 11, 27)
    assert due_date(date(2026, 11, 20), 0, "workdays", CAL) == date(2026, 11, 20)


def test_workdays_skip_the_national_day_week() -> None:
    # Day 1 is 9-30; 10-1 to 10-7 are rest days; day 2 is 10-8, day 3 10-9.
    assert due_date(date(2026, 9, 29), 3, "workdays", CAL) == date(2026, 10, 9)


def test_calendar_days_ending_on_a_rest_day_move_to_the_next_working_day() -> None:
    # 2026-09-21 + 10 days = 2026-10-01, a holiday: ends on 2026-10-08.
    assert due_date(date(2026, 9, 21), 10, "days", CAL) == date(2026, 10, 8)
    # 2026-11-20 + 7 days = Friday 2026-11-27, a working day: stays.
    assert due_date(date(2026, 11, 20), 7, "days", CAL) == date(2026, 11, 27)


def test_paused_days_are_not_counted() -> None:
    start = date(2026, 11, 2)  # Monday
    plain = due_date(start, 10, "workdays", CAL)
    paused = due_date(start, 10, "workdays", CAL, [(date(2026, 11, 4), date(2026, 11, 10))])
    assert plain == date(2026, 11, 16)
    assert paused == date(2026, 11, 21 + 2)  # five paused working days later: 11-23
    assert due_date(start, 10, "days", CAL, [(date(2026, 11, 4), date(2026, 11, 6))]) == date(
        2026, 11, 16
    )


def test_a_pause_covering_the_trigger_day_counts_from_its_end() -> None:
    got = due_date(date(2026, 11, 2), 1, "workdays", CAL, [(date(2026, 11, 1), date(2026, 11, 3))])
    assert got == date(2026, 11, 4)


def test_bad_input_is_refused() -> None:
    with pytest.raises(DomainError) as err:
        due_date(date(2026, 1, 1), 5, "weeks", CAL)
    assert err.value.code is ErrorCode.UNKNOWN_UNIT
    with pytest.raises(DomainError) as err:
        due_date(date(2026, 1, 1), -1, "days", CAL)
    assert err.value.code is ErrorCode.NEGATIVE_AMOUNT
    with pytest.raises(DomainError) as err:
        due_date(date(2026, 1, 1), 5, "days", CAL, [(date(2026, 1, 5), date(2026, 1, 3))])
    assert err.value.code is ErrorCode.END_BEFORE_START


def test_spans_merge_when_they_touch_or_overlap() -> None:
    assert merge_spans([(10, 12), (1, 3), (4, 5), (11, 20)]) == ((1, 5), (10, 20))


@given(starts, st.integers(0, 120))
def test_workday_due_matches_add_workdays_without_pauses(start: date, n: int) -> None:
    assert due_date(start, n, "workdays", CAL) == CAL.add_workdays(start, n)


@given(starts, st.integers(1, 120), st.integers(0, 60), st.integers(0, 30))
def test_a_pause_never_brings_the_due_date_forward(
    start: date, n: int, offset: int, length: int
) -> None:
    first = start + timedelta(days=offset)
    pause = [(first, first + timedelta(days=length))]
    for unit in ("workdays", "days"):
        assert due_date(start, n, unit, CAL, pause) >= due_date(start, n, unit, CAL)


@given(starts, st.integers(1, 120), st.integers(0, 40), st.integers(0, 20))
def test_working_days_counted_outside_pauses_equal_the_amount(
    start: date, n: int, offset: int, length: int
) -> None:
    first = start + timedelta(days=offset)
    last = first + timedelta(days=length)
    due = due_date(start, n, "workdays", CAL, [(first, last)])
    counted = sum(
        1
        for i in range(1, (due - start).days + 1)
        if CAL.is_workday(day := start + timedelta(days=i)) and not first <= day <= last
    )
    assert counted == n and CAL.is_workday(due) and not first <= due <= last


@given(starts, st.integers(1, 200))
def test_calendar_day_due_is_a_working_day_at_or_after_the_plain_end(start: date, n: int) -> None:
    due = due_date(start, n, "days", CAL)
    plain = start + timedelta(days=n)
    assert CAL.is_workday(due) and due >= plain
    assert all(not CAL.is_workday(plain + timedelta(days=i)) for i in range((due - plain).days))
