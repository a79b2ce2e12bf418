"""Working days per stage, paused stages marked, undone steps left out."""

from __future__ import annotations

from datetime import date

from approvals_gui.domain.calendar import WorkCalendar
from approvals_gui.domain.rules import DEFAULT_RULES
from approvals_gui.domain.stages import Action, Stage, StepInput, next_event
from approvals_gui.domain.timeline import timeline
from tests.domain.history import NOW, history

CAL = WorkCalendar.china()
FORM = DEFAULT_RULES[1]


def N(day: int) -> date:
    return date(2026, 11, day)


def test_each_stage_with_its_working_days() -> None:
    events = history(
        N(2),
        (Action.ACCEPT, N(3)),
        (Action.START_EXPERT_REVIEW, N(4)),
        (Action.FINISH_EXPERT_REVIEW, N(10)),
        (Action.EXTEND, N(11), {"reason": "核查", "extension_days": 5}),
    )
    events.append(next_event(events, StepInput(Action.START_HEARING, N(12), NOW, "张三")))
    events.append(next_event(events, StepInput(Action.UNDO, N(12), NOW, "张三")))
    rows = timeline(events, FORM, CAL, N(25))
    assert [(r.stage, r.until, r.workdays, r.paused) for r in rows] == [
        (Stage.RECEIVED, N(3), 1, False),
        (Stage.ACCEPTED, N(4), 1, False),
        (Stage.EXPERT_REVIEW, N(10), 4, True),
        (Stage.REVIEW, None, 11, False),  # still under review on 11-25
        (Stage.REVIEW, None, None, False),  # the extension, not a stage of its own
    ]
    assert rows[-1].event.action is Action.EXTEND
