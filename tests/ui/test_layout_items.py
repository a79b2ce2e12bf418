"""Layout items are never read through `itemAt`: a QLayoutItem is not a QObject, so
PySide keeps the wrapper of one that C++ deletes later and hands it out for the next
object at the same address. A test that read the detail pane that way once made a
later `QMenu.addAction` fail in CI; the same read in a loop crashes the interpreter."""

from __future__ import annotations

import ast
from functools import partial
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QMenu, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.conftest import laid_out

ROOT = Path(__file__).resolve().parents[2]
UNSAFE = {"itemAt", "itemAtPosition"}


class Form(QWidget):
    chosen = Signal(str)


def test_a_form_read_then_refilled_keeps_new_objects_apart(qtbot: QtBot) -> None:
    form = Form()
    qtbot.addWidget(form)
    layout = QFormLayout(form)
    for round_ in range(300):
        for row in range(8):
            layout.addRow(QLabel(f"{round_}-{row}"), QLabel("值"))
        assert [w.text() for w in laid_out(layout)][:2] == [f"{round_}-0", "值"]
        while layout.rowCount():
            layout.removeRow(0)  # deletes the rows' items in C++
        menu = QMenu(form)
        for row in range(8):  # a QAction is allocated where an item was
            action = menu.addAction(str(row), partial(form.chosen.emit, str(row)))
            assert action.text() == str(row)
        menu.deleteLater()


def test_no_code_reads_a_layout_item_by_position() -> None:
    found = []
    for path in [*(ROOT / "approvals_gui").rglob("*.py"), *(ROOT / "tests").rglob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr in UNSAFE:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert found == []
