"""Both detail panes: a hint while nothing is chosen, the details once something is,
and the hint again when the choice goes."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget
from pytestqt.qtbot import QtBot

from approvals_gui.services.applications import detail, register
from approvals_gui.services.hotline import case_detail, register_report
from approvals_gui.services.workspace import Workspace
from approvals_gui.ui.detail_pane import DetailPane
from approvals_gui.ui.pages.case_detail_pane import CaseDetailPane
from tests.conftest import TODAY, add_city_and_east, new_application, new_report


def hinting(pane: DetailPane | CaseDetailPane) -> bool:
    """Whether `pane` shows its hint rather than its tabs."""
    tabs = pane.findChild(QTabWidget)
    assert tabs is not None
    return pane.hint_or_content.hint.isVisibleTo(pane) and not tabs.isVisibleTo(pane)


def test_the_application_pane_hints_until_one_is_chosen(qtbot: QtBot, ws: Workspace) -> None:
    pane = DetailPane()
    qtbot.addWidget(pane)
    pane.show_detail(None)
    assert (
        hinting(pane)
        and pane.hint_or_content.hint.text() == "在左侧列表中选择一件申请，这里显示其详情。"
    )
    pane.show_detail(detail(ws, register(ws, new_application(), today=TODAY), today=TODAY))
    assert not hinting(pane) and not pane.hint_or_content.hint.isVisibleTo(pane)
    pane.show_detail(None)
    assert hinting(pane)


def test_the_case_pane_hints_until_one_is_chosen(qtbot: QtBot, ws: Workspace) -> None:
    add_city_and_east(ws)
    pane = CaseDetailPane()
    qtbot.addWidget(pane)
    assert hinting(pane)
    pane.show_detail(case_detail(ws, register_report(ws, new_report(), today=TODAY), today=TODAY))
    assert not hinting(pane) and not pane.hint_or_content.hint.isVisibleTo(pane)
    pane.show_detail(None)
    assert hinting(pane)
