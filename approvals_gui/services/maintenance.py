"""Integrity check with an overdue summary, and backups."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select, text
from sqlmodel import col

from approvals_gui.domain.clock import Status, facts_from_history
from approvals_gui.domain.stages import StageEvent
from approvals_gui.paths import backup_dir
from approvals_gui.services.applications import list_applications
from approvals_gui.services.workspace import Workspace
from approvals_gui.store import repo
from approvals_gui.store.backup import backup_sqlite, rotate_backup
from approvals_gui.store.db import session_scope
from approvals_gui.store.tables import StageEventRow


@dataclass
class CheckReport:
    problems: list[str] = field(default_factory=list)
    applications: int = 0
    by_status: Counter[Status] = field(default_factory=Counter)
    red_yellow_by_handler: dict[str, tuple[int, int]] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems


def check(ws: Workspace) -> CheckReport:
    """Database integrity, stored facts against the event histories, and what is late."""
    report = CheckReport()
    with session_scope(ws.engine) as session:
        if ws.engine.dialect.name == "sqlite":
            result = session.execute(text("PRAGMA integrity_check")).scalar()
            if result != "ok":
                report.problems.append(f"integrity_check: {result}")
            for fk in session.execute(text("PRAGMA foreign_key_check")):
                report.problems.append(f"foreign key: {tuple(fk)}")
        histories: dict[int, list[StageEvent]] = defaultdict(list)
        for row in session.scalars(
            select(StageEventRow).order_by(
                col(StageEventRow.application_id), col(StageEventRow.seq)
            )
        ):
            histories[row.application_id].append(repo.event_from_row(row))
        records = repo.list_records(session)
    for record in records:
        events = histories.get(record.id)
        if not events:
            report.problems.append(f"{record.number}: no events")
        elif facts_from_history(events) != record.facts:
            report.problems.append(f"{record.number}: stored stage dates differ from history")
    views = list_applications(ws)
    report.applications = len(views)
    report.by_status = Counter(v.clock.status for v in views)
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for v in views:
        if v.clock.status in (Status.OVERDUE, Status.DUE_SOON):
            tally[v.record.handler][v.clock.status is Status.DUE_SOON] += 1
    report.red_yellow_by_handler = {h: (r, y) for h, (r, y) in sorted(tally.items())}
    return report


def backup(ws: Workspace, out: Path | None = None) -> Path:
    """A consistent copy: to `out`, or dated into the backup folder (newest 7 kept)."""
    if out is not None:
        return backup_sqlite(ws.engine, out)
    return rotate_backup(ws.engine, backup_dir())
