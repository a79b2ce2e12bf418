"""A 承办人 disabled on another desk (another process, on the same file or server)
while this desk's form still offers them: the write reads the people as stored then
and refuses, writing nothing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from approvals_gui.domain.access import Role, User
from approvals_gui.domain.errors import DomainError, ErrorCode
from approvals_gui.domain.stages import Action
from approvals_gui.services import users
from approvals_gui.services.applications import (
    Step,
    apply_step,
    detail,
    list_applications,
    register,
)
from approvals_gui.services.changes import load_reference
from approvals_gui.services.workspace import Workspace
from tests.conftest import TODAY, new_application

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "correct horse"
OTHER_DESK = """
import sys
from approvals_gui.services import users
from approvals_gui.services.workspace import Workspace
from approvals_gui.store.database import open_database
ws = Workspace(open_database(sys.argv[1]), "王管理")
admin = ws.signed_in(users.sign_in(ws, "王管理", sys.argv[2]))
users.disable(admin, "孙七")
"""


def test_a_handler_disabled_on_another_desk_is_refused_here(ws: Workspace, database: str) -> None:
    admin = User("王管理", "city", Role.ADMIN)
    users.add_user(ws, admin, PASSWORD)
    for name, role in (("李四", Role.CLERK), ("孙七", Role.CLERK), ("赵科长", Role.MANAGER)):
        users.add_user(ws.signed_in(admin), User(name, "city", role), PASSWORD)
    clerk = ws.signed_in(users.sign_in(ws, "李四", PASSWORD))
    manager = ws.signed_in(users.sign_in(ws, "赵科长", PASSWORD))
    app_id = register(clerk, new_application(handler="李四"), today=TODAY)
    staff = load_reference(clerk).staff_at("city")
    assert staff is not None and "孙七" in staff.names  # what this desk's pickers offer

    subprocess.run(
        [sys.executable, "-c", OTHER_DESK, database, PASSWORD],
        cwd=ROOT,
        check=True,
        timeout=120,
    )
    with pytest.raises(DomainError) as registering:
        register(clerk, new_application(handler="孙七"), today=TODAY)
    with pytest.raises(DomainError) as reassigning:
        apply_step(manager, app_id, 1, Step(Action.REASSIGN, handler="孙七"), today=TODAY)
    for refused in (registering, reassigning):
        assert refused.value.code is ErrorCode.NOT_STAFF
        assert refused.value.params == {"handler": "孙七", "unit_name": "市局"}
    assert [v.record.id for v in list_applications(ws, today=TODAY)] == [app_id]
    record = detail(ws, app_id, today=TODAY).view.record
    assert (record.version, record.handler) == (1, "李四")
