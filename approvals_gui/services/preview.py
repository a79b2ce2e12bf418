"""A step's effect on the countdown, worked out from data already at hand: the step
dialog previews every keystroke without asking the database."""

from __future__ import annotations

from datetime import date, datetime

from approvals_gui.domain.calendar import WorkCalendar
from approvals_gui.domain.clock import Clock, evaluate, facts_from_history
from approvals_gui.domain.stages import next_event
from approvals_gui.services.applications import ApplicationDetail, Step, step_input


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
    event = next_event(events, step_input(step, actor, now, current.rule))
    return evaluate(facts_from_history([*events, event]), current.rule, calendar, today)
