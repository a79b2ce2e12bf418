"""Each unit's working days for the figures, as the detail pane's stays count them; the
limits' working days, as the full count finds them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from approvals_gui.domain.calendar import CalendarOverride, WorkCalendar
from approvals_gui.domain.clock import (
    Clock,
    ClockFacts,
    PauseSpan,
    Status,
    evaluate_or_unknown,
    paused_spans,
)
from approvals_gui.domain.errors import DomainError, ErrorCode
from approvals_gui.domain.metrics import UnitDays, days_by_unit, limits_allowed
from approvals_gui.domain.rules import DEFAULT_RULES, TimeLimitRule
from approvals_gui.domain.stages import (
    PAUSABLE_STAGES,
    Action,
    Stage,
    StageEvent,
    StepInput,
    next_event,
    registration_event,
)
from approvals_gui.domain.timelimits import Limit, Unit, workdays_counted
from approvals_gui.domain.units import unit_shares, unit_spans
from tests.domain.test_countdowns import BUILT_ON, overrides, population, stricter

CAL = WorkCalendar.china()
AT = datetime(2027, 12, 31, 9)


def _history(gaps: list[tuple[int, str]]) -> list[StageEvent]:
    """Received at "east" on 2026-03-02, then sent on after each gap (in days)."""
    day = date(2026, 3, 2)
    events = [registration_event(day, AT, "张三", unit="east")]
    for gap, unit in gaps:
        day += timedelta(days=gap)
        if unit != events[-1].to_unit:
            step = StepInput(Action.TRANSFER, day, AT, "张三", to_unit=unit)
            events.append(next_event(events, step))
    return events


@given(
    st.lists(
        st.tuples(st.integers(0, 20), st.sampled_from(["east", "city", "centre"])), max_size=8
    ),
    st.integers(0, 60),
)
def test_days_by_unit_are_the_stays_shares(gaps: list[tuple[int, str]], more: int) -> None:
    events = _history(gaps)
    until = events[-1].on + timedelta(days=more)
    moves = [(e.on, e.to_unit) for e in events]
    shares = unit_shares(unit_spans(events, CAL, until))
    assert days_by_unit(moves, until, CAL) == {u: n for u, n in shares.items()}
    assert sum(days_by_unit(moves, until, CAL).values()) == CAL.workdays_between(
        events[0].on, until
    )


def test_arrivals_after_the_end_count_nothing() -> None:
    moves = [(date(2026, 11, 2), "east"), (date(2026, 11, 9), "centre")]
    assert days_by_unit(moves, date(2026, 11, 6), CAL) == {"east": 4}
    assert days_by_unit(moves, date(2026, 11, 10), CAL) == {"east": 5, "centre": 1}


def test_averages_and_shares() -> None:
    days = UnitDays(4, {"city": 30, "centre": 10})
    assert days.total == 40 and days.average("centre") == 2.5 and days.share("city") == 0.75
    assert days.average("east") == 0 and UnitDays(0, {}).share("city") is None


pause_sets = st.frozensets(st.sampled_from(sorted(PAUSABLE_STAGES)))


def in_workdays(
    promised: int, more: int, paused: frozenset[Stage], statutory_paused: frozenset[Stage]
) -> Callable[[TimeLimitRule], TimeLimitRule]:
    """A rule with other working-day limits (none included) and other pauses."""
    return lambda rule: replace(
        rule,
        promised=Limit(promised, Unit.WORKDAYS),
        statutory=Limit(promised + more, Unit.WORKDAYS),
        promised_pauses=paused,
        statutory_pauses=statutory_paused,
    )


# The demo's own rules; the same with calendar-day limits (`stricter`); or in working
# days with other limits and pauses: the shortcut's own ground.
rules_made = st.one_of(
    st.just(lambda rule: rule),
    st.just(stricter),
    st.builds(in_workdays, st.integers(0, 40), st.integers(0, 40), pause_sets, pause_sets),
)


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 2**32 - 1), overrides, rules_made)
def test_the_limits_allowed_are_the_full_counts(
    seed: int, local: list[CalendarOverride], remade: Callable[[TimeLimitRule], TimeLimitRule]
) -> None:
    """`limits_allowed` against the counts it may skip: working days from the clock's
    start to its due dates less the paused ones, on demo histories (pauses of every
    kind), on a corrected calendar, under the demo's rules and others."""
    cal = WorkCalendar.china(local)
    checked = 0
    for facts, rule in population(seed, 60):
        rule = remade(rule)
        clock = evaluate_or_unknown(facts, rule, cal, BUILT_ON)
        if facts.decided_on is None or clock.status is Status.UNKNOWN:
            continue
        assert limits_allowed(facts, rule, clock, cal) == full_counts(facts, rule, clock, cal)
        checked += 1
    assert checked


def full_counts(
    facts: ClockFacts, rule: TimeLimitRule, clock: Clock, cal: WorkCalendar
) -> tuple[int, int]:
    assert clock.clock_start is not None and clock.promised_due is not None
    assert clock.original_statutory_due is not None and facts.decided_on is not None
    start, decided = clock.clock_start.toordinal(), facts.decided_on.toordinal()
    promised = paused_spans(facts, rule.promised_pauses, rule, cal, decided)
    statutory = paused_spans(facts, rule.statutory_pauses, rule, cal, decided)
    return (
        workdays_counted(start, clock.promised_due.toordinal(), cal, promised),
        workdays_counted(start, clock.original_statutory_due.toordinal(), cal, statutory),
    )


def test_a_pause_left_running_at_the_decision_is_counted_in_full() -> None:
    """Facts no history makes, but a damaged row could: a pause still running after the
    decision. Its clock ran the pause until today; the figures end it at the decision,
    and count the working days so (no shortcut)."""
    rule = DEFAULT_RULES[0]  # expert review pauses both clocks
    received = date(2026, 3, 2)
    review = PauseSpan(Stage.EXPERT_REVIEW, date(2026, 3, 9), None)
    facts = ClockFacts(Stage.APPROVED, received, received, date(2026, 3, 20), spans=(review,))
    clock = evaluate_or_unknown(facts, rule, CAL, date(2026, 6, 1))
    allowed = limits_allowed(facts, rule, clock, CAL)
    assert allowed == full_counts(facts, rule, clock, CAL)
    assert allowed[0] > rule.promised.amount and allowed[1] > rule.statutory.amount


def test_a_pause_that_ends_before_it_starts_is_refused_as_by_the_full_count() -> None:
    """A damaged row: a span ending before it begins. The full count refused it; the
    shortcut must not answer for it instead."""
    rule = DEFAULT_RULES[1]
    received = date(2026, 3, 2)
    review = PauseSpan(Stage.EXPERT_REVIEW, date(2026, 3, 12), date(2026, 3, 4))
    facts = ClockFacts(
        Stage.DELIVERED, received, received, date(2026, 4, 20), date(2026, 4, 21), spans=(review,)
    )
    clock = evaluate_or_unknown(facts, rule, CAL, date(2026, 6, 1))
    with pytest.raises(DomainError) as refused:
        limits_allowed(facts, rule, clock, CAL)
    assert refused.value.code is ErrorCode.END_BEFORE_START
