"""Register, move, extend, undo and list applications. Each call is one transaction."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime

from approvals_gui.domain.access import Permission, Staff, staff_by_unit
from approvals_gui.domain.applications import (
    ApplicationRecord,
    NewApplication,
    corrected_investment,
    validate_new_application,
)
from approvals_gui.domain.building import collector_paused, frozen_builder
from approvals_gui.domain.calendar import WorkCalendar
from approvals_gui.domain.clock import (
    Clock,
    Delivered,
    DueExplanation,
    Status,
    delivered,
    evaluate_or_unknown,
    explain,
    facts_from_history,
)
from approvals_gui.domain.countdowns import Countdowns
from approvals_gui.domain.credit_code import validate_credit_code
from approvals_gui.domain.enterprises import EnterpriseForm
from approvals_gui.domain.errors import DomainError, ErrorCode
from approvals_gui.domain.guards import blocked_actions, check_step
from approvals_gui.domain.notices import NoticeKind, notice_event
from approvals_gui.domain.registration import second_thoughts
from approvals_gui.domain.rules import TimeLimitRule
from approvals_gui.domain.search import ApplicationFilter, Listed, listed_of, search_text
from approvals_gui.domain.stages import (
    Action,
    Particulars,
    StageEvent,
    StepInput,
    allowed_actions,
    holder,
    next_event,
    particulars_after,
    registration_event,
)
from approvals_gui.domain.timeline import TimelineEntry, timeline
from approvals_gui.domain.units import (
    Unit,
    UnitSpan,
    check_active,
    deciding_unit,
    unit_name,
    unit_spans,
)
from approvals_gui.domain.urgency import urgency_key
from approvals_gui.services.workspace import Workspace
from approvals_gui.store import repo
from approvals_gui.store.db import Session, session_scope
from approvals_gui.store.errors import StoreError, StoreErrorCode
from approvals_gui.store.units import load_authorities, load_units, load_users


@dataclass(frozen=True, slots=True)
class ApplicationView:
    """An application with its countdown for a given day."""

    record: ApplicationRecord
    clock: Clock


# Lists build a view for every row: without the frozen dataclass's per-field cost.
new_view = frozen_builder(ApplicationView)


@dataclass(frozen=True, slots=True)
class ApplicationDetail:
    view: ApplicationView
    events: tuple[StageEvent, ...]
    explanations: tuple[DueExplanation, ...]
    allowed: tuple[Action, ...]  # the steps offered, in table order
    blocked: dict[Action, DomainError]  # steps offered but refused today, with why
    timeline: tuple[TimelineEntry, ...]
    rule: TimeLimitRule
    investment: float | None
    units: tuple[UnitSpan, ...] = ()  # each stay at a unit (系统内流转), in order
    delivery: Delivered | None = None  # the decision's delivery against its limit

    def notice_event(self, kind: NoticeKind) -> StageEvent:
        """The step the notice of `kind` reports (`domain.notices.notice_event`) under
        this application's rule and clock; refused (DomainError) when it cannot be
        issued now."""
        return notice_event(
            kind,
            self.events,
            extension_workdays=self.rule.extension_workdays,
            deemed_accepted=self.view.clock.deemed_accepted,
        )

    def why_no_notice(self, kind: NoticeKind) -> DomainError | None:
        """Why the notice of `kind` cannot be issued now; None if it can."""
        try:
            self.notice_event(kind)
        except DomainError as exc:
            return exc
        return None


@dataclass(frozen=True, slots=True)
class Step:
    """One user step on an application; `on` defaults to the day it is recorded."""

    action: Action
    on: date | None = None
    remark: str = ""
    materials: tuple[str, ...] = ()
    reason: str = ""
    document_number: str = ""
    extension_days: int = 0
    to_unit: str = ""  # a transfer's destination
    handler: str = ""  # a reassignment's new handler
    refer_to: str = ""  # 不予受理 of another authority's matter: that authority
    # 更正登记: the project's name as it should read, the investment as typed (万元;
    # None where nothing was typed: it stays)
    project: str = ""
    investment: str | None = None


def register(ws: Workspace, form: NewApplication, *, today: date, ask_first: bool = False) -> int:
    """Record a new application (收件) at the signed-in user's unit, decided by the unit
    the 审批权限 table names, and its enterprise if new; returns its id. Someone signed
    in gives it to one of their unit's active users (`Staff`). `ask_first`: refused
    with SECOND_THOUGHTS (`registration.second_thoughts`, in its `thoughts`) if there
    is anything to ask the clerk first; asked, they send it again without."""
    ws.require(Permission.REGISTER)
    with session_scope(ws.engine) as session:
        # The table, the units and the categories as they are now, not as this desk
        # cached them: the deciding unit is stored for good, and another desk may just
        # have changed them (or removed the category the form still offers).
        authorities, units = load_authorities(session), load_units(session)
        rules = repo.load_rules(session)
        if form.category in ws.rules() and form.category not in rules:
            # This desk offered it; another removed it meanwhile.
            raise DomainError(
                ErrorCode.CATEGORY_REMOVED, f"no category {form.category!r}", category=form.category
            )
        # Someone signed in gives it to one of their unit's people, as stored now.
        staff = None if ws.user is None else _staff_at(session, ws.user.unit, units)
        form = validate_new_application(form, today, rules, authorities, staff)
        repo.registration_turn(session, form.credit_code)
        if ask_first:
            open_of_enterprise = repo.open_projects(session, form.credit_code)
            if thoughts := second_thoughts(form, open_of_enterprise, today, ws.calendar()):
                raise DomainError(
                    ErrorCode.SECOND_THOUGHTS, "asked before registering", thoughts=thoughts
                )
        deciding = deciding_unit(form.category, form.district.strip(), authorities, units).unit
        received_at = ws.user.unit if ws.user is not None else deciding
        now = ws.now()
        first = registration_event(form.received_on, now, ws.actor, form.remark, received_at)
        return insert_with_history(session, form, [first], now, None, deciding)


def _staff_at(session: Session, unit: str, units: Sequence[Unit] | None = None) -> Staff:
    """Who may be a 承办人 at `unit` now; `units` as stored, if read already."""
    name = unit_name(units or load_units(session), unit)
    return Staff(name, staff_by_unit(load_users(session)).get(unit, ()))


def insert_with_history(
    session: Session,
    form: NewApplication,
    events: list[StageEvent],
    now: datetime,
    judged_rule_id: int | None,
    unit: str,
) -> int:
    """Insert an application decided by `unit`, its enterprise if new, and its (checked)
    history."""
    code = validate_credit_code(form.credit_code)
    enterprise = EnterpriseForm(form.enterprise_name, code, form.district)
    enterprise_id = repo.enterprise_id_or_add(session, enterprise, now)
    return repo.insert_application(session, form, enterprise_id, events, now, judged_rule_id, unit)


def apply_step(
    ws: Workspace, application_id: int, expected_version: int, step: Step, *, today: date
) -> ApplicationDetail:
    """Check `step` against the stage table and record it; returns the application as
    it is now, built from what the write held (nothing is read again).

    Refused (DomainError or StoreError, nothing written) if the table forbids it, a
    guard fails, or the application changed since `expected_version` was read.
    """
    with session_scope(ws.engine) as session:
        planned = _planned(ws, session, application_id, expected_version, step)
        record, events = planned.record, [*planned.events, planned.event]
        facts = facts_from_history(events)
        judged = None
        if facts.decided_on is not None:  # decided now or before: keep the rule it met
            judged = record.judged_rule_id or repo.judge_with(session, planned.rule)
        held_by = holder(events) or record.unit
        after = particulars_after(events, planned.stored)
        version = repo.append_event(
            session, application_id, expected_version, planned.event, facts, judged, held_by, after
        )
        # An undone decision follows the category's rule again, as it is now.
        rule = planned.rule
        if record.judged_rule_id and not judged:
            rule = repo.current_rule(session, record.category)
    changed = replace(
        record,
        version=version,
        facts=facts,
        judged_rule_id=judged,
        holder=held_by,
        handler=after.handler,
        project=after.project,
    )
    return _for_user(ws, _detail(changed, events, rule, after.investment, ws.calendar(), today))


@dataclass(frozen=True, slots=True)
class _Plan:
    """A step checked against the stored application, not yet written."""

    record: ApplicationRecord
    stored: Particulars  # the application's handler, project and investment as read
    rule: TimeLimitRule
    events: list[StageEvent]
    event: StageEvent


def _planned(
    ws: Workspace,
    session: Session,
    application_id: int,
    expected_version: int,
    step: Step,
) -> _Plan:
    record, investment = repo.record_and_investment(session, application_id, lock=True)
    ws.require(_PERMISSION.get(step.action, Permission.STEP), record.held_by)
    if step.action is Action.TRANSFER:  # to a unit active now, whatever this desk cached
        check_active(load_units(session), step.to_unit)
    if record.version != expected_version:
        # The user acted on what they saw; judge the step against that, not newer data.
        raise StoreError(
            StoreErrorCode.STALE, "the application was changed by someone else", id=application_id
        )
    # An open application's rule is read in this transaction: a decision freezes the
    # rule as it is in the database, not as this desktop cached it.
    rule = (
        ws.judged_rule(record.judged_rule_id)
        if record.judged_rule_id
        else repo.current_rule(session, record.category)
    )
    events = repo.load_events(session, application_id)
    stored = Particulars(record.handler, record.project, investment)
    event = checked_event(events, step_input(step, ws.actor, ws.now(), stored), rule, ws.calendar())
    if event.action is Action.REASSIGN and ws.user is not None:
        _staff_at(session, record.held_by).check(event.handler)
    return _Plan(record, stored, rule, events, event)


# Steps a clerk may not take; every other step needs Permission.STEP.
_PERMISSION = {Action.EXTEND: Permission.EXTEND, Action.REASSIGN: Permission.REASSIGN}


def checked_event(
    events: Sequence[StageEvent], step: StepInput, rule: TimeLimitRule, cal: WorkCalendar
) -> StageEvent:
    """The event `step` would record, checked against the stage table and the law."""
    event = next_event(events, step)
    check_step(events, event, rule, cal)
    return event


def step_input(step: Step, actor: str, now: datetime, now_as: Particulars) -> StepInput:
    """The domain's input for `step`, taken by `actor` at `now` on an application with
    the handler, project and investment `now_as`; a step without a date is taken on the
    day it is recorded. Refused (DomainError) if a correction's investment is no amount,
    or emptied."""
    correcting = step.action is Action.CORRECT
    return StepInput(
        step.action,
        step.on or now.date(),
        now,
        actor,
        step.remark,
        step.materials,
        step.reason,
        step.document_number,
        step.extension_days,
        step.to_unit,
        step.handler,
        now_as.handler,
        step.refer_to,
        step.project,
        corrected_investment(step.investment, now_as.investment) if correcting else None,
        now_as.project,
        now_as.investment,
    )


# Clocks kept between lists, a settled application's for any day, a running one's for
# its day (of any workspace: each is kept under its own calendar and rule).
_countdowns = Countdowns()


def views(
    ws: Workspace, records: Iterable[ApplicationRecord], *, today: date
) -> list[ApplicationView]:
    """Countdowns for `records` on `today`, most urgent first (in the order given where
    equally urgent)."""
    records = list(records)
    with collector_paused():
        rule_for = ws.rule_for
        pairs = ((r.facts, rule_for(r)) for r in records)
        clocks = _countdowns.clocks(pairs, ws.calendar(), today)
        keys = [urgency_key(c) for c in clocks]
        # Stable, as sorting the views by key was: same urgency keeps the list's order.
        order = sorted(range(len(records)), key=keys.__getitem__)
        return [new_view(records[i], clocks[i]) for i in order]


def list_applications(
    ws: Workspace,
    *,
    today: date,
    open_only: bool = False,
    closed_only: bool = False,
    where: ApplicationFilter | None = None,
) -> list[ApplicationView]:
    """Applications with their countdowns on `today`, most urgent first, optionally
    filtered."""
    with collector_paused():  # through the records and their views
        result = views(ws, _records(ws, open_only, closed_only), today=today)
    if where is not None:
        result = [v for v in result if where.matches(v.record, v.clock)]
    return result


@dataclass(frozen=True, slots=True)
class Listing:
    """The window's list of applications as read, with what the list shows, sorts,
    searches and counts them by, worked out where they were read (off the UI thread):
    each one's `Listed`, its folded search text, and how many show each countdown
    colour. `to_keep`: read afresh, worth keeping for the next start, under this stamp
    (services.settled); None: not."""

    views: Sequence[ApplicationView]
    listed: list[Listed]
    texts: list[str]
    counts: Counter[Status]
    to_keep: str | None = None

    @classmethod
    def of(cls, views: Sequence[ApplicationView]) -> Listing:
        with collector_paused():
            listed = [listed_of(v.record, v.clock) for v in views]
            texts = [search_text(v.record) for v in views]
        return cls.of_rows(views, listed, texts)

    @classmethod
    def of_rows(
        cls, views: Sequence[ApplicationView], listed: list[Listed], texts: list[str]
    ) -> Listing:
        return cls(views, listed, texts, Counter(row.countdown for row in listed))


def listing(
    ws: Workspace,
    *,
    today: date,
    open_only: bool = False,
    closed_only: bool = False,
    ids: Sequence[int] | None = None,
) -> Listing:
    """`list_applications` for the window's list (of `ids` only, if given)."""
    with collector_paused(keep=True):
        return Listing.of(views(ws, _records(ws, open_only, closed_only, ids), today=today))


def _records(
    ws: Workspace, open_only: bool, closed_only: bool, ids: Sequence[int] | None = None
) -> list[ApplicationRecord]:
    with session_scope(ws.engine, write=False) as session:
        return repo.list_records(session, open_only=open_only, closed_only=closed_only, ids=ids)


def application_count(ws: Workspace) -> int:
    """How many applications there are, running and finished."""
    with session_scope(ws.engine, write=False) as session:
        return repo.application_count(session)


def view_of(ws: Workspace, application_id: int, *, today: date) -> ApplicationView:
    """One application's countdown on `today`, after it changed."""
    with session_scope(ws.engine, write=False) as session:
        record = repo.get_record(session, application_id)
    return views(ws, [record], today=today)[0]


def decisions_numbered(
    ws: Workspace, document_number: str, other_than: int
) -> list[tuple[str, StageEvent]]:
    """Other applications whose decision in force bears `document_number` (a 文号 is
    normally one decision's): (application number, decision)."""
    with session_scope(ws.engine, write=False) as session:
        return repo.decisions_numbered(session, document_number.strip(), other_than)


def detail(ws: Workspace, application_id: int, *, today: date) -> ApplicationDetail:
    with session_scope(ws.engine, write=False) as session:
        record, investment = repo.record_and_investment(session, application_id)
        events = repo.load_events(session, application_id)
    found = _detail(record, events, ws.rule_for(record), investment, ws.calendar(), today)
    return _for_user(ws, found)


def _for_user(ws: Workspace, found: ApplicationDetail) -> ApplicationDetail:
    """`found` with the steps the signed-in user may not take shown refused, with why
    (another unit's work; an extension or reassignment for a clerk)."""
    record = found.view.record
    refused = dict(found.blocked)
    require = ws.permissions()
    for action in found.allowed:
        try:
            require(_PERMISSION.get(action, Permission.STEP), record.held_by)
        except DomainError as exc:
            refused.setdefault(action, exc)
    return replace(found, blocked=refused) if refused != found.blocked else found


def _detail(
    record: ApplicationRecord,
    events: Sequence[StageEvent],
    rule: TimeLimitRule,
    investment: float | None,
    cal: WorkCalendar,
    today: date,
) -> ApplicationDetail:
    clock = evaluate_or_unknown(record.facts, rule, cal, today)
    if clock.status is Status.UNKNOWN:  # shown with its steps, without dates to explain
        explanations: tuple[DueExplanation, ...] = ()
        entries: tuple[TimelineEntry, ...] = ()
        blocked: dict[Action, DomainError] = {}
        spans: tuple[UnitSpan, ...] = ()
    else:
        explanations = explain(record.facts, rule, cal, today)
        entries = tuple(timeline(events, rule, cal, today))
        blocked = blocked_actions(events, rule, cal, today)
        spans = tuple(unit_spans(events, cal, today, record.unit))
    try:
        delivery = delivered(record.facts, cal)
    except DomainError:  # a date past the calendar: the pane shows the rest
        delivery = None
    return ApplicationDetail(
        ApplicationView(record, clock),
        tuple(events),
        explanations,
        tuple(allowed_actions(events)),
        blocked,
        entries,
        rule,
        investment,
        spans,
        delivery,
    )
