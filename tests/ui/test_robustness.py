"""What the window does with what nobody planned for: markup in names, errors no one
expected."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from approvals_gui.logs import log, start_logging
from approvals_gui.services.applications import register
from approvals_gui.services.workspace import Workspace
from approvals_gui.ui.error_report import ErrorReporter
from tests.conftest import TODAY, new_application
from tests.ui.conftest import answer_next_dialog, open_window

MARKUP = "<h1>大</h1><b>粗体</b>"


def test_markup_in_a_name_is_shown_as_typed(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    app_id = register(
        ws, new_application(project=MARKUP, received_on=date(2026, 11, 24)), today=TODAY
    )
    window = open_window(qtbot, ws, settings)
    window.applications.page.select(app_id)
    pane = window.applications.detail_pane
    qtbot.waitUntil(lambda: pane.detail is not None)
    # Qt's default (AutoText) would draw the <h1> as a 61-px heading.
    quoting = [label for label in pane.findChildren(QLabel) if "<h1>" in label.text()]
    assert pane.title in quoting
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in quoting)
    assert pane.title.text().endswith(MARKUP)


@pytest.fixture
def log_file() -> Iterator[Path]:
    path = start_logging(["(test)"])
    assert path is not None
    yield path
    for handler in list(log.handlers):
        log.removeHandler(handler)
        handler.close()


def test_an_unexpected_error_is_logged_and_shown_and_the_window_goes_on(
    qtbot: QtBot, ws: Workspace, settings: QSettings, log_file: Path
) -> None:
    window = open_window(qtbot, ws, settings)
    app = QApplication.instance()
    assert app is not None
    reporter = ErrorReporter(app)
    seen: list[str] = []

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text() + "\n" + box.detailedText())
        copy = next(b for b in box.buttons() if b.text() == "复制详情")
        copy.click()
        assert box.isVisible()  # copying keeps the dialog open
        box.button(QMessageBox.StandardButton.Ok).click()

    answer_next_dialog(read, QMessageBox)
    try:
        raise KeyError("judged rule 7")
    except KeyError:
        reporter.report(*sys.exc_info())  # type: ignore[arg-type]
    assert "意外错误" in seen[0] and "KeyError: 'judged rule 7'" in seen[0]
    assert "KeyError" in QApplication.clipboard().text()
    for handler in log.handlers:
        handler.flush()
    logged = log_file.read_text(encoding="utf-8")
    assert "unexpected error" in logged and "Traceback" in logged
    window.show_view("all")  # still usable
    assert window.applications.page.isVisible()


def test_a_typed_date_is_taken_as_typed_or_refused_beside_the_field(
    qtbot: QtBot, ws: Workspace
) -> None:
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QDialogButtonBox

    from approvals_gui.services.changes import load_reference
    from approvals_gui.ui.dialogs.register_dialog import RegisterDialog

    dialog = RegisterDialog(load_reference(ws), "张三", TODAY)
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    for typed, problem in (
        (QDate(2026, 12, 5), "晚于今天"),  # Qt's maximum once made this 2026-01-05, silently
        (QDate(1999, 12, 31), "日历范围"),
    ):
        dialog.received.setDate(typed)
        assert dialog.received.date() == typed  # kept as typed
        assert problem in dialog.errors["received_on"].text()
        assert not save.isEnabled()
