"""Integrity check with an overdue summary; backups and restoring one."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import partial
from pathlib import Path

from approvals_gui.domain.applications import ApplicationRecord
from approvals_gui.domain.clock import Clock, Status, evaluate, facts_from_history
from approvals_gui.domain.errors import DomainError
from approvals_gui.domain.history_hash import first_break
from approvals_gui.domain.hotline.cases import case_facts
from approvals_gui.domain.hotline.clock import CaseStatus, evaluate_case
from approvals_gui.services.progress import Progress, no_progress
from approvals_gui.services.workspace import Workspace
from approvals_gui.store import hotline as hotline_store
from approvals_gui.store import integrity
from approvals_gui.store.backup import backup_sqlite, dated_backup, has_backup_on, restore_sqlite
from approvals_gui.store.database import is_current
from approvals_gui.store.db import Session, make_engine, session_scope
from approvals_gui.store.errors import StoreError, StoreErrorCode
from approvals_gui.store.sqlite_file import sqlite_file


@dataclass
class CheckReport:
    problems: list[str] = field(default_factory=list)
    applications: int = 0
    by_status: Counter[Status] = field(default_factory=Counter)
    # Per handler: past the statutory date, past the promise, due soon.
    late_by_handler: dict[str, tuple[int, int, int]] = field(default_factory=dict)
    cases: int = 0  # 12369 cases
    cases_overdue: int = 0  # running, past their date

    @property
    def ok(self) -> bool:
        return not self.problems


def check(ws: Workspace, *, today: date) -> CheckReport:
    """Database integrity; each application's stored facts and head hash against its
    hash-chained history; and what is late on `today`. A row that cannot be judged is a
    problem in the report, and the check carries on."""
    report = CheckReport()
    with session_scope(ws.engine, write=False) as session:
        report.problems.extend(integrity.database_problems(session))
        stored = _stored_histories(session)
    report.problems += stored.problems
    clocks = _clocks(ws, stored.records, today, report.problems)
    report.applications = len(stored.records) + stored.unreadable
    # As the window counts: a decision awaiting delivery by its delivery deadline.
    report.by_status = Counter(clock.countdown for _, clock in clocks)
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    lanes = {Status.BREACH: 0, Status.OVERDUE: 1, Status.DUE_SOON: 2}
    for record, clock in clocks:
        if (lane := lanes.get(clock.countdown)) is not None:
            tally[record.handler][lane] += 1
    report.late_by_handler = {h: (b, r, y) for h, (b, r, y) in sorted(tally.items())}
    _check_cases(ws, report, today)
    return report


PROGRESS_EVERY = 1000  # applications judged between progress reports


@dataclass
class _StoredHistories:
    records: list[ApplicationRecord]  # those that could be read
    unreadable: int  # applications whose row could not be read
    problems: list[str]


def _stored_histories(session: Session, progress: Progress = no_progress) -> _StoredHistories:
    """Every application's stored facts and head hash against its hash-chained history;
    a row or history that cannot be read is a problem, and the rest are judged."""
    histories, unread = integrity.readable_histories(session)
    heads = integrity.head_hashes(session)
    records, damaged = integrity.readable_records(session)
    problems = [f"{number}: cannot be read: {why}" for number, why in damaged.items()]
    for done, record in enumerate(records):
        if done % PROGRESS_EVERY == 0:
            progress(done, len(records))
        if (why := unread.get(record.id)) is not None:
            problems.append(f"{record.number}: its history cannot be read: {why}")
            continue
        history = histories.get(record.id, integrity.StoredHistory())
        problems.extend(_history_problems(record, history, heads[record.id]))
    return _StoredHistories(records, len(damaged), problems)


def _check_cases(ws: Workspace, report: CheckReport, today: date) -> None:
    """Each 12369 case's stored facts against its history, and how many are late."""
    with session_scope(ws.engine, write=False) as session:
        rule = hotline_store.load_hotline_rule(session)
        records = hotline_store.case_records(session)
        events = hotline_store.all_case_events(session)
    cal = ws.calendar()
    for record in records:
        history = events.get(record.id, [])
        if not history:
            report.problems.append(f"case {record.number}: no history")
            continue
        try:
            if case_facts(history) != record.facts:
                report.problems.append(
                    f"case {record.number}: stored facts differ from its history"
                )
            elif evaluate_case(record.facts, rule, cal, today).status is CaseStatus.OVERDUE:
                report.cases_overdue += 1
        except DomainError as exc:
            report.problems.append(f"case {record.number}: {exc}")
    report.cases = len(records)


def _history_problems(
    record: ApplicationRecord, history: integrity.StoredHistory, head: str
) -> list[str]:
    if not history.events:
        return [f"{record.number}: no events"]
    problems = []
    try:
        differ = facts_from_history(history.events) != record.facts
    except (AssertionError, IndexError):  # no registration first, or more undos than steps
        problems.append(f"{record.number}: the history is not one the program could write")
    else:
        if differ:
            problems.append(f"{record.number}: stored stage dates differ from history")
    broken = first_break(history.events, history.hashes, head)
    if broken is not None and broken > history.events[-1].seq:
        problems.append(f"{record.number}: hash chain broken at event {broken} (missing)")
    elif broken is not None:
        problems.append(f"{record.number}: hash chain broken at event {broken}")
    return problems


def _clocks(
    ws: Workspace, records: list[ApplicationRecord], today: date, problems: list[str]
) -> list[tuple[ApplicationRecord, Clock]]:
    """Each record's countdown on `today`; one that cannot be computed (a date outside
    the calendar) goes into `problems` instead."""
    cal, found = ws.calendar(), []
    for record in records:
        try:
            found.append((record, evaluate(record.facts, ws.rule_for(record), cal, today)))
        except (DomainError, StoreError) as exc:
            problems.append(f"{record.number}: no countdown: {exc}")
    return found


def backup(ws: Workspace, out: Path | None = None) -> Path:
    """A consistent, checked copy: to `out`, or dated into `backups/` beside the
    database (the newest 7 of this database kept). Refused on a server (SERVER_BACKUP)
    and for a database that fails its integrity check (DAMAGED)."""
    if out is not None:
        return backup_sqlite(ws.engine, out)
    return dated_backup(ws.engine, ws.now())


def daily_backup(ws: Workspace, today: date) -> Path | None:
    """The day's automatic backup: made if this database has none dated `today` yet.
    None when it has one, or when the database is on a server (the server's backups)."""
    database = sqlite_file(str(ws.engine.url))
    if database is None or has_backup_on(database, today):
        return None
    return dated_backup(ws.engine, datetime.combine(today, ws.now().time()))


def restore(target: str | Path, backup: Path, progress: Progress = no_progress) -> Path:
    """Replace the database at `target` (a file) with a checked copy of `backup`;
    returns where the replaced file is kept. Refused, nothing changed, if the backup is
    unsound or not ours (BAD_BACKUP, TOO_NEW), if its histories do not match their hash
    chains (BAD_BACKUP), or while any program or window has the database open (IN_USE):
    the caller closes its own connections first. `progress` follows the check of the
    histories, and may cancel it (Cancelled) before anything is replaced."""
    verify = partial(_histories_sound, progress=progress)
    return restore_sqlite(target, backup, datetime.now(), verify=verify)


def _histories_sound(copy: Path, progress: Progress = no_progress) -> None:
    """BAD_BACKUP if a history in `copy` is not what its hash chain says: restoring it
    would pass off an edited history as the program's. A copy at an older schema (made
    before the program was updated) is brought up to date first, as opening it would:
    `copy` is a scratch copy, and the backup it came from stays as it was."""
    engine = make_engine(copy)
    try:
        if not is_current(engine):
            from approvals_gui.store.migrate import upgrade_copy  # Alembic: only when needed

            upgrade_copy(engine)
        with session_scope(engine, write=False) as session:
            problems = _stored_histories(session, progress).problems
    finally:
        engine.dispose()
    if problems:
        raise StoreError(
            StoreErrorCode.BAD_BACKUP,
            f"the backup's histories do not match their hash chains ({problems[0]})",
        )
