"""Reminders: which items are, or turn, yellow or red, and which turned red between looks."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from approvals_gui.domain.calendar import WorkCalendar
from approvals_gui.domain.clock import Clock, Phase, Status, evaluate, facts_from_history
from approvals_gui.domain.reminders import (
    Alert,
    Level,
    Reason,
    Turn,
    alert_of,
    counts,
    follow_up_turn,
    intake_ending,
    level_of,
    newly_alerting,
    next_turn,
    turns_within,
)
from approvals_gui.domain.rules import DEFAULT_RULES
from approvals_gui.domain.service_days import FollowUpClock, FollowUpState
from approvals_gui.domain.stages import Action
from tests.domain.history import history

CAL = WorkCalendar.china()
FORM = DEFAULT_RULES[1]
NOV_2 = date(2026, 11, 2)


def clock_at(received: date, accepted_after: int | None, today: date) -> Clock:
    steps = (
        []
        if accepted_after is None
        else [(Action.ACCEPT, CAL.add_workdays(received, accepted_after))]
    )
    return evaluate(facts_from_history(history(received, *steps)), FORM, CAL, today)


def test_levels_of_the_countdown() -> None:
    assert level_of(Clock(Status.OVERDUE, Phase.DECISION, workdays_left=-1)) is Level.RED
    assert level_of(Clock(Status.BREACH, Phase.DECISION, workdays_left=-9)) is Level.RED
    assert level_of(Clock(Status.DUE_SOON, Phase.DECISION, workdays_left=2)) is Level.YELLOW
    assert level_of(Clock(Status.NORMAL, Phase.DECISION, workdays_left=9)) is None
    assert level_of(Clock(Status.PAUSED, Phase.DECISION)) is None


def test_next_turn_by_hand() -> None:
    warn = 3
    assert next_turn(Clock(Status.NORMAL, Phase.DECISION, workdays_left=8), warn) == Turn(
        Level.YELLOW, 5
    )
    assert next_turn(Clock(Status.DUE_SOON, Phase.DECISION, workdays_left=2), warn) == Turn(
        Level.YELLOW, 0
    )
    assert next_turn(Clock(Status.OVERDUE, Phase.DECISION, workdays_left=-2), warn) == Turn(
        Level.RED, 0
    )
    assert next_turn(Clock(Status.PAUSED, Phase.DECISION, workdays_left=4), warn) is None
    yellow = Clock(Status.DUE_SOON, Phase.DECISION, workdays_left=2)
    assert turns_within(yellow, warn, 5) == [Turn(Level.YELLOW, 0), Turn(Level.RED, 3)]
    assert turns_within(yellow, warn, 2) == [Turn(Level.YELLOW, 0)]
    assert turns_within(Clock(Status.NORMAL, Phase.DECISION, workdays_left=20), warn, 5) == []


def test_intake_clock_only_turns_yellow_and_ends() -> None:
    last_day = Clock(Status.DUE_SOON, Phase.INTAKE, workdays_left=1)
    assert intake_ending(last_day) and not intake_ending(
        Clock(Status.DUE_SOON, Phase.INTAKE, workdays_left=2)
    )
    assert turns_within(last_day, 3, 5) == [Turn(Level.YELLOW, 0)]
    assert not intake_ending(Clock(Status.NORMAL, Phase.DECISION, workdays_left=1))


@given(
    st.integers(0, 300),  # received, days before 2 November 2026
    st.none() | st.integers(0, 5),  # accepted, working days after receipt; None: not yet
    st.integers(0, 60),  # today, working days after acceptance
)
def test_next_turn_comes_true_on_that_working_day(
    received_before: int, accepted_after: int | None, today_after: int
) -> None:
    start = (NOV_2 - timedelta(days=received_before)).toordinal()
    received = date.fromordinal(CAL.next_workday_on_or_after_ord(start))
    today = CAL.add_workdays(CAL.add_workdays(received, accepted_after or 0), today_after)
    clock = clock_at(received, accepted_after, today)
    turn = next_turn(clock, FORM.warn_workdays)
    if turn is None:
        return
    day = CAL.add_workdays(today, turn.in_workdays)
    assert level_of(clock_at(received, accepted_after, day)) is turn.level
    if turn.in_workdays > 0:  # not a working day earlier
        before = CAL.add_workdays(today, turn.in_workdays - 1)
        assert level_of(clock_at(received, accepted_after, before)) is not turn.level


def alerts() -> st.SearchStrategy[dict[int, Alert]]:
    alert = st.builds(Alert, st.sampled_from([None, Level.YELLOW, Level.RED]), st.booleans())
    return st.dictionaries(st.integers(0, 20), alert, max_size=15)


@given(alerts(), alerts())
def test_newly_alerting_reports_only_changes_seen(
    before: dict[int, Alert], after: dict[int, Alert]
) -> None:
    found = newly_alerting(before, after)
    for key, reason in found:
        assert key in before and key in after
        if reason is Reason.TURNED_RED:
            assert after[key].level is Level.RED and before[key].level is not Level.RED
        else:
            assert after[key].intake_ending and not before[key].intake_ending
    assert newly_alerting(after, after) == []
    assert len(found) == len(set(found))


def test_one_item_turning_red_is_one_notice() -> None:
    before = {1: Alert(Level.YELLOW), 2: Alert(None, True), 3: Alert(Level.RED)}
    after = {1: Alert(Level.RED), 2: Alert(None, True), 3: Alert(Level.RED), 4: Alert(Level.RED)}
    assert newly_alerting(before, after) == [(1, Reason.TURNED_RED)]
    assert counts(after) == (3, 0)
    assert newly_alerting({5: Alert(None)}, {5: Alert(None, True)}) == [(5, Reason.INTAKE_ENDING)]


def test_alert_of_a_real_clock() -> None:
    # Received 2 November, not accepted: the intake clock's last day is 9 November.
    on_the_day_before = clock_at(NOV_2, None, date(2026, 11, 6))
    assert alert_of(on_the_day_before) == Alert(Level.YELLOW, True)


def test_follow_ups() -> None:
    assert follow_up_turn(FollowUpClock(FollowUpState.OVERDUE, -2), 5) == Turn(Level.RED, 0)
    assert follow_up_turn(FollowUpClock(FollowUpState.DUE_SOON, 1), 5) == Turn(Level.YELLOW, 0)
    assert follow_up_turn(FollowUpClock(FollowUpState.NORMAL, 6), 5) == Turn(Level.YELLOW, 3)
    assert follow_up_turn(FollowUpClock(FollowUpState.NORMAL, 20), 5) is None
    assert follow_up_turn(FollowUpClock(FollowUpState.RESOLVED), 5) is None
