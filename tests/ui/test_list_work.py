"""A sort or a search keystroke costs the proxy's work and the repaint, nothing per row
besides: the countdown column is measured when rows arrive or change, not at each sort
(which once made a sort of 100,000 rows take three seconds)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from approvals_gui.services.demo import generate
from approvals_gui.services.workspace import Workspace
from approvals_gui.ui.controllers.applications import ALL
from approvals_gui.ui.models.applications_table import COUNTDOWN_COLUMN, ApplicationsTableModel
from approvals_gui.ui.models.roles import Role
from tests.conftest import TODAY
from tests.ui.conftest import open_window

ROWS = 300


def test_a_sort_and_a_search_measure_no_chips(
    qtbot: QtBot, ws: Workspace, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    generate(ws, ROWS, today=TODAY)
    window = open_window(qtbot, ws, settings)
    window.show_view(ALL)
    page = window.applications.page
    qtbot.waitUntil(lambda: not window.applications.loading and page.model.rowCount() == ROWS)
    asked: list[int] = []  # the rows whose chip colour is asked for
    value = ApplicationsTableModel.value

    def counting(model: ApplicationsTableModel, row: int, column: int, role: int) -> Any:
        if role == Role.STATUS:
            asked.append(row)
        return value(model, row, column, role)

    monkeypatch.setattr(ApplicationsTableModel, "value", counting)
    page.table.sortByColumn(COUNTDOWN_COLUMN + 1, Qt.SortOrder.AscendingOrder)
    page.search.setText("项目")
    qtbot.waitUntil(lambda: page.proxy.rowCount() < ROWS)
    # The rows painted are asked; the list as a whole is not gone through.
    assert len(asked) < ROWS // 4, len(asked)
