"""Bulk inserts as imports use them."""

from __future__ import annotations

from datetime import datetime

from approvals_gui.domain.enterprises import EnterpriseForm
from approvals_gui.services.applications import register
from approvals_gui.services.workspace import Workspace
from approvals_gui.store import bulk, repo
from approvals_gui.store.db import session_scope
from tests.conftest import TODAY, new_application

TAKEN = "91350100M000100Y43"  # new_application's enterprise
NEW = "91350100MA2XY00017"


def test_an_enterprise_another_desk_added_meanwhile_is_taken_not_refused(
    ws: Workspace,
) -> None:
    register(ws, new_application(), today=TODAY)  # the other desk's registration
    forms = [
        EnterpriseForm("江城再生资源有限公司（台账）", TAKEN, "高新区"),
        EnterpriseForm("青山水务有限公司", NEW, "江北区"),
    ]
    with session_scope(ws.engine) as session:
        taken = repo.enterprise_id(session, TAKEN)
        ids = bulk.add_enterprises(session, forms, datetime(2026, 11, 25, 9))
    assert ids[0] == taken and ids[1] not in (None, taken)
    with session_scope(ws.engine, write=False) as session:
        assert repo.enterprise_id(session, NEW) == ids[1]
