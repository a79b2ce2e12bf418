"""A database emptied under an open window (dropped and created again before a
restore): a reload says so in a box, once, not as an unexpected error with a
traceback."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from sqlalchemy import text
from sqlmodel import SQLModel

from approvals_gui.services.applications import register
from approvals_gui.services.workspace import Workspace
from tests.conftest import TODAY, new_application
from tests.ui.conftest import open_window, read_next_box


def test_a_reload_of_an_emptied_database_says_so(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    register(ws, new_application(), today=TODAY)
    window = open_window(qtbot, ws, settings)
    SQLModel.metadata.drop_all(ws.engine)
    with ws.engine.begin() as conn:
        conn.execute(text("DROP TABLE alembic_version"))
    said: list[str] = []
    read_next_box(said)
    window.refresh_action.trigger()
    qtbot.waitUntil(lambda: bool(said))
    assert said == [
        "数据库中已没有本程序的数据表：可能已被清空，或正在恢复备份。"
        "请联系管理员，恢复完成后重新打开本程序。"
    ]
    qtbot.waitUntil(lambda: not window.applications.loading)
    # The banner beside the counts says why on hover, as the box did.
    window.live.look()
    qtbot.waitUntil(lambda: window.connection_label.isVisible())
    assert window.connection_label.toolTip().startswith(said[0])
