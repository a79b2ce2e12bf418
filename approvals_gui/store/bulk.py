"""Bulk inserts for generated data: many rows per statement, without the ORM's
per-object bookkeeping."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import insert, select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, col

from approvals_gui.domain.clock import ClockFacts
from approvals_gui.domain.enterprises import EnterpriseForm
from approvals_gui.domain.history_hash import chain
from approvals_gui.domain.stages import StageEvent, holder
from approvals_gui.store import live
from approvals_gui.store.repo import event_columns, facts_columns, insert_numbered
from approvals_gui.store.tables import Application, Enterprise, StageEventRow


@dataclass(frozen=True, slots=True)
class BulkApplication:
    """An application with its whole history; received, created, versioned and
    numbered (in its year of receipt) as the history says."""

    project: str
    enterprise_id: int
    category: str
    handler: str
    district: str
    investment: float | None
    history: Sequence[StageEvent]
    facts: ClockFacts  # folded from `history` by the caller, who needs them too
    judged_rule_id: int | None
    unit: str = ""  # the unit that decides it


def credit_codes(session: Session) -> set[str]:
    """Every credit code in the directory."""
    return set(session.scalars(select(col(Enterprise.credit_code))))


def add_enterprises(session: Session, forms: Sequence[EnterpriseForm], now: datetime) -> list[int]:
    """Insert enterprises (codes already checked and distinct); their ids, in order. One
    that another desk added meanwhile (a registration during an import, on a server) is
    taken as that desk saved it, not refused."""
    rows = [
        {
            "name": f.name,
            "credit_code": f.credit_code,
            "district": f.district,
            "contact": f.contact,
            "phone": f.phone,
            "created_at": now,
        }
        for f in forms
    ]
    on_sqlite = session.get_bind().dialect.name == "sqlite"
    dialect_insert = sqlite_insert if on_sqlite else postgresql_insert
    added = dialect_insert(Enterprise).on_conflict_do_nothing(index_elements=["credit_code"])
    session.execute(added, rows)
    codes = [f.credit_code for f in forms]
    by_code: dict[str, int] = {}
    for start in range(0, len(codes), LOOKUP_CHUNK):
        chunk = codes[start : start + LOOKUP_CHUNK]
        query = select(col(Enterprise.credit_code), col(Enterprise.id))
        by_code.update(session.execute(query.where(col(Enterprise.credit_code).in_(chunk))).all())
    return [by_code[code] for code in codes]


LOOKUP_CHUNK = 5_000  # numbers per IN (…) when looking ids up, within SQLite's limits


def add_applications(session: Session, applications: Sequence[BulkApplication]) -> list[int]:
    """Insert applications under the next free numbers of their years of receipt, in
    order, and their hash-chained histories; their ids, in order."""
    hashes = [chain(a.history) for a in applications]

    def insert_rows(numbers: list[str]) -> list[str]:
        rows = [
            _row(a, number, h[-1])
            for a, number, h in zip(applications, numbers, hashes, strict=True)
        ]
        # Core's executemany: the ORM's bulk insert ran one statement per row here. The
        # connection is asked for inside the savepoint, which the session opens then.
        table = Application.__table__  # type: ignore[attr-defined]
        session.connection().execute(insert(table), rows)
        return numbers

    # Without RETURNING, then the ids by number (numbers are unique): RETURNING in
    # parameter order made SQLite insert row by row, two thirds of an import.
    numbers = insert_numbered(session, [a.history[0].on.year for a in applications], insert_rows)
    connection = session.connection()
    by_number: dict[str, int] = {}
    for start in range(0, len(numbers), LOOKUP_CHUNK):
        chunk = numbers[start : start + LOOKUP_CHUNK]
        query = select(col(Application.number), col(Application.id))
        by_number.update(session.execute(query.where(col(Application.number).in_(chunk))).all())
    ids = [by_number[number] for number in numbers]
    events = [
        event_columns(app_id, e, h)
        for app_id, a, chained in zip(ids, applications, hashes, strict=True)
        for e, h in zip(a.history, chained, strict=True)
    ]
    connection.execute(insert(StageEventRow.__table__), events)  # type: ignore[attr-defined]
    # Past the ORM, so past its flush hook: other desks read everything again.
    live.record(connection, [(live.ChangeKind.RELOAD, None)])
    return ids


def _row(a: BulkApplication, number: str, head: str) -> dict[str, object]:
    return {
        "number": number,
        "project": a.project,
        "enterprise_id": a.enterprise_id,
        "category": a.category,
        "handler": a.handler,
        "district": a.district,
        "investment": a.investment,
        "registered_on": a.history[0].on,
        "created_at": a.history[0].at,
        "version": len(a.history),
        **facts_columns(a.facts),
        "judged_rule_id": a.judged_rule_id,
        "history_hash": head,
        "unit": a.unit,
        "holder": holder(a.history) or a.unit,
    }


def applications_by_enterprise(session: Session) -> dict[int, list[int]]:
    """Every enterprise's application ids."""
    found: dict[int, list[int]] = {}
    query = select(col(Application.id), col(Application.enterprise_id))
    for app_id, enterprise_id in session.execute(query):
        found.setdefault(enterprise_id, []).append(app_id)
    return found
