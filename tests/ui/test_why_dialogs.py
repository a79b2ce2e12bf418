"""The "why this date?" dialogs: an application's explanation inside the frame both
dialogs share, whose title and button are translated in the frame's own context."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialogButtonBox

from approvals_gui.i18n import install_translators
from approvals_gui.services.applications import detail, register
from approvals_gui.services.workspace import Workspace
from approvals_gui.ui.dialogs.why_dialog import WhyDialog, WhyFrame
from tests.conftest import TODAY, new_application


def test_an_application_is_explained_in_the_frame(ws: Workspace, qapp: QApplication) -> None:
    found = detail(ws, register(ws, new_application(), today=TODAY), today=TODAY)
    dialog = WhyDialog(found)
    number = found.view.record.number
    assert dialog.windowTitle() == f"为什么是这个日期？ — {number}"
    assert "受理决定期限" in dialog.browser.toPlainText()
    assert [b.text() for b in dialog.findChild(QDialogButtonBox).buttons()] == ["关闭"]


def test_the_frame_speaks_english(qapp: QApplication) -> None:
    translators = install_translators(qapp, "en")
    try:
        frame = WhyFrame("RX2026-00001", 600, 400, None)
        assert frame.windowTitle() == "Why this date? — RX2026-00001"
        assert [b.text() for b in frame.findChild(QDialogButtonBox).buttons()] == ["Close"]
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
