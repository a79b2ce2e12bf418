"""What the figures read of the applications: one query for the columns they count by,
without the enterprise or any name (`repo.list_records` reads those for lists)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlmodel import Session, col

from approvals_gui.domain.applications import ApplicationRecord
from approvals_gui.domain.building import collector_paused, frozen_builder
from approvals_gui.store.db import driver_rows
from approvals_gui.store.repo import FACT_COLUMNS, active_in, handler_spellings
from approvals_gui.store.rows import facts_of, read_day
from approvals_gui.store.tables import Application

_COLUMNS = (
    col(Application.id),
    col(Application.category),
    col(Application.handler),
    col(Application.registered_on),
    col(Application.judged_rule_id),
    col(Application.unit),
    col(Application.holder),
    *FACT_COLUMNS,
)
_new_record = frozen_builder(ApplicationRecord)


def figure_records(
    session: Session,
    first: date,
    last: date,
    *,
    handler: str | None = None,
    category: str | None = None,
    unit: str | None = None,
) -> list[ApplicationRecord]:
    """The open applications and those received, accepted, decided or delivered in
    [first, last], of `handler`, `category` and deciding `unit` where given, in no
    particular order. Each record carries what figures read: its clock facts, category,
    handler, units, day of registration and judged rule. Its number, names and
    enterprise are left empty: figures count applications and never show one."""
    query = select(*_COLUMNS).where(active_in(first, last))
    if handler is not None:
        query = query.where(col(Application.handler).in_(handler_spellings(session, handler)))
    if category is not None:
        query = query.where(col(Application.category) == category)
    if unit is not None:
        query = query.where(col(Application.unit) == unit)
    with collector_paused():  # tens of thousands of small objects, none in a cycle
        return [_record(row) for row in driver_rows(session, query)]


def _record(r: Sequence[Any]) -> ApplicationRecord:
    # Not the lists' cached facts: these are read for one report, and kept would only
    # hold memory (`rows.records_from_rows`).
    facts = facts_of(r[7:])
    registered = read_day(r[3])
    assert registered is not None  # (a column that holds a day on every row)
    return _new_record(
        r[0], "", "", 0, "", "", r[1], r[2], "", registered, 0, facts, r[4], r[5], r[6]
    )
