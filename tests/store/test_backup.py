"""Backups beside the database, rotated per database, checked, never half-written; the
daily backup; restoring one, refused while the database is open elsewhere."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

import approvals_gui.store.backup as store_backup
from approvals_gui.services import demo, maintenance
from approvals_gui.services.applications import list_applications
from approvals_gui.services.progress import Cancelled
from approvals_gui.services.workspace import Workspace
from approvals_gui.store.database import open_database
from approvals_gui.store.db import make_engine
from approvals_gui.store.errors import StoreError, StoreErrorCode
from approvals_gui.store.targets import SCHEMA_REVISION
from tests.conftest import TODAY

ROOT = Path(__file__).resolve().parents[2]


# What this module tests of a SQLite file, but for the refusals on a server.
BACKUP_API = pytest.mark.sqlite_only(
    "SQLite's backup API and files; a server's backups are its own (pg_dump)"
)


def filled(path: str | Path, count: int = 10) -> Workspace:
    """A database with demo data, and a clock that moves a second per reading."""
    ticks = iter(datetime(2026, 11, 25, 9) + timedelta(seconds=s) for s in range(10**6))
    ws = Workspace(open_database(path, create=True), "张三", now=lambda: next(ticks))
    demo.generate(ws, count, today=TODAY)
    return ws


def damage_an_index(path: Path) -> None:
    """Scribble over an index page, so SQLite still opens the file but its integrity
    check fails."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    (root,) = conn.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'ix_stage_event_application_id'"
    ).fetchone()
    conn.close()
    with path.open("r+b") as file:
        file.seek((root - 1) * page_size + page_size // 2)
        file.write(b"\xff" * (page_size // 2))


@BACKUP_API
def test_backups_go_beside_the_database_and_rotate_per_database(tmp_path: Path) -> None:
    a, b = filled(tmp_path / "a.sqlite3"), filled(tmp_path / "b.sqlite3")
    for _ in range(3):
        maintenance.backup(a)
    for _ in range(9):
        maintenance.backup(b)
    names = sorted(p.name for p in (tmp_path / "backups").iterdir())
    assert sum(n.startswith("a.sqlite3.") for n in names) == 3  # b's rotation spares them
    assert sum(n.startswith("b.sqlite3.") for n in names) == 7
    newest = tmp_path / "backups" / names[-1]
    with sqlite3.connect(newest) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)  # one file


@BACKUP_API
def test_a_backup_reports_its_progress_and_a_cancelled_one_leaves_nothing(
    tmp_path: Path,
) -> None:
    ws = filled(tmp_path / "a.sqlite3", 2000)
    seen: list[tuple[int, int]] = []
    made = maintenance.backup(ws, progress=lambda done, total: seen.append((done, total)))
    assert made.exists() and len(seen) > 1  # in steps: the window shows them
    assert seen[-1][0] == seen[-1][1] and [d for d, _ in seen] == sorted(d for d, _ in seen)

    def cancel(done: int, _total: int) -> None:
        if done:
            raise Cancelled

    with pytest.raises(Cancelled):
        maintenance.backup(ws, progress=cancel)
    assert sorted((tmp_path / "backups").iterdir()) == [made]  # no copy, no .partial


@BACKUP_API
def test_a_backup_never_replaces_a_file_at_its_target(tmp_path: Path) -> None:
    """`backup --out` onto another desk's database once replaced it under that desk's
    open connection: its saves were lost and the file left malformed."""
    a, b = filled(tmp_path / "a.sqlite3", 5), filled(tmp_path / "b.sqlite3", 12)
    before = (tmp_path / "b.sqlite3").read_bytes()
    for target in (tmp_path / "b.sqlite3", tmp_path / "a.sqlite3"):  # another; itself
        with pytest.raises(StoreError) as err:
            maintenance.backup(a, target)
        assert err.value.code is StoreErrorCode.EXISTS
    assert (tmp_path / "b.sqlite3").read_bytes() == before
    assert len(list_applications(b, today=TODAY)) == 12
    assert len(list_applications(a, today=TODAY)) == 5
    assert not list(tmp_path.glob("*.partial"))
    made = maintenance.backup(a, tmp_path / "copy" / "a.bak")  # a new name is written
    assert made.is_file()


@BACKUP_API
def test_restores_in_the_same_second_keep_every_replaced_file(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite3"
    ws = filled(path, 3)
    backup = maintenance.backup(ws)
    counts = []
    kept = []
    for seed in (7, 8):
        demo.generate(ws, seed - 5, today=TODAY, seed=seed)  # 5, then 6 applications
        counts.append(len(list_applications(ws, today=TODAY)))
        ws.engine.dispose()
        kept.append(store_backup.restore_sqlite(path, backup, datetime(2026, 11, 30, 9)))
        ws = Workspace(open_database(path), "张三")
    ws.engine.dispose()
    assert kept[1] == kept[0].with_name(kept[0].name + "-2")
    for file, count in zip(kept, counts, strict=True):
        replaced = Workspace(open_database(file), "张三")
        assert len(list_applications(replaced, today=TODAY)) == count
        replaced.engine.dispose()


@BACKUP_API
def test_a_killed_runs_partial_copy_is_cleaned_and_never_counted(tmp_path: Path) -> None:
    ws = filled(tmp_path / "a.sqlite3")
    folder = tmp_path / "backups"
    folder.mkdir()
    stale = folder / "a.sqlite3.20261124-093000.bak.partial"
    stale.write_bytes(b"half a copy")
    Path(f"{stale}-journal").write_bytes(b"its journal")
    made = maintenance.daily_backup(ws, date(2026, 11, 24))
    assert made is not None and made.name.startswith("a.sqlite3.20261124-")
    assert [p.name for p in folder.iterdir()] == [made.name]


@BACKUP_API
def test_the_daily_backup_is_made_once_a_day(tmp_path: Path) -> None:
    ws = filled(tmp_path / "a.sqlite3")
    first = maintenance.daily_backup(ws, date(2026, 11, 25))
    assert first is not None and first.parent == tmp_path / "backups"
    assert maintenance.daily_backup(ws, date(2026, 11, 25)) is None
    maintenance.backup(filled(tmp_path / "b.sqlite3"))  # another database's backup
    second = maintenance.daily_backup(ws, date(2026, 11, 26))
    assert second is not None and second != first


@BACKUP_API
def test_a_damaged_database_is_not_backed_up(tmp_path: Path) -> None:
    ws = filled(tmp_path / "a.sqlite3", 40)
    ws.engine.dispose()
    damage_an_index(tmp_path / "a.sqlite3")
    with pytest.raises(StoreError) as err:
        maintenance.backup(ws)
    assert err.value.code is StoreErrorCode.DAMAGED
    assert list((tmp_path / "backups").iterdir()) == []


@BACKUP_API
def test_a_full_disk_during_a_backup_is_an_answer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = filled(tmp_path / "a.sqlite3")
    connect = store_backup._connect_copy

    def small_disk(path: Path) -> sqlite3.Connection:
        conn = connect(path)
        conn.execute("PRAGMA max_page_count = 3")
        return conn

    monkeypatch.setattr(store_backup, "_connect_copy", small_disk)
    with pytest.raises(StoreError) as err:
        maintenance.backup(ws)
    assert err.value.code is StoreErrorCode.DISK_FULL
    assert list((tmp_path / "backups").iterdir()) == []


def test_on_a_server_backups_are_the_servers(tmp_path: Path) -> None:
    # An engine for a server that never connects: the refusal comes before any query.
    ws = Workspace(make_engine("postgresql://office/approvals"), "张三")
    refused_on_a_server(ws, "postgresql://office/approvals", tmp_path)


def test_on_a_live_server_backups_are_the_servers(server_database: str, tmp_path: Path) -> None:
    ws = filled(server_database)
    refused_on_a_server(ws, server_database, tmp_path)
    assert len(list_applications(ws, today=TODAY)) == 10  # and the data is as it was
    ws.engine.dispose()


def refused_on_a_server(ws: Workspace, url: str, folder: Path) -> None:
    """Backup, the daily backup and restore all leave a server database to pg_dump."""
    for out in (None, folder / "out.bak"):
        with pytest.raises(StoreError) as err:
            maintenance.backup(ws, out)
        assert err.value.code is StoreErrorCode.SERVER_BACKUP and "pg_dump" in str(err.value)
    assert maintenance.daily_backup(ws, TODAY) is None
    (folder / "x.bak").write_bytes(b"")
    with pytest.raises(StoreError) as err:
        maintenance.restore(url, folder / "x.bak")
    assert err.value.code is StoreErrorCode.SERVER_BACKUP
    assert sorted(p.name for p in folder.iterdir()) == ["x.bak"]  # nothing written


# -- restore ---------------------------------------------------------------------------


@BACKUP_API
def test_restore_brings_the_backup_back_and_keeps_the_replaced_file(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite3"
    ws = filled(path)
    backup = maintenance.backup(ws)
    demo.generate(ws, 5, today=TODAY, seed=7)  # work done after the backup
    ws.engine.dispose()
    kept = maintenance.restore(path, backup)
    assert kept.parent == tmp_path and kept.name.startswith("a.sqlite3.before-restore-")
    assert not Path(f"{path}-wal").exists() and not Path(f"{path}-shm").exists()
    restored = Workspace(open_database(path), "张三")
    assert len(list_applications(restored, today=TODAY)) == 10
    assert maintenance.check(restored, today=TODAY).ok
    restored.engine.dispose()
    replaced = Workspace(open_database(kept), "张三")
    assert len(list_applications(replaced, today=TODAY)) == 15  # nothing of it lost
    replaced.engine.dispose()


HOLDER = """
import sys, time
from sqlalchemy import text
from approvals_gui.store.database import open_database
from approvals_gui.store.db import make_engine

engine = open_database(sys.argv[1])
with engine.connect() as conn:  # a window that has read once and sits idle
    conn.execute(text("SELECT count(*) FROM application")).scalar()
print("open", flush=True)
sys.stdin.readline()
"""


@BACKUP_API
def test_restore_is_refused_while_another_process_has_the_database_open(
    tmp_path: Path,
) -> None:
    path = tmp_path / "a.sqlite3"
    ws = filled(path)
    backup = maintenance.backup(ws)
    ws.engine.dispose()
    before = path.read_bytes()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "open\n"
        with pytest.raises(StoreError) as err:
            maintenance.restore(path, backup)
        assert err.value.code is StoreErrorCode.IN_USE
        assert not list(tmp_path.glob("a.sqlite3.before-restore-*"))
        assert not list(tmp_path.glob("*.restoring*"))
    finally:
        holder.communicate("\n", timeout=30)
    assert path.read_bytes() == before
    maintenance.restore(path, backup)  # closed: now it can


@BACKUP_API
def test_restore_replaces_a_damaged_database(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite3"
    ws = filled(path)
    backup = maintenance.backup(ws)
    ws.engine.dispose()
    path.write_bytes(b"\0" * 8192)
    kept = maintenance.restore(path, backup)
    assert kept.read_bytes() == b"\0" * 8192
    assert maintenance.check(Workspace(open_database(path), "张三"), today=TODAY).ok


@BACKUP_API
@pytest.mark.parametrize(
    "kind",
    [
        "garbage",
        "foreign",
        "damaged",
        "too_new",
        "tampered",
        "a key to nothing",
        "a schema naming a table it lacks",
        "a table dropped",
    ],
)
def test_restore_refuses_what_is_no_backup_of_ours(tmp_path: Path, kind: str) -> None:
    """Tampered: one step's remark edited in the copy, which SQLite finds sound; its
    hash chain says otherwise (a restore once put it in place)."""
    path = tmp_path / "a.sqlite3"
    ws = filled(path, 40)
    good = maintenance.backup(ws)
    ws.engine.dispose()
    before = path.read_bytes()
    offered = tmp_path / "offered.bak"
    if kind == "garbage":
        offered.write_bytes(b"garbage" * 1000)
    elif kind == "foreign":
        from tests.store.test_open import foreign_file

        foreign_file(offered)
    else:
        offered.write_bytes(good.read_bytes())
        if kind == "damaged":
            damage_an_index(offered)
        elif kind == "a key to nothing":  # SQLite's integrity check passes it
            with sqlite3.connect(offered) as conn:
                conn.execute("UPDATE application SET enterprise_id = 999999 WHERE id = 1")
            conn.close()
        elif kind == "a schema naming a table it lacks":  # SQLite: "malformed … no such table"
            with sqlite3.connect(offered) as conn:
                conn.execute("PRAGMA writable_schema = ON")
                conn.execute(
                    "DELETE FROM sqlite_master WHERE type = 'table' AND name = 'stage_event'"
                )
            conn.close()
        elif kind == "a table dropped":
            with sqlite3.connect(offered) as conn:
                conn.execute("DROP TABLE service_matter")
            conn.close()
        elif kind == "tampered":
            with sqlite3.connect(offered) as conn:
                conn.execute(
                    "UPDATE stage_event SET remark = '改' "
                    "WHERE id = (SELECT min(id) FROM stage_event WHERE seq = 2)"
                )
        else:
            with sqlite3.connect(offered) as conn:
                conn.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(StoreError) as err:
        maintenance.restore(path, offered)
    expected = StoreErrorCode.TOO_NEW if kind == "too_new" else StoreErrorCode.BAD_BACKUP
    assert err.value.code is expected
    if expected is StoreErrorCode.BAD_BACKUP:  # named for the message
        assert err.value.params["backup"] == "offered.bak"
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.sqlite3", "backups", "offered.bak"]


def older_backup(ws: Workspace, tmp_path: Path, *, tampered: bool) -> Path:
    """A backup of `ws` as the program before the 12369 hotline (schema 0008) made it:
    a bureau's copy from before an update. `tampered`: one step's remark edited."""
    from approvals_gui.store.migrate import downgrade

    offered = tmp_path / "older.bak"
    offered.write_bytes(maintenance.backup(ws).read_bytes())
    engine = make_engine(offered)
    downgrade(engine, "0008")
    engine.dispose()
    with sqlite3.connect(offered) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0008",)
        if tampered:
            conn.execute(
                "UPDATE stage_event SET remark = '改' "
                "WHERE id = (SELECT min(id) FROM stage_event WHERE seq = 2)"
            )
    conn.execute("PRAGMA journal_mode=DELETE")  # as a backup file is: all in one file
    conn.close()
    return offered


@BACKUP_API
def test_an_older_backup_is_checked_brought_up_to_date_and_restored(tmp_path: Path) -> None:
    """A backup from before an update has its histories checked too (brought up to date
    in the scratch copy first); restored, it is at the current schema, with nothing
    left beside the database but the replaced file. (Its histories used to go in
    unchecked, for `check` to find after the fact.)"""
    path = tmp_path / "a.sqlite3"
    ws = filled(path, 12)
    offered = older_backup(ws, tmp_path, tampered=True)
    ws.engine.dispose()
    before = path.read_bytes()
    with pytest.raises(StoreError) as err:
        maintenance.restore(path, offered)
    assert err.value.code is StoreErrorCode.BAD_BACKUP and "hash chain" in str(err.value)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.sqlite3", "backups", "older.bak"]

    ws = Workspace(open_database(path), "张三")
    offered = older_backup(ws, tmp_path, tampered=False)
    ws.engine.dispose()
    kept = maintenance.restore(path, offered)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == sorted(["a.sqlite3", "backups", kept.name, "older.bak"])
    with sqlite3.connect(path) as conn:
        found = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        assert found == (SCHEMA_REVISION,)
    conn.close()
    restored = Workspace(open_database(path), "张三")
    assert len(list_applications(restored, today=TODAY)) == 12
    assert maintenance.check(restored, today=TODAY).ok
    restored.engine.dispose()
    assert sorted(p.name for p in tmp_path.iterdir()) == names  # opening copied nothing aside


@BACKUP_API
@pytest.mark.parametrize("obstacle", ["a table in the way", "a key to nothing"])
def test_an_older_backup_that_cannot_be_brought_up_to_date_is_no_backup(
    tmp_path: Path, obstacle: str
) -> None:
    """Refused as a bad backup, nothing changed, nothing left behind. (A table of the
    newer schema already there reached the window as the driver's own CREATE TABLE
    error; a broken key, as "the database is damaged: restore it from a backup".)"""
    path = tmp_path / "a.sqlite3"
    ws = filled(path, 5)
    offered = older_backup(ws, tmp_path, tampered=False)
    ws.engine.dispose()
    with sqlite3.connect(offered) as conn:
        if obstacle == "a table in the way":
            conn.execute("CREATE TABLE hotline_rule (id INTEGER PRIMARY KEY)")
        else:  # checked before the migration commits
            conn.execute("PRAGMA foreign_keys=OFF")
            conn.execute("UPDATE application SET enterprise_id = 999999 WHERE id = 1")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError) as err:
        maintenance.restore(path, offered)
    assert err.value.code is StoreErrorCode.BAD_BACKUP
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.sqlite3", "backups", "older.bak"]


@BACKUP_API
def test_a_restore_cancelled_while_its_histories_are_checked_changes_nothing(
    tmp_path: Path,
) -> None:
    from approvals_gui.services.progress import Cancelled

    path = tmp_path / "a.sqlite3"
    ws = filled(path, 5)
    backup = maintenance.backup(ws)
    ws.engine.dispose()
    before = path.read_bytes()
    seen: list[tuple[int, int]] = []

    def cancel(done: int, total: int) -> None:
        seen.append((done, total))
        raise Cancelled

    with pytest.raises(Cancelled):
        maintenance.restore(path, backup, cancel)
    assert seen == [(0, 5)] and path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.sqlite3", "backups"]
