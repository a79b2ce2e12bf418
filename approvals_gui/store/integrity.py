"""What the integrity check reads: the database's own checks and every event history."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select, text
from sqlmodel import Session, col

from approvals_gui.domain.stages import StageEvent
from approvals_gui.store.repo import event_from_row
from approvals_gui.store.tables import StageEventRow


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


def histories(session: Session) -> dict[int, list[StageEvent]]:
    """Every application's events in order, by application id."""
    found: dict[int, list[StageEvent]] = defaultdict(list)
    query = select(StageEventRow).order_by(
        col(StageEventRow.application_id), col(StageEventRow.seq)
    )
    for row in session.scalars(query):
        found[row.application_id].append(event_from_row(row))
    return dict(found)
