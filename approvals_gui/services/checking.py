"""The integrity check with an overdue summary, judged from what `store.plain` reads.

A SQLite file at the current schema is checked through sqlite3 alone (`check_file`):
the command line's `check` then loads no SQLAlchemy. Any other database is opened the
usual way, and checked through its driver's connection (`maintenance.check`).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path

from approvals_gui.domain.applications import ApplicationRecord
from approvals_gui.domain.calendar import WorkCalendar
from approvals_gui.domain.clock import Clock, Status, evaluate, facts_from_history
from approvals_gui.domain.errors import DomainError
from approvals_gui.domain.history_hash import first_break
from approvals_gui.domain.hotline.cases import case_facts
from approvals_gui.domain.hotline.clock import CaseStatus, evaluate_case
from approvals_gui.domain.text import person_name
from approvals_gui.services import rule_choice
from approvals_gui.services.progress import Progress, no_progress
from approvals_gui.store import plain
from approvals_gui.store.errors import StoreError
from approvals_gui.store.targets import sqlite_file


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


def check_file(target: str | Path, today: date) -> CheckReport | None:
    """`check_database` of the SQLite file `target` names, read through sqlite3 alone;
    None when it must be opened the usual way first: a server, a missing file, one that
    is not ours or not at the current schema."""
    path = sqlite_file(target)
    if path is None:
        return None
    with plain.current_file(path) as conn:
        return None if conn is None else check_database(conn, today)


def check_database(conn: plain.Connection, today: date) -> CheckReport:
    """Database integrity; each application's stored facts and head hash against its
    hash-chained history; and what is late on `today`. A row that cannot be judged is a
    problem in the report, and the check carries on. `conn` is in a read transaction."""
    report = CheckReport()
    report.problems.extend(plain.database_problems(conn))
    stored = stored_histories(conn)
    report.problems += stored.problems
    cal, damaged = plain.readable_calendar(conn)
    report.problems += _unreadable("calendar", damaged)
    clocks = _clocks(conn, stored.records, cal, today, report.problems)
    report.applications = len(stored.records) + stored.unreadable
    # As the window counts: a decision awaiting delivery by its delivery deadline.
    report.by_status = Counter(clock.countdown for _, clock in clocks)
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    lanes = {Status.BREACH: 0, Status.OVERDUE: 1, Status.DUE_SOON: 2}
    for record, clock in clocks:
        if (lane := lanes.get(clock.countdown)) is not None:
            tally[person_name(record.handler)][lane] += 1  # "李 四"'s are 李四's
    report.late_by_handler = {h: (b, r, y) for h, (b, r, y) in sorted(tally.items())}
    _check_cases(conn, report, cal, today)
    return report


PROGRESS_EVERY = 1000  # applications judged between progress reports


@dataclass
class StoredHistories:
    records: list[ApplicationRecord]  # those that could be read
    unreadable: int  # applications whose row could not be read
    problems: list[str]


def stored_histories(conn: plain.Connection, progress: Progress = no_progress) -> StoredHistories:
    """Every application's stored facts and head hash against its hash-chained history;
    a row or history that cannot be read is a problem, and the rest are judged."""
    histories, unread = plain.readable_histories(conn)
    heads = plain.head_hashes(conn)
    records, damaged = plain.readable_records(conn)
    problems = [f"{number}: cannot be read: {why}" for number, why in damaged.items()]
    for done, record in enumerate(records):
        if done % PROGRESS_EVERY == 0:
            progress(done, len(records))
        if (why := unread.get(record.id)) is not None:
            problems.append(f"{record.number}: its history cannot be read: {why}")
            continue
        history = histories.get(record.id, plain.StoredHistory())
        problems.extend(_history_problems(record, history, heads[record.id]))
    return StoredHistories(records, len(damaged), problems)


def _check_cases(
    conn: plain.Connection, report: CheckReport, cal: WorkCalendar, today: date
) -> None:
    """Each 12369 case's stored facts against its history, and how many are late."""
    rule, damaged = plain.readable_hotline_rule(conn)
    report.problems += _unreadable("12369 rule", damaged)
    records, unreadable = plain.readable_cases(conn)
    report.problems += _unreadable("case", unreadable)
    events, unread = plain.readable_case_events(conn)
    for record in records:
        if (why := unread.get(record.id)) is not None:
            report.problems.append(f"case {record.number}: its history cannot be read: {why}")
            continue
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
    report.cases = len(records) + len(unreadable)


def _unreadable(what: str, damaged: plain.Damaged) -> list[str]:
    return [f"{what} {name}: cannot be read: {why}" for name, why in damaged.items()]


def _history_problems(
    record: ApplicationRecord, history: plain.StoredHistory, head: str
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
    conn: plain.Connection,
    records: list[ApplicationRecord],
    cal: WorkCalendar,
    today: date,
    problems: list[str],
) -> list[tuple[ApplicationRecord, Clock]]:
    """Each record's countdown on `today`; one that cannot be computed (a date outside
    the calendar, a rule that is not there) goes into `problems` instead."""
    current, damaged = plain.readable_rules(conn)
    problems += _unreadable("rule", damaged)
    judged, damaged = plain.readable_judged_rules(conn)
    problems += _unreadable("judged rule", damaged)
    by_category = partial(rule_choice.current_rule, current)
    by_id = partial(rule_choice.judged_rule, judged)
    found = []
    for record in records:
        try:
            rule = rule_choice.rule_for(record, by_category, by_id)
            found.append((record, evaluate(record.facts, rule, cal, today)))
        except (DomainError, StoreError) as exc:
            problems.append(f"{record.number}: no countdown: {exc}")
    return found
