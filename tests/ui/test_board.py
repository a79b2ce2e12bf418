"""The overdue board: cards and counts per group, open on double-click, extend."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QFontMetricsF, QHelpEvent, QTextLayout
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QToolTip, QWidget
from pytestqt.qtbot import QtBot

from approvals_gui.domain.board import DELIVERY_STEP, HEARING_STEP, Card, CardKind, Group, Lane
from approvals_gui.domain.stages import Action
from approvals_gui.services.applications import Step, apply_step, detail, register
from approvals_gui.services.rules import save_rule
from approvals_gui.services.workspace import Workspace
from approvals_gui.ui.controllers.applications import ALL
from approvals_gui.ui.delegates.card import NO_BREAK_SPACE, WORD_JOINER, held_together
from approvals_gui.ui.dialogs.step_dialog import StepDialog
from approvals_gui.ui.main_window import BOARD, MainWindow
from approvals_gui.ui.models.roles import Role
from approvals_gui.ui.pages.board_page import BoardPage
from tests.conftest import TODAY, new_application
from tests.ui.conftest import answer_next_dialog, open_window, preview_pages

N = lambda d: date(2026, 11, d)  # noqa: E731


@pytest.fixture
def late_and_soon(ws: Workspace) -> dict[str, int]:
    """Report forms (promised 10 wd, warning at 3): accepted 11-03 is 6 wd over on
    11-25; accepted 11-16 is due 11-30, 3 wd left; accepted 11-24 is not on the board."""
    ids = {}
    for name, handler, district, accepted in (
        ("超期项目", "张三", "高新区", N(3)),
        ("将到期项目", "李四", "江南区", N(16)),
        ("正常项目", "李四", "江南区", N(24)),
    ):
        app_id = register(
            ws,
            new_application(project=name, handler=handler, district=district, received_on=accepted),
            today=TODAY,
        )
        apply_step(ws, app_id, 1, Step(Action.ACCEPT, accepted), today=TODAY)
        ids[name] = app_id
    return ids


def board_rows(window: MainWindow) -> list[Group | Card]:
    model = window.board.page.model
    return [model.index(r).data(Role.ITEM) for r in range(model.rowCount())]


def open_board(qtbot: QtBot, ws: Workspace, settings: QSettings) -> MainWindow:
    window = open_window(qtbot, ws, settings)
    window.show_view(BOARD)
    qtbot.waitUntil(lambda: window.board.page.model.rowCount() > 0)
    return window


def test_cards_grouped_with_counts(
    qtbot: QtBot,
    ws: Workspace,
    late_and_soon: dict[str, int],
    settings: QSettings,
    qtmodeltester: object,
) -> None:
    window = open_board(qtbot, ws, settings)
    qtmodeltester.check(window.board.page.model)  # type: ignore[attr-defined]
    summary = window.board.page.summary.text()
    assert summary == "超法定期限 0 件 · 超承诺或送达超期 1 件 · 即将到期 1 件"
    rows = board_rows(window)
    assert [r.key if isinstance(r, Group) else r.title for r in rows] == [
        "张三",
        "超期项目",
        "李四",
        "将到期项目",
    ]
    red, soon = rows[1], rows[3]
    assert isinstance(red, Card) and isinstance(soon, Card)
    assert (red.lane, red.workdays_left, soon.lane, soon.workdays_left) == (
        Lane.RED,
        -6,
        Lane.YELLOW,
        3,
    )
    assert window.board.page.card_lines(red)[3] == "超承诺 6 个工作日（2026-11-17 到期）"
    assert window.board.page.card_lines(soon)[2].endswith("· 受理")
    window.board.page.group_by.setCurrentIndex(window.board.page.group_by.findData("district"))
    assert [r.key for r in board_rows(window) if isinstance(r, Group)] == ["高新区", "江南区"]
    # Grouped by anything but the handler, each card names who must act.
    assert window.board.page.card_lines(red)[2] == "HP2026-00001 · 受理 · 张三"
    window.board.page.group_by.setCurrentIndex(window.board.page.group_by.findData("category"))
    headers = [r for r in board_rows(window) if isinstance(r, Group)]
    assert len(
        headers
    ) == 1 and "环境影响报告表 — 超法定期限 0 件 · 超承诺或送达超期 1 件 · 即将到期 1 件" == (
        window.board.page._header_text(headers[0])
    )
    window.board.page.grab()  # paints headers and cards through the delegate


def test_double_click_opens_the_application(
    qtbot: QtBot, ws: Workspace, late_and_soon: dict[str, int], settings: QSettings
) -> None:
    window = open_board(qtbot, ws, settings)
    view = window.board.page.view
    index = window.board.page.model.index(1)
    qtbot.waitUntil(lambda: view.visualRect(index).width() > 0)
    rect = view.visualRect(index)
    # A double-click is a press and release, then the double-click event.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window._view == ALL and window.stack.currentWidget() is window.applications.page
    assert window.applications.page.selected_id() == late_and_soon["超期项目"]
    pane = window.applications.detail_pane
    qtbot.waitUntil(lambda: pane.detail is not None)  # read on the worker
    assert pane.detail is not None and pane.detail.view.record.project == "超期项目"


def test_an_extension_the_law_does_not_give_is_not_offered(
    qtbot: QtBot, ws: Workspace, late_and_soon: dict[str, int], settings: QSettings
) -> None:
    """报告表 here gives no extension: 延期… is disabled on its card, saying why, as the
    detail pane disables it (once it was offered and then refused in a box)."""
    window = open_board(qtbot, ws, settings)
    page = window.board.page
    app_id = late_and_soon["超期项目"]
    page.select(page.model.index(1).data(Role.ITEM).kind, app_id)
    assert not page.extend_button.isEnabled()
    assert page.extend_button.toolTip() == "此申请不能延期：该类别的法律规定不得延期。"
    page.extend_button.click()  # does nothing
    assert [e.action for e in detail(ws, app_id, today=TODAY).events][-1] is Action.ACCEPT
    window.applications.page.select(app_id)
    pane = window.applications.detail_pane
    qtbot.waitUntil(lambda: pane.detail is not None and pane.detail.view.record.id == app_id)
    assert Action.EXTEND in pane.detail.blocked or Action.EXTEND not in pane.detail.allowed


def test_manager_grants_an_extension_from_the_board(
    qtbot: QtBot, ws: Workspace, late_and_soon: dict[str, int], settings: QSettings
) -> None:
    # A category whose law gives an extension (第四十二条's ten working days).
    save_rule(ws, replace(ws.rule("report_form"), extension_workdays=10))
    window = open_board(qtbot, ws, settings)
    app_id = late_and_soon["超期项目"]
    window.board.page.select(window.board.page.model.index(1).data(Role.ITEM).kind, app_id)
    assert window.board.page.extend_button.isEnabled()

    def grant(dialog: QWidget) -> None:
        assert isinstance(dialog, StepDialog)
        assert dialog.extension_days.maximum() == 10  # the rule's extension length
        told: list[str] = []
        dialog.extension_days.refused.connect(told.append)
        dialog.extension_days.lineEdit().selectAll()
        qtbot.keyClicks(dialog.extension_days, "30")  # the 0 refused, and why said
        assert dialog.extension_days.value() == 3 and told == ["可填 1 至 10"]
        dialog.reason.setPlainText("需补充现场核查")
        dialog.extension_days.setValue(10)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    asked: list[str] = []

    def leave_the_notice(box: QWidget) -> None:  # the 延期告知书 is offered at once
        assert isinstance(box, QMessageBox)
        asked.append(box.windowTitle())
        box.reject()

    answer_next_dialog(grant)
    window.board.page.extend_button.click()
    answer_next_dialog(leave_the_notice, QMessageBox)
    qtbot.waitUntil(lambda: bool(asked))
    assert asked == ["延期告知书"]
    qtbot.waitUntil(
        lambda: (
            detail(ws, app_id, today=TODAY).view.clock.statutory_due
            != detail(ws, app_id, today=TODAY).view.clock.original_statutory_due
        )
    )
    events = detail(ws, app_id, today=TODAY).events
    assert events[-1].action is Action.EXTEND and events[-1].reason == "需补充现场核查"
    # Red is about the promise, which an extension does not move: the card stays.
    qtbot.waitUntil(
        lambda: (
            window.board.page.summary.text()
            == "超法定期限 0 件 · 超承诺或送达超期 1 件 · 即将到期 1 件"
        )
    )


def test_board_exports_to_excel(
    qtbot: QtBot, ws: Workspace, late_and_soon: dict[str, int], settings: QSettings, tmp_path: Path
) -> None:
    window = open_board(qtbot, ws, settings)
    target = tmp_path / "看板.xlsx"
    suggested: list[str] = []

    def ask_path(_title: str, name: str, _filters: str) -> Path:
        suggested.append(name)
        return target

    window.exports.ask_path = ask_path  # type: ignore[method-assign]
    with qtbot.waitSignal(window.exports.written, timeout=10000):
        window.board.page.export_button.click()
    # Named, and printed, for the day the board holds for (the window's, not the clock's).
    assert suggested == [f"超期与即将到期-{TODAY.isoformat()}.xlsx"]
    book = load_workbook(target)
    assert book["超期与即将到期"].oddHeader.center.text == f"截至 {TODAY.isoformat()}"
    rows = list(book["超期与即将到期"].iter_rows(values_only=True))
    # Each row led by its group (by handler, as the board shows): a filter picks one.
    assert rows[0][:4] == ("分组", "状态", "编号", "项目或事项")
    assert [(r[0], r[1], r[3], r[6], *r[-2:]) for r in rows[1:]] == [
        ("张三", "超承诺期限", "超期项目", "张三", -6, "工作日"),
        ("李四", "即将到期", "将到期项目", "李四", 3, "工作日"),
    ]


def test_board_as_pdf_and_in_print_preview(
    qtbot: QtBot, ws: Workspace, late_and_soon: dict[str, int], settings: QSettings, tmp_path: Path
) -> None:
    """A section head takes the board to a meeting on paper: titled with the bureau and
    the day it holds for, a row a card."""
    from pypdf import PdfReader

    window = open_board(qtbot, ws, settings)
    page = window.board.page
    assert page.pdf_button.isEnabled() and not page.pdf_button.isHidden()
    target = tmp_path / "看板.pdf"
    window.exports.ask_path = lambda *_args: target  # type: ignore[method-assign]
    with qtbot.waitSignal(window.exports.written, timeout=10000):
        page.pdf_button.click()
    text = "".join(p.extract_text() for p in PdfReader(target).pages)
    text = "".join(text.split())  # the extraction's own spaces and breaks
    assert f"江城市生态环境局超期与即将到期（截至{TODAY.isoformat()}）" in text
    assert "超期项目" in text and "将到期项目" in text and "第1页，共1页" in text
    # Under each group's caption, as the board shows them (it had printed one flat table).
    # Counted and worded as the board's headings (the PDF said 超期 for 超承诺或送达超期,
    # and counted a hearing's limit among the applications).
    zhang = "张三—超法定期限0件·超承诺或送达超期1件·即将到期0件"
    li = "李四—超法定期限0件·超承诺或送达超期0件·即将到期1件"
    assert text.index(zhang) < text.index("超期项目") < text.index(li)
    assert text.index(li) < text.index("将到期项目")
    assert preview_pages(qtbot, page.preview_action.trigger) == 1


def test_the_board_as_the_page_left_open_names_an_added_category(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    """The board comes first at a start, before the rules: their names follow it."""
    from approvals_gui.ui import settings as options

    added = replace(ws.rule("report_form"), category="radiation_licence", name="辐射安全许可")
    save_rule(ws, added)
    app_id = register(ws, new_application(category="radiation_licence"), today=TODAY)
    apply_step(ws, app_id, 1, Step(Action.ACCEPT, N(3)), today=TODAY)
    options.LAST_VIEW.set(settings, BOARD)
    window = open_window(qtbot, ws, settings)
    page = window.board.page
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    qtbot.waitUntil(
        lambda: "辐射安全许可" in [page.category.itemText(i) for i in range(page.category.count())]
    )


def test_late_hearings_are_counted_apart_from_those_due_soon(qtbot: QtBot) -> None:
    """The count beside 超期看板 holds the late hearings: the summary shows them as late."""
    page = BoardPage()
    qtbot.addWidget(page)

    def hearing(item_id: int, lane: Lane) -> Card:
        return Card(
            CardKind.APPLICATION, item_id, lane, f"HP-{item_id}", "项目", "某公司",
            HEARING_STEP, N(20), -1 if lane is Lane.RED else 2, "张三", "", "report_form",
        )  # fmt: skip

    page.set_cards([hearing(1, Lane.RED), hearing(2, Lane.RED), hearing(3, Lane.YELLOW)], {})
    assert page.summary.text() == (
        "超法定期限 0 件 · 超承诺或送达超期 0 件 · 即将到期 0 件"
        "（另有听证期限：超期 2 件 · 即将到期 1 件）"
    )


def test_the_pdf_buttons_drop_down_is_whole_at_the_pages_edge(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    """Fusion draws the drop-down's frame a pixel past the button: flush with the page's
    right edge, its border was cut off (the board and the figures, 1366×768)."""
    from approvals_gui.ui.main_window import FIGURES
    from approvals_gui.ui.pdf_button import EDGE_ROOM

    window = open_window(qtbot, ws, settings)
    for view, page in ((BOARD, window.board.page), (FIGURES, window.figures.page)):
        window.show_view(view)
        qtbot.waitUntil(lambda page=page: page.isVisible() and page.width() > 0)
        assert page.width() - 1 - page.pdf_button.geometry().right() >= EDGE_ROOM


def test_hovering_a_card_shows_it_whole_and_the_laws_date_past_the_promise(
    qtbot: QtBot, ws: Workspace, late_and_soon: dict[str, int], settings: QSettings
) -> None:
    """A card has room for a line of each; its tooltip has them whole and, for one past
    the promise, the statutory date still to come (30 working days from 11-03) and the
    working days left to it."""
    window = open_board(qtbot, ws, settings)
    page = window.board.page
    row = page.model.row_of(CardKind.APPLICATION, late_and_soon["超期项目"])
    assert row is not None
    rect = page.view.visualRect(page.model.index(row))
    point = rect.center()
    event = QHelpEvent(QEvent.Type.ToolTip, point, page.view.viewport().mapToGlobal(point))
    QApplication.sendEvent(page.view.viewport(), event)
    assert QToolTip.text().split("\n") == [
        "超期项目",
        "江城再生资源有限公司",
        "HP2026-00001 · 受理",
        "超承诺 6 个工作日（2026-11-17 到期）",
        "法定期限 2026-12-15，尚余 14 个工作日",
    ]


def test_a_delivery_card_says_its_delivery_is_late_as_the_list_does(qtbot: QtBot) -> None:
    """It said '超期 1 个工作日', which read as the decision's own lateness."""
    page = BoardPage()
    qtbot.addWidget(page)

    def countdown(lane: Lane, left: int) -> str:
        card = Card(
            CardKind.APPLICATION, 1, lane, "HP2026-00001", "项目", "某公司", DELIVERY_STEP,
            date(2026, 11, 24), left, "张三", "高新区", "report_form",
        )  # fmt: skip
        return page.card_lines(card)[3]

    assert countdown(Lane.RED, -1) == "送达超期 1 个工作日（2026-11-24 到期）"
    assert countdown(Lane.YELLOW, 2) == "待送达 剩 2 个工作日（2026-11-24 到期）"
    assert countdown(Lane.YELLOW, 0) == "今日应送达（2026-11-24 到期）"


def wrapped(text: str, width: float) -> list[str]:
    """`text`'s lines as Qt wraps it at `width` in the application's font."""
    layout = QTextLayout(text, QApplication.font())
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines.append(text[line.textStart() : line.textStart() + line.textLength()])
    layout.endLayout()
    return lines


@pytest.mark.parametrize(
    ("countdown", "due"),
    [("超承诺 16 个工作日（2026-12-03 到期）", "（2026-12-03 到期）"),
     ("16 working days past promise (due 2026-12-07)", "(due 2026-12-07)")],
)  # fmt: skip
def test_a_cards_due_date_is_never_broken(qtbot: QtBot, countdown: str, due: str) -> None:
    """A card's last lines read "（2026-12-03 到 / 期）" and "(due / 2026-12-07)"."""
    metrics = QFontMetricsF(QApplication.font())
    # As wide as the text up to the due date's last word: a plain wrap breaks in it.
    width = metrics.horizontalAdvance(countdown[: countdown.index(due) + len(due) - 3])
    assert not any(due in line for line in wrapped(countdown, width))  # broken
    lines = wrapped(held_together(countdown, lambda _part: True), width)
    last = lines[-1].replace(WORD_JOINER, "").replace(NO_BREAK_SPACE, " ").strip()
    assert last == due


def test_a_due_date_longer_than_a_line_wraps_rather_than_being_cut(qtbot: QtBot) -> None:
    """English, a 12369 card: "(Acceptance notice due 2026-07-14" with its ")" cut off
    at the card's edge, the part held on one line that it could not fit."""
    countdown = "146 days overdue (Acceptance notice due 2026-07-14)"
    metrics = QFontMetricsF(QApplication.font())
    width = metrics.horizontalAdvance("(Acceptance notice due 2026")  # narrower than it
    text = held_together(countdown, lambda part: metrics.horizontalAdvance(part) <= width)
    lines = wrapped(text, width)
    assert all(metrics.horizontalAdvance(line.rstrip()) <= width for line in lines)
    assert "".join(lines).replace(" ", "") == countdown.replace(" ", "")


def test_a_card_counted_on_unpublished_holidays_says_so(qtbot: QtBot) -> None:
    """The detail pane warned of 2027's estimated holidays; the card said nothing."""
    page = BoardPage()
    qtbot.addWidget(page)
    card = Card(
        CardKind.APPLICATION, 1, Lane.YELLOW, "HP2026-00001", "项目", "某公司", "review",
        date(2027, 1, 6), 2, "张三", "高新区", "report_form", estimated_years=(2027,),
    )  # fmt: skip
    assert page.card_lines(card)[3] == "剩 2 个工作日（2027-01-06 到期，推算）"
    assert page.card_tip(card).split("\n")[-1] == (
        "2027 年节假日安排尚未公布，到期日和剩余日数按推算日历计算"
    )
    published = replace(card, estimated_years=())
    assert page.card_lines(published)[3] == "剩 2 个工作日（2027-01-06 到期）"
    assert "推算" not in page.card_tip(published)
    # Past the promise in December, the law's date in January: only that line moves.
    late = replace(
        published, lane=Lane.RED, due=date(2026, 12, 15), workdays_left=-11,
        statutory_due=date(2027, 1, 13), statutory_left=9, statutory_estimated_years=(2027,),
    )  # fmt: skip
    assert page.card_tip(late).split("\n")[-3:] == [
        "超承诺 11 个工作日（2026-12-15 到期）",
        "法定期限 2027-01-13（推算），尚余 9 个工作日",
        "2027 年节假日安排尚未公布，到期日和剩余日数按推算日历计算",
    ]
    # A case counts calendar days: only its date can move.
    case = replace(card, kind=CardKind.CASE, step="case:assigned", due_kind="close", holder="dc")
    assert page.card_lines(case)[3].endswith("（办结期限：2027-01-06，推算）")
    assert page.card_tip(case).split("\n")[-1] == (
        "2027 年节假日安排尚未公布，到期日按推算日历计算"
    )
