"""What imports share: their limits, a refused row with its number and reason, the
list of problems a report shows, and lenient dates."""

from __future__ import annotations

import re
from calendar import monthrange
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import date, datetime

from approvals_gui.domain.calendar import check_in_calendar
from approvals_gui.domain.errors import DomainError, ErrorCode
from approvals_gui.domain.text import half_width

# The limits of an import. A file beyond them is refused as soon as reading reaches
# them, so that a small file that unpacks to millions of rows costs seconds, not hours.
MAX_ROWS = 100_000  # rows of a sheet or lines of a CSV file, headings included
MAX_COLUMNS = 100
MAX_CELL_LENGTH = 2_000  # characters in one cell, or in one line of a CSV file
MAX_PROBLEMS_LISTED = 200  # problems listed one by one; all of them are counted
MAX_UNPACKED_BYTES = 256 * 1024 * 1024  # an .xlsx file's parts, unpacked
MAX_CSV_BYTES = 10 * 1024 * 1024

# 2027-10-01, 2027/10/1, 2027.10.1, 2027年10月1日; without separators only 20271001:
# 2026111 could be 2026-11-01 or 2026-01-11.
_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")
_COMPACT_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})$")


@dataclass(frozen=True, slots=True)
class RowProblem:
    row: int  # as the user sees it in the file: 1 is the first line; 0 the whole file
    column: str  # the column's heading, or "" for the whole row
    error: DomainError


@dataclass(frozen=True, slots=True)
class BadCell:
    """A cell a reader could take no value from (a formula never calculated, text too
    long to keep); checking the row reports `error` against the cell's column."""

    error: DomainError


@dataclass(slots=True)
class Problems:
    """Problems as they are found: the first MAX_PROBLEMS_LISTED kept to be shown,
    every one counted, and every row with one."""

    listed: list[RowProblem] = field(default_factory=list)
    count: int = 0
    rows: set[int] = field(default_factory=set)

    def add(self, problem: RowProblem) -> None:
        self.count += 1
        self.rows.add(problem.row)
        if len(self.listed) < MAX_PROBLEMS_LISTED:
            self.listed.append(problem)


def parse_day(value: object) -> date:
    """A date from a spreadsheet cell or CSV field, in the forms Chinese offices write;
    refused if it is no date, or one the calendar does not cover."""
    if isinstance(value, datetime):
        return check_in_calendar(value.date())
    if isinstance(value, date):
        return check_in_calendar(value)
    return check_in_calendar(typed_day(str(value if value is not None else "")))


def typed_day(text: str) -> date:
    """A date as Chinese offices write it (2027-10-01, 2027/10/1, 2027.10.1,
    2027年10月1日, 20271001), whether or not the calendar covers it; refused if it is no
    date. A form's date field reads what is typed in it here, in full width too (an
    input method in 全角 types ２０２６－１１－５)."""
    text = half_width(text).strip()
    match = _DATE.match(text) or _COMPACT_DATE.match(text)
    if match:
        year, month, day = (int(part) for part in match.groups())
        with suppress(ValueError):
            return date(year, month, day)
        if year >= 1 and 1 <= month <= 12 and day >= 1:  # 2027-02-30: the day is wrong
            raise DomainError(
                ErrorCode.NO_SUCH_DAY,
                f"no such day: {text!r}",
                text=text,
                year=year,
                month=month,
                days=monthrange(year, month)[1],
            )
        if year >= 1 and not 1 <= month <= 12:  # 2026-13-01: the month is wrong
            raise DomainError(ErrorCode.NO_SUCH_MONTH, f"no such month: {text!r}", text=text)
    raise DomainError(ErrorCode.INVALID_DATE, f"not a date: {text!r}", text=text)
