"""`check` counts as the window does: a decision awaiting delivery is as urgent as its
delivery deadline, in the totals and in each handler's line alike."""

from __future__ import annotations

from datetime import date

from approvals_gui.domain.clock import Status
from approvals_gui.domain.stages import Action
from approvals_gui.services.applications import Step, apply_step, detail, register
from approvals_gui.services.maintenance import check
from approvals_gui.services.workspace import Workspace
from tests.conftest import TODAY, handle_as_kept_before, new_application


def test_a_delivery_due_soon_is_counted_as_due_soon_everywhere(ws: Workspace) -> None:
    app_id = register(ws, new_application(received_on=date(2026, 11, 2)), today=TODAY)
    steps = (
        Step(Action.ACCEPT, date(2026, 11, 3)),
        Step(Action.START_REVIEW, date(2026, 11, 4)),
        Step(Action.REFUSE, date(2026, 11, 13), document_number="环审〔2026〕3号", reason="不符"),
    )
    for version, step in enumerate(steps, start=1):
        apply_step(ws, app_id, version, step, today=TODAY)
    clock = detail(ws, app_id, today=TODAY).view.clock
    assert (clock.status, clock.countdown) == (Status.WITHIN_PROMISE, Status.DUE_SOON)
    report = check(ws, today=TODAY)
    assert report.by_status[Status.DUE_SOON] == 1
    assert report.late_by_handler == {"张三": (0, 0, 1)}


def test_a_handler_kept_padded_has_one_line(ws: Workspace) -> None:
    """Applications an older program kept as handled by "张 三" are 张三's."""
    ids = [register(ws, new_application(received_on=date(2026, 11, 2)), today=TODAY) for _ in "12"]
    handle_as_kept_before(ws.engine, ids[1:], "张 三")
    report = check(ws, today=TODAY)
    assert list(report.late_by_handler) == ["张三"]
    assert sum(report.late_by_handler["张三"]) == 2
