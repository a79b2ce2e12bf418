"""A 12369 case on the overdue board, with the unit it was handed to, and in the
enterprise's page beside its applications and visits (#15)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from approvals_gui.domain.board import Card, CardKind
from approvals_gui.domain.hotline.cases import CaseAction, Topic
from approvals_gui.services.exports import board_sheet
from approvals_gui.services.hotline import (
    CaseStepForm,
    case_detail,
    case_step,
    list_cases,
    register_report,
)
from approvals_gui.services.workspace import Workspace
from approvals_gui.ui.main_window import BOARD, ENTERPRISES, HOTLINE
from approvals_gui.ui.models.cases_table import COUNTDOWN_COLUMN, CasesTableModel
from approvals_gui.ui.models.roles import Role
from tests.conftest import TODAY, add_city_and_east, new_report
from tests.ui.conftest import open_window


def late_case(ws: Workspace) -> int:
    """Handed to 东城分局 on 11-03 with 11-13 as its date: late on TODAY (11-25)."""
    add_city_and_east(ws)
    report = new_report(
        received_at=datetime(2026, 11, 2, 21, 5), topic=Topic.NOISE, content="夜间施工噪声扰民"
    )
    case_id = register_report(ws, report, today=TODAY)
    for form in (
        CaseStepForm(CaseAction.ACCEPT, date(2026, 11, 3)),
        CaseStepForm(
            CaseAction.ASSIGN, date(2026, 11, 3), unit="east", unit_due=date(2026, 11, 13)
        ),
    ):
        version = case_detail(ws, case_id, today=TODAY).view.record.version
        case_step(ws, case_id, version, form, today=TODAY)
    return case_id


def test_a_late_case_is_red_on_the_board_with_its_unit(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    case_id = late_case(ws)
    window = open_window(qtbot, ws, settings)
    window.show_view(BOARD)
    page = window.board.page
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    items = [page.model.index(r).data(Role.ITEM) for r in range(page.model.rowCount())]
    (card,) = [i for i in items if isinstance(i, Card) and i.kind is CardKind.CASE]
    assert card.item_id == case_id
    title, party, step, countdown = page.card_lines(card)
    assert (title, party) == ("夜间施工噪声扰民", "江城再生资源有限公司")
    assert step == "RX2026-00001 · 已交办 · 东城分局"
    # The unit's date, named: the case itself is not past the law (its 办结 date is 2027).
    assert countdown == "超期 12 天（承办单位办理期限：2026-11-13）"
    assert "热线案件：超期 1 件 · 即将到期 0 件" in page.summary.text()
    assert page.group_name(card.group_key(page.current_group_by())) == "12369 热线案件"
    # A case has one limit and no promise: its group counts overdue and due soon.
    (group,) = [g for g in page.groups() if g.key == CardKind.CASE.value]
    assert page._header_text(group) == "12369 热线案件 — 超期 1 件 · 即将到期 0 件"
    # Exported, the case is at 东城分局; 市局 took the report but approves nothing.
    sheet = board_sheet([card], {}, {u.code: u.name for u in ws.units()})
    row = dict(zip((c.title for c in sheet.columns), sheet.rows[0], strict=True))
    assert (row["审批单位"], row["所在单位"]) == ("", "东城分局")
    page.select(CardKind.CASE, case_id)  # its 延期 spoke of "the selected application"
    assert not page.extend_button.isEnabled()
    assert page.extend_button.toolTip().startswith("这里的延期只用于审批申请")


def test_the_enterprise_page_lists_its_reports(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    late_case(ws)
    window = open_window(qtbot, ws, settings)
    window.show_view(ENTERPRISES)
    page = window.directory.page
    qtbot.waitUntil(lambda: page.table.rowCount() == 1)
    for typed, shown in (("9135-0100-M000-100Y-43", True), ("再生 9135", True), ("化工", False)):
        page.search.setText(typed)  # by its code, as registration takes it, or by words
        assert page.table.isRowHidden(0) is not shown, typed
    page.search.clear()
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.cases.rowCount() == 1)
    assert page.cases.item(0, 0).text() == "RX2026-00001"
    assert page.cases.item(0, 3).text() == "已超期"
    assert page.tabs.tabText(2) == "12369 举报（1）"


def test_a_case_card_opens_the_case(qtbot: QtBot, ws: Workspace, settings: QSettings) -> None:
    case_id = late_case(ws)
    window = open_window(qtbot, ws, settings)
    window.show_view(BOARD)
    page = window.board.page
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    page.open_requested.emit(CardKind.CASE.value, case_id)  # a double-click on its card
    hotline = window.hotline.page
    qtbot.waitUntil(lambda: hotline.selected_id() == case_id)
    assert window.stack.currentWidget() is hotline


def test_a_case_card_opens_its_case_whatever_the_list_was_narrowed_to(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    """A search left on the hotline's list hid the card's case, and the case selected
    before stayed in the pane as if it were the one opened."""
    case_id = late_case(ws)
    other = register_report(ws, new_report(content="河道排污"), today=TODAY)
    window = open_window(qtbot, ws, settings)
    window.show_view(HOTLINE)
    hotline = window.hotline.page
    qtbot.waitUntil(lambda: hotline.proxy.rowCount() == 2)
    hotline.topic.setCurrentIndex(hotline.topic.findData(Topic.AIR.value))  # other's
    hotline.search.setText("河道")
    assert hotline.proxy.rowCount() == 1 and hotline.select(other)
    qtbot.waitUntil(lambda: hotline.pane.detail is not None)
    window.show_view(BOARD)
    board = window.board.page
    qtbot.waitUntil(lambda: board.model.rowCount() > 0)
    board.open_requested.emit(CardKind.CASE.value, case_id)
    qtbot.waitUntil(lambda: hotline.selected_id() == case_id)
    assert hotline.search.text() == "" and hotline.topic.currentIndex() == 0
    qtbot.waitUntil(
        lambda: hotline.pane.detail is not None and hotline.pane.detail.view.record.id == case_id
    )


def test_a_case_due_today_says_so_as_the_hotline_list_does(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    """The board read 剩 0 天 where the list reads 今日到期."""
    add_city_and_east(ws)
    case_id = register_report(ws, new_report(received_at=datetime(2026, 11, 19, 9)), today=TODAY)
    for form in (
        CaseStepForm(CaseAction.ACCEPT, date(2026, 11, 20)),
        CaseStepForm(CaseAction.ASSIGN, date(2026, 11, 20), unit="east", unit_due=TODAY),
    ):
        version = case_detail(ws, case_id, today=TODAY).view.record.version
        case_step(ws, case_id, version, form, today=TODAY)
    window = open_window(qtbot, ws, settings)
    window.show_view(BOARD)
    page = window.board.page
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    (card,) = [c for c in page.cards() if c.kind is CardKind.CASE]
    assert page.card_lines(card)[3] == "今日到期（承办单位办理期限：2026-11-25）"


def test_a_cases_chip_says_which_date_it_counts_to(ws: Workspace, qapp: object) -> None:
    """A case has several dates, one running at a time: 超期 12 天 said how late, not
    late for what. The tooltip names the date."""
    late_case(ws)
    model = CasesTableModel()
    model.set_views(list_cases(ws, today=TODAY), {})
    tip = model.index(0, COUNTDOWN_COLUMN).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.splitlines()[1] == "承办单位办理期限：2026-11-13，超期 12 天"
