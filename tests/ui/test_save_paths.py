"""Where a save dialog opens when the folder last saved to has gone (a removed USB
drive, a folder deleted): where the user keeps documents, not a dead path."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from approvals_gui.services.workspace import Workspace
from approvals_gui.ui import settings as options
from approvals_gui.ui.save_paths import ask_save_path, start_folder
from tests.ui.conftest import answer_next_box, open_window


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


PICKED = "Excel 工作簿 (*.xlsx);;CSV 文件（逗号分隔）(*.csv);;PDF 文件（打印用）(*.pdf)"


def saving_as(monkeypatch: pytest.MonkeyPatch, typed: Path, chosen: str) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(typed), chosen))


@pytest.mark.parametrize(
    ("typed", "chosen", "written"),
    [
        ("申请", "PDF 文件（打印用）(*.pdf)", "申请.pdf"),
        ("申请", "CSV 文件（逗号分隔）(*.csv)", "申请.csv"),
        ("申请一览-2026.12", "Excel 工作簿 (*.xlsx)", "申请一览-2026.12.xlsx"),
        ("申请.PDF", "Excel 工作簿 (*.xlsx)", "申请.PDF"),  # a suffix of the list, as typed
    ],
)
def test_a_name_typed_without_its_suffix_is_written_as_the_type_chosen(
    qtbot: QtBot,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    typed: str,
    chosen: str,
    written: str,
) -> None:
    """PDF chosen, a name typed without .pdf: a workbook was written instead."""
    saving_as(monkeypatch, tmp_path / typed, chosen)
    assert ask_save_path(None, settings, "导出", "申请.xlsx", PICKED) == tmp_path / written


def test_a_file_the_dialog_did_not_ask_about_is_replaced_only_when_the_user_says(
    qtbot: QtBot, settings: QSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "申请" typed and .xlsx added: a workbook of that name was overwritten unasked. A
    no opens the dialog again, where another name may be given."""
    earlier = tmp_path / "申请.xlsx"
    earlier.write_bytes(b"earlier")
    answers = [(str(tmp_path / "申请"), "Excel 工作簿 (*.xlsx)"), ("", "")]  # then cancelled
    started: list[str] = []

    def dialog(_parent: object, _title: str, start: str, _filters: str) -> tuple[str, str]:
        started.append(start)
        return answers.pop(0)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    said: list[str] = []
    answer_next_box(QMessageBox.StandardButton.No, said)
    assert ask_save_path(None, settings, "导出", "申请.xlsx", PICKED) is None
    assert said == ["“申请.xlsx”已存在，要替换它吗？"]
    assert len(started) == 2 and started[1] == str(earlier)  # opened again on that name
    answer_next_box(QMessageBox.StandardButton.Yes, said)
    saving_as(monkeypatch, tmp_path / "申请", "Excel 工作簿 (*.xlsx)")
    assert ask_save_path(None, settings, "导出", "申请.xlsx", PICKED) == earlier
    saving_as(monkeypatch, earlier, "Excel 工作簿 (*.xlsx)")  # the dialog asked itself
    assert ask_save_path(None, settings, "导出", "申请.xlsx", PICKED) == earlier
    assert len(said) == 2


def test_the_suggested_name_takes_the_type_chosen(
    qtbot: QtBot, settings: QSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A dialog that does not rename the suggested 申请一览.xlsx as PDF is chosen wrote a
    workbook; a name the user typed keeps the suffix typed."""
    saving_as(monkeypatch, tmp_path / "申请一览.xlsx", "PDF 文件（打印用）(*.pdf)")
    assert ask_save_path(None, settings, "导出", "申请一览.xlsx", PICKED) == (
        tmp_path / "申请一览.pdf"
    )
    saving_as(monkeypatch, tmp_path / "我的.csv", "PDF 文件（打印用）(*.pdf)")
    assert ask_save_path(None, settings, "导出", "申请一览.xlsx", PICKED) == tmp_path / "我的.csv"
