"""What the integrity check reads, through a database driver's own connection: sqlite3
on a SQLite file, without importing SQLAlchemy (`check` then starts about as fast as
Python does), or the driver connection under an engine (`db.driver_connection`).

The rows become the same domain objects as the ORM's reads, through `store.rows`. The
SQL is plain and takes no parameters, so it reads the same under sqlite3 and psycopg;
SQLite hands dates, times and flags back as text and numbers, converted here by column.
"""

from __future__ import annotations

import sqlite3
from collections import namedtuple
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import quote

from approvals_gui.domain.applications import ApplicationRecord
from approvals_gui.domain.building import collector_paused
from approvals_gui.domain.calendar import WorkCalendar
from approvals_gui.domain.hotline.cases import CaseEvent
from approvals_gui.domain.hotline.records import CaseRecord
from approvals_gui.domain.hotline.rules import DEFAULT_HOTLINE_RULE, HotlineRule
from approvals_gui.domain.rules import TimeLimitRule
from approvals_gui.domain.stages import StageEvent
from approvals_gui.store import rows
from approvals_gui.store.errors import driver_errors
from approvals_gui.store.targets import BUSY_TIMEOUT_MS, OUR_TABLES, SCHEMA_REVISION

Connection = Any  # a DB-API connection: sqlite3's or psycopg's
_T = TypeVar("_T")

# What reading a stored value that is no value of ours raises: an unknown stage or
# action (KeyError, ValueError), a date text that is no date (ValueError, TypeError).
_DAMAGED_VALUE = (KeyError, ValueError, TypeError)
# What could not be read, by what names it (a number, a category, a day), with why.
Damaged = dict[str, str]

# Columns, in any table read here, that hold a day, a time of day, or a yes or no.
_DATES = frozenset(
    {
        "registered_on",
        "received_on",
        "accepted_on",
        "decided_on",
        "delivered_on",
        "closed_on",
        "extended_on",
        "on",
        "day",
        "refused_on",
        "assigned_on",
        "unit_due",
        "handled_on",
        "replied_on",
        "review_asked_on",
        "reviewed_on",
        "recheck_asked_on",
        "rechecked_on",
    }
)
_TIMES = frozenset({"at", "created_at", "received_at", "updated_at"})
_FLAGS = frozenset({"is_open", "anonymous"})


def _time(value: Any) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(value)


def _flag(value: Any) -> bool | None:
    return None if value is None else bool(value)


def _converter(name: str) -> Callable[[Any], Any] | None:
    if name in _DATES:  # as lists read them; a damaged value raises: _DAMAGED_VALUE
        return rows.read_day
    if name in _TIMES:
        return _time
    return _flag if name in _FLAGS else None


def _typed(names: list[str]) -> Callable[[tuple[Any, ...]], tuple[Any, ...]]:
    """A raw row of columns `names` with its days, times and flags as Python values."""
    converters = [(i, c) for i, name in enumerate(names) if (c := _converter(name)) is not None]

    def typed(raw: tuple[Any, ...]) -> tuple[Any, ...]:
        values = list(raw)
        for i, convert in converters:
            values[i] = convert(values[i])
        return tuple(values)

    return typed


def _fetch(conn: Connection, sql: str) -> tuple[list[str], Iterator[tuple[Any, ...]]]:
    """The column names of `sql`, and its raw rows one by one. (sqlite3 steps through
    them: a whole database's events held at once would double the check's memory.)"""
    cursor = conn.cursor()
    cursor.execute(sql)
    return [column[0] for column in cursor.description], iter(cursor)


def _row_type(names: list[str]) -> Any:
    """A row with columns `names` as attributes, as ORM rows have them."""
    return namedtuple("Row", names)


# -- opening a file -------------------------------------------------------------------


@contextmanager
def current_file(path: Path) -> Iterator[sqlite3.Connection | None]:
    """A read transaction on the SQLite file at `path`, if it holds our database at the
    current schema with its default rules and unit; None otherwise (missing, not a
    database, another program's, older or new: opening it the usual way, through
    `store.database`, says why or brings it up to date). Driver errors a user can act
    on (locked, damaged) become StoreErrors."""
    # A write-ahead log left without its index (copied alone) needs a writer to recover.
    wal_alone = path.with_name(f"{path.name}-wal").exists() and not (
        path.with_name(f"{path.name}-shm").exists()
    )
    if not path.is_file() or wal_alone:
        yield None
        return
    with driver_errors(f"reading {path}"):
        # Read-only, so closing it does not checkpoint a log another desk left behind.
        uri = f"file:{quote(str(path))}?mode=ro"
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        try:
            conn.execute("BEGIN")  # one snapshot for every read of the check
            yield conn if _current(conn) else None
        finally:
            conn.close()


def _current(conn: sqlite3.Connection) -> bool:
    tables = {name for (name,) in conn.execute("SELECT name FROM sqlite_master")}
    if not OUR_TABLES | {"time_limit_rule", "unit"} <= tables:
        return False
    versions = [v for (v,) in conn.execute("SELECT version_num FROM alembic_version")]
    seeded = all(
        conn.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone() is not None
        for table in ("time_limit_rule", "unit")
    )
    return versions == [SCHEMA_REVISION] and seeded


# -- what the check reads -------------------------------------------------------------


def database_problems(conn: Connection) -> list[str]:
    """SQLite's integrity and foreign-key checks; a server keeps its own files sound."""
    if not isinstance(conn, sqlite3.Connection):
        return []
    problems = []
    result = conn.execute("PRAGMA integrity_check").fetchone()[0]
    if result != "ok":
        problems.append(f"integrity_check: {result}")
    for fk in conn.execute("PRAGMA foreign_key_check"):
        problems.append(f"foreign key: {tuple(fk)}")
    return problems


def readable_records(conn: Connection) -> tuple[list[ApplicationRecord], Damaged]:
    """Every application as the lists read it, newest first; and, by number, those whose
    stored values cannot be read (a row damaged outside the program), with why."""
    # As the lists read them: one whose enterprise is missing, with empty names.
    columns = ", ".join(
        f'"{table}"."{name}"' if table == "application" else f'COALESCE("{table}"."{name}", \'\')'
        for table, name in rows.RECORD_COLUMNS
    )
    sql = (
        f"SELECT {columns} FROM application LEFT JOIN enterprise"
        " ON enterprise.id = application.enterprise_id ORDER BY application.id DESC"
    )
    _, raw = _fetch(conn, sql)
    typed = _typed([name for _, name in rows.RECORD_COLUMNS])
    found: list[ApplicationRecord] = []
    damaged: Damaged = {}
    with collector_paused():
        for r in raw:
            try:
                found.append(rows.record_from_row(typed(r)))
            except _DAMAGED_VALUE as exc:
                damaged[r[1]] = _why(exc)
    return found, damaged


@dataclass
class StoredHistory:
    events: list[StageEvent] = field(default_factory=list)
    hashes: list[str] = field(default_factory=list)  # each event's stored chain hash


def readable_histories(conn: Connection) -> tuple[dict[int, StoredHistory], dict[int, str]]:
    """Every application's events in order with their chain hashes, by application id;
    and, by application id, those that cannot be read, with why."""
    sql = "SELECT * FROM stage_event ORDER BY application_id, seq"
    with collector_paused():
        found, damaged = _grouped(conn, sql, "application_id", _event_and_hash)
        histories = {
            app_id: StoredHistory([e for e, _ in pairs], [h for _, h in pairs])
            for app_id, pairs in found.items()
        }
    return histories, damaged


def _event_and_hash(r: Any) -> tuple[StageEvent, str]:
    return rows.event_from_row(r), r.chain_hash


def head_hashes(conn: Connection) -> dict[int, str]:
    """Every application's stored head hash (its last event's chain hash), by id."""
    return dict(_fetch(conn, "SELECT id, history_hash FROM application")[1])


def readable_rules(conn: Connection) -> tuple[dict[str, TimeLimitRule], Damaged]:
    """Each category's current rule; and, by category, those that cannot be read."""
    damaged: Damaged = {}
    sql = "SELECT * FROM time_limit_rule"
    found = {r.category: r for r in _each(conn, sql, "category", rows.rule_from_row, damaged)}
    return found, damaged


def readable_judged_rules(conn: Connection) -> tuple[dict[int, TimeLimitRule], Damaged]:
    """The frozen rules decided applications were judged by, by id; and, by id, those
    that cannot be read."""
    damaged: Damaged = {}
    pairs = _each(conn, "SELECT * FROM judged_rule", "id", _with_id(rows.rule_from_row), damaged)
    return dict(pairs), damaged


def readable_calendar(conn: Connection) -> tuple[WorkCalendar, Damaged]:
    """The working calendar; and, by day, the bureau's entries that cannot be read (the
    calendar is built without them)."""
    damaged: Damaged = {}
    sql = "SELECT day, kind, name FROM calendar_override"
    overrides = list(_each(conn, sql, "day", rows.override_from_row, damaged))
    years = [year for (year,) in _fetch(conn, "SELECT year FROM confirmed_year")[1]]
    return WorkCalendar.china(overrides, years), damaged


def readable_hotline_rule(conn: Connection) -> tuple[HotlineRule, Damaged]:
    """The 12369 rule (the shipped one if none is stored, or if it cannot be read)."""
    damaged: Damaged = {}
    sql = "SELECT * FROM hotline_rule WHERE id = 1"
    found = list(_each(conn, sql, "id", rows.hotline_rule_from_row, damaged))
    return (found[0] if found else DEFAULT_HOTLINE_RULE), damaged


def readable_cases(conn: Connection) -> tuple[list[CaseRecord], Damaged]:
    """Every 12369 case, newest first (as `hotline.case_records`); and, by number, those
    that cannot be read."""
    sql = (
        "SELECT hotline_case.*, enterprise.credit_code AS enterprise_code,"
        " enterprise.name AS enterprise_name FROM hotline_case"
        " LEFT JOIN enterprise ON enterprise.id = hotline_case.enterprise_id"
        " ORDER BY hotline_case.received_at DESC, hotline_case.id DESC"
    )
    damaged: Damaged = {}
    found = list(_each(conn, sql, "number", _case_record, damaged))
    return found, damaged


def _case_record(r: Any) -> CaseRecord:
    return rows.case_record_from_row(r, r.enterprise_code, r.enterprise_name)


def readable_case_events(conn: Connection) -> tuple[dict[int, list[CaseEvent]], dict[int, str]]:
    """Every case's events in order, by case id; and, by case id, those that cannot be
    read."""
    sql = "SELECT * FROM hotline_event ORDER BY case_id, seq"
    return _grouped(conn, sql, "case_id", rows.case_event_from_row)


def _each(
    conn: Connection, sql: str, label: str, build: Callable[[Any], _T], damaged: Damaged
) -> Iterator[_T]:
    """`build` of each row of `sql`, typed, with its columns as attributes; a row whose
    values cannot be read goes into `damaged` instead, under its `label` column."""
    names, raw = _fetch(conn, sql)
    row, typed, at = _row_type(names), _typed(names), names.index(label)
    for r in raw:
        try:
            yield build(row._make(typed(r)))
        except _DAMAGED_VALUE as exc:
            damaged[str(r[at])] = _why(exc)


def _grouped(
    conn: Connection, sql: str, owner: str, build: Callable[[Any], _T]
) -> tuple[dict[int, list[_T]], dict[int, str]]:
    """`build` of each row of `sql`, typed, in lists by its `owner` column; and, by owner,
    those with a row that cannot be read (none of whose rows are in the lists)."""
    names, raw = _fetch(conn, sql)
    row, typed, at = _row_type(names), _typed(names), names.index(owner)
    found: dict[int, list[_T]] = {}
    damaged: dict[int, str] = {}
    for r in raw:
        key = r[at]
        if key in damaged:
            continue
        try:
            found.setdefault(key, []).append(build(row._make(typed(r))))
        except _DAMAGED_VALUE as exc:
            damaged[key] = _why(exc)
            found.pop(key, None)
    return found, damaged


def _why(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


def _with_id(build: Callable[[Any], _T]) -> Callable[[Any], tuple[int, _T]]:
    return lambda r: (r.id, build(r))
