"""The detail pane's wrapped labels keep the height of their lines at their width: a
narrow moment does not make them tall for good."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from approvals_gui.ui.pane_parts import WholeLinesLabel, selectable

TEXT = "暂不能批准：拟批准公示期至 2026-12-08 届满，期满后方可批准。"


def shown_label(qtbot: QtBot) -> WholeLinesLabel:
    """A pane's wrapped value on screen: only a shown label is told of its resizes."""
    label = selectable(TEXT)
    assert isinstance(label, WholeLinesLabel)
    qtbot.addWidget(label)
    label.show()
    qtbot.waitExposed(label)
    return label


def test_a_label_made_narrow_for_a_moment_is_not_tall_for_good(qtbot: QtBot) -> None:
    """An application selected, 企业服务日 shown, then the list again: a caution in the
    pane, laid out 0 pixels wide meanwhile, kept the height of a character a line (330
    pixels), the rows of 概要 stood far apart, and the window grew from 723 to 835
    pixels high, past a 768-pixel screen."""
    label = shown_label(qtbot)
    label.resize(300, 40)
    one_width = label.minimumHeight()
    label.resize(12, 40)  # a character a line
    assert label.minimumHeight() > 5 * one_width
    label.resize(300, 40)
    assert label.minimumHeight() == one_width


def test_a_shorter_text_at_the_same_width_is_as_short_as_its_lines(qtbot: QtBot) -> None:
    label = shown_label(qtbot)
    label.resize(120, 40)
    tall = label.minimumHeight()
    label.setText("市局")
    assert label.minimumHeight() < tall
