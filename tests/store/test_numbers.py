"""Application numbers count on past 99,999 in a year and pass over other forms. On a
server, a number another desk took meanwhile is passed over, by a registration and an
import, and so is an enterprise another desk added (tests/store/test_concurrency.py
races real processes; SQLite's writers take turns, so nothing is taken meanwhile)."""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterator

import pytest
from sqlalchemy import text
from sqlmodel import Session

from approvals_gui.services import demo
from approvals_gui.services.applications import detail, list_applications, register
from approvals_gui.services.workspace import Workspace
from approvals_gui.store import repo
from approvals_gui.store.database import open_database
from approvals_gui.store.errors import StoreError, StoreErrorCode
from tests.conftest import NOW, TODAY, new_application


def test_the_serial_after_99999_and_numbers_of_another_form(ws: Workspace) -> None:
    first = register(ws, new_application(), today=TODAY)
    second = register(ws, new_application(project="二期"), today=TODAY)
    with ws.engine.begin() as conn:
        for app_id, number in ((first, "HP2026-99999"), (second, "HP2026-100000")):
            conn.execute(
                text("UPDATE application SET number = :n WHERE id = :id"),
                {"n": number, "id": app_id},
            )
    third = register(ws, new_application(project="三期"), today=TODAY)
    assert detail(ws, third, today=TODAY).view.record.number == "HP2026-100001"
    with ws.engine.begin() as conn:
        conn.execute(
            text("UPDATE application SET number = 'HP2026-1000019a' WHERE id = :id"), {"id": third}
        )
    fourth = register(ws, new_application(project="四期"), today=TODAY)
    assert detail(ws, fourth, today=TODAY).view.record.number == "HP2026-100001"


@pytest.fixture
def server_ws(server_database: str) -> Iterator[Workspace]:
    ws = Workspace(open_database(server_database), "张三", now=lambda: NOW)
    yield ws
    ws.engine.dispose()


def stale_reads(monkeypatch: pytest.MonkeyPatch, times: int) -> None:
    """The first `times` reads of 2026's highest serial see none yet, as another desk
    that read before this one's registrations committed."""
    real, stale = repo.last_serial, itertools.count()

    def last_serial(session: Session, year: int) -> int:
        return 0 if year == 2026 and next(stale) < times else real(session, year)

    monkeypatch.setattr(repo, "last_serial", last_serial)


def numbers(ws: Workspace) -> list[str]:
    return sorted(v.record.number for v in list_applications(ws, today=TODAY))


def test_a_number_taken_meanwhile_is_passed_over(
    server_ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    register(server_ws, new_application(), today=TODAY)
    stale_reads(monkeypatch, 1)
    register(server_ws, new_application(project="二期"), today=TODAY)
    assert numbers(server_ws) == ["HP2026-00001", "HP2026-00002"]


def test_numbers_taken_again_and_again_are_refused_at_last(
    server_ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    register(server_ws, new_application(), today=TODAY)
    stale_reads(monkeypatch, repo.NUMBER_TRIES)
    with pytest.raises(StoreError) as err:
        register(server_ws, new_application(project="二期"), today=TODAY)
    assert err.value.code is StoreErrorCode.DUPLICATE
    assert numbers(server_ws) == ["HP2026-00001"]  # nothing of it written


def test_an_import_passes_over_numbers_taken_meanwhile(
    server_ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    register(server_ws, new_application(), today=TODAY)
    stale_reads(monkeypatch, 1)
    demo.generate(server_ws, 20, today=TODAY, seed=1)  # bulk, as an import: the same numbering
    by_year = Counter(n[:7] for n in numbers(server_ws))
    assert numbers(server_ws) == sorted(
        repo.application_number(int(prefix[2:6]), serial)
        for prefix, count in by_year.items()
        for serial in range(1, count + 1)
    )
    assert by_year["HP2026-"] > 1


def test_an_enterprise_added_meanwhile_is_taken(
    server_ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = register(server_ws, new_application(), today=TODAY)
    real, reads = repo.enterprise_id, itertools.count()
    monkeypatch.setattr(
        repo, "enterprise_id", lambda s, c: None if next(reads) == 0 else real(s, c)
    )
    second = register(server_ws, new_application(project="二期"), today=TODAY)
    ids = {detail(server_ws, app, today=TODAY).view.record.enterprise_id for app in (first, second)}
    assert len(ids) == 1


def test_desks_take_turns_to_number_a_year(server_ws: Workspace) -> None:
    """A registration waits while another desk holds the turn to number 2026, then
    takes the number after that desk's: no race to lose, however starved it is."""
    import threading

    from approvals_gui.store.db import numbering_turn, session_scope

    register(server_ws, new_application(), today=TODAY)
    done: list[int] = []
    with session_scope(server_ws.engine) as other:  # another desk, mid-registration
        numbering_turn(other, "HP", 2026)
        other.execute(
            text("UPDATE application SET number = 'HP2026-00002' WHERE number = 'HP2026-00001'")
        )
        waiting = threading.Thread(
            target=lambda: done.append(
                register(server_ws, new_application(project="二期"), today=TODAY)
            )
        )
        waiting.start()
        with server_ws.engine.connect() as look:  # until the registration waits its turn
            query = text(
                "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"
            )
            while look.execute(query).scalar() == 0:
                look.rollback()
    waiting.join()
    assert done and numbers(server_ws) == ["HP2026-00002", "HP2026-00003"]
