"""Queries and commands: a Session in, domain data classes out."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, func, select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapped
from sqlmodel import Session, col

from approvals_gui.domain.applications import ApplicationRecord, EnterpriseEntry, NewApplication
from approvals_gui.domain.building import collector_paused, frozen_builder
from approvals_gui.domain.calendar import CalendarOverride, WorkCalendar
from approvals_gui.domain.clock import ClockFacts, PauseSpan, facts_from_history
from approvals_gui.domain.enterprises import EnterpriseForm
from approvals_gui.domain.errors import DomainError, ErrorCode
from approvals_gui.domain.history_hash import chain, event_hash
from approvals_gui.domain.rules import DEFAULT_RULES, TimeLimitRule, listing_order
from approvals_gui.domain.stages import (
    FINAL_STAGES,
    Action,
    Particulars,
    StageEvent,
    decision_in_force,
    holder,
)
from approvals_gui.domain.text import person_name, same_person
from approvals_gui.store import rows
from approvals_gui.store.db import driver_rows, numbering_turn, on_server, one_at_a_time
from approvals_gui.store.errors import StoreError, StoreErrorCode
from approvals_gui.store.rows import (
    event_from_row,
    record_from_row,
    records_from_rows,
    rule_from_row,
)
from approvals_gui.store.tables import (
    Application,
    AuthorityRow,
    BureauSetting,
    CalendarOverrideRow,
    ConfirmedYear,
    Enterprise,
    JudgedRule,
    StageEventRow,
    TimeLimitRuleRow,
)

# -- rules ----------------------------------------------------------------------------


def rule_to_row(rule: TimeLimitRule) -> TimeLimitRuleRow:
    return TimeLimitRuleRow(
        category=rule.category,
        name=rule.name,
        statutory_amount=rule.statutory.amount,
        statutory_unit=rule.statutory.unit,
        promised_amount=rule.promised.amount,
        promised_unit=rule.promised.unit,
        warn_workdays=rule.warn_workdays,
        paused_stages=",".join(sorted(rule.statutory_pauses)),
        promised_paused_stages=",".join(sorted(rule.promised_pauses)),
        extension_workdays=rule.extension_workdays,
        legal_basis=rule.legal_basis,
        acceptance_publicity_workdays=rule.acceptance_publicity_workdays,
        approval_notice_workdays=rule.approval_notice_workdays,
    )


def load_rules(session: Session) -> dict[str, TimeLimitRule]:
    """Every category's rule, in the order lists show them (`listing_order`)."""
    rows = session.scalars(select(TimeLimitRuleRow))
    ordered = sorted(rows, key=lambda row: listing_order(row.category))
    return {row.category: rule_from_row(row) for row in ordered}


def current_rule(session: Session, category: str) -> TimeLimitRule:
    """The category's rule as it is in the database now (another desktop may have
    changed it since this one cached the rules)."""
    rule = stored_rule(session, category)
    if rule is None:
        raise DomainError(
            ErrorCode.UNKNOWN_CATEGORY, f"unknown category {category!r}", category=category
        )
    return rule


def stored_rule(session: Session, category: str) -> TimeLimitRule | None:
    """The category's rule as stored now; None if there is none (removed meanwhile)."""
    row = session.get(TimeLimitRuleRow, category)
    return None if row is None else rule_from_row(row)


def save_rule(session: Session, rule: TimeLimitRule) -> None:
    """Create or replace a category's current rule (open applications follow it)."""
    session.merge(rule_to_row(rule))


def add_rule(session: Session, rule: TimeLimitRule) -> None:
    """Add a new category's rule: refused (DUPLICATE), never merged, if another desk
    took its code meanwhile."""
    _add_unique(session, rule_to_row(rule), "this category exists already", category=rule.category)


# The highest n of a category_<n> ever added (`new_category`): kept past a removal.
_LAST_ADDED_KEY = "rules.last_added_category"


def last_added_category(session: Session) -> int:
    row = session.get(BureauSetting, _LAST_ADDED_KEY)
    return int(row.value) if row is not None and row.value.isdigit() else 0


def note_added_category(session: Session, number: int) -> None:
    session.merge(BureauSetting(key=_LAST_ADDED_KEY, value=str(number)))


def category_use(session: Session, category: str) -> int:
    """The applications registered in `category`, or judged by one of its rules, of any
    stage: what keeps the category from being removed."""
    judged = select(col(JudgedRule.id)).where(col(JudgedRule.category) == category)
    return (
        session.scalar(
            select(func.count()).where(
                (col(Application.category) == category)
                | col(Application.judged_rule_id).in_(judged)
            )
        )
        or 0
    )


def remove_rule(session: Session, category: str) -> None:
    """Remove a category no application names (`category_use`): its rule, its frozen
    copies and its row of the 审批权限 table. An application another desk registers in
    it meanwhile makes the removal fail (REFERENCE), on SQLite when its turn comes."""
    doomed: list[object] = [
        *session.scalars(select(JudgedRule).where(col(JudgedRule.category) == category)),
        *(row for row in (session.get(AuthorityRow, category),) if row is not None),
        *(row for row in (session.get(TimeLimitRuleRow, category),) if row is not None),
    ]
    for row in doomed:
        session.delete(row)
    session.flush()


def judged_rules(session: Session) -> dict[int, TimeLimitRule]:
    rows = session.scalars(select(JudgedRule))
    return {row.id or 0: rule_from_row(row) for row in rows}


def judge_with(session: Session, rule: TimeLimitRule) -> int:
    """The id of a frozen copy of `rule`, made if no identical copy exists yet."""
    for row in session.scalars(select(JudgedRule).where(col(JudgedRule.category) == rule.category)):
        if rule_from_row(row) == rule:
            return row.id or 0
    frozen = JudgedRule(**rule_to_row(rule).model_dump())
    session.add(frozen)
    session.flush()
    assert frozen.id is not None
    return frozen.id


def has_default_rules(session: Session) -> bool:
    """Whether the database has rules (the shipped ones, or the bureau's edits of them)."""
    return session.scalar(select(col(TimeLimitRuleRow.category)).limit(1)) is not None


def ensure_default_rules(session: Session) -> None:
    """Insert the shipped rules into a database that has none yet."""
    if not has_default_rules(session):
        session.add_all(rule_to_row(rule) for rule in DEFAULT_RULES)


# -- calendar -------------------------------------------------------------------------


def load_calendar(session: Session) -> WorkCalendar:
    overrides = [rows.override_from_row(r) for r in session.scalars(select(CalendarOverrideRow))]
    return WorkCalendar.china(overrides, session.scalars(select(col(ConfirmedYear.year))))


def save_override(session: Session, override: CalendarOverride, actor: str) -> None:
    session.merge(
        CalendarOverrideRow(
            day=override.day,
            kind=override.kind,
            name=override.name,
            updated_at=datetime.now(),
            updated_by=actor,
        )
    )


def delete_override(session: Session, day: date) -> None:
    row = session.get(CalendarOverrideRow, day)
    if row is not None:
        session.delete(row)


def confirm_year(session: Session, year: int, actor: str, now: datetime) -> None:
    """`year` confirmed by `actor` at `now`, unless it is already: who confirmed it
    first, and when, stay."""
    if session.get(ConfirmedYear, year) is None:
        session.add(ConfirmedYear(year=year, confirmed_at=now, confirmed_by=actor))


def year_confirmation(session: Session, year: int) -> tuple[str | None, datetime | None]:
    """Who confirmed `year` at this bureau, and when; (None, None) if nobody did."""
    row = session.get(ConfirmedYear, year)
    return (None, None) if row is None else (row.confirmed_by, row.confirmed_at)


def unconfirm_year(session: Session, year: int) -> None:
    """Take back this bureau's confirmation of `year` (none: nothing to do)."""
    row = session.get(ConfirmedYear, year)
    if row is not None:
        session.delete(row)


# -- enterprises ----------------------------------------------------------------------


def enterprise_id(session: Session, credit_code: str) -> int | None:
    """The id of the enterprise with `credit_code`, if the directory has it."""
    return session.scalar(
        select(col(Enterprise.id)).where(col(Enterprise.credit_code) == credit_code)
    )


def registration_turn(session: Session, credit_code: str) -> None:
    """On a server, wait for this transaction's turn to register for the enterprise
    `credit_code`: two desks registering its project at once would each look for it
    open (`open_projects`), find nothing the other had not committed yet, and both save
    it. Held to the commit, the second looks after the first has saved."""
    one_at_a_time(session, f"registering for {credit_code}")


def open_projects(session: Session, credit_code: str) -> list[tuple[str, str]]:
    """(number, project) of each open application of the enterprise `credit_code`."""
    query = (
        select(col(Application.number), col(Application.project))
        .join(Enterprise, col(Enterprise.id) == col(Application.enterprise_id))
        .where(col(Enterprise.credit_code) == credit_code, col(Application.is_open))
        .order_by(col(Application.number))
    )
    return [(number, project) for number, project in session.execute(query)]


def enterprise_id_or_add(session: Session, form: EnterpriseForm, now: datetime) -> int:
    """The id of the enterprise with the form's credit code, added if new. On a server,
    another desk may add it between the look and the insert: then that row is taken."""
    found = enterprise_id(session, form.credit_code)
    if found is not None:
        return found
    try:
        return add_enterprise(session, form, now)
    except StoreError:
        found = enterprise_id(session, form.credit_code) if on_server(session) else None
        if found is None:
            raise
        return found


@contextmanager
def _contested(session: Session) -> Iterator[None]:
    """Writes another desk may refuse by taking a unique value first; flushed on
    leaving. On a server they run in a savepoint, so that the transaction can go on
    when they are refused: PostgreSQL aborts a whole transaction at a failed statement.
    SQLite's writers take turns, so there nothing is taken meanwhile; nor would a
    savepoint do: a full disk rolls the whole transaction back, savepoint and all."""
    if on_server(session):
        with session.begin_nested():
            yield
    else:
        yield
        session.flush()


def _add_unique(session: Session, row: object, message: str, **params: object) -> None:
    """Add `row` now, so that a duplicate unique value is refused here, clearly; on a
    server the transaction stays usable, so the caller may carry on."""
    try:
        with _contested(session):
            session.add(row)
    except IntegrityError as exc:
        raise StoreError(StoreErrorCode.DUPLICATE, message, **params) from exc


def _code_free(session: Session, credit_code: str, enterprise_id: int | None) -> None:
    """Refuse a credit code another enterprise holds, naming that enterprise. (The
    unique index still refuses one another desk takes meanwhile, in general words.)"""
    holder = session.execute(
        select(col(Enterprise.id), col(Enterprise.name)).where(
            col(Enterprise.credit_code) == credit_code
        )
    ).first()
    if holder is not None and holder[0] != enterprise_id:
        raise StoreError(
            StoreErrorCode.CODE_TAKEN,
            f"{holder[1]} has the credit code {credit_code} already",
            credit_code=credit_code,
            name=holder[1],
        )


def add_enterprise(session: Session, form: EnterpriseForm, now: datetime) -> int:
    """Add an enterprise (its code already checked); returns its id."""
    _code_free(session, form.credit_code, None)
    row = Enterprise(
        name=form.name.strip(),
        credit_code=form.credit_code,
        district=form.district.strip(),
        contact=form.contact.strip(),
        phone=form.phone.strip(),
        created_at=now,
    )
    _add_unique(
        session, row, "an enterprise has this credit code already", credit_code=row.credit_code
    )
    assert row.id is not None
    return row.id


def update_enterprise(session: Session, enterprise_id: int, form: EnterpriseForm) -> None:
    row = session.get(Enterprise, enterprise_id)
    if row is None:
        raise StoreError(
            StoreErrorCode.NOT_FOUND, f"no enterprise {enterprise_id}", id=enterprise_id
        )
    code = form.credit_code.strip().upper()
    # Before the row changes: a query would flush it, and the index refuse it unnamed.
    _code_free(session, code, enterprise_id)
    row.name, row.credit_code = form.name.strip(), code
    row.district, row.contact, row.phone = (
        form.district.strip(),
        form.contact.strip(),
        form.phone.strip(),
    )
    _add_unique(
        session, row, "an enterprise has this credit code already", credit_code=row.credit_code
    )


def enterprise_form(session: Session, enterprise_id: int) -> EnterpriseForm:
    row = session.get(Enterprise, enterprise_id)
    if row is None:
        raise StoreError(
            StoreErrorCode.NOT_FOUND, f"no enterprise {enterprise_id}", id=enterprise_id
        )
    return EnterpriseForm(row.name, row.credit_code, row.district, row.contact, row.phone)


def enterprise_forms(session: Session) -> list[tuple[int, EnterpriseForm]]:
    """Every enterprise with all it holds, by name."""
    rows = session.scalars(select(Enterprise).order_by(col(Enterprise.name)))
    return [
        (r.id or 0, EnterpriseForm(r.name, r.credit_code, r.district, r.contact, r.phone))
        for r in rows
    ]


def enterprise_directory(session: Session) -> list[EnterpriseEntry]:
    """Every enterprise for the pick lists, by name: read at every start and reload,
    some 30,000 of them, so through the driver and built without the frozen
    dataclass's per-field cost."""
    cursor = session.connection().connection.cursor()
    cursor.execute("SELECT id, name, credit_code, district FROM enterprise ORDER BY name")
    return [_new_entry(*row) for row in cursor.fetchall()]


_new_entry = frozen_builder(EnterpriseEntry)


def handler_names(session: Session) -> list[str]:
    """The applications' 承办人, each once as names are kept (`person_name`: "李 四",
    kept by an older program, is 李四)."""
    query = select(col(Application.handler)).distinct().order_by(col(Application.handler))
    return list(dict.fromkeys(person_name(name) for name in session.scalars(query)))


def handler_spellings(session: Session, name: str) -> list[str]:
    """How the applications' handler column holds the 承办人 `name`: each spelling that
    is `name` as names are kept (李四, "李 四")."""
    query = select(col(Application.handler)).distinct()
    return [found for found in session.scalars(query) if same_person(found, name)]


# -- applications ---------------------------------------------------------------------


def application_number(year: int, serial: int) -> str:
    return f"HP{year}-{serial:05d}"


def last_serial(session: Session, year: int) -> int:
    """The highest serial used so far in `year`'s application numbers (0 if none)."""
    prefix = application_number(year, 0)[:-5]
    number = col(Application.number)
    # Longest first: as text, HP2026-100000 sorts below HP2026-99999. A number of another
    # form (kept from an imported ledger) is passed over.
    query = (
        select(number)
        .where(number.startswith(prefix))
        .order_by(func.length(number).desc(), number.desc())
    )
    for found in session.scalars(query):
        serial = found.removeprefix(prefix)
        if serial.isdigit():
            return int(serial)
    return 0


def next_numbers(session: Session, years: Iterable[int]) -> list[str]:
    """The next free application numbers (e.g. HP2026-00042), one for each of `years`
    in turn."""
    serials: dict[int, int] = {}
    numbers = []
    for year in years:
        if year not in serials:
            serials[year] = last_serial(session, year)
        serials[year] += 1
        numbers.append(application_number(year, serials[year]))
    return numbers


# Each retry means that yet another desk registered in the same year in the moment
# between reading the highest number and inserting: ten in a row does not happen.
NUMBER_TRIES = 10
_T = TypeVar("_T")


def insert_numbered(
    session: Session, years: Sequence[int], insert: Callable[[list[str]], _T]
) -> _T:
    """Run `insert` with the next free application numbers of `years` (one each, in
    order); returns what it returns.

    Numbers are the highest so far + 1, read in this transaction. On a server desks
    take turns to number a year (`numbering_turn`, held to the commit); should a number
    still be taken (a program without the turn, an imported ledger), the unique index
    refuses it and the insert runs again from its savepoint with numbers read anew. A
    rolled-back registration leaves no gap. On SQLite writers take turns (BEGIN
    IMMEDIATE), so no number is contested.
    """
    for year in sorted(set(years)):  # one order, so two desks never wait on each other
        numbering_turn(session, "HP", year)
    attempt = 1
    while True:
        numbers = next_numbers(session, years)
        try:
            with _contested(session):
                inserted = insert(numbers)
            return inserted
        except IntegrityError as exc:
            if not on_server(session) or not (taken := existing_numbers(session, numbers)):
                raise  # not a number another desk took: nothing to retry
            if attempt == NUMBER_TRIES:
                message = "this application number exists already"
                raise StoreError(StoreErrorCode.DUPLICATE, message, number=min(taken)) from exc
        attempt += 1


def existing_numbers(session: Session, numbers: Iterable[str]) -> set[str]:
    """Those of `numbers` that an application has."""
    wanted, found = list(numbers), set[str]()
    for i in range(0, len(wanted), 500):  # within every engine's limit on parameters
        query = select(col(Application.number)).where(
            col(Application.number).in_(wanted[i : i + 500])
        )
        found.update(session.scalars(query))
    return found


def ledger_keys(session: Session) -> tuple[list[str], list[tuple[str, str, date]]]:
    """What a ledger's row is known by (`domain.ledger_import.entry_key`): every
    application's number, and its enterprise's credit code, project and registered date."""
    query = select(
        col(Application.number),
        col(Enterprise.credit_code),
        col(Application.project),
        col(Application.registered_on),
    ).join(Enterprise, col(Enterprise.id) == col(Application.enterprise_id))
    rows = session.execute(query).all()
    return [r[0] for r in rows], [(r[1], r[2], r[3]) for r in rows]


def facts_columns(facts: ClockFacts) -> dict[str, object]:
    """The application columns that hold the clock facts."""
    return {
        "stage": facts.stage.value,
        # A decision not yet delivered is still work on someone's desk (第四十四条).
        "is_open": facts.stage not in FINAL_STAGES,
        "received_on": facts.received_on,
        "accepted_on": facts.accepted_on,
        "decided_on": facts.decided_on,
        "delivered_on": facts.delivered_on,
        "closed_on": facts.closed_on,
        "supplement_rounds": facts.supplement_rounds,
        "extension_days": facts.extension_days,
        "extended_on": facts.extended_on,
        "extension_reason": facts.extension_reason,
        "pause_spans": spans_to_text(facts.spans),
    }


def spans_to_text(spans: Iterable[PauseSpan]) -> str:
    return ";".join(f"{s.stage}:{s.first}:{s.last or ''}" for s in spans)


def insert_application(
    session: Session,
    form: NewApplication,
    enterprise_id: int,
    events: Sequence[StageEvent],
    now: datetime,
    judged_rule_id: int | None = None,
    unit: str = "",
) -> int:
    """Insert an application under the next free number of its year of receipt, with
    its (checked) history, decided by `unit`; returns its id."""
    hashes = chain(events)

    def add(numbers: list[str]) -> Application:
        row = Application(
            number=numbers[0],
            project=form.project.strip(),
            enterprise_id=enterprise_id,
            category=form.category,
            handler=form.handler.strip(),
            district=form.district.strip(),
            investment=form.investment,
            registered_on=form.received_on,
            created_at=now,
            judged_rule_id=judged_rule_id,
            history_hash=hashes[-1],
            unit=unit,
            holder=holder(events),
            **facts_columns(facts_from_history(events)),  # type: ignore[arg-type]
        )
        session.add(row)
        return row

    application = insert_numbered(session, [form.received_on.year], add)
    assert application.id is not None  # flushed
    session.add_all(event_to_row(application.id, e, h) for e, h in zip(events, hashes, strict=True))
    return application.id


def append_event(
    session: Session,
    application_id: int,
    expected_version: int,
    event: StageEvent,
    facts: ClockFacts,
    judged_rule_id: int | None,
    held_by: str,
    particulars: Particulars,
) -> int:
    """Record `event`, its facts, the unit that has the application after it and its
    handler, project and investment, unless someone saved the application first.

    Returns the new version. The version check and the write are one UPDATE, so of two
    desktops saving at once exactly one wins and the other is told.
    """
    head = session.scalar(
        select(col(Application.history_hash)).where(col(Application.id) == application_id)
    )
    new_head = event_hash(event, head or "")
    # An UPDATE returns a CursorResult, which has rowcount; the stubs say Result.
    result = session.execute(
        update(Application)
        .where(col(Application.id) == application_id)
        .where(col(Application.version) == expected_version)
        .values(
            version=expected_version + 1,
            judged_rule_id=judged_rule_id,
            history_hash=new_head,
            holder=held_by,
            handler=particulars.handler,
            project=particulars.project,
            investment=particulars.investment,
            **facts_columns(facts),
        )
    )
    if result.rowcount == 0:  # type: ignore[attr-defined]
        if session.get(Application, application_id) is None:
            raise StoreError(
                StoreErrorCode.NOT_FOUND, f"no application {application_id}", id=application_id
            )
        raise StoreError(
            StoreErrorCode.STALE, "the application was changed by someone else", id=application_id
        )
    session.add(event_to_row(application_id, event, new_head))
    return expected_version + 1


def event_to_row(application_id: int, e: StageEvent, chain_hash: str) -> StageEventRow:
    return StageEventRow.model_validate(event_columns(application_id, e, chain_hash))


def event_columns(application_id: int, e: StageEvent, chain_hash: str) -> dict[str, object]:
    """An event's row as plain values (bulk inserts skip the ORM's objects)."""
    return {
        "application_id": application_id,
        "seq": e.seq,
        "action": e.action.value,
        "from_stage": e.from_stage.value if e.from_stage is not None else None,
        "to_stage": e.to_stage.value,
        "on": e.on,
        "at": e.at,
        "actor": e.actor,
        "remark": e.remark,
        "materials": "\n".join(e.materials),
        "reason": e.reason,
        "document_number": e.document_number,
        "extension_days": e.extension_days,
        "undoes": e.undoes,
        "from_unit": e.from_unit,
        "to_unit": e.to_unit,
        "from_handler": e.from_handler,
        "handler": e.handler,
        "chain_hash": chain_hash,
        "refer_to": e.refer_to,
        "from_project": e.from_project,
        "project": e.project,
        "from_investment": e.from_investment,
        "investment": e.investment,
    }


def load_events(session: Session, application_id: int) -> list[StageEvent]:
    rows = session.scalars(
        select(StageEventRow)
        .where(col(StageEventRow.application_id) == application_id)
        .order_by(col(StageEventRow.seq))
    )
    return [event_from_row(r) for r in rows]


def decisions_numbered(
    session: Session, document_number: str, other_than: int
) -> list[tuple[str, StageEvent]]:
    """The applications but `other_than` whose approval or refusal in force bears
    `document_number`, as (application number, that decision), in the order numbered.
    A rare look before a decision: the history is read without an index of numbers."""
    decided = (Action.APPROVE.value, Action.REFUSE.value)
    bearing = session.execute(
        select(col(Application.id), col(Application.number))
        .where(
            col(Application.id).in_(
                select(col(StageEventRow.application_id))
                .where(col(StageEventRow.action).in_(decided))
                .where(col(StageEventRow.document_number) == document_number)
            )
        )
        .where(col(Application.id) != other_than)
        .order_by(col(Application.number))
    ).all()
    found = []
    for application_id, number in bearing:  # the number may be on one taken back
        decision = decision_in_force(load_events(session, application_id))
        if decision is not None and decision.document_number == document_number:
            found.append((number, decision))
    return found


# The columns `facts_columns` writes, in ClockFacts' order: what `facts_of` reads back.
FACT_COLUMNS = tuple(col(getattr(Application, name)) for name in rows.FACT_COLUMNS)
_APPLICATION_COLUMNS = tuple(
    col(getattr(Application, name)) for _t, name in rows.APPLICATION_COLUMNS
)


def active_in(first: date, last: date) -> ColumnElement[bool]:
    """What figures for [first, last] count: the open applications and those received,
    accepted, decided or delivered in it."""
    return (
        col(Application.is_open)
        | col(Application.registered_on).between(first, last)
        | col(Application.accepted_on).between(first, last)
        | col(Application.decided_on).between(first, last)
        | col(Application.delivered_on).between(first, last)
    )


def list_records(
    session: Session,
    *,
    open_only: bool = False,
    closed_only: bool = False,
    ids: Iterable[int] | None = None,
    active_between: tuple[date, date] | None = None,
    enterprise_id: int | None = None,
) -> list[ApplicationRecord]:
    """Applications with their enterprise and clock facts, newest first.

    `open_only` keeps the running ones, `closed_only` the finished ones;
    `active_between` the open ones and those received, accepted, decided or
    delivered in that span (what figures for the span need).
    """
    where: list[ColumnElement[bool] | Mapped[bool]] = []
    if open_only:
        where.append(col(Application.is_open))
    if closed_only:
        where.append(~col(Application.is_open))
    if active_between is not None:
        where.append(active_in(*active_between))
    if enterprise_id is not None:
        where.append(col(Application.enterprise_id) == enterprise_id)
    # The driver's own rows, without the ORM's per-row bookkeeping or SQLAlchemy's
    # typing of each value; row by row, which measured some 10% faster than all rows at
    # once (fewer rows held at a time).
    with collector_paused():
        if ids is not None or enterprise_id is not None:  # a few: each with its enterprise
            if ids is not None:
                where.append(col(Application.id).in_(list(ids)))
            query = _records_query().where(*where).order_by(col(Application.id).desc())
            return [record_from_row(r) for r in driver_rows(session, query)]
        # Many: their enterprises read once and shared, rather than joined to each row
        # (the join was a third of SQLite's work). The names are read after the rows: on
        # a server each statement sees what was committed when it began, and a row read
        # after the names could name an enterprise registered in between (none is ever
        # deleted, so each row read first finds its own).
        found = driver_rows(session, _many_query(*where))
        return records_from_rows(found, enterprise_names(session))


def _many_query(*where: ColumnElement[bool] | Mapped[bool]) -> Select[*tuple[Any, ...]]:
    """APPLICATION_COLUMNS of the applications `where` holds for, newest first."""
    return select(*_APPLICATION_COLUMNS).where(*where).order_by(col(Application.id).desc())


def _records_query(*extra: Any) -> Select[*tuple[Any, ...]]:
    """RECORD_COLUMNS (then `extra`) of applications joined to their enterprise. An
    application whose enterprise is missing (a damaged file) has empty names, as
    `records_from_rows` gives it in a list of many: shown, not hidden."""
    enterprise = (
        func.coalesce(col(Enterprise.name), "").label("name"),
        func.coalesce(col(Enterprise.credit_code), "").label("credit_code"),
    )
    return select(*_APPLICATION_COLUMNS, *enterprise, *extra).outerjoin(
        Enterprise, col(Enterprise.id) == col(Application.enterprise_id)
    )


def records_queries() -> tuple[Select[*tuple[Any, ...]], str]:
    """What `list_records` runs to read every application: its query (of
    APPLICATION_COLUMNS), and the SQL that reads the enterprises' names (for a
    benchmark's anchor)."""
    return _many_query(), _ENTERPRISE_NAMES


def application_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Application)) or 0


def finished_keys(session: Session) -> list[tuple[int, int, str, str, int]]:
    """Every finished application's id with what tells a copy of it kept elsewhere
    from the stored one (services.settled): version, history hash, number, enterprise.
    Plain tuples through the driver: a list of 100,000 is read at every start."""
    cursor = session.connection().connection.cursor()
    cursor.execute(
        "SELECT id, version, history_hash, number, enterprise_id FROM application WHERE NOT is_open"
    )
    return list(cursor.fetchall())


_ENTERPRISE_NAMES = "SELECT id, name, credit_code FROM enterprise"


def enterprise_names(session: Session) -> dict[int, tuple[str, str]]:
    """Every enterprise's name and credit code, by id (through the driver, as
    `finished_keys`)."""
    cursor = session.connection().connection.cursor()
    cursor.execute(_ENTERPRISE_NAMES)
    return {r[0]: (r[1], r[2]) for r in cursor.fetchall()}


ROW_WAIT_MS = 5000  # how long a step waits for another desk's save of the same row


def record_and_investment(
    session: Session, application_id: int, *, lock: bool = False
) -> tuple[ApplicationRecord, float | None]:
    """One application with its investment (its detail shows it; lists do not).

    `lock` holds the application's row to the end of the transaction, for a write that
    judges what it reads: on a server each statement reads what was committed when it
    began, so another desk's step committed in between would show in the events read
    next but not in the version read here. Locked, that desk's save waits, or this one
    waits for it and reads its version. (On SQLite a writer holds the whole file.)
    """
    query = _records_query(col(Application.investment)).where(col(Application.id) == application_id)
    if lock:
        query = query.with_for_update(of=Application)
        if on_server(session):  # wait a while for another desk's save, not for ever
            session.execute(text(f"SET LOCAL lock_timeout = '{ROW_WAIT_MS}ms'"))
    row = session.connection().execute(query).first()
    if row is None:
        raise StoreError(
            StoreErrorCode.NOT_FOUND, f"no application {application_id}", id=application_id
        )
    return record_from_row(row), row[len(rows.RECORD_COLUMNS)]


def id_by_number(session: Session, number: str) -> int | None:
    """The application numbered `number` (unique, indexed), or None."""
    return session.scalar(select(col(Application.id)).where(col(Application.number) == number))


def get_record(session: Session, application_id: int) -> ApplicationRecord:
    records = list_records(session, ids=[application_id])
    if not records:
        raise StoreError(
            StoreErrorCode.NOT_FOUND, f"no application {application_id}", id=application_id
        )
    return records[0]
