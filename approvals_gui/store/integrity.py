"""What the integrity check reads: the database's own checks, every event history with
its chain hashes, and every application's head hash."""

from __future__ import annotations

from collections import defaultdict
from contextlib import suppress
from dataclasses import dataclass, field

from sqlalchemy import select, text
from sqlmodel import Session, col

from approvals_gui.domain.applications import ApplicationRecord
from approvals_gui.domain.stages import StageEvent
from approvals_gui.store import repo
from approvals_gui.store.db import on_server
from approvals_gui.store.repo import event_from_row
from approvals_gui.store.tables import Application, StageEventRow


def database_problems(session: Session) -> list[str]:
    """SQLite's integrity and foreign-key checks; a server keeps its own files sound."""
    if on_server(session):
        return []
    problems = []
    result = session.execute(text("PRAGMA integrity_check")).scalar()
    if result != "ok":
        problems.append(f"integrity_check: {result}")
    for fk in session.execute(text("PRAGMA foreign_key_check")):
        problems.append(f"foreign key: {tuple(fk)}")
    return problems


@dataclass
class StoredHistory:
    events: list[StageEvent] = field(default_factory=list)
    hashes: list[str] = field(default_factory=list)  # each event's stored chain hash


# What reading a stored value that is no value of ours raises: an unknown stage or
# action (KeyError, ValueError), a date text that is no date (ValueError, TypeError).
UNREADABLE = (KeyError, ValueError, TypeError)


def readable_records(session: Session) -> tuple[list[ApplicationRecord], dict[str, str]]:
    """Every application as the lists read it, newest first; and, by number, those whose
    stored values cannot be read (a row damaged outside the program), with why. Those
    are read one by one only when the whole list cannot be."""
    with suppress(*UNREADABLE):
        return repo.list_records(session), {}
    found, damaged = [], {}
    query = select(col(Application.id), col(Application.number))
    for app_id, number in session.execute(query.order_by(col(Application.id).desc())):
        try:
            found += repo.list_records(session, ids=[app_id])
        except UNREADABLE as exc:
            damaged[number] = f"{type(exc).__name__}: {exc}"
    return found, damaged


def readable_histories(session: Session) -> tuple[dict[int, StoredHistory], dict[int, str]]:
    """`histories`; and, by application id, those that cannot be read, with why (read
    one by one only when all of them cannot be)."""
    with suppress(*UNREADABLE):
        return histories(session), {}
    found, damaged = {}, {}
    for (app_id,) in session.execute(select(col(Application.id))):
        try:
            found.update(histories(session, app_id))
        except UNREADABLE as exc:
            damaged[app_id] = f"{type(exc).__name__}: {exc}"
    return found, damaged


def histories(session: Session, application_id: int | None = None) -> dict[int, StoredHistory]:
    """Every application's events (or `application_id`'s) in order with their chain
    hashes, by application id."""
    found: dict[int, StoredHistory] = defaultdict(StoredHistory)
    query = select(*StageEventRow.__table__.columns).order_by(  # type: ignore[attr-defined]
        col(StageEventRow.application_id), col(StageEventRow.seq)
    )
    if application_id is not None:
        query = query.where(col(StageEventRow.application_id) == application_id)
    # Core execution: plain rows, without the ORM's per-object bookkeeping.
    for row in session.connection().execute(query):
        history = found[row.application_id]
        history.events.append(event_from_row(row))
        history.hashes.append(row.chain_hash)
    return dict(found)


def head_hashes(session: Session) -> dict[int, str]:
    """Every application's stored head hash (its last event's chain hash), by id."""
    query = select(col(Application.id), col(Application.history_hash))
    return {app_id: head for app_id, head in session.execute(query)}
