"""A spin box says its range as it refuses a keystroke: QSpinBox dropped it without a
word, and 70 typed where at most 60 is allowed became 7."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from pytestqt.qtbot import QtBot

from approvals_gui.ui.spin_box import SpinBox
from tests.ui.conftest import type_text


@pytest.fixture
def spin(qtbot: QtBot) -> SpinBox:
    spin = SpinBox()
    qtbot.addWidget(spin)
    spin.setRange(1, 60)
    spin.show()
    return spin


def typed(qtbot: QtBot, spin: SpinBox, text: str) -> tuple[int, list[str]]:
    told: list[str] = []
    spin.refused.connect(told.append)
    spin.setValue(20)  # set, not typed: nothing said
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, text)
    spin.refused.disconnect(told.append)
    return spin.value(), told


def test_a_number_typed_past_the_range_is_refused_and_the_range_said(
    qtbot: QtBot, spin: SpinBox
) -> None:
    assert typed(qtbot, spin, "70") == (7, ["可填 1 至 60"])
    assert spin.hint.isVisible() and spin.hint.text() == "可填 1 至 60"
    box = spin.rect().translated(spin.mapToGlobal(QPoint(0, 0)))
    assert spin.hint.geometry().left() > box.right()  # beside the box, not over the field below
    assert spin.hint.geometry().top() < box.bottom()
    assert typed(qtbot, spin, "45") == (45, [])  # within it: nothing said


def test_a_number_typed_in_full_width_is_taken(qtbot: QtBot, spin: SpinBox) -> None:
    """An input method left in 全角 types １２: 12, not a number refused as out of range."""
    told: list[str] = []
    spin.refused.connect(told.append)
    spin.lineEdit().selectAll()
    type_text(spin.lineEdit(), "４５")
    assert (spin.value(), spin.text(), told) == (45, "45", [])


@pytest.mark.usefixtures("english")
def test_the_range_is_said_in_english(qtbot: QtBot, spin: SpinBox) -> None:
    assert typed(qtbot, spin, "99") == (9, ["Allowed: 1 to 60"])


def test_a_number_under_the_least_is_put_back_and_the_range_said(
    qtbot: QtBot, spin: SpinBox
) -> None:
    """0 where 1 is the least: Qt keeps it while typing and puts the last number back as
    the box is left, which it did without a word."""
    told: list[str] = []
    spin.refused.connect(told.append)
    spin.setValue(20)
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, "0")
    assert told == []  # (on the way to 05, say)
    spin.interpretText()  # as leaving the box does
    assert spin.value() == 20 and told == ["可填 1 至 60"]
    assert spin.hint.isVisible()  # a focus moving on does not hide it, as it did a tooltip
    spin.hide()
    assert not spin.hint.isVisible()  # nor is it left floating once the box is gone


def test_a_least_shown_as_words_is_named(qtbot: QtBot, spin: SpinBox) -> None:
    spin.setRange(0, 60)
    spin.setSpecialValueText("不得延期")
    assert typed(qtbot, spin, "70") == (7, ["可填 0 至 60（0 即“不得延期”）"])
