"""An enterprise picked from the directory as its name is typed: several may share a
name, and the one picked is the one whose code fills in beside it."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter, QDialog, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from approvals_gui.domain.credit_code import check_character
from approvals_gui.domain.enterprises import EnterpriseForm
from approvals_gui.services.changes import load_reference
from approvals_gui.services.directory import save_enterprise
from approvals_gui.services.workspace import Workspace
from approvals_gui.ui.completer import SearchCompleter
from approvals_gui.ui.dialogs.register_dialog import RegisterDialog
from approvals_gui.ui.dialogs.report_dialog import ReportDialog
from approvals_gui.ui.dialogs.visit_dialog import VisitDialog
from tests.conftest import TODAY
from tests.ui.conftest import type_text

NAME = "青山医药有限公司"
CODES = [f"{head}{check_character(head)}" for head in ("91350100M00010001", "91350100M00010002")]


def offered(completer: QCompleter, typed: str) -> list[str]:
    """What the popup lists as `typed` is typed, as it shows them."""
    assert isinstance(completer, SearchCompleter)
    completer.setCompletionPrefix(completer.splitPath(typed)[0])  # as the field does
    model, popup = completer.completionModel(), completer.popup()
    shown = []
    for row in range(model.rowCount()):
        option = QStyleOptionViewItem()
        popup.itemDelegate().initStyleOption(option, model.index(row, 0))  # type: ignore[attr-defined]
        shown.append(option.text)  # type: ignore[attr-defined]
    return shown


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
    typed_wide = "".join(chr(ord(c) + 0xFEE0) for c in CODES[1][-6:])  # ０００２… in 全角
    assert offered(completer, typed_wide) == both[1:]
    # Picked as a clerk does, typing in the field: Qt's own slot then puts the whole
    # choice in the field after ours ("青山医药有限公司（9135…，青山县）" was left there).
    dialog.show()
    dialog.activateWindow()
    name.setFocus()
    qtbot.waitUntil(name.hasFocus)
    completer.activated.emit(both[1])
    qtbot.waitUntil(lambda: name.text() == NAME)
    assert code.text() == CODES[1]


# The offscreen platform has no stacking, size hints nor keyboard grab for the popup.
@pytest.mark.qt_log_ignore("propagateSizeHints", "support raise", "grabbing the keyboard")
def test_a_name_kept_in_full_width_is_offered_as_typed_in_half(qtbot: QtBot, ws: Workspace) -> None:
    """Any case, either width, as the searches compare (text.searchable); the name as
    kept is what is offered and put in."""
    save_enterprise(ws, EnterpriseForm("ＡＢＣ化工有限公司", CODES[0], "城东区"))
    dialog = RegisterDialog(load_reference(ws), "张三", TODAY)
    qtbot.addWidget(dialog)
    choice = f"ＡＢＣ化工有限公司（{CODES[0]}，城东区）"
    completer = dialog.enterprise_name.completer()
    assert offered(completer, "abc化工") == [choice]
    dialog.show()
    dialog.activateWindow()
    dialog.enterprise_name.setFocus()
    qtbot.waitUntil(dialog.enterprise_name.hasFocus)
    type_text(dialog.enterprise_name, "ａｂ")
    qtbot.waitUntil(completer.popup().isVisible)
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.enterprise_name.text() == "ＡＢＣ化工有限公司")
    assert dialog.credit_code.text() == CODES[0]


def test_another_enterprise_picked_brings_its_own_district(qtbot: QtBot, ws: Workspace) -> None:
    """The district the first enterprise put in stayed when the code was changed to
    another's, and sent the application to the first one's branch; one the clerk typed
    stays."""
    for code, district in zip(CODES, ("城东区", "青山县"), strict=True):
        save_enterprise(ws, EnterpriseForm(NAME, code, district))
    dialog = RegisterDialog(load_reference(ws), "张三", TODAY)
    qtbot.addWidget(dialog)

    def typed(code: str) -> None:
        dialog.credit_code.clear()
        qtbot.keyClicks(dialog.credit_code, code)

    typed(CODES[0])
    assert dialog.district.text() == "城东区"
    typed(CODES[1])
    assert dialog.district.text() == "青山县"
    dialog.district.setText("江北区")  # typed by the clerk
    typed(CODES[0])
    assert dialog.district.text() == "江北区"


def test_a_12369_report_takes_the_district_of_the_enterprise_picked_last(
    qtbot: QtBot, ws: Workspace
) -> None:
    """As at registration: the district the first enterprise picked put in stayed when
    another was picked; one the clerk typed stays."""
    for code, district in zip(CODES, ("城东区", "青山县"), strict=True):
        save_enterprise(ws, EnterpriseForm(NAME, code, district))
    dialog = ReportDialog(load_reference(ws).enterprises, [], datetime(2026, 11, 25, 9, 0))
    qtbot.addWidget(dialog)
    completer = dialog.enterprise_name.completer()
    first, second = (
        f"{NAME}（{c}，{d}）" for c, d in zip(CODES, ("城东区", "青山县"), strict=True)
    )
    completer.activated.emit(first)
    assert dialog.district.text() == "城东区"
    completer.activated.emit(second)
    assert dialog.district.text() == "青山县"
    dialog.district.setText("江北区")  # typed by the clerk
    completer.activated.emit(first)
    assert dialog.district.text() == "江北区"
