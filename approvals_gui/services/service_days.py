"""Service days: the schedule, the visits logged on them, follow-ups and the report."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from dateutil.relativedelta import relativedelta

from approvals_gui.domain.access import Permission
from approvals_gui.domain.board import LATE, Card, follow_up_card
from approvals_gui.domain.calendar import check_in_calendar
from approvals_gui.domain.credit_code import validate_credit_code
from approvals_gui.domain.enterprises import EnterpriseForm
from approvals_gui.domain.service_days import (
    FollowUpClock,
    FollowUpState,
    MonthlyReport,
    ServiceDay,
    ShiftRule,
    Visit,
    VisitForm,
    checked_visit,
    follow_up_clock,
    monthly_report,
    next_service_day,
    service_days,
)
from approvals_gui.services.workspace import Workspace
from approvals_gui.store import repo, visits
from approvals_gui.store.db import Session, session_scope

SHIFT_RULE_KEY = "service_day.shift_rule"


@dataclass(frozen=True, slots=True)
class VisitView:
    visit: Visit
    clock: FollowUpClock


def shift_rule(ws: Workspace) -> ShiftRule:
    with session_scope(ws.engine, write=False) as session:
        value = visits.setting(session, SHIFT_RULE_KEY)
    return ShiftRule(value) if value in set(ShiftRule) else ShiftRule.NEXT_WORKDAY


def set_shift_rule(ws: Workspace, rule: ShiftRule) -> None:
    ws.require(Permission.EDIT_SETTINGS)
    with session_scope(ws.engine) as session:
        visits.save_setting(session, SHIFT_RULE_KEY, rule.value)


def schedule(ws: Workspace, first: date, last: date) -> list[ServiceDay]:
    return service_days(ws.calendar(), first, last, shift_rule(ws))


def next_day(ws: Workspace, *, today: date) -> ServiceDay:
    return next_service_day(ws.calendar(), today, shift_rule(ws))


def save_visit(
    ws: Workspace,
    form: VisitForm,
    visit_id: int | None = None,
    expected_version: int = 0,
    *,
    today: date,
) -> int:
    """Record a new visit, or rewrite `visit_id` if it is still at `expected_version`;
    returns its id. The enterprise is taken from the directory or added to it."""
    ws.require(Permission.RECORD_VISIT)
    form = checked_visit(form, today)
    with session_scope(ws.engine) as session:
        enterprise_id = _enterprise(session, form, ws)
        if visit_id is None:
            return visits.insert_visit(session, form, enterprise_id, ws.now(), ws.actor)
        visits.update_visit(session, visit_id, expected_version, form, enterprise_id)
        return visit_id


def _enterprise(session: Session, form: VisitForm, ws: Workspace) -> int:
    if form.enterprise_id is not None:
        return form.enterprise_id
    code = validate_credit_code(form.credit_code)
    return repo.enterprise_id_or_add(session, EnterpriseForm(form.enterprise_name, code), ws.now())


def _views(ws: Workspace, found: list[Visit], today: date) -> list[VisitView]:
    cal = ws.calendar()
    return [VisitView(v, follow_up_clock(v.form, cal, today)) for v in found]


def visits_between(ws: Workspace, first: date, last: date, *, today: date) -> list[VisitView]:
    with session_scope(ws.engine, write=False) as session:
        found = visits.visits(session, first=first, last=last)
    return _views(ws, found, today)


def visit(ws: Workspace, visit_id: int, *, today: date) -> VisitView:
    with session_scope(ws.engine, write=False) as session:
        found = visits.get_visit(session, visit_id)
    return _views(ws, [found], today)[0]


def enterprise_visits(ws: Workspace, enterprise_id: int, *, today: date) -> list[VisitView]:
    with session_scope(ws.engine, write=False) as session:
        found = visits.visits(session, enterprise_id=enterprise_id)
    return _views(ws, found, today)


def open_follow_ups(ws: Workspace, *, today: date) -> list[VisitView]:
    """Open follow-ups, most urgent first."""
    with session_scope(ws.engine, write=False) as session:
        found = visits.visits(session, open_only=True)
    views = _views(ws, found, today)
    return sorted(views, key=lambda v: (v.clock.workdays_left or 0, v.visit.id))


def follow_up_cards(ws: Workspace, *, today: date) -> list[Card]:
    return cards_of(open_follow_ups(ws, today=today))


def cards_of(views: Iterable[VisitView]) -> list[Card]:
    """The board's cards of the open follow-ups `views`: those overdue or due soon."""
    cards = (follow_up_card(v.visit, v.clock) for v in views)
    return [card for card in cards if card is not None]


def late_follow_ups(views: Iterable[VisitView]) -> int:
    """How many of the open follow-ups `views` the board shows as late."""
    return sum(card.lane in LATE for card in cards_of(views))


def month_report(ws: Workspace, month: date, *, today: date) -> MonthlyReport:
    first = check_in_calendar(month.replace(day=1))
    last = first + relativedelta(months=1, days=-1)
    views = visits_between(ws, first, last, today=today)
    pending = [
        (v.visit, v.clock)
        for v in open_follow_ups(ws, today=today)
        if v.clock.state is not FollowUpState.NONE and v.visit.form.day <= last
    ]
    return monthly_report(
        first,
        schedule(ws, first, last),
        [v.visit for v in views],
        pending,
        ws.calendar(),
        today,
    )
