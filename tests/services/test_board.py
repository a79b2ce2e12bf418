"""The board's cards come from every application with work left, decisions to deliver too."""

from __future__ import annotations

from datetime import date

from approvals_gui.domain.board import DELIVERY_STEP, Lane
from approvals_gui.domain.stages import Action
from approvals_gui.services.applications import Step, apply_step, list_applications, register
from approvals_gui.services.board import board_cards
from approvals_gui.services.workspace import Workspace
from tests.conftest import TODAY, new_application


def test_a_decision_not_delivered_in_ten_working_days_is_on_the_board(ws: Workspace) -> None:
    app_id = register(ws, new_application(received_on=date(2026, 11, 2)), today=TODAY)
    for version, step in enumerate(
        (
            Step(Action.ACCEPT, date(2026, 11, 2)),
            Step(Action.START_REVIEW, date(2026, 11, 2)),
            Step(
                Action.REFUSE, date(2026, 11, 3), document_number="环审〔2026〕3号", reason="不符"
            ),
        ),
        start=1,
    ):
        apply_step(ws, app_id, version, step, today=TODAY)
    # Delivery was due 11-17 (10 working days after 11-03).
    cards = board_cards(ws, today=TODAY)
    assert [(c.item_id, c.lane, c.step, c.due) for c in cards] == [
        (app_id, Lane.RED, DELIVERY_STEP, date(2026, 11, 17))
    ]
    assert [v.record.id for v in list_applications(ws, today=TODAY, open_only=True)] == [app_id]
    apply_step(ws, app_id, 4, Step(Action.DELIVER, TODAY), today=TODAY)
    assert board_cards(ws, today=TODAY) == []
    assert list_applications(ws, today=TODAY, open_only=True) == []
