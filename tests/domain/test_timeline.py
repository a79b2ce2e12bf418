"""Working days per stage, paused stages marked; a step taken back shown with its undo,
neither counting days."""

from __future__ import annotations

from dataclasses import replace
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
    assert [(r.stage, r.until, r.workdays, r.paused, r.in_force) for r in rows] == [
        (Stage.RECEIVED, N(3), 1, False, True),
        (Stage.ACCEPTED, N(4), 1, False, True),
        (Stage.EXPERT_REVIEW, N(10), 4, True, True),
        (Stage.REVIEW, None, 11, False, True),  # still under review on 11-25
        (Stage.REVIEW, None, None, False, True),  # the extension, not a stage of its own
        (Stage.HEARING, None, None, False, False),  # taken back: shown, not counted
        (Stage.REVIEW, None, None, False, False),  # the undo, back to review
    ]
    assert rows[4].event.action is Action.EXTEND
    assert rows[5].undone_by is rows[6].event and rows[6].event.action is Action.UNDO
    assert [r for r in rows if r.in_force] == rows[:5]


def test_undos_take_back_the_latest_step_in_force() -> None:
    """Two undos in a row take back the two latest steps; a step taken again after an
    undo is in force."""
    events = history(N(2), (Action.ACCEPT, N(3)), (Action.START_REVIEW, N(4)))
    for _ in range(2):
        events.append(next_event(events, StepInput(Action.UNDO, N(5), NOW, "李四")))
    events.append(next_event(events, StepInput(Action.ACCEPT, N(5), NOW, "李四")))
    rows = timeline(events, FORM, CAL, N(25))
    accept, review, undo_review, undo_accept, again = rows[1:]
    assert review.undone_by is undo_review.event and accept.undone_by is undo_accept.event
    assert again.in_force and again.workdays == CAL.workdays_between(N(5), N(25))
    assert rows[0].until == N(5)  # received until the acceptance in force


def test_a_notice_kept_open_past_its_period_says_when_it_stopped_pausing() -> None:
    """拟批准公示 from 11-09: its 5 working days end on 11-16 (the step's day is not
    one of them), and the days after count again, as the clocks and "why this date?"
    have them. Within the period, or without a period set, the whole stage pauses; the
    next step on the first working day after it is the usual course, not a notice kept
    open."""
    events = history(
        N(2),
        (Action.ACCEPT, N(3)),
        (Action.START_REVIEW, N(4)),
        (Action.START_PUBLIC_NOTICE, N(9)),
    )
    ended = CAL.add_workdays(N(9), FORM.approval_notice_workdays)
    assert ended == N(16)
    notice = timeline(events, FORM, CAL, N(25))[-1]
    assert notice.stage is Stage.PUBLIC_NOTICE and notice.paused_until == ended
    # 12 working days in the stage, the first 5 of them paused.
    assert (notice.workdays, notice.paused_workdays) == (12, 5)
    assert timeline(events, FORM, CAL, N(17))[-1].paused_until == ended  # a day on, running
    assert timeline(events, FORM, CAL, ended)[-1].paused_until is None
    assert timeline(events, FORM, CAL, ended)[-1].paused_workdays == 5  # within: all paused
    unbounded = replace(FORM, approval_notice_workdays=0)
    assert timeline(events, unbounded, CAL, N(25))[-1].paused_until is None
    counting = replace(FORM, promised_pauses=FORM.promised_pauses - {Stage.PUBLIC_NOTICE})
    assert not timeline(events, counting, CAL, N(25))[-1].paused
    assert timeline(events, counting, CAL, N(25))[-1].paused_until is None
    assert timeline(events, counting, CAL, N(25))[-1].paused_workdays is None  # not paused

    def approved_on(day: date) -> date | None:
        step = StepInput(Action.APPROVE, day, NOW, "张三", document_number="环审〔2026〕1号")
        return timeline([*events, next_event(events, step)], FORM, CAL, N(30))[3].paused_until

    assert approved_on(N(17)) is None  # the next working day: in the course of things
    assert approved_on(N(16)) is None  # on the period's last day
    assert approved_on(N(18)) == ended  # a working day (11-17) went by after it
