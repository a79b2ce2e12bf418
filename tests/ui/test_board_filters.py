"""A board for 700 cards (#13): counts kept apart from follow-ups, filters, search and
groups that fold."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from approvals_gui.domain.board import Card, CardKind, Group
from approvals_gui.domain.service_days import Matter, MatterType, Mode, VisitForm
from approvals_gui.domain.stages import Action
from approvals_gui.services.applications import Step, apply_step, register
from approvals_gui.services.service_days import save_visit
from approvals_gui.services.workspace import Workspace
from approvals_gui.ui.main_window import BOARD, MainWindow
from approvals_gui.ui.models.roles import Role
from approvals_gui.ui.pages.board_page import BoardPage
from tests.conftest import TODAY, new_application
from tests.ui.conftest import open_window

N = lambda d: date(2026, 11, d)  # noqa: E731


@pytest.fixture
def mixed(ws: Workspace) -> Workspace:
    """Two applications on the board (one 6 wd over the promise, one due in 3 wd), one
    on time, and a service-day follow-up 3 wd over (its owner 王五)."""
    for name, handler, accepted in (
        ("超期项目", "张三", N(3)),
        ("将到期项目", "李四", N(16)),
        ("正常项目", "李四", N(24)),
    ):
        app_id = register(
            ws, new_application(project=name, handler=handler, received_on=accepted), today=TODAY
        )
        apply_step(ws, app_id, 1, Step(Action.ACCEPT, accepted), today=TODAY)
    form = VisitForm(
        N(5), None, "江城再生资源有限公司", "91350100M000100Y43", Mode.VISIT, "企业厂区",
        "王五", (Matter(MatterType.PERMIT, "排污许可证变更咨询"),), "一周内书面答复",
        "王五", N(20),
    )  # fmt: skip
    save_visit(ws, form, today=TODAY)
    return ws


def open_board(qtbot: QtBot, ws: Workspace, settings: QSettings) -> tuple[MainWindow, BoardPage]:
    window = open_window(qtbot, ws, settings)
    window.show_view(BOARD)
    page = window.board.page
    qtbot.waitUntil(lambda: len(page.cards()) == 3)
    return window, page


def rows(page: BoardPage) -> list[Group | Card]:
    return [page.model.index(r).data(Role.ITEM) for r in range(page.model.rowCount())]


def titles(page: BoardPage) -> list[str]:
    return sorted(card.title for card in page.cards())


def choose(combo: QComboBox, value: str | None) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def test_application_counts_match_the_status_bar_and_follow_ups_stand_apart(
    qtbot: QtBot, mixed: Workspace, settings: QSettings
) -> None:
    window, page = open_board(qtbot, mixed, settings)
    assert page.summary.text() == (
        "申请：超法定期限 0 件 · 超承诺或送达超期 1 件 · 即将到期 1 件；"
        "跟进事项：超期 1 件 · 即将到期 0 件"
    )
    # The status bar counts the same applications in the same buckets.
    applications = page.summary.text().removeprefix("申请：").split("；")[0]
    assert window.counts_label.text().startswith(applications + " · 共 3 件")


def test_each_filter_and_the_search_narrow_the_cards(
    qtbot: QtBot, mixed: Workspace, settings: QSettings
) -> None:
    _window, page = open_board(qtbot, mixed, settings)
    everything = titles(page)
    assert len(everything) == 3
    choose(page.handler, "李四")
    assert titles(page) == ["将到期项目"]
    choose(page.handler, None)
    choose(page.category, CardKind.FOLLOW_UP.value)
    assert titles(page) == ["排污许可证变更咨询"]
    assert page.category.currentText() == "服务日跟进事项"
    choose(page.category, "report_form")
    assert titles(page) == ["将到期项目", "超期项目"]
    assert page.summary.text() == "已筛选　超法定期限 0 件 · 超承诺或送达超期 1 件 · 即将到期 1 件"
    choose(page.category, None)
    choose(page.colour, "yellow")
    assert titles(page) == ["将到期项目"]
    choose(page.colour, "red")  # past the promise and the follow-up past its date
    assert titles(page) == ["排污许可证变更咨询", "超期项目"]
    # Its noughts are the filter's, not the board's: said so.
    assert page.summary.text() == (
        "已筛选　申请：超法定期限 0 件 · 超承诺或送达超期 1 件 · 即将到期 0 件；"
        "跟进事项：超期 1 件 · 即将到期 0 件"
    )
    choose(page.colour, None)
    assert not page.summary.text().startswith("已筛选")
    qtbot.keyClicks(page.search, "hp2026-")  # part of a number, any case
    assert {card.kind for card in page.cards()} == {CardKind.APPLICATION}
    page.search.setText("ＨＰ２０２６－")  # the same, as a 全角 input method types it
    assert {card.kind for card in page.cards()} == {CardKind.APPLICATION}
    page.search.setText("再生资源")  # the enterprise of every card
    assert titles(page) == everything
    page.search.setText("m000100y43")  # its credit code, in part and any case
    assert titles(page) == everything
    assert "信用代码" in page.search.placeholderText()
    page.search.setText(" 将到期 ")  # a project
    assert titles(page) == ["将到期项目"]
    page.search.setText("排污许可")  # a follow-up's matter
    assert titles(page) == ["排污许可证变更咨询"]
    page.search.setText("没有这个")
    assert page.cards() == [] and page.empty.isVisibleTo(page)
    assert page.empty.text() == "没有符合条件的事项。"
    page.search.clear()
    assert titles(page) == everything


def test_a_group_folds_to_its_header_and_stays_folded(
    qtbot: QtBot, mixed: Workspace, settings: QSettings
) -> None:
    window, page = open_board(qtbot, mixed, settings)
    assert [r.key for r in rows(page) if isinstance(r, Group)] == ["张三", "王五", "李四"]
    header = page.model.index(0)
    qtbot.waitUntil(lambda: page.view.visualRect(header).width() > 0)
    rect = page.view.visualRect(header)
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    shown = [r.key if isinstance(r, Group) else r.title for r in rows(page)]
    assert shown == ["张三", "王五", "排污许可证变更咨询", "李四", "将到期项目"]
    assert page.is_collapsed("张三") and len(page.cards()) == 3  # still exported
    window.board.refresh()  # a reload keeps the fold
    qtbot.waitUntil(lambda: page.model.rowCount() == 5)
    assert "超期项目" not in [r.title for r in rows(page) if isinstance(r, Card)]
    page.group_by.setCurrentIndex(page.group_by.findData("district"))
    assert sum(isinstance(r, Card) for r in rows(page)) == 3  # another grouping, its own folds
    page.group_by.setCurrentIndex(page.group_by.findData("handler"))
    assert page.is_collapsed("张三")
    page.set_collapsed("张三", False)
    assert sum(isinstance(r, Card) for r in rows(page)) == 3
    page.grab()


def test_group_headings_count_each_kind_apart_as_the_summary_does(
    qtbot: QtBot, mixed: Workspace, settings: QSettings
) -> None:
    """A group's heading counted every card in a lane as an application: a follow-up
    over its date read as 超承诺期限, and the headings added up to more late
    applications than the summary (and the status bar) had."""
    _window, page = open_board(qtbot, mixed, settings)
    choose(page.group_by, "category")
    headings = {g.key: page._header_text(g) for g in page.groups()}
    assert headings == {
        "report_form": "环境影响报告表 — 超法定期限 0 件 · 超承诺或送达超期 1 件 · 即将到期 1 件",
        CardKind.FOLLOW_UP.value: "服务日跟进事项 — 跟进事项：超期 1 件 · 即将到期 0 件",
    }
    choose(page.group_by, "handler")
    headings = {g.key: page._header_text(g) for g in page.groups()}
    assert headings["王五"] == "王五 — 跟进事项：超期 1 件 · 即将到期 0 件"
    assert headings["张三"] == "张三 — 超法定期限 0 件 · 超承诺或送达超期 1 件 · 即将到期 0 件"
