"""Lists hand out the same clock facts object for the same stored facts (the kept
countdowns rely on it), and a changed application's new facts; every read names an
application's enterprise alike."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from sqlmodel import Session

from approvals_gui.domain.clock import facts_from_history
from approvals_gui.domain.stages import Action
from approvals_gui.services.applications import Step, apply_step, register
from approvals_gui.services.workspace import Workspace
from approvals_gui.store import plain, repo, rows
from approvals_gui.store.db import session_scope
from tests.conftest import TODAY, new_application

OTHER_CODE = "913301000000000009"  # another enterprise's, valid


def listed(ws: Workspace) -> list[repo.ApplicationRecord]:
    with session_scope(ws.engine, write=False) as session:
        return repo.list_records(session)


def test_the_same_facts_are_read_as_the_same_object(data: Workspace) -> None:
    first, again = listed(data), listed(data)
    assert first == again
    assert all(a.facts is b.facts for a, b in zip(first, again, strict=True))
    with session_scope(data.engine, write=False) as session:
        for record in first:
            assert record.facts == facts_from_history(repo.load_events(session, record.id))


def test_a_changed_application_reads_its_new_facts(data: Workspace) -> None:
    first = {r.id: r for r in listed(data)}
    running = next(r for r in first.values() if r.facts.delivered_on is None)
    apply_step(data, running.id, running.version, Step(Action.START_REVIEW, TODAY), today=TODAY)
    after = {r.id: r for r in listed(data)}
    with session_scope(data.engine, write=False) as session:
        events = repo.load_events(session, running.id)
    assert after[running.id].facts == facts_from_history(events) != running.facts
    assert all(after[i].facts is r.facts for i, r in first.items() if i != running.id)


def test_an_application_registered_while_a_list_is_read_is_named_or_not_read(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A list of many reads its rows and its enterprises' names in two statements; on a
    server each sees what was committed when it began. With the names read first, an
    application registered in between, with a new enterprise, was listed unnamed."""
    register(ws, new_application(), today=TODAY)
    names = repo.enterprise_names

    def names_then_another_desk_registers(session: Session) -> dict[int, tuple[str, str]]:
        found = names(session)
        other = new_application(enterprise_name="新来的企业有限公司", credit_code=OTHER_CODE)
        register(ws.with_actor("李四"), other, today=TODAY)
        return found

    monkeypatch.setattr(repo, "enterprise_names", names_then_another_desk_registers)
    records = listed(ws)
    assert records and all(r.enterprise_name and r.credit_code for r in records)


@pytest.mark.sqlite_only("a missing enterprise needs its foreign key turned off")
def test_an_application_whose_enterprise_is_missing_is_read_alike_everywhere(
    ws: Workspace, database: str
) -> None:
    """A damaged file: an application's enterprise row is gone. Every read shows the
    application with empty names (a list of many, a few by id, one for its detail, the
    integrity check's): none hides it while another shows it."""
    app_id = register(ws, new_application(), today=TODAY)
    ws.engine.dispose()
    with sqlite3.connect(database) as conn:
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute("DELETE FROM enterprise")
    conn.close()
    with session_scope(ws.engine, write=False) as session:
        many = repo.list_records(session)
        few = repo.list_records(session, ids=[app_id])
        one, _investment = repo.record_and_investment(session, app_id)
    with sqlite3.connect(database) as conn:
        checked, damaged = plain.readable_records(conn)
    conn.close()
    assert not damaged
    for found in (many[0], few[0], one, checked[0]):
        assert (found.id, found.enterprise_name, found.credit_code) == (app_id, "", "")


def test_a_day_is_read_from_either_driver_once() -> None:
    """Lists read days straight from the driver: SQLite's ISO text or psycopg's date,
    each the same date object for the same day; text that is no day is refused."""
    day = rows.read_day("2026-03-02")
    assert day == date(2026, 3, 2)
    assert rows.read_day("2026-03-02") is day
    assert rows.read_day(date(2026, 3, 2)) == day
    assert rows.read_day(None) is None
    with pytest.raises(ValueError):
        rows.read_day("2026-02-30")
    with pytest.raises(TypeError):
        rows.read_day(20260302)
