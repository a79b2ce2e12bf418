"""Worklists that work (#13): 我的事项 lists what is still to do, the navigation counts,
filters kept per view and cleared on request, and empty states that say what to do."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from approvals_gui.domain.board import CardKind
from approvals_gui.domain.service_days import Matter, MatterType, Mode, VisitForm
from approvals_gui.domain.stages import Action, Stage
from approvals_gui.services import changes
from approvals_gui.services.applications import Step, list_applications
from approvals_gui.services.service_days import save_visit
from approvals_gui.services.workspace import Workspace
from approvals_gui.store.errors import StoreError, StoreErrorCode
from approvals_gui.ui.controllers import service_days as service_days_controller
from approvals_gui.ui.controllers.applications import ALL, MINE
from approvals_gui.ui.delegates.nav_count import (
    ALERT_ROLE,
    COUNT_ROLE,
    NavCountDelegate,
)
from approvals_gui.ui.delegates.nav_count import PARTIAL_ROLE as PARTIAL
from approvals_gui.ui.dialogs.register_dialog import RegisterDialog
from approvals_gui.ui.main_window import BOARD, MainWindow
from tests.conftest import TODAY
from tests.ui.conftest import answer_next_box, answer_next_dialog, open_window, type_text
from tests.ui.test_hotline_board import late_case


def late_one(ws: Workspace) -> tuple[int, int]:
    """The `data` fixture's running application: its id and version."""
    view = next(
        v for v in list_applications(ws, today=TODAY) if v.record.facts.stage is Stage.ACCEPTED
    )
    return view.record.id, view.record.version


def withdraw(ws: Workspace) -> changes.ChangeSet:
    """Withdraw the running application, as another desk would; the change set it makes."""
    app_id, version = late_one(ws)
    return changes.step(ws, app_id, version, Step(Action.WITHDRAW, TODAY), today=TODAY)


def late_follow_up() -> VisitForm:
    """A service day's follow-up due 11-20: three working days over on TODAY."""
    return VisitForm(
        date(2026, 11, 5), None, "江城再生资源有限公司", "91350100M000100Y43", Mode.VISIT,
        "企业厂区", "王五", (Matter(MatterType.PERMIT, "排污许可证变更咨询"),),
        "一周内书面答复", "王五", date(2026, 11, 20),
    )  # fmt: skip


def nav_item(window: MainWindow, key: str) -> QListWidgetItem:
    return next(
        window.nav.item(r)
        for r in range(window.nav.count())
        if window.nav.item(r).data(Qt.ItemDataRole.UserRole) == key
    )


def nav_counts(window: MainWindow) -> dict[str, tuple[object, object]]:
    found = {}
    for row in range(window.nav.count()):
        item = window.nav.item(row)
        found[item.data(Qt.ItemDataRole.UserRole)] = (item.data(COUNT_ROLE), item.data(ALERT_ROLE))
    return found


def empty_text(window: MainWindow) -> str:
    page = window.applications.page
    return page.empty.text() if page.body.currentWidget() is page.empty else ""


# -- 我的事项: what is still to do ---------------------------------------------------------


def test_my_items_hide_finished_ones_until_the_toggle(
    qtbot: QtBot, data: Workspace, settings: QSettings
) -> None:
    window = open_window(qtbot, data, settings)
    page = window.applications.page
    assert window._view == MINE and not page.show_finished.isChecked()
    assert page.proxy.rowCount() == 1  # the delivered one is done: not on my list
    page.show_finished.setChecked(True)
    assert page.proxy.rowCount() == 2
    window.show_view(ALL)
    assert page.show_finished.isChecked() and page.proxy.rowCount() == 2
    page.show_finished.setChecked(False)
    assert page.proxy.rowCount() == 1
    window.show_view(MINE)
    assert page.show_finished.isChecked()  # each view remembers its own choice
    window.show_view(ALL)
    assert not page.show_finished.isChecked()


def test_opening_an_application_shows_it_even_when_finished(
    qtbot: QtBot, data: Workspace, settings: QSettings
) -> None:
    window = open_window(qtbot, data, settings)
    window.show_view(ALL)
    window.applications.page.show_finished.setChecked(False)
    done = next(
        v for v in list_applications(data, today=TODAY) if v.record.facts.stage is Stage.DELIVERED
    )
    window.open_application(done.record.id)
    assert window.applications.page.selected_id() == done.record.id


# -- counts in the navigation ---------------------------------------------------------------


def test_nav_counts_follow_a_step(qtbot: QtBot, data: Workspace, settings: QSettings) -> None:
    window = open_window(qtbot, data, settings)
    counts = nav_counts(window)
    assert counts[MINE][0] == 1 and counts[ALL][0] == 2
    assert counts[BOARD] == (1, True)  # the running one is past its limit
    assert window.nav.item(0).text() == "我的事项"  # the name stays the name
    assert "1" in window.nav.item(0).toolTip()
    window.ops.publish(withdraw(data))  # no read: the change set carries the row
    counts = nav_counts(window)
    assert counts[MINE][0] == 0 and counts[ALL][0] == 2
    assert counts[BOARD] == (0, False)
    assert nav_item(window, BOARD).toolTip() == "没有超期事项"


# -- filters per view -----------------------------------------------------------------------


def test_filters_per_view_do_not_leak_and_persist(
    qtbot: QtBot, data: Workspace, settings: QSettings
) -> None:
    window = open_window(qtbot, data, settings)
    page = window.applications.page
    window.show_view(ALL)
    type_text(page.search, "SUM")
    assert page.proxy.rowCount() == 1
    window.show_view(MINE)
    assert page.search.text() == "" and page.proxy.rowCount() == 1
    page.set_filter_value("status", "overdue")
    window.show_view(ALL)
    assert page.search.text() == "SUM" and page.filter_value("status") is None
    window.close()
    again = open_window(qtbot, data, settings)
    page = again.applications.page
    assert again._view == ALL and page.search.text() == "SUM"
    assert page.proxy.rowCount() == 1
    again.show_view(MINE)
    assert page.search.text() == "" and page.filter_value("status") == "overdue"


def test_escape_in_the_search_box_clears_it(
    qtbot: QtBot, data: Workspace, settings: QSettings
) -> None:
    window = open_window(qtbot, data, settings)
    page = window.applications.page
    window.show_view(ALL)
    qtbot.keySequence(window, "Ctrl+F")
    type_text(page.search, "HYPERLINK")
    assert page.proxy.rowCount() == 1
    qtbot.keyClick(page.search, Qt.Key.Key_Escape)
    assert page.search.text() == "" and page.proxy.rowCount() == 2


def test_clear_filters_resets_the_views_filters(
    qtbot: QtBot, data: Workspace, settings: QSettings
) -> None:
    window = open_window(qtbot, data, settings)
    page = window.applications.page
    window.show_view(ALL)
    assert not page.clear_button.isEnabled()
    page.search.setText("SUM")
    page.set_filter_value("stage", Stage.DELIVERED.value)
    assert page.clear_button.isEnabled()
    qtbot.mouseClick(page.clear_button, Qt.MouseButton.LeftButton)
    assert page.search.text() == "" and page.filter_value("stage") is None
    assert page.proxy.rowCount() == 2 and not page.clear_button.isEnabled()


# -- empty states ---------------------------------------------------------------------------


def test_an_empty_database_says_how_to_begin(
    qtbot: QtBot, ws: Workspace, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, ws, settings)
    assert "还没有任何申请" in empty_text(window)
    window.show_view(ALL)
    assert "还没有任何申请" in empty_text(window)
    asked: list[str] = []

    def cancel(dialog: QWidget) -> None:
        asked.append(type(dialog).__name__)
        dialog.close()

    answer_next_dialog(cancel, RegisterDialog)
    window.applications.page.empty.linkActivated.emit("register")
    assert asked == ["RegisterDialog"]

    def no_file() -> Path | None:
        asked.append("import")
        return None

    monkeypatch.setattr(window.ledger, "ask_file", no_file)
    window.applications.page.empty.linkActivated.emit("import")
    assert asked[-1] == "import"


def test_nothing_open_on_my_list_points_to_the_whole_list(
    qtbot: QtBot, data: Workspace, settings: QSettings
) -> None:
    withdraw(data)
    window = open_window(qtbot, data, settings)
    assert "您名下没有在办事项" in empty_text(window)
    window.applications.page.empty.linkActivated.emit("all")
    assert window._view == ALL and window.applications.page.proxy.rowCount() == 2
    assert empty_text(window) == ""
    assert window.nav.currentItem().data(Qt.ItemDataRole.UserRole) == ALL


def test_no_match_offers_to_clear_the_filters(
    qtbot: QtBot, data: Workspace, settings: QSettings
) -> None:
    window = open_window(qtbot, data, settings)
    page = window.applications.page
    assert empty_text(window) == ""
    type_text(page.search, "没有这个项目")
    assert "没有符合筛选条件的申请" in empty_text(window)
    page.empty.linkActivated.emit("clear")
    assert page.search.text() == "" and page.proxy.rowCount() == 1
    assert page.body.currentWidget() is page.table


def test_the_board_count_has_late_cases_and_follow_ups_too(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    """The count beside 超期看板 said 0 while the board showed a late 12369 case and a
    late follow-up: it counted applications only."""
    late_case(ws)
    save_visit(ws, late_follow_up(), today=TODAY)
    window = open_window(qtbot, ws, settings)
    board = nav_item(window, BOARD)
    qtbot.waitUntil(lambda: nav_counts(window)[BOARD] == (2, True) and not board.data(PARTIAL))
    tip = nav_item(window, BOARD).toolTip()
    assert tip == "超期 2 件：12369 举报 1 件，服务日跟进事项 1 件"  # no part of none


def test_the_board_count_is_greyed_until_each_kind_is_counted(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    """Applications, 12369 cases and follow-ups are each read apart at a start: until
    all are, the count (763 of 931) says it is not final."""
    window = open_window(qtbot, ws, settings)
    board = nav_item(window, BOARD)
    qtbot.waitUntil(lambda: not board.data(PARTIAL))
    window._late_known.clear()  # as at a start
    window._show_late(CardKind.APPLICATION, 763)
    assert board.data(PARTIAL) and board.toolTip().endswith("（仍在载入）")
    window._show_late(CardKind.CASE, 165)
    window._show_late(CardKind.FOLLOW_UP, 3)
    assert nav_counts(window)[BOARD] == (931, True) and not board.data(PARTIAL)
    # A decision delivered late is among them, and said to be (it had not been).
    assert board.toolTip().startswith(
        "超期 931 件：在办申请 763 件（超法定期限、超承诺期限、送达超期或听证期限超期）"
    )


def test_a_kind_that_cannot_be_counted_is_said_not_loading_for_ever(
    qtbot: QtBot, ws: Workspace, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The late follow-ups' read fails (the server went away): the board's count stays
    greyed and says which kind is left out and why, not "still loading" for ever; the
    next count that comes puts it right."""
    save_visit(ws, late_follow_up(), today=TODAY)
    window = open_window(qtbot, ws, settings)
    board = nav_item(window, BOARD)
    qtbot.waitUntil(lambda: nav_counts(window)[BOARD] == (1, True) and not board.data(PARTIAL))

    def gone(*_args: object) -> object:
        raise StoreError(StoreErrorCode.UNREACHABLE, "gone")

    monkeypatch.setattr(service_days_controller, "_status", gone)
    said: list[str] = []
    answer_next_box(QMessageBox.StandardButton.Ok, said)  # the read's own message
    window.service_days.load_status()
    qtbot.waitUntil(lambda: "未能载入" in board.toolTip())
    assert said and board.data(PARTIAL) and nav_counts(window)[BOARD] == (0, False)
    tip = board.toolTip()
    assert tip.startswith("未能全部统计：服务日跟进事项未能载入") and "仍在载入" not in tip
    assert "没有超期事项" not in tip  # not "nothing overdue": some were not counted
    # Nothing counted at all: no number rather than a nought.
    for kind in (CardKind.APPLICATION, CardKind.CASE):
        window._late_not_counted(kind, "gone")
    assert nav_counts(window)[BOARD][0] is None
    window._show_late(CardKind.APPLICATION, 0)
    window._show_late(CardKind.CASE, 0)
    monkeypatch.undo()
    window.service_days.load_status()
    qtbot.waitUntil(lambda: not board.data(PARTIAL))
    assert nav_counts(window)[BOARD] == (1, True) and "未能载入" not in board.toolTip()


def test_the_selected_entrys_count_stays_readable(qtbot: QtBot) -> None:
    """The selection was painted beside the count, not under it: the selected entry's
    count, in the selection's text colour, vanished on the list's white."""
    nav = QListWidget()
    nav.setItemDelegate(NavCountDelegate(nav))
    qtbot.addWidget(nav)
    item = QListWidgetItem("我的事项", nav)
    item.setData(COUNT_ROLE, 12)
    nav.resize(200, 60)
    nav.setCurrentItem(item)
    nav.show()
    qtbot.waitExposed(nav)
    image = nav.viewport().grab().toImage()
    rect = nav.visualItemRect(item)
    highlight = nav.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
    # Under the count, at the entry's right edge: the selection's colour, not the list's.
    edge = image.pixelColor(rect.right() - 2, rect.top() + 2)
    assert edge == highlight, (edge.name(), highlight.name())
