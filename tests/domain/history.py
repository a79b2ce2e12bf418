"""Build event histories, and the records and rules tests need, in a line each."""

from __future__ import annotations

from datetime import date, datetime, time

from approvals_gui.domain.applications import ApplicationRecord
from approvals_gui.domain.clock import facts_from_history
from approvals_gui.domain.rules import TimeLimitRule
from approvals_gui.domain.stages import (
    Action,
    StageEvent,
    StepInput,
    next_event,
    registration_event,
)
from approvals_gui.domain.timelimits import Limit, Unit

NOW = datetime(2026, 11, 25, 17, 0)
# A licence under 《行政许可法》第四十二条's own 20 + 10 working days.
GENERAL = TimeLimitRule(
    "general", "一般许可", Limit(20, Unit.WORKDAYS), Limit(10, Unit.WORKDAYS), extension_workdays=10
)


def record_of(
    events: list[StageEvent],
    category: str = "report_form",
    *,
    app_id: int = 1,
    handler: str = "张三",
    district: str = "高新区",
) -> ApplicationRecord:
    """An application with `events` as its history, as the store would list it."""
    facts = facts_from_history(events)
    return ApplicationRecord(
        app_id, f"HP2026-{app_id:05d}", "某项目", 1, "某公司", "91350100M000100Y43", category,
        handler, district, facts.received_on, 1, facts,
    )  # fmt: skip


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
