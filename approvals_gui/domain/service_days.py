"""The enterprise service day (企业服务日): when it falls, what a visit records, how its
follow-ups count down, and the month's report.

The day is the 5th of every month (a dateutil rrule). When the 5th is not a working
day, the bureau's setting decides: the next working day (the default) or the 5th as is.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum

from dateutil.rrule import MONTHLY, rrule

from approvals_gui.domain.calendar import WorkCalendar, check_in_calendar
from approvals_gui.domain.credit_code import validate_credit_code
from approvals_gui.domain.errors import DomainError, ErrorCode
from approvals_gui.domain.text import (
    ENTERPRISE_NAME,
    MATTER,
    MEASURES,
    OWNER,
    PLACE,
    RESOLUTION,
    STAFF,
    clean_form,
)
from approvals_gui.domain.timelimits import workdays_left, workdays_over

SERVICE_MONTHDAY = 5
WARN_WORKDAYS = 3  # a follow-up turns yellow with this many working days left


class ShiftRule(StrEnum):
    NEXT_WORKDAY = "next_workday"  # the default
    KEEP = "keep"  # hold it on the 5th even on a rest day


class Mode(StrEnum):
    COME_IN = "come_in"  # 请进来: the enterprise comes to the bureau
    VISIT = "visit"  # 走出去: staff visit the enterprise


class MatterType(StrEnum):
    EIA_CONSULTATION = "eia_consultation"  # 环评咨询
    APPROVAL_PROGRESS = "approval_progress"  # 审批进度
    PERMIT = "permit"  # 排污许可
    POLLUTION_CONTROL = "pollution_control"  # 污染防治
    OTHER = "other"


class FollowUpStatus(StrEnum):
    OPEN = "open"
    RESOLVED = "resolved"


class FollowUpState(StrEnum):
    NONE = "none"  # nothing to follow up
    NORMAL = "normal"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    RESOLVED = "resolved"  # by its due date, or with none
    RESOLVED_LATE = "resolved_late"  # after its due date


@dataclass(frozen=True, slots=True)
class ServiceDay:
    scheduled: date  # the 5th
    held_on: date  # the day it is held
    # Whether the day hangs on a year's holidays not yet published: a 5th moved off a
    # day off, in such a year, may move again once they are.
    estimated: bool = False

    @property
    def shifted(self) -> bool:
        return self.held_on != self.scheduled


def service_days(
    cal: WorkCalendar, first: date, last: date, rule: ShiftRule = ShiftRule.NEXT_WORKDAY
) -> list[ServiceDay]:
    """Service days held in [first, last], in order."""
    start = (first.replace(day=1) - timedelta(days=1)).replace(day=1)  # a 5th shifted in
    fifths = rrule(MONTHLY, bymonthday=SERVICE_MONTHDAY, dtstart=start, until=last)
    days = [_held(cal, d.date(), rule) for d in fifths]
    return [d for d in days if first <= d.held_on <= last]


def _held(cal: WorkCalendar, fifth: date, rule: ShiftRule) -> ServiceDay:
    if rule is ShiftRule.KEEP:
        return ServiceDay(fifth, fifth)
    estimated = not cal.is_confirmed(fifth.year)
    if cal.is_workday(fifth):
        return ServiceDay(fifth, fifth, estimated)
    return ServiceDay(fifth, cal.add_workdays(fifth, 1), estimated)


def next_service_day(
    cal: WorkCalendar, today: date, rule: ShiftRule = ShiftRule.NEXT_WORKDAY
) -> ServiceDay:
    """Today's service day if it is today, else the next one."""
    return service_days(cal, today, today + timedelta(days=70), rule)[0]


def opening_day(days: Iterable[ServiceDay], today: date) -> date | None:
    """The service day a list of `days` opens on: today's on the day itself, else the
    last one held (its visits are logged on it and after it); None before any."""
    return max((d.held_on for d in days if d.held_on <= today), default=None)


# -- a visit and its follow-up ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Matter:
    kind: MatterType
    description: str
    application_id: int | None = None  # an application of the enterprise it concerns


@dataclass(frozen=True, slots=True)
class VisitForm:
    """What staff record for one enterprise on a service day."""

    day: date
    enterprise_id: int | None  # from the directory; None for a new enterprise
    enterprise_name: str
    credit_code: str
    mode: Mode
    place: str
    staff: str
    matters: tuple[Matter, ...]
    measures: str = ""
    owner: str = ""  # who follows up; empty: nothing to follow up
    due_on: date | None = None
    status: FollowUpStatus = FollowUpStatus.OPEN
    resolved_on: date | None = None
    resolution: str = ""


@dataclass(frozen=True, slots=True)
class Visit:
    id: int
    version: int
    form: VisitForm
    enterprise_id: int


TEXT_FIELDS = {
    "enterprise_name": ENTERPRISE_NAME,
    "place": PLACE,
    "staff": STAFF,
    "measures": MEASURES,
    "owner": OWNER,
    "resolution": RESOLUTION,
}
DATE_FIELDS = ("day", "due_on", "resolved_on")


def _cleaned(form: VisitForm) -> tuple[VisitForm, dict[str, DomainError]]:
    """The form with its texts as they are kept, and the texts refused by field."""
    form, problems = clean_form(form, TEXT_FIELDS)
    matters = []
    for matter in form.matters:
        try:
            matters.append(replace(matter, description=MATTER.clean(matter.description)))
        except DomainError as exc:
            problems.setdefault("matters", exc)
            matters.append(matter)
    return replace(form, matters=tuple(matters)), problems


def visit_problems(form: VisitForm, today: date) -> dict[str, DomainError]:
    """Every problem with the form, by field; empty when it can be saved."""
    form, problems = _cleaned(form)

    def required(name: str, value: str) -> None:
        if not value.strip():
            problems[name] = DomainError(ErrorCode.REQUIRED_FIELD, f"{name} is required")

    required("enterprise_name", form.enterprise_name)
    if form.enterprise_id is None:  # not picked from the directory: found or added by code
        try:
            validate_credit_code(form.credit_code)
        except DomainError as exc:
            problems["credit_code"] = exc
    required("staff", form.staff)
    if form.day > today:
        problems["day"] = DomainError(ErrorCode.DATE_IN_FUTURE, "visit in the future", on=form.day)
    if not any(m.description.strip() for m in form.matters):
        problems["matters"] = DomainError(ErrorCode.REQUIRED_FIELD, "at least one matter")
    if form.owner.strip() and form.due_on is None:
        problems["due_on"] = DomainError(ErrorCode.REQUIRED_FIELD, "a follow-up needs a due date")
    if form.due_on is not None and form.due_on < form.day:
        problems["due_on"] = DomainError(ErrorCode.END_BEFORE_START, "due before the visit")
    if form.due_on is not None and not form.owner.strip():
        problems["owner"] = DomainError(ErrorCode.REQUIRED_FIELD, "a follow-up needs an owner")
    if form.status is FollowUpStatus.RESOLVED:
        if form.resolved_on is None:
            problems["resolved_on"] = DomainError(ErrorCode.REQUIRED_FIELD, "resolved when?")
        elif form.resolved_on < form.day:
            problems["resolved_on"] = DomainError(ErrorCode.END_BEFORE_START, "before the visit")
        elif form.resolved_on > today:
            problems["resolved_on"] = DomainError(
                ErrorCode.DATE_IN_FUTURE, "resolved in the future", on=form.resolved_on
            )
        required("resolution", form.resolution)
    for name in DATE_FIELDS:  # last: beside a date the calendar lacks, nothing else matters
        day = getattr(form, name)
        if day is None:
            continue
        try:
            check_in_calendar(day)
        except DomainError as exc:
            problems[name] = exc
    return problems


def checked_visit(form: VisitForm, today: date) -> VisitForm:
    """The form as it is kept (clean texts); raises its first problem, if any."""
    problems = visit_problems(form, today)
    if problems:
        raise next(iter(problems.values()))
    return _cleaned(form)[0]


@dataclass(frozen=True, slots=True)
class FollowUpClock:
    state: FollowUpState
    workdays_left: int | None = None  # negative: working days over
    # Years without their holiday schedule the count of an open one runs through: it
    # may change once they are published.
    unconfirmed_years: tuple[int, ...] = ()


def follow_up_clock(form: VisitForm, cal: WorkCalendar, today: date) -> FollowUpClock:
    """Open follow-ups count down in working days to their due date, like applications;
    one resolved after it keeps the working days it was over."""
    if form.status is FollowUpStatus.RESOLVED:
        due, resolved = form.due_on, form.resolved_on
        if due is not None and resolved is not None and resolved > due:
            over = workdays_over(due.toordinal(), resolved.toordinal(), cal)
            return FollowUpClock(FollowUpState.RESOLVED_LATE, -over)
        return FollowUpClock(FollowUpState.RESOLVED)
    if form.due_on is None:
        return FollowUpClock(FollowUpState.NONE)
    left = workdays_left(today.toordinal(), form.due_on.toordinal(), cal)
    estimated = cal.unconfirmed_years(today, form.due_on)
    if left < 0:
        return FollowUpClock(FollowUpState.OVERDUE, left, estimated)
    state = FollowUpState.DUE_SOON if left <= WARN_WORKDAYS else FollowUpState.NORMAL
    return FollowUpClock(state, left, estimated)


# -- the month's report --------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MonthlyReport:
    month: date  # its first day
    days: list[ServiceDay]
    visits: list[tuple[Visit, FollowUpClock]]  # the month's, by day
    by_mode: dict[Mode, int]
    by_matter: dict[MatterType, int]
    by_status: dict[FollowUpState, int]
    open_follow_ups: list[tuple[Visit, FollowUpClock]]  # still open today, from any month
    as_of: date  # the today of the follow-ups' states and days left


def monthly_report(
    month: date,
    days: list[ServiceDay],
    visits: Iterable[Visit],
    open_follow_ups: Iterable[tuple[Visit, FollowUpClock]],
    cal: WorkCalendar,
    today: date,
) -> MonthlyReport:
    """Every visit of the month with totals by mode, matter type and follow-up state,
    and every follow-up still open on `today` (whatever month it came from)."""
    listed = sorted(visits, key=lambda v: (v.form.day, v.id))
    clocks = [follow_up_clock(v.form, cal, today) for v in listed]
    return MonthlyReport(
        month,
        days,
        list(zip(listed, clocks, strict=True)),
        dict(Counter(v.form.mode for v in listed)),
        dict(Counter(m.kind for v in listed for m in v.form.matters)),
        dict(Counter(c.state for c in clocks)),
        sorted(open_follow_ups, key=lambda item: (item[0].form.due_on or month, item[0].id)),
        today,
    )
