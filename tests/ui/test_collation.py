"""Names of people, units and categories in pinyin order, wherever they are listed."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from approvals_gui.ui.collation import in_pinyin_order, pinyin_ranks
from approvals_gui.ui.pages.applications_page import ApplicationsPage

NAMES = ["刘洋", "周杰", "孙丽", "张伟", "李娜", "杨磊", "王芳", "赵敏", "陈静"]
IN_ORDER = ["陈静", "李娜", "刘洋", "孙丽", "王芳", "杨磊", "张伟", "赵敏", "周杰"]


def test_names_come_in_pinyin_order_each_once() -> None:
    assert in_pinyin_order([*NAMES, "张伟"]) == IN_ORDER
    assert list(pinyin_ranks(NAMES)) == IN_ORDER


def test_the_handler_filter_lists_names_in_pinyin_order(qtbot: QtBot) -> None:
    page = ApplicationsPage()
    qtbot.addWidget(page)
    page.set_choices([], NAMES)
    listed = [page.handler.itemText(i) for i in range(1, page.handler.count())]
    assert listed == IN_ORDER
