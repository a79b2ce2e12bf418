"""The countdowns of a whole list (`Countdowns`, settled clocks kept) against the exact
engine (`evaluate_or_unknown`), on populations from the demo generator's histories."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from approvals_gui.domain.calendar import CalendarOverride, OverrideKind, WorkCalendar
from approvals_gui.domain.clock import (
    ClockFacts,
    Phase,
    evaluate,
    evaluate_or_unknown,
    facts_from_history,
    is_settled,
)
from approvals_gui.domain.countdowns import Countdowns
from approvals_gui.domain.rules import DEFAULT_RULES, TimeLimitRule
from approvals_gui.domain.stages import Stage
from approvals_gui.domain.timelimits import Limit, Unit
from approvals_gui.services import demo

CAL = WorkCalendar.china()
RULES = {r.category: r for r in (*DEFAULT_RULES, *demo.DEMO_RULES)}
WORK = {code: work for code, _share, work in demo.CATEGORIES}
BUILT_ON = date(2026, 11, 25)  # the histories run up to this day

Population = list[tuple[ClockFacts, TimeLimitRule]]


def population(seed: int, count: int) -> Population:
    """`count` applications of every category with the demo's histories, received over
    the past year and a half: most finished, some running; supplements, late notices,
    expert reviews, hearings, public notices, extensions, withdrawals, refusals."""
    rng = random.Random(seed)
    found = []
    for _ in range(count):
        category = rng.choice(sorted(RULES))
        received = CAL.add_workdays(BUILT_ON - timedelta(days=rng.randrange(540)), 1)
        received = min(received, BUILT_ON)
        events = demo.history(rng, CAL, RULES[category], BUILT_ON, received, "张三", WORK[category])
        found.append((facts_from_history(events), RULES[category]))
    return found


def exact(items: Population, cal: WorkCalendar, today: date) -> list[object]:
    return [evaluate_or_unknown(facts, rule, cal, today) for facts, rule in items]


def stricter(rule: TimeLimitRule) -> TimeLimitRule:
    """Another rule for the same category: shorter limits, public notice counted."""
    return replace(
        rule,
        promised=Limit(max(1, rule.promised.amount // 2), Unit.WORKDAYS),
        statutory=Limit(rule.statutory.amount, Unit.DAYS),
        promised_pauses=rule.promised_pauses - {Stage.PUBLIC_NOTICE},
        warn_workdays=rule.warn_workdays + 2,
    )


overrides = st.lists(
    st.builds(
        CalendarOverride,
        st.dates(date(2025, 6, 1), date(2027, 6, 30)),
        st.sampled_from(OverrideKind),
    ),
    max_size=8,
)


@settings(max_examples=30, deadline=None)
@given(
    st.integers(0, 2**32 - 1),
    st.lists(st.integers(0, 90), min_size=1, max_size=3),
    overrides,
)
def test_kept_countdowns_are_the_exact_ones(
    seed: int, later: list[int], local: list[CalendarOverride]
) -> None:
    items = population(seed, 40)
    corrected = WorkCalendar.china(local)
    countdowns = Countdowns()
    # Day after day, on the shipped calendar and on one the office corrected, then with
    # the rules edited: every answer is the engine's own, kept or not.
    for cal in (CAL, corrected, CAL):
        for days in later:
            today = BUILT_ON + timedelta(days=days)
            assert countdowns.clocks(items, cal, today) == exact(items, cal, today)
    edited = {rule.category: stricter(rule) for _facts, rule in items}
    changed = [(facts, edited[rule.category]) for facts, rule in items]
    for days in later:
        today = BUILT_ON + timedelta(days=days)
        assert countdowns.clocks(changed, CAL, today) == exact(changed, CAL, today)


def test_the_population_has_every_situation() -> None:
    items = population(7, 400)
    clocks = exact(items, CAL, BUILT_ON)
    phases = {c.phase for c in clocks}  # type: ignore[attr-defined]
    assert phases == set(Phase)
    facts = [f for f, _rule in items]
    assert any(f.extension_days for f in facts) and any(f.supplement_rounds > 1 for f in facts)
    paused = {s.stage for f in facts for s in f.spans}
    assert {Stage.EXPERT_REVIEW, Stage.HEARING, Stage.PUBLIC_NOTICE} <= paused
    assert any(f.spans and f.spans[-1].last is None for f in facts)  # a pause running
    assert 0 < sum(map(is_settled, facts)) < len(facts)


@settings(max_examples=30, deadline=None)
@given(st.integers(0, 2**32 - 1), st.integers(1, 2000))
def test_a_settled_clock_does_not_change_with_the_day(seed: int, days: int) -> None:
    for facts, rule in population(seed, 20):
        if is_settled(facts):
            later = BUILT_ON + timedelta(days=days)
            assert evaluate(facts, rule, CAL, later) == evaluate(facts, rule, CAL, BUILT_ON)


def settled_ones() -> Population:
    return [(f, r) for f, r in population(11, 300) if is_settled(f) and f.closed_on is None]


def test_an_edited_rule_is_not_answered_from_what_was_kept() -> None:
    items = settled_ones()
    countdowns = Countdowns()
    before = countdowns.clocks(items, CAL, BUILT_ON)
    edited = [(facts, stricter(rule)) for facts, rule in items]
    after = countdowns.clocks(edited, CAL, BUILT_ON)
    assert after == exact(edited, CAL, BUILT_ON) and after != before


def test_a_calendar_correction_is_not_answered_from_what_was_kept() -> None:
    items = settled_ones()
    countdowns = Countdowns()
    before = countdowns.clocks(items, CAL, BUILT_ON)
    # Every working day of 2026 a holiday: every due date in it moves.
    holidays = [
        CalendarOverride(date(2026, 1, 1) + timedelta(days=i), OverrideKind.HOLIDAY)
        for i in range(365)
    ]
    corrected = WorkCalendar.china(holidays)
    after = countdowns.clocks(items, corrected, BUILT_ON)
    assert after == exact(items, corrected, BUILT_ON) and after != before


def test_kept_clocks_are_bounded() -> None:
    items = settled_ones()
    countdowns = Countdowns(kept=10)
    for _ in range(2):
        assert countdowns.clocks(items, CAL, BUILT_ON) == exact(items, CAL, BUILT_ON)


def test_a_running_clock_is_kept_for_its_day_only() -> None:
    """Read again the same day, a running application's countdown is the one kept; the
    next day it is counted afresh (it would have a day less left)."""
    items = [(f, r) for f, r in population(5, 200) if not is_settled(f)]
    countdowns = Countdowns()
    first = countdowns.clocks(items, CAL, BUILT_ON)
    again = countdowns.clocks(items, CAL, BUILT_ON)
    assert all(a is b for a, b in zip(first, again, strict=True))  # kept, not recounted
    later = BUILT_ON + timedelta(days=7)
    assert countdowns.clocks(items, CAL, later) == exact(items, CAL, later) != first
    back = countdowns.clocks(items, CAL, BUILT_ON)
    assert back == first and not any(a is b for a, b in zip(first, back, strict=True))
