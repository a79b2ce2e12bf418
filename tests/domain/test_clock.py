"""The countdown engine against hand-computed dates (November 2026 unless noted)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from approvals_gui.domain.calendar import CalendarOverride, OverrideKind, WorkCalendar
from approvals_gui.domain.clock import (
    DueKind,
    Phase,
    StartReason,
    Status,
    evaluate,
    explain,
    facts_from_history,
)
from approvals_gui.domain.rules import DEFAULT_RULES
from approvals_gui.domain.stages import Action, Stage
from approvals_gui.domain.timelimits import Limit, Unit
from tests.domain.history import GENERAL, history

CAL = WorkCalendar.china()
BOOK, FORM, COMMIT = DEFAULT_RULES  # 报告书, 报告表 (10 / 30 working days), 告知承诺制
TODAY = date(2026, 11, 25)
DOC = {"document_number": "环审〔2026〕8号"}
GENERAL_FORM = replace(FORM, extension_workdays=10)  # 报告表's dates, with an extension


def N(day: int) -> date:
    return date(2026, 11, day)


NOV_2 = date(2026, 11, 2)


def clock_of(*steps, received=NOV_2, rule=FORM, today=TODAY, cal=CAL):  # type: ignore[no-untyped-def]
    return evaluate(facts_from_history(history(received, *steps)), rule, cal, today)


def test_running_and_overdue() -> None:
    c = clock_of((Action.ACCEPT, N(3)), (Action.START_REVIEW, N(4)))
    assert (c.phase, c.status) == (Phase.DECISION, Status.OVERDUE)
    assert c.promised_due == N(17) and c.statutory_due == date(2026, 12, 15)
    assert c.workdays_left == -6 and c.workdays_used == 16
    assert not c.statutory_overdue and c.on_track_for_one_go  # late, yet one supplement at most


def test_expert_review_pauses_the_clock() -> None:
    c = clock_of(
        (Action.ACCEPT, N(3)),
        (Action.START_EXPERT_REVIEW, N(4)),
        (Action.FINISH_EXPERT_REVIEW, N(10)),
    )
    assert c.promised_due == N(24) and c.workdays_left == -1 and c.status is Status.OVERDUE
    assert c.workdays_used == 16 - 5


def test_a_running_pause_freezes_the_countdown() -> None:
    steps = ((Action.ACCEPT, N(12)), (Action.START_EXPERT_REVIEW, N(20)))
    c = clock_of(*steps, received=N(12))
    assert (c.status, c.paused_by) == (Status.PAUSED, Stage.EXPERT_REVIEW)
    assert c.promised_due == date(2026, 12, 2) and c.workdays_left == 5
    later = clock_of(*steps, received=N(12), today=N(27))
    assert later.workdays_left == 5 and later.promised_due == date(2026, 12, 4)


def test_public_notice_pauses_only_where_the_rule_says_so() -> None:
    steps = (
        (Action.ACCEPT, N(12)),
        (Action.START_REVIEW, N(13)),
        (Action.START_PUBLIC_NOTICE, N(20)),
    )
    counting = replace(FORM, promised_pauses=FORM.promised_pauses - {Stage.PUBLIC_NOTICE})
    assert clock_of(*steps, received=N(12), rule=counting).status is Status.DUE_SOON  # 11-26
    assert clock_of(*steps, received=N(12)).status is Status.PAUSED


def test_intake_clock_warns_before_deemed_acceptance() -> None:
    c = clock_of(received=N(23))
    assert (c.phase, c.status, c.intake_due, c.workdays_left) == (
        Phase.INTAKE,
        Status.DUE_SOON,
        N(30),
        3,
    )


def test_missed_intake_limit_counts_as_accepted_on_receipt() -> None:
    c = clock_of(received=N(9))
    assert c.deemed_accepted and c.clock_start == N(9)
    assert c.promised_due == N(23) and c.workdays_left == -2
    late_accept = clock_of((Action.ACCEPT, N(12)))  # intake limit was 11-09
    assert late_accept.deemed_accepted and late_accept.clock_start == N(2)


def test_supplement_pauses_intake_and_materials_restart_it() -> None:
    materials = {"materials": ("建设项目环评审批申请表",)}
    waiting = clock_of((Action.REQUEST_SUPPLEMENT, N(3), materials))
    assert (waiting.status, waiting.paused_by) == (Status.PAUSED, Stage.SUPPLEMENT)
    restarted = clock_of(
        (Action.REQUEST_SUPPLEMENT, N(3), materials), (Action.RECEIVE_MATERIALS, N(23))
    )
    assert restarted.phase is Phase.INTAKE and restarted.intake_due == N(30)
    assert restarted.supplement_rounds == 1 and restarted.on_track_for_one_go


def test_finished_early_on_time_and_one_go() -> None:
    early = clock_of(
        (Action.ACCEPT, N(3)),
        (Action.START_REVIEW, N(4)),
        (Action.APPROVE, N(12), DOC),
        (Action.DELIVER, N(13)),
    )
    assert (early.status, early.phase, early.workdays_used, early.one_go) == (
        Status.WITHIN_PROMISE,
        Phase.DONE,
        7,
        True,
    )
    undelivered = clock_of(
        (Action.ACCEPT, N(3)), (Action.START_REVIEW, N(4)), (Action.APPROVE, N(12), DOC)
    )
    assert (undelivered.phase, undelivered.one_go) == (Phase.DELIVERY, None)
    on_time = clock_of(
        (Action.ACCEPT, N(3)),
        (Action.START_REVIEW, N(4)),
        (Action.APPROVE, N(20), DOC),
        (Action.DELIVER, N(20)),
    )
    # 一次办结 counts supplement notices only; the broken promise is its own figure.
    assert (on_time.status, on_time.one_go) == (Status.PAST_PROMISE, True)


def test_two_supplement_rounds_break_one_go() -> None:
    m = {"materials": ("图件",)}
    c = clock_of(
        (Action.REQUEST_SUPPLEMENT, N(2), m),
        (Action.RECEIVE_MATERIALS, N(3)),
        (Action.REQUEST_SUPPLEMENT, N(3), {**m, "reason": "补正材料仍不符合要求"}),
        (Action.RECEIVE_MATERIALS, N(4)),
        (Action.ACCEPT, N(4)),
        (Action.START_REVIEW, N(5)),
        (Action.APPROVE, N(6), DOC),
        (Action.DELIVER, N(6)),
    )
    assert c.status is Status.WITHIN_PROMISE and c.supplement_rounds == 2 and c.one_go is False


def test_late_across_the_mid_autumn_make_up_sunday() -> None:
    # A 20-working-day licence from 2026-09-01; Sunday 09-20 works, 09-25 is a holiday.
    c = clock_of(
        (Action.ACCEPT, date(2026, 9, 1)),
        (Action.START_REVIEW, date(2026, 9, 1)),
        (Action.APPROVE, date(2026, 10, 9), DOC),
        received=date(2026, 9, 1),
        rule=GENERAL,
    )
    assert c.statutory_due == date(2026, 9, 29)
    assert c.status is Status.PAST_STATUTORY and c.statutory_overdue


def test_extension_keeps_both_statutory_dates() -> None:
    ext = {"reason": "需现场核查", "extension_days": 10}
    c = clock_of((Action.ACCEPT, N(3)), (Action.EXTEND, N(20), ext), rule=GENERAL_FORM)
    assert c.original_statutory_due == date(2026, 12, 15)
    assert c.statutory_due == date(2026, 12, 29)
    assert c.promised_due == N(17)  # the promise is the bureau's own; it is not extended


def test_withdrawn_and_not_accepted_are_closed() -> None:
    assert clock_of((Action.WITHDRAW, N(3))).status is Status.CLOSED
    assert clock_of((Action.NOT_ACCEPT, N(3), {"reason": "不属于本部门"})).phase is Phase.CLOSED


def test_a_calendar_correction_moves_the_due_date() -> None:
    cal = WorkCalendar.china([CalendarOverride(N(16), OverrideKind.HOLIDAY, "本地放假")])
    c = clock_of((Action.ACCEPT, N(3)), cal=cal)
    assert c.promised_due == N(18)


def test_unconfirmed_years_are_reported() -> None:
    # 报告书: 60 working days from 11-20 reach into 2027, which has no notice yet.
    c = clock_of((Action.ACCEPT, N(20)), received=N(20), rule=BOOK)
    assert c.unconfirmed_years == (2027,)
    assert clock_of((Action.ACCEPT, N(3)), received=N(3)).unconfirmed_years == ()


def test_explanation_lays_out_each_date() -> None:
    facts = facts_from_history(
        history(
            N(2),
            (Action.ACCEPT, N(3)),
            (Action.START_EXPERT_REVIEW, N(4)),
            (Action.FINISH_EXPERT_REVIEW, N(10)),
            (Action.EXTEND, N(20), {"reason": "需现场核查", "extension_days": 5}),
        )
    )
    intake, promised, statutory = explain(facts, GENERAL_FORM, CAL, TODAY)
    assert (intake.kind, intake.start_reason, intake.due) == (
        DueKind.INTAKE,
        StartReason.RECEIVED,
        N(9),
    )
    assert promised.due == N(24) and promised.start == N(3)
    assert [(p.stage, p.first, p.last, p.workdays) for p in promised.pauses] == [
        (Stage.EXPERT_REVIEW, N(4), N(10), 5)
    ]
    assert {d.day for d in promised.rest_days} == {N(7), N(8), N(14), N(15), N(21), N(22)}
    assert statutory.extension_days == 5 and statutory.due > statutory.original_due
    assert "行政许可法" in statutory.legal_basis


@given(st.dates(date(2025, 1, 1), date(2026, 11, 25)), st.integers(0, 200))
def test_countdown_agrees_with_the_due_date(accepted: date, offset: int) -> None:
    today = date.fromordinal(accepted.toordinal() + offset)
    c = clock_of((Action.ACCEPT, accepted), received=accepted, today=today)
    assert c.promised_due is not None and c.workdays_left is not None
    assert c.due == (c.statutory_due if c.status is Status.BREACH else c.promised_due)
    if today > c.due:  # over by the working days since, by one at least
        assert c.workdays_left == -max(1, CAL.workdays_between(c.due, today))
    else:
        assert c.workdays_left == CAL.workdays_between(today, c.due)
    assert (c.status in (Status.OVERDUE, Status.BREACH)) == (today > c.promised_due)
    assert (c.workdays_left < 0) == (today > c.due)  # missed is never "0 over"
    assert (c.status is Status.BREACH) == (today > c.statutory_due)


@given(st.dates(date(2025, 1, 1), TODAY), st.integers(1, 30), st.integers(0, 30))
def test_a_warning_as_long_as_the_promise_warns_from_the_first_day(
    accepted: date, promised: int, warn: int
) -> None:
    """`due_soon_from_start`, which the rule editor says beside the warning, is what the
    clock does on its first day (working days)."""
    rule = replace(BOOK, promised=Limit(promised, Unit.WORKDAYS), warn_workdays=warn)
    c = clock_of((Action.ACCEPT, accepted), received=accepted, today=accepted, rule=rule)
    assert (c.status is Status.DUE_SOON) == rule.due_soon_from_start


# Weekends only: no holiday, no make-up day (2026-11-02 is a Monday).
PLAIN_WEEKS = WorkCalendar({}, {}, confirmed_years=range(2025, 2028))


def test_a_calendar_day_promise_is_judged_by_its_working_days() -> None:
    """A 15-calendar-day promise holds 11 working days from any weekday: a warning of
    12 working days made every application yellow on its first day, unsaid. Said when
    every weekday's start is yellow on its first day, and only then."""
    for days in range(1, 61):
        for warn in range(0, 46):
            rule = replace(BOOK, promised=Limit(days, Unit.DAYS), warn_workdays=warn)
            first_days = [
                evaluate(
                    facts_from_history(history(start, (Action.ACCEPT, start))),
                    rule,
                    PLAIN_WEEKS,
                    start,
                ).status
                for start in (N(2 + weekday) for weekday in range(5))
            ]
            assert rule.due_soon_from_start == all(s is Status.DUE_SOON for s in first_days)
