"""Stored rows to domain objects, without SQLAlchemy: what the ORM's queries read and
what the driver alone reads (store.plain, for `check`) become the same objects here.

A row is anything with the table's columns as attributes (an ORM object, a SQLAlchemy
row, a named tuple), or, for an application's record, a sequence in RECORD_COLUMNS'
order. Dates and times arrive as `date` and `datetime`; an application's days may also
arrive as SQLite's ISO text (`read_day`), as lists read them straight from the driver.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from approvals_gui.domain.applications import ApplicationRecord
from approvals_gui.domain.building import frozen_builder, unfrozen_twin
from approvals_gui.domain.calendar import CalendarOverride, OverrideKind
from approvals_gui.domain.clock import ClockFacts, PauseSpan
from approvals_gui.domain.hotline.cases import (
    CaseAction,
    CaseEvent,
    CaseFacts,
    CaseStage,
    Channel,
    Satisfaction,
    Topic,
)
from approvals_gui.domain.hotline.records import CaseRecord
from approvals_gui.domain.hotline.rules import HotlineRule
from approvals_gui.domain.rules import TimeLimitRule
from approvals_gui.domain.stages import Action, Stage, StageEvent
from approvals_gui.domain.timelimits import Limit, Unit

# The application columns that hold the clock facts, in ClockFacts' order.
FACT_COLUMNS = (
    "stage",
    "received_on",
    "accepted_on",
    "decided_on",
    "delivered_on",
    "closed_on",
    "supplement_rounds",
    "extension_days",
    "extended_on",
    "extension_reason",
    "pause_spans",
)
# What lists read of an application, as (table, column), in `record_from_row`'s order:
# the application's own columns, then its enterprise's (which a list of many reads
# apart: `records_from_rows`' `names`).
RECORD_COLUMNS = (
    ("application", "id"),
    ("application", "number"),
    ("application", "project"),
    ("application", "enterprise_id"),
    ("application", "category"),
    ("application", "handler"),
    ("application", "district"),
    ("application", "registered_on"),
    ("application", "version"),
    *(("application", name) for name in FACT_COLUMNS),
    ("application", "judged_rule_id"),
    ("application", "unit"),
    ("application", "holder"),
    ("enterprise", "name"),
    ("enterprise", "credit_code"),
)
APPLICATION_COLUMNS = RECORD_COLUMNS[:-2]  # a record's columns less its enterprise's

# -- rules ----------------------------------------------------------------------------


def stages_from_text(text: str) -> frozenset[Stage]:
    return frozenset(Stage(s) for s in text.split(",") if s)


def rule_from_row(row: Any) -> TimeLimitRule:
    return TimeLimitRule(
        row.category,
        row.name,
        Limit(row.statutory_amount, Unit(row.statutory_unit)),
        Limit(row.promised_amount, Unit(row.promised_unit)),
        row.warn_workdays,
        stages_from_text(row.paused_stages),
        stages_from_text(row.promised_paused_stages),
        row.extension_workdays,
        row.legal_basis,
        row.acceptance_publicity_workdays,
        row.approval_notice_workdays,
    )


def override_from_row(row: Any) -> CalendarOverride:
    """One of the bureau's calendar entries, from its row of day, kind and name."""
    return CalendarOverride(row.day, OverrideKind(row.kind), row.name)


# -- applications ---------------------------------------------------------------------

# Enum(value) is slow; lists of 100,000 rows look stages up here instead.
STAGES = {stage.value: stage for stage in Stage}
_new_span = frozen_builder(PauseSpan)

# What lists have read, kept (store.repo reads 100,000 applications at a time): each
# distinct pause span, and each distinct set of an application's stored clock facts.
# The same stored facts give the same object, built once, which also lets a settled
# application's countdown be kept between lists (domain.countdowns). Past KEEP_LIMIT
# entries a store starts afresh.
KEEP_LIMIT = 1 << 20
_spans: dict[str, PauseSpan] = {}
_facts: dict[tuple[Any, ...], ClockFacts] = {}


def forget_read_facts() -> None:
    """Let go of the spans, facts and days read so far (a benchmark's fresh start)."""
    _spans.clear()
    _facts.clear()
    _days.clear()


class _Days(dict[Any, "date | None"]):
    """Each day read, by what the driver gave for it (SQLite's ISO text, psycopg's
    date, None for none), converted once: a list of 100,000 holds a few thousand
    distinct days, and a lookup costs less than parsing."""

    def __missing__(self, value: Any) -> date | None:
        # Text that is no day (a damaged file) raises ValueError, another type TypeError.
        if value is None or isinstance(value, date):
            day = value
        else:
            day = date.fromisoformat(value)
        if len(self) >= KEEP_LIMIT:
            self.clear()
        self[value] = day
        return day


_days = _Days()


def read_day(value: Any) -> date | None:
    """A day as a driver gives it (ISO text, a date, or None), as a date."""
    return _days[value]


def spans_from_text(text: str) -> tuple[PauseSpan, ...]:
    # Spans repeat (a fifth of those of 100,000 demo applications are distinct): each is
    # built once and shared, as it can be, being immutable.
    known = _spans.get
    return tuple([known(part) or span_from_text(part) for part in text.split(";") if part])


def span_from_text(part: str) -> PauseSpan:
    stage, first, last = part.split(":")
    span = _new_span(
        STAGES[stage], date.fromisoformat(first), date.fromisoformat(last) if last else None
    )
    if len(_spans) >= KEEP_LIMIT:
        _spans.clear()
    _spans[part] = span
    return span


# Every event in the database is read when checking it: look the enums up here too.
_ACTIONS = {action.value: action for action in Action}


def event_from_row(r: Any) -> StageEvent:
    """An event from its table row, or from a plain row of the same columns."""
    return StageEvent(
        r.seq,
        _ACTIONS[r.action],
        STAGES[r.from_stage] if r.from_stage else None,
        STAGES[r.to_stage],
        r.on,
        r.at,
        r.actor,
        r.remark,
        tuple(filter(None, r.materials.split("\n"))),
        r.reason,
        r.document_number,
        r.extension_days,
        r.undoes,
        # Migrations before 0008 read rows of a schema without units.
        getattr(r, "from_unit", ""),
        getattr(r, "to_unit", ""),
        getattr(r, "from_handler", ""),
        getattr(r, "handler", ""),
        getattr(r, "refer_to", ""),  # and before 0010 without it
        getattr(r, "from_project", ""),  # and before 0012 without these
        getattr(r, "project", ""),
        getattr(r, "from_investment", None),
        getattr(r, "investment", None),
    )


_RecordTwin = unfrozen_twin(ApplicationRecord)
_FactsTwin = unfrozen_twin(ClockFacts)
_UNNAMED = ("", "")  # no such enterprise: a damaged row, shown rather than hidden
# `records_from_rows` names the columns where it reads them (a list of 100,000 reads
# each one); this is the order it names them in.
assert APPLICATION_COLUMNS == (
    *(("application", n) for n in ("id", "number", "project", "enterprise_id", "category")),
    *(("application", n) for n in ("handler", "district", "registered_on", "version")),
    *(("application", n) for n in FACT_COLUMNS),
    *(("application", n) for n in ("judged_rule_id", "unit", "holder")),
)


def records_from_rows(
    rows: Iterable[Iterable[Any]], names: Mapping[int, tuple[str, str]]
) -> list[ApplicationRecord]:
    """Applications as lists read them, each from its values in APPLICATION_COLUMNS'
    order (days as `read_day` takes them), with its enterprise's name and credit code
    from `names` (by id).

    One loop for all: each row unpacked at once (indexing a SQLAlchemy row 17 times cost
    some 2% more of a first read), each record built directly through its twin (a call
    less per row, some 0.05 s of 100,000)."""
    found: list[ApplicationRecord] = []
    add, known, record_class, day = found.append, _facts.get, ApplicationRecord, _days
    for (
        id_,
        number,
        project,
        enterprise_id,
        category,
        handler,
        district,
        registered_on,
        version,
        stage,  # FACT_COLUMNS' from here
        received_on,
        accepted_on,
        decided_on,
        delivered_on,
        closed_on,
        supplement_rounds,
        extension_days,
        extended_on,
        extension_reason,
        pause_spans,  # to here
        rule_id,
        unit,
        holder,
    ) in rows:
        key = (  # `facts_of`'s reading of the columns, inline: a call less per row
            stage,
            day[received_on],
            day[accepted_on],
            day[decided_on],
            day[delivered_on],
            day[closed_on],
            supplement_rounds,
            extension_days,
            day[extended_on],
            extension_reason,
            pause_spans,
        )
        facts = known(key)
        if facts is None:
            facts = _new_facts(key)
            if len(_facts) >= KEEP_LIMIT:
                _facts.clear()
            _facts[key] = facts
        name, code = names.get(enterprise_id, _UNNAMED)
        record = _RecordTwin(
            id_,
            number,
            project,
            enterprise_id,
            name,
            code,
            category,
            handler,
            district,
            day[registered_on],
            version,
            facts,
            rule_id,
            unit,
            holder,
        )
        record.__class__ = record_class
        add(record)
    return found


_NAMED = len(APPLICATION_COLUMNS)  # where a record's row has its enterprise's columns
_ENTERPRISE_ID = APPLICATION_COLUMNS.index(("application", "enterprise_id"))


def record_from_row(r: Sequence[Any]) -> ApplicationRecord:
    """An application as lists read it, from its values in RECORD_COLUMNS' order (more
    may follow)."""
    names = {r[_ENTERPRISE_ID]: (r[_NAMED], r[_NAMED + 1])}
    return records_from_rows((r[:_NAMED],), names)[0]


def facts_of(columns: Sequence[Any]) -> ClockFacts:
    """The clock facts stored in an application's FACT_COLUMNS, read in that order (days
    as `read_day` takes them), built afresh (`records_from_rows` keeps those of lists; a
    one-off report does not)."""
    stage, received, accepted, decided, delivered, closed, rounds, days, on, why, spans = columns
    day = _days
    return _new_facts(
        (
            stage,
            day[received],
            day[accepted],
            day[decided],
            day[delivered],
            day[closed],
            rounds,
            days,
            day[on],
            why,
            spans,
        )
    )


def _new_facts(columns: tuple[Any, ...]) -> ClockFacts:
    """`facts_of` of columns whose days are dates already."""
    stage, received, accepted, decided, delivered, closed, rounds, days, on, why, spans = columns
    facts: ClockFacts = _FactsTwin(
        STAGES[stage],
        received,
        accepted,
        decided,
        delivered,
        closed,
        rounds,
        days,
        on,
        why,
        spans_from_text(spans) if spans else (),
    )
    facts.__class__ = ClockFacts
    return facts


# -- 12369 hotline --------------------------------------------------------------------


def case_facts_from_row(row: Any) -> CaseFacts:
    return CaseFacts(
        CaseStage(row.stage),
        row.received_on,
        row.accepted_on,
        row.refused_on,
        row.merged_into,
        row.unit,
        row.assigned_on,
        row.unit_due,
        row.handled_on,
        row.returns,
        row.replied_on,
        row.closed_on,
        row.extension_days,
        row.extension_reason,
        Satisfaction(row.satisfaction) if row.satisfaction else None,
        row.review_asked_on,
        row.reviewed_on,
        row.recheck_asked_on,
        row.rechecked_on,
    )


def case_record_from_row(row: Any, code: str | None, name: str | None) -> CaseRecord:
    """A case from its row, with its enterprise's credit code and name (None: none)."""
    assert row.id is not None
    return CaseRecord(
        row.id,
        row.number,
        row.received_at,
        Channel(row.channel),
        Topic(row.topic),
        row.anonymous,
        row.reporter_name,
        row.reporter_phone,
        row.content,
        row.address,
        row.district,
        code or "",
        name or "",
        row.enterprise_id,
        row.received_by,
        row.version,
        case_facts_from_row(row),
    )


def case_event_from_row(r: Any) -> CaseEvent:
    return CaseEvent(
        r.seq,
        CaseAction(r.action),
        CaseStage(r.from_stage) if r.from_stage else None,
        CaseStage(r.to_stage),
        r.on,
        r.at,
        r.actor,
        r.remark,
        r.reason,
        r.unit,
        r.unit_due,
        r.findings,
        r.measures,
        r.penalty,
        r.extension_days,
        Satisfaction(r.satisfaction) if r.satisfaction else None,
        r.merged_into,
        r.undoes,
    )


def hotline_rule_from_row(row: Any) -> HotlineRule:
    return HotlineRule(
        row.accept_days,
        row.close_days,
        row.max_extension_days,
        row.review_days,
        row.recheck_days,
        row.warn_days,
        row.repeat_window_days,
        row.accept_basis,
        row.close_basis,
        row.review_basis,
        row.recheck_basis,
    )
