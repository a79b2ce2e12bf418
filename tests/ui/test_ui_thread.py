"""The window never waits on the database: its code runs no SQL on the UI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from approvals_gui.services.applications import list_applications
from approvals_gui.services.workspace import Workspace
from approvals_gui.ui.controllers.applications import ALL
from approvals_gui.ui.main_window import BOARD, CALENDAR, ENTERPRISES, FIGURES, RULES, SERVICE
from tests.conftest import TODAY
from tests.ui.conftest import UI_PACKAGE, open_window


def test_the_guard_sees_sql_run_by_window_code(
    data: Workspace, database_calls_on_the_ui_thread: list[str]
) -> None:
    """Code compiled as if it were one of the window's modules is caught; the test
    empties the list afterwards so that this test itself passes."""
    as_ui_code = compile(
        "list_applications(ws, today=day)", str(Path(UI_PACKAGE) / "pretend.py"), "exec"
    )
    exec(as_ui_code, {"list_applications": list_applications, "ws": data, "day": TODAY})
    assert database_calls_on_the_ui_thread
    assert all("pretend.py" in call for call in database_calls_on_the_ui_thread)
    database_calls_on_the_ui_thread.clear()


def test_the_guard_lets_tests_use_the_database(
    data: Workspace, database_calls_on_the_ui_thread: list[str]
) -> None:
    assert list_applications(data, today=TODAY)
    assert database_calls_on_the_ui_thread == []


def test_every_page_loads_off_the_ui_thread(
    qtbot: QtBot, data: Workspace, settings: QSettings
) -> None:
    """Opening the window and every page; the autouse guard fails on any SQL the
    window's code runs on this thread."""
    window = open_window(qtbot, data, settings)
    for key in (ALL, BOARD, FIGURES, SERVICE, ENTERPRISES, CALENDAR, RULES):
        window.show_view(key)
    window.show_view(ALL)
    window.applications.page.select(window.applications.views()[0].record.id)
    qtbot.waitUntil(lambda: window.applications.detail_pane.detail is not None)
    window.ops.worker.wait()
