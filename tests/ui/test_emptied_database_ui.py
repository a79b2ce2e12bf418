"""A database emptied under an open window (dropped and created again before a
restore): a reload says so in a box, once, not as an unexpected error with a
traceback."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text
from sqlmodel import SQLModel

from approvals_gui.services.applications import register
from approvals_gui.services.workspace import Workspace
from tests.conftest import TODAY, new_application
from tests.ui.conftest import answer_next_dialog, open_window

SAID = (
    "数据库中已没有本程序的数据表：可能已被清空，或正在恢复备份。"
    "请联系管理员，恢复完成后重新打开本程序。"
)


def test_a_reload_of_an_emptied_database_says_so(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    register(ws, new_application(), today=TODAY)
    window = open_window(qtbot, ws, settings)
    window.live._timer.stop()  # the desk's own looks at a time of the test's choosing
    qtbot.waitUntil(lambda: not window.closing.busy())  # nothing holds the file
    SQLModel.metadata.drop_all(ws.engine)
    with ws.engine.begin() as conn:
        conn.execute(text("DROP TABLE alembic_version"))
    said: list[str] = []
    watching = [True]

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        said.append(box.text())
        box.accept()
        QTimer.singleShot(0, another)

    def another() -> None:  # one more box would be one too many: noted, closed
        if not watching[0]:
            return
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            said.append(box.text())
            box.close()
        QTimer.singleShot(10, another)

    answer_next_dialog(read, QMessageBox)
    window.refresh_action.trigger()
    qtbot.waitUntil(lambda: bool(said))
    # Every page's reload fails alike, some after the first box was closed: said once.
    qtbot.waitUntil(lambda: not window.closing.busy())
    watching[0] = False
    assert said == [SAID]
    # The banner beside the counts says why on hover, as the box did.
    window.live.look()
    qtbot.waitUntil(lambda: window.connection_label.isVisible())
    assert window.connection_label.toolTip().startswith(SAID)
