"""WorkCalendar against the official schedules, its overrides and its arithmetic laws."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from approvals_gui.domain.calendar import (
    CalendarOverride,
    DayKind,
    DaySource,
    OverrideKind,
    WorkCalendar,
    marking,
    sets_schedule_aside,
)
from approvals_gui.domain.errors import DomainError, ErrorCode
from tests.domain.official_schedules import all_days, official_is_workday

CAL = WorkCalendar.china()
days_in_range = st.dates(min_value=date(2001, 1, 1), max_value=date(2058, 12, 31))
amounts = st.integers(min_value=0, max_value=400)


@pytest.mark.parametrize("year", range(2019, 2027))
def test_every_day_matches_the_official_notice(year: int) -> None:
    mismatches = [d for d in all_days(year, year) if CAL.is_workday(d) != official_is_workday(d)]
    assert mismatches == []


@pytest.mark.parametrize(
    ("day", "kind"),
    [
        (date(2026, 2, 14), DayKind.MAKEUP_WORKDAY),  # Saturday before the Spring Festival
        (date(2026, 9, 20), DayKind.MAKEUP_WORKDAY),  # Sunday before National Day
        (date(2026, 10, 5), DayKind.HOLIDAY),
        (date(2026, 10, 10), DayKind.MAKEUP_WORKDAY),
        (date(2026, 11, 25), DayKind.WORKDAY),
        (date(2026, 11, 28), DayKind.WEEKEND),
    ],
)
def test_day_kinds(day: date, kind: DayKind) -> None:
    assert CAL.day_info(day).kind is kind


def test_years_with_an_official_notice_are_confirmed_and_later_ones_are_not() -> None:
    assert all(CAL.is_confirmed(y) for y in range(2019, 2027))
    assert not CAL.is_confirmed(2027)
    assert CAL.unconfirmed_years(date(2026, 12, 1), date(2027, 1, 20)) == (2027,)
    assert WorkCalendar.china(confirmed_years=[2027]).is_confirmed(2027)


def test_known_sums_and_additions() -> None:
    # The whole of 2026, counted from the notice.
    expected = sum(official_is_workday(d) for d in all_days(2026, 2026))
    assert CAL.workdays_between(date(2025, 12, 31), date(2026, 12, 31)) == expected
    assert CAL.add_workdays(date(2026, 9, 30), 1) == date(2026, 10, 8)
    assert CAL.add_workdays(date(2026, 9, 30), 3) == date(2026, 10, 10)  # make-up Saturday
    assert CAL.add_workdays(date(2026, 2, 13), 1) == date(2026, 2, 14)


def test_local_overrides_win_over_the_package() -> None:
    overrides = [
        CalendarOverride(date(2026, 11, 26), OverrideKind.HOLIDAY, "本地放假"),
        CalendarOverride(date(2026, 11, 28), OverrideKind.WORKDAY, "补班"),
        CalendarOverride(date(2026, 10, 5), OverrideKind.CLEAR),
    ]
    cal = WorkCalendar.china(overrides)
    assert not cal.is_workday(date(2026, 11, 26))
    info = cal.day_info(date(2026, 11, 28))
    assert info.is_workday and info.source is DaySource.LOCAL and info.name == "补班"
    assert cal.is_workday(date(2026, 10, 5))  # cleared: a plain Monday again
    assert cal.day_info(date(2026, 10, 5)).source is DaySource.WEEKDAY_RULE
    assert CAL.is_workday(date(2026, 11, 26))  # the original is untouched


def test_rest_days_between_lists_weekends_and_holidays() -> None:
    rest = CAL.rest_days_between(date(2026, 9, 30), date(2026, 10, 8))
    assert [d.day for d in rest] == [date(2026, 10, d) for d in range(1, 8)]


def test_dates_outside_the_index_are_refused() -> None:
    with pytest.raises(DomainError) as err:
        CAL.is_workday(date(1999, 12, 31))
    assert err.value.code is ErrorCode.DATE_OUT_OF_RANGE
    with pytest.raises(DomainError):
        CAL.add_workdays(date(2060, 12, 1), 100)
    with pytest.raises(DomainError) as err:
        CAL.add_workdays(date(2026, 1, 1), -1)
    assert err.value.code is ErrorCode.NEGATIVE_AMOUNT


@given(days_in_range, amounts)
def test_add_then_count_gives_back_n(start: date, n: int) -> None:
    assert CAL.workdays_between(start, CAL.add_workdays(start, n)) == n


@given(days_in_range, st.integers(min_value=1, max_value=400))
def test_add_lands_on_a_working_day(start: date, n: int) -> None:
    end = CAL.add_workdays(start, n)
    assert end > start and CAL.is_workday(end)


@given(days_in_range, amounts, amounts)
def test_add_is_monotonic_in_n(start: date, a: int, b: int) -> None:
    if a <= b:
        assert CAL.add_workdays(start, a) <= CAL.add_workdays(start, b)


@given(days_in_range, days_in_range)
def test_count_is_monotonic_and_antisymmetric(a: date, b: date) -> None:
    assert CAL.workdays_between(a, b) == -CAL.workdays_between(b, a)
    if a <= b:
        assert 0 <= CAL.workdays_between(a, b) <= (b - a).days


@given(days_in_range)
def test_a_working_day_plus_zero_is_itself(day: date) -> None:
    assert CAL.add_workdays(day, 0) == day


@given(days_in_range, st.integers(min_value=0, max_value=60))
def test_count_matches_a_day_by_day_walk(start: date, span: int) -> None:
    end = start + timedelta(days=span)
    walked = sum(CAL.is_workday(start + timedelta(days=i)) for i in range(1, span + 1))
    assert CAL.workdays_between(start, end) == walked


# -- fingerprint -------------------------------------------------------------------------


def test_the_fingerprint_follows_the_working_days_and_the_confirmed_years() -> None:
    plain = WorkCalendar.china()
    assert WorkCalendar.china().fingerprint() == plain.fingerprint()
    saturday = date(2026, 3, 7)
    monday = date(2026, 3, 9)
    # A holiday renamed counts every day alike: the same fingerprint.
    renamed = WorkCalendar.china([CalendarOverride(date(2026, 10, 1), OverrideKind.HOLIDAY, "节")])
    assert renamed.fingerprint() == plain.fingerprint()
    for changed in (
        WorkCalendar.china([CalendarOverride(monday, OverrideKind.HOLIDAY, "停工")]),
        WorkCalendar.china([CalendarOverride(saturday, OverrideKind.WORKDAY, "调休")]),
        WorkCalendar.china(confirmed_years=[2059]),
    ):
        assert changed.fingerprint() != plain.fingerprint()


@pytest.mark.parametrize("kind", list(OverrideKind))
def test_setting_the_schedule_aside_is_turning_a_day_it_sets_the_other_kind(
    kind: OverrideKind,
) -> None:
    """Every day of eight years, against the calendar's own reading of the entry: a day
    the package sets is set aside when the entry changes whether it is worked; a day
    the bureau entered before, or one the package leaves to its weekday, never is."""
    days = list(all_days(2019, 2026))
    entered = WorkCalendar.china([CalendarOverride(d, kind) for d in days])
    for day in days:
        info = CAL.day_info(day)
        changes = entered.is_workday(day) != info.is_workday
        assert sets_schedule_aside(info, kind) == (info.source is DaySource.PACKAGE and changes), (
            day
        )
        assert not sets_schedule_aside(entered.day_info(day), kind)


def test_marking_leaves_days_already_so_and_names_the_schedules_own() -> None:
    national_day, saturday_worked = date(2026, 10, 1), date(2026, 10, 10)
    wednesday, sunday = date(2026, 12, 9), date(2026, 12, 13)
    shown = [CAL.day_info(d) for d in (national_day, saturday_worked, wednesday, sunday)]
    working = marking(shown, OverrideKind.WORKDAY)
    assert [d.day for d in working.changed] == [national_day, sunday]
    assert [d.day for d in working.unchanged] == [saturday_worked, wednesday]
    assert [d.day for d in working.against_schedule] == [national_day]
    resting = marking(shown, OverrideKind.HOLIDAY)
    # A holiday may be named again; a plain Sunday is a rest day already.
    assert [d.day for d in resting.changed] == [national_day, saturday_worked, wednesday]
    assert [d.day for d in resting.unchanged] == [sunday]
    assert [d.day for d in resting.against_schedule] == [saturday_worked]
