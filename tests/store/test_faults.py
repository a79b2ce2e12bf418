"""A full disk is an answer, not a traceback; demo data adds to what is there and is the
same for a seed."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import Engine, event, text

from approvals_gui.services import demo
from approvals_gui.services.applications import list_applications
from approvals_gui.services.ledger import import_ledger, read_ledger
from approvals_gui.services.workspace import Workspace
from approvals_gui.store.database import open_database
from approvals_gui.store.errors import StoreError, StoreErrorCode
from tests.conftest import TODAY, ledger_checked
from tests.services.test_ledger import ledger_file

ROOT = Path(__file__).resolve().parents[2]


def small_disk(engine: Engine, pages: int) -> None:
    """Every new connection may grow the file to `pages` pages only."""
    engine.dispose()
    event.listen(
        engine, "connect", lambda conn, _: conn.execute(f"PRAGMA max_page_count = {pages}")
    )


DISK_FULL_ON_SQLITE = pytest.mark.sqlite_only(
    "SQLite's page limit stands in for a full disk; a server's disk is the server's"
)


@DISK_FULL_ON_SQLITE
def test_a_full_disk_during_demo_is_an_answer(ws: Workspace) -> None:
    small_disk(ws.engine, 40)
    with pytest.raises(StoreError) as err:
        demo.generate(ws, 2000, today=TODAY)
    assert err.value.code is StoreErrorCode.DISK_FULL
    assert list_applications(ws, today=TODAY) == []  # nothing half-written


@DISK_FULL_ON_SQLITE
def test_a_full_disk_during_an_import_is_an_answer(ws: Workspace, tmp_path: Path) -> None:
    sheet = read_ledger(ledger_file(tmp_path))
    entries = ledger_checked(ws, sheet).entries
    with closing(sqlite3.connect(ws.engine.url.database or "")) as conn:
        used = conn.execute("PRAGMA page_count").fetchone()[0]
    small_disk(ws.engine, used)
    with pytest.raises(StoreError) as err:
        import_ledger(ws, entries * 50)
    assert err.value.code is StoreErrorCode.DISK_FULL


def dump(database: str) -> list[tuple[object, ...]]:
    engine = open_database(database)
    try:
        with engine.connect() as conn:
            return [
                tuple(row)
                for table in ("enterprise", "application", "stage_event", "service_visit")
                for row in conn.execute(text(f"SELECT * FROM {table} ORDER BY id"))
            ]
    finally:
        engine.dispose()


GENERATE = """
import sys
from datetime import date, datetime
from approvals_gui.services import demo
from approvals_gui.services.workspace import Workspace
from approvals_gui.store.database import open_database
from approvals_gui.store.database import open_database

ws = Workspace(open_database(sys.argv[1], create=True), "x", now=lambda: datetime(2026, 11, 25, 9))
demo.generate(ws, 50, today=date(2026, 11, 25), seed=5)
"""


def test_demo_is_the_same_for_a_seed_whatever_the_process(
    new_database: Callable[[], str],
) -> None:
    databases = [new_database(), new_database()]
    for hash_seed, database in enumerate(databases):  # string hashing differs by process
        env = {**os.environ, "PYTHONHASHSEED": str(hash_seed)}
        args = [sys.executable, "-c", GENERATE, database]
        subprocess.run(args, cwd=ROOT, env=env, check=True, timeout=120)
    assert dump(databases[0]) == dump(databases[1])


def test_demo_adds_to_a_database_that_has_data(ws: Workspace) -> None:
    demo.generate(ws, 50, today=TODAY, seed=5)
    demo.generate(ws, 50, today=TODAY, seed=5)  # the same seed again: the same codes drawn
    with ws.engine.connect() as conn:
        codes = list(conn.execute(text("SELECT credit_code FROM enterprise")).scalars())
    assert len(list_applications(ws, today=TODAY)) == 100 and len(set(codes)) == 2 * 16
