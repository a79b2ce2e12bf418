"""The window at 1366×768 in Chinese and English: nothing elided or clipped on any page,
the columns the clerk chooses, the detail pane's tabs, and a pane that folds away (#13)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QEvent, QPoint, QSettings, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QTabBar,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from approvals_gui.domain.stages import STAYING_ACTIONS, Action
from approvals_gui.i18n import DEFAULT_LANGUAGE, install_translators
from approvals_gui.services.applications import Step, apply_step, register
from approvals_gui.services.demo import generate
from approvals_gui.services.rules import save_rule
from approvals_gui.services.workspace import Workspace
from approvals_gui.ui import settings as options
from approvals_gui.ui import splitter_sizes, strings
from approvals_gui.ui.controllers.applications import ALL, MINE
from approvals_gui.ui.detail_pane import DetailPane
from approvals_gui.ui.main_window import (
    BOARD,
    CALENDAR,
    ENTERPRISES,
    FIGURES,
    HOTLINE,
    RULES,
    SERVICE,
    UNITS,
    MainWindow,
)
from approvals_gui.ui.models.applications_table import COLUMNS
from approvals_gui.ui.pages.applications_page import DEFAULT_HIDDEN
from approvals_gui.ui.pages.rules_page import PAUSES_COLUMN
from tests.conftest import TODAY, new_application
from tests.ui.conftest import laid_out, open_window, type_text

PAGES = (MINE, ALL, BOARD, FIGURES, SERVICE, ENTERPRISES, CALENDAR, RULES, UNITS, HOTLINE)


@pytest.fixture
def demo(ws: Workspace) -> Workspace:
    generate(ws, 60, today=TODAY)
    return ws


@pytest.fixture(params=["zh_CN", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    installed = install_translators(qapp, request.param)
    yield request.param
    for translator in installed:
        qapp.removeTranslator(translator)
    for translator in install_translators(qapp, DEFAULT_LANGUAGE):
        qapp.removeTranslator(translator)  # the locale back to Chinese, as other tests expect


def settle(window: MainWindow) -> None:
    """Every load the page started has arrived and been laid out."""
    for _ in range(3):
        window.ops.worker.wait()
        QApplication.processEvents()


def clipped(root: QWidget) -> list[str]:
    """The visible labels, buttons, tabs and box titles narrower (or, wrapped, shorter)
    than their text needs."""
    found = []
    for w in root.findChildren(QWidget):
        if not w.isVisible() or w.window() is not root:
            continue
        name = f"{type(w).__name__} {w.objectName()!r}"
        if isinstance(w, QLabel) and w.text() and w.pixmap().isNull():
            if w.wordWrap():
                if w.height() < w.heightForWidth(w.width()):
                    found.append(f"{name} {w.text()!r}: {w.height()} < wrapped height")
            elif w.width() < w.sizeHint().width():
                found.append(f"{name} {w.text()!r}: {w.width()} < {w.sizeHint().width()}")
        elif isinstance(w, QAbstractButton) and w.text() and not isinstance(w, QToolButton):
            if w.width() < w.sizeHint().width():
                found.append(f"{name} {w.text()!r}: {w.width()} < {w.sizeHint().width()}")
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                need = w.fontMetrics().horizontalAdvance(w.tabText(i)) + 8
                if w.tabRect(i).width() < need:
                    found.append(f"tab {w.tabText(i)!r}: {w.tabRect(i).width()} < {need}")
        elif isinstance(w, QGroupBox) and w.title():
            need = w.fontMetrics().horizontalAdvance(w.title()) + 16
            if w.width() < need:
                found.append(f"{name} {w.title()!r}: {w.width()} < {need}")
    return found


def nav_clipped(window: MainWindow) -> list[str]:
    """Navigation entries whose name and count do not fit the navigation's width."""
    nav = window.nav
    room = nav.viewport().width()
    delegate, found = nav.itemDelegate(), []
    for row in range(nav.count()):
        index = nav.model().index(row, 0)
        need = nav.sizeHintForIndex(index).width()
        if need > room:
            found.append(f"navigation {index.data()!r}: {room} < {need}")
    assert delegate is not None
    return found


def test_nothing_is_clipped_at_1366_by_768(
    qtbot: QtBot, demo: Workspace, settings: QSettings, language: str
) -> None:
    window = english_or_chinese_window(qtbot, demo, settings, language)
    problems: list[str] = []
    for key in PAGES:
        window.show_view(key)
        settle(window)
        if key == ALL:
            window.applications.page.table.selectRow(0)
            qtbot.waitUntil(lambda: window.applications.detail_pane.detail is not None)
            settle(window)
            tabs = window.detail_pane.tabs
            for tab in range(tabs.count()):
                tabs.setCurrentIndex(tab)
                QApplication.processEvents()
                problems += [f"{key}, tab {tab}: {p}" for p in clipped(window)]
        problems += [f"{key}: {p}" for p in clipped(window) + nav_clipped(window)]
        assert window.width() == 1366, f"{key} widens the window to {window.width()}"
    assert sorted(set(problems)) == []


# -- the width shared between navigation, list and detail ------------------------------------


@given(
    total=st.integers(min_value=900, max_value=4000),
    nav=st.integers(min_value=0, max_value=600),
    detail=st.integers(min_value=0, max_value=3000),
    list_min=st.integers(min_value=0, max_value=500),
    nav_fit=st.integers(min_value=0, max_value=300),
    shown=st.booleans(),
)
def test_the_shares_always_leave_each_part_usable(
    total: int, nav: int, detail: int, list_min: int, nav_fit: int, shown: bool
) -> None:
    sizes = splitter_sizes.shared(
        total, splitter_sizes.Widths(nav, detail), shown, list_min, nav_fit
    )
    left, middle, right = sizes
    assert sum(sizes) == total
    assert splitter_sizes.NAV[0] <= left <= splitter_sizes.NAV[1]
    assert left >= min(nav_fit, splitter_sizes.NAV[1])  # names and counts whole
    assert middle >= max(list_min, splitter_sizes.LIST_MIN)
    if not shown:
        assert right == 0
    elif total - left - max(list_min, splitter_sizes.LIST_MIN) >= splitter_sizes.DETAIL_MIN:
        assert right >= splitter_sizes.DETAIL_MIN
        if detail >= splitter_sizes.DETAIL_MIN and right < detail:  # only for the list
            assert middle == max(list_min, splitter_sizes.LIST_MIN)


def test_a_width_dragged_to_nothing_comes_back_usable() -> None:
    assert splitter_sizes.shared(1358, splitter_sizes.Widths(3, 5), True) == [110, 908, 340]
    # never dragged: the detail pane takes its default share
    assert splitter_sizes.shared(1358, splitter_sizes.Widths(), True, 358, 150) == [
        150,
        855,
        353,
    ]


# -- the detail pane folds away and comes back --------------------------------------------


@pytest.fixture
def filled(ws: Workspace) -> Workspace:
    """One application approved with a document number and a remark."""
    app = register(ws, new_application(received_on=date(2026, 10, 9)), today=TODAY)
    steps = [
        Step(Action.ACCEPT, date(2026, 10, 12)),
        Step(Action.START_REVIEW, date(2026, 10, 13)),
        Step(Action.START_PUBLIC_NOTICE, date(2026, 10, 14)),
        Step(
            Action.APPROVE,
            date(2026, 10, 30),
            document_number="江环审〔2026〕88号",
            remark="附条件",
        ),
    ]
    for version, step in enumerate(steps, start=1):
        apply_step(ws, app, version, step, today=TODAY)
    return ws


def test_the_detail_pane_folds_away_and_stays_so(
    qtbot: QtBot, filled: Workspace, settings: QSettings
) -> None:
    window = open_window(qtbot, filled, settings)
    window.resize(1366, 740)
    window.show_view(ALL)
    pane = window.detail_pane
    qtbot.waitUntil(lambda: pane.isVisible() and window.splitter.sizes()[2] > 0)
    button = window.applications.page.detail_button
    assert not button.isVisible()
    qtbot.mouseClick(pane.collapse_button, Qt.MouseButton.LeftButton)
    assert not pane.isVisible() and not window.detail_action.isChecked()
    assert window.splitter.sizes()[2] == 0  # the list has the room
    assert button.isVisible()  # the way back, in sight: the menu and Ctrl+I were not
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pane.isVisible() and window.splitter.sizes()[2] > 0)
    assert not button.isVisible()
    qtbot.mouseClick(pane.collapse_button, Qt.MouseButton.LeftButton)
    window.close()
    again = open_window(qtbot, filled, settings)
    again.show_view(ALL)
    assert not again.detail_pane.isVisible()
    assert again.applications.page.detail_button.isVisible()
    again.detail_action.trigger()  # 查看 → 详情栏, Ctrl+I
    qtbot.waitUntil(lambda: again.detail_pane.isVisible() and again.splitter.sizes()[2] > 0)
    again.show_view(BOARD)  # the board has no detail pane beside it
    assert not again.detail_pane.isVisible() and again.detail_action.isChecked()


def the_one_in_the_pane(qtbot: QtBot, window: MainWindow) -> DetailPane:
    """The detail pane once it shows the only application in 全部申请."""
    window.show_view(ALL)
    page = window.applications.page
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1)
    page.table.selectRow(0)
    pane = window.detail_pane
    qtbot.waitUntil(lambda: pane.detail is not None)
    return pane


def test_the_detail_pane_has_its_tabs_and_the_history_its_document_numbers(
    qtbot: QtBot, filled: Workspace, settings: QSettings
) -> None:
    window = open_window(qtbot, filled, settings)
    pane = the_one_in_the_pane(qtbot, window)
    qtbot.waitUntil(lambda: pane.timeline.rowCount() == 5)
    assert [pane.tabs.tabText(i) for i in range(pane.tabs.count())] == [
        "概要",
        "时限",
        "办理过程",
        "通知书",
    ]
    headers = [
        pane.timeline.horizontalHeaderItem(c).text() for c in range(pane.timeline.columnCount())
    ]
    last = {headers[c]: pane.timeline.item(4, c).text() for c in range(len(headers))}
    days = pane.timeline.horizontalHeaderItem(headers.index("工作日"))
    assert days is not None and "在进入的环节停留的工作日" in days.toolTip()  # what it counts
    assert last["操作"] == "批准" and last["文号"] == "江环审〔2026〕88号"
    assert last["备注"] == "附条件；2026-11-25 补录"  # approved 10-30, entered 11-25
    issue = pane.findChild(QAbstractButton, "issue_acceptance")
    refused = pane.findChild(QAbstractButton, "issue_refusal")
    assert issue is not None and issue.isEnabled()
    assert refused is not None and not refused.isEnabled() and refused.toolTip()
    pane.notice_requested.disconnect()  # the notice dialog itself: test_notices.py
    with qtbot.waitSignal(pane.notice_requested) as asked:
        issue.click()
    assert asked.args == ["acceptance"]


def test_why_a_notice_cannot_be_issued_reads_across_the_pane(
    qtbot: QtBot, filled: Workspace, settings: QSettings, language: str
) -> None:
    """Beside the notice's title the reason had what the title and button left: in
    English some 70 px, a word a line. It runs under both now, across the pane."""
    window = at_1366_by_768(qtbot, open_window(qtbot, filled, settings))
    pane = the_one_in_the_pane(qtbot, window)
    pane.tabs.setCurrentIndex(3)
    settle(window)
    issue = pane.findChild(QAbstractButton, "issue_refusal")
    assert issue is not None and not issue.isEnabled()
    reasons = [
        w for w in laid_out(pane.notices) if isinstance(w, QLabel) and w.text() == issue.toolTip()
    ]
    assert len(reasons) == 1
    (reason,) = reasons
    qtbot.waitUntil(lambda: reason.geometry().right() >= issue.geometry().left())
    assert clipped(pane.tabs.currentWidget()) == []


def test_the_notices_that_can_be_issued_come_first(
    qtbot: QtBot, filled: Workspace, settings: QSettings
) -> None:
    """Each notice said 可以出具 under an enabled button, or why not under a disabled
    one, in a fixed order: in the narrow tab a notice that could be issued (the
    decision) sat below several that could not, out of sight. Those that can come
    first now, their enabled button saying so; the others follow with their reasons."""
    pane = the_one_in_the_pane(qtbot, open_window(qtbot, filled, settings))
    layout = pane.notices
    buttons = [w for w in laid_out(layout) if isinstance(w, QAbstractButton)]
    enabled = [b.isEnabled() for b in buttons]
    assert len(buttons) > enabled.count(True) > 0
    assert enabled == sorted(enabled, reverse=True)  # every enabled one before the rest
    said = [w.text() for w in laid_out(layout) if isinstance(w, QLabel)]
    assert "可以出具" not in said
    for button in buttons[enabled.count(True) :]:
        assert button.toolTip() in said  # why not, under it


# -- the columns a clerk chooses ------------------------------------------------------------


def test_columns_are_chosen_and_the_first_two_stay_in_front(
    qtbot: QtBot, filled: Workspace, settings: QSettings
) -> None:
    window = open_window(qtbot, filled, settings)
    page = window.applications.page
    table = page.table
    keys = [c.key for c in COLUMNS]
    hidden = {k for i, k in enumerate(keys) if table.isColumnHidden(i)}
    assert hidden == DEFAULT_HIDDEN
    menu = page.column_menu(window)
    received = next(a for a in menu.actions() if a.text() == "收件日期")
    received.trigger()  # shown now
    assert not table.isColumnHidden(keys.index("received"))
    assert "申请编号" not in [a.text() for a in menu.actions()]  # never hidden
    header = table.horizontalHeader()
    header.moveSection(header.visualIndex(0), 5)  # a drag of the number elsewhere …
    assert header.visualIndex(0) == 0 and header.visualIndex(1) == 1  # … is put back
    # The frozen part shows the number and countdown over the list's left edge.
    overlay = table.overlay
    shown_there = [c for c in range(len(COLUMNS)) if not overlay.isColumnHidden(c)]
    assert shown_there == [0, 1]
    assert overlay.width() == table.columnWidth(0) + table.columnWidth(1)
    chips, frozen_chips = table.itemDelegateForColumn(1), overlay.itemDelegateForColumn(1)
    assert type(frozen_chips) is type(chips) and frozen_chips is not chips  # one view each
    table.horizontalScrollBar().setValue(table.horizontalScrollBar().maximum())
    assert overlay.isVisible() and overlay.x() <= table.frameWidth()
    # The frozen heading sorts the one list.
    overlay_header = overlay.horizontalHeader()
    qtbot.mouseClick(
        overlay_header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(overlay_header.sectionViewportPosition(0) + 5, 5),
    )
    assert header.sortIndicatorSection() == 0
    window.close()
    again = open_window(qtbot, filled, settings)
    again_table = again.applications.page.table
    assert not again_table.isColumnHidden(keys.index("received"))  # remembered
    again.applications.page.reset_columns()
    assert {k for i, k in enumerate(keys) if again_table.isColumnHidden(i)} == DEFAULT_HIDDEN


def test_a_header_saved_narrower_keeps_the_chips_listed_whole(
    qtbot: QtBot, demo: Workspace, settings: QSettings, language: str
) -> None:
    """The countdown column is as wide as the open applications' chips listed need (a
    header saved in Chinese and shown in English too), and no wider than that (one saved
    in English shown in Chinese pushed the due date out of the list). Where a chip's
    translation gives a shorter wording (English), that one is what it needs."""
    from approvals_gui.domain.clock import Status
    from approvals_gui.ui.delegates.countdown import DECIDED, chip_wording, fitting
    from approvals_gui.ui.models.applications_table import COUNTDOWN_COLUMN
    from approvals_gui.ui.models.roles import Role
    from approvals_gui.ui.pages.applications_page import COUNTDOWN_MAX_CHARS
    from approvals_gui.ui.strings import VARIANTS

    window = showing(
        qtbot, demo, settings, language, ALL, lambda w: w.applications.page.proxy.rowCount() > 0
    )
    page = window.applications.page
    table, metrics = page.table, page.fontMetrics()
    chips = [
        str(page.proxy.index(r, COUNTDOWN_COLUMN).data())
        for r in range(page.proxy.rowCount())
        if page.proxy.index(r, COUNTDOWN_COLUMN).data(Role.STATUS) not in DECIDED
    ]
    need = min(
        max(metrics.horizontalAdvance(c.split(VARIANTS)[-1]) for c in chips) + 24,
        metrics.averageCharWidth() * COUNTDOWN_MAX_CHARS,
    )
    width = table.columnWidth(COUNTDOWN_COLUMN)
    assert need <= width <= max(need, 150)
    from approvals_gui.ui.delegates.countdown import CountdownDelegate

    whole = page.chips_whole_need
    painting = table.overlay.itemDelegateForColumn(COUNTDOWN_COLUMN)  # the frozen part's
    assert isinstance(painting, CountdownDelegate) and painting.whole_need == whole
    shown = [chip_wording(c, Status.NORMAL, metrics, width, whole) for c in chips]
    assert all(metrics.horizontalAdvance(c) + 22 <= width for c in shown)
    # The running chips say their days in one way: all whole, or all in their shortest
    # wording ("Accept in 2 days" had stood beside "10 working days left").
    assert shown in ([c.split(VARIANTS)[0] for c in chips], [c.split(VARIANTS)[-1] for c in chips])
    wide = [chip_wording(c, Status.NORMAL, metrics, whole, whole) for c in chips]
    assert wide == [c.split(VARIANTS)[0] for c in chips]  # widened, all whole
    # A decided chip shows the longest of its wordings that fits, whole: at least its
    # days used (its whole wording once lost them to "…").
    decided = [
        fitting(str(page.proxy.index(r, COUNTDOWN_COLUMN).data()), metrics, width)
        for r in range(page.proxy.rowCount())
        if page.proxy.index(r, COUNTDOWN_COLUMN).data(Role.STATUS) in DECIDED - {Status.CLOSED}
    ]
    assert decided and all(metrics.horizontalAdvance(c) + 22 <= width for c in decided)
    header = table.horizontalHeader()
    table.setColumnWidth(COUNTDOWN_COLUMN, 90)  # a drag narrower
    assert table.columnWidth(COUNTDOWN_COLUMN) == width
    header.blockSignals(True)
    header.resizeSection(COUNTDOWN_COLUMN, 90)
    header.blockSignals(False)
    header.restoreState(header.saveState())  # a header saved that narrow
    qtbot.waitUntil(lambda: table.columnWidth(COUNTDOWN_COLUMN) == width)
    header.blockSignals(True)
    header.resizeSection(COUNTDOWN_COLUMN, 264)  # English's chips, saved, shown here
    header.blockSignals(False)
    header.restoreState(header.saveState())
    qtbot.waitUntil(lambda: table.columnWidth(COUNTDOWN_COLUMN) == width)


def test_a_click_on_the_frozen_columns_selects_the_row(
    qtbot: QtBot, filled: Workspace, settings: QSettings
) -> None:
    window = open_window(qtbot, filled, settings)
    window.show_view(ALL)
    page = window.applications.page
    page.show_finished.setChecked(True)
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1)
    overlay = page.table.overlay
    rect = overlay.visualRect(page.proxy.index(0, 0))
    with qtbot.waitSignal(page.selected) as chosen:
        qtbot.mouseClick(overlay.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert chosen.args[0] is not None and page.selected_id() == chosen.args[0]
    assert overlay.selectionModel().isRowSelected(0)
    page.select(None)  # cleared in the list: cleared in the frozen part too
    assert not overlay.selectionModel().hasSelection()


# -- long English texts at 1366×768: whole, wrapped or elided with room ------------------------


def english_or_chinese_window(
    qtbot: QtBot, ws: Workspace, settings: QSettings, language: str
) -> MainWindow:
    options.LANGUAGE.set(settings, language)
    return at_1366_by_768(qtbot, open_window(qtbot, ws, settings))


def showing(
    qtbot: QtBot,
    ws: Workspace,
    settings: QSettings,
    language: str,
    view: str,
    ready: Callable[[MainWindow], bool] = lambda _window: True,
) -> MainWindow:
    """The window at 1366×768 in `language` on `view`, once `ready` and laid out."""
    window = english_or_chinese_window(qtbot, ws, settings, language)
    window.show_view(view)
    qtbot.waitUntil(lambda: ready(window))
    settle(window)
    return window


def at_1366_by_768(qtbot: QtBot, window: MainWindow) -> MainWindow:
    """`window` at the smallest screen the bureau's PCs have, once it is laid out so."""
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.width() == 1366 and window.splitter.width() > 1300)
    return window


def test_the_hotline_list_keeps_the_enterprise_or_address_readable(
    qtbot: QtBot, ws: Workspace, settings: QSettings, language: str
) -> None:
    from approvals_gui.ui.models.cases_table import CASE_COLUMNS, WHERE_COLUMN
    from tests.ui.test_hotline_board import late_case

    late_case(ws)
    window = showing(
        qtbot,
        ws,
        settings,
        language,
        HOTLINE,
        lambda w: w.hotline.page.table.model().rowCount() == 1,
    )
    table = window.hotline.page.table
    width = table.columnWidth(WHERE_COLUMN)
    heading = str(table.model().headerData(WHERE_COLUMN, Qt.Orientation.Horizontal))
    where = str(table.model().index(0, WHERE_COLUMN).data())
    assert table.fontMetrics().horizontalAdvance(heading) + 8 <= width
    assert table.fontMetrics().horizontalAdvance(where) + 8 <= width
    # Every other column is in view without scrolling, the handling unit too (in
    # English it was out of sight past this one): only this one's elided end may be.
    assert WHERE_COLUMN == len(CASE_COLUMNS) - 1
    for column in range(WHERE_COLUMN):
        right = table.columnViewportPosition(column) + table.columnWidth(column)
        assert right <= table.viewport().width(), CASE_COLUMNS[column].key


def test_the_hotline_list_does_not_scroll_sideways_beside_its_detail(
    qtbot: QtBot, ws: Workspace, settings: QSettings, language: str
) -> None:
    """At 1366 px the English list, its closed cases shown and one selected, scrolled
    sideways and cut its last heading ("Enterprise or a") beside a detail pane with room
    to spare. The pane now gives the list what its columns need; and a year of cases
    (every channel, "From higher authority" the longest) fits beside the pane's least
    width: 上级交办 is "Referred"."""
    from approvals_gui.ui.models.cases_table import WHERE_COLUMN

    generate(ws, 300, today=TODAY, seed=7)
    window = showing(
        qtbot, ws, settings, language, HOTLINE, lambda w: w.hotline.page.proxy.rowCount() > 0
    )
    page = window.hotline.page
    page.show_closed.setChecked(True)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.pane.detail is not None)
    settle(window)
    assert page.proxy.rowCount() > page.table.viewport().height() // page.table.rowHeight(0)
    assert page.table.horizontalScrollBar().maximum() == 0
    header = page.table.horizontalHeader()
    bold = QFont(header.font())
    bold.setBold(True)  # as Qt paints and measures a heading of a highlighted section
    heading = str(page.proxy.headerData(WHERE_COLUMN, Qt.Orientation.Horizontal))
    assert QFontMetrics(bold).horizontalAdvance(heading) + 8 <= header.sectionSize(WHERE_COLUMN)
    assert clipped(window) == []


def test_a_closed_case_with_its_history_fits_beside_the_list(
    qtbot: QtBot, ws: Workspace, settings: QSettings, language: str
) -> None:
    """A case taken to its close in the English window, then shown with the closed
    ones: the list scrolled sideways by a pixel (the pane at its least width could give
    no more) and the history's notes ran off the pane's edge."""
    from approvals_gui.domain.hotline.cases import CaseAction
    from approvals_gui.services.hotline import CaseStepForm, case_detail, case_step, register_report
    from approvals_gui.ui.models.cases_table import WHERE_COLUMN
    from tests.conftest import NOW, new_report

    generate(ws, 300, today=TODAY, seed=7)
    case_id = register_report(ws, new_report(received_at=NOW), today=TODAY)
    unit = next(u.code for u in ws.units() if u.code != ws.units()[0].code)
    for form in (
        CaseStepForm(CaseAction.ACCEPT, TODAY),
        CaseStepForm(CaseAction.ASSIGN, TODAY, unit=unit, unit_due=date(2026, 12, 15)),
        CaseStepForm(CaseAction.HANDLE, TODAY, findings="现场检查：发现暗管，已责令整改"),
        CaseStepForm(CaseAction.REPLY, TODAY),
        CaseStepForm(CaseAction.CLOSE, TODAY),
    ):
        version = case_detail(ws, case_id, today=TODAY).view.record.version
        case_step(ws, case_id, version, form, today=TODAY)
    window = showing(
        qtbot, ws, settings, language, HOTLINE, lambda w: w.hotline.page.proxy.rowCount() > 0
    )
    page = window.hotline.page
    page.show_closed.setChecked(True)
    assert page.select(case_id)
    qtbot.waitUntil(lambda: page.pane.detail is not None)
    page.pane.tabs.setCurrentWidget(page.pane.history)
    settle(window)
    assert page.table.horizontalScrollBar().maximum() == 0
    history = page.pane.history
    shown = [i for i in range(history.columnCount()) if not history.isColumnHidden(i)]
    assert sum(history.columnWidth(i) for i in shown) <= history.viewport().width()
    assert clipped(window) == []
    # A pane whose least width leaves the list a little short of its columns' need:
    # the enterprise or address gives it, down to its heading (Qt cuts a centred one at
    # both ends), and past that the list scrolls.
    header = page.table.horizontalHeader()
    bold = QFont(header.font())
    bold.setBold(True)
    heading = str(page.proxy.headerData(WHERE_COLUMN, Qt.Orientation.Horizontal))
    spare = page.where.minimum - QFontMetrics(bold).horizontalAdvance(heading) - 8
    table = page.table
    need = header.length() - header.sectionSize(WHERE_COLUMN) + page.where.minimum
    need += table.width() - table.viewport().width()
    page.pane.setMinimumWidth(sum(page.split.sizes()) - need + max(1, spare // 2))
    qtbot.waitUntil(lambda: header.sectionSize(WHERE_COLUMN) < page.where.minimum)
    settle(window)
    assert page.table.horizontalScrollBar().maximum() == 0
    page.pane.setMinimumWidth(page.pane.minimumWidth() + 200)
    qtbot.waitUntil(lambda: page.table.horizontalScrollBar().maximum() > 0)  # then it scrolls
    assert QFontMetrics(bold).horizontalAdvance(heading) + 8 <= header.sectionSize(WHERE_COLUMN)
    # A width the user drags the column to is theirs: never squeezed back.
    header.resizeSection(WHERE_COLUMN, 260)
    window.resize(window.width() - 1, window.height())
    qtbot.waitUntil(lambda: window.width() == 1365)
    settle(window)
    assert header.sectionSize(WHERE_COLUMN) == 260


def test_a_divider_the_user_dragged_stays_where_they_left_it(
    qtbot: QtBot, demo: Workspace, settings: QSettings
) -> None:
    window = showing(
        qtbot, demo, settings, "en", HOTLINE, lambda w: w.hotline.page.proxy.rowCount() > 0
    )
    page = window.hotline.page
    handle = page.split.handle(1)
    middle = handle.rect().center()
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=middle)
    qtbot.mouseMove(handle, middle - QPoint(200, 0))
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=middle - QPoint(200, 0))
    dragged = page.split.sizes()[0]
    assert dragged < 800  # the list narrower than its columns need: it scrolls
    page.show_closed.setChecked(True)  # the columns fit again
    settle(window)
    assert page.split.sizes()[0] == dragged


def test_the_history_cuts_no_date_and_no_word_in_the_narrow_pane(
    qtbot: QtBot, demo: Workspace, settings: QSettings, language: str
) -> None:
    """At 1366 px the pane is a third of the list's width: the history once cut its
    dates ("2026-1…") and its steps ("Request supple…") and squeezed 备注 to a sliver,
    then kept them whole but put 备注 out of sight, to be scrolled to. Now they stay
    whole and 备注 is in view, the stage column (named in the step's tooltip) left out."""
    from approvals_gui.ui.detail_pane import TIMELINE_COLUMNS

    window = showing(
        qtbot, demo, settings, language, ALL, lambda w: w.applications.page.proxy.rowCount() > 0
    )
    pane, page = window.detail_pane, window.applications.page
    table = pane.timeline
    metrics = table.fontMetrics()
    column = {key: i for i, key in enumerate(TIMELINE_COLUMNS)}
    checked = 0
    pane.tabs.setCurrentIndex(pane.tabs.indexOf(table.parentWidget()))
    for row in range(min(page.proxy.rowCount(), 12)):
        number = page.proxy.index(row, 0).data()
        page.table.selectRow(row)
        qtbot.waitUntil(
            lambda number=number: (
                pane.detail is not None and pane.detail.view.record.number == number
            )
        )
        settle(window)
        for r in range(table.rowCount()):
            on, step = (table.item(r, column[k]).text() for k in ("on", "action"))
            assert metrics.horizontalAdvance(on) < table.columnWidth(column["on"]), on
            longest = max(metrics.horizontalAdvance(w) for w in step.split())
            assert longest < table.columnWidth(column["action"]), step
        numbers = [table.item(r, column["document"]).text() for r in range(table.rowCount())]
        if not any(numbers):
            assert table.isColumnHidden(column["document"])
        entries = pane.detail.timeline
        for r, number in enumerate(numbers):  # in view, or named by the step's tooltip
            tip = table.item(r, column["action"]).toolTip()
            assert number in tip
            # A step that left the stage as it was (a transfer) led to none; one named
            # for its stage (受理) named it already.
            action, stage = entries[r].event.action, entries[r].stage
            untold = action in STAYING_ACTIONS or strings.named_for_its_stage(action, stage)
            assert untold or table.item(r, column["stage"]).text() in tip
        assert table.columnWidth(column["remark"]) >= 8 * metrics.horizontalAdvance("中")
        assert table.horizontalHeader().length() <= table.viewport().width()  # no scrolling
        checked += table.rowCount()
    assert checked > 20


def test_the_rules_table_shows_every_heading_whole(
    qtbot: QtBot, ws: Workspace, settings: QSettings, language: str
) -> None:
    """The demo's categories too, in a window not maximised as well: the English
    法定时限暂停 heading had been cut ("tatutory pause"), and its cells with it."""
    from approvals_gui.services.demo import DEMO_RULES

    for rule in DEMO_RULES:
        save_rule(ws, rule)
    window = showing(
        qtbot, ws, settings, language, RULES, lambda w: w.rules.page.table.rowCount() > 0
    )
    table = window.rules.page.table
    assert table.rowCount() == 5
    metrics = table.horizontalHeader().fontMetrics()
    for width in (1366, 1200):  # too narrow: the table scrolls sideways instead
        window.resize(width, 768)
        qtbot.waitUntil(lambda w=width: window.width() == w)
        for column in range(table.columnCount()):
            heading = table.horizontalHeaderItem(column).text()
            widest = max(metrics.horizontalAdvance(line) for line in heading.splitlines())
            assert widest + 2 <= table.columnWidth(column), (width, heading)


def test_a_wrapped_rule_cell_keeps_its_last_lines_descenders(
    qtbot: QtBot, ws: Workspace, settings: QSettings, language: str
) -> None:
    """In English the statutory pauses wrap onto two lines, sized to the pixel: the tail
    of "Hearing"'s g was drawn over the grid line and cut. Below the text, the cell
    keeps a clear line."""
    from approvals_gui.services.demo import DEMO_RULES

    for rule in DEMO_RULES:
        save_rule(ws, rule)
    window = showing(
        qtbot, ws, settings, language, RULES, lambda w: w.rules.page.table.rowCount() > 0
    )
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.width() == 1366)
    settle(window)
    table = window.rules.page.table
    table.clearSelection()
    if language == "en":  # the case in point: two lines
        assert table.rowHeight(0) > 2 * table.fontMetrics().lineSpacing()
    image = table.viewport().grab().toImage()
    for row in range(table.rowCount()):
        cell = table.visualRect(table.model().index(row, PAUSES_COLUMN))
        above_grid = cell.bottom() - 1  # the grid line is the cell's last pixel row
        inked = [
            x
            for x in range(cell.left() + 1, cell.right())
            if QColor(image.pixel(x, above_grid)).lightness() < 160
        ]
        assert inked == [], (row, above_grid, cell)


@pytest.mark.parametrize("licence", [False, True], ids=["eia", "other-licence"])
def test_the_supplement_dialog_shows_every_material_whole(
    qtbot: QtBot, ws: Workspace, language: str, licence: bool
) -> None:
    """The longest material in English once ran past the list's edge; either checklist
    (an EIA document's, another licence's)."""
    from tests.ui.test_workspace import step_dialog

    category = "report_form"
    if licence:
        category = "radiation"
        rule = replace(ws.rule("report_form"), category=category, name="辐射安全许可证核发")
        save_rule(ws, rule)
    fields = {"category": category, "received_on": date(2026, 11, 24)}
    app_id = register(ws, new_application(**fields), today=TODAY)
    dialog = step_dialog(ws, app_id, Action.REQUEST_SUPPLEMENT)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    materials = dialog.materials
    assert materials.sizeHintForColumn(0) <= materials.viewport().width()
    assert dialog.width() <= 1366


def test_a_case_history_cuts_no_date_and_keeps_room_for_its_notes(
    qtbot: QtBot, ws: Workspace, settings: QSettings, language: str
) -> None:
    """The case's 说明 once shrank to what the pane left ("report back by 202…")."""
    from tests.ui.test_hotline_board import late_case

    case_id = late_case(ws)
    window = showing(
        qtbot, ws, settings, language, HOTLINE, lambda w: w.hotline.page.proxy.rowCount() == 1
    )
    page = window.hotline.page
    assert page.select(case_id)
    pane = page.pane
    qtbot.waitUntil(lambda: pane.detail is not None and pane.history.rowCount() == 3)
    pane.tabs.setCurrentWidget(pane.history)
    settle(window)
    table = pane.history
    metrics = table.fontMetrics()
    on, notes = table.index_of("on"), table.index_of("notes")
    for row in range(table.rowCount()):
        assert metrics.horizontalAdvance(table.text(row, on)) < table.columnWidth(on)
    assert table.columnWidth(notes) >= 8 * metrics.horizontalAdvance("中")


def test_board_countdowns_and_filters_show_whole(
    qtbot: QtBot, demo: Workspace, settings: QSettings, language: str
) -> None:
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QFont, QFontMetrics

    from approvals_gui.domain.board import Card
    from approvals_gui.ui.delegates.card import CARD_SIZE, COUNTDOWN_FLAGS, countdown_area
    from approvals_gui.ui.models.roles import Role

    window = showing(
        qtbot, demo, settings, language, BOARD, lambda w: w.board.page.model.rowCount() > 0
    )
    page = window.board.page
    font = QFont(page.view.font())
    line = QFontMetrics(font).height() + 4
    font.setBold(True)
    text_rect = QRect(0, 0, CARD_SIZE.width(), CARD_SIZE.height()).adjusted(15, 9, -9, -7)
    area = countdown_area(text_rect, line)
    items = [page.model.index(r).data(Role.ITEM) for r in range(page.model.rowCount())]
    cards = [i for i in items if isinstance(i, Card)]
    assert cards
    for card in cards:
        countdown = page.card_lines(card)[3]
        need = QFontMetrics(font).boundingRect(area, int(COUNTDOWN_FLAGS.value), countdown)
        assert area.contains(need), countdown
    for combo in (page.group_by, page.unit, page.handler, page.category, page.colour):
        assert combo.width() >= combo.sizeHint().width(), combo.currentText()
    assert page.summary.y() > page.export_button.geometry().bottom()  # a line of its own


def test_the_list_has_its_columns_and_the_pane_its_share_at_1366(
    qtbot: QtBot, demo: Workspace, settings: QSettings, language: str
) -> None:
    from approvals_gui.domain.stages import Stage
    from approvals_gui.ui import strings
    from approvals_gui.ui.pages.applications_page import COLUMN_WIDTHS

    window = showing(
        qtbot, demo, settings, language, ALL, lambda w: w.applications.page.proxy.rowCount() > 0
    )
    page = window.applications.page
    assert window.splitter.sizes()[2] <= 0.27 * window.splitter.width()  # nothing chosen
    keys = [c.key for c in COLUMNS]
    width = {k: page.table.columnWidth(i) for i, k in enumerate(keys)}
    metrics = page.table.fontMetrics()
    assert width["stage"] >= max(metrics.horizontalAdvance(strings.stage_name(s)) for s in Stage)
    assert width["project"] >= COLUMN_WIDTHS["project"]
    assert width["countdown"] <= 0.35 * window.splitter.sizes()[1]
    # Numbers and dates never elided: as wide as the widest listed.
    for key, text in (
        ("number", lambda v: v.record.number),
        ("due", lambda v: str(v.clock.due or "")),
    ):
        widest = max(metrics.horizontalAdvance(text(v)) for v in page.model.views())
        assert width[key] >= widest + 6, key  # a cell's text margins
    # Every column shown, without scrolling sideways: in English too, where the chips
    # take their shorter wording (the longer pushed the enterprise and due date out).
    shown = [i for i, k in enumerate(keys) if not page.table.isColumnHidden(i)]
    assert sum(page.table.columnWidth(i) for i in shown) <= page.table.viewport().width()
    assert page.table.horizontalScrollBar().maximum() == 0


@pytest.mark.parametrize("saved_by", ["this version", "the version before"])
def test_the_list_still_fits_at_1366_at_the_next_start(
    qtbot: QtBot, demo: Workspace, settings: QSettings, saved_by: str
) -> None:
    """In Chinese the list fits 1366 px at every start, not only the first. The header
    holds what the project column stretched to (here on a wider window), which used to
    become its least width at the next start, and the list scrolled sideways again; a
    header saved the version before holds its fixed widths (number 112, dates 92), which
    now give way to the measured ones."""
    from approvals_gui.ui.pages.applications_page import COLUMN_WIDTHS, FORMER_DEFAULTS

    options.LANGUAGE.set(settings, "zh_CN")
    keys = [c.key for c in COLUMNS]
    before = open_window(qtbot, demo, settings)
    before.show_view(ALL)
    before.resize(1800, 768)
    table = before.applications.page.table
    qtbot.waitUntil(lambda: table.columnWidth(keys.index("project")) > 300)
    if saved_by == "the version before":
        for key, width in FORMER_DEFAULTS.items():
            table.setColumnWidth(keys.index(key), width)
    before.close()
    if saved_by == "the version before":
        settings.remove("main_window/project_width")  # it kept no such thing
    window = showing(
        qtbot, demo, settings, "zh_CN", ALL, lambda w: w.applications.page.proxy.rowCount() > 0
    )
    table = window.applications.page.table
    assert table.horizontalScrollBar().maximum() == 0
    metrics = table.fontMetrics()
    assert table.columnWidth(keys.index("number")) < FORMER_DEFAULTS["number"]
    # The enterprise's former default (150) too: it left the English list no room.
    assert table.columnWidth(keys.index("enterprise")) == COLUMN_WIDTHS["enterprise"]
    for key in ("number", "due"):  # those shown (the last one takes any room left)
        assert table.columnWidth(keys.index(key)) >= metrics.horizontalAdvance("2026-12-31")


def test_a_header_saved_in_chinese_shows_english_stages_whole(
    qtbot: QtBot, demo: Workspace, settings: QSettings, qapp: QApplication
) -> None:
    """环节 is 80 px in Chinese; shown in English from that header, its names were cut
    ("Public not…")."""
    from approvals_gui.domain.stages import Stage
    from approvals_gui.ui import strings

    open_window(qtbot, demo, settings).close()
    installed = install_translators(qapp, "en")
    try:
        window = showing(
            qtbot, demo, settings, "en", ALL, lambda w: w.applications.page.proxy.rowCount() > 0
        )
        table = window.applications.page.table
        names = [strings.stage_name(s) for s in Stage]
        assert "Public notice" in names
        widest = max(table.fontMetrics().horizontalAdvance(name) for name in names)
        stage = [c.key for c in COLUMNS].index("stage")
        assert table.columnWidth(stage) >= widest + 6  # a cell's text margins
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        for translator in install_translators(qapp, DEFAULT_LANGUAGE):
            qapp.removeTranslator(translator)  # the locale back to Chinese


def test_chart_categories_are_beside_the_bars_whole(
    qtbot: QtBot, demo: Workspace, settings: QSettings, language: str
) -> None:
    from PySide6.QtCharts import QBarCategoryAxis

    window = showing(
        qtbot, demo, settings, language, FIGURES, lambda w: w.figures.page.report is not None
    )
    page = window.figures.page
    for view in page.chart_views[1:]:
        chart = view.chart()
        (names,) = [a for a in chart.axes() if isinstance(a, QBarCategoryAxis)]
        assert names.alignment() == Qt.AlignmentFlag.AlignLeft and names.labelsAngle() == 0
        widest = max(view.fontMetrics().horizontalAdvance(c) for c in names.categories())
        assert chart.plotArea().left() >= widest  # the names fit left of the bars


def test_lists_are_joined_in_the_language_shown(
    qtbot: QtBot, demo: Workspace, settings: QSettings, language: str
) -> None:
    window = showing(qtbot, demo, settings, language, RULES)
    table = window.rules.page.table
    pauses = [table.item(r, 4).text() for r in range(table.rowCount())]
    joined = [p for p in pauses if "、" in p or ", " in p]
    assert joined
    assert all(("、" in p) == (language == "zh_CN") for p in joined)


def test_a_save_made_elsewhere_is_said_whole_beside_an_edit(
    qtbot: QtBot, ws: Workspace, settings: QSettings, language: str
) -> None:
    """The note that another desk saved what is being edited is the longest text of the
    enterprise form and the rule form; it used to be cut off in English."""

    from approvals_gui.services import changes
    from approvals_gui.services.changes import ChangeSet
    from approvals_gui.services.directory import directory, save_enterprise

    register(ws, new_application(), today=TODAY)
    window = showing(qtbot, ws, settings, language, ENTERPRISES)
    page = window.directory.page
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.applications.rowCount() == 1)
    page.contact.setText("王经理")
    other = Workspace(ws.engine, "另一台")
    enterprise_id, stored = directory(other)[0]
    save_enterprise(other, replace(stored, phone="0591-87654321"), enterprise_id, based_on=stored)
    window.ops.publish(ChangeSet(directory=True))
    qtbot.waitUntil(lambda: page.problem.text() != "")
    settle(window)
    assert clipped(window) == []

    window.show_view(RULES)
    rules = window.rules.page
    qtbot.waitUntil(lambda: rules.table.rowCount() > 0)
    rules.warn.setValue(rules.warn.value() + 1)
    stored_rule = other.rule(rules.selected_rule().category)
    changes.save_rule(other, replace(stored_rule, legal_basis="另一台的依据"), stored_rule)
    window.ops.load_reference(lambda found: window.ops.publish(ChangeSet(reference=found)))
    qtbot.waitUntil(lambda: rules.problem.text() != "")
    settle(window)
    assert clipped(window) == []


def test_the_rule_impact_dialog_shows_every_column_on_a_1366_screen(
    ws: Workspace, language: str, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The English headings are wider than the 1100 pixels the dialog used to open at:
    it opens as wide as its tables, within the screen."""

    from PySide6.QtCore import QRect
    from PySide6.QtGui import QScreen
    from PySide6.QtWidgets import QTableWidget

    from approvals_gui.services.rules import impact_of
    from approvals_gui.ui.dialogs.rule_impact_dialog import RuleImpactDialog

    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(0, 0, 1366, 728))
    register(ws, new_application(), today=TODAY)
    old = ws.rule("report_form")
    new = replace(old, warn_workdays=old.warn_workdays + 1)
    dialog = RuleImpactDialog(old, new, impact_of(ws, new, today=TODAY))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.findChildren(QTableWidget)[0].viewport().width() > 0)
    assert dialog.width() <= 1366
    shown = next(t for t in dialog.findChildren(QTableWidget) if t.isVisible())
    assert shown.horizontalHeader().length() <= shown.viewport().width()  # no scrolling


def test_the_list_fits_1366_beside_a_large_databases_counts(
    qtbot: QtBot, demo: Workspace, settings: QSettings, language: str
) -> None:
    """At 100,000 applications the navigation's counts have six digits and it is wider;
    the project column gives way, and the due date stays whole (it was cut at 1366:
    "2026-11-1" read as a date)."""
    from approvals_gui.domain.board import CardKind

    window = showing(
        qtbot, demo, settings, language, ALL, lambda w: w.applications.page.proxy.rowCount() > 0
    )
    qtbot.waitUntil(lambda: window.applications.complete)
    window._show_nav_counts(641, 100000, 763, True)  # as a bureau's database has them
    for kind, count in ((CardKind.CASE, 165), (CardKind.FOLLOW_UP, 3)):
        window._show_late(kind, count)
    settle(window)
    page = window.applications.page
    table = page.table
    shown = [i for i in range(len(COLUMNS)) if not table.isColumnHidden(i)]
    assert sum(table.columnWidth(i) for i in shown) <= table.viewport().width()
    assert table.horizontalScrollBar().maximum() == 0
    # The project column takes the room left; the last one keeps its own width (both
    # stretching, each fit moved the other and the list could settle too wide).
    due = [c.key for c in COLUMNS].index("due")
    assert table.columnWidth(due) == page._text_widths(table)["due"]
    page.reset_columns()  # 恢复默认列: each column set in turn, the project fitted at each
    settle(window)
    assert table.columnWidth(due) == page._text_widths(table)["due"]
    assert sum(table.columnWidth(i) for i in shown) <= table.viewport().width()


def test_a_desk_that_saved_the_former_least_project_width_takes_the_new_one(
    qtbot: QtBot,
) -> None:
    from approvals_gui.ui.pages.applications_page import COLUMN_WIDTHS, ApplicationsPage

    page = ApplicationsPage()
    qtbot.addWidget(page)
    for former in (140, 112):  # written by every close before 2026-12, then to 2026-12-04
        page.restore_project_width(former)
        assert page.project_width() == COLUMN_WIDTHS["project"] < former
    page.restore_project_width(200)  # dragged there by the user: kept
    assert page.project_width() == 200


def test_a_second_supplement_notice_keeps_the_pane_to_its_share(
    qtbot: QtBot, demo: Workspace, settings: QSettings, language: str
) -> None:
    """In English "Request supplement again (notice 2)" widened the pane's buttons, and
    the pane took the list's room: the due date went behind a scroll bar."""
    from tests.ui.conftest import show_in_pane

    app_id = register(demo, new_application(received_on=date(2026, 11, 16)), today=TODAY)
    first = Step(Action.REQUEST_SUPPLEMENT, date(2026, 11, 17), materials=("公众参与说明",))
    apply_step(demo, app_id, 1, first, today=TODAY)
    apply_step(demo, app_id, 2, Step(Action.RECEIVE_MATERIALS, date(2026, 11, 19)), today=TODAY)
    window = showing(
        qtbot, demo, settings, language, ALL, lambda w: w.applications.page.proxy.rowCount() > 0
    )
    show_in_pane(qtbot, window, app_id)
    settle(window)
    assert window.splitter.sizes()[2] <= 0.27 * window.splitter.width()
    assert window.applications.page.table.horizontalScrollBar().maximum() == 0


def test_the_number_patterns_problem_shows_whole_under_it(
    qtbot: QtBot, settings: QSettings, language: str
) -> None:
    """A pattern typed wrong says why under the field, over more lines than its example
    takes: the dialog makes room (the English second line had been cut)."""
    from approvals_gui.domain.notices import NoticeSettings
    from approvals_gui.ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(settings, NoticeSettings(authority="江城市生态环境局"), sign_in=False)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    example = dialog.number_example
    dialog.number_pattern.setText("滨环审〔{year}〕号")
    qtbot.waitUntil(lambda: example.height() >= example.heightForWidth(example.width()))
    dialog.number_pattern.setText("滨环审〔{year}〕{n}号")  # a warning, as long
    assert "{kind}" in example.text()
    qtbot.waitUntil(lambda: example.height() >= example.heightForWidth(example.width()))


def test_the_new_category_dialog_shows_its_note_and_problem_whole(
    qtbot: QtBot, language: str
) -> None:
    """Both wrap: as plain labels the English note overlapped the form above it."""
    from approvals_gui.domain.rules import DEFAULT_RULES
    from approvals_gui.ui.dialogs.category_dialog import CategoryDialog

    dialog = CategoryDialog({r.category: r for r in DEFAULT_RULES}, "report_form")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.name_edit.setText(dialog.template_combo.itemText(0))  # as the language shows it
    dialog.ok_button.click()  # refused: the name is taken
    assert dialog.isVisible() and dialog.problem.text()
    qtbot.waitUntil(lambda: clipped(dialog) == [])


def test_the_report_dialog_grows_for_the_problems_it_shows(qtbot: QtBot, language: str) -> None:
    """Problems appear under their fields as the clerk types; one wrapping onto a second
    line took room the window's least height did not count, and in English the problem
    under 举报内容 was drawn over its box."""
    from datetime import datetime

    from approvals_gui.ui.dialogs.report_dialog import ReportDialog

    dialog = ReportDialog([], ["江城区"], datetime(2026, 11, 25, 9, 30))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.content.setPlainText("x")
    dialog.content.setPlainText("")
    dialog.address.setText("x")
    dialog.address.setText("")
    dialog.reporter_phone.setText("12")  # a problem on two lines in English
    shown = [e for e in dialog.errors.values() if e.text()]
    assert len(shown) == 3
    content, problem = dialog.content, dialog.errors["content"]
    qtbot.waitUntil(lambda: problem.geometry().top() > content.geometry().bottom())
    qtbot.waitUntil(lambda: clipped(dialog) == [])


def test_the_trend_chart_and_its_legend_are_in_view_beside_the_figures(
    qtbot: QtBot, demo: Workspace, settings: QSettings, language: str
) -> None:
    """The trend chart took the height of the figures beside it: in English, whose
    definitions wrap to several lines, it stretched past the page and its legend (which
    line is which) was out of sight. It keeps a chart's height now, at the top."""
    window = showing(
        qtbot, demo, settings, language, FIGURES, lambda w: w.figures.page.report is not None
    )
    page = window.figures.page
    trend, viewport = page.chart_views[0], page.body.viewport()
    top = trend.mapTo(viewport, QPoint(0, 0)).y()
    assert top == page.figures_box.mapTo(viewport, QPoint(0, 0)).y()
    assert top + trend.height() <= viewport.height()


def test_a_problem_under_a_field_takes_only_the_lines_it_needs(
    qtbot: QtBot, ws: Workspace, language: str
) -> None:
    """A wrapped problem was given the height of QLabel's own hint, three lines at a
    narrow width of its choosing: one line of text sat centred in empty space, as if
    it belonged to no field."""
    from approvals_gui.services.changes import load_reference
    from approvals_gui.ui.dialogs.register_dialog import RegisterDialog

    dialog = RegisterDialog(load_reference(ws), "张三", TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    type_text(dialog.credit_code, "91350100M000100Y44")  # a check digit wrong: a long problem
    problem = dialog.errors["credit_code"]
    assert problem.text()
    # Laid out across the form: wider than the hint's own narrow width.
    qtbot.waitUntil(lambda: problem.isVisible() and problem.width() > 400)
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # the form's say, now
    assert problem.height() == problem.heightForWidth(problem.width())
    assert clipped(dialog) == []
