"""Another desk's change reaches an open window within seconds, without F5."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from approvals_gui.services.workspace import Workspace
from approvals_gui.ui.controllers.applications import ALL
from tests.ui.conftest import open_window

ROOT = Path(__file__).resolve().parents[2]
# Another desk: another process on the same database file.
OTHER_DESK = """
import sys
from datetime import date
from approvals_gui.domain.stages import Action
from approvals_gui.services.applications import Step, apply_step, register
from approvals_gui.services.workspace import Workspace
from approvals_gui.store.database import open_database
from tests.conftest import new_application
ws = Workspace(open_database(sys.argv[1]), "李四")
today = date(2026, 11, 25)
app_id = register(ws, new_application(project="他处登记的项目"), today=today)
apply_step(ws, app_id, 1, Step(Action.ACCEPT, date(2026, 11, 3)), today=today)
"""


def test_an_application_registered_on_another_desk_appears(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    window = open_window(qtbot, ws, settings)
    window.show_view(ALL)
    page = window.applications.page
    assert page.model.rowCount() == 0
    database = str(ws.engine.url.database)
    subprocess.run([sys.executable, "-c", OTHER_DESK, database], cwd=ROOT, check=True, timeout=120)

    def shown() -> bool:
        return any(
            v.record.project == "他处登记的项目" and v.record.facts.accepted_on is not None
            for v in page.model.views()
        )

    qtbot.waitUntil(shown, timeout=20_000)  # the window looks every 2 s
    assert "共 1 件" in window.counts_label.text()


RULE_ON_ANOTHER_DESK = """
import sys
from dataclasses import replace
from approvals_gui.domain.timelimits import Limit, Unit
from approvals_gui.services.rules import save_rule
from approvals_gui.services.workspace import Workspace
from approvals_gui.store.database import open_database
ws = Workspace(open_database(sys.argv[1]), "管理员")
save_rule(ws, replace(ws.rule("report_form"), promised=Limit(15, Unit.WORKDAYS)))
"""


def test_a_rule_changed_on_another_desk_moves_the_countdowns(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    from datetime import date

    from approvals_gui.domain.stages import Action
    from approvals_gui.services.applications import Step, apply_step, register
    from tests.conftest import TODAY, new_application

    app_id = register(ws, new_application(received_on=date(2026, 11, 16)), today=TODAY)
    apply_step(ws, app_id, 1, Step(Action.ACCEPT, date(2026, 11, 16)), today=TODAY)
    window = open_window(qtbot, ws, settings)
    window.show_view(ALL)
    applications = window.applications
    model = applications.page.model
    assert model.view_at(model.row_of(app_id)).clock.promised_due == date(2026, 11, 30)
    applications.page.select(app_id)
    qtbot.waitUntil(lambda: applications.current_detail(app_id) is not None)
    database = str(ws.engine.url.database)
    subprocess.run(
        [sys.executable, "-c", RULE_ON_ANOTHER_DESK, database], cwd=ROOT, check=True, timeout=120
    )
    qtbot.waitUntil(  # 15 working days from 11-16
        lambda: model.view_at(model.row_of(app_id)).clock.promised_due == date(2026, 12, 7),
        timeout=20_000,
    )

    # The pane beside it follows, and with it the explanation, the step dialogs'
    # previews and the notices printed from it: it had kept 11-30, its version unchanged.
    def followed() -> bool:
        shown = applications.current_detail(app_id)
        return shown is not None and shown.view.clock.promised_due == date(2026, 12, 7)

    qtbot.waitUntil(followed, timeout=20_000)


def test_a_database_that_cannot_be_read_is_said_until_it_can(
    qtbot: QtBot, ws: Workspace, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A server gone mid-session left the board and the lists as they were, with nothing
    to say they were stale until a save failed: a manager could take an old board to a
    meeting. The status bar says so from the first look that fails to the first that
    reads again."""
    from approvals_gui.store.errors import StoreError, StoreErrorCode
    from approvals_gui.ui import live

    window = open_window(qtbot, ws, settings)
    label = window.connection_label
    assert label.isHidden()
    reads = live.others_changes

    def gone(*_args: object, **_kwargs: object) -> None:
        raise StoreError(StoreErrorCode.UNREACHABLE, "server closed the connection")

    monkeypatch.setattr(live, "others_changes", gone)
    qtbot.waitUntil(lambda: not window.live._asking)  # the first look, made at the start
    window.live.look()
    qtbot.waitUntil(lambda: not label.isHidden())
    assert label.text() == "数据库连接中断，显示的可能不是最新数据"
    assert label.toolTip().startswith("无法连接数据库服务器")
    monkeypatch.setattr(live, "others_changes", reads)
    window.live.look()
    qtbot.waitUntil(label.isHidden)
    assert window.statusBar().currentMessage() == "已重新连接数据库，显示的是最新数据。"


def test_a_step_opened_while_the_database_cannot_be_read_says_so(
    qtbot: QtBot, ws: Workspace, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The banner said the connection was lost, yet a step's dialog opened with its
    preview worked out from the data on screen and nothing said so until the save
    failed. It says so, and OK stays: the connection may be back by then."""
    from datetime import date

    from PySide6.QtWidgets import QDialogButtonBox, QWidget

    from approvals_gui.domain.stages import Action
    from approvals_gui.services.applications import register
    from approvals_gui.store.errors import StoreError, StoreErrorCode
    from approvals_gui.ui import live
    from approvals_gui.ui.dialogs.step_dialog import StepDialog
    from tests.conftest import new_application
    from tests.ui.conftest import answer_next_dialog, show_in_pane

    app_id = register(ws, new_application(received_on=date(2026, 11, 24)), today=date(2026, 11, 25))
    window = open_window(qtbot, ws, settings)
    show_in_pane(qtbot, window, app_id)
    seen: list[tuple[bool, bool]] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, StepDialog)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        seen.append((dialog.offline_note.isVisible(), ok.isEnabled()))
        dialog.reject()

    answer_next_dialog(look, StepDialog)
    window.applications.detail_pane.action_requested.emit(Action.ACCEPT)
    qtbot.waitUntil(lambda: bool(seen))

    def gone(*_args: object, **_kwargs: object) -> None:
        raise StoreError(StoreErrorCode.UNREACHABLE, "server closed the connection")

    reads = live.others_changes
    monkeypatch.setattr(live, "others_changes", gone)
    qtbot.waitUntil(lambda: not window.live._asking)
    window.live.look()
    qtbot.waitUntil(lambda: not window.connection_label.isHidden())
    answer_next_dialog(look, StepDialog)
    window.applications.detail_pane.action_requested.emit(Action.ACCEPT)
    qtbot.waitUntil(lambda: len(seen) == 2)
    monkeypatch.setattr(live, "others_changes", reads)
    window.live.look()
    qtbot.waitUntil(window.connection_label.isHidden)
    answer_next_dialog(look, StepDialog)
    window.applications.detail_pane.action_requested.emit(Action.ACCEPT)
    qtbot.waitUntil(lambda: len(seen) == 3)
    assert seen == [(False, True), (True, True), (False, True)]
