"""The pane's step buttons: a second supplement notice is no 一次性告知, and the pane and
the step's dialog say which notice it is (they had offered it as 一次性告知补正 again);
the main-line step, refused today, says why in sight."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from approvals_gui.domain.stages import Action
from approvals_gui.services.applications import Step, apply_step, detail, register
from approvals_gui.services.workspace import Workspace
from approvals_gui.ui import strings
from approvals_gui.ui.detail_pane import DetailPane
from approvals_gui.ui.dialogs.step_dialog import StepDialog
from tests.conftest import TODAY, new_application
from tests.ui.conftest import laid_out


def supplement_button(pane: DetailPane) -> QPushButton:
    """The one laid out now (a replaced button is deleted later)."""
    name = f"step_{Action.REQUEST_SUPPLEMENT.value}"
    found = [w for w in laid_out(pane.buttons) if w.objectName() == name]
    assert len(found) == 1 and isinstance(found[0], QPushButton)
    return found[0]


def test_a_second_supplement_notice_says_it_is_the_second(qtbot: QtBot, ws: Workspace) -> None:
    app_id = register(ws, new_application(received_on=date(2026, 11, 16)), today=TODAY)
    pane = DetailPane()
    qtbot.addWidget(pane)
    pane.show_detail(detail(ws, app_id, today=TODAY))
    assert supplement_button(pane).text() == "一次性告知补正"
    first = Step(Action.REQUEST_SUPPLEMENT, date(2026, 11, 17), materials=("公众参与说明",))
    apply_step(ws, app_id, 1, first, today=TODAY)
    apply_step(ws, app_id, 2, Step(Action.RECEIVE_MATERIALS, date(2026, 11, 19)), today=TODAY)
    again = detail(ws, app_id, today=TODAY)
    pane.show_detail(again)
    assert supplement_button(pane).text() == "再次告知补正（第 2 次）"
    dialog = StepDialog(
        again, Action.REQUEST_SUPPLEMENT, ws.calendar(), today=TODAY, actor="张三", now=ws.now()
    )
    qtbot.addWidget(dialog)
    assert dialog.windowTitle().startswith("再次告知补正（第 2 次） — ")


def test_the_main_step_refused_says_why_in_sight(qtbot: QtBot, ws: Workspace) -> None:
    """During the pre-approval notice 批准 is refused; why was only on hover, so a new
    clerk saw a dead button. The pane now says it beneath the steps."""
    app_id = register(ws, new_application(received_on=date(2026, 11, 2)), today=TODAY)
    steps = (
        Step(Action.ACCEPT, date(2026, 11, 3)),
        Step(Action.START_REVIEW, date(2026, 11, 4)),
        Step(Action.START_PUBLIC_NOTICE, date(2026, 11, 24)),
    )
    for version, step in enumerate(steps, start=1):
        apply_step(ws, app_id, version, step, today=TODAY)
    found = detail(ws, app_id, today=TODAY)
    assert Action.APPROVE in found.blocked
    pane = DetailPane()
    qtbot.addWidget(pane)
    pane.show_detail(found)
    notes = [w for w in laid_out(pane.buttons) if w.objectName() == "main_step_refused"]
    assert len(notes) == 1
    assert notes[0].text().startswith("暂不能批准：")
    assert strings.error_text(found.blocked[Action.APPROVE]) in notes[0].text()
