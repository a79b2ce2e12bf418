"""The bureau's figures for a period, from applications and their clocks.

Definitions (shown beside each figure in the UI):
- 承诺期内办结率: of the applications decided in the period, the share decided within the
  promised limit (《优化营商环境条例》第三十六条 makes a broken promise something to explain).
- 法定期限内办结率: the share decided within the statutory limit (extension included).
- 一次办结率: of the applications whose decision was delivered in the period, the share
  with at most one supplement notice. The promise is measured by the rate above, not
  folded into this one.
- working days used: from acceptance (or deemed acceptance) to decision, the promised
  clock's pauses excluded; compared with the promised and statutory limits.

A figure reads an application's clock only once it is decided or delivered
(`reads_clock`): a report from the database works out no other clock.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from approvals_gui.domain.applications import ApplicationRecord
from approvals_gui.domain.calendar import WorkCalendar
from approvals_gui.domain.clock import Clock, ClockFacts, Status, paused_spans
from approvals_gui.domain.rules import TimeLimitRule
from approvals_gui.domain.stages import FINAL_STAGES, Stage
from approvals_gui.domain.timelimits import Unit, workdays_counted

WITHIN_STATUTORY = frozenset({Status.WITHIN_PROMISE, Status.PAST_PROMISE})
# What the backlog counts, in the workflow's order: every stage but the final ones, a
# decision still to deliver included (as 当前在办 counts it).
BACKLOG_STAGES = tuple(s for s in Stage if s not in FINAL_STAGES)


@dataclass(frozen=True, slots=True)
class Figures:
    first: date
    last: date
    received: int
    accepted: int
    decided: int
    decided_within_promise: int
    decided_on_time: int  # within the statutory limit
    delivered: int
    delivered_one_go: int
    with_supplement: int
    avg_workdays_used: float | None
    avg_promised_workdays: float | None
    avg_statutory_workdays: float | None
    backlog_by_stage: dict[Stage, int]

    @property
    def within_promise_rate(self) -> float | None:
        return _ratio(self.decided_within_promise, self.decided)

    @property
    def on_time_rate(self) -> float | None:
        return _ratio(self.decided_on_time, self.decided)

    @property
    def one_go_rate(self) -> float | None:
        return _ratio(self.delivered_one_go, self.delivered)

    @property
    def supplement_share(self) -> float | None:
        return _ratio(self.with_supplement, self.received)


@dataclass(frozen=True, slots=True)
class TrendPoint:
    month: date  # first day of the month
    decided: int
    decided_within_promise: int
    decided_on_time: int  # within the statutory limit
    delivered: int
    delivered_one_go: int

    @property
    def within_promise_rate(self) -> float | None:
        return _ratio(self.decided_within_promise, self.decided)

    @property
    def on_time_rate(self) -> float | None:
        return _ratio(self.decided_on_time, self.decided)

    @property
    def one_go_rate(self) -> float | None:
        return _ratio(self.delivered_one_go, self.delivered)


def monthly_trend(
    items: Iterable[tuple[ApplicationRecord, Clock]], months: list[date]
) -> list[TrendPoint]:
    """Decision and 一次办结 counts per month (same definitions as `Figures`), one pass."""
    tally = {month: [0, 0, 0, 0, 0] for month in months}
    by_day: dict[date, list[int] | None] = {}  # each day's month's tally, found once

    def tally_of(day: date) -> list[int] | None:
        if day not in by_day:
            by_day[day] = tally.get(day.replace(day=1))
        return by_day[day]

    for record, clock in items:
        facts = record.facts
        decided = facts.decided_on
        # An UNKNOWN clock has no working days to count; `check` lists it.
        if decided is not None and clock.status is not Status.UNKNOWN:
            if t := tally_of(decided):
                t[0] += 1
                t[1] += clock.status is Status.WITHIN_PROMISE
                t[2] += clock.status in WITHIN_STATUTORY
        if facts.delivered_on is not None and (t := tally_of(facts.delivered_on)):
            t[3] += 1
            t[4] += bool(clock.one_go)
    return [TrendPoint(month, *tally[month]) for month in months]


def combine(parts: Iterable[Figures], first: date, last: date) -> Figures:
    """The figures of several disjoint groups (categories) taken together; averages
    are weighted by the decisions behind them."""
    parts = list(parts)
    decided = sum(p.decided for p in parts)
    backlog: Counter[Stage] = Counter()
    for p in parts:
        backlog.update(p.backlog_by_stage)

    def weighted(value: Callable[[Figures], float | None]) -> float | None:
        total = sum((value(p) or 0.0) * p.decided for p in parts)
        return total / decided if decided else None

    return Figures(
        first,
        last,
        sum(p.received for p in parts),
        sum(p.accepted for p in parts),
        decided,
        sum(p.decided_within_promise for p in parts),
        sum(p.decided_on_time for p in parts),
        sum(p.delivered for p in parts),
        sum(p.delivered_one_go for p in parts),
        sum(p.with_supplement for p in parts),
        weighted(lambda p: p.avg_workdays_used),
        weighted(lambda p: p.avg_promised_workdays),
        weighted(lambda p: p.avg_statutory_workdays),
        dict(backlog),
    )


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def reads_clock(facts: ClockFacts) -> bool:
    """Whether the figures read an application's clock: only once it is decided (its
    status and working days) or delivered (一次办结). A report leaves the others'
    clocks out."""
    return facts.decided_on is not None or facts.delivered_on is not None


def limits_allowed(
    facts: ClockFacts, rule: TimeLimitRule, clock: Clock, cal: WorkCalendar
) -> tuple[int, int]:
    """The working days the promised and the statutory limit (before any extension)
    allowed a decided application: from its clock's start to each limit's last day as
    the clock worked it out, less the days that limit's pauses took (a pause still
    running at the decision runs until then)."""
    promised, statutory = rule.promised, rule.statutory
    if promised.unit is Unit.WORKDAYS and statutory.unit is Unit.WORKDAYS:
        # A pause still running, or one that ends before it begins (a damaged row, which
        # the count refuses), is left to the count.
        for span in facts.spans:  # a loop, not any(): asked of every decision counted
            if span.last is None or span.last < span.first:
                break
        else:
            # Each last day is the one on which that limit's working days, counted past
            # these same pauses, ran out: there were exactly that many. (The count below
            # finds the same, slower; tests/domain/test_metrics.py.)
            return promised.amount, statutory.amount
    assert clock.clock_start is not None and clock.promised_due is not None
    assert clock.original_statutory_due is not None and facts.decided_on is not None
    start, decided = clock.clock_start.toordinal(), facts.decided_on.toordinal()

    def counted(due: date, stages: frozenset[Stage]) -> int:
        pauses = paused_spans(facts, stages, rule, cal, decided)
        return workdays_counted(start, due.toordinal(), cal, pauses)

    return (
        counted(clock.promised_due, rule.promised_pauses),
        counted(clock.original_statutory_due, rule.statutory_pauses),
    )


def compute_figures(
    items: Iterable[tuple[ApplicationRecord, Clock]],
    rule_of: Callable[[ApplicationRecord], TimeLimitRule],
    cal: WorkCalendar,
    first: date,
    last: date,
) -> Figures:
    """Figures for [first, last]; the backlog is what is open at the time of asking."""
    received = accepted = decided = within = on_time = delivered = one_go = supplemented = 0
    # The averages' sums: whole working days, so a mean is exact whatever the order.
    used = promised = statutory = 0
    backlog: Counter[Stage] = Counter()
    unknown, final = Status.UNKNOWN, FINAL_STAGES
    for record, clock in items:
        facts = record.facts
        if facts.stage not in final:  # BACKLOG_STAGES: a decision to deliver is in hand
            backlog[facts.stage] += 1
        if first <= record.registered_on <= last:
            received += 1
            supplemented += facts.supplement_rounds > 0
        if facts.accepted_on is not None and first <= facts.accepted_on <= last:
            accepted += 1
        if facts.delivered_on is not None and first <= facts.delivered_on <= last:
            delivered += 1
            one_go += bool(clock.one_go)
        if facts.decided_on is None or not first <= facts.decided_on <= last:
            continue
        status = clock.status
        if status is unknown:  # no working days to count; `check` lists it
            continue
        decided += 1
        within += status is Status.WITHIN_PROMISE
        on_time += status in WITHIN_STATUTORY
        assert clock.workdays_used is not None
        used += clock.workdays_used
        allowed = limits_allowed(facts, rule_of(record), clock, cal)
        promised += allowed[0]
        statutory += allowed[1]
    return Figures(
        first,
        last,
        received,
        accepted,
        decided,
        within,
        on_time,
        delivered,
        one_go,
        supplemented,
        _ratio(used, decided),
        _ratio(promised, decided),
        _ratio(statutory, decided),
        dict(backlog),
    )


# -- units (系统内流转) ------------------------------------------------------------------

# An application's arrivals at units in order, receipt first: (day, unit code).
Moves = Sequence[tuple[date, str]]
# A transfer in force (not undone): (day, from unit, to unit).
Transfer = tuple[date, str, str]


@dataclass(frozen=True, slots=True)
class UnitDays:
    """Working days from receipt to decision, split by the unit that held each
    application, over the applications decided in a period.

    Days are counted as `domain.units.unit_spans` counts them, in (arrival, departure]:
    the day of a transfer is the sending unit's. So each application's days at its units
    add up to its working days from receipt to decision."""

    decided: int
    days: dict[str, int]  # unit code → working days spent there, over all of them

    @property
    def total(self) -> int:
        return sum(self.days.values())

    def average(self, unit: str) -> float | None:
        """Working days an application spent at `unit`, on average."""
        return _ratio(self.days.get(unit, 0), self.decided)

    def share(self, unit: str) -> float | None:
        """`unit`'s part of all the working days."""
        return _ratio(self.days.get(unit, 0), self.total)


def days_by_unit(moves: Moves, until: date, cal: WorkCalendar) -> dict[str, int]:
    """Working days at each unit from the first arrival to `until`; arrivals after
    `until` count nothing."""
    days: dict[str, int] = {}
    for i, (on, unit) in enumerate(moves):
        if on > until:
            break
        end = min(moves[i + 1][0], until) if i + 1 < len(moves) else until
        days[unit] = days.get(unit, 0) + cal.workdays_between(on, max(end, on))
    return days


def arrivals(received_on: date, transfers: Sequence[Transfer]) -> list[tuple[date, str]]:
    """The arrivals at units of an application received on `received_on` and then
    transferred: the first transfer left the unit that received it."""
    return [(received_on, transfers[0][1]), *((on, to) for on, _from, to in transfers)]


def unit_days(
    items: Iterable[tuple[ApplicationRecord, Clock]],
    transfers: Mapping[int, Sequence[Transfer]],
    cal: WorkCalendar,
    first: date,
    last: date,
) -> UnitDays:
    """Each unit's working days over the applications decided in [first, last] (those
    `compute_figures` counts as decided). `transfers` holds the transfers in force by
    application id; an application without any spent all its days at its holder."""
    decided = 0
    days: dict[str, int] = {}
    between, unknown, moves = cal.workdays_between_ord, Status.UNKNOWN, transfers.get
    for record, clock in items:
        on = record.facts.decided_on
        if on is None or not first <= on <= last or clock.status is unknown:
            continue
        decided += 1
        moved = moves(record.id)
        if moved:
            for unit, n in days_by_unit(arrivals(record.registered_on, moved), on, cal).items():
                unit = unit or record.unit
                days[unit] = days.get(unit, 0) + n
        else:
            unit = record.held_by
            n = between(record.registered_on.toordinal(), on.toordinal())
            days[unit] = days.get(unit, 0) + n
    return UnitDays(decided, days)
