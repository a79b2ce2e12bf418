"""The bureau's figures for a period, optionally for one handler or category."""

from __future__ import annotations

from datetime import date

from approvals_gui.domain.metrics import Figures, compute_figures
from approvals_gui.services.applications import list_applications
from approvals_gui.services.workspace import Workspace


def figures(
    ws: Workspace,
    first: date,
    last: date,
    *,
    handler: str | None = None,
    category: str | None = None,
) -> Figures:
    items = [
        (v.record, v.clock)
        for v in list_applications(ws)
        if (handler is None or v.record.handler == handler)
        and (category is None or v.record.category == category)
    ]
    return compute_figures(items, ws.rule_for, ws.calendar(), first, last)
