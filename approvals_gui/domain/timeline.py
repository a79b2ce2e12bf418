"""The stage timeline of one application: every step as recorded, and how long each
stage took, in working days. A step taken back stays in it (history is never edited),
marked with the undo that took it back; only the steps in force count days."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from approvals_gui.domain.calendar import WorkCalendar
from approvals_gui.domain.clock import PauseSpan, pause_end
from approvals_gui.domain.rules import TimeLimitRule
from approvals_gui.domain.stages import (
    FINAL_STAGES,
    STAYING_ACTIONS,
    Action,
    Stage,
    StageEvent,
    effective_history,
)


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One step and the stage it led to, up to the next step in force (or today)."""

    event: StageEvent
    stage: Stage
    until: date | None  # the next step's day; None while the stage is still current
    workdays: int | None  # working days spent in the stage; None for final stages
    paused_promised: bool  # the promised clock does not count this stage's days
    paused_statutory: bool  # nor the statutory clock
    # The undo that took this step back; such a step (and an undo) counts no days.
    undone_by: StageEvent | None = None
    # A public notice kept open past its period (working days went by after it before
    # the next step): the last day it stopped the clocks (`clock.pause_end`); the days
    # after count again.
    paused_until: date | None = None
    # Of `workdays`, those a pause took: all of them, or those up to `paused_until` (the
    # rest counted again); None where no clock paused.
    paused_workdays: int | None = None

    @property
    def in_force(self) -> bool:
        return self.undone_by is None and self.event.action is not Action.UNDO

    @property
    def paused(self) -> bool:
        return self.paused_promised or self.paused_statutory


def timeline(
    events: Sequence[StageEvent], rule: TimeLimitRule, cal: WorkCalendar, today: date
) -> list[TimelineEntry]:
    """Every step in the order recorded: those in force with their stages' working days
    (extensions and transfers included), each step taken back with the undo that took
    it back, and each undo with the stage it went back to."""
    counted = {entry.event.seq: entry for entry in _in_force(events, rule, cal, today)}
    undone_by: dict[int, StageEvent] = {}
    stack: list[StageEvent] = []  # as `effective_history` takes the undos
    for event in events:
        if event.action is Action.UNDO:
            undone_by[stack.pop().seq] = event
        else:
            stack.append(event)
    return [
        counted.get(e.seq)
        or TimelineEntry(e, e.to_stage, None, None, False, False, undone_by.get(e.seq))
        for e in events
    ]


def _in_force(
    events: Sequence[StageEvent], rule: TimeLimitRule, cal: WorkCalendar, today: date
) -> list[TimelineEntry]:
    """The steps in force, each with the days of the stage it led to."""
    steps = effective_history(events)
    entries = []
    for i, event in enumerate(steps):
        following = [e for e in steps[i + 1 :] if e.action not in STAYING_ACTIONS]
        until = following[0].on if following else None
        stage = event.to_stage
        paused_promised, paused_statutory = (
            stage in rule.promised_pauses,
            stage in rule.statutory_pauses,
        )
        paused_until = paused_workdays = None
        if event.action in STAYING_ACTIONS or stage in FINAL_STAGES:
            workdays = None
        else:
            last = until or max(today, event.on)
            workdays = cal.workdays_between(event.on, last)
            if paused_promised or paused_statutory:
                paused_workdays = workdays
                span = PauseSpan(stage, event.on, until)
                ended = pause_end(span, rule, cal, today.toordinal())
                # Kept open past the period: working days went by after it, before the
                # next step (whose own day counts like any step's) or up to today.
                after = last.toordinal() - (until is not None)
                if ended < after and cal.workdays_between_ord(ended, after) > 0:
                    paused_until = date.fromordinal(ended)
                    paused_workdays = cal.workdays_between_ord(event.on.toordinal(), ended)
        entries.append(
            TimelineEntry(
                event,
                stage,
                until,
                workdays,
                paused_promised,
                paused_statutory,
                paused_until=paused_until,
                paused_workdays=paused_workdays,
            )
        )
    return entries
