"""A year's holiday schedule from a CSV file: date, kind, name — one day a line.

Kinds are written the way the State Council's notice and office calendars write them:
休 (a rest day) or 班 (a make-up working day), and a few spellings of each.

Each line is read on its own: a quote left open is that line's problem, never a reason
to fold the lines after it into one day's name.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from approvals_gui.domain.calendar import (
    CalendarOverride,
    DayInfo,
    DaySource,
    OverrideKind,
    WorkCalendar,
    sets_schedule_aside,
)
from approvals_gui.domain.errors import DomainError, ErrorCode
from approvals_gui.domain.imports import (
    MAX_CELL_LENGTH,
    MAX_ROWS,
    Problems,
    RowProblem,
    parse_day,
)
from approvals_gui.domain.text import HOLIDAY_NAME, strip_invisible

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
# What else separates the fields of a line without a comma: the comma of a Chinese input
# method, and the tabs of cells copied from a spreadsheet or a web page.
_OTHER_SEPARATORS = ("，", "\t")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True, slots=True)
class ScheduleImport:
    days: list[CalendarOverride]
    problems: list[RowProblem]  # the first MAX_PROBLEMS_LISTED
    problem_count: int  # all of them

    @property
    def years(self) -> list[int]:
        return sorted({d.day.year for d in self.days})


def refused(error: DomainError) -> ScheduleImport:
    """A file refused as a whole (too large, in an encoding it cannot be read in)."""
    return ScheduleImport([], [RowProblem(0, "", error)], 1)


def against_schedule(days: Sequence[CalendarOverride], cal: WorkCalendar) -> dict[date, DayInfo]:
    """The days of `days` whose entry sets the State Council's schedule aside
    (`sets_schedule_aside`), each as `cal` has it now: a file's typo in a date can turn
    National Day into a working day."""
    found: dict[date, DayInfo] = {}
    for entry in days:
        info = cal.day_info(entry.day)
        if sets_schedule_aside(info, entry.kind):
            found[entry.day] = info
    return found


def replacing_entries(days: Sequence[CalendarOverride], cal: WorkCalendar) -> dict[date, DayInfo]:
    """The days of `days` the office entered itself before (`DaySource.LOCAL`) whose
    entry the file changes, each as `cal` has it now: another kind of day, another name,
    or the entry dropped (CLEAR). The same again changes nothing."""
    found: dict[date, DayInfo] = {}
    for entry in days:
        info = cal.day_info(entry.day)
        if info.source is not DaySource.LOCAL:
            continue
        same = entry.kind is not OverrideKind.CLEAR and info.name == entry.name
        if not (same and info.is_workday is (entry.kind is OverrideKind.WORKDAY)):
            found[entry.day] = info
    return found


def parse_schedule(text: str) -> ScheduleImport:
    """Every line checked; a header (a first line whose first field has no digit, and
    no kind of day after it) is skipped: a first day with a typo in its date is listed
    as a problem, not taken for one."""
    lines = _LINE_BREAK.split(text)
    if len(lines) > MAX_ROWS:
        return refused(
            DomainError(ErrorCode.TOO_MANY_ROWS, f"more than {MAX_ROWS} lines", limit=MAX_ROWS)
        )
    days: list[CalendarOverride] = []
    problems = Problems()
    seen: dict[date, tuple[int, OverrideKind]] = {}  # each day's first row, and its kind
    for number, line in enumerate(lines, start=1):
        found = _day(number, strip_invisible(_with_commas(line)))
        if isinstance(found, RowProblem):
            problems.add(found)
        elif found is not None and found.day in seen:
            problems.add(RowProblem(number, COLUMNS[0], _again(found, *seen[found.day])))
        elif found is not None:
            seen[found.day] = (number, found.kind)
            days.append(found)
    if not days and not problems.count:
        problems.add(RowProblem(0, "", DomainError(ErrorCode.EMPTY_FILE, "no rows")))
    return ScheduleImport(days, problems.listed, problems.count)


def _with_commas(line: str) -> str:
    """A line without a comma, its fields separated otherwise (`_OTHER_SEPARATORS`),
    with commas instead: before invisible characters are cleaned, which turns tabs into
    spaces."""
    if "," in line:
        return line
    return next((line.replace(c, ",") for c in _OTHER_SEPARATORS if c in line), line)


def _again(found: CalendarOverride, first_row: int, first_kind: OverrideKind) -> DomainError:
    """A day a row before gave already: the same again, or the other way (a holiday
    there, a working day here), which the one who fixes the file must choose between."""
    if found.kind is first_kind:
        return DomainError(ErrorCode.DUPLICATE_ENTRY, "same day twice", first_row=first_row)
    return DomainError(
        ErrorCode.DAY_CONTRADICTED,
        f"{found.day}: {first_kind} in row {first_row}, {found.kind} here",
        first_row=first_row,
        first=first_kind.value,
        this=found.kind.value,
    )


def _day(number: int, line: str) -> CalendarOverride | RowProblem | None:
    """The day line `number` gives, its problem, or None for a blank line or a header."""
    if not line.strip():
        return None
    if len(line) > MAX_CELL_LENGTH:
        error = DomainError(
            ErrorCode.TEXT_TOO_LONG,
            f"line of {len(line)} characters",
            limit=MAX_CELL_LENGTH,
            length=len(line),
        )
        return RowProblem(number, "", error)
    try:
        (fields,) = csv.reader([line], strict=True)
    except csv.Error as exc:
        return RowProblem(number, "", DomainError(ErrorCode.BAD_CSV_ROW, str(exc)))
    fields = [f.strip() for f in fields]
    if any(fields[len(COLUMNS) :]):
        error = DomainError(
            ErrorCode.TOO_MANY_COLUMNS, "more than three fields", limit=len(COLUMNS)
        )
        return RowProblem(number, "", error)
    day_text, kind_text, name = (fields + ["", "", ""])[:3]
    try:
        day = parse_day(day_text)
    except DomainError as exc:
        header = not any(c.isdigit() for c in day_text) and kind_text.lower() not in KIND_WORDS
        if number == 1 and exc.code is ErrorCode.INVALID_DATE and header:
            return None
        return RowProblem(number, COLUMNS[0], exc)
    kind = KIND_WORDS.get(kind_text.lower())
    if kind is None:
        error = DomainError(ErrorCode.UNKNOWN_DAY_KIND, "unknown kind", text=kind_text)
        return RowProblem(number, COLUMNS[1], error)
    try:
        return CalendarOverride(day, kind, HOLIDAY_NAME.clean(name))
    except DomainError as exc:
        return RowProblem(number, COLUMNS[2], exc)
