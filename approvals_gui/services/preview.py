"""A step's effect on the countdown, worked out from data already at hand: the step
dialog previews every keystroke without asking the database."""

from __future__ import annotations

from datetime import date, datetime

from approvals_gui.domain.calendar import WorkCalendar
from approvals_gui.domain.clock import Clock, evaluate, facts_from_history
from approvals_gui.domain.rules import TimeLimitRule
from approvals_gui.domain.stages import StageEvent, StepInput, next_event
from approvals_gui.services.applications import ApplicationDetail, Step


def step_input(step: Step, actor: str, now: datetime, rule: TimeLimitRule) -> StepInput:
    """The domain's input for `step`, taken by `actor` at `now` under `rule`."""
    return StepInput(
        step.action,
        step.on or now.date(),
        now,
        actor,
        step.remark,
        step.materials,
        step.reason,
        step.document_number,
        step.extension_days,
        rule.extension_workdays,
    )


def planned_event(
    events: list[StageEvent], step: Step, actor: str, now: datetime, rule: TimeLimitRule
) -> StageEvent:
    """The event `step` would add; raises DomainError where the stage table refuses."""
    return next_event(events, step_input(step, actor, now, rule))


def preview_step(
    current: ApplicationDetail,
    step: Step,
    calendar: WorkCalendar,
    *,
    today: date,
    actor: str,
    now: datetime,
) -> Clock:
    """The countdown as it would be after `step`, without recording anything."""
    events = list(current.events)
    event = planned_event(events, step, actor, now, current.rule)
    return evaluate(facts_from_history([*events, event]), current.rule, calendar, today)
