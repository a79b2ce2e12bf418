"""The countdown engine: from an application's history to its due dates and status.

`facts_from_history` folds the events into `ClockFacts`: the dates that matter, with
no calendar in them, so they can be stored beside the application. `evaluate` turns
facts + rule + calendar + today into a `Clock`; `explain` says how each date was
reached. Due dates are never stored: a calendar or rule change moves them all at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum

from approvals_gui.domain.building import frozen_builder
from approvals_gui.domain.calendar import DayInfo, WorkCalendar
from approvals_gui.domain.errors import DomainError, ErrorCode
from approvals_gui.domain.rules import (
    DELIVERY_LIMIT,
    HEARING_HELD_LIMIT,
    HEARING_REQUEST_LIMIT,
    INTAKE_LIMIT,
    TimeLimitRule,
)
from approvals_gui.domain.stages import (
    PAUSABLE_STAGES,
    STAYING_ACTIONS,
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
    workdays_left,
    workdays_over,
)


@dataclass(frozen=True, slots=True)
class PauseSpan:
    """Days spent in a stage that may stop a clock (a supplement round, a review, a
    hearing, a notice); `last` is None while still in it."""

    stage: Stage
    first: date
    last: date | None


@dataclass(frozen=True, slots=True)
class ClockFacts:
    stage: Stage
    received_on: date  # the first receipt (registration); supplements are in `spans`
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
    DELIVERY = "delivery"  # decided, not yet delivered: the delivery clock runs
    DONE = "done"  # decision delivered
    CLOSED = "closed"  # not accepted or withdrawn


class Status(StrEnum):
    NORMAL = "normal"
    DUE_SOON = "due_soon"  # yellow
    OVERDUE = "overdue"  # red: past the promise
    BREACH = "breach"  # open and past the statutory date: a breach of the law
    PAUSED = "paused"
    WITHIN_PROMISE = "within_promise"  # decided within the promised limit
    PAST_PROMISE = "past_promise"  # decided after the promise, within the statutory limit
    PAST_STATUTORY = "past_statutory"  # decided after the statutory limit
    CLOSED = "closed"
    UNKNOWN = "unknown"  # a date the calendar does not cover: no countdown can be given


class DeadlineKind(StrEnum):
    DELIVERY = "delivery"  # the bureau delivers the decision (第四十四条)
    HEARING_REQUEST = "hearing_request"  # the parties' days to ask for a hearing (第四十七条)
    HEARING = "hearing"  # the bureau holds the requested hearing (第四十七条)
    ACCEPTANCE_PUBLICITY = "acceptance_publicity"  # 受理公示 runs its course
    APPROVAL_NOTICE = "approval_notice"  # 拟批准公示 runs its course


# Deadlines the bureau must meet; the others are periods that must run before approval
# or the applicant's own.
BUREAU_DEADLINES = frozenset({DeadlineKind.DELIVERY, DeadlineKind.HEARING})


@dataclass(frozen=True, slots=True)
class Deadline:
    kind: DeadlineKind
    start: date  # day 0
    due: date  # the period's last day
    workdays_left: int  # negative: working days over
    status: Status  # NORMAL, DUE_SOON or OVERDUE; a period only ever NORMAL or over


@dataclass(frozen=True, slots=True)
class Clock:
    status: Status
    phase: Phase
    intake_due: date | None = None  # only while waiting for the acceptance decision
    due: date | None = None  # what the countdown runs to
    workdays_left: int | None = None  # negative: working days over
    workdays_used: int | None = None  # on the promised clock, its pauses left out
    clock_start: date | None = None
    promised_due: date | None = None
    statutory_due: date | None = None
    original_statutory_due: date | None = None  # before the extension
    paused_by: Stage | None = None
    deemed_accepted: bool = False
    statutory_overdue: bool = False
    one_go: bool | None = None  # delivered: completed in one go (一次办结); None before
    supplement_rounds: int = 0
    unconfirmed_years: tuple[int, ...] = ()
    late_supplement_on: date | None = None  # a supplement notice after the intake limit
    deadlines: tuple[Deadline, ...] = ()  # delivery, hearing and notice periods now running

    @property
    def on_track_for_one_go(self) -> bool:
        """Still able to finish in one go: at most one supplement notice."""
        if self.one_go is not None:
            return self.one_go
        return self.supplement_rounds <= 1

    @property
    def countdown(self) -> Status:
        """The colour of the countdown on screen: after a decision, the delivery's."""
        for d in self.deadlines:  # a loop, not `deadline`: asked of every row of a list
            if d.kind is DeadlineKind.DELIVERY:
                return d.status
        return self.status

    def deadline(self, kind: DeadlineKind) -> Deadline | None:
        return next((d for d in self.deadlines if d.kind is kind), None)

    @property
    def running_unconfirmed_years(self) -> tuple[int, ...]:
        """The unconfirmed years a clock still running depends on (#13): the decision
        clock's while it runs, the delivery period's once decided, none once delivered
        or closed, when no date can move any more."""
        if self.phase in (Phase.INTAKE, Phase.DECISION):
            return self.unconfirmed_years
        delivery = self.deadline(DeadlineKind.DELIVERY)
        if self.phase is Phase.DELIVERY and delivery is not None:
            first, last = delivery.start.year, delivery.due.year
            return tuple(y for y in self.unconfirmed_years if first <= y <= last)
        return ()


# The engine builds a clock for every application on every refresh: the same objects,
# built without the frozen dataclasses' per-field cost (a third of `evaluate`).
_new_clock = frozen_builder(Clock)
_new_deadline = frozen_builder(Deadline)


# -- facts --------------------------------------------------------------------------

# Stages whose days the facts keep as spans: those that may pause a clock, and the
# supplement rounds (the intake limit follows them).
SPAN_STAGES = PAUSABLE_STAGES | {Stage.SUPPLEMENT}


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
        if e.action in STAYING_ACTIONS:
            continue
        if pause is not None:
            spans.append(PauseSpan(pause[0], pause[1], e.on))
            pause = None
        stage = e.to_stage
        if received is None:
            received = e.on
        if stage in SPAN_STAGES:
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


# -- intake -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Intake:
    """Where the intake limit stands (《行政许可法》第三十二条)."""

    receipt: int  # ordinal of the receipt the limit runs from
    due: int  # its last day
    waiting: bool  # a supplement notice sent in time waits for the materials
    late_notice: date | None  # a supplement notice sent after `due`: it stops nothing


_new_intake = frozen_builder(Intake)  # half the applications pass through `intake`


def intake(facts: ClockFacts, cal: WorkCalendar) -> Intake:
    """Follow the supplement rounds: one sent in time stops the intake limit, and the
    materials restart it; one sent late changes nothing ("逾期不告知的，自收到申请材料
    之日起即为受理"), nor does any after it."""
    receipt = facts.received_on.toordinal()
    for span in facts.spans:
        if span.stage is not Stage.SUPPLEMENT:
            continue
        due = cal.add_workdays_ord(receipt, INTAKE_LIMIT.amount)
        if span.first.toordinal() > due:
            return _new_intake(receipt, due, False, span.first)
        if span.last is None:
            return _new_intake(receipt, due, True, None)
        receipt = span.last.toordinal()
    return _new_intake(receipt, cal.add_workdays_ord(receipt, INTAKE_LIMIT.amount), False, None)


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
        return _new_clock(Status.UNKNOWN, phase, supplement_rounds=facts.supplement_rounds)


def clock_when(
    events: Sequence[StageEvent], event: StageEvent, rule: TimeLimitRule, cal: WorkCalendar
) -> Clock:
    """The clock as it stood once `event` was recorded: from the history up to it, on its
    day. A notice quotes the dates known when it was issued, and a copy printed later
    quotes the same (a later pause or extension moves them, and has a notice of its own)."""
    upto = [e for e in events if e.seq <= event.seq]
    return evaluate_or_unknown(facts_from_history(upto), rule, cal, event.on)


def is_settled(facts: ClockFacts) -> bool:
    """Whether the application's clock no longer changes with the day: closed, or its
    decision delivered with no pause running. `evaluate` then reads no `today`."""
    if facts.closed_on is not None:
        return True
    if facts.delivered_on is None or facts.accepted_on is None:
        return False  # (not accepted: the intake limit may still be running)
    for span in facts.spans:  # a loop, not all(): asked of every row of a list
        if span.last is None:
            return False
    return True


def evaluate(facts: ClockFacts, rule: TimeLimitRule, cal: WorkCalendar, today: date) -> Clock:
    """Due dates, working days used and left, and status of one application today."""
    rounds = facts.supplement_rounds
    if facts.closed_on is not None:
        return _new_clock(Status.CLOSED, Phase.CLOSED, supplement_rounds=rounds)
    t = today.toordinal()
    received = facts.received_on.toordinal()
    accepted = facts.accepted_on.toordinal() if facts.accepted_on is not None else None
    if not rounds and accepted is not None and accepted - received <= INTAKE_LIMIT.amount:
        # Five working days are never fewer than five calendar days: accepted in time,
        # without looking up the intake due date (the hot path for most applications).
        return _decision_clock(facts, rule, cal, t, accepted, False, None)
    it = intake(facts, cal)
    if it.waiting:
        return _new_clock(
            Status.PAUSED, Phase.INTAKE, paused_by=Stage.SUPPLEMENT, supplement_rounds=rounds
        )
    if it.late_notice is None and accepted is None and t <= it.due:
        left = cal.workdays_between_ord(t, it.due)
        status = Status.DUE_SOON if left <= rule.warn_workdays else Status.NORMAL
        due = date.fromordinal(it.due)
        return _new_clock(
            status,
            Phase.INTAKE,
            due,
            due,
            left,
            supplement_rounds=rounds,
            unconfirmed_years=cal.unconfirmed_years_ord(it.receipt, it.due),
        )
    if it.late_notice is None and accepted is not None and accepted <= it.due:
        return _decision_clock(facts, rule, cal, t, accepted, False, None)
    # Acceptance later than the intake limit, or none at all, counts as acceptance on
    # the day of receipt (《行政许可法》第三十二条).
    return _decision_clock(facts, rule, cal, t, it.receipt, True, it.late_notice)


def pause_end(span: PauseSpan, rule: TimeLimitRule, cal: WorkCalendar, today: int) -> int:
    """The last day (ordinal) `span` stops a clock it pauses: the day it ended, or today
    while it runs. A public notice stops it for no longer than the rule's notice period:
    the promise leaves out the notice's time (不含公示时间), and a notice left open past
    its period is the bureau's time again. Without a period set, the whole stage."""
    first = span.first.toordinal()
    last = span.last.toordinal() if span.last is not None else max(today, first)
    if span.stage is _NOTICE and (period := rule.approval_notice_workdays):
        return min(last, cal.add_workdays_ord(first, period))
    return last


_NOTICE = Stage.PUBLIC_NOTICE


@dataclass(frozen=True, slots=True)
class Delivered:
    """How a decision was delivered against its limit (第四十四条), once it was."""

    due: date  # the delivery limit's last day
    on: date
    late_workdays: int  # working days past `due`; 0 when in time


def delivered(facts: ClockFacts, cal: WorkCalendar) -> Delivered | None:
    """The delivery of a decision, against its limit; None before one was delivered. A
    finished application's clock keeps no delivery deadline, yet a late one is still
    the bureau's to see."""
    if facts.decided_on is None or facts.delivered_on is None:
        return None
    due = due_ord(facts.decided_on.toordinal(), DELIVERY_LIMIT, cal)
    on = facts.delivered_on.toordinal()
    late = workdays_over(due, on, cal)
    return Delivered(date.fromordinal(due), facts.delivered_on, late)


def paused_spans(
    facts: ClockFacts,
    stages: frozenset[Stage],
    rule: TimeLimitRule,
    cal: WorkCalendar,
    today: int,
) -> OrdinalSpans:
    """The spans in `stages` (one clock's pause set of `rule`), each until `pause_end`."""
    spans = [
        (span.first.toordinal(), pause_end(span, rule, cal, today))
        for span in facts.spans
        if span.stage in stages
    ]
    return merge_spans(spans)


def _both_pauses(
    facts: ClockFacts, rule: TimeLimitRule, cal: WorkCalendar, t: int
) -> tuple[OrdinalSpans, OrdinalSpans]:
    """`paused_spans` for the promised and the statutory clock in one pass (hot path)."""
    promised: list[tuple[int, int]] = []
    statutory: list[tuple[int, int]] = []
    for span in facts.spans:
        in_promised = span.stage in rule.promised_pauses
        in_statutory = span.stage in rule.statutory_pauses
        if not (in_promised or in_statutory):
            continue
        first = span.first.toordinal()
        if span.stage is _NOTICE:
            pair = (first, pause_end(span, rule, cal, t))
        else:
            pair = (first, span.last.toordinal() if span.last is not None else max(t, first))
        if in_promised:
            promised.append(pair)
        if in_statutory:
            statutory.append(pair)
    # Spans come in history order and never overlap: one needs no merging.
    return (
        tuple(promised) if len(promised) < 2 else merge_spans(promised),
        tuple(statutory) if len(statutory) < 2 else merge_spans(statutory),
    )


def _pausing_now(
    facts: ClockFacts, stages: frozenset[Stage], rule: TimeLimitRule, cal: WorkCalendar, t: int
) -> bool:
    """Whether the stage the application is in stops, today, a clock paused by `stages`:
    one of them, and (a public notice) still within its period."""
    if facts.stage not in stages:
        return False
    current = facts.spans[-1]  # the stage's own span, still running (facts_from_history)
    return current.stage is not _NOTICE or pause_end(current, rule, cal, t) >= t


def _deadline(
    kind: DeadlineKind, start: int, limit: Limit, cal: WorkCalendar, t: int, warn: int
) -> Deadline:
    due = due_ord(start, limit, cal)
    left = workdays_left(t, due, cal)
    if t > due:
        status = Status.OVERDUE
    elif kind in BUREAU_DEADLINES and left <= warn:
        status = Status.DUE_SOON
    else:  # a period that must run (or the applicant's own) is never "due soon"
        status = Status.NORMAL
    return _new_deadline(kind, date.fromordinal(start), date.fromordinal(due), left, status)


def _running_deadlines(
    facts: ClockFacts, rule: TimeLimitRule, cal: WorkCalendar, t: int, start: int
) -> tuple[Deadline, ...]:
    """The hearing and notice periods of an open application that still matter."""
    found = []
    warn = rule.warn_workdays
    if rule.acceptance_publicity_workdays:
        begun = facts.accepted_on.toordinal() if facts.accepted_on is not None else start
        limit = Limit(rule.acceptance_publicity_workdays, Unit.WORKDAYS)
        publicity = _deadline(DeadlineKind.ACCEPTANCE_PUBLICITY, begun, limit, cal, t, warn)
        if t <= publicity.due.toordinal():
            found.append(publicity)
    current = facts.spans[-1] if facts.spans and facts.spans[-1].last is None else None
    if current is not None and current.stage is facts.stage:
        first = current.first.toordinal()
        if facts.stage is Stage.HEARING_NOTICE:
            found.append(
                _deadline(DeadlineKind.HEARING_REQUEST, first, HEARING_REQUEST_LIMIT, cal, t, warn)
            )
        elif facts.stage is Stage.HEARING:
            found.append(_deadline(DeadlineKind.HEARING, first, HEARING_HELD_LIMIT, cal, t, warn))
        elif facts.stage is Stage.PUBLIC_NOTICE and rule.approval_notice_workdays:
            limit = Limit(rule.approval_notice_workdays, Unit.WORKDAYS)
            found.append(_deadline(DeadlineKind.APPROVAL_NOTICE, first, limit, cal, t, warn))
    return tuple(found)


def _decision_clock(
    facts: ClockFacts,
    rule: TimeLimitRule,
    cal: WorkCalendar,
    t: int,
    start: int,
    deemed: bool,
    late_notice: date | None,
) -> Clock:
    # The engine's hot path (every application on every refresh): positional
    # construction and ordinals until the end.
    promised_pauses, statutory_pauses = (
        _both_pauses(facts, rule, cal, t) if facts.spans else ((), ())
    )
    promised = due_ord(start, rule.promised, cal, promised_pauses)
    statutory = due_ord(start, rule.statutory, cal, statutory_pauses)
    d = date.fromordinal
    original_d = statutory_d = d(statutory)
    if facts.extension_days:
        extra = Limit(facts.extension_days, Unit.WORKDAYS)
        statutory = due_ord(statutory, extra, cal, statutory_pauses)
        statutory_d = d(statutory)
    years = cal.unconfirmed_years_ord(start, max(promised, statutory))
    promised_d = d(promised)
    if facts.decided_on is not None:
        end = facts.decided_on.toordinal()
        if end <= promised:
            status = Status.WITHIN_PROMISE
        else:
            status = Status.PAST_PROMISE if end <= statutory else Status.PAST_STATUTORY
        delivered = facts.delivered_on is not None
        deadlines: tuple[Deadline, ...] = ()
        due, left = promised_d, None
        if not delivered:
            delivery = _deadline(
                DeadlineKind.DELIVERY, end, DELIVERY_LIMIT, cal, t, rule.warn_workdays
            )
            deadlines, due, left = (delivery,), delivery.due, delivery.workdays_left
        return _new_clock(
            status,
            Phase.DONE if delivered else Phase.DELIVERY,
            None,
            due,
            left,
            workdays_counted(start, end, cal, promised_pauses),
            d(start),
            promised_d,
            statutory_d,
            original_d,
            None,
            deemed,
            end > statutory,
            facts.supplement_rounds <= 1 if delivered else None,
            facts.supplement_rounds,
            years,
            late_notice,
            deadlines,
        )
    left = workdays_left(t, promised, cal)
    paused_by = facts.stage if _pausing_now(facts, rule.promised_pauses, rule, cal, t) else None
    due_d = promised_d
    if t > statutory:  # the countdown that matters now is the law's
        status, due_d, left = Status.BREACH, statutory_d, workdays_left(t, statutory, cal)
    elif t > promised:  # missed before any pause began: a pause does not undo that
        status = Status.OVERDUE
    elif paused_by is not None:
        status = Status.PAUSED
        if paused_by not in rule.statutory_pauses:
            # Public notice stops the promise, not the law: its date comes near all the same.
            statutory_left = cal.workdays_between_ord(t, statutory)
            if statutory_left <= rule.warn_workdays:
                status, due_d, left = Status.DUE_SOON, statutory_d, statutory_left
    else:
        status = Status.DUE_SOON if left <= rule.warn_workdays else Status.NORMAL
    return _new_clock(
        status,
        Phase.DECISION,
        None,
        due_d,
        left,
        workdays_counted(start, max(t, start), cal, promised_pauses),
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
        late_notice,
        _running_deadlines(facts, rule, cal, t, start),
    )


# -- explanation --------------------------------------------------------------------


class DueKind(StrEnum):
    INTAKE = "intake"
    PROMISED = "promised"
    STATUTORY = "statutory"
    DELIVERY = "delivery"


class StartReason(StrEnum):
    RECEIVED = "received"  # the day the application (or the supplement) arrived
    ACCEPTED = "accepted"
    DEEMED_ACCEPTED = "deemed_accepted"  # intake limit missed: accepted on receipt
    DECIDED = "decided"  # the delivery clock starts with the decision


@dataclass(frozen=True, slots=True)
class PauseNote:
    stage: Stage
    first: date
    last: date
    still_running: bool
    workdays: int  # working days not counted
    # A public notice still open past its period: the pause ended with the period
    # (`pause_end`), and the clock runs again from the day after `last`.
    period_over: bool = False


@dataclass(frozen=True, slots=True)
class DueExplanation:
    """How one due date was reached ("why this date?")."""

    kind: DueKind
    start: date
    start_reason: StartReason
    limit: Limit
    legal_basis: str
    pauses: tuple[PauseNote, ...]  # the pauses this clock skipped (its own pause set)
    original_due: date  # before the extension (same as `due` without one)
    extension_days: int
    extension_reason: str
    rest_days: tuple[DayInfo, ...]  # rest days skipped between start and due
    unconfirmed_years: tuple[int, ...]
    due: date
    late_supplement_on: date | None = None  # a late notice that stopped nothing
    not_paused: tuple[PauseNote, ...] = ()  # spans the other clock skipped, counted here
    # A notice sent in time and not yet answered (the intake limit): it stopped the limit,
    # which runs afresh from the day the materials arrive, so `due` holds no longer.
    awaiting_supplement_since: date | None = None


INTAKE_BASIS = "《行政许可法》第三十二条"
DELIVERY_BASIS = "《行政许可法》第四十四条"


def explain(
    facts: ClockFacts, rule: TimeLimitRule, cal: WorkCalendar, today: date
) -> tuple[DueExplanation, ...]:
    """Every due date that applies to the application, each with its breakdown."""
    clock = evaluate(facts, rule, cal, today)
    it = intake(facts, cal)
    receipt = date.fromordinal(it.receipt)
    intake_due = date.fromordinal(it.due)
    intake_note = _explain_one(
        DueKind.INTAKE, receipt, StartReason.RECEIVED, INTAKE_LIMIT, INTAKE_BASIS, cal, intake_due
    )
    waiting = None
    if it.waiting:  # the day of the notice still unanswered
        waiting = next(s.first for s in facts.spans if s.stage is Stage.SUPPLEMENT and not s.last)
    intake_note = replace(
        intake_note, late_supplement_on=it.late_notice, awaiting_supplement_since=waiting
    )
    if clock.clock_start is None or clock.promised_due is None:
        return (intake_note,)
    reason = StartReason.DEEMED_ACCEPTED if clock.deemed_accepted else StartReason.ACCEPTED
    assert clock.statutory_due is not None and clock.original_statutory_due is not None
    found = [intake_note]
    pausing = rule.promised_pauses | rule.statutory_pauses
    for kind, limit, stages, due in (
        (DueKind.PROMISED, rule.promised, rule.promised_pauses, clock.promised_due),
        (DueKind.STATUTORY, rule.statutory, rule.statutory_pauses, clock.statutory_due),
    ):
        note = _explain_one(kind, clock.clock_start, reason, limit, rule.legal_basis, cal, due)
        note = replace(
            note,
            pauses=_pause_notes(facts, stages, cal, today, clock.clock_start, due, rule),
            not_paused=_pause_notes(facts, pausing - stages, cal, today, clock.clock_start, due),
            late_supplement_on=clock.late_supplement_on,
        )
        if kind is DueKind.STATUTORY and facts.extension_days:
            note = replace(
                note,
                original_due=clock.original_statutory_due,
                extension_days=facts.extension_days,
                extension_reason=facts.extension_reason,
            )
        found.append(note)
    if facts.decided_on is not None:
        delivery = due_ord(facts.decided_on.toordinal(), DELIVERY_LIMIT, cal)
        found.append(
            _explain_one(
                DueKind.DELIVERY,
                facts.decided_on,
                StartReason.DECIDED,
                DELIVERY_LIMIT,
                DELIVERY_BASIS,
                cal,
                date.fromordinal(delivery),
            )
        )
    return tuple(found)


def _pause_notes(
    facts: ClockFacts,
    stages: frozenset[Stage],
    cal: WorkCalendar,
    today: date,
    start: date,
    due: date,
    rule: TimeLimitRule | None = None,
) -> tuple[PauseNote, ...]:
    """The spans in `stages` that began by `due` (a later one moved nothing): as they
    paused the clock under `rule` (`pause_end`), or, without it, as they were (the other
    clock's, which this one counted). Their working days are those the clock would have
    counted: after its `start` (day 0, never counted, paused or not)."""
    notes = []
    for span in facts.spans:
        if span.stage not in stages or span.first > due:
            continue
        last = span.last or max(today, span.first)
        ended = last
        if rule is not None:
            ended = date.fromordinal(pause_end(span, rule, cal, today.toordinal()))
        after = max(span.first - timedelta(days=1), start)  # the day before the first counted
        counted = cal.workdays_between(after, ended) if ended > after else 0
        cut = ended < last  # a notice past its period
        notes.append(
            PauseNote(span.stage, span.first, ended, span.last is None and not cut, counted, cut)
        )
    return tuple(notes)


def _explain_one(
    kind: DueKind,
    start: date,
    reason: StartReason,
    limit: Limit,
    basis: str,
    cal: WorkCalendar,
    due: date,
) -> DueExplanation:
    return DueExplanation(
        kind,
        start,
        reason,
        limit,
        basis,
        (),
        due,
        0,
        "",
        tuple(cal.rest_days_between(start, due)),
        cal.unconfirmed_years(start, due),
        due,
    )
