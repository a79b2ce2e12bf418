"""Other desks' changes: every write is logged with its desk; a watch reads the others'."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date

import pytest

from approvals_gui.domain.stages import Action
from approvals_gui.services import demo
from approvals_gui.services.applications import Step, apply_step, register
from approvals_gui.services.rules import save_rule
from approvals_gui.services.workspace import Workspace
from approvals_gui.store import live
from approvals_gui.store.live import Changes, Watch
from tests.conftest import TODAY, new_application


@pytest.fixture
def other_desk(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Run writes as another desk would (another process has another desk id)."""

    class Desk:
        def __enter__(self) -> None:
            monkeypatch.setattr(live, "DESK", "another-desk")

        def __exit__(self, *_exc: object) -> None:
            monkeypatch.setattr(live, "DESK", THIS_DESK)

    return Desk()


THIS_DESK = live.DESK


def seen(watch: Watch, arrived: Callable[[Changes], bool]) -> Changes:
    """What the watch has seen once `arrived` says so (a NOTIFY reaches the listening
    connection a moment after the commit), or all it saw within five seconds."""
    found = Changes()
    deadline = time.monotonic() + 5
    while not arrived(found) and time.monotonic() < deadline:
        got = watch.poll()
        found.applications |= got.applications
        found.visits |= got.visits
        found.reference |= got.reference
        found.reload |= got.reload
        if not arrived(found):
            time.sleep(0.02)
    return found


def test_a_watch_sees_what_other_desks_wrote_and_not_its_own(ws: Workspace, other_desk) -> None:  # type: ignore[no-untyped-def]
    watch = Watch(ws.engine)
    assert not watch.poll()  # the first look only notes where the log stands
    register(ws, new_application(project="本机登记"), today=TODAY)
    assert not watch.poll()  # this desk's own write: its window already shows it
    with other_desk:
        there = register(ws, new_application(project="他处登记"), today=TODAY)
    assert seen(watch, bool) == Changes(applications={there})
    assert not watch.poll()  # read once
    with other_desk:
        apply_step(ws, there, 1, Step(Action.ACCEPT, date(2026, 11, 3)), today=TODAY)
        save_rule(ws, replace(ws.rule("report_form"), warn_workdays=5))
    both = seen(watch, lambda found: bool(found.applications) and found.reference)
    assert both == Changes(applications={there}, reference=True)
    with other_desk:
        demo.generate(ws, 5, today=TODAY)  # bulk, past the ORM: everything again
    assert seen(watch, lambda found: found.reload).reload
    watch.close()


def test_the_log_keeps_a_day(ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    from datetime import datetime, timedelta

    from sqlalchemy import func, select

    from approvals_gui.store.tables import ChangeLogRow

    register(ws, new_application(), today=TODAY)
    later = datetime.now() + live.KEEP + timedelta(minutes=1)
    monkeypatch.setattr(live, "datetime", type("Later", (), {"now": staticmethod(lambda: later)}))
    live.prune(ws.engine)
    with ws.engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(ChangeLogRow)) == 0


def test_a_watch_that_lost_its_connection_connects_again_and_catches_up(
    ws: Workspace, other_desk
) -> None:  # type: ignore[no-untyped-def]
    """A dropped connection (the network, a server restart) once left the watch on its
    dead connection: the desk never saw another desk's change again until restarted."""
    if ws.engine.dialect.name != "postgresql":
        pytest.skip("a SQLite file has no connection to lose")
    from sqlalchemy import text

    watch = Watch(ws.engine)
    assert not watch.poll()
    with ws.engine.begin() as conn:  # the server ends the watch's listening connection
        ended = conn.execute(
            text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE query LIKE 'LISTEN%' AND datname = current_database()"
                " AND pid <> pg_backend_pid()"
            )
        ).scalars()
        assert list(ended) == [True]
    deadline = time.monotonic() + 5
    with pytest.raises(Exception):  # the loss is told, once  # noqa: B017, PT011
        while time.monotonic() < deadline:
            watch.poll()
            time.sleep(0.02)
    with other_desk:  # rung while no one listens: only the log has it
        there = register(ws, new_application(project="断线时登记"), today=TODAY)
    assert seen(watch, lambda found: bool(found.applications)).applications == {there}
    watch.close()
