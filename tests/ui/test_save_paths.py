"""Where a save dialog opens when the folder last saved to has gone (a removed USB
drive, a folder deleted): where the user keeps documents, not a dead path."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from approvals_gui.services.workspace import Workspace
from approvals_gui.ui import settings as options
from approvals_gui.ui.save_paths import start_folder
from tests.ui.conftest import open_window


def test_a_folder_gone_is_not_opened(settings: QSettings, tmp_path: Path) -> None:
    gone = tmp_path / "U盘"
    gone.mkdir()
    options.SAVE_FOLDER.set(settings, str(gone))
    assert start_folder(settings) == gone
    gone.rmdir()
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    expected = Path(documents) if Path(documents).is_dir() else Path.home()
    assert start_folder(settings) == expected


@pytest.mark.parametrize("importing", ["calendar", "ledger"])
def test_an_import_opens_where_this_desk_keeps_its_files(
    qtbot: QtBot,
    ws: Workspace,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    importing: str,
) -> None:
    """The holiday CSV and the ledger were looked for in the program's own folder."""
    options.SAVE_FOLDER.set(settings, str(tmp_path))
    window = open_window(qtbot, ws, settings)
    opened: list[str] = []

    def pick(_parent: object, _title: str, folder: str, _filters: str) -> tuple[str, str]:
        opened.append(folder)
        return "", ""  # cancelled

    monkeypatch.setattr(QFileDialog, "getOpenFileName", pick)
    assert getattr(window, importing).ask_file() is None
    assert opened == [str(tmp_path)]
