"""The office admin's calendar entries: they win over the shipped schedule."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import partial
from pathlib import Path

from approvals_gui.domain.access import Permission
from approvals_gui.domain.calendar import (
    CalendarOverride,
    DayInfo,
    check_year,
    checked_override,
    confirmed_by_schedule,
)
from approvals_gui.domain.errors import DomainError, ErrorCode
from approvals_gui.domain.imports import MAX_CSV_BYTES
from approvals_gui.domain.schedule_import import (
    ScheduleImport,
    against_schedule,
    parse_schedule,
    refused,
    replacing_entries,
)
from approvals_gui.services.workspace import Workspace
from approvals_gui.store import repo
from approvals_gui.store.db import Session, refuse_if_changed, session_scope
from approvals_gui.store.errors import StoreError

# Who at this bureau confirmed a year, and when.
Confirmation = tuple[str | None, datetime | None]


@dataclass(frozen=True, slots=True)
class YearDays:
    """A year as the calendar page shows it."""

    days: list[DayInfo]  # every day, with its kind, name and where that came from
    # Who at this bureau confirmed the year, and when, if it is theirs to take back
    # (the shipped schedule confirms some years itself).
    confirmed_by: str | None = None
    confirmed_at: datetime | None = None

    @property
    def year(self) -> int:
        return self.days[0].day.year

    @property
    def confirmed(self) -> bool:
        """From the State Council's notice: the shipped schedule's, or this bureau's."""
        return self.days[0].confirmed


def year_days(ws: Workspace, year: int) -> YearDays:
    """Every day of `year`, and who confirmed it here."""
    calendar, day = ws.calendar(), date(year, 1, 1)
    days = []
    while day.year == year:
        days.append(calendar.day_info(day))
        day += timedelta(days=1)
    if confirmed_by_schedule(year):
        return YearDays(days)
    with session_scope(ws.engine, write=False) as session:
        by, at = repo.year_confirmation(session, year)
    return YearDays(days, by, at)


def set_days(
    ws: Workspace, overrides: list[CalendarOverride], shown: Sequence[DayInfo] = ()
) -> None:
    """Record local holidays, working days or cleared days; every due date follows.
    Refused, before anything is written, if a day is outside the calendar or a name is
    too long; and (CHANGED_ELSEWHERE) if a day of `shown`, the days as the user saw
    them when choosing the edit, is no longer so: another desk changed it meanwhile."""
    ws.require(Permission.EDIT_CALENDAR)
    overrides = [checked_override(o) for o in overrides]
    with session_scope(ws.engine) as session:
        _refuse_if_changed(session, shown)
        for override in overrides:
            repo.save_override(session, override, ws.actor)
    ws.reload()


def remove_local(ws: Workspace, days: list[date], shown: Sequence[DayInfo] = ()) -> None:
    """Drop the admin's entries for `days`: the shipped schedule applies again. Refused
    as `set_days` is when a day of `shown` changed meanwhile."""
    ws.require(Permission.EDIT_CALENDAR)
    with session_scope(ws.engine) as session:
        _refuse_if_changed(session, shown)
        for day in days:
            repo.delete_override(session, day)
    ws.reload()


def _refuse_if_changed(session: Session, shown: Sequence[DayInfo]) -> None:
    """CHANGED_ELSEWHERE, naming the days that changed (`days`): of three chosen, the
    one another desk marked meanwhile is what the user needs to look at."""
    if not shown:
        return

    def stored() -> list[DayInfo]:
        return [repo.load_calendar(session).day_info(d.day) for d in shown]

    try:
        refuse_if_changed(session, "calendar", stored, list(shown))
    except StoreError as exc:
        days = [was.day for was, now in zip(shown, stored(), strict=True) if was != now]
        raise StoreError(exc.code, str(exc), **exc.params, days=days) from None


def confirm_year(ws: Workspace, year: int) -> None:
    """Mark `year` as entered from the State Council's notice (no longer an estimate)."""
    ws.require(Permission.EDIT_CALENDAR)
    check_year(year)
    with session_scope(ws.engine) as session:
        repo.confirm_year(session, year, ws.actor, ws.now())
    ws.reload()


def unconfirm_year(ws: Workspace, year: int, based_on: Confirmation) -> None:
    """Take back this bureau's confirmation of `year` (given by mistake, before the State
    Council's notice): its holidays are an estimate again, and countdowns that reach
    into it say their dates may move. `based_on`: who confirmed it and when, as shown;
    refused (CHANGED_ELSEWHERE) if another desk has taken it back, or confirmed it
    afresh, since."""
    ws.require(Permission.EDIT_CALENDAR)
    check_year(year)
    with session_scope(ws.engine) as session:
        current = partial(repo.year_confirmation, session, year)
        refuse_if_changed(session, f"confirmed year {year}", current, based_on)
        repo.unconfirm_year(session, year)
    ws.reload()


def read_schedule(path: Path) -> ScheduleImport:
    """Parse a schedule CSV. Excel on Chinese Windows saves CSV as GBK, so that is
    tried when the file is not UTF-8; a file that is neither is refused as a whole
    rather than read with characters guessed."""
    if path.stat().st_size > MAX_CSV_BYTES:
        megabytes = MAX_CSV_BYTES // (1024 * 1024)
        return refused(
            DomainError(ErrorCode.FILE_TOO_LARGE, f"over {megabytes} MB", megabytes=megabytes)
        )
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return parse_schedule(raw.decode(encoding))
        except UnicodeDecodeError:
            continue
    return refused(DomainError(ErrorCode.UNKNOWN_ENCODING, "neither UTF-8 nor GBK"))


@dataclass(frozen=True, slots=True)
class SchedulePreview:
    """A schedule file as the admin looks at it before importing it."""

    schedule: ScheduleImport
    against: dict[date, DayInfo]  # its days set against the State Council's schedule
    confirmed: frozenset[int]  # its years confirmed already
    past: int = 0  # how many of its days are before today: counted by already
    replacing: dict[date, DayInfo] = field(default_factory=dict)  # entered here, changed


def preview_schedule(ws: Workspace, path: Path, *, today: date) -> SchedulePreview:
    """`read_schedule(path)`, with the days it would set against the State Council's
    schedule (`against_schedule`) and those it changes that this office entered itself
    (`replacing_entries`), which of its years are confirmed already, and how many of its
    days are past."""
    schedule, cal = read_schedule(path), ws.calendar()
    confirmed = frozenset(y for y in schedule.years if cal.is_confirmed(y))
    past = sum(d.day < today for d in schedule.days)
    against = against_schedule(schedule.days, cal)
    return SchedulePreview(
        schedule, against, confirmed, past, replacing_entries(schedule.days, cal)
    )


def import_schedule(ws: Workspace, schedule: ScheduleImport, confirm: bool) -> None:
    """Record every day of a clean schedule, and confirm its years if asked, at once."""
    ws.require(Permission.EDIT_CALENDAR)
    if schedule.problems:
        raise ValueError("a schedule with problems is shown to the user, not imported")
    with session_scope(ws.engine) as session:
        for override in schedule.days:
            repo.save_override(session, override, ws.actor)
        if confirm:
            for year in schedule.years:
                repo.confirm_year(session, year, ws.actor, ws.now())
    ws.reload()
