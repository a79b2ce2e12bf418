"""The database a benchmark runs on: a file or a PostgreSQL server given by --db, filled
with demo data when it has no applications yet, or a fresh temporary file."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from approvals_gui.logs import redact
from approvals_gui.services.applications import application_count
from approvals_gui.services.demo import generate
from approvals_gui.services.workspace import Workspace
from approvals_gui.store.database import open_database

TODAY = date(2026, 11, 25)


def bench_workspace(db: str | None, count: int, actor: str) -> tuple[Workspace, str]:
    """The workspace and the database's name as it may be printed (no password)."""
    target = db or str(Path(tempfile.mkdtemp()) / "bench.sqlite3")
    ws = Workspace(open_database(target, create=True), actor)
    if not application_count(ws):
        generate(ws, count, today=TODAY)
    return ws, redact(target)
