"""What the integrity check reads: the database's own checks, every event history with
its chain hashes, and every application's head hash."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import select, text
from sqlmodel import Session, col

from approvals_gui.domain.stages import StageEvent
from approvals_gui.store.repo import event_from_row
from approvals_gui.store.tables import Application, StageEventRow


def database_problems(session: Session) -> list[str]:
    """SQLite's integrity and foreign-key checks; a server keeps its own files sound."""
    if session.get_bind().dialect.name != "sqlite":
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


def histories(session: Session) -> dict[int, StoredHistory]:
    """Every application's events in order with their chain hashes, by application id."""
    found: dict[int, StoredHistory] = defaultdict(StoredHistory)
    query = select(*StageEventRow.__table__.columns).order_by(  # type: ignore[attr-defined]
        col(StageEventRow.application_id), col(StageEventRow.seq)
    )
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
