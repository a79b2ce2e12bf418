"""Guards that need the rule and the calendar, beside the stage table's own.

The stage table (`stages.py`) says which steps exist in which stage; these say when the
law forbids or warns against a step the table allows: an extension the category's law
does not give or asked for too late, an approval before its notice periods have run,
a late or second supplement notice.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import StrEnum

from approvals_gui.domain.calendar import WorkCalendar
from approvals_gui.domain.clock import (
    Clock,
    ClockFacts,
    DeadlineKind,
    Phase,
    evaluate,
    facts_from_history,
)
from approvals_gui.domain.errors import DomainError, ErrorCode
from approvals_gui.domain.rules import TimeLimitRule
from approvals_gui.domain.stages import (
    DECISION_CLOCK_STAGES,
    Action,
    Stage,
    StageEvent,
    allowed_actions,
)


class Caution(StrEnum):
    """A step that may be taken, but whose consequence the clerk must see first."""

    LATE_SUPPLEMENT = "late_supplement"  # after the intake limit: stops no clock
    SECOND_SUPPLEMENT = "second_supplement"  # forfeits 一次办结


def check_step(
    events: Sequence[StageEvent], event: StageEvent, rule: TimeLimitRule, cal: WorkCalendar
) -> None:
    """Refuse `event` (already checked against the stage table) if the law forbids it."""
    before = facts_from_history(events)
    if event.action is Action.EXTEND:
        if not rule.allows_extension:
            raise DomainError(
                ErrorCode.EXTENSION_NOT_ALLOWED,
                f"{rule.name}: the law gives no extension",
                name=rule.name,
                category=rule.category,
            )
        if not 1 <= event.extension_days <= rule.extension_workdays:
            raise DomainError(
                ErrorCode.EXTENSION_TOO_LONG,
                f"an extension is 1–{rule.extension_workdays} working days",
                days=event.extension_days,
                limit=rule.extension_workdays,
            )
        clock = evaluate(before, rule, cal, event.on)
        if clock.statutory_due is not None and event.on > clock.statutory_due:
            raise DomainError(
                ErrorCode.EXTENSION_TOO_LATE,
                f"the statutory date {clock.statutory_due} has passed",
                due=clock.statutory_due,
            )
    elif event.action is Action.APPROVE:
        if rule.approval_notice_workdays and event.from_stage is Stage.REVIEW:
            raise DomainError(
                ErrorCode.APPROVAL_NOTICE_REQUIRED,
                "approval comes after the public notice (拟批准公示)",
                days=rule.approval_notice_workdays,
            )
        clock = evaluate(before, rule, cal, event.on)
        for kind in (DeadlineKind.ACCEPTANCE_PUBLICITY, DeadlineKind.APPROVAL_NOTICE):
            period = clock.deadline(kind)
            if period is not None and event.on <= period.due:
                raise DomainError(
                    ErrorCode.NOTICE_PERIOD_RUNNING,
                    f"{kind} runs until {period.due}",
                    kind=kind,
                    until=period.due,
                )


def cautions(
    events: Sequence[StageEvent], event: StageEvent, rule: TimeLimitRule, cal: WorkCalendar
) -> tuple[Caution, ...]:
    """What the clerk should know before `event` is recorded."""
    if event.action is not Action.REQUEST_SUPPLEMENT:
        return ()
    found = []
    facts = facts_from_history(events)
    if facts.supplement_rounds:
        found.append(Caution.SECOND_SUPPLEMENT)
    # Past the intake limit (or after an earlier late notice) the clocks already run.
    if evaluate(facts, rule, cal, event.on).phase is not Phase.INTAKE:
        found.append(Caution.LATE_SUPPLEMENT)
    return tuple(found)


class Extension(StrEnum):
    """Whether 延期 can be offered on an application today, or the one reason it cannot."""

    OFFERED = "offered"
    NOT_IN_LAW = "not_in_law"  # the category's law gives none
    GRANTED = "granted"  # granted once already
    NOT_ACCEPTED = "not_accepted"  # not accepted in the program yet (deemed or not)
    DECIDED = "decided"  # the decision is made: no decision clock to extend
    PAST_DUE = "past_due"  # the statutory date has passed


def extension_offer(facts: ClockFacts, rule: TimeLimitRule, clock: Clock, today: date) -> Extension:
    """Whether an extension can be offered today from what a list holds (the facts and
    the clock, no history): the stage runs the decision clock, none was granted, the
    category's law gives one and its statutory date has not passed; else the first of
    these that fails. What `check_step` and the stage table refuse of an extension,
    read without the events."""
    if not rule.allows_extension:
        return Extension.NOT_IN_LAW
    if facts.extension_days:
        return Extension.GRANTED
    if facts.stage in (Stage.RECEIVED, Stage.SUPPLEMENT):
        return Extension.NOT_ACCEPTED
    if facts.stage not in DECISION_CLOCK_STAGES or clock.statutory_due is None:
        return Extension.DECIDED
    if today > clock.statutory_due:
        return Extension.PAST_DUE
    return Extension.OFFERED


def blocked_actions(
    events: Sequence[StageEvent], rule: TimeLimitRule, cal: WorkCalendar, today: date
) -> dict[Action, DomainError]:
    """Steps the table allows now that the law refuses today, each with the reason, so
    that the window can show them disabled and say why."""
    last = events[-1]  # an undo's target stage is the stage the application is back in
    found: dict[Action, DomainError] = {}
    for action in allowed_actions(events):
        if action not in (Action.EXTEND, Action.APPROVE):
            continue
        probe = StageEvent(
            last.seq + 1,
            action,
            last.to_stage,
            Stage.APPROVED if action is Action.APPROVE else last.to_stage,
            max(today, last.on),
            last.at,
            last.actor,
            extension_days=max(rule.extension_workdays, 1),
        )
        try:
            check_step(events, probe, rule, cal)
        except DomainError as exc:
            found[action] = exc
    return found
