"""A case's due dates, computed from its facts on read (a calendar correction moves them
all): 受理告知 15 days from receipt, 办结 60 days from 受理 (plus an extension), the unit's
own date from 交办, 复查 and 复核 30 days from their requests. Calendar days; a period
whose last day is a rest day ends on the next working day. Each date explains itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from approvals_gui.domain.calendar import DayInfo, WorkCalendar
from approvals_gui.domain.hotline.cases import CLOSED_STAGES, CaseFacts, CaseStage
from approvals_gui.domain.hotline.rules import HotlineRule
from approvals_gui.domain.timelimits import due_date

# The unit's date a hand-over suggests: this many days on (the clerk may set another).
UNIT_DAYS = 15


def suggested_unit_due(handed_over: date, close_due: date | None, cal: WorkCalendar) -> date:
    """The unit's date a hand-over suggests: UNIT_DAYS days on, its last day moved off a
    rest day as the hotline's periods are (a Saturday had been suggested, and a unit
    counted late from it), and never after the 办结 date."""
    due = due_date(handed_over, UNIT_DAYS, "days", cal)
    return due if close_due is None else min(due, close_due)


class CaseDueKind(StrEnum):
    ACCEPT = "accept"  # 受理告知
    UNIT = "unit"  # 承办单位办理期限
    CLOSE = "close"  # 办结
    REVIEW = "review"  # 复查
    RECHECK = "recheck"  # 复核


class CaseStatus(StrEnum):
    NORMAL = "normal"
    DUE_SOON = "due_soon"  # at most the rule's warn_days left
    OVERDUE = "overdue"  # the running date has passed
    CLOSED_ON_TIME = "closed_on_time"  # 按期办结
    CLOSED_LATE = "closed_late"  # 逾期办结
    NOT_ACCEPTED = "not_accepted"
    MERGED = "merged"


RUNNING_STATUSES = frozenset({CaseStatus.NORMAL, CaseStatus.DUE_SOON, CaseStatus.OVERDUE})


@dataclass(frozen=True, slots=True)
class CaseDeadline:
    kind: CaseDueKind
    start: date  # day 0: the receipt, the acceptance, the hand-over or the request
    due: date
    done_on: date | None  # the step that met it, if taken
    # Years without their holiday schedule its date was counted on (none for the unit's
    # date, which is given, not counted): it may move once they are published.
    estimated_years: tuple[int, ...] = ()

    @property
    def on_time(self) -> bool | None:
        return None if self.done_on is None else self.done_on <= self.due

    def days_left(self, today: date) -> int:
        """Calendar days from today to the due date; negative once past."""
        return (self.due - today).days


@dataclass(frozen=True, slots=True)
class CaseClock:
    status: CaseStatus
    deadlines: tuple[CaseDeadline, ...]  # every date that applies, in the order they arise
    current: CaseDeadline | None  # the one running now
    today: date

    @property
    def days_left(self) -> int | None:
        return None if self.current is None else self.current.days_left(self.today)

    def deadline(self, kind: CaseDueKind) -> CaseDeadline | None:
        return next((d for d in self.deadlines if d.kind is kind), None)

    @property
    def running_unconfirmed_years(self) -> tuple[int, ...]:
        """The years without their holiday schedule that a date still open was counted
        on: the pane says so beside them (none once the case is closed)."""
        return tuple(
            sorted({y for d in self.deadlines if d.done_on is None for y in d.estimated_years})
        )

    @property
    def close_due(self) -> date | None:
        found = self.deadline(CaseDueKind.CLOSE)
        return None if found is None else found.due

    @property
    def closed_in_time(self) -> bool | None:
        """Whether the case was closed (办结) by its date; None until it is closed. A
        review or recheck asked for afterwards does not change it."""
        found = self.deadline(CaseDueKind.CLOSE)
        return None if found is None else found.on_time


def close_due(facts: CaseFacts, rule: HotlineRule, cal: WorkCalendar) -> date | None:
    """The 办结 date: 60 days from 受理 plus the extension, on a working day."""
    if facts.accepted_on is None:
        return None
    return due_date(facts.accepted_on, rule.close_days + facts.extension_days, "days", cal)


def case_deadlines(
    facts: CaseFacts, rule: HotlineRule, cal: WorkCalendar
) -> tuple[CaseDeadline, ...]:
    def counted(kind: CaseDueKind, start: date, due: date, done: date | None) -> CaseDeadline:
        return CaseDeadline(kind, start, due, done, cal.unconfirmed_years(start, due))

    answered = facts.accepted_on or facts.refused_on
    found = [
        counted(
            CaseDueKind.ACCEPT,
            facts.received_on,
            due_date(facts.received_on, rule.accept_days, "days", cal),
            answered if facts.merged_into is None else facts.received_on,
        )
    ]
    if facts.assigned_on is not None and facts.unit_due is not None:
        found.append(
            CaseDeadline(CaseDueKind.UNIT, facts.assigned_on, facts.unit_due, facts.handled_on)
        )
    closing = close_due(facts, rule, cal)
    if facts.accepted_on is not None and closing is not None:
        found.append(counted(CaseDueKind.CLOSE, facts.accepted_on, closing, facts.closed_on))
    for kind, asked, days, done in (
        (CaseDueKind.REVIEW, facts.review_asked_on, rule.review_days, facts.reviewed_on),
        (CaseDueKind.RECHECK, facts.recheck_asked_on, rule.recheck_days, facts.rechecked_on),
    ):
        if asked is not None:
            found.append(counted(kind, asked, due_date(asked, days, "days", cal), done))
    return tuple(found)


# The date that runs in each stage where one does.
_RUNNING: dict[CaseStage, CaseDueKind] = {
    CaseStage.RECEIVED: CaseDueKind.ACCEPT,
    CaseStage.ACCEPTED: CaseDueKind.CLOSE,
    CaseStage.ASSIGNED: CaseDueKind.UNIT,
    CaseStage.HANDLED: CaseDueKind.CLOSE,
    CaseStage.REPLIED: CaseDueKind.CLOSE,
    CaseStage.REVIEW: CaseDueKind.REVIEW,
    CaseStage.RECHECK: CaseDueKind.RECHECK,
}


def evaluate_case(facts: CaseFacts, rule: HotlineRule, cal: WorkCalendar, today: date) -> CaseClock:
    deadlines = case_deadlines(facts, rule, cal)
    by_kind = {d.kind: d for d in deadlines}
    if facts.stage is CaseStage.MERGED:
        return CaseClock(CaseStatus.MERGED, deadlines, None, today)
    if facts.stage is CaseStage.NOT_ACCEPTED:
        return CaseClock(CaseStatus.NOT_ACCEPTED, deadlines, None, today)
    kind = _RUNNING.get(facts.stage)
    current = by_kind.get(kind) if kind is not None else None
    closing = by_kind.get(CaseDueKind.CLOSE)
    if (
        current is not None
        and current.kind is CaseDueKind.UNIT
        and closing is not None
        and closing.done_on is None
        and closing.days_left(today) < 0
    ):
        # The 办结 date runs under the unit's, and once past it is the one that counts:
        # a case past its legal date showed only how late the unit's report was.
        current = closing
    if current is None:  # closed, and no review running
        late = closing is not None and closing.on_time is False
        status = CaseStatus.CLOSED_LATE if late else CaseStatus.CLOSED_ON_TIME
        return CaseClock(status, deadlines, None, today)
    left = current.days_left(today)
    if left < 0:
        status = CaseStatus.OVERDUE
    elif left <= rule.warn_days:
        status = CaseStatus.DUE_SOON
    else:
        status = CaseStatus.NORMAL
    return CaseClock(status, deadlines, current, today)


def is_closed(facts: CaseFacts) -> bool:
    return facts.stage in CLOSED_STAGES


# -- why this date? -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CaseDueExplanation:
    """How one of a case's dates was reached."""

    kind: CaseDueKind
    start: date
    days: int  # calendar days counted from the day after `start`; 0 for a unit's date
    legal_basis: str
    nominal_end: date  # start + days, before moving off a rest day
    rest_days: tuple[DayInfo, ...]  # the rest days the end moved over
    extension_days: int
    extension_reason: str
    unconfirmed_years: tuple[int, ...]
    due: date


def explain_case(
    facts: CaseFacts, rule: HotlineRule, cal: WorkCalendar
) -> tuple[CaseDueExplanation, ...]:
    found = []
    for d in case_deadlines(facts, rule, cal):
        days, basis, extension, reason = {
            CaseDueKind.ACCEPT: (rule.accept_days, rule.accept_basis, 0, ""),
            CaseDueKind.UNIT: (0, "", 0, ""),
            CaseDueKind.CLOSE: (
                rule.close_days + facts.extension_days,
                rule.close_basis,
                facts.extension_days,
                facts.extension_reason,
            ),
            CaseDueKind.REVIEW: (rule.review_days, rule.review_basis, 0, ""),
            CaseDueKind.RECHECK: (rule.recheck_days, rule.recheck_basis, 0, ""),
        }[d.kind]
        nominal = d.due if d.kind is CaseDueKind.UNIT else d.start + timedelta(days=days)
        moved = tuple(cal.day_info(nominal + timedelta(n)) for n in range((d.due - nominal).days))
        found.append(
            CaseDueExplanation(
                d.kind,
                d.start,
                days,
                basis,
                nominal,
                moved,
                extension,
                reason,
                d.estimated_years,
                d.due,
            )
        )
    return tuple(found)
