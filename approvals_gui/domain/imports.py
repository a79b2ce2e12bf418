"""What imports share: a refused row with its number and reason, and lenient dates."""

from __future__ import annotations

import re
from contextlib import suppress
from dataclasses import dataclass
from datetime import date, datetime

from approvals_gui.domain.errors import DomainError, ErrorCode

# 2027-10-01, 2027/10/1, 2027.10.1, 2027年10月1日, 20271001
_DATE = re.compile(r"^\s*(\d{4})\s*[-/.年]?\s*(\d{1,2})\s*[-/.月]?\s*(\d{1,2})\s*日?\s*$")


@dataclass(frozen=True, slots=True)
class RowProblem:
    row: int  # as the user sees it in the file: 1 is the first line
    column: str  # the column's heading, or "" for the whole row
    error: DomainError


def parse_day(value: object) -> date:
    """A date from a spreadsheet cell or CSV field, in the forms Chinese offices write."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value if value is not None else "").strip()
    match = _DATE.match(text)
    if match:
        with suppress(ValueError):  # 2027-02-30 has the form but is no date
            return date(*(int(part) for part in match.groups()))
    raise DomainError(ErrorCode.INVALID_DATE, f"not a date: {text!r}", text=text)
