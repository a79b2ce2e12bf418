"""The first window through its widgets: load, order, counts, rollover, language."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from approvals_gui.domain.clock import Status
from approvals_gui.domain.stages import Action
from approvals_gui.i18n import install_translators
from approvals_gui.services.applications import Step, apply_step, register
from approvals_gui.services.workspace import Workspace
from approvals_gui.ui.main_window import MainWindow
from approvals_gui.ui.models.applications_table import COUNTDOWN_COLUMN
from approvals_gui.ui.models.roles import Role
from tests.conftest import new_application


@pytest.fixture
def filled(ws: Workspace) -> Workspace:
    register(ws, new_application(project="新收项目", received_on=date(2026, 11, 24)))
    late = register(ws, new_application(project="超期项目", received_on=date(2026, 11, 2)))
    apply_step(ws, late, 1, Step(Action.ACCEPT, date(2026, 11, 3)))
    return ws


def open_window(qtbot: QtBot, ws: Workspace, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(ws, settings, "test.sqlite3")
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.model.rowCount() > 0)
    return window


def shown(window: MainWindow, row: int, column: int) -> str:
    return str(window.proxy.index(row, column).data())


def test_lists_most_urgent_first_with_counts(
    qtbot: QtBot, filled: Workspace, tmp_path: Path, qtmodeltester: object
) -> None:
    window = open_window(qtbot, filled, tmp_path)
    qtmodeltester.check(window.model)  # type: ignore[attr-defined]
    assert window.proxy.rowCount() == 2
    assert shown(window, 0, 1) == "超期项目"
    assert shown(window, 0, COUNTDOWN_COLUMN) == "超期 6 个工作日"
    assert window.proxy.index(0, COUNTDOWN_COLUMN).data(Role.STATUS) == Status.OVERDUE
    assert shown(window, 1, COUNTDOWN_COLUMN) == "待受理 剩 4 个工作日"
    assert "超期 1 件" in window.counts_label.text()
    assert "test.sqlite3" in window.database_label.text()
    window.grab()  # paints every chip through the delegate


def test_countdowns_roll_over_at_midnight(qtbot: QtBot, filled: Workspace, tmp_path: Path) -> None:
    window = open_window(qtbot, filled, tmp_path)
    filled.today = lambda: date(2026, 11, 26)
    window._check_new_day()
    qtbot.waitUntil(lambda: shown(window, 0, COUNTDOWN_COLUMN) == "超期 7 个工作日")


def test_layout_persists(qtbot: QtBot, filled: Workspace, tmp_path: Path) -> None:
    window = open_window(qtbot, filled, tmp_path)
    window.table.horizontalHeader().moveSection(1, 3)
    window.close()
    again = open_window(qtbot, filled, tmp_path)
    assert again.table.horizontalHeader().visualIndex(1) == 3


def test_english_translation(qtbot: QtBot, filled: Workspace, tmp_path: Path) -> None:
    app = QApplication.instance()
    assert isinstance(app, QCoreApplication)
    translators = install_translators(app, "en")
    try:
        window = open_window(qtbot, filled, tmp_path)
        assert window.windowTitle() == "One-Go — EIA Approval Deadlines"
        assert shown(window, 0, COUNTDOWN_COLUMN) == "6 workdays over"
        assert window.model.headerData(1, Qt.Orientation.Horizontal) == "Project"
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        install_translators(app, "zh_CN")


def test_a_damaged_database_gives_a_dialog_not_a_traceback(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from approvals_gui import app as app_module

    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"not a database" * 200)
    shown_messages: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda parent, title, text: shown_messages.append(text)
    )
    assert app_module.run_gui(["--db", str(bad)]) == 1
    assert shown_messages and "已损坏" in shown_messages[0]


def test_new_day_uses_the_workspace_clock(filled: Workspace) -> None:
    assert filled.today() + timedelta(days=1) == date(2026, 11, 26)
