"""The service day's recurrence around real holidays, follow-up countdowns, checks."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from approvals_gui.domain.board import follow_up_card
from approvals_gui.domain.calendar import WorkCalendar
from approvals_gui.domain.errors import ErrorCode
from approvals_gui.domain.service_days import (
    FollowUpState,
    FollowUpStatus,
    Matter,
    MatterType,
    Mode,
    ServiceDay,
    ShiftRule,
    Visit,
    VisitForm,
    follow_up_clock,
    next_service_day,
    opening_day,
    service_days,
    visit_problems,
)

CAL = WorkCalendar.china()


@pytest.mark.parametrize(
    ("fifth", "held"),
    [
        (date(2026, 10, 5), date(2026, 10, 8)),  # Monday inside the National Day week
        (date(2025, 10, 5), date(2025, 10, 9)),  # Sunday inside National Day (1–8 Oct 2025)
        (date(2026, 9, 5), date(2026, 9, 7)),  # a Saturday: the Monday after
        (date(2026, 4, 5), date(2026, 4, 7)),  # Qingming (4–6 Apr 2026)
        (date(2026, 2, 5), date(2026, 2, 5)),  # an ordinary Thursday
        (date(2026, 1, 5), date(2026, 1, 5)),  # Monday after New Year
    ],
)
def test_a_fifth_that_is_not_a_working_day_moves_to_the_next(fifth: date, held: date) -> None:
    (day,) = service_days(CAL, fifth.replace(day=1), fifth.replace(day=28))
    assert day == ServiceDay(fifth, held) and day.shifted is (fifth != held)
    kept = service_days(CAL, fifth.replace(day=1), fifth.replace(day=28), ShiftRule.KEEP)
    assert kept == [ServiceDay(fifth, fifth)]


def test_a_service_day_in_a_year_not_yet_published_is_estimated() -> None:
    """2027's holidays are only estimated: whether its 5ths move, and where to, may
    change once they are published. A 5th kept whatever the day hangs on nothing."""
    assert not CAL.is_confirmed(2027)
    days = service_days(CAL, date(2026, 12, 1), date(2027, 3, 1))
    assert [(d.held_on.year, d.estimated) for d in days] == [
        (2026, False),
        (2027, True),
        (2027, True),
    ]
    kept = service_days(CAL, date(2027, 1, 1), date(2027, 3, 1), ShiftRule.KEEP)
    assert not any(d.estimated for d in kept)


def test_a_year_of_service_days() -> None:
    days = service_days(CAL, date(2026, 1, 1), date(2026, 12, 31))
    assert len(days) == 12 and [d.scheduled.month for d in days] == list(range(1, 13))
    assert all(CAL.is_workday(d.held_on) for d in days)


def test_the_next_one_and_the_one_held_today() -> None:
    assert next_service_day(CAL, date(2026, 11, 25)) == ServiceDay(
        date(2026, 12, 5), date(2026, 12, 7)
    )
    assert next_service_day(CAL, date(2026, 10, 8)).held_on == date(2026, 10, 8)


@given(st.dates(date(2001, 1, 1), date(2059, 12, 1)))
def test_held_on_a_working_day_within_a_fortnight_of_the_fifth(day: date) -> None:
    found = service_days(CAL, day.replace(day=1), day.replace(day=28))
    assert len(found) == 1
    held = found[0]
    assert CAL.is_workday(held.held_on) and 0 <= (held.held_on - held.scheduled).days <= 14
    assert CAL.workdays_between(held.scheduled, held.held_on) <= 1


def form(**changes: object) -> VisitForm:
    fields: dict[str, object] = {
        "day": date(2026, 11, 5),
        "enterprise_id": 1,
        "enterprise_name": "江城再生资源有限公司",
        "credit_code": "91350100M000100Y43",
        "mode": Mode.COME_IN,
        "place": "局三楼会议室",
        "staff": "张三、李四",
        "matters": (Matter(MatterType.APPROVAL_PROGRESS, "询问报告表审批进度"),),
        "owner": "张三",
        "due_on": date(2026, 11, 30),
    }
    fields.update(changes)
    return VisitForm(**fields)  # type: ignore[arg-type]


def test_follow_up_countdown() -> None:
    today = date(2026, 11, 25)
    assert follow_up_clock(form(), CAL, today).state is FollowUpState.DUE_SOON
    assert follow_up_clock(form(), CAL, today).workdays_left == 3
    assert (
        follow_up_clock(form(due_on=date(2026, 12, 10)), CAL, today).state is FollowUpState.NORMAL
    )
    late = follow_up_clock(form(due_on=date(2026, 11, 20)), CAL, today)
    assert (late.state, late.workdays_left) == (FollowUpState.OVERDUE, -3)
    done = form(status=FollowUpStatus.RESOLVED, resolved_on=today, resolution="已答复")
    assert follow_up_clock(done, CAL, today).state is FollowUpState.RESOLVED
    assert follow_up_clock(form(owner="", due_on=None), CAL, today).state is FollowUpState.NONE


def test_a_follow_up_counted_through_an_estimated_year_says_so() -> None:
    """Due in January 2027, its working days left are counted on 2027's estimate."""
    today = date(2026, 11, 25)
    ahead = follow_up_clock(form(due_on=date(2027, 1, 8)), CAL, today)
    assert ahead.unconfirmed_years == (2027,)
    assert follow_up_clock(form(due_on=date(2026, 12, 10)), CAL, today).unconfirmed_years == ()
    late = follow_up_clock(form(due_on=date(2026, 11, 20)), CAL, today)
    assert late.unconfirmed_years == ()
    # On the board, due soon in January: its card says so too.
    soon = follow_up_clock(form(due_on=date(2027, 1, 8)), CAL, date(2027, 1, 6))
    card = follow_up_card(Visit(1, 1, form(due_on=date(2027, 1, 8)), 1), soon)
    assert card is not None and card.estimated_years == (2027,)


def test_a_follow_up_due_on_friday_is_overdue_on_saturday() -> None:
    """No working day has passed since, yet it is late: it said "0 over"."""
    saturday = date(2026, 12, 5)
    late = follow_up_clock(form(due_on=date(2026, 12, 4)), CAL, saturday)
    assert (late.state, late.workdays_left) == (FollowUpState.OVERDUE, -1)
    done = form(
        due_on=date(2026, 12, 4),
        status=FollowUpStatus.RESOLVED,
        resolved_on=saturday,
        resolution="已答复",
    )
    resolved = follow_up_clock(done, CAL, saturday)
    assert (resolved.state, resolved.workdays_left) == (FollowUpState.RESOLVED_LATE, -1)


def test_a_follow_up_resolved_after_its_due_date_is_resolved_late() -> None:
    """Resolved on 11-30, due 11-27: shown and counted as resolved like those on time."""
    late = form(
        due_on=date(2026, 11, 27),
        status=FollowUpStatus.RESOLVED,
        resolved_on=date(2026, 11, 30),
        resolution="已答复",
    )
    clock = follow_up_clock(late, CAL, date(2026, 12, 4))
    assert (clock.state, clock.workdays_left) == (FollowUpState.RESOLVED_LATE, -1)
    on_the_day = replace(late, resolved_on=date(2026, 11, 27))
    assert follow_up_clock(on_the_day, CAL, date(2026, 12, 4)).state is FollowUpState.RESOLVED


@given(
    st.dates(date(2026, 1, 1), date(2027, 12, 31)),
    st.integers(min_value=0, max_value=60),
    st.integers(min_value=0, max_value=60),
)
def test_resolved_late_by_what_the_open_countdown_said_that_day(
    day: date, to_due: int, to_resolved: int
) -> None:
    """Resolved after its due date iff late, by the working days the open follow-up's
    countdown showed over on the day it was resolved."""
    due, resolved = day + timedelta(days=to_due), day + timedelta(days=to_resolved)
    open_ = form(day=day, due_on=due)
    done = replace(open_, status=FollowUpStatus.RESOLVED, resolved_on=resolved, resolution="好")
    clock = follow_up_clock(done, CAL, resolved + timedelta(days=30))
    if resolved <= due:
        assert (clock.state, clock.workdays_left) == (FollowUpState.RESOLVED, None)
    else:
        that_day = follow_up_clock(open_, CAL, resolved)
        assert that_day.state is FollowUpState.OVERDUE
        assert (clock.state, clock.workdays_left) == (
            FollowUpState.RESOLVED_LATE,
            that_day.workdays_left,
        )


def test_visit_checks() -> None:
    today = date(2026, 11, 25)
    assert visit_problems(form(), today) == {}
    problems = visit_problems(
        form(
            staff="",
            matters=(Matter(MatterType.OTHER, " "),),
            due_on=date(2026, 11, 1),
            status=FollowUpStatus.RESOLVED,
        ),
        today,
    )
    assert {k: e.code for k, e in problems.items()} == {
        "staff": ErrorCode.REQUIRED_FIELD,
        "matters": ErrorCode.REQUIRED_FIELD,
        "due_on": ErrorCode.END_BEFORE_START,
        "resolved_on": ErrorCode.REQUIRED_FIELD,
        "resolution": ErrorCode.REQUIRED_FIELD,
    }
    assert "day" in visit_problems(form(day=date(2026, 12, 7)), today)
    assert "due_on" in visit_problems(form(due_on=None), today)
    # An enterprise typed, not picked from the directory, is found or added by its code:
    # a bad code is a problem with the others, not a refusal once they are mended.
    typed = visit_problems(form(enterprise_id=None, credit_code="9135010", staff=""), today)
    assert {k: e.code for k, e in typed.items()} == {
        "credit_code": ErrorCode.CREDIT_CODE_LENGTH,
        "staff": ErrorCode.REQUIRED_FIELD,
    }
    assert visit_problems(form(credit_code=""), today) == {}  # picked: its code is known
    unknown = visit_problems(form(enterprise_id=None, credit_code=" "), today)
    assert unknown["credit_code"].code is ErrorCode.REQUIRED_FIELD


def test_the_day_a_page_opens_on_is_todays_or_the_last_held() -> None:
    """On the service day itself it is that day, not the month before's."""
    days = service_days(CAL, date(2026, 9, 1), date(2027, 1, 31), ShiftRule.NEXT_WORKDAY)
    assert opening_day(days, date(2026, 11, 5)) == date(2026, 11, 5)
    assert opening_day(days, date(2026, 11, 4)) == date(2026, 10, 8)  # after 国庆, moved
    assert opening_day(days, date(2026, 11, 20)) == date(2026, 11, 5)
    assert opening_day(days, date(2026, 9, 1)) is None  # none held yet
