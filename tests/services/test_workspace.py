"""The workspace never changes; copies share its cache; new judged rules are found."""

from __future__ import annotations

from dataclasses import FrozenInstanceError
from datetime import date

import pytest
from sqlalchemy import Engine

from approvals_gui.domain.clock import Status
from approvals_gui.domain.stages import Action
from approvals_gui.services.applications import (
    Step,
    apply_step,
    detail,
    list_applications,
    register,
)
from approvals_gui.services.workspace import Workspace
from tests.conftest import NOW, TODAY, new_application, reviewed_and_refused


def test_a_copy_for_another_user_shares_the_engine_and_the_cache(ws: Workspace) -> None:
    with pytest.raises(FrozenInstanceError):
        ws.actor = "李四"  # type: ignore[misc]
    other = ws.with_actor("李四")
    assert (ws.actor, other.actor) == ("张三", "李四") and other.engine is ws.engine
    assert other.rules() is ws.rules() and other.calendar() is ws.calendar()
    before = ws.rules()
    other.reload()
    assert ws.rules() is not before and ws.rules() is other.rules()
    app_id = register(other, new_application(), today=TODAY)
    assert detail(ws, app_id, today=TODAY).events[0].actor == "李四"


def test_a_rule_judged_on_another_desktop_is_found(ws: Workspace, engine: Engine) -> None:
    elsewhere = Workspace(engine, "李四", now=lambda: NOW)
    assert elsewhere.judged_rules() == {}  # read before anything was decided
    app_id = register(ws, new_application(received_on=date(2026, 11, 2)), today=TODAY)
    for version, step in enumerate(
        (
            Step(Action.ACCEPT, date(2026, 11, 3)),
            *reviewed_and_refused(),
        ),
        start=1,
    ):
        apply_step(ws, app_id, version, step, today=TODAY)
    (found,) = list_applications(elsewhere, today=TODAY)
    assert found.record.judged_rule_id in elsewhere.judged_rules()
    assert found.clock.status is Status.WITHIN_PROMISE
