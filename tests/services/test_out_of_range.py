"""One application with a date the calendar does not cover (typed before dates were
checked, or edited in the file) must not take the lists, the board and the figures down."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from approvals_gui.domain.clock import Status
from approvals_gui.domain.stages import Action
from approvals_gui.services.applications import Step, apply_step, detail, list_applications
from approvals_gui.services.board import board_cards
from approvals_gui.services.figures import figures_report
from approvals_gui.services.workspace import Workspace
from tests.conftest import TODAY, new_application


@pytest.fixture
def one_bad(data: Workspace) -> int:
    """The `data` fixture's two applications and a third received, as stored, in 1999."""
    from approvals_gui.services.applications import register

    bad = register(data, new_application(project="年代久远的项目"), today=TODAY)
    apply_step(data, bad, 1, Step(Action.ACCEPT, date(2026, 11, 3)), today=TODAY)
    with data.engine.begin() as conn:
        conn.execute(
            text("UPDATE application SET received_on = '1999-12-31' WHERE id = :id"),
            {"id": bad},
        )
    return bad


def test_the_list_shows_every_row_and_the_bad_one_says_so(data: Workspace, one_bad: int) -> None:
    views = list_applications(data, today=TODAY)
    assert len(views) == 3
    assert views[0].record.id == one_bad  # shown first: someone must look at it
    assert views[0].clock.status is Status.UNKNOWN
    assert {v.clock.status for v in views[1:]} == {Status.OVERDUE, Status.WITHIN_PROMISE}


def test_the_bad_one_stays_reachable(data: Workspace, one_bad: int) -> None:
    found = detail(data, one_bad, today=TODAY)
    assert found.view.clock.status is Status.UNKNOWN
    assert found.explanations == () and found.timeline == ()
    assert Action.WITHDRAW in found.allowed  # the clerk can still act on it


def test_board_and_figures_carry_on(data: Workspace, one_bad: int) -> None:
    assert [card.item_id for card in board_cards(data, today=TODAY)] != []
    report = figures_report(data, date(2026, 1, 1), TODAY, today=TODAY)
    assert report.figures.decided == 1
