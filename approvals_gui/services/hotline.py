"""The 12369 hotline's services, shared by the window and the command line: register a
report (joining an open case if it repeats one), take its steps, list and explain
cases, the hotline's rule and figures. Personal data leaves here masked for the roles
that may not see it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import partial

from approvals_gui.domain.access import Permission
from approvals_gui.domain.enterprises import EnterpriseForm
from approvals_gui.domain.errors import DomainError, ErrorCode
from approvals_gui.domain.hotline.cases import (
    CaseAction,
    CaseEvent,
    CaseStage,
    CaseStep,
    Satisfaction,
    allowed,
    case_facts,
    next_case_event,
    received_event,
)
from approvals_gui.domain.hotline.clock import (
    CaseClock,
    CaseDueExplanation,
    CaseStatus,
    close_due,
    evaluate_case,
    explain_case,
)
from approvals_gui.domain.hotline.figures import CaseSummary, HotlineFigures, hotline_figures
from approvals_gui.domain.hotline.privacy import mask_name, mask_phone, sees_reporter
from approvals_gui.domain.hotline.records import CaseRecord
from approvals_gui.domain.hotline.repeats import OpenCase, ReportPlace, repeat_candidates
from approvals_gui.domain.hotline.reports import NewReport, checked_report
from approvals_gui.domain.hotline.rules import HotlineRule
from approvals_gui.domain.units import check_active, city_bureau
from approvals_gui.services.workspace import Workspace
from approvals_gui.store import hotline as store
from approvals_gui.store import repo
from approvals_gui.store.db import Session, refuse_if_changed, session_scope
from approvals_gui.store.units import load_units


@dataclass(frozen=True, slots=True)
class CaseView:
    record: CaseRecord
    clock: CaseClock


@dataclass(frozen=True, slots=True)
class CaseDetail:
    view: CaseView
    events: tuple[CaseEvent, ...]
    allowed: tuple[CaseAction, ...]
    blocked: dict[CaseAction, DomainError]  # allowed by the table, refused to this user
    explanations: tuple[CaseDueExplanation, ...]
    merged: tuple[CaseRecord, ...]  # repeats joined to this case
    rule: HotlineRule
    joined: str = ""  # a merged report: the number of the case it joined


@dataclass(frozen=True, slots=True)
class CaseStepForm:
    """One step as the user gives it; `on` defaults to the day it is recorded."""

    action: CaseAction
    on: date | None = None
    remark: str = ""
    reason: str = ""
    unit: str = ""
    unit_due: date | None = None
    findings: str = ""
    measures: str = ""
    penalty: str = ""
    extension_days: int = 0
    satisfaction: Satisfaction | None = None
    merged_into: int | None = None


# -- the rule ---------------------------------------------------------------------------


def hotline_rule(ws: Workspace) -> HotlineRule:
    with session_scope(ws.engine, write=False) as session:
        return store.load_hotline_rule(session)


def save_hotline_rule(
    ws: Workspace, rule: HotlineRule, *, based_on: HotlineRule | None = None
) -> None:
    """Replace the 12369 limits; `based_on`: the limits the edit started from, refused
    (CHANGED_ELSEWHERE) if the stored ones are no longer those."""
    ws.require(Permission.EDIT_RULES)
    with session_scope(ws.engine) as session:
        if based_on is not None:
            current = partial(store.load_hotline_rule, session)
            refuse_if_changed(session, "hotline rule", current, based_on)
        store.save_hotline_rule(session, rule)


# -- registering ----------------------------------------------------------------------------


def repeats_for(ws: Workspace, credit_code: str, address: str, received_on: date) -> list[OpenCase]:
    """The open cases a report about this enterprise or address would repeat."""
    with session_scope(ws.engine, write=False) as session:
        rule = store.load_hotline_rule(session)
        records = store.case_records(session, open_only=True)
    return repeat_candidates(
        ReportPlace(credit_code, address),
        received_on,
        (_open_case(r) for r in records if r.facts.merged_into is None),
        rule.repeat_window_days,
    )


def _open_case(record: CaseRecord) -> OpenCase:
    place = ReportPlace(record.credit_code, record.address)
    return OpenCase(record.id, record.number, record.facts.received_on, place)


def register_report(
    ws: Workspace, report: NewReport, *, today: date, merge_into: int | None = None
) -> int:
    """Register a report (登记) at the user's unit, and its enterprise if new; with
    `merge_into`, joined at once to that open case (合并办理). Returns its id."""
    ws.require(Permission.REGISTER)
    now = ws.now()
    report = checked_report(report, now)
    events = [received_event(report.received_at.date(), now, ws.actor)]
    received_by = ws.user.unit if ws.user is not None else _city(ws)
    with session_scope(ws.engine) as session:
        rule = store.load_hotline_rule(session)
        if merge_into is not None:
            target = store.case_record(session, merge_into)
            if target.facts.stage not in _JOINABLE:
                raise DomainError(
                    ErrorCode.TRANSITION_NOT_ALLOWED,
                    "a report joins an open case only",
                    action=CaseAction.MERGE,
                    stage=target.facts.stage,
                )
            merge = CaseStep(CaseAction.MERGE, events[0].on, now, ws.actor, merged_into=merge_into)
            events.append(next_case_event(events, merge, rule))
        enterprise_id = None
        if report.credit_code:
            form = EnterpriseForm(report.enterprise_name, report.credit_code, report.district)
            enterprise_id = repo.enterprise_id_or_add(session, form, now)
        return store.insert_case(
            session, report, enterprise_id, events, case_facts(events), now, received_by
        )


# An open case a repeat may join: registered and not yet closed, refused or merged.
_JOINABLE = frozenset(
    {
        CaseStage.RECEIVED,
        CaseStage.ACCEPTED,
        CaseStage.ASSIGNED,
        CaseStage.HANDLED,
        CaseStage.REPLIED,
    }
)


def _city(ws: Workspace) -> str:
    return city_bureau(ws.units()).code


# -- steps ------------------------------------------------------------------------------------


# Steps a clerk may not take: an extension is the head's to approve.
_PERMISSION = {CaseAction.EXTEND: Permission.EXTEND}


def _acting_unit(record: CaseRecord) -> str:
    """Whose work a step is: the unit it was handed to while it investigates, else the
    unit that took the report."""
    if record.facts.stage is CaseStage.ASSIGNED and record.facts.unit:
        return record.facts.unit
    return record.received_by


def case_step(
    ws: Workspace, case_id: int, expected_version: int, form: CaseStepForm, *, today: date
) -> CaseDetail:
    """Check the step against the table and record it; the case as it is now.
    Refused, nothing written, if the table or a need refuses it, the user may not, or
    the case changed since `expected_version` was read."""
    now = ws.now()
    cal = ws.calendar()
    with session_scope(ws.engine) as session:
        record = store.case_record(session, case_id, lock=True)
        ws.require(_PERMISSION.get(form.action, Permission.STEP), _acting_unit(record))
        if record.version != expected_version:
            raise store.case_changed(case_id)
        if form.action is CaseAction.ASSIGN:  # to a unit active now, not as cached
            check_active(load_units(session), form.unit)
        rule = store.load_hotline_rule(session)
        events = store.load_case_events(session, case_id)
        step = CaseStep(
            form.action,
            form.on or now.date(),
            now,
            ws.actor,
            form.remark,
            form.reason,
            form.unit,
            form.unit_due,
            form.findings,
            form.measures,
            form.penalty,
            form.extension_days,
            form.satisfaction,
            form.merged_into,
        )
        event = next_case_event(events, step, rule, close_due(record.facts, rule, cal))
        events.append(event)
        facts = case_facts(events)
        version = store.append_case_event(session, case_id, expected_version, event, facts)
        merged = tuple(store.case_records(session, merged_into=case_id))
        joined = _joined(session, facts.merged_into)
    changed = replace(record, version=version, facts=facts)
    return _detail(ws, changed, events, merged, rule, today, joined)


# -- reading --------------------------------------------------------------------------------


def _shown(ws: Workspace, record: CaseRecord) -> CaseRecord:
    """The record with the reporter masked unless the user's role needs them."""
    if sees_reporter(ws.user):
        return record
    return replace(
        record,
        reporter_name=mask_name(record.reporter_name),
        reporter_phone=mask_phone(record.reporter_phone) if record.reporter_phone else "",
    )


def _view(ws: Workspace, record: CaseRecord, rule: HotlineRule, today: date) -> CaseView:
    clock = evaluate_case(record.facts, rule, ws.calendar(), today)
    return CaseView(_shown(ws, record), clock)


def list_cases(
    ws: Workspace,
    *,
    today: date,
    open_only: bool = False,
    since: date | None = None,
    enterprise_id: int | None = None,
) -> list[CaseView]:
    """Cases with their clocks, newest first."""
    with session_scope(ws.engine, write=False) as session:
        rule = store.load_hotline_rule(session)
        records = store.case_records(
            session, open_only=open_only, since=since, enterprise_id=enterprise_id
        )
    return [_view(ws, r, rule, today) for r in records]


def case_detail(ws: Workspace, case_id: int, *, today: date) -> CaseDetail:
    with session_scope(ws.engine, write=False) as session:
        rule = store.load_hotline_rule(session)
        record = store.case_record(session, case_id)
        events = store.load_case_events(session, case_id)
        merged = tuple(store.case_records(session, merged_into=case_id))
        joined = _joined(session, record.facts.merged_into)
    return _detail(ws, record, events, merged, rule, today, joined)


def _joined(session: Session, case_id: int | None) -> str:
    """The number of the case a merged report joined ("" for none)."""
    return "" if case_id is None else store.case_record(session, case_id).number


def _detail(
    ws: Workspace,
    record: CaseRecord,
    events: Sequence[CaseEvent],
    merged: tuple[CaseRecord, ...],
    rule: HotlineRule,
    today: date,
    joined: str,
) -> CaseDetail:
    steps = tuple(allowed(events))
    blocked: dict[CaseAction, DomainError] = {}
    require = ws.permissions()
    for action in steps:
        try:
            require(_PERMISSION.get(action, Permission.STEP), _acting_unit(record))
        except DomainError as refused:
            blocked[action] = refused
    return CaseDetail(
        _view(ws, record, rule, today),
        tuple(events),
        steps,
        blocked,
        explain_case(record.facts, rule, ws.calendar()),
        tuple(_shown(ws, m) for m in merged),
        rule,
        joined,
    )


# -- figures ----------------------------------------------------------------------------------


def summaries(views: Sequence[CaseView]) -> list[CaseSummary]:
    return [
        CaseSummary(
            v.record.id,
            v.record.facts.received_on,
            v.record.channel,
            v.record.topic,
            v.record.district,
            v.record.facts.unit,
            v.record.credit_code,
            v.record.enterprise_name,
            v.record.facts.accepted_on,
            v.record.facts.refused_on,
            v.record.facts.merged_into,
            v.record.facts.closed_on,
            v.clock.close_due,
        )
        for v in views
    ]


def case_figures(ws: Workspace, first: date, last: date, *, today: date) -> HotlineFigures:
    """The period's figures, over every case (one received before the period may be
    accepted, due or closed in it)."""
    return hotline_figures(summaries(list_cases(ws, today=today)), first, last, today)


def enterprise_ids(views: Sequence[CaseView]) -> dict[str, int]:
    """Credit code → the enterprise's id in the directory, for the cases that name one:
    the figures know an enterprise by its code, its page by its id."""
    return {
        v.record.credit_code: v.record.enterprise_id
        for v in views
        if v.record.credit_code and v.record.enterprise_id is not None
    }


def overdue_count(ws: Workspace, *, today: date) -> int:
    """热线超期: the running cases whose running date has passed."""
    return overdue_among(list_cases(ws, today=today, open_only=True))


def overdue_among(views: Sequence[CaseView]) -> int:
    """How many of `views` are overdue (only a running case can be)."""
    return sum(v.clock.status is CaseStatus.OVERDUE for v in views)
