"""Build event histories for tests in a line each."""

from __future__ import annotations

from datetime import date, datetime, time

from approvals_gui.domain.stages import (
    Action,
    StageEvent,
    StepInput,
    next_event,
    registration_event,
)

NOW = datetime(2026, 11, 25, 17, 0)


def history(
    received: date,
    *steps: tuple[Action, date] | tuple[Action, date, dict[str, object]],
    now: datetime = NOW,
) -> list[StageEvent]:
    """Register on `received`, then apply each (action, on[, extra fields]) in order,
    recorded at `now`."""
    events = [registration_event(received, datetime.combine(received, time(9)), "张三")]
    for step in steps:
        action, on = step[0], step[1]
        extra: dict[str, object] = dict(step[2]) if len(step) > 2 else {}  # type: ignore[misc]
        events.append(next_event(events, StepInput(action, on, now, "张三", **extra)))  # type: ignore[arg-type]
    return events
