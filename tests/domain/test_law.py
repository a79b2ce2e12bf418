"""The clocks against the texts of the law: 《行政许可法》第三十二、四十二、四十四、四十五、
四十七条, 《环境影响评价法》第二十二条, and the bureaus' published notice periods."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from approvals_gui.domain.board import HEARING_STEP, Lane, application_card
from approvals_gui.domain.calendar import WorkCalendar
from approvals_gui.domain.clock import (
    DeadlineKind,
    DueKind,
    Phase,
    StartReason,
    Status,
    delivered,
    evaluate,
    explain,
    facts_from_history,
)
from approvals_gui.domain.errors import DomainError, ErrorCode
from approvals_gui.domain.guards import Caution, blocked_actions, cautions, check_step
from approvals_gui.domain.rules import DEFAULT_RULES, TimeLimitRule
from approvals_gui.domain.stages import Action, Stage, StageEvent, StepInput, next_event
from approvals_gui.domain.timelimits import Limit, Unit
from approvals_gui.domain.urgency import urgency_key
from tests.domain.history import GENERAL, NOW, record_of
from tests.domain.history import history as recorded

CAL = WorkCalendar.china()
BOOK, FORM, COMMIT = DEFAULT_RULES
DOC = {"document_number": "环审〔2026〕8号"}
MATERIALS = {"materials": ("公众参与说明",)}
LATER = date(2028, 6, 30)  # "today" after every history here


def history(
    received: date, *steps: tuple[Action, date] | tuple[Action, date, dict[str, object]]
) -> list[StageEvent]:
    return recorded(received, *steps, now=NOW.replace(year=2028))


def J(month: int, day: int) -> date:
    return date(2026, month, day)


def clock(events: list[StageEvent], rule: TimeLimitRule = FORM, today: date = LATER):  # type: ignore[no-untyped-def]
    return evaluate(facts_from_history(events), rule, CAL, today)


def step(events: list[StageEvent], action: Action, on: date, **extra: object) -> StageEvent:
    return next_event(events, StepInput(action, on, NOW.replace(year=2028), "张三", **extra))  # type: ignore[arg-type]


def refusal(
    events: list[StageEvent], rule: TimeLimitRule, action: Action, on: date, **extra: object
) -> ErrorCode:
    with pytest.raises(DomainError) as err:
        check_step(events, step(events, action, on, **extra), rule, CAL)
    return err.value.code


# -- 1. extension ---------------------------------------------------------------------


def test_the_eia_categories_have_no_extension_and_the_20_day_rule_keeps_its_ten() -> None:
    assert not BOOK.allows_extension and not FORM.allows_extension and not COMMIT.allows_extension
    events = history(J(11, 2), (Action.ACCEPT, J(11, 3)))
    ext = {"reason": "需现场核查", "extension_days": 10}
    assert refusal(events, FORM, Action.EXTEND, J(11, 20), **ext) is ErrorCode.EXTENSION_NOT_ALLOWED
    check_step(events, step(events, Action.EXTEND, J(11, 20), **ext), GENERAL, CAL)
    too_long = {"reason": "复杂", "extension_days": 11}
    assert refusal(events, GENERAL, Action.EXTEND, J(11, 20), **too_long) is (
        ErrorCode.EXTENSION_TOO_LONG
    )


def test_an_extension_is_refused_once_the_statutory_date_has_passed() -> None:
    # GENERAL from 11-03: statutory 20 working days → 12-01.
    events = history(J(11, 2), (Action.ACCEPT, J(11, 3)))
    assert clock(events, GENERAL, J(12, 1)).statutory_due == J(12, 1)
    ext = {"reason": "需现场核查", "extension_days": 10}
    check_step(events, step(events, Action.EXTEND, J(12, 1), **ext), GENERAL, CAL)
    assert refusal(events, GENERAL, Action.EXTEND, J(12, 2), **ext) is ErrorCode.EXTENSION_TOO_LATE


def test_blocked_actions_say_why_the_extension_is_not_offered() -> None:
    events = history(J(11, 2), (Action.ACCEPT, J(11, 3)))
    assert blocked_actions(events, FORM, CAL, J(11, 20))[Action.EXTEND].code is (
        ErrorCode.EXTENSION_NOT_ALLOWED
    )
    assert Action.EXTEND not in blocked_actions(events, GENERAL, CAL, J(11, 20))
    assert blocked_actions(events, GENERAL, CAL, J(12, 2))[Action.EXTEND].code is (
        ErrorCode.EXTENSION_TOO_LATE
    )


# -- 2. 告知承诺制 ----------------------------------------------------------------------


def test_notify_commit_is_an_eia_approval_of_thirty_days_promised_in_one() -> None:
    assert COMMIT.statutory == Limit(30, Unit.WORKDAYS) and COMMIT.promised == Limit(
        1, Unit.WORKDAYS
    )
    assert "环境影响评价法》第二十二条" in COMMIT.legal_basis


# -- 3. two pause sets ------------------------------------------------------------------


def test_public_notice_pauses_the_promise_but_not_the_law() -> None:
    base = history(J(11, 2), (Action.ACCEPT, J(11, 3)), (Action.START_REVIEW, J(11, 3)))
    notice = [*base, step(base, Action.START_PUBLIC_NOTICE, J(11, 10))]
    today = J(11, 13)  # within the notice's 5 working days (11-11 … 11-17)
    without, with_notice = clock(base, today=today), clock(notice, today=today)
    assert with_notice.statutory_due == without.statutory_due
    assert with_notice.promised_due > without.promised_due  # type: ignore[operator]
    assert (with_notice.status, with_notice.paused_by) == (Status.PAUSED, Stage.PUBLIC_NOTICE)


def test_a_notice_left_open_past_its_period_stops_the_promise_no_longer() -> None:
    """承诺时限不含公示时间: the notice (from 11-10, its 5 working days to 11-17), not the
    weeks it was left open. From 11-18 the promise counts again; the approval on 12-01
    finds it missed, where an unbounded pause had it met."""
    base = history(J(11, 2), (Action.ACCEPT, J(11, 3)), (Action.START_REVIEW, J(11, 3)))
    notice = [*base, step(base, Action.START_PUBLIC_NOTICE, J(11, 10))]
    # 11-04 … 11-09 counted (4 working days), the notice's 11-10 … 11-17 not: the 10
    # promised working days end on 11-25.
    within = clock(notice, today=J(11, 17))
    assert (within.status, within.paused_by) == (Status.PAUSED, Stage.PUBLIC_NOTICE)
    assert within.promised_due == J(11, 25)
    past = clock(notice, today=J(11, 20))
    assert past.paused_by is None and past.promised_due == J(11, 25)
    assert (past.status, past.workdays_left) == (Status.DUE_SOON, 3)
    assert clock(notice, today=J(11, 26)).status is Status.OVERDUE
    approved = [*notice, step(notice, Action.APPROVE, J(12, 1), **DOC)]
    done = clock(approved)
    assert done.status is Status.PAST_PROMISE and done.promised_due == J(11, 25)
    assert done.workdays_used == 4 + 10  # 11-04 … 11-09, then 11-18 … 12-01
    _, promised, *_ = explain(facts_from_history(approved), FORM, CAL, LATER)
    (paused,) = promised.pauses
    assert (paused.first, paused.last, paused.workdays) == (J(11, 10), J(11, 17), 6)
    assert paused.period_over and not paused.still_running


def test_a_pause_from_the_day_the_clock_starts_leaves_out_only_later_days() -> None:
    """Day 0 is never counted, paused or not: a notice begun on the day of acceptance
    and still running that day had been said to leave out a working day, the promised
    date unmoved."""
    base = history(J(11, 2), (Action.ACCEPT, J(11, 3)), (Action.START_REVIEW, J(11, 3)))
    notice = [*base, step(base, Action.START_PUBLIC_NOTICE, J(11, 3))]
    _, promised, statutory = explain(facts_from_history(notice), FORM, CAL, J(11, 3))
    (paused,) = promised.pauses
    assert (paused.first, paused.workdays) == (J(11, 3), 0)
    assert promised.due == clock(base, today=J(11, 3)).promised_due  # nothing moved yet
    (counted,) = statutory.not_paused  # the law's clock counts the notice: none of it yet
    assert counted.workdays == 0
    # Two days on: 11-04 and 11-05 left out of the promise, and the date moved by two.
    _, later, _ = explain(facts_from_history(notice), FORM, CAL, J(11, 5))
    assert later.pauses[0].workdays == 2
    assert CAL.workdays_between(J(11, 3), later.due) == FORM.promised.amount + 2


def test_why_this_date_says_which_clock_each_pause_applied_to() -> None:
    events = history(
        J(11, 2),
        (Action.ACCEPT, J(11, 3)),
        (Action.START_EXPERT_REVIEW, J(11, 4)),
        (Action.FINISH_EXPERT_REVIEW, J(11, 10)),
        (Action.START_PUBLIC_NOTICE, J(11, 11)),
    )
    _, promised, statutory = explain(facts_from_history(events), FORM, CAL, J(11, 18))
    assert [p.stage for p in promised.pauses] == [Stage.EXPERT_REVIEW, Stage.PUBLIC_NOTICE]
    assert [p.stage for p in statutory.pauses] == [Stage.EXPERT_REVIEW]
    assert [p.stage for p in statutory.not_paused] == [Stage.PUBLIC_NOTICE]


@given(
    st.dates(date(2024, 1, 1), date(2027, 12, 31)),
    st.integers(0, 40),
    st.integers(0, 60),
)
def test_a_promise_only_pause_never_moves_the_statutory_date(
    accepted: date, wait: int, later: int
) -> None:
    base = history(accepted, (Action.ACCEPT, accepted), (Action.START_REVIEW, accepted))
    start = date.fromordinal(accepted.toordinal() + wait)
    notice = [*base, step(base, Action.START_PUBLIC_NOTICE, start)]
    today = date.fromordinal(start.toordinal() + later)
    assert clock(notice, today=today).statutory_due == clock(base, today=today).statutory_due
    assert clock(notice, today=today).promised_due >= clock(base, today=today).promised_due  # type: ignore[operator]


# -- 4. statutory breach ----------------------------------------------------------------


def test_past_the_statutory_date_is_a_breach_shown_before_everything() -> None:
    events = history(J(9, 1), (Action.ACCEPT, J(9, 1)), (Action.START_REVIEW, J(9, 2)))
    c = clock(events, today=J(11, 25))  # 30 working days from 09-01 end in October
    assert c.status is Status.BREACH and c.statutory_overdue and c.due == c.statutory_due
    assert c.workdays_left is not None and c.workdays_left < 0
    overdue = clock(events, today=J(9, 20))
    assert overdue.status is Status.OVERDUE
    assert urgency_key(c) < urgency_key(overdue)
    card = application_card(record_of(events), c)
    assert card is not None and card.lane is Lane.BREACH


# -- 5. delivery clock ------------------------------------------------------------------


@given(st.dates(date(2024, 1, 1), date(2027, 12, 31)), st.integers(0, 30))
def test_the_delivery_clock_starts_the_day_after_the_decision(decided: date, later: int) -> None:
    events = history(
        decided,
        (Action.ACCEPT, decided),
        (Action.START_REVIEW, decided),
        (Action.REFUSE, decided, {**DOC, "reason": "选址不符合规划"}),
    )
    today = date.fromordinal(decided.toordinal() + later)
    c = clock(events, today=today)
    delivery = c.deadline(DeadlineKind.DELIVERY)
    assert c.phase is Phase.DELIVERY and delivery is not None
    assert delivery.start == decided and delivery.due == CAL.add_workdays(decided, 10)
    assert c.due == delivery.due and c.workdays_left is not None
    if today > delivery.due:  # over by the working days since, and by one at least
        assert c.workdays_left == -max(1, CAL.workdays_between(delivery.due, today))
    else:
        assert c.workdays_left == CAL.workdays_between(today, delivery.due)
    assert c.countdown is delivery.status
    # Missed is never "0 left": a Friday's limit on Saturday is not due today.
    assert (delivery.status is Status.OVERDUE) == (today > delivery.due) == (c.workdays_left < 0)


def test_a_late_delivery_gets_a_red_card_and_a_delivered_one_none() -> None:
    events = history(
        J(11, 2),
        (Action.ACCEPT, J(11, 2)),
        (Action.START_REVIEW, J(11, 2)),
        (Action.REFUSE, J(11, 3), {**DOC, "reason": "选址不符合规划"}),
    )
    late = clock(events, today=J(11, 25))
    card = application_card(record_of(events), late)
    assert card is not None and (card.lane, card.step) == (Lane.RED, "delivery")
    delivered = [*events, step(events, Action.DELIVER, J(11, 25))]
    assert application_card(record_of(delivered), clock(delivered)) is None
    why = explain(facts_from_history(events), FORM, CAL, J(11, 25))[-1]
    assert (why.kind, why.start_reason, why.due) == (
        DueKind.DELIVERY,
        StartReason.DECIDED,
        J(11, 17),
    )


def test_a_limit_missed_on_friday_is_overdue_over_the_weekend() -> None:
    """Decided Friday 11-20, to deliver by Friday 12-04. On Saturday no working day has
    passed since, yet the limit is missed: it said 今日应送达, and a delivery that day
    counted as in time."""
    events = history(
        J(11, 2),
        (Action.ACCEPT, J(11, 2)),
        (Action.START_REVIEW, J(11, 2)),
        (Action.REFUSE, J(11, 20), {**DOC, "reason": "选址不符合规划"}),
    )
    left = {}
    for day in (J(12, 4), J(12, 5), J(12, 6), J(12, 7), J(12, 8)):
        c = clock(events, today=day)
        assert c.due == J(12, 4)
        left[day.day] = (c.workdays_left, c.countdown)
    on_time, over = Status.DUE_SOON, Status.OVERDUE  # the last day: due soon
    assert left == {4: (0, on_time), 5: (-1, over), 6: (-1, over), 7: (-1, over), 8: (-2, over)}
    on_saturday = [*events, step(events, Action.DELIVER, J(12, 5))]
    done = delivered(facts_from_history(on_saturday), CAL)
    assert done is not None and (done.due, done.late_workdays) == (J(12, 4), 1)


# -- 6. names of finished items -----------------------------------------------------------


def test_finished_items_say_whether_the_promise_or_the_law_was_kept() -> None:
    def decided(on: date) -> Status:
        events = history(
            J(11, 2),
            (Action.ACCEPT, J(11, 2)),
            (Action.START_REVIEW, J(11, 2)),
            (Action.REFUSE, on, {**DOC, "reason": "不符"}),
        )
        return clock(events).status

    # 报告表 from 11-02: promised 11-16, statutory 12-14.
    assert decided(J(11, 16)) is Status.WITHIN_PROMISE
    assert decided(J(11, 17)) is Status.PAST_PROMISE
    assert decided(J(12, 14)) is Status.PAST_PROMISE
    assert decided(J(12, 15)) is Status.PAST_STATUTORY


# -- 7. the unit of the EIA law's days ------------------------------------------------------


def test_the_admin_may_read_the_days_as_calendar_days() -> None:
    strict = replace(FORM, statutory=Limit(30, Unit.DAYS))
    events = history(J(11, 2), (Action.ACCEPT, J(11, 2)), (Action.START_REVIEW, J(11, 2)))
    assert clock(events, strict, J(11, 5)).statutory_due == J(12, 2)
    assert clock(events, FORM, J(11, 5)).statutory_due == J(12, 14)
    assert "第八十二条" in FORM.legal_basis


# -- 8. notice periods and hearing rights ---------------------------------------------------


def test_approval_waits_for_the_public_notice_to_run_its_course() -> None:
    reviewed = history(J(11, 2), (Action.ACCEPT, J(11, 2)), (Action.START_REVIEW, J(11, 2)))
    no_publicity = replace(FORM, acceptance_publicity_workdays=0)
    assert refusal(reviewed, no_publicity, Action.APPROVE, J(11, 12), **DOC) is (
        ErrorCode.APPROVAL_NOTICE_REQUIRED
    )
    noticed = [*reviewed, step(reviewed, Action.START_PUBLIC_NOTICE, J(11, 3))]
    period = clock(noticed, no_publicity, J(11, 5)).deadline(DeadlineKind.APPROVAL_NOTICE)
    assert period is not None and period.due == J(11, 10)  # 5 working days after 11-03
    assert refusal(noticed, no_publicity, Action.APPROVE, J(11, 10), **DOC) is (
        ErrorCode.NOTICE_PERIOD_RUNNING
    )
    check_step(noticed, step(noticed, Action.APPROVE, J(11, 11), **DOC), no_publicity, CAL)
    assert Action.APPROVE in blocked_actions(noticed, no_publicity, CAL, J(11, 10))
    assert Action.APPROVE not in blocked_actions(noticed, no_publicity, CAL, J(11, 11))


def test_acceptance_publicity_is_tracked_and_holds_back_approval() -> None:
    events = history(
        J(11, 2),
        (Action.ACCEPT, J(11, 2)),
        (Action.START_REVIEW, J(11, 2)),
        (Action.START_PUBLIC_NOTICE, J(11, 3)),
    )
    publicity = clock(events, BOOK, J(11, 5)).deadline(DeadlineKind.ACCEPTANCE_PUBLICITY)
    assert publicity is not None and publicity.due == J(11, 16)  # 10 working days
    assert (
        refusal(events, BOOK, Action.APPROVE, J(11, 12), **DOC) is ErrorCode.NOTICE_PERIOD_RUNNING
    )
    check_step(events, step(events, Action.APPROVE, J(11, 17), **DOC), BOOK, CAL)
    refused = step(events, Action.REFUSE, J(11, 5), **DOC, reason="不符合规划")
    check_step(events, refused, BOOK, CAL)  # a refusal waits for no publicity


def test_hearing_rights_run_their_own_countdowns_and_pause_both_clocks() -> None:
    reviewed = history(J(11, 2), (Action.ACCEPT, J(11, 2)), (Action.START_REVIEW, J(11, 2)))
    notified = [*reviewed, step(reviewed, Action.NOTIFY_HEARING_RIGHTS, J(11, 4))]
    c = clock(notified, today=J(11, 6))
    request = c.deadline(DeadlineKind.HEARING_REQUEST)
    assert request is not None and request.due == J(11, 11) and request.workdays_left == 3
    assert c.status is Status.PAUSED and c.paused_by is Stage.HEARING_NOTICE
    assert (
        clock(notified, today=J(11, 30)).statutory_due
        > clock(reviewed, today=J(11, 30)).statutory_due
    )  # type: ignore[operator]
    heard = [*notified, step(notified, Action.START_HEARING, J(11, 9))]
    hearing = clock(heard, today=J(12, 10)).deadline(DeadlineKind.HEARING)
    assert hearing is not None and hearing.due == J(12, 7) and hearing.status is Status.OVERDUE
    card = application_card(record_of(heard), clock(heard, today=J(12, 10)))
    assert card is not None and card.lane is Lane.RED and card.due == J(12, 7)
    assert card.step == HEARING_STEP
    waived = [*notified, step(notified, Action.WAIVE_HEARING, J(11, 12))]
    assert facts_from_history(waived).stage is Stage.REVIEW


# -- 9. guard-rails ---------------------------------------------------------------------


def test_a_second_supplement_request_forfeits_one_go_and_is_cautioned() -> None:
    events = history(
        J(11, 2),
        (Action.REQUEST_SUPPLEMENT, J(11, 3), MATERIALS),
        (Action.RECEIVE_MATERIALS, J(11, 5)),
    )
    second = step(events, Action.REQUEST_SUPPLEMENT, J(11, 6), reason="图件不符", **MATERIALS)
    assert cautions(events, second, FORM, CAL) == (Caution.SECOND_SUPPLEMENT,)


# -- issue: a late supplement notice must not buy time ------------------------------------------


def late_notice_history() -> list[StageEvent]:
    return history(
        J(6, 1),
        (Action.REQUEST_SUPPLEMENT, J(6, 15), MATERIALS),
        (Action.RECEIVE_MATERIALS, J(6, 25)),
        (Action.ACCEPT, J(6, 26)),
        (Action.START_REVIEW, J(6, 26)),
        (Action.START_PUBLIC_NOTICE, J(6, 26)),
        (Action.APPROVE, J(7, 3), DOC),
    )


def test_a_late_supplement_notice_does_not_restart_intake() -> None:
    c = clock(late_notice_history())
    assert c.deemed_accepted and c.clock_start == J(6, 1) and c.late_supplement_on == J(6, 15)
    assert c.statutory_due == J(7, 14)
    assert c.status is Status.PAST_PROMISE  # decided 07-03, after the promise
    counting = replace(FORM, promised_pauses=FORM.statutory_pauses)
    assert clock(late_notice_history(), counting).promised_due == J(6, 15)


def test_while_waiting_after_a_late_notice_the_clocks_run() -> None:
    events = history(J(6, 1), (Action.REQUEST_SUPPLEMENT, J(6, 15), MATERIALS))
    c = clock(events, today=J(6, 20))
    assert c.phase is Phase.DECISION and c.status is Status.OVERDUE and c.paused_by is None
    assert c.promised_due == J(6, 15)
    intake, promised, _ = explain(facts_from_history(events), FORM, CAL, J(6, 20))
    assert intake.due == J(6, 8) and intake.late_supplement_on == J(6, 15)
    assert promised.start_reason is StartReason.DEEMED_ACCEPTED


def test_the_clerk_is_cautioned_before_a_late_notice() -> None:
    events = history(J(6, 1))
    on_time = step(events, Action.REQUEST_SUPPLEMENT, J(6, 8), **MATERIALS)
    late = step(events, Action.REQUEST_SUPPLEMENT, J(6, 9), **MATERIALS)
    assert cautions(events, on_time, FORM, CAL) == ()
    assert cautions(events, late, FORM, CAL) == (Caution.LATE_SUPPLEMENT,)


def test_an_in_time_notice_still_restarts_intake() -> None:
    events = history(
        J(6, 1),
        (Action.REQUEST_SUPPLEMENT, J(6, 8), MATERIALS),
        (Action.RECEIVE_MATERIALS, J(6, 25)),
        (Action.ACCEPT, J(6, 26)),
    )
    c = clock(events, today=J(6, 26))
    assert not c.deemed_accepted and c.clock_start == J(6, 26) and c.late_supplement_on is None


@given(
    st.dates(date(2024, 1, 1), date(2027, 6, 1)),
    st.integers(0, 30),
    st.integers(0, 30),
    st.integers(0, 30),
    st.integers(0, 60),
)
def test_a_late_notice_never_moves_a_due_date_later(
    received: date, notice_after: int, wait: int, accept_after: int, later: int
) -> None:
    def day(base: date, n: int) -> date:
        return date.fromordinal(base.toordinal() + n)

    intake_due = CAL.add_workdays(received, 5)
    notice_on = day(intake_due, 1 + notice_after)  # after the intake limit
    materials_on = day(notice_on, wait)
    accepted_on = day(materials_on, accept_after)
    today = day(accepted_on, later)
    with_notice = history(
        received,
        (Action.REQUEST_SUPPLEMENT, notice_on, MATERIALS),
        (Action.RECEIVE_MATERIALS, materials_on),
        (Action.ACCEPT, accepted_on),
    )
    without = history(received, (Action.ACCEPT, accepted_on))
    a, b = clock(with_notice, today=today), clock(without, today=today)
    assert a.promised_due <= b.promised_due and a.statutory_due <= b.statutory_due  # type: ignore[operator]


def test_a_promise_missed_before_the_public_notice_stays_red() -> None:
    # 报告表 accepted 09-01: promise 09-15 missed; the notice began 10-09.
    events = history(
        J(9, 1),
        (Action.ACCEPT, J(9, 1)),
        (Action.START_REVIEW, J(9, 1)),
        (Action.START_PUBLIC_NOTICE, J(10, 9)),
    )
    c = clock(events, today=J(10, 12))
    assert c.status is Status.OVERDUE and c.paused_by is Stage.PUBLIC_NOTICE


def test_during_public_notice_a_near_statutory_date_is_still_due_soon() -> None:
    # 报告表 accepted 11-02 (statutory 12-14); the notice began 11-03, pausing the promise
    # for as long as it runs: the rule sets no notice period to end the pause.
    events = history(
        J(11, 2),
        (Action.ACCEPT, J(11, 2)),
        (Action.START_REVIEW, J(11, 2)),
        (Action.START_PUBLIC_NOTICE, J(11, 3)),
    )
    open_ended = replace(FORM, approval_notice_workdays=0)
    assert clock(events, open_ended, today=J(12, 1)).status is Status.PAUSED
    near = clock(events, open_ended, today=J(12, 10))  # 2 working days before the statutory date
    assert near.status is Status.DUE_SOON and near.due == J(12, 14) and near.workdays_left == 2


def test_while_waiting_after_an_in_time_notice_no_intake_date_is_given() -> None:
    """ "Why this date?" gave the intake limit's old last day while the clock stood still
    waiting for the materials; it now says the notice stopped it."""
    events = history(J(6, 1), (Action.REQUEST_SUPPLEMENT, J(6, 5), MATERIALS))
    c = clock(events, today=J(6, 20))
    assert c.status is Status.PAUSED and c.paused_by is Stage.SUPPLEMENT
    (intake,) = explain(facts_from_history(events), FORM, CAL, J(6, 20))
    assert intake.awaiting_supplement_since == J(6, 5)
    answered = history(
        J(6, 1),
        (Action.REQUEST_SUPPLEMENT, J(6, 5), MATERIALS),
        (Action.RECEIVE_MATERIALS, J(6, 10)),
    )
    intake = explain(facts_from_history(answered), FORM, CAL, J(6, 20))[0]
    assert intake.awaiting_supplement_since is None and intake.start == J(6, 10)


def test_a_delivery_is_measured_against_its_limit_after_the_fact() -> None:
    """第四十四条: 10 working days from the decision (11-02 → 11-16)."""
    decided = history(
        J(10, 26),
        (Action.ACCEPT, J(10, 27)),
        (Action.START_REVIEW, J(10, 28)),
        (Action.START_PUBLIC_NOTICE, J(10, 28)),
        (Action.APPROVE, J(11, 2), DOC),
    )
    assert delivered(facts_from_history(decided), CAL) is None
    for on, late in ((J(11, 13), 0), (J(11, 16), 0), (J(11, 17), 1), (J(11, 20), 4)):
        done = delivered(facts_from_history([*decided, step(decided, Action.DELIVER, on)]), CAL)
        assert done is not None and (done.due, done.on, done.late_workdays) == (J(11, 16), on, late)


def test_the_notice_pauses_the_promise_only_where_the_rule_says_so() -> None:
    """What the acceptance notice tells the enterprise the promised date leaves out."""
    assert FORM.notice_pauses_promise_only and BOOK.notice_pauses_promise_only
    assert COMMIT.notice_pauses_promise_only  # with no notice period set: an optional one
    both = replace(FORM, statutory_pauses=FORM.statutory_pauses | {Stage.PUBLIC_NOTICE})
    assert not both.notice_pauses_promise_only  # then the law leaves it out too
    counted = replace(FORM, promised_pauses=FORM.promised_pauses - {Stage.PUBLIC_NOTICE})
    assert not counted.notice_pauses_promise_only
