"""Two processes on one database: of many writes at once each lands or is refused
clearly, none is lost, and no number is handed out twice; on SQLite a short write lock
is waited out."""

from __future__ import annotations

import dataclasses
import subprocess
import threading
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlmodel import Session

from approvals_gui.domain.calendar import DaySource
from approvals_gui.domain.errors import DomainError, ErrorCode
from approvals_gui.domain.registration import Second
from approvals_gui.domain.stages import Stage, StageEvent
from approvals_gui.services import maintenance
from approvals_gui.services.applications import Step, apply_step, list_applications, register
from approvals_gui.services.directory import directory as directory_forms
from approvals_gui.services.workspace import Workspace
from approvals_gui.store import repo
from approvals_gui.store.database import open_database
from approvals_gui.store.db import make_engine
from approvals_gui.store.errors import StoreError, StoreErrorCode
from tests.store.writers import NEXT, TODAY, Acknowledged, form, lost_writes, start, stored

WRITERS, REGISTRATIONS, SHARED = 2, 100, 10


@pytest.mark.sqlite_only("SQLite's one write lock for the whole file; a server locks rows")
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


def test_writes_from_two_processes_land_or_are_refused_none_lost(database: str) -> None:
    ws = Workspace(open_database(database, create=True), "张三")
    shared = [str(register(ws, form(n), today=TODAY)) for n in range(SHARED)]
    writers = [start("race", database, str(REGISTRATIONS), *shared) for _ in range(WRITERS)]
    for writer in writers:  # all at once
        assert writer.stdin is not None
        writer.stdin.write("go\n")
        writer.stdin.flush()
    acked = Acknowledged()
    for writer in writers:
        out, _ = writer.communicate(timeout=240)
        assert writer.returncode == 0
        acked.read(out)
    assert set(acked.refused) <= {"stale"}  # lost races only, never LOCKED or DUPLICATE
    assert len(acked.registered) == WRITERS * REGISTRATIONS  # every registration landed
    versions, events = stored(database)
    assert len(versions) == SHARED + len(acked.registered)
    for app in map(int, shared):  # every acknowledged step, and only those
        assert versions[app] == 1 + acked.steps[app] == events[app]
    assert lost_writes(database, acked) == []
    assert maintenance.check(ws, today=TODAY).ok
    ws.engine.dispose()


def all_at_once(writers: list[subprocess.Popen[str]]) -> list[list[str]]:
    """Say "go" to every writer, then what each said (its words), once all are done."""
    for writer in writers:
        assert writer.stdin is not None
        writer.stdin.write("go\n")
        writer.stdin.flush()
    said = []
    for writer in writers:
        out, _ = writer.communicate(timeout=120)
        assert writer.returncode == 0
        said.append(out.split())
    return said


def test_one_credit_code_added_on_two_desks_at_once_lands_once(database: str) -> None:
    """Each desk looks the code up, finds it free and adds it: one lands, the other is
    refused (naming the first, if its look came after that landed; else by the unique
    index), and the directory holds the code once."""
    ws = Workspace(open_database(database, create=True), "张三")
    code = "91350100M000101Y2J"
    writers = [start("directory", database, name, code) for name in ("甲公司", "乙公司")]
    said = all_at_once(writers)
    landed = [words for words in said if words[0] == "ent"]
    refused = [words for words in said if words[0] == "refused"]
    assert len(landed) == 1 and len(refused) == 1
    assert refused[0][1] in {StoreErrorCode.CODE_TAKEN, StoreErrorCode.DUPLICATE}
    holders = [form for _id, form in directory_forms(ws) if form.credit_code == code]
    assert len(holders) == 1
    if refused[0][1] == StoreErrorCode.CODE_TAKEN:
        assert refused[0][2] == holders[0].name  # the one that landed, by name
    ws.engine.dispose()


def test_two_desks_saving_the_units_as_they_read_them_one_lands(database: str) -> None:
    """Each desk reads the units, adds one and saves, at once: one save lands, the other
    is refused as changed elsewhere, and the units hold the one that landed."""
    ws = Workspace(open_database(database, create=True), "张三")
    before = [u.code for u in ws.units()]
    writers = [start("units", database, code) for code in ("a", "b")]
    for writer in writers:  # both have read the units before either saves
        assert writer.stdout is not None and writer.stdout.readline() == "read\n"
    said = all_at_once(writers)
    landed = [words[1] for words in said if words[0] == "saved"]
    assert sorted(words[0] for words in said) == ["refused", "saved"]
    assert [w for w in said if w[0] == "refused"][0][1] == StoreErrorCode.CHANGED_ELSEWHERE
    assert [u.code for u in Workspace(ws.engine, "核对").units()] == [*before, *landed]
    ws.engine.dispose()


def test_two_desks_marking_the_same_day_as_they_saw_it_one_lands(database: str) -> None:
    """Each desk sees 2026-12-28 as a plain working day and marks it, one a holiday, the
    other a working day, at once: one lands, the other is refused as changed elsewhere
    rather than overwrite it, and the calendar holds the one that landed."""
    ws = Workspace(open_database(database, create=True), "张三")
    writers = [start("calendar", database, "2026-12-28", kind) for kind in ("holiday", "workday")]
    for writer in writers:  # both have read the day before either saves
        assert writer.stdout is not None and writer.stdout.readline() == "read\n"
    said = all_at_once(writers)
    assert sorted(words[0] for words in said) == ["refused", "saved"]
    assert [w for w in said if w[0] == "refused"][0][1] == StoreErrorCode.CHANGED_ELSEWHERE
    (landed,) = [words[1] for words in said if words[0] == "saved"]
    info = Workspace(ws.engine, "核对").calendar().day_info(date(2026, 12, 28))
    assert (info.source, info.is_workday) == (DaySource.LOCAL, landed == "workday")
    ws.engine.dispose()


def test_a_step_saved_meanwhile_on_a_server_makes_the_other_stale(
    server_database: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Desk A reads the application, desk B steps it before A reads its events: B waits
    for A's transaction and is then refused as stale; A's step is judged on one version."""
    here = Workspace(open_database(server_database), "张三")
    there = Workspace(open_database(server_database), "李四")
    app = register(here, form(0), today=TODAY)
    accept = NEXT[Stage.RECEIVED]
    outcome: list[object] = []
    other = threading.Thread(target=lambda: outcome.append(saved_or_refused(there, app, accept)))
    real_load_events = repo.load_events

    def load_events(session: Session, application_id: int) -> list[StageEvent]:
        if other.ident is None:  # not started: between A's version read and this
            other.start()
            wait_until(lambda: waiting_for_a_lock(server_database) or not other.is_alive())
        return real_load_events(session, application_id)

    monkeypatch.setattr(repo, "load_events", load_events)
    saved = apply_step(here, app, 1, accept, today=TODAY)
    other.join(timeout=30)
    assert saved.view.record.version == 2 and outcome == [StoreErrorCode.STALE]
    here.engine.dispose()
    there.engine.dispose()


def saved_or_refused(ws: Workspace, app: int, step: Step) -> object:
    try:
        return apply_step(ws, app, 1, step, today=TODAY).view.record.version
    except (StoreError, DomainError) as exc:
        return exc.code


def waiting_for_a_lock(url: str) -> bool:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            query = (
                "SELECT count(*) FROM pg_stat_activity "
                "WHERE datname = current_database() AND wait_event_type = 'Lock'"
            )
            return bool(conn.execute(text(query)).scalar_one())
    finally:
        engine.dispose()


def wait_until(condition: Callable[[], bool], timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "the condition never came true"
        time.sleep(0.01)


def let_in_once_read(
    monkeypatch: pytest.MonkeyPatch, module: object, name: str, other: threading.Thread, url: str
) -> None:
    """`module.name` as it was, but once desk A has read through it inside its
    transaction, desk B (`other`) starts, and A goes on when B waits for A's lock (or
    has finished)."""
    real = getattr(module, name)

    def reading(session: Session) -> object:
        found = real(session)
        if other.ident is None:
            other.start()
            wait_until(lambda: waiting_for_a_lock(url) or not other.is_alive())
        return found

    monkeypatch.setattr(module, name, reading)


def test_two_desks_registering_one_project_at_once_do_not_both_save_it(
    server_database: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Desk A has looked for the enterprise's open projects and not yet saved; desk B
    registers the same project: B waits for A's save, then is asked first, as it would
    be had A saved a minute before. Both looked, found nothing, and saved it twice."""
    here = Workspace(open_database(server_database), "张三")
    there = Workspace(open_database(server_database), "李四")
    received_today = dataclasses.replace(form(1), received_on=TODAY)  # nothing else to ask
    outcome: list[object] = []

    def registered_or_asked() -> None:
        try:
            outcome.append(register(there, received_today, today=TODAY, ask_first=True))
        except DomainError as exc:
            outcome.extend(thought.kind for thought in exc.params["thoughts"])

    other = threading.Thread(target=registered_or_asked)
    real_open_projects = repo.open_projects

    def open_projects(session: Session, credit_code: str) -> list[tuple[str, str]]:
        found = real_open_projects(session, credit_code)
        if other.ident is None:  # A has looked: B starts, and A saves once B waits
            other.start()
            wait_until(lambda: waiting_for_a_lock(server_database) or not other.is_alive())
        return found

    monkeypatch.setattr(repo, "open_projects", open_projects)
    register(here, received_today, today=TODAY, ask_first=True)
    other.join(timeout=30)
    assert outcome == [Second.SAME_OPEN]
    assert len(list_applications(here, today=TODAY)) == 1
    here.engine.dispose()
    there.engine.dispose()


def test_a_step_waits_for_another_desks_save_only_so_long(
    server_database: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A desk whose save of the same application hangs (a stalled connection, a long
    import) holds the row: a step waits ROW_WAIT_MS, then is refused, nothing written."""
    ws = Workspace(open_database(server_database), "张三")
    app = register(ws, form(0), today=TODAY)
    monkeypatch.setattr(repo, "ROW_WAIT_MS", 200)
    holder = make_engine(server_database)
    with holder.begin() as conn:
        conn.execute(text("SELECT id FROM application WHERE id = :id FOR UPDATE"), {"id": app})
        with pytest.raises(StoreError) as err:
            apply_step(ws, app, 1, NEXT[Stage.RECEIVED], today=TODAY)
    assert err.value.code is StoreErrorCode.ROW_BUSY
    assert apply_step(ws, app, 1, NEXT[Stage.RECEIVED], today=TODAY).view.record.version == 2
    holder.dispose()
    ws.engine.dispose()


def test_settings_saved_by_two_desks_at_once_on_a_server_are_not_both_applied(
    server_database: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both desks edit the units as read; desk B saves while desk A's save has read the
    stored units but not yet written. Compared in each transaction alone, both would
    pass and B's unit be deleted by A's list: B waits for A, and is then refused."""
    from approvals_gui.domain.units import Unit, UnitKind
    from approvals_gui.services.units import save_units
    from approvals_gui.store import units as unit_store

    here = Workspace(open_database(server_database), "张三")
    there = Workspace(open_database(server_database), "李四")
    read = list(here.units())
    mine, theirs = (Unit(c, n, UnitKind.CENTRE) for c, n in (("a", "甲中心"), ("b", "乙中心")))
    outcome: list[object] = []

    def their_save() -> None:
        try:
            save_units(there, [*read, theirs], based_on=read)
            outcome.append("saved")
        except StoreError as exc:
            outcome.append(exc.code)

    other = threading.Thread(target=their_save)
    let_in_once_read(monkeypatch, unit_store, "load_units", other, server_database)
    save_units(here, [*read, mine], based_on=read)
    other.join(timeout=30)
    monkeypatch.undo()
    assert outcome == [StoreErrorCode.CHANGED_ELSEWHERE]
    stored = [u.code for u in Workspace(here.engine, "核对").units()]
    assert stored == [*(u.code for u in read), "a"]
    here.engine.dispose()
    there.engine.dispose()


def test_two_desks_naming_categories_alike_at_once_on_a_server_one_lands(
    server_database: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Desk A renames its category 取水许可 while desk B adds another by that name, B
    after A's rename has checked the names but before it wrote. Checked in each
    transaction alone, both would pass and two categories share a name: B waits for A,
    and is then refused."""
    from approvals_gui.services.rules import add_category, rename_category

    here = Workspace(open_database(server_database), "张三")
    there = Workspace(open_database(server_database), "李四")
    typo = add_category(here, "取水许口", "report_form")
    outcome: list[object] = []

    def their_add() -> None:
        try:
            add_category(there, "取水许可", "report_book")
            outcome.append("added")
        except DomainError as exc:
            outcome.append(exc.code)

    other = threading.Thread(target=their_add)
    let_in_once_read(monkeypatch, repo, "load_rules", other, server_database)
    rename_category(here, typo, "取水许可")
    other.join(timeout=30)
    monkeypatch.undo()
    assert outcome == [ErrorCode.CATEGORY_NAME_TAKEN]
    names = [r.name for r in Workspace(here.engine, "核对").rules().values()]
    assert names.count("取水许可") == 1 and "取水许口" not in names
    here.engine.dispose()
    there.engine.dispose()


def test_two_desks_adding_one_name_spelt_two_ways_on_a_server_one_lands(
    server_database: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Desk A adds 李四 while desk B adds "李 四", B after A has checked the names but
    before it wrote: B waits for A, and is refused as the name taken, by the name that
    landed (not by the database's duplicate key)."""
    from approvals_gui.domain.access import Role, User
    from approvals_gui.services import users
    from approvals_gui.store import units as unit_store

    here = Workspace(open_database(server_database), "张三")
    there = Workspace(open_database(server_database), "李四")
    outcome: list[object] = []

    def their_add() -> None:
        try:
            users.add_user(there, User("李 四", "city", Role.CLERK), "secret-123")
            outcome.append("added")
        except DomainError as exc:
            outcome.append((exc.code, exc.params))

    other = threading.Thread(target=their_add)
    let_in_once_read(monkeypatch, unit_store, "load_users", other, server_database)
    users.add_user(here, User("李四", "city", Role.ADMIN), "secret-123")
    other.join(timeout=30)
    monkeypatch.undo()
    assert outcome == [(ErrorCode.USER_NAME_TAKEN, {"name": "李四"})]
    assert [u.name for u in users.users(here)] == ["李四"]
    here.engine.dispose()
    there.engine.dispose()


def test_two_desks_importing_one_ledger_at_once_import_it_once(
    server_database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Desk A has read what the database holds and not yet saved; desk B imports the
    same ledger: B waits for A's import, then finds every row there. Each found the
    other's rows not yet committed, and both saved every one."""
    from approvals_gui.services import ledger
    from tests.conftest import ledger_checked
    from tests.services.test_ledger import ledger_file

    here = Workspace(open_database(server_database), "张三")
    there = Workspace(open_database(server_database), "李四")
    entries = ledger_checked(here, ledger.read_ledger(ledger_file(tmp_path))).entries
    imported: list[int] = []
    other = threading.Thread(target=lambda: imported.append(ledger.import_ledger(there, entries)))
    real_known = ledger._known

    def known(session: Session) -> object:
        found = real_known(session)
        if other.ident is None:  # A has read: B starts, and A saves once B waits
            other.start()
            wait_until(lambda: waiting_for_a_lock(server_database) or not other.is_alive())
        return found

    monkeypatch.setattr(ledger, "_known", known)
    assert ledger.import_ledger(here, entries) == 2
    other.join(timeout=30)
    assert imported == [0]
    assert len(list_applications(here, today=TODAY)) == 2
    here.engine.dispose()
    there.engine.dispose()
