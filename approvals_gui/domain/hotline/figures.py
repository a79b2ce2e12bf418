"""The hotline's figures for a period, each rate with its numerator and denominator so
that its definition can stand beside it, and a 办结率 of 100 % is true or not shown.

A report merged into an open case (合并办理) counts as received, and not again as accepted
or closed: the two are one case, closed once. A period not over yet is counted up to
today: a case whose limit has not yet passed is neither late nor on time.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from approvals_gui.domain.hotline.cases import Channel, Topic


@dataclass(frozen=True, slots=True)
class CaseSummary:
    """One report as the figures see it."""

    case_id: int
    received_on: date
    channel: Channel
    topic: Topic
    district: str
    unit: str  # the unit it was handed to last; "" if none
    credit_code: str  # the enterprise named, if any
    enterprise_name: str
    accepted_on: date | None
    refused_on: date | None
    merged_into: int | None
    closed_on: date | None
    close_due: date | None


@dataclass(frozen=True, slots=True)
class Rate:
    numerator: int
    denominator: int

    @property
    def value(self) -> float | None:
        return None if self.denominator == 0 else self.numerator / self.denominator


@dataclass(frozen=True, slots=True)
class Counts:
    received: int  # reports received in the period, merged ones included
    merged: int  # of those, joined to an open case
    accepted: int  # cases accepted in the period
    refused: int  # reports refused in the period
    closed: int  # cases closed in the period
    acceptance_rate: Rate  # of the reports received and answered by its end, the share accepted
    closure_rate: Rate  # of the cases accepted in the period, the share closed by its end
    due_closure_rate: Rate  # of the cases whose limit passed in the period, the share closed
    on_time_rate: Rate  # of the cases closed in the period, the share closed by their date
    average_days: float | None  # calendar days from 受理 to 办结, cases closed in the period


# What a breakdown's table shows of each group, in order: each rate right after the count
# it is a share of (办结率 of those 受理, 按期办结率 of those 办结).
GROUP_FIGURES = ("received", "accepted", "closure_rate", "closed", "on_time_rate")


def group_figures(counts: Counts) -> tuple[int | Rate, ...]:
    """`counts`' GROUP_FIGURES."""
    return tuple(getattr(counts, key) for key in GROUP_FIGURES)


@dataclass(frozen=True, slots=True)
class Group:
    key: str  # a channel, topic, district or unit code
    counts: Counts


@dataclass(frozen=True, slots=True)
class RepeatedEnterprise:
    credit_code: str
    name: str
    reports: int  # received in the period
    merged: int  # of them, joined to an open case


@dataclass(frozen=True, slots=True)
class OverdueCase:
    """A case still open at the period's end whose limit had passed by then."""

    case_id: int
    unit: str
    close_due: date
    days_over: int  # calendar days past `close_due` at the period's end


@dataclass(frozen=True, slots=True)
class HotlineFigures:
    first: date
    last: date
    counted_to: date  # the period's last day, or today while the period runs
    counts: Counts
    by_channel: tuple[Group, ...]
    by_topic: tuple[Group, ...]
    by_district: tuple[Group, ...]
    by_unit: tuple[Group, ...]
    repeated: tuple[RepeatedEnterprise, ...]  # enterprises reported twice or more
    # Open at the period's end past their limit, received in any period: the rates count
    # cases closed or due in the period, and one due months before would appear in none.
    overdue: tuple[OverdueCase, ...]


def _within(day: date | None, first: date, last: date) -> bool:
    return day is not None and first <= day <= last


def _on_or_before(day: date | None, last: date) -> bool:
    return day is not None and day <= last


def _passed_by(last: date, today: date) -> date:
    """The last day whose limit has passed by the period's end as on `today`: a limit
    has passed once its day is over, so while the period runs, yesterday."""
    return min(last, today - timedelta(days=1))


def counts(cases: Sequence[CaseSummary], first: date, last: date, today: date) -> Counts:
    """The period's figures as on `today`. "By its end": closed on or before `last`. A
    limit has passed once its day is over: a case due today, or later in a period not
    over yet, is not counted as due (it would count as not closed in time)."""
    received = [c for c in cases if _within(c.received_on, first, last)]
    merged = sum(c.merged_into is not None for c in received)
    answered = [
        c
        for c in received
        if c.merged_into is None and _on_or_before(c.accepted_on or c.refused_on, last)
    ]
    accepted = [c for c in cases if _within(c.accepted_on, first, last)]
    closed = [c for c in cases if c.merged_into is None and _within(c.closed_on, first, last)]
    passed = _passed_by(last, today)
    due = [c for c in cases if c.accepted_on is not None and _within(c.close_due, first, passed)]

    def closed_by_end(c: CaseSummary) -> bool:
        return _on_or_before(c.closed_on, last)

    on_time = sum(
        c.closed_on is not None and c.close_due is not None and c.closed_on <= c.close_due
        for c in closed
    )
    days = [(c.closed_on - c.accepted_on).days for c in closed if c.accepted_on and c.closed_on]
    return Counts(
        received=len(received),
        merged=merged,
        accepted=len(accepted),
        refused=sum(_within(c.refused_on, first, last) for c in cases),
        closed=len(closed),
        acceptance_rate=Rate(sum(c.accepted_on is not None for c in answered), len(answered)),
        closure_rate=Rate(sum(closed_by_end(c) for c in accepted), len(accepted)),
        due_closure_rate=Rate(sum(closed_by_end(c) for c in due), len(due)),
        on_time_rate=Rate(on_time, len(closed)),
        average_days=sum(days) / len(days) if days else None,
    )


def overdue_at_end(
    cases: Iterable[CaseSummary], last: date, today: date
) -> tuple[OverdueCase, ...]:
    """The accepted cases not closed by `last` whose limit had passed by then (as of
    `today`, while the period runs; a limit passes once its day is over), longest
    overdue first."""
    passed = _passed_by(last, today)
    found = [
        OverdueCase(c.case_id, c.unit, c.close_due, (passed - c.close_due).days + 1)
        for c in cases
        if c.accepted_on is not None
        and c.merged_into is None
        and c.close_due is not None
        and c.close_due <= passed
        and not _on_or_before(c.closed_on, last)
    ]
    return tuple(sorted(found, key=lambda o: (-o.days_over, o.case_id)))


def _groups(
    cases: Sequence[CaseSummary],
    key: Callable[[CaseSummary], str],
    first: date,
    last: date,
    today: date,
) -> tuple[Group, ...]:
    """Counts per key, for the keys that have a case in the period, by most received."""
    buckets: dict[str, list[CaseSummary]] = defaultdict(list)
    for c in cases:
        buckets[key(c)].append(c)
    groups = [Group(k, counts(v, first, last, today)) for k, v in buckets.items()]
    groups = [g for g in groups if g.counts.received or g.counts.accepted or g.counts.closed]
    return tuple(sorted(groups, key=lambda g: (-g.counts.received, g.key)))


def repeated_enterprises(
    cases: Iterable[CaseSummary], first: date, last: date
) -> tuple[RepeatedEnterprise, ...]:
    """Enterprises named in two or more reports received in the period."""
    reports: Counter[str] = Counter()
    merged: Counter[str] = Counter()
    names: dict[str, str] = {}
    for c in cases:
        if c.credit_code and _within(c.received_on, first, last):
            reports[c.credit_code] += 1
            merged[c.credit_code] += c.merged_into is not None
            names[c.credit_code] = c.enterprise_name
    found = [
        RepeatedEnterprise(code, names[code], n, merged[code])
        for code, n in reports.items()
        if n >= 2
    ]
    return tuple(sorted(found, key=lambda r: (-r.reports, r.credit_code)))


def hotline_figures(
    cases: Sequence[CaseSummary], first: date, last: date, today: date
) -> HotlineFigures:
    """The period's figures as on `today`."""
    return HotlineFigures(
        first,
        last,
        min(last, today),
        counts(cases, first, last, today),
        _groups(cases, lambda c: c.channel.value, first, last, today),
        _groups(cases, lambda c: c.topic.value, first, last, today),
        _groups(cases, lambda c: c.district, first, last, today),
        _groups(cases, lambda c: c.unit, first, last, today),
        repeated_enterprises(cases, first, last),
        overdue_at_end(cases, last, today),
    )
