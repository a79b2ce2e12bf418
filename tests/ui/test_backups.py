"""Backups from the window: the day's copy when it opens, and restoring one."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from approvals_gui.services.applications import list_applications, register
from approvals_gui.services.changes import database_file
from approvals_gui.services.workspace import Workspace
from approvals_gui.store.backup import backup_folder
from approvals_gui.ui.main_window import MainWindow
from tests.conftest import TODAY, new_application
from tests.ui.conftest import answer_next_dialog, open_window, read_next_box, status_said


def test_the_window_makes_the_days_backup_once(
    qtbot: QtBot, data: Workspace, settings: QSettings
) -> None:
    window = open_window(qtbot, data, settings)
    database = database_file(data)
    assert database is not None
    folder = backup_folder(database)
    qtbot.waitUntil(lambda: "已自动备份" in status_said(window))
    assert len(list(folder.glob("*.bak"))) == 1
    window.close()
    open_window(qtbot, data, settings).ops.worker.wait()
    assert len(list(folder.glob("*.bak"))) == 1  # one a day


def with_the_days_backup(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> tuple[MainWindow, Path]:
    """The window, once it has made the day's backup; and that backup."""
    window = open_window(qtbot, ws, settings)
    database = database_file(ws)
    assert database is not None
    folder = backup_folder(database)
    qtbot.waitUntil(lambda: folder.exists() and any(folder.glob("*.bak")))
    (backup,) = folder.glob("*.bak")
    return window, backup


def test_back_up_now_from_the_file_menu(qtbot: QtBot, data: Workspace, settings: QSettings) -> None:
    """An admin about to import a year's holidays or a ledger had only the day's copy
    (made when the first window opened) or the command line."""
    database = database_file(data)
    told: list[str] = []
    if database is None:  # a server: its own backups
        window = open_window(qtbot, data, settings)
        read_next_box(told)
        window.backup_action.trigger()
        assert "pg_dump" in told[0]
        return
    window, _daily = with_the_days_backup(qtbot, data, settings)
    later = register(data, new_application(project="备份之前刚登记的项目"), today=TODAY)
    read_next_box(told)
    window.backup_action.trigger()
    qtbot.waitUntil(lambda: bool(told))
    assert told[0].startswith("数据库已备份到：")
    made = Path(told[0].split("\n")[1])
    assert made.parent == backup_folder(database)
    with closing(sqlite3.connect(made)) as copy:  # taken now: what was just registered
        assert copy.execute("SELECT id FROM application WHERE id = ?", (later,)).fetchone()


def test_restore_from_the_file_menu(
    qtbot: QtBot, data: Workspace, settings: QSettings, tmp_path: Path
) -> None:
    window, backup = with_the_days_backup(qtbot, data, settings)
    later = register(data, new_application(project="备份之后登记的项目"), today=TODAY)
    qtbot.waitUntil(lambda: window.applications.page.model.rowCount() >= 2)
    window.backups.ask_backup = lambda _folder: backup  # type: ignore[method-assign]
    told: list[str] = []

    def yes(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        answer_next_dialog(lambda done: (told.append(done.text()), done.close()), QMessageBox)
        box.button(QMessageBox.StandardButton.Yes).click()

    answer_next_dialog(yes, QMessageBox)
    window.restore_action.trigger()
    qtbot.waitUntil(lambda: bool(told))
    assert "已从备份恢复" in told[0]
    assert later not in {v.record.id for v in list_applications(data, today=TODAY)}
    kept = Path(told[0].split("：", 1)[1])
    assert kept.exists()  # the replaced file, kept
    qtbot.waitUntil(lambda: window.applications.page.model.rowCount() == 2)


def test_a_tampered_backup_is_refused_from_the_file_menu(
    qtbot: QtBot, data: Workspace, settings: QSettings, tmp_path: Path
) -> None:
    import sqlite3

    window, backup = with_the_days_backup(qtbot, data, settings)
    with sqlite3.connect(backup) as conn:  # one step's actor changed in the copy
        conn.execute("UPDATE stage_event SET actor = '李四' WHERE seq = 2")
    later = register(data, new_application(project="备份之后登记的项目"), today=TODAY)
    window.backups.ask_backup = lambda _folder: backup  # type: ignore[method-assign]
    told: list[str] = []

    def yes(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        read_next_box(told)
        box.button(QMessageBox.StandardButton.Yes).click()

    answer_next_dialog(yes, QMessageBox)
    window.restore_action.trigger()
    qtbot.waitUntil(lambda: bool(told))
    assert f"备份“{backup.name}”已损坏或不是本程序的备份" in told[0]  # which file, named
    assert later in {v.record.id for v in list_applications(data, today=TODAY)}
