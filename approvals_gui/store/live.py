"""Telling every desk on a database what the others changed.

Each flush that writes applications, visits, rules, the calendar or settings appends what
it touched to `change_log`, in the same transaction, and on PostgreSQL sends a NOTIFY
with the commit. A desk's `Watch` wakes on that NOTIFY (PostgreSQL) or on a changed
`PRAGMA data_version` (SQLite: another connection committed), and reads the log rows
written by other processes since the last it saw. Bulk writes (an import, the demo) that
bypass the ORM record one "reload" entry themselves (`record`).
"""

from __future__ import annotations

import uuid
import weakref
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import Connection, Engine, delete, event, insert, select, text
from sqlmodel import Session, col

from approvals_gui.store.tables import (
    Application,
    AuthorityRow,
    BureauSetting,
    CalendarOverrideRow,
    ChangeLogRow,
    ConfirmedYear,
    Enterprise,
    HotlineCaseRow,
    HotlineEventRow,
    HotlineRuleRow,
    JudgedRule,
    ServiceMatter,
    ServiceVisit,
    StageEventRow,
    TimeLimitRuleRow,
    UnitRow,
    UserRow,
)

CHANNEL = "approvals_changes"
DESK = uuid.uuid4().hex  # this process
KEEP = timedelta(days=1)
_WATCHES: weakref.WeakSet[Watch] = weakref.WeakSet()
LOOK_BACK = 1000  # ids; far more than the transactions open at any one time


class ChangeKind(StrEnum):
    APPLICATION = "application"
    VISIT = "visit"
    CASE = "case"  # a 12369 case
    REFERENCE = "reference"  # rules, calendar, enterprises, settings, units, users
    RELOAD = "reload"  # more than rows: read everything again


def _touched(row: object) -> tuple[ChangeKind, int | None] | None:
    if isinstance(row, Application):
        return ChangeKind.APPLICATION, row.id
    if isinstance(row, StageEventRow):
        return ChangeKind.APPLICATION, row.application_id
    if isinstance(row, ServiceVisit):
        return ChangeKind.VISIT, row.id
    if isinstance(row, ServiceMatter):
        return ChangeKind.VISIT, row.visit_id
    if isinstance(row, HotlineCaseRow):
        return ChangeKind.CASE, row.id
    if isinstance(row, HotlineEventRow):
        return ChangeKind.CASE, row.case_id
    if isinstance(row, _REFERENCE_ROWS):
        return ChangeKind.REFERENCE, None
    return None


# Rows every screen consults (rules, calendar, pick lists, settings).
_REFERENCE_ROWS = (
    TimeLimitRuleRow,
    JudgedRule,
    CalendarOverrideRow,
    ConfirmedYear,
    BureauSetting,
    Enterprise,
    UnitRow,
    AuthorityRow,
    UserRow,
    HotlineRuleRow,
)


@event.listens_for(Session, "after_flush")
def _log_flush(session: Session, _context: Any) -> None:
    touched = {
        found
        for row in (*session.new, *session.dirty, *session.deleted)
        if (found := _touched(row)) is not None
    }
    if touched:
        record(session.connection(), touched)


def record(connection: Connection, touched: Iterable[tuple[ChangeKind, int | None]]) -> None:
    """Log what this transaction touched; on PostgreSQL, ring the others at commit."""
    now = datetime.now()
    rows = [{"at": now, "desk": DESK, "kind": k.value, "item_id": i} for k, i in touched]
    connection.execute(insert(ChangeLogRow), rows)
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_notify(:channel, '')"), {"channel": CHANNEL})


def prune(engine: Engine) -> None:
    """Forget what no open window can still need (run when a desk opens the database);
    a write only when there is something to forget."""
    old = col(ChangeLogRow.at) < datetime.now() - KEEP
    with engine.connect() as conn:
        if conn.execute(select(col(ChangeLogRow.id)).where(old).limit(1)).first() is None:
            return
    with engine.begin() as conn:
        conn.execute(delete(ChangeLogRow).where(old))


@dataclass
class Changes:
    """What other desks changed since the last look."""

    applications: set[int] = field(default_factory=set)
    visits: bool = False
    cases: bool = False  # 12369 cases
    reference: bool = False
    reload: bool = False

    def __bool__(self) -> bool:
        return bool(self.applications) or self.visits or self.cases or self.reference or self.reload


def close_watches(engine: Engine) -> None:
    """Close every watch on `engine` (on the thread that polls them)."""
    for watch in list(_WATCHES):
        if watch._engine is engine:
            watch.close()


class Watch:
    """One desk's view of the log. `poll` runs on the desk's database worker: it keeps a
    connection of its own, which SQLite's data_version and PostgreSQL's LISTEN need."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        _WATCHES.add(self)
        self._conn: Any = None  # the driver's connection, made on the worker's thread
        self._version: int | None = None
        self._last: int | None = None
        self._read: set[int] = set()  # ids read within the look-back window

    def poll(self) -> Changes:
        """Changes other desks committed since the last poll (nothing on the first,
        which notes where the log stands)."""
        first = self._last is None
        if not self._woken() and not first:
            return Changes()
        found = Changes()
        for _id, desk, kind, item_id in self._unread():
            if first or desk == DESK:
                continue
            if kind == ChangeKind.APPLICATION and item_id is not None:
                found.applications.add(item_id)
            elif kind == ChangeKind.VISIT:
                found.visits = True
            elif kind == ChangeKind.CASE:
                found.cases = True
            elif kind == ChangeKind.REFERENCE:
                found.reference = True
            else:
                found.reload = True
        return found

    def _unread(self) -> list[tuple[int, str, str, int | None]]:
        """Log rows not read yet, now marked read. Ids are handed out at insert but seen
        at commit, so a later id can show before an earlier one: the look goes back a
        window and skips what it has read."""
        last = self._last or 0
        query = (
            select(
                col(ChangeLogRow.id),
                col(ChangeLogRow.desk),
                col(ChangeLogRow.kind),
                col(ChangeLogRow.item_id),
            )
            .where(col(ChangeLogRow.id) > last - LOOK_BACK)
            .order_by(col(ChangeLogRow.id))
        )
        with self._engine.connect() as conn:
            rows = [
                (r[0] or 0, str(r[1]), str(r[2]), r[3])
                for r in conn.execute(query)
                if r[0] not in self._read
            ]
        last = max([last, *(r[0] for r in rows)])
        self._read = {i for i in self._read | {r[0] for r in rows} if i > last - LOOK_BACK}
        self._last = last
        return rows

    def close(self) -> None:
        """Let go of the connection (a restore needs the file closed); the next poll
        starts afresh, as on the first."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        self._version = self._last = None
        self._read = set()

    def _woken(self) -> bool:
        """Whether another connection may have committed since the last call."""
        reconnected = False
        if self._conn is None:
            self._conn = self._engine.raw_connection()
            if self._engine.dialect.name == "postgresql":
                self._conn.driver_connection.autocommit = True
                self._conn.driver_connection.execute(f"LISTEN {CHANNEL}")
            # Back after losing the connection: what was rung meanwhile is in the log.
            reconnected = self._last is not None
        driver = self._conn.driver_connection
        try:
            if self._engine.dialect.name == "postgresql":
                # drained: one wake per batch
                return bool(list(driver.notifies(timeout=0))) or reconnected
            version = driver.execute("PRAGMA data_version").fetchone()[0]
        except Exception:
            # The connection is lost (the network dropped, the server restarted): let it
            # go, so that the next poll connects afresh instead of failing for ever.
            self._conn.invalidate()
            self._conn = None
            raise
        changed = reconnected or (self._version is not None and version != self._version)
        self._version = version
        return changed
