"""China's working-day calendar with local overrides and O(1)/O(log n) queries.

The statutory holidays and make-up working days (调休) come from the `holidays`
package; the office admin's local entries win over it. Everything is folded into a
precomputed index at construction: a byte per day (working or not), the running count
of working days, and the position of every working day, so counting is a subtraction
and adding is two array look-ups: both O(1).
"""

from __future__ import annotations

import hashlib
import importlib
import os
import re
import sys
import threading
from array import array
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from functools import lru_cache
from importlib.machinery import PathFinder
from importlib.util import module_from_spec
from types import ModuleType

from approvals_gui.domain.errors import DomainError, ErrorCode
from approvals_gui.domain.text import HOLIDAY_NAME

FIRST_YEAR = 2000
LAST_YEAR = 2060
FIRST_DAY = date(FIRST_YEAR, 1, 1)
LAST_DAY = date(LAST_YEAR, 12, 31)


class DayKind(StrEnum):
    WORKDAY = "workday"
    WEEKEND = "weekend"
    HOLIDAY = "holiday"
    MAKEUP_WORKDAY = "makeup_workday"


class DaySource(StrEnum):
    """Where a day's kind comes from."""

    WEEKDAY_RULE = "weekday_rule"  # plain Monday–Friday / Saturday–Sunday
    PACKAGE = "package"  # the shipped State Council schedule
    LOCAL = "local"  # entered by the office admin


class OverrideKind(StrEnum):
    HOLIDAY = "holiday"  # a rest day, whatever the package says
    WORKDAY = "workday"  # a working day, whatever the package says
    CLEAR = "clear"  # back to the plain weekday rule, dropping the package's entry


@dataclass(frozen=True, slots=True)
class CalendarOverride:
    day: date
    kind: OverrideKind
    name: str = ""


@dataclass(frozen=True, slots=True)
class DayInfo:
    day: date
    kind: DayKind
    name: str
    source: DaySource
    confirmed: bool

    @property
    def is_workday(self) -> bool:
        return self.kind in (DayKind.WORKDAY, DayKind.MAKEUP_WORKDAY)


@dataclass(frozen=True, slots=True)
class _Entry:
    kind: DayKind
    name: str
    source: DaySource


class WorkCalendar:
    """Working days between FIRST_YEAR and LAST_YEAR, queried in O(1) or O(log n).

    Args:
        holidays: rest days by date with their names (weekdays or weekends).
        makeup_workdays: Saturdays or Sundays that are working days, with names.
        confirmed_years: years whose schedule is official (not an estimate).
        overrides: local entries; they win over `holidays` and `makeup_workdays`.
    """

    def __init__(
        self,
        holidays: Mapping[date, str],
        makeup_workdays: Mapping[date, str],
        confirmed_years: Iterable[int],
        overrides: Iterable[CalendarOverride] = (),
    ) -> None:
        self._confirmed = frozenset(confirmed_years)
        by_day = {o.day: o for o in overrides}
        self._entries = self._merge(holidays, makeup_workdays, by_day)
        self._base = FIRST_DAY.toordinal()
        self._end = LAST_DAY.toordinal()
        self._work, self._cum, self._positions = self._build_index()
        self._confirmed_from, self._confirmed_until = self._confirmed_run()

    @classmethod
    def china(
        cls,
        overrides: Iterable[CalendarOverride] = (),
        confirmed_years: Iterable[int] = (),
    ) -> WorkCalendar:
        """The shipped China schedule plus local overrides.

        `confirmed_years` adds years the admin has confirmed locally (entered from the
        State Council's notice) to those the package already carries officially.
        """
        holidays, makeup, official = _china_package_data()
        return cls(holidays, makeup, official | frozenset(confirmed_years), overrides)

    # -- queries -------------------------------------------------------------------

    def fingerprint(self) -> str:
        """The same for two calendars that count every day alike (the working days and
        the confirmed years): what a countdown kept between runs was computed with."""
        digest = hashlib.sha256(bytes(self._work))
        digest.update(repr(sorted(self._confirmed)).encode())
        return digest.hexdigest()

    def is_workday(self, day: date) -> bool:
        return bool(self._work[self._index(day.toordinal())])

    def add_workdays(self, day: date, n: int) -> date:
        """The n-th working day after `day`; n = 0 returns `day` itself."""
        return date.fromordinal(self.add_workdays_ord(day.toordinal(), n))

    def workdays_between(self, start: date, end: date) -> int:
        """Working days in (start, end]; negative when end is before start."""
        return self.workdays_between_ord(start.toordinal(), end.toordinal())

    def is_confirmed(self, year: int) -> bool:
        return year in self._confirmed

    def unconfirmed_years(self, start: date, end: date) -> tuple[int, ...]:
        """Years touched by [start, end] whose schedule is only an estimate."""
        return self.unconfirmed_years_ord(start.toordinal(), end.toordinal())

    def unconfirmed_years_ord(self, start: int, end: int) -> tuple[int, ...]:
        lo, hi = (start, end) if start <= end else (end, start)  # sorted(): a tenth of a clock
        if self._confirmed_from <= lo and hi <= self._confirmed_until:
            return ()  # the common case, answered without building dates
        first, last = date.fromordinal(lo).year, date.fromordinal(hi).year
        return tuple(y for y in range(first, last + 1) if y not in self._confirmed)

    def day_info(self, day: date) -> DayInfo:
        self._index(day.toordinal())
        entry = self._entries.get(day)
        if entry is None:
            weekend = day.weekday() >= 5
            kind = DayKind.WEEKEND if weekend else DayKind.WORKDAY
            entry = _Entry(kind, "", DaySource.WEEKDAY_RULE)
        return DayInfo(day, entry.kind, entry.name, entry.source, self.is_confirmed(day.year))

    def rest_days_between(self, start: date, end: date) -> list[DayInfo]:
        """The rest days in (start, end], in order."""
        days = []
        for ordinal in range(start.toordinal() + 1, end.toordinal() + 1):
            if not self._work[self._index(ordinal)]:
                days.append(self.day_info(date.fromordinal(ordinal)))
        return days

    # -- ordinal fast paths, used by the time-limit engine --------------------------

    def add_workdays_ord(self, ordinal: int, n: int) -> int:
        # Hot path: range checks inlined rather than through _index.
        i = ordinal - self._base
        if n <= 0:
            if n < 0:
                raise DomainError(ErrorCode.NEGATIVE_AMOUNT, f"n must be ≥ 0, got {n}", n=n)
            self._index(ordinal)
            return ordinal
        if i < 0 or i >= len(self._cum):
            raise out_of_calendar(date.fromordinal(max(ordinal, 1)))
        k = self._cum[i] + n - 1  # index of the wanted day among all working days
        if k >= len(self._positions):
            raise out_of_calendar(date.fromordinal(ordinal) + timedelta(days=n))
        return self._base + self._positions[k]

    def workdays_between_ord(self, start: int, end: int) -> int:
        i, j = start - self._base, end - self._base
        if i < 0 or j < 0:  # negative indexes would silently wrap around
            raise out_of_calendar(date.fromordinal(max(min(start, end), 1)))
        try:
            return self._cum[j] - self._cum[i]
        except IndexError:
            raise out_of_calendar(date.fromordinal(max(start, end))) from None

    def next_workday_on_or_after_ord(self, ordinal: int) -> int:
        if self._work[self._index(ordinal)]:
            return ordinal
        return self.add_workdays_ord(ordinal, 1)

    # -- construction --------------------------------------------------------------

    @staticmethod
    def _merge(
        holidays: Mapping[date, str],
        makeup: Mapping[date, str],
        overrides: Mapping[date, CalendarOverride],
    ) -> dict[date, _Entry]:
        entries = {d: _Entry(DayKind.HOLIDAY, n, DaySource.PACKAGE) for d, n in holidays.items()}
        for d, n in makeup.items():
            entries[d] = _Entry(DayKind.MAKEUP_WORKDAY, n, DaySource.PACKAGE)
        for d, o in overrides.items():
            if o.kind is OverrideKind.CLEAR:
                entries.pop(d, None)
            elif o.kind is OverrideKind.HOLIDAY:
                entries[d] = _Entry(DayKind.HOLIDAY, o.name, DaySource.LOCAL)
            else:
                weekend = d.weekday() >= 5
                kind = DayKind.MAKEUP_WORKDAY if weekend else DayKind.WORKDAY
                entries[d] = _Entry(kind, o.name, DaySource.LOCAL)
        return entries

    def _build_index(self) -> tuple[bytearray, list[int], list[int]]:
        size = self._end - self._base + 1
        work = bytearray(size)
        first_weekday = date.fromordinal(self._base).weekday()
        for i in range(size):
            work[i] = (first_weekday + i) % 7 < 5
        for d, entry in self._entries.items():
            i = d.toordinal() - self._base
            if 0 <= i < size:
                work[i] = entry.kind in (DayKind.WORKDAY, DayKind.MAKEUP_WORKDAY)
        cum = array("l", [0]) * size
        positions = array("l")
        running = 0
        for i in range(size):
            if work[i]:
                running += 1
                positions.append(i)
            cum[i] = running
        # As lists: an array boxes a new int at every lookup, a list hands out its own.
        return work, cum.tolist(), positions.tolist()

    def _confirmed_run(self) -> tuple[int, int]:
        """Ordinals bounding the run of confirmed years around the newest one (or empty)."""
        if not self._confirmed:
            return 1, 0
        last = max(self._confirmed)
        first = last
        while first - 1 in self._confirmed:
            first -= 1
        return date(first, 1, 1).toordinal(), date(last, 12, 31).toordinal()

    def _index(self, ordinal: int) -> int:
        i = ordinal - self._base
        if i < 0 or ordinal > self._end:
            raise out_of_calendar(date.fromordinal(max(ordinal, 1)))
        return i


def out_of_calendar(day: date | int) -> DomainError:
    """The refusal of a day (or a year) the calendar does not cover."""
    return DomainError(
        ErrorCode.DATE_OUT_OF_RANGE,
        f"{day} is outside the calendar ({FIRST_YEAR}–{LAST_YEAR})",
        day=day,
        first_year=FIRST_YEAR,
        last_year=LAST_YEAR,
    )


def check_in_calendar(day: date) -> date:
    """`day` itself, if the calendar covers it. Every date a form or a file gives
    passes here first: a date stored outside the calendar would stop every list,
    export and figure that counts working days with it."""
    if not FIRST_DAY <= day <= LAST_DAY:
        raise out_of_calendar(day)
    return day


def check_year(year: int) -> int:
    """`year` itself, if the calendar covers it."""
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise out_of_calendar(year)
    return year


@dataclass(frozen=True, slots=True)
class Marking:
    """What marking some days as holidays or as working days would do."""

    changed: tuple[DayInfo, ...]  # the days it changes
    unchanged: tuple[DayInfo, ...]  # already so, left as they are
    # Of `changed`, the days the State Council's schedule makes the other kind: a
    # national holiday made a working day, or a make-up working day made a rest day.
    against_schedule: tuple[DayInfo, ...]


def marking(days: Sequence[DayInfo], kind: OverrideKind) -> Marking:
    """Marking `days` (as shown) as `kind` (HOLIDAY or WORKDAY). A working day made a
    working day, or a plain weekend day a holiday, is already so and left alone; a
    holiday may be named again."""
    working = kind is OverrideKind.WORKDAY

    def already(info: DayInfo) -> bool:
        return info.is_workday if working else info.kind is DayKind.WEEKEND

    changed = tuple(d for d in days if not already(d))
    against = tuple(d for d in changed if sets_schedule_aside(d, kind))
    return Marking(changed, tuple(d for d in days if already(d)), against)


def sets_schedule_aside(info: DayInfo, kind: OverrideKind) -> bool:
    """Whether an entry of `kind` for `info`'s day (as it is now) makes a day the State
    Council's schedule sets the other kind: a national holiday a working day, or a
    make-up working day a rest day. CLEAR leaves the day to its weekday."""
    if info.source is not DaySource.PACKAGE:
        return False
    working = info.day.weekday() < 5 if kind is OverrideKind.CLEAR else kind is OverrideKind.WORKDAY
    return info.is_workday is not working


def checked_override(override: CalendarOverride) -> CalendarOverride:
    """An admin's entry as it is kept: a day the calendar covers, a clean name."""
    return CalendarOverride(
        check_in_calendar(override.day), override.kind, HOLIDAY_NAME.clean(override.name)
    )


def confirmed_by_schedule(year: int) -> bool:
    """Whether the shipped schedule has the State Council's notice for `year` (no local
    confirmation is needed, nor can one be taken back)."""
    return year in _china_package_data()[2]


@lru_cache(maxsize=1)
def _china_package_data() -> tuple[dict[date, str], dict[date, str], frozenset[int]]:
    """Holidays, make-up working days and officially confirmed years from `holidays`."""
    china = _china_module()
    years = range(FIRST_YEAR, LAST_YEAR + 1)
    cn = china.China(years=years, language="zh_CN")
    rest = {d: str(name) for d, name in cn.items()}
    makeup = dict.fromkeys(cn.weekend_workdays, "")
    # The package lists make-up days and bridge days only for years it has the State
    # Council's notice for; later years are its estimate from the fixed-date rules.
    official = frozenset(china.ChinaStaticHolidays.special_public_holidays)
    return rest, makeup, official


@lru_cache(maxsize=1)
def english_day_names() -> dict[date, str]:
    """The shipped schedule's rest days named in English, by date: the `holidays`
    package's own translation of the names `_china_package_data` gives in Chinese, with
    the dates in them (US style there: "Day off (substituted from 09/20/2026)") written
    as everywhere else, 2026-09-20."""
    china = _china_module().China(years=range(FIRST_YEAR, LAST_YEAR + 1), language="en_US")
    return {d: _US_DATE.sub(r"\3-\1-\2", str(name)) for d, name in china.items()}


_US_DATE = re.compile(r"\b(\d{2})/(\d{2})/(\d{4})\b")


_LOADING_CHINA = threading.Lock()


def _china_module() -> ModuleType:
    """`holidays.countries.china`, loaded on its own.

    Imported by name, it first runs `holidays.countries`, which imports every country
    the package has (some 250 modules: a third of a second on every start). Registered
    under its own name, it is the one any later import of it, or of the whole package,
    finds; only the attribute `holidays.countries.china` stays unset.
    """
    name = "holidays.countries.china"
    with _LOADING_CHINA:  # workers may ask at once: none may see it half loaded
        if name in sys.modules:
            return sys.modules[name]
        import holidays  # the package itself loads its countries lazily

        places = [os.path.join(place, "countries") for place in holidays.__path__]
        spec = PathFinder.find_spec(name, places)  # also finds it in a PyInstaller build
        if spec is None or spec.loader is None:
            return importlib.import_module(name)
        module = module_from_spec(spec)
        sys.modules[name] = module
        try:
            spec.loader.exec_module(module)
        except BaseException:
            del sys.modules[name]
            raise
        return module
