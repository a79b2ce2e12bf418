"""A step's effect on the countdown, worked out from data already at hand: the step
dialog previews every keystroke without asking the database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from approvals_gui.domain.access import Staff
from approvals_gui.domain.calendar import WorkCalendar
from approvals_gui.domain.clock import Clock, evaluate, facts_from_history
from approvals_gui.domain.guards import Caution, cautions
from approvals_gui.domain.stages import Action, Particulars, StageEvent
from approvals_gui.services.applications import (
    ApplicationDetail,
    Step,
    checked_event,
    step_input,
)


@dataclass(frozen=True, slots=True)
class Preview:
    clock: Clock  # the countdown after the step
    cautions: tuple[Caution, ...]  # what the clerk must know before it is recorded
    event: StageEvent  # what would be recorded


def preview_step(
    current: ApplicationDetail,
    step: Step,
    calendar: WorkCalendar,
    *,
    today: date,
    actor: str,
    now: datetime,
    staff: Staff | None = None,
) -> Preview:
    """The countdown as it would be after `step`, and what to warn of, without recording
    anything; refused as the write would refuse it. `staff`: who a reassignment may
    give it to where people sign in (the unit's that holds it), None where anyone."""
    events = list(current.events)
    record = current.view.record
    now_as = Particulars(record.handler, record.project, current.investment)
    event = checked_event(events, step_input(step, actor, now, now_as), current.rule, calendar)
    if event.action is Action.REASSIGN and staff is not None:
        staff.check(event.handler)
    after = evaluate(facts_from_history([*events, event]), current.rule, calendar, today)
    return Preview(after, cautions(events, event, current.rule, calendar), event)
