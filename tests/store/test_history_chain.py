"""Every way events are written keeps the hash chain, and `check` catches a history
edited behind the program's back, naming the application and the first bad event."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from approvals_gui.domain.clock import facts_from_history
from approvals_gui.domain.stages import Action
from approvals_gui.services import demo, maintenance
from approvals_gui.services.applications import Step, apply_step, detail, register
from approvals_gui.services.checking import CheckReport, check_file
from approvals_gui.services.ledger import import_ledger, read_ledger
from approvals_gui.services.workspace import Workspace
from approvals_gui.store import repo
from approvals_gui.store.targets import sqlite_file
from tests.conftest import TODAY, ledger_checked, new_application
from tests.services.test_ledger import ledger_file

DONE = 2  # the `data` fixture's finished application: five events, 文号 on the fourth


def problems(ws: Workspace) -> list[str]:
    return checked(ws).problems


def checked(ws: Workspace) -> CheckReport:
    """The check's report; on a file, the command line's reading through sqlite3 alone
    (`check_file`) must give the very same."""
    report = maintenance.check(ws, today=TODAY)
    path = sqlite_file(str(ws.engine.url))
    if path is not None:
        assert check_file(path, TODAY) == report
    return report


def heads(ws: Workspace) -> list[str]:
    with ws.engine.connect() as conn:
        return list(conn.execute(text("SELECT history_hash FROM application")).scalars())


def test_registration_steps_undo_import_and_demo_keep_the_chain(
    ws: Workspace, tmp_path: Path
) -> None:
    app = register(ws, new_application(), today=TODAY)
    apply_step(ws, app, 1, Step(Action.ACCEPT, date(2026, 11, 3)), today=TODAY)
    apply_step(ws, app, 2, Step(Action.UNDO), today=TODAY)
    sheet = read_ledger(ledger_file(tmp_path))
    entries = ledger_checked(ws, sheet).entries
    import_ledger(ws, entries)
    demo.generate(ws, 30, today=TODAY)
    assert problems(ws) == []
    assert len(heads(ws)) == 33 and all(len(h) == 64 for h in heads(ws))


def test_an_edited_actor_is_caught(data: Workspace) -> None:
    with data.engine.begin() as conn:
        conn.execute(
            text(f"UPDATE stage_event SET actor = '李四' WHERE application_id = {DONE} AND seq = 2")
        )
    assert problems(data) == ["HP2026-00002: hash chain broken at event 2"]


def test_an_edited_document_number_is_caught(data: Workspace) -> None:
    with data.engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE stage_event SET document_number = '环审〔2026〕99号' "
                f"WHERE application_id = {DONE} AND seq = 4"
            )
        )
    assert problems(data) == ["HP2026-00002: hash chain broken at event 4"]


def test_a_date_moved_with_the_stored_date_is_caught(data: Workspace) -> None:
    with data.engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE stage_event SET \"on\" = '2026-11-10' "
                f"WHERE application_id = {DONE} AND seq = 4"
            )
        )
        conn.execute(text(f"UPDATE application SET decided_on = '2026-11-10' WHERE id = {DONE}"))
    assert problems(data) == ["HP2026-00002: hash chain broken at event 4"]  # facts agree


def test_the_last_event_removed_with_the_version_rolled_back_is_caught(data: Workspace) -> None:
    kept = detail(data, DONE, today=TODAY).events[:-1]
    columns = repo.facts_columns(facts_from_history(kept))
    assignments = ", ".join(f"{name} = :{name}" for name in columns)
    with data.engine.begin() as conn:
        conn.execute(text(f"DELETE FROM stage_event WHERE application_id = {DONE} AND seq = 5"))
        conn.execute(
            text(f"UPDATE application SET version = 4, {assignments} WHERE id = {DONE}"),
            {name: _sql(value) for name, value in columns.items()},
        )
    assert problems(data) == ["HP2026-00002: hash chain broken at event 5 (missing)"]


def _sql(value: object) -> object:
    return value.isoformat() if isinstance(value, date) else value


@pytest.mark.parametrize("seq", [1, 3])
def test_a_removed_event_inside_the_history_is_caught(data: Workspace, seq: int) -> None:
    with data.engine.begin() as conn:
        conn.execute(text(f"DELETE FROM stage_event WHERE application_id = {DONE} AND seq = {seq}"))
    found = problems(data)
    assert f"HP2026-00002: hash chain broken at event {seq + 1}" in found


@pytest.mark.parametrize(
    ("change", "said"),
    [
        ("UPDATE application SET stage = 'bogus' WHERE id = 2", "cannot be read: KeyError"),
        ("UPDATE application SET received_on = '2026-13-45' WHERE id = 2", "cannot be read"),
        ("UPDATE application SET pause_spans = 'garbage' WHERE id = 2", "cannot be read"),
        (
            "UPDATE stage_event SET action = 'bogus' WHERE application_id = 2 AND seq = 2",
            "its history cannot be read: KeyError",
        ),
        (
            "UPDATE stage_event SET \"on\" = 'yesterday' WHERE application_id = 2 AND seq = 2",
            "its history cannot be read",
        ),
    ],
)
def test_a_row_that_cannot_be_read_is_a_problem_and_the_check_goes_on(
    data: Workspace, change: str, said: str
) -> None:
    """Such a row (written outside the program) once stopped the whole check with an
    unexpected error."""
    if ("'2026-13-45'" in change or "'yesterday'" in change) and data.engine.dialect.name != (
        "sqlite"
    ):
        pytest.skip("a server's date columns hold no such text")
    with data.engine.begin() as conn:
        conn.execute(text(change))
    report = checked(data)
    assert len(report.problems) == 1 and report.problems[0].startswith(f"HP2026-00002: {said}")
    assert report.applications == 2
