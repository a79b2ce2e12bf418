"""The stage timeline of one application: how long each stage took, in working days."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from approvals_gui.domain.calendar import WorkCalendar
from approvals_gui.domain.rules import TimeLimitRule
from approvals_gui.domain.stages import (
    FINAL_STAGES,
    STAYING_ACTIONS,
    Stage,
    StageEvent,
    effective_history,
)


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One effective step and the stage it led to, up to the next step (or today)."""

    event: StageEvent
    stage: Stage
    until: date | None  # the next step's day; None while the stage is still current
    workdays: int | None  # working days spent in the stage; None for final stages
    paused_promised: bool  # the promised clock does not count this stage's days
    paused_statutory: bool  # nor the statutory clock

    @property
    def paused(self) -> bool:
        return self.paused_promised or self.paused_statutory


def timeline(
    events: Sequence[StageEvent], rule: TimeLimitRule, cal: WorkCalendar, today: date
) -> list[TimelineEntry]:
    """Effective steps in order (extensions and transfers included, undone steps left
    out)."""
    steps = effective_history(events)
    entries = []
    for i, event in enumerate(steps):
        following = [e for e in steps[i + 1 :] if e.action not in STAYING_ACTIONS]
        until = following[0].on if following else None
        stage = event.to_stage
        if event.action in STAYING_ACTIONS or stage in FINAL_STAGES:
            workdays = None
        else:
            workdays = cal.workdays_between(event.on, until or max(today, event.on))
        entries.append(
            TimelineEntry(
                event,
                stage,
                until,
                workdays,
                stage in rule.promised_pauses,
                stage in rule.statutory_pauses,
            )
        )
    return entries
