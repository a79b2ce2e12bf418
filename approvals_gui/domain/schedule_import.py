"""A year's holiday schedule from a CSV file: date, kind, name — one day a row.

Kinds are written the way the State Council's notice and office calendars write them:
休 (a rest day) or 班 (a make-up working day), and a few spellings of each.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass

from approvals_gui.domain.calendar import FIRST_YEAR, LAST_YEAR, CalendarOverride, OverrideKind
from approvals_gui.domain.errors import DomainError, ErrorCode
from approvals_gui.domain.imports import RowProblem, parse_day

KIND_WORDS: dict[str, OverrideKind] = {
    word: kind
    for kind, words in (
        (OverrideKind.HOLIDAY, ("holiday", "休", "假", "放假", "节假日", "休息", "休息日")),
        (OverrideKind.WORKDAY, ("workday", "班", "上班", "补班", "调休上班", "工作日")),
        (OverrideKind.CLEAR, ("clear", "清除", "恢复")),
    )
    for word in words
}
COLUMNS = ("日期", "类型", "名称")


@dataclass(frozen=True, slots=True)
class ScheduleImport:
    days: list[CalendarOverride]
    problems: list[RowProblem]

    @property
    def years(self) -> list[int]:
        return sorted({d.day.year for d in self.days})


def parse_schedule(text: str) -> ScheduleImport:
    """Every row checked; a header row (one whose first field is not a date) is skipped."""
    days: list[CalendarOverride] = []
    problems: list[RowProblem] = []
    seen: dict[object, int] = {}
    for number, fields in _rows(csv.reader(text.splitlines())):
        day_text, kind_text, name = (fields + ["", "", ""])[:3]
        try:
            day = parse_day(day_text)
        except DomainError as exc:
            if number == 1:
                continue  # a header
            problems.append(RowProblem(number, COLUMNS[0], exc))
            continue
        if not FIRST_YEAR <= day.year <= LAST_YEAR:
            error = DomainError(ErrorCode.DATE_OUT_OF_RANGE, f"{day} is outside the calendar")
            problems.append(RowProblem(number, COLUMNS[0], error))
            continue
        kind = KIND_WORDS.get(kind_text.strip().lower())
        if kind is None:
            error = DomainError(ErrorCode.UNKNOWN_DAY_KIND, "unknown kind", text=kind_text)
            problems.append(RowProblem(number, COLUMNS[1], error))
            continue
        if day in seen:
            error = DomainError(ErrorCode.DUPLICATE_ENTRY, "same day twice", first_row=seen[day])
            problems.append(RowProblem(number, COLUMNS[0], error))
            continue
        seen[day] = number
        days.append(CalendarOverride(day, kind, name.strip()))
    if not days and not problems:
        problems.append(RowProblem(0, "", DomainError(ErrorCode.EMPTY_FILE, "no rows")))
    return ScheduleImport(days, problems)


def _rows(reader: Iterable[list[str]]) -> Iterable[tuple[int, list[str]]]:
    for number, fields in enumerate(reader, start=1):
        if any(f.strip() for f in fields):
            yield number, [f.strip() for f in fields]
