"""Two processes on one SQLite file: a short write lock is waited out, and of many
writes at once each lands or is refused clearly; none is lost."""

from __future__ import annotations

import time
from pathlib import Path

from approvals_gui.services import maintenance
from approvals_gui.services.applications import register
from approvals_gui.services.workspace import Workspace
from approvals_gui.store.database import open_database
from tests.store.writers import TODAY, Acknowledged, form, lost_writes, start, stored

WRITERS, REGISTRATIONS, SHARED = 2, 100, 10


def test_a_save_waits_out_another_process_holding_the_write_lock(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite3"
    ws = Workspace(open_database(path, create=True), "张三")
    register(ws, form(0), today=TODAY)  # the next one reads before it writes
    holder = start("hold", str(path), "1.0")
    assert holder.stdout is not None and holder.stdout.readline() == "locked\n"
    begun = time.perf_counter()
    register(ws, form(1), today=TODAY)
    waited = time.perf_counter() - begun
    assert holder.wait(timeout=30) == 0
    assert 0.5 < waited < 5
    ws.engine.dispose()


def test_writes_from_two_processes_land_or_are_refused_none_lost(tmp_path: Path) -> None:
    path = tmp_path / "race.sqlite3"
    ws = Workspace(open_database(path, create=True), "张三")
    shared = [str(register(ws, form(n), today=TODAY)) for n in range(SHARED)]
    writers = [start("race", str(path), str(REGISTRATIONS), *shared) for _ in range(WRITERS)]
    for writer in writers:  # all at once
        assert writer.stdin is not None
        writer.stdin.write("go\n")
        writer.stdin.flush()
    acked = Acknowledged()
    for writer in writers:
        out, _ = writer.communicate(timeout=240)
        assert writer.returncode == 0
        acked.read(out)
    assert set(acked.refused) <= {"stale"}  # lost races only, never LOCKED
    assert len(acked.registered) == WRITERS * REGISTRATIONS
    versions, events = stored(path)
    assert len(versions) == SHARED + len(acked.registered)
    for app in map(int, shared):  # every acknowledged step, and only those
        assert versions[app] == 1 + acked.steps[app] == events[app]
    assert lost_writes(path, acked) == []
    assert maintenance.check(ws, today=TODAY).ok
    ws.engine.dispose()
