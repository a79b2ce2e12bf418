"""The countdown engine: from an application's history to its due dates and status.

`facts_from_history` folds the events into `ClockFacts`: the dates that matter, with
no calendar in them, so they can be stored beside the application. `evaluate` turns
facts + rule + calendar + today into a `Clock`; `explain` says how each date was
reached. Due dates are never stored: a calendar or rule change moves them all at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from approvals_gui.domain.calendar import DayInfo, WorkCalendar
from approvals_gui.domain.errors import DomainError, ErrorCode
from approvals_gui.domain.rules import INTAKE_LIMIT, TimeLimitRule
from approvals_gui.domain.stages import (
    PAUSABLE_STAGES,
    Action,
    Stage,
    StageEvent,
    effective_history,
)
from approvals_gui.domain.timelimits import (
    Limit,
    OrdinalSpans,
    Unit,
    due_ord,
    merge_spans,
    workdays_counted,
)


@dataclass(frozen=True, slots=True)
class PauseSpan:
    """Days spent in a stage that may pause the clock; `last` is None while still in it."""

    stage: Stage
    first: date
    last: date | None


@dataclass(frozen=True, slots=True)
class ClockFacts:
    stage: Stage
    received_on: date  # latest receipt: registration, or materials after a supplement
    accepted_on: date | None = None
    decided_on: date | None = None
    delivered_on: date | None = None
    closed_on: date | None = None  # not accepted or withdrawn
    supplement_rounds: int = 0
    extension_days: int = 0
    extended_on: date | None = None
    extension_reason: str = ""
    spans: tuple[PauseSpan, ...] = ()


class Phase(StrEnum):
    INTAKE = "intake"  # waiting for the acceptance decision
    DECISION = "decision"  # accepted, decision clock running
    DELIVERY = "delivery"  # decided, not yet delivered
    DONE = "done"  # decision delivered
    CLOSED = "closed"  # not accepted or withdrawn


class Status(StrEnum):
    NORMAL = "normal"
    DUE_SOON = "due_soon"  # yellow
    OVERDUE = "overdue"  # red
    PAUSED = "paused"
    EARLY = "early"  # decided within the promised limit
    ON_TIME = "on_time"  # decided after the promise but within the statutory limit
    LATE = "late"  # decided after the statutory limit
    CLOSED = "closed"
    UNKNOWN = "unknown"  # a date the calendar does not cover: no countdown can be given


@dataclass(frozen=True, slots=True)
class Clock:
    status: Status
    phase: Phase
    intake_due: date | None = None  # only while waiting for the acceptance decision
    due: date | None = None  # what the countdown runs to
    workdays_left: int | None = None  # negative: working days over
    workdays_used: int | None = None
    clock_start: date | None = None
    promised_due: date | None = None
    statutory_due: date | None = None
    original_statutory_due: date | None = None  # before the extension
    paused_by: Stage | None = None
    deemed_accepted: bool = False
    statutory_overdue: bool = False
    one_go: bool | None = None  # decided: completed in one go (一次办结); None while open
    supplement_rounds: int = 0
    unconfirmed_years: tuple[int, ...] = ()

    @property
    def on_track_for_one_go(self) -> bool:
        """Still able to finish in one go: at most one supplement, promise not broken."""
        if self.one_go is not None:
            return self.one_go
        return self.supplement_rounds <= 1 and self.status is not Status.OVERDUE


# -- facts --------------------------------------------------------------------------


def facts_from_history(events: Sequence[StageEvent]) -> ClockFacts:
    """Fold the effective history (undone steps removed) into the clock's facts."""
    received = accepted = decided = delivered = closed = extended = None
    rounds = extension = 0
    reason = ""
    spans: list[PauseSpan] = []
    pause: tuple[Stage, date] | None = None
    stage = Stage.RECEIVED
    for e in effective_history(events):
        if e.action is Action.EXTEND:
            extension, extended, reason = e.extension_days, e.on, e.reason
            continue
        if pause is not None:
            spans.append(PauseSpan(pause[0], pause[1], e.on))
            pause = None
        stage = e.to_stage
        if stage is Stage.RECEIVED:
            received = e.on
        elif stage in PAUSABLE_STAGES:
            pause = (stage, e.on)
        if e.action is Action.REQUEST_SUPPLEMENT:
            rounds += 1
        elif e.action is Action.ACCEPT:
            accepted = e.on
        elif e.action in (Action.APPROVE, Action.REFUSE):
            decided = e.on
        elif e.action is Action.DELIVER:
            delivered = e.on
        elif e.action in (Action.NOT_ACCEPT, Action.WITHDRAW):
            closed = e.on
    if pause is not None:
        spans.append(PauseSpan(pause[0], pause[1], None))
    assert received is not None, "every history starts with a registration"
    return ClockFacts(
        stage,
        received,
        accepted,
        decided,
        delivered,
        closed,
        rounds,
        extension,
        extended,
        reason,
        tuple(spans),
    )


# -- evaluation ---------------------------------------------------------------------


def evaluate_or_unknown(
    facts: ClockFacts, rule: TimeLimitRule, cal: WorkCalendar, today: date
) -> Clock:
    """As `evaluate`; but an application with a date outside the calendar gets an UNKNOWN
    clock instead of stopping every list it is in, so that it can be found and seen."""
    try:
        return evaluate(facts, rule, cal, today)
    except DomainError as exc:
        if exc.code is not ErrorCode.DATE_OUT_OF_RANGE:
            raise
        phase = Phase.INTAKE if facts.accepted_on is None else Phase.DECISION
        return Clock(Status.UNKNOWN, phase, supplement_rounds=facts.supplement_rounds)


def evaluate(facts: ClockFacts, rule: TimeLimitRule, cal: WorkCalendar, today: date) -> Clock:
    """Due dates, working days used and left, and status of one application today."""
    rounds = facts.supplement_rounds
    if facts.closed_on is not None:
        return Clock(Status.CLOSED, Phase.CLOSED, supplement_rounds=rounds)
    if facts.stage is Stage.SUPPLEMENT:
        return Clock(
            Status.PAUSED, Phase.INTAKE, paused_by=Stage.SUPPLEMENT, supplement_rounds=rounds
        )
    t = today.toordinal()
    received = facts.received_on.toordinal()
    accepted = facts.accepted_on.toordinal() if facts.accepted_on is not None else None
    if accepted is not None and accepted - received <= INTAKE_LIMIT.amount:
        # Five working days are never fewer than five calendar days: accepted in time,
        # without looking up the intake due date (the hot path for most applications).
        return _decision_clock(facts, rule, cal, t, accepted, False)
    intake_due = cal.add_workdays_ord(received, INTAKE_LIMIT.amount)
    if accepted is None and t <= intake_due:
        left = cal.workdays_between_ord(t, intake_due)
        status = Status.DUE_SOON if left <= rule.warn_workdays else Status.NORMAL
        due = date.fromordinal(intake_due)
        return Clock(
            status,
            Phase.INTAKE,
            due,
            due,
            left,
            supplement_rounds=rounds,
            unconfirmed_years=cal.unconfirmed_years_ord(received, intake_due),
        )
    start, deemed = clock_start(facts, intake_due)
    return _decision_clock(facts, rule, cal, t, start, deemed)


def clock_start(facts: ClockFacts, intake_due: int) -> tuple[int, bool]:
    """Day 0 of the decision clock, and whether acceptance is deemed (视为受理).

    Acceptance later than the intake limit, or none at all, counts as acceptance on
    the day of receipt (《行政许可法》第三十二条).
    """
    accepted = facts.accepted_on
    if accepted is not None and accepted.toordinal() <= intake_due:
        return accepted.toordinal(), False
    return facts.received_on.toordinal(), True


def paused_spans(facts: ClockFacts, rule: TimeLimitRule, today: int) -> OrdinalSpans:
    """The spans the rule does not count; a pause still running lasts until today."""
    spans = []
    for span in facts.spans:
        if span.stage in rule.paused_stages:
            first = span.first.toordinal()
            last = span.last.toordinal() if span.last is not None else max(today, first)
            spans.append((first, last))
    return merge_spans(spans)


def _decision_clock(
    facts: ClockFacts, rule: TimeLimitRule, cal: WorkCalendar, t: int, start: int, deemed: bool
) -> Clock:
    # The engine's hot path (every application on every refresh): positional
    # construction and ordinals until the end.
    pauses = paused_spans(facts, rule, t) if facts.spans else ()
    promised = due_ord(start, rule.promised, cal, pauses)
    statutory = due_ord(start, rule.statutory, cal, pauses)
    d = date.fromordinal
    original_d = statutory_d = d(statutory)
    if facts.extension_days:
        statutory = due_ord(statutory, Limit(facts.extension_days, Unit.WORKDAYS), cal, pauses)
        statutory_d = d(statutory)
    years = cal.unconfirmed_years_ord(start, max(promised, statutory))
    promised_d = d(promised)
    if facts.decided_on is not None:
        end = facts.decided_on.toordinal()
        if end <= promised:
            status = Status.EARLY
        else:
            status = Status.ON_TIME if end <= statutory else Status.LATE
        delivered = facts.delivered_on is not None
        return Clock(
            status,
            Phase.DONE if delivered else Phase.DELIVERY,
            None,
            promised_d,
            None,
            workdays_counted(start, end, cal, pauses),
            d(start),
            promised_d,
            statutory_d,
            original_d,
            None,
            deemed,
            end > statutory,
            (status is Status.EARLY and facts.supplement_rounds <= 1) if delivered else None,
            facts.supplement_rounds,
            years,
        )
    left = cal.workdays_between_ord(t, promised)
    paused_by = facts.stage if facts.stage in rule.paused_stages else None
    if paused_by is not None:
        status = Status.PAUSED
    elif t > promised:
        status = Status.OVERDUE
    else:
        status = Status.DUE_SOON if left <= rule.warn_workdays else Status.NORMAL
    return Clock(
        status,
        Phase.DECISION,
        None,
        promised_d,
        left,
        workdays_counted(start, max(t, start), cal, pauses),
        d(start),
        promised_d,
        statutory_d,
        original_d,
        paused_by,
        deemed,
        t > statutory,
        None,
        facts.supplement_rounds,
        years,
    )


# -- explanation --------------------------------------------------------------------


class DueKind(StrEnum):
    INTAKE = "intake"
    PROMISED = "promised"
    STATUTORY = "statutory"


class StartReason(StrEnum):
    RECEIVED = "received"  # the day the application (or the supplement) arrived
    ACCEPTED = "accepted"
    DEEMED_ACCEPTED = "deemed_accepted"  # intake limit missed: accepted on receipt


@dataclass(frozen=True, slots=True)
class PauseNote:
    stage: Stage
    first: date
    last: date
    still_running: bool
    workdays: int  # working days not counted


@dataclass(frozen=True, slots=True)
class DueExplanation:
    """How one due date was reached ("why this date?")."""

    kind: DueKind
    start: date
    start_reason: StartReason
    limit: Limit
    legal_basis: str
    pauses: tuple[PauseNote, ...]
    original_due: date  # before the extension (same as `due` without one)
    extension_days: int
    extension_reason: str
    rest_days: tuple[DayInfo, ...]  # rest days skipped between start and due
    unconfirmed_years: tuple[int, ...]
    due: date


def explain(
    facts: ClockFacts, rule: TimeLimitRule, cal: WorkCalendar, today: date
) -> tuple[DueExplanation, ...]:
    """Every due date that applies to the application, each with its breakdown."""
    clock = evaluate(facts, rule, cal, today)
    intake_due = cal.add_workdays(facts.received_on, INTAKE_LIMIT.amount)
    intake = _explain_one(
        DueKind.INTAKE,
        facts.received_on,
        StartReason.RECEIVED,
        INTAKE_LIMIT,
        rule.legal_basis,
        (),
        intake_due,
        0,
        "",
        cal,
    )
    if clock.clock_start is None or clock.promised_due is None:
        return (intake,)
    reason = StartReason.DEEMED_ACCEPTED if clock.deemed_accepted else StartReason.ACCEPTED
    notes = _pause_notes(facts, rule, cal, today)
    assert clock.statutory_due is not None and clock.original_statutory_due is not None
    promised = _explain_one(
        DueKind.PROMISED,
        clock.clock_start,
        reason,
        rule.promised,
        rule.legal_basis,
        notes,
        clock.promised_due,
        0,
        "",
        cal,
    )
    statutory = _explain_one(
        DueKind.STATUTORY,
        clock.clock_start,
        reason,
        rule.statutory,
        rule.legal_basis,
        notes,
        clock.original_statutory_due,
        facts.extension_days,
        facts.extension_reason,
        cal,
        clock.statutory_due,
    )
    return (intake, promised, statutory)


def _pause_notes(
    facts: ClockFacts, rule: TimeLimitRule, cal: WorkCalendar, today: date
) -> tuple[PauseNote, ...]:
    notes = []
    for span in facts.spans:
        if span.stage not in rule.paused_stages:
            continue
        last = span.last or max(today, span.first)
        counted = cal.workdays_between(span.first, last) + cal.is_workday(span.first)
        notes.append(PauseNote(span.stage, span.first, last, span.last is None, counted))
    return tuple(notes)


def _explain_one(
    kind: DueKind,
    start: date,
    reason: StartReason,
    limit: Limit,
    basis: str,
    pauses: tuple[PauseNote, ...],
    original_due: date,
    extension_days: int,
    extension_reason: str,
    cal: WorkCalendar,
    due: date | None = None,
) -> DueExplanation:
    final = due or original_due
    return DueExplanation(
        kind,
        start,
        reason,
        limit,
        basis,
        pauses,
        original_due,
        extension_days,
        extension_reason,
        tuple(cal.rest_days_between(start, final)),
        cal.unconfirmed_years(start, final),
        final,
    )
