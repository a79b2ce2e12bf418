"""Reporting periods: a month, a quarter, a year, or any span of days."""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum

from dateutil.relativedelta import relativedelta

from approvals_gui.domain.calendar import check_in_calendar
from approvals_gui.domain.errors import DomainError, ErrorCode

TREND_MONTHS = 12  # a trend shorter than a year hides the seasons


class PeriodKind(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    CUSTOM = "custom"


def period_bounds(kind: PeriodKind, year: int, index: int = 1) -> tuple[date, date]:
    """First and last day of month `index` (1–12), quarter `index` (1–4) or the year."""
    if kind is PeriodKind.MONTH and 1 <= index <= 12:
        first = date(year, index, 1)
        return first, first + relativedelta(months=1, days=-1)
    if kind is PeriodKind.QUARTER and 1 <= index <= 4:
        first = date(year, 3 * index - 2, 1)
        return first, first + relativedelta(months=3, days=-1)
    if kind is PeriodKind.YEAR:
        return date(year, 1, 1), date(year, 12, 31)
    raise ValueError(f"no {kind} number {index}")


def check_period(first: date, last: date) -> None:
    """A span the calendar covers, its end not before its start (DomainError)."""
    check_in_calendar(first)
    check_in_calendar(last)
    if last < first:
        raise DomainError(ErrorCode.END_BEFORE_START, f"{last} is before {first}", first=first)


def month_starts(first: date, last: date) -> list[date]:
    """The first day of every month that [first, last] touches."""
    month = first.replace(day=1)
    months = []
    while month <= last:
        months.append(month)
        month += relativedelta(months=1)
    return months


def trend_start(first: date, last: date) -> date:
    """Where a monthly trend for [first, last] begins: the period's first month, or
    earlier so that at least a year of months is shown."""
    year_back = last.replace(day=1) - relativedelta(months=TREND_MONTHS - 1)
    return min(first.replace(day=1), year_back)


def month_end(month: date) -> date:
    return month + relativedelta(months=1) - timedelta(days=1)
