"""An enterprise picked from the directory as its name is typed: several may share a
name, and the one picked is the one whose code fills in beside it."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtWidgets import QCompleter, QDialog
from pytestqt.qtbot import QtBot

from approvals_gui.domain.credit_code import check_character
from approvals_gui.domain.enterprises import EnterpriseForm
from approvals_gui.services.changes import load_reference
from approvals_gui.services.directory import save_enterprise
from approvals_gui.services.workspace import Workspace
from approvals_gui.ui.dialogs.register_dialog import RegisterDialog
from approvals_gui.ui.dialogs.report_dialog import ReportDialog
from approvals_gui.ui.dialogs.visit_dialog import VisitDialog
from tests.conftest import TODAY

NAME = "青山医药有限公司"
CODES = [f"{head}{check_character(head)}" for head in ("91350100M00010001", "91350100M00010002")]


def offered(completer: QCompleter, typed: str) -> list[str]:
    completer.setCompletionPrefix(typed)
    model = completer.completionModel()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


@pytest.mark.parametrize("make", ["register", "report", "visit"])
def test_a_name_two_enterprises_share_offers_both_and_fills_the_one_picked(
    qtbot: QtBot, ws: Workspace, make: str
) -> None:
    for code, district in zip(CODES, ("城东区", "青山县"), strict=True):
        save_enterprise(ws, EnterpriseForm(NAME, code, district))
    reference = load_reference(ws)
    dialog: QDialog
    if make == "register":
        dialog = RegisterDialog(reference, "张三", TODAY)
    elif make == "report":
        dialog = ReportDialog(reference.enterprises, [], datetime(2026, 11, 25, 9, 0))
    else:
        dialog = VisitDialog(reference, actor="张三", today=TODAY, day=date(2026, 11, 5))
    qtbot.addWidget(dialog)
    name, code = dialog.enterprise_name, dialog.credit_code  # type: ignore[attr-defined]
    completer = name.completer()
    both = [f"{NAME}（{CODES[0]}，城东区）", f"{NAME}（{CODES[1]}，青山县）"]
    assert offered(completer, "青山医药") == both
    assert offered(completer, CODES[1][-6:]) == both[1:]  # found by its code too
    completer.activated.emit(both[1])
    assert (name.text(), code.text()) == (NAME, CODES[1])
