"""Backups from the window: the day's copy when it opens, and restoring one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from approvals_gui.services.applications import list_applications, register
from approvals_gui.services.changes import backups_of
from approvals_gui.services.workspace import Workspace
from tests.conftest import TODAY, new_application
from tests.ui.conftest import answer_next_dialog, open_window


def test_the_window_makes_the_days_backup_once(
    qtbot: QtBot, data: Workspace, settings: QSettings
) -> None:
    window = open_window(qtbot, data, settings)
    folder = backups_of(data)
    assert folder is not None
    qtbot.waitUntil(lambda: folder.exists() and len(list(folder.glob("*.bak"))) == 1)
    assert "已自动备份" in window.statusBar().currentMessage()
    window.close()
    open_window(qtbot, data, settings).ops.worker.wait()
    assert len(list(folder.glob("*.bak"))) == 1  # one a day


def test_restore_from_the_file_menu(
    qtbot: QtBot, data: Workspace, settings: QSettings, tmp_path: Path
) -> None:
    window = open_window(qtbot, data, settings)
    folder = backups_of(data)
    assert folder is not None
    qtbot.waitUntil(lambda: folder.exists() and any(folder.glob("*.bak")))
    (backup,) = folder.glob("*.bak")
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
