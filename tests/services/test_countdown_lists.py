"""The window's list (`list_applications`: facts read once, settled clocks kept) against
the exact engine, on demo data, through days, a calendar correction, a rule edit and
steps."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from approvals_gui.domain.calendar import CalendarOverride, OverrideKind
from approvals_gui.domain.clock import evaluate_or_unknown
from approvals_gui.domain.stages import Action, Stage
from approvals_gui.domain.timelimits import Limit, Unit
from approvals_gui.domain.urgency import urgency_key
from approvals_gui.services.applications import (
    ApplicationView,
    Step,
    apply_step,
    list_applications,
    register,
)
from approvals_gui.services.calendar_admin import set_days
from approvals_gui.services.demo import generate
from approvals_gui.services.rules import save_rule
from approvals_gui.services.workspace import Workspace
from approvals_gui.store import repo
from approvals_gui.store.db import session_scope
from tests.conftest import TODAY, new_application


def exact(ws: Workspace, today: date) -> list[ApplicationView]:
    """Every application evaluated afresh, sorted most urgent first (stable)."""
    with session_scope(ws.engine, write=False) as session:
        records = repo.list_records(session)
    cal = ws.calendar()
    found = [
        ApplicationView(r, evaluate_or_unknown(r.facts, ws.rule_for(r), cal, today))
        for r in records
    ]
    found.sort(key=lambda v: urgency_key(v.clock))
    return found


def same_as_exact(ws: Workspace, *days: date) -> None:
    for day in days:
        assert list_applications(ws, today=day) == exact(ws, day)
        running = list_applications(ws, open_only=True, today=day)
        finished = list_applications(ws, closed_only=True, today=day)
        assert sorted(running + finished, key=lambda v: v.record.id) == sorted(
            exact(ws, day), key=lambda v: v.record.id
        )


def test_the_list_is_the_exact_one_through_edits_and_steps(ws: Workspace) -> None:
    generate(ws, 300, today=TODAY)
    later = TODAY + timedelta(days=45)
    same_as_exact(ws, TODAY, later)
    # Half of 2026's working days made holidays: finished clocks move too.
    holidays = [
        CalendarOverride(date(2026, 1, 1) + timedelta(days=i), OverrideKind.HOLIDAY, "停工")
        for i in range(0, 330, 2)
    ]
    before = list_applications(ws, today=TODAY)
    set_days(ws, holidays)
    same_as_exact(ws, TODAY, later)
    assert list_applications(ws, today=TODAY) != before
    save_rule(ws, replace(ws.rule("report_form"), promised=Limit(3, Unit.WORKDAYS)))
    same_as_exact(ws, TODAY, later)
    # A finished application taken back a step, a running one moved on.
    shown = list_applications(ws, today=TODAY)
    delivered = next(v.record for v in shown if v.record.facts.stage is Stage.DELIVERED)
    apply_step(ws, delivered.id, delivered.version, Step(Action.UNDO, TODAY), today=TODAY)
    received = register(ws, new_application(received_on=TODAY), today=TODAY)
    same_as_exact(ws, TODAY, later)
    apply_step(ws, received, 1, Step(Action.ACCEPT, TODAY), today=TODAY)
    same_as_exact(ws, TODAY, later)
