"""The row a clerk picked stays picked while the list around it changes: a search typed
that still lists it, another desk's step on another application, a sort."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from approvals_gui.domain.stages import Action
from approvals_gui.services.applications import Step, apply_step, register
from approvals_gui.services.workspace import Workspace
from approvals_gui.store import live
from approvals_gui.ui.controllers.applications import ALL
from approvals_gui.ui.main_window import MainWindow
from tests.conftest import NOW, TODAY, new_application
from tests.ui.conftest import open_window, show_in_pane


@pytest.fixture
def three(ws: Workspace) -> list[int]:
    return [
        register(ws, new_application(project=name, received_on=date(2026, 11, day)), today=TODAY)
        for name, day in (("污水处理厂", 24), ("再生铝项目", 20), ("污水管网", 18))
    ]


def highlighted(window: MainWindow) -> list[int]:
    """The applications whose rows are selected (highlighted) in the list, the same in
    its frozen first columns."""
    page = window.applications.page
    shown = page.proxy.shown_views()
    rows = [i.row() for i in page.table.selectionModel().selectedRows()]
    assert [i.row() for i in page.table.overlay.selectionModel().selectedRows()] == rows
    return [shown[row].record.id for row in rows]


def picked(qtbot: QtBot, ws: Workspace, settings: QSettings, app_id: int) -> MainWindow:
    window = open_window(qtbot, ws, settings)
    window.show_view(ALL)
    show_in_pane(qtbot, window, app_id)
    assert highlighted(window) == [app_id]
    return window


def test_a_search_that_still_lists_the_row_keeps_it_picked(
    qtbot: QtBot, ws: Workspace, settings: QSettings, three: list[int]
) -> None:
    window = picked(qtbot, ws, settings, three[2])
    page = window.applications.page
    page.search.setText("污水")
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 2)
    assert page.selected_id() == three[2]
    assert highlighted(window) == [three[2]]
    page.search.setText("再生铝")  # filtered out: nothing is picked
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1)
    assert page.selected_id() is None
    assert highlighted(window) == []


def test_another_desks_step_keeps_the_row_picked(
    qtbot: QtBot,
    ws: Workspace,
    settings: QSettings,
    three: list[int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = picked(qtbot, ws, settings, three[1])
    other = Workspace(ws.engine, "李四", now=lambda: NOW)
    with monkeypatch.context() as desk:
        desk.setattr(live, "DESK", "another-desk")  # its change is logged as another's
        apply_step(other, three[0], 1, Step(Action.ACCEPT, date(2026, 11, 25)), today=TODAY)
    page = window.applications.page
    qtbot.waitUntil(
        lambda: any(
            v.record.id == three[0] and v.record.facts.accepted_on is not None
            for v in page.model.views()
        ),
        timeout=20_000,  # the window looks every 2 s
    )
    assert page.selected_id() == three[1]
    assert highlighted(window) == [three[1]]


def test_a_sort_keeps_the_row_picked(
    qtbot: QtBot, ws: Workspace, settings: QSettings, three: list[int]
) -> None:
    window = picked(qtbot, ws, settings, three[0])
    page = window.applications.page
    page.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # by project
    assert page.selected_id() == three[0]
    assert highlighted(window) == [three[0]]
