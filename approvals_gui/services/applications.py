"""Register, move, extend, undo and list applications. Each call is one transaction."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import Session

from approvals_gui.domain.applications import (
    ApplicationRecord,
    NewApplication,
    validate_new_application,
)
from approvals_gui.domain.clock import (
    Clock,
    DueExplanation,
    evaluate,
    explain,
    facts_from_history,
)
from approvals_gui.domain.credit_code import validate_credit_code
from approvals_gui.domain.rules import TimeLimitRule
from approvals_gui.domain.search import ApplicationFilter
from approvals_gui.domain.stages import (
    Action,
    StageEvent,
    StepInput,
    allowed_actions,
    next_event,
    registration_event,
)
from approvals_gui.domain.timeline import TimelineEntry, timeline
from approvals_gui.domain.urgency import urgency_key
from approvals_gui.services.workspace import Workspace
from approvals_gui.store import repo
from approvals_gui.store.db import session_scope
from approvals_gui.store.errors import StoreError, StoreErrorCode
from approvals_gui.store.tables import Application, Enterprise


@dataclass(frozen=True, slots=True)
class ApplicationView:
    """An application with its countdown for a given day."""

    record: ApplicationRecord
    clock: Clock


@dataclass(frozen=True, slots=True)
class ApplicationDetail:
    view: ApplicationView
    events: tuple[StageEvent, ...]
    explanations: tuple[DueExplanation, ...]
    allowed: tuple[Action, ...]
    timeline: tuple[TimelineEntry, ...]
    rule: TimeLimitRule
    investment: float | None


@dataclass(frozen=True, slots=True)
class Step:
    """One user step on an application; `on` defaults to today."""

    action: Action
    on: date | None = None
    remark: str = ""
    materials: tuple[str, ...] = ()
    reason: str = ""
    document_number: str = ""
    extension_days: int = 0


def register(ws: Workspace, form: NewApplication) -> int:
    """Record a new application (收件) and its enterprise if new; returns its id."""
    validate_new_application(form, ws.today(), ws.rules())
    now = ws.now()
    first = registration_event(form.received_on, now, ws.actor, form.remark)
    with session_scope(ws.engine) as session:
        return insert_with_history(session, form, [first], now, None)


def insert_with_history(
    session: Session,
    form: NewApplication,
    events: list[StageEvent],
    now: datetime,
    judged_rule_id: int | None,
) -> int:
    """Insert an application, its enterprise if new, and its (checked) history."""
    code = validate_credit_code(form.credit_code)
    enterprise = repo.enterprise_by_code(session, code) or repo.add_enterprise(
        session,
        Enterprise(
            name=form.enterprise_name.strip(),
            credit_code=code,
            district=form.district.strip(),
            created_at=now,
        ),
    )
    assert enterprise.id is not None
    application = Application(
        number=repo.next_number(session, form.received_on.year),
        project=form.project.strip(),
        enterprise_id=enterprise.id,
        category=form.category,
        handler=form.handler.strip(),
        district=form.district.strip(),
        investment=form.investment,
        registered_on=form.received_on,
        created_at=now,
        judged_rule_id=judged_rule_id,
        **repo.facts_columns(facts_from_history(events)),  # type: ignore[arg-type]
    )
    return repo.insert_application(session, application, events)


def apply_step(ws: Workspace, application_id: int, expected_version: int, step: Step) -> int:
    """Check `step` against the stage table and record it; returns the new version.

    Refused (DomainError or StoreError, nothing written) if the table forbids it, a
    guard fails, or the application changed since `expected_version` was read.
    """
    with session_scope(ws.engine) as session:
        record, events, event = _planned(ws, session, application_id, expected_version, step)
        facts = facts_from_history([*events, event])
        judged = None
        if facts.decided_on is not None:  # decided now or before: keep the rule it met
            judged = record.judged_rule_id or repo.judge_with(session, ws.rule(record.category))
        version = repo.append_event(session, application_id, expected_version, event, facts, judged)
    if judged != record.judged_rule_id:
        ws.forget_judged_rules()
    return version


def preview_step(ws: Workspace, application_id: int, expected_version: int, step: Step) -> Clock:
    """The countdown as it would be after `step`, without recording anything."""
    with session_scope(ws.engine) as session:
        record, events, event = _planned(ws, session, application_id, expected_version, step)
    facts = facts_from_history([*events, event])
    return evaluate(facts, ws.rule_for(record), ws.calendar(), ws.today())


def _planned(
    ws: Workspace, session: Session, application_id: int, expected_version: int, step: Step
) -> tuple[ApplicationRecord, list[StageEvent], StageEvent]:
    record = repo.get_record(session, application_id)
    if record.version != expected_version:
        # The user acted on what they saw; judge the step against that, not newer data.
        raise StoreError(
            StoreErrorCode.STALE, "the application was changed by someone else", id=application_id
        )
    rule = ws.rule_for(record)
    events = repo.load_events(session, application_id)
    now = ws.now()
    step_input = StepInput(
        step.action,
        step.on or now.date(),
        now,
        ws.actor,
        step.remark,
        step.materials,
        step.reason,
        step.document_number,
        step.extension_days,
        rule.extension_workdays,
    )
    return record, events, next_event(events, step_input)


def views(
    ws: Workspace, records: Iterable[ApplicationRecord], today: date | None = None
) -> list[ApplicationView]:
    """Countdowns for `records` on `today`, most urgent first."""
    cal, rule_for, day = ws.calendar(), ws.rule_for, today or ws.today()
    result = [ApplicationView(r, evaluate(r.facts, rule_for(r), cal, day)) for r in records]
    result.sort(key=lambda v: urgency_key(v.clock))
    return result


def list_applications(
    ws: Workspace,
    *,
    open_only: bool = False,
    closed_only: bool = False,
    today: date | None = None,
    where: ApplicationFilter | None = None,
) -> list[ApplicationView]:
    """Applications with their countdowns, most urgent first, optionally filtered."""
    with session_scope(ws.engine) as session:
        records = repo.list_records(session, open_only=open_only, closed_only=closed_only)
    result = views(ws, records, today)
    if where is not None:
        result = [v for v in result if where.matches(v.record, v.clock)]
    return result


def view_of(ws: Workspace, application_id: int) -> ApplicationView:
    """One application's countdown today, after it changed."""
    with session_scope(ws.engine) as session:
        record = repo.get_record(session, application_id)
    return views(ws, [record])[0]


def detail(ws: Workspace, application_id: int, today: date | None = None) -> ApplicationDetail:
    day = today or ws.today()
    with session_scope(ws.engine) as session:
        record = repo.get_record(session, application_id)
        events = repo.load_events(session, application_id)
        investment = repo.investment(session, application_id)
    rule, cal = ws.rule_for(record), ws.calendar()
    clock = evaluate(record.facts, rule, cal, day)
    return ApplicationDetail(
        ApplicationView(record, clock),
        tuple(events),
        explain(record.facts, rule, cal, day),
        tuple(allowed_actions(events)),
        tuple(timeline(events, rule, cal, day)),
        rule,
        investment,
    )
