"""The 12369 hotline's rules: steps, due dates (against a day-by-day oracle), statuses,
repeats, masking, and the figures against hand-counted cases."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from approvals_gui.domain.access import Role, User
from approvals_gui.domain.calendar import WorkCalendar
from approvals_gui.domain.errors import DomainError, ErrorCode
from approvals_gui.domain.hotline.cases import (
    CaseAction,
    CaseEvent,
    CaseStage,
    CaseStep,
    Channel,
    Satisfaction,
    Topic,
    allowed,
    case_facts,
    next_case_event,
    received_event,
)
from approvals_gui.domain.hotline.clock import (
    CaseDueKind,
    CaseStatus,
    close_due,
    evaluate_case,
    explain_case,
    suggested_unit_due,
)
from approvals_gui.domain.hotline.figures import CaseSummary, counts, hotline_figures
from approvals_gui.domain.hotline.privacy import mask_name, mask_phone, sees_reporter
from approvals_gui.domain.hotline.repeats import (
    OpenCase,
    ReportPlace,
    address_key,
    repeat_candidates,
)
from approvals_gui.domain.hotline.reports import report_problems
from approvals_gui.domain.hotline.rules import DEFAULT_HOTLINE_RULE, HotlineRule
from tests.conftest import TODAY, new_report

CAL = WorkCalendar.china()
RULE = DEFAULT_HOTLINE_RULE
NOW = datetime(2026, 11, 30, 9, 0)


def oracle_due(start: date, days: int) -> date:
    """Day by day, independent of the engine: `days` after `start`, then on to the
    first working day."""
    day = start + timedelta(days=days)
    while not CAL.is_workday(day):
        day += timedelta(days=1)
    return day


def history(received: date, *steps: CaseStep, now: datetime = NOW) -> list[CaseEvent]:
    events = [received_event(received, now, "张三")]
    for step in steps:
        facts = case_facts(events)
        events.append(next_case_event(events, step, RULE, close_due(facts, RULE, CAL)))
    return events


def step(action: CaseAction, on: date, *, now: datetime = NOW, **fields: object) -> CaseStep:
    return CaseStep(action, on, now, "张三", **fields)  # type: ignore[arg-type]


def closed_case(received: date, accepted: date, closed: date) -> list[CaseEvent]:
    return history(
        received,
        step(CaseAction.ACCEPT, accepted),
        step(CaseAction.ASSIGN, accepted, unit="east", unit_due=accepted + timedelta(days=10)),
        step(CaseAction.HANDLE, closed, findings="现场检查：已停产整改"),
        step(CaseAction.REPLY, closed),
        step(CaseAction.CLOSE, closed),
    )


# -- due dates -------------------------------------------------------------------------------


@given(
    received=st.dates(date(2001, 1, 1), date(2059, 6, 30)),
    accepted_after=st.integers(0, 20),
    extension=st.integers(0, 30),
)
@settings(max_examples=400, deadline=None)
def test_due_dates_are_the_days_after_moved_off_rest_days(
    received: date, accepted_after: int, extension: int
) -> None:
    accepted = received + timedelta(days=accepted_after)
    later = datetime(2060, 12, 31)
    steps = [step(CaseAction.ACCEPT, accepted, now=later)]
    if extension:
        steps.append(
            step(CaseAction.EXTEND, accepted, now=later, extension_days=extension, reason="复杂")
        )
    facts = case_facts(history(received, *steps, now=later))
    clock = evaluate_case(facts, RULE, CAL, accepted)
    accept = clock.deadline(CaseDueKind.ACCEPT)
    close = clock.deadline(CaseDueKind.CLOSE)
    assert accept is not None and accept.due == oracle_due(received, 15)
    assert close is not None and close.due == oracle_due(accepted, 60 + extension)
    assert CAL.is_workday(close.due) and close.due >= accepted + timedelta(days=60 + extension)


def test_a_period_ending_in_the_national_day_holiday_ends_after_it() -> None:
    received = date(2026, 9, 16)  # + 15 days = 10-01, a holiday
    (why,) = explain_case(case_facts(history(received)), RULE, CAL)
    assert why.kind is CaseDueKind.ACCEPT and why.nominal_end == date(2026, 10, 1)
    assert why.due == oracle_due(received, 15) and why.due > date(2026, 10, 7)
    assert [d.day for d in why.rest_days] == [
        date(2026, 10, 1) + timedelta(n) for n in range((why.due - date(2026, 10, 1)).days)
    ]
    assert why.legal_basis == "《信访工作条例》第二十二条"


def test_the_close_date_explains_its_extension() -> None:
    events = history(
        date(2026, 6, 1),
        step(CaseAction.ACCEPT, date(2026, 6, 3)),
        step(CaseAction.EXTEND, date(2026, 7, 1), extension_days=30, reason="涉及多部门"),
    )
    explained = {e.kind: e for e in explain_case(case_facts(events), RULE, CAL)}
    close = explained[CaseDueKind.CLOSE]
    assert close.days == 90 and close.extension_days == 30
    assert close.extension_reason == "涉及多部门"
    assert close.due == oracle_due(date(2026, 6, 3), 90)


def test_a_running_date_in_a_year_without_its_holidays_says_so() -> None:
    """A case accepted in late November runs into 2027, whose holidays are only
    estimated: the pane said nothing (the application's pane did). Once closed, no date
    moves."""
    assert CAL.is_confirmed(2026) and not CAL.is_confirmed(2027)
    assigned = history(
        date(2026, 11, 20),
        step(CaseAction.ACCEPT, date(2026, 11, 20)),
        step(CaseAction.ASSIGN, date(2026, 11, 20), unit="east", unit_due=date(2027, 1, 5)),
    )
    running = evaluate_case(case_facts(assigned), RULE, CAL, date(2026, 11, 25))
    assert running.close_due is not None and running.close_due.year == 2027
    assert running.running_unconfirmed_years == (2027,)
    by_kind = {d.kind: d.estimated_years for d in running.deadlines}
    # The unit's date is given, not counted: no schedule can move it.
    assert by_kind == {CaseDueKind.ACCEPT: (), CaseDueKind.UNIT: (), CaseDueKind.CLOSE: (2027,)}
    early = history(date(2026, 9, 1), step(CaseAction.ACCEPT, date(2026, 9, 2)))
    assert (
        evaluate_case(case_facts(early), RULE, CAL, date(2026, 9, 2)).running_unconfirmed_years
        == ()
    )
    closed = closed_case(date(2026, 11, 10), date(2026, 11, 11), date(2026, 11, 20))
    finished = evaluate_case(case_facts(closed), RULE, CAL, date(2026, 11, 25))
    assert finished.close_due is not None and finished.close_due.year == 2027
    assert finished.running_unconfirmed_years == ()


# -- steps ---------------------------------------------------------------------------------


def test_a_case_runs_to_its_close_and_review() -> None:
    events = closed_case(date(2026, 9, 1), date(2026, 9, 2), date(2026, 9, 20))
    assert case_facts(events).stage is CaseStage.CLOSED
    assert allowed(events)[0] is CaseAction.VISIT_BACK
    more = events + [
        next_case_event(
            events,
            step(CaseAction.VISIT_BACK, date(2026, 9, 22), satisfaction=Satisfaction.SATISFIED),
            RULE,
        )
    ]
    more.append(next_case_event(more, step(CaseAction.REQUEST_REVIEW, date(2026, 9, 25)), RULE))
    facts = case_facts(more)
    clock = evaluate_case(facts, RULE, CAL, date(2026, 10, 1))
    assert facts.satisfaction is Satisfaction.SATISFIED
    assert clock.current is not None and clock.current.kind is CaseDueKind.REVIEW
    assert clock.current.due == oracle_due(date(2026, 9, 25), 30)


@pytest.mark.parametrize(
    ("action", "fields", "code"),
    [
        (CaseAction.REFUSE, {}, ErrorCode.MISSING_REASON),
        (CaseAction.MERGE, {}, ErrorCode.REQUIRED_FIELD),
    ],
)
def test_a_step_needs_what_it_records(
    action: CaseAction, fields: dict[str, object], code: ErrorCode
) -> None:
    events = history(date(2026, 11, 2))
    with pytest.raises(DomainError) as refused:
        next_case_event(events, step(action, date(2026, 11, 3), **fields), RULE)
    assert refused.value.code is code


def test_a_unit_date_may_not_pass_the_cases_own() -> None:
    events = history(date(2026, 9, 1), step(CaseAction.ACCEPT, date(2026, 9, 2)))
    due = close_due(case_facts(events), RULE, CAL)
    assert due is not None
    late = step(CaseAction.ASSIGN, date(2026, 9, 3), unit="east", unit_due=due + timedelta(1))
    with pytest.raises(DomainError) as refused:
        next_case_event(events, late, RULE, due)
    assert refused.value.code is ErrorCode.UNIT_DUE_AFTER_CLOSE
    for missing in ({"unit_due": due}, {"unit": "east"}):
        with pytest.raises(DomainError):
            next_case_event(events, step(CaseAction.ASSIGN, date(2026, 9, 3), **missing), RULE)


def test_one_extension_of_at_most_thirty_days_before_the_date() -> None:
    events = history(date(2026, 6, 1), step(CaseAction.ACCEPT, date(2026, 6, 1)))
    due = close_due(case_facts(events), RULE, CAL)
    assert due is not None
    too_long = step(CaseAction.EXTEND, date(2026, 6, 5), extension_days=31, reason="复杂")
    with pytest.raises(DomainError) as refused:
        next_case_event(events, too_long, RULE, due)
    assert refused.value.code is ErrorCode.CASE_EXTENSION_TOO_LONG
    too_late = step(CaseAction.EXTEND, due + timedelta(1), extension_days=10, reason="复杂")
    with pytest.raises(DomainError) as refused:
        next_case_event(events, too_late, RULE, due)
    assert refused.value.code is ErrorCode.CASE_EXTENSION_TOO_LATE
    # Said before a reason is asked for: none would make it in time.
    with pytest.raises(DomainError) as refused:
        next_case_event(events, replace(too_late, reason=""), RULE, due)
    assert refused.value.code is ErrorCode.CASE_EXTENSION_TOO_LATE
    extended = events + [
        next_case_event(
            events,
            step(CaseAction.EXTEND, date(2026, 6, 5), extension_days=30, reason="复杂"),
            RULE,
            due,
        )
    ]
    assert CaseAction.EXTEND not in allowed(extended)


def test_work_sent_back_runs_on_the_same_clock() -> None:
    received, accepted = date(2026, 9, 1), date(2026, 9, 2)
    events = history(
        received,
        step(CaseAction.ACCEPT, accepted),
        step(CaseAction.ASSIGN, accepted, unit="east", unit_due=date(2026, 9, 15)),
        step(CaseAction.HANDLE, date(2026, 9, 10), findings="未发现问题"),
        step(CaseAction.RETURN, date(2026, 9, 11), reason="未夜间检查"),
    )
    facts = case_facts(events)
    assert facts.stage is CaseStage.ASSIGNED and facts.returns == 1
    assert facts.handled_on is None
    assert close_due(facts, RULE, CAL) == oracle_due(accepted, 60)  # not restarted
    late = evaluate_case(facts, RULE, CAL, date(2026, 9, 16))
    assert late.status is CaseStatus.OVERDUE  # the unit's own date has passed
    assert late.current is not None and late.current.kind is CaseDueKind.UNIT
    # Still at the unit once the case's own 办结 date has passed: that is the one shown
    # (a section head saw only the unit's lateness on a case 80 days past its date).
    closing = close_due(facts, RULE, CAL)
    assert closing is not None
    breached = evaluate_case(facts, RULE, CAL, closing + timedelta(days=3))
    assert breached.status is CaseStatus.OVERDUE
    assert breached.current is not None and breached.current.kind is CaseDueKind.CLOSE
    assert breached.days_left == -3


STEP_CHOICES = st.sampled_from(list(CaseAction))


@given(choices=st.lists(st.tuples(STEP_CHOICES, st.integers(0, 5)), max_size=14))
@settings(max_examples=300, deadline=None)
def test_an_undo_brings_back_the_facts_before_the_step(
    choices: list[tuple[CaseAction, int]],
) -> None:
    """Any path of allowed steps: undoing the last leaves the facts as they were."""
    day = date(2026, 3, 2)
    events = history(day)
    for action, gap in choices:
        day += timedelta(days=gap)
        fields: dict[str, object] = {
            "reason": "理由",
            "unit": f"u{len(events)}",
            "unit_due": day + timedelta(days=5),
            "findings": "查明",
            "extension_days": 10,
            "satisfaction": Satisfaction.BASICALLY,
            "merged_into": 1,
        }
        facts = case_facts(events)
        try:
            event = next_case_event(
                events, step(action, day, **fields), RULE, close_due(facts, RULE, CAL)
            )
        except DomainError:
            continue
        before = case_facts(events)
        events.append(event)
        if action is not CaseAction.UNDO:
            undo = next_case_event(events, step(CaseAction.UNDO, day), RULE)
            assert case_facts([*events, undo]) == before


# -- statuses ------------------------------------------------------------------------------


def test_yellow_within_the_warning_days_red_after_and_closed_late_stays_late() -> None:
    received = date(2026, 11, 2)
    facts = case_facts(history(received))
    due = oracle_due(received, 15)
    assert evaluate_case(facts, RULE, CAL, received).status is CaseStatus.NORMAL
    soon = due - timedelta(days=RULE.warn_days)
    assert evaluate_case(facts, RULE, CAL, soon).status is CaseStatus.DUE_SOON
    assert evaluate_case(facts, RULE, CAL, due).days_left == 0
    assert evaluate_case(facts, RULE, CAL, due + timedelta(1)).status is CaseStatus.OVERDUE
    accepted = date(2026, 6, 1)
    late = closed_case(accepted, accepted, oracle_due(accepted, 60) + timedelta(days=1))
    on_time = closed_case(accepted, accepted, oracle_due(accepted, 60))
    today = date(2026, 12, 1)
    assert evaluate_case(case_facts(late), RULE, CAL, today).status is CaseStatus.CLOSED_LATE
    assert evaluate_case(case_facts(on_time), RULE, CAL, today).status is CaseStatus.CLOSED_ON_TIME


def test_closed_on_time_or_late_stays_so_while_a_review_runs() -> None:
    """The 办结报告 says 按期 or 逾期: once its review was asked for, the running clock
    is the review's, and the report once called every such case late."""
    accepted, today = date(2026, 6, 1), date(2026, 12, 1)
    due = oracle_due(accepted, 60)
    for closed, in_time in ((due, True), (due + timedelta(days=1), False)):
        events = closed_case(accepted, accepted, closed)
        assert evaluate_case(case_facts(events), RULE, CAL, today).closed_in_time is in_time
        ask = closed + timedelta(days=1)
        events.append(next_case_event(events, step(CaseAction.REQUEST_REVIEW, ask), RULE))
        clock = evaluate_case(case_facts(events), RULE, CAL, ask)
        assert clock.status is CaseStatus.NORMAL and clock.closed_in_time is in_time
    open_case = case_facts(history(date(2026, 11, 2), step(CaseAction.ACCEPT, date(2026, 11, 3))))
    assert evaluate_case(open_case, RULE, CAL, today).closed_in_time is None


def test_rules_refuse_impossible_limits() -> None:
    with pytest.raises(DomainError):
        HotlineRule(close_days=0)
    with pytest.raises(DomainError):
        HotlineRule(max_extension_days=-1)


# -- repeats and privacy -------------------------------------------------------------------


def test_a_repeat_is_the_same_enterprise_or_address_within_the_window() -> None:
    code = "91350100M000100Y43"
    cases = [
        OpenCase(1, "RX1", date(2026, 11, 1), ReportPlace(code, "东城区幸福路1号")),
        OpenCase(2, "RX2", date(2026, 11, 20), ReportPlace("", "东城区 幸福路１号")),
        OpenCase(3, "RX3", date(2026, 9, 1), ReportPlace(code, "")),  # too long ago
        OpenCase(4, "RX4", date(2026, 11, 25), ReportPlace("", "西城区")),
    ]
    found = repeat_candidates(
        ReportPlace(code.lower(), "东城区幸福路1号"), date(2026, 11, 28), cases, 30
    )
    assert [c.case_id for c in found] == [2, 1]
    assert repeat_candidates(ReportPlace("", ""), date(2026, 11, 28), cases, 30) == []
    assert address_key("幸福路 １号，") == address_key("幸福路1号")


def test_personal_data_is_masked_for_those_who_do_not_need_it() -> None:
    assert mask_phone("13812345678") == "138****5678"
    assert mask_phone("12369") == "***69"
    assert mask_name("张三丰") == "张**" and mask_name("") == ""
    assert sees_reporter(None) and sees_reporter(User("a", "city", Role.CLERK))
    assert not sees_reporter(User("b", "city", Role.ADMIN))


# -- figures, hand-counted ---------------------------------------------------------------------


def summary(
    case_id: int,
    received: date,
    *,
    accepted: date | None = None,
    refused: date | None = None,
    closed: date | None = None,
    merged_into: int | None = None,
    channel: Channel = Channel.PHONE,
    unit: str = "east",
    code: str = "",
) -> CaseSummary:
    due = oracle_due(accepted, 60) if accepted else None
    return CaseSummary(
        case_id,
        received,
        channel,
        Topic.AIR,
        "东城区",
        unit,
        code,
        "某化工厂" if code else "",
        accepted,
        refused,
        merged_into,
        closed,
        due,
    )


D = date
CASES = [
    # received in October
    summary(1, D(2026, 10, 8), accepted=D(2026, 10, 9), closed=D(2026, 10, 30), code="C1"),
    summary(2, D(2026, 10, 10), accepted=D(2026, 10, 12), code="C1"),  # open
    summary(3, D(2026, 10, 12), merged_into=2, code="C1"),  # a repeat, merged
    summary(4, D(2026, 10, 15), refused=D(2026, 10, 16), channel=Channel.WEB),
    summary(5, D(2026, 10, 20)),  # not answered yet
    # accepted in August, closed late in October (due 2026-10-09)
    summary(6, D(2026, 8, 9), accepted=D(2026, 8, 10), closed=D(2026, 10, 12), unit="west"),
    # accepted in August, due in October, still open
    summary(7, D(2026, 8, 12), accepted=D(2026, 8, 12), unit="west"),
]


def test_the_rates_match_a_hand_count() -> None:
    c = counts(CASES, D(2026, 10, 1), D(2026, 10, 31), TODAY)
    assert (c.received, c.merged, c.accepted, c.refused, c.closed) == (5, 1, 2, 1, 2)
    # answered among October's reports (merged left out): 1, 2 accepted, 4 refused
    assert (c.acceptance_rate.numerator, c.acceptance_rate.denominator) == (2, 3)
    # accepted in October: 1 (closed 10-30) and 2 (open)
    assert (c.closure_rate.numerator, c.closure_rate.denominator) == (1, 2)
    # due in October: 6 (due 10-09, closed 10-12) and 7 (due 10-12, open)
    assert oracle_due(D(2026, 8, 10), 60) == D(2026, 10, 9)
    assert oracle_due(D(2026, 8, 12), 60) == D(2026, 10, 12)
    assert (c.due_closure_rate.numerator, c.due_closure_rate.denominator) == (1, 2)
    # closed in October: 1 on time, 6 three days late
    assert (c.on_time_rate.numerator, c.on_time_rate.denominator) == (1, 2)
    assert c.average_days == ((D(2026, 10, 30) - D(2026, 10, 9)).days + 63) / 2
    assert c.on_time_rate.value == 0.5


def test_the_cases_overdue_at_the_periods_end_are_listed_whenever_received() -> None:
    """October's rates counted case 7 (due 10-12, open) among October's; a case due in
    September and still open appeared in no figure of October at all."""
    september = summary(8, D(2026, 7, 1), accepted=D(2026, 7, 2), unit="west")
    closed_in_november = summary(9, D(2026, 7, 3), accepted=D(2026, 7, 3), closed=D(2026, 11, 2))
    cases = [*CASES, september, closed_in_november]
    figures = hotline_figures(cases, D(2026, 10, 1), D(2026, 10, 31), TODAY)
    due = {c.case_id: c.close_due for c in cases}
    assert [(o.case_id, o.unit, o.close_due) for o in figures.overdue] == [
        (8, "west", due[8]),
        (9, "east", due[9]),  # still open at October's end
        (7, "west", due[7]),
    ]
    assert due[8] is not None and due[8] < D(2026, 10, 1)
    assert [o.days_over for o in figures.overdue] == [
        (D(2026, 10, 31) - d).days + 1 for d in (due[8], due[9], due[7]) if d is not None
    ]
    # While November runs, a case is late once its day is over, not on it.
    running = hotline_figures(cases, D(2026, 11, 1), D(2026, 11, 30), TODAY)
    assert {o.case_id for o in running.overdue} == {2, 7, 8} - {
        c.case_id for c in cases if c.close_due is not None and c.close_due >= TODAY
    }


def test_figures_by_channel_unit_and_repeated_enterprise() -> None:
    figures = hotline_figures(CASES, D(2026, 10, 1), D(2026, 10, 31), TODAY)
    assert figures.counted_to == D(2026, 10, 31)
    channels = {g.key: g.counts.received for g in figures.by_channel}
    assert channels == {"phone": 4, "web": 1}
    units = {g.key: (g.counts.accepted, g.counts.closed) for g in figures.by_unit}
    assert units == {"east": (2, 1), "west": (0, 1)}
    (repeated,) = figures.repeated
    assert (repeated.credit_code, repeated.reports, repeated.merged) == ("C1", 3, 1)


def test_a_period_not_over_counts_only_the_limits_passed() -> None:
    """October seen on 10-12: case 6 (due 10-09, closed 10-12) has come due, case 7
    (due 10-12, open) may still close today: counted, it made 到期办结率 0/1 a failure
    that had not happened."""
    c = counts(CASES, D(2026, 10, 1), D(2026, 10, 31), D(2026, 10, 12))
    assert (c.due_closure_rate.numerator, c.due_closure_rate.denominator) == (1, 1)
    c = counts(CASES, D(2026, 10, 1), D(2026, 10, 31), D(2026, 10, 13))  # its day is over
    assert (c.due_closure_rate.numerator, c.due_closure_rate.denominator) == (1, 2)
    figures = hotline_figures(CASES, D(2026, 10, 1), D(2026, 10, 31), D(2026, 10, 12))
    assert figures.counted_to == D(2026, 10, 12)


def test_a_report_decided_after_the_period_is_not_in_its_acceptance_rate() -> None:
    """October's report 5, accepted in November: the October report made then said
    受理 2 beside 受理率 3/4, and changed after the month was closed."""
    late = summary(5, D(2026, 10, 20), accepted=D(2026, 11, 2))
    c = counts([*CASES[:4], late, *CASES[5:]], D(2026, 10, 1), D(2026, 10, 31), TODAY)
    assert (c.acceptance_rate.numerator, c.acceptance_rate.denominator) == (2, 3)
    november = counts([late], D(2026, 10, 1), D(2026, 11, 30), TODAY)
    assert (november.acceptance_rate.numerator, november.acceptance_rate.denominator) == (1, 1)


@settings(max_examples=300)
@given(st.dates(date(2026, 8, 1), date(2026, 12, 31)))
def test_the_due_cases_seen_on_a_day_are_those_due_before_it(today: date) -> None:
    """Whatever the day, a case counts as due once its limit's day is over, and the
    figures of a period over are those of its last day's morrow."""
    first, last = D(2026, 10, 1), D(2026, 10, 31)
    c = counts(CASES, first, last, today)
    due = [s for s in CASES if s.close_due and first <= s.close_due <= last and s.close_due < today]
    assert c.due_closure_rate.denominator == len(due)
    if today > last:
        assert c == counts(CASES, first, last, last + timedelta(days=1))


def test_no_case_is_no_rate_not_a_hundred_percent() -> None:
    c = counts([], D(2026, 10, 1), D(2026, 10, 31), TODAY)
    assert c.closure_rate.value is None and c.on_time_rate.value is None
    assert c.average_days is None


def test_the_unit_date_suggested_is_a_working_day_not_after_the_close() -> None:
    assert suggested_unit_due(date(2026, 11, 25), None, CAL) == date(2026, 12, 10)
    # 15 days from 11-13 is Saturday 11-28: the Monday is suggested.
    assert suggested_unit_due(date(2026, 11, 13), None, CAL) == date(2026, 11, 30)
    assert suggested_unit_due(date(2026, 11, 13), date(2026, 11, 20), CAL) == date(2026, 11, 20)


@settings(max_examples=300)
@given(st.dates(date(2021, 1, 1), date(2026, 11, 30)))
def test_the_unit_date_suggested_is_the_hotlines_period_of_15_days(day: date) -> None:
    assert suggested_unit_due(day, None, CAL) == oracle_due(day, 15)


def test_a_report_received_later_than_now_says_whether_the_day_or_the_time_is() -> None:
    now = datetime(2026, 11, 25, 22, 16)
    late_today = report_problems(new_report(received_at=datetime(2026, 11, 25, 23, 59)), now)
    assert late_today["received_at"].code is ErrorCode.TIME_IN_FUTURE
    tomorrow = report_problems(new_report(received_at=datetime(2026, 11, 26, 8, 0)), now)
    assert tomorrow["received_at"].code is ErrorCode.DATE_IN_FUTURE
    assert "received_at" not in report_problems(new_report(received_at=now), now)
