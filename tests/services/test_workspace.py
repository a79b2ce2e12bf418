"""The workspace never changes; copies share its cache; new judged rules are found."""

from __future__ import annotations

from dataclasses import FrozenInstanceError, replace
from datetime import date

import pytest
from sqlalchemy import Engine

from approvals_gui.domain.clock import Status
from approvals_gui.domain.stages import Action
from approvals_gui.services import workspace
from approvals_gui.services.applications import (
    Step,
    apply_step,
    detail,
    list_applications,
    register,
)
from approvals_gui.services.rules import save_rule
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


def test_the_rule_kept_for_each_record_follows_an_edit(ws: Workspace) -> None:
    """`rule_for` keeps its answer by judged rule and category, until the rules are
    read again: an edit's new limit reaches the open application, the judged one keeps
    the rule it was judged by."""
    open_id = register(ws, new_application(received_on=date(2026, 11, 2)), today=TODAY)
    judged_id = register(ws, new_application(received_on=date(2026, 11, 2)), today=TODAY)
    for version, step in enumerate(
        (Step(Action.ACCEPT, date(2026, 11, 3)), *reviewed_and_refused()), start=1
    ):
        apply_step(ws, judged_id, version, step, today=TODAY)
    judged, running = (detail(ws, i, today=TODAY).view.record for i in (judged_id, open_id))
    before = ws.rule_for(running)
    assert ws.rule_for(judged) == before and ws.rule_for(running) is before
    edited = replace(before, warn_workdays=before.warn_workdays + 1)
    save_rule(ws, edited, based_on=before)
    assert ws.rule_for(running) == edited
    assert ws.rule_for(judged) == before


class _EmptiedAtOnce(workspace._Read[object]):
    """A read that another thread's `reload` forgets right after each fill."""

    __slots__ = ()

    def __setattr__(self, name: str, value: object) -> None:
        super().__setattr__(name, None if name == "value" else value)


@pytest.mark.parametrize("read", ["calendar", "rules", "judged_rules", "units", "authorities"])
def test_what_is_read_is_returned_though_another_thread_forgets_it_meanwhile(
    ws: Workspace, read: str
) -> None:
    """A `reload` in another thread while this one reads (a test's, a change set's) once
    made the read return None: it read the cache back after filling it."""
    cache = ws._cache
    for name in ("calendar", "rules", "judged", "units", "authorities"):
        setattr(cache, name, _EmptiedAtOnce(getattr(cache, name)._load))
    assert getattr(ws, read)() is not None
