"""Where a save dialog opens when the folder last saved to has gone (a removed USB
drive, a folder deleted): where the user keeps documents, not a dead path."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

from approvals_gui.ui import settings as options
from approvals_gui.ui.save_paths import start_folder


def test_a_folder_gone_is_not_opened(settings: QSettings, tmp_path: Path) -> None:
    gone = tmp_path / "U盘"
    gone.mkdir()
    options.SAVE_FOLDER.set(settings, str(gone))
    assert start_folder(settings) == gone
    gone.rmdir()
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    expected = Path(documents) if Path(documents).is_dir() else Path.home()
    assert start_folder(settings) == expected
