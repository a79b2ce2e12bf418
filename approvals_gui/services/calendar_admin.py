"""The office admin's calendar entries: they win over the shipped schedule."""

from __future__ import annotations

from approvals_gui.domain.calendar import CalendarOverride
from approvals_gui.services.workspace import Workspace
from approvals_gui.store import repo
from approvals_gui.store.db import session_scope


def set_days(ws: Workspace, overrides: list[CalendarOverride]) -> None:
    """Record local holidays, working days or cleared days; every due date follows."""
    calendar = ws.calendar()
    for override in overrides:
        calendar.day_info(override.day)  # refuses a day outside the calendar, before writing
    with session_scope(ws.engine) as session:
        for override in overrides:
            repo.save_override(session, override, ws.actor)
    ws.reload()


def confirm_year(ws: Workspace, year: int) -> None:
    """Mark `year` as entered from the State Council's notice (no longer an estimate)."""
    with session_scope(ws.engine) as session:
        repo.confirm_year(session, year, ws.actor)
    ws.reload()
