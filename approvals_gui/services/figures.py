"""The bureau's figures for a period, optionally for one handler or category."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from approvals_gui.domain.applications import ApplicationRecord
from approvals_gui.domain.clock import Clock
from approvals_gui.domain.metrics import (
    Figures,
    TrendPoint,
    combine,
    compute_figures,
    monthly_trend,
)
from approvals_gui.domain.periods import check_period, month_end, month_starts, trend_start
from approvals_gui.services.applications import ApplicationView, views
from approvals_gui.services.workspace import Workspace
from approvals_gui.store import repo
from approvals_gui.store.db import session_scope


@dataclass(frozen=True, slots=True)
class FiguresReport:
    figures: Figures
    trend: list[TrendPoint]  # at least the twelve months up to the period's end
    by_category: dict[str, Figures]  # category code → figures for it alone
    handler: str | None
    category: str | None


def figures_report(
    ws: Workspace,
    first: date,
    last: date,
    *,
    today: date,
    handler: str | None = None,
    category: str | None = None,
) -> FiguresReport:
    """Loads only what the period and its trend touch, plus what is open now; the
    countdowns are those of `today`."""
    check_period(first, last)
    months = month_starts(trend_start(first, last), last)
    with session_scope(ws.engine, write=False) as session:
        records = repo.list_records(
            session,
            active_between=(months[0], max(last, month_end(months[-1]))),
            handler=handler,
            category=category,
        )
    items = views(ws, records, today=today)
    return report_from(ws, items, first, last, handler=handler, category=category)


def report_from(
    ws: Workspace,
    items: Iterable[ApplicationView],
    first: date,
    last: date,
    *,
    handler: str | None = None,
    category: str | None = None,
) -> FiguresReport:
    """The report from countdowns already at hand (the window keeps them all), so
    nothing is read again; one pass per category, then the total from those."""
    check_period(first, last)
    months = month_starts(trend_start(first, last), last)
    per_category: dict[str, list[tuple[ApplicationRecord, Clock]]] = {c: [] for c in ws.rules()}
    for v in items:
        r = v.record
        if (handler is None or r.handler == handler) and (
            category is None or r.category == category
        ):
            per_category.setdefault(r.category, []).append((r, v.clock))
    cal, rule_for = ws.calendar(), ws.rule_for
    by_category = {
        code: compute_figures(found, rule_for, cal, first, last)
        for code, found in per_category.items()
    }
    return FiguresReport(
        combine(by_category.values(), first, last),
        monthly_trend((i for found in per_category.values() for i in found), months),
        by_category,
        handler,
        category,
    )
