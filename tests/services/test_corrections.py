"""更正登记 through the services, on a file and on a server: the application's project
and investment are rewritten with the step and given back by undo, the history's hash
chain covers the correction, and a correction from another desk is read here."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from approvals_gui.domain.errors import DomainError, ErrorCode
from approvals_gui.domain.search import ApplicationFilter
from approvals_gui.domain.stages import Action
from approvals_gui.services import maintenance
from approvals_gui.services.applications import (
    Step,
    apply_step,
    detail,
    list_applications,
    register,
)
from approvals_gui.services.workspace import Workspace
from approvals_gui.store.errors import StoreError, StoreErrorCode
from tests.conftest import TODAY, new_application

ROOT = Path(__file__).resolve().parents[2]
REGISTERED = "年产5万吨再生铝项目"


def test_a_correction_rewrites_the_registration_and_undo_gives_it_back(ws: Workspace) -> None:
    app_id = register(ws, new_application(), today=TODAY)
    step = Step(Action.CORRECT, project="年产8万吨再生铝项目", investment="1.5万")
    with pytest.raises(DomainError) as err:  # not an amount: nothing written
        apply_step(ws, app_id, 1, step, today=TODAY)
    assert err.value.code is ErrorCode.INVALID_NUMBER
    step = Step(Action.CORRECT, project="年产8万吨再生铝项目", investment="15000")
    corrected = apply_step(ws, app_id, 1, step, today=TODAY)
    assert (corrected.view.record.project, corrected.investment) == ("年产8万吨再生铝项目", 15000.0)
    read_back = detail(ws, app_id, today=TODAY)
    assert (read_back.view.record.project, read_back.investment) == ("年产8万吨再生铝项目", 15000.0)
    event = read_back.events[-1]
    assert (event.from_project, event.project) == (REGISTERED, "年产8万吨再生铝项目")
    assert (event.from_investment, event.investment) == (12000.0, 15000.0)
    found = list_applications(ws, today=TODAY, where=ApplicationFilter(text="8万吨"))
    assert [v.record.id for v in found] == [app_id]
    assert maintenance.check(ws, today=TODAY).problems == []

    undone = apply_step(ws, app_id, 2, Step(Action.UNDO), today=TODAY)
    assert (undone.view.record.project, undone.investment) == (REGISTERED, 12000.0)
    read_back = detail(ws, app_id, today=TODAY)
    assert (read_back.view.record.project, read_back.investment) == (REGISTERED, 12000.0)
    assert maintenance.check(ws, today=TODAY).problems == []


def test_an_investment_not_typed_stays_and_one_emptied_is_refused(ws: Workspace) -> None:
    app_id = register(ws, new_application(), today=TODAY)
    emptied = Step(Action.CORRECT, project="年产6万吨再生铝项目", investment=" ")
    with pytest.raises(DomainError) as err:  # it would have read as "unchanged"
        apply_step(ws, app_id, 1, emptied, today=TODAY)
    assert (err.value.code, err.value.params["field"]) == (ErrorCode.REQUIRED_FIELD, "investment")
    step = Step(Action.CORRECT, project="年产6万吨再生铝项目")
    corrected = apply_step(ws, app_id, 1, step, today=TODAY)
    assert (corrected.view.record.project, corrected.investment) == ("年产6万吨再生铝项目", 12000.0)
    assert corrected.events[-1].investment is None


def test_a_name_kept_with_an_invisible_character_is_not_renamed_by_the_amount(
    ws: Workspace,
) -> None:
    """An older program kept "年产5万吨\u200b再生铝项目": correcting only the amount, with
    the name as shown, recorded a rename that read "“X”→“X”"."""
    from sqlalchemy import text

    app_id = register(ws, new_application(), today=TODAY)
    with ws.engine.begin() as conn:
        kept = "年产5万吨\u200b再生铝项目"
        conn.execute(text("UPDATE application SET project = :p"), {"p": kept})
    shown = detail(ws, app_id, today=TODAY).view.record.project
    step = Step(Action.CORRECT, project=shown, investment="15000")
    event = apply_step(ws, app_id, 1, step, today=TODAY).events[-1]
    assert (event.project, event.from_investment, event.investment) == ("", 12000.0, 15000.0)


def test_a_ledgers_amount_retyped_as_shown_is_no_correction(ws: Workspace) -> None:
    app_id = register(ws, new_application(investment=1234.5600000000001), today=TODAY)
    step = Step(Action.CORRECT, project=REGISTERED, investment="1234.56")
    with pytest.raises(DomainError) as err:
        apply_step(ws, app_id, 1, step, today=TODAY)
    assert err.value.code is ErrorCode.NOTHING_CORRECTED


OTHER_DESK = """
import sys
from datetime import date
from approvals_gui.domain.stages import Action
from approvals_gui.services.applications import Step, apply_step
from approvals_gui.services.workspace import Workspace
from approvals_gui.store.database import open_database
ws = Workspace(open_database(sys.argv[1]), "李四")
step = Step(Action.CORRECT, project="年产6万吨再生铝项目", investment="13000")
apply_step(ws, int(sys.argv[2]), 1, step, today=date(2026, 11, 25))
"""


def test_a_correction_on_another_desk_is_read_here_and_this_one_is_told(
    ws: Workspace, database: str
) -> None:
    app_id = register(ws, new_application(), today=TODAY)
    subprocess.run(
        [sys.executable, "-c", OTHER_DESK, database, str(app_id)], cwd=ROOT, check=True, timeout=120
    )
    with pytest.raises(StoreError) as err:  # this desk still saw the registration
        apply_step(ws, app_id, 1, Step(Action.CORRECT, project="年产7万吨项目"), today=TODAY)
    assert err.value.code is StoreErrorCode.STALE
    found = detail(ws, app_id, today=TODAY)
    assert (found.view.record.project, found.investment) == ("年产6万吨再生铝项目", 13000.0)
    assert found.events[-1].actor == "李四"
    assert maintenance.check(ws, today=TODAY).problems == []
