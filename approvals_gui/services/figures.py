"""The bureau's figures for a period, optionally for one handler, category or unit."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from approvals_gui.domain.applications import ApplicationRecord
from approvals_gui.domain.building import collector_paused
from approvals_gui.domain.clock import Clock, Phase, Status, evaluate_or_unknown
from approvals_gui.domain.metrics import (
    Figures,
    Transfer,
    TrendPoint,
    UnitDays,
    combine,
    compute_figures,
    monthly_trend,
    reads_clock,
    unit_days,
)
from approvals_gui.domain.periods import check_period, month_end, month_starts, trend_start
from approvals_gui.domain.text import person_name
from approvals_gui.services.applications import ApplicationView
from approvals_gui.services.workspace import Workspace
from approvals_gui.store import transfers
from approvals_gui.store.db import session_scope
from approvals_gui.store.figures import figure_records


@dataclass(frozen=True, slots=True)
class FiguresReport:
    figures: Figures
    trend: list[TrendPoint]  # at least the twelve months up to the period's end
    by_category: dict[str, Figures]  # category code → figures for it alone
    handler: str | None
    category: str | None
    # Deciding unit (审批单位) code → the figures of the applications it decides; every
    # active unit, in the units' order, then any other unit an application names.
    by_unit: dict[str, Figures] = field(default_factory=dict)
    # The working days of the period's decided applications, by the unit holding them.
    unit_days: UnitDays = field(default_factory=lambda: UnitDays(0, {}))
    unit: str | None = None  # the deciding unit chosen, None for all
    unit_names: dict[str, str] = field(default_factory=dict)  # code → name, for reports
    # The day the countdowns are of: a period that runs past it is counted up to it.
    as_of: date | None = None

    def unit_name(self, code: str) -> str:
        return self.unit_names.get(code, code)


# Records, facts, clocks and the report's tuples by the ten thousand, none in a cycle:
# a collection meanwhile walks all that was built before it (a fifth of the time).
@collector_paused()
def figures_report(
    ws: Workspace,
    first: date,
    last: date,
    *,
    today: date,
    handler: str | None = None,
    category: str | None = None,
    unit: str | None = None,
) -> FiguresReport:
    """Reads only what the period and its trend touch, plus what is open now, and the
    transfers in force; the countdowns are those of `today`."""
    check_period(first, last)
    months = month_starts(trend_start(first, last), last)
    with session_scope(ws.engine, write=False) as session:
        records = figure_records(
            session,
            months[0],
            max(last, month_end(months[-1])),
            handler=handler,
            category=category,
            unit=unit,
        )
        moved = transfers.transfers_in_force(session)
    # Straight from the engine: the report wants no order, and these facts are read
    # for this report alone (the lists' cache of settled clocks would only keep them).
    # Only the clocks the report reads are worked out (some 13% of a year are not).
    cal, rule_for = ws.calendar(), ws.rule_for

    def clock(r: ApplicationRecord) -> Clock:
        return (
            evaluate_or_unknown(r.facts, rule_for(r), cal, today)
            if reads_clock(r.facts)
            else _UNREAD
        )

    items = [(r, clock(r)) for r in records]
    return _report(ws, items, first, last, handler, category, unit, moved, today)


# The clock of an application whose clock no figure reads (`reads_clock`).
_UNREAD = Clock(Status.UNKNOWN, Phase.INTAKE)


def transfers_in_force(ws: Workspace) -> dict[int, list[Transfer]]:
    """The transfers in force by application id (what `report_from` reads), for a
    caller that keeps them until an application changes."""
    with session_scope(ws.engine, write=False) as session:
        return transfers.transfers_in_force(session)


@collector_paused()  # as `figures_report`
def report_from(
    ws: Workspace,
    items: Iterable[ApplicationView],
    first: date,
    last: date,
    *,
    handler: str | None = None,
    category: str | None = None,
    unit: str | None = None,
    moved: Mapping[int, Sequence[Transfer]] | None = None,
    as_of: date | None = None,
) -> FiguresReport:
    """The report from countdowns already at hand (the window keeps them all; those of
    `as_of`): one pass per category and deciding unit, then the totals by category, by
    unit and over all from those. Of the database only the transfers in force are read
    (their rows alone), unless `moved` brings them."""
    check_period(first, last)
    if moved is None:
        moved = transfers_in_force(ws)
    pairs = ((v.record, v.clock) for v in items)
    return _report(ws, pairs, first, last, handler, category, unit, moved, as_of)


CATEGORY, UNIT = 0, 1  # the places in a part's key


def _combined_by(
    place: int,
    shown: list[str],
    parts: dict[tuple[str, str], Figures],
    first: date,
    last: date,
) -> dict[str, Figures]:
    """The parts combined by the code at `place` of their keys: the codes `shown` first,
    in their order, then any other a part has (a category no rule names, a unit no
    longer active)."""
    codes = dict.fromkeys([*shown, *(key[place] for key in parts)])
    return {
        code: combine((f for key, f in parts.items() if key[place] == code), first, last)
        for code in codes
    }


def _report(
    ws: Workspace,
    items: Iterable[tuple[ApplicationRecord, Clock]],
    first: date,
    last: date,
    handler: str | None,
    category: str | None,
    unit: str | None,
    moved: Mapping[int, Sequence[Transfer]],
    as_of: date | None,
) -> FiguresReport:
    months = month_starts(trend_start(first, last), last)
    groups: dict[tuple[str, str], list[tuple[ApplicationRecord, Clock]]] = {}
    decided: list[tuple[ApplicationRecord, Clock]] = []  # in the period: days by unit
    kept = None if handler is None else person_name(handler)  # "李 四"'s items are 李四's
    for item in items:
        r = item[0]
        if (
            (kept is None or person_name(r.handler) == kept)
            and (category is None or r.category == category)
            and (unit is None or r.unit == unit)
        ):
            groups.setdefault((r.category, r.unit), []).append(item)
            if (on := r.facts.decided_on) is not None and first <= on <= last:
                decided.append(item)
    cal, rule_for = ws.calendar(), ws.rule_for
    # In the groups' own order, not the list's: the weighted averages then add up the
    # same way from any list of the same applications (the window's, the database's).
    parts = {
        key: compute_figures(groups[key], rule_for, cal, first, last) for key in sorted(groups)
    }
    # Narrowed to a category or a unit, that one alone: the others' rows would be empty.
    categories = [category] if category is not None else [*ws.rules()]
    by_category = _combined_by(CATEGORY, categories, parts, first, last)
    units = [unit] if unit is not None else [u.code for u in ws.units() if u.active]
    by_unit = _combined_by(UNIT, units, parts, first, last)
    everything = [i for found in groups.values() for i in found]
    return FiguresReport(
        combine(parts.values(), first, last),
        monthly_trend(everything, months),
        by_category,
        kept,
        category,
        by_unit,
        unit_days(decided, moved, cal, first, last),
        unit,
        {u.code: u.name for u in ws.units()},
        as_of,
    )
