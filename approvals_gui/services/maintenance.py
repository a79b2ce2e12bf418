"""Integrity check with an overdue summary, and backups."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from approvals_gui.domain.clock import Status, facts_from_history
from approvals_gui.paths import backup_dir
from approvals_gui.services.applications import views
from approvals_gui.services.workspace import Workspace
from approvals_gui.store import integrity, repo
from approvals_gui.store.backup import backup_sqlite, rotate_backup
from approvals_gui.store.db import session_scope


@dataclass
class CheckReport:
    problems: list[str] = field(default_factory=list)
    applications: int = 0
    by_status: Counter[Status] = field(default_factory=Counter)
    red_yellow_by_handler: dict[str, tuple[int, int]] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems


def check(ws: Workspace, *, today: date) -> CheckReport:
    """Database integrity, stored facts against the event histories, and what is late
    on `today`."""
    report = CheckReport()
    with session_scope(ws.engine) as session:
        report.problems.extend(integrity.database_problems(session))
        histories = integrity.histories(session)
        records = repo.list_records(session)
    for record in records:
        events = histories.get(record.id)
        if not events:
            report.problems.append(f"{record.number}: no events")
        elif facts_from_history(events) != record.facts:
            report.problems.append(f"{record.number}: stored stage dates differ from history")
    found = views(ws, records, today=today)
    report.applications = len(found)
    report.by_status = Counter(v.clock.status for v in found)
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for v in found:
        if v.clock.status in (Status.OVERDUE, Status.DUE_SOON):
            tally[v.record.handler][v.clock.status is Status.DUE_SOON] += 1
    report.red_yellow_by_handler = {h: (r, y) for h, (r, y) in sorted(tally.items())}
    return report


def backup(ws: Workspace, out: Path | None = None) -> Path:
    """A consistent copy: to `out`, or dated into the backup folder (newest 7 kept)."""
    if out is not None:
        return backup_sqlite(ws.engine, out)
    return rotate_backup(ws.engine, backup_dir())
