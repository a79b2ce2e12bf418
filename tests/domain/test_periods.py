"""Reporting periods and the months a trend covers."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from approvals_gui.domain.errors import DomainError, ErrorCode
from approvals_gui.domain.periods import (
    PeriodKind,
    check_period,
    month_starts,
    period_bounds,
    trend_start,
)


@pytest.mark.parametrize(
    ("kind", "index", "first", "last"),
    [
        (PeriodKind.MONTH, 2, date(2028, 2, 1), date(2028, 2, 29)),
        (PeriodKind.MONTH, 12, date(2028, 12, 1), date(2028, 12, 31)),
        (PeriodKind.QUARTER, 1, date(2028, 1, 1), date(2028, 3, 31)),
        (PeriodKind.QUARTER, 4, date(2028, 10, 1), date(2028, 12, 31)),
        (PeriodKind.YEAR, 1, date(2028, 1, 1), date(2028, 12, 31)),
    ],
)
def test_bounds(kind: PeriodKind, index: int, first: date, last: date) -> None:
    assert period_bounds(kind, 2028, index) == (first, last)


@pytest.mark.parametrize(
    ("first", "last", "code"),
    [
        (date(1, 1, 1), date(2026, 1, 1), ErrorCode.DATE_OUT_OF_RANGE),
        (date(2026, 1, 1), date(9999, 12, 31), ErrorCode.DATE_OUT_OF_RANGE),
        (date(2026, 2, 1), date(2026, 1, 31), ErrorCode.END_BEFORE_START),
    ],
)
def test_a_period_is_within_the_calendar_and_in_order(
    first: date, last: date, code: ErrorCode
) -> None:
    with pytest.raises(DomainError) as refused:
        check_period(first, last)
    assert refused.value.code is code
    check_period(date(2000, 1, 1), date(2060, 12, 31))


def test_no_thirteenth_month() -> None:
    with pytest.raises(ValueError):
        period_bounds(PeriodKind.MONTH, 2028, 13)


@given(st.dates(date(2001, 1, 1), date(2059, 1, 1)), st.integers(0, 800))
def test_trend_months_cover_the_period_and_a_year(first: date, length: int) -> None:
    last = date.fromordinal(first.toordinal() + length)
    months = month_starts(trend_start(first, last), last)
    assert months[0] <= first.replace(day=1) and months[-1] == last.replace(day=1)
    assert len(months) >= 12
    assert all(m.day == 1 for m in months) and months == sorted(set(months))
