"""Periods of working or calendar days that skip paused spans.

A period starts the day after its trigger (the trigger day is day 0). A calendar-day
period whose last day is a rest day ends on the next working day.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from approvals_gui.domain.calendar import WorkCalendar
from approvals_gui.domain.errors import DomainError, ErrorCode

# (first, last) day ordinals, both inclusive, sorted and not overlapping.
OrdinalSpans = tuple[tuple[int, int], ...]


class Unit(StrEnum):
    WORKDAYS = "workdays"  # 工作日
    DAYS = "days"  # 自然日


@dataclass(frozen=True, slots=True)
class Limit:
    amount: int
    unit: Unit

    def __post_init__(self) -> None:
        if self.amount < 0:
            raise DomainError(ErrorCode.NEGATIVE_AMOUNT, "a limit cannot be negative")


def due_date(
    start: date,
    amount: int,
    unit: str,
    calendar: WorkCalendar,
    pauses: Iterable[tuple[date, date]] = (),
) -> date:
    """The last day of `amount` units after `start`, not counting days inside `pauses`."""
    spans = merge_spans((a.toordinal(), b.toordinal()) for a, b in pauses)
    return date.fromordinal(
        due_ord(start.toordinal(), Limit(amount, parse_unit(unit)), calendar, spans)
    )


def parse_unit(unit: str) -> Unit:
    try:
        return Unit(unit)
    except ValueError:
        raise DomainError(ErrorCode.UNKNOWN_UNIT, f"unknown unit {unit!r}", unit=unit) from None


def merge_spans(spans: Iterable[tuple[int, int]]) -> OrdinalSpans:
    """Sort spans and merge the ones that overlap or touch."""
    merged: list[tuple[int, int]] = []
    for first, last in sorted(spans):
        if last < first:
            raise DomainError(
                ErrorCode.END_BEFORE_START,
                "a pause ends before it starts",
                first=date.fromordinal(first),
                last=date.fromordinal(last),
            )
        if merged and first <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(merged[-1][1], last))
        else:
            merged.append((first, last))
    return tuple(merged)


def due_ord(start: int, limit: Limit, calendar: WorkCalendar, pauses: OrdinalSpans = ()) -> int:
    """`due_date` on day ordinals with spans already merged: the engine's hot path."""
    remaining = limit.amount
    if remaining == 0:
        return start
    workdays = limit.unit is Unit.WORKDAYS
    cursor = start
    for first, last in pauses:
        if last <= cursor:
            continue
        if first > cursor:
            before = first - 1
            room = calendar.workdays_between_ord(cursor, before) if workdays else before - cursor
            if room >= remaining:
                break
            remaining -= room
        cursor = last
    if workdays:
        return calendar.add_workdays_ord(cursor, remaining)
    return calendar.next_workday_on_or_after_ord(cursor + remaining)


def workdays_counted(start: int, end: int, calendar: WorkCalendar, pauses: OrdinalSpans) -> int:
    """Working days in (start, end] outside the paused spans."""
    total = calendar.workdays_between_ord(start, end)
    for first, last in pauses:  # usually none
        lo, hi = max(first, start + 1), min(last, end)
        if lo <= hi:
            total -= calendar.workdays_between_ord(lo - 1, hi)
    return total


def workdays_over(due: int, day: int, calendar: WorkCalendar) -> int:
    """Working days `day` is past a limit whose last day is `due` (ordinals): those in
    (due, day], and at least one once `due` has passed: on the rest days just after
    it the limit is already missed (a Friday's, on Saturday), not "0 over"."""
    return max(1, calendar.workdays_between_ord(due, day)) if day > due else 0


def workdays_left(day: int, due: int, calendar: WorkCalendar) -> int:
    """Working days from `day` to a limit's last day `due` (ordinals): 0 on that day,
    minus `workdays_over` after it."""
    if day > due:
        return -workdays_over(due, day, calendar)
    return calendar.workdays_between_ord(day, due)
