"""The list loads in two reads, the running applications and then the finished ones; a
change that arrives between the two (a step on this desk, another desk's save) stays
shown when the finished rows come, and no application is listed twice."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from approvals_gui import paths
from approvals_gui.domain.search import is_open
from approvals_gui.domain.stages import Action, Stage
from approvals_gui.services import settled
from approvals_gui.services.applications import Step, apply_step, view_of
from approvals_gui.services.changes import ChangeSet
from approvals_gui.services.demo import generate
from approvals_gui.services.workspace import Workspace
from approvals_gui.store.errors import StoreError, StoreErrorCode
from approvals_gui.ui.controllers import applications as applications_controller
from approvals_gui.ui.controllers.applications import ALL, MINE, ApplicationsController
from approvals_gui.ui.delegates.nav_count import COUNT_ROLE, PARTIAL_ROLE
from approvals_gui.ui.dialogs.why_dialog import WhyDialog
from approvals_gui.ui.main_window import BOARD, MainWindow
from approvals_gui.ui.models.applications_table import COUNTDOWN_COLUMN
from approvals_gui.ui.models.roles import Role
from approvals_gui.ui.workers import Worker
from tests.conftest import TODAY, reviewed_and_refused
from tests.ui.conftest import answer_next_dialog, close_when_idle, open_window


def _reload_with(
    qtbot: QtBot,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    *,
    before: Callable[[], None] = lambda: None,
    between: Callable[[], None],
) -> None:
    """Load the list again: `before` once the running rows are read, before the
    finished ones are (on the worker, as another desk's save would come); `between`
    once the running rows are shown, before the finished ones arrive (on the UI
    thread). Returns when all rows are in."""
    running_loaded = ApplicationsController._running_loaded
    read = applications_controller.listing

    def read_then(*args: object, **kwargs: object) -> object:
        found = read(*args, **kwargs)  # type: ignore[arg-type]
        if kwargs.get("open_only"):
            before()
        return found

    def hooked(self: ApplicationsController, *args: object) -> None:
        running_loaded(self, *args)  # type: ignore[arg-type]
        between()

    monkeypatch.setattr(applications_controller, "listing", read_then)
    monkeypatch.setattr(ApplicationsController, "_running_loaded", hooked)
    controller = window.applications
    controller.reload()
    qtbot.waitUntil(lambda: not controller.loading)


def _running_id(ws: Workspace, window: MainWindow) -> int:
    views = window.applications.views()
    return next(v.record.id for v in views if v.record.facts.stage is Stage.ACCEPTED)


def _steps(ws: Workspace, app_id: int, *steps: Step) -> None:
    version = view_of(ws, app_id, today=TODAY).record.version
    for step in steps:
        apply_step(ws, app_id, version, step, today=TODAY)
        version += 1


def test_a_step_between_the_reads_stays_shown(
    qtbot: QtBot, data: Workspace, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, data, settings)
    window.show_view(ALL)
    app_id = _running_id(data, window)

    def step_arrives() -> None:
        _steps(data, app_id, Step(Action.START_REVIEW, date(2026, 11, 4)))
        window.applications.on_changed(
            ChangeSet(applications=(view_of(data, app_id, today=TODAY),))
        )

    _reload_with(qtbot, window, monkeypatch, between=step_arrives)
    model = window.applications.page.model
    assert model.rowCount() == 2
    assert model.view_at(model.row_of(app_id)).record.facts.stage is Stage.REVIEW
    _counted_as_afresh(qtbot, window, monkeypatch)


@pytest.mark.parametrize("heard", [True, False], ids=["change set arrives", "not heard of"])
def test_an_application_finished_between_the_reads_is_listed_once(
    qtbot: QtBot,
    data: Workspace,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
    heard: bool,
) -> None:
    """Finished after the running rows were read and before the others: its change set
    arrives in between, or (another desk's, not yet heard of) the finished rows bring it
    first. Either way it is listed once, finished, and counted so."""
    window = open_window(qtbot, data, settings)
    window.show_view(ALL)
    app_id = _running_id(data, window)

    def finish() -> None:
        _steps(
            data,
            app_id,
            *reviewed_and_refused("环审〔2026〕2号"),
            Step(Action.DELIVER, date(2026, 11, 13)),
        )

    def change_arrives() -> None:
        if heard:
            window.applications.on_changed(
                ChangeSet(applications=(view_of(data, app_id, today=TODAY),))
            )

    _reload_with(qtbot, window, monkeypatch, before=finish, between=change_arrives)
    controller = window.applications
    model = controller.page.model
    ids = [v.record.id for v in model.views()]
    assert len(ids) == len(set(ids)) == 2
    assert model.view_at(model.row_of(app_id)).record.facts.stage is Stage.DELIVERED
    assert controller.page.proxy.rowCount() == 2
    assert "共 2 件" in window.counts_label.text()
    _counted_as_afresh(qtbot, window, monkeypatch)


def _counted_as_afresh(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    """The status bar's and the navigation's counts are those of a load with nothing
    in between."""
    controller = window.applications
    counted: list[object] = []
    controller.nav_counts_changed.connect(lambda *counts: counted.append(counts))
    shown = window.counts_label.text(), controller.page.model.rowCount()
    controller._update_counts()
    monkeypatch.undo()
    controller.reload()
    qtbot.waitUntil(lambda: not controller.loading)
    assert (window.counts_label.text(), controller.page.model.rowCount()) == shown
    assert counted[-1] == counted[0]


def test_a_second_start_shows_the_finished_rows_kept_by_the_first(
    qtbot: QtBot, ws: Workspace, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first start reads every row afresh and keeps the finished ones; the next
    reads them from that file, and the list says, colours and sorts exactly the same."""
    generate(ws, 150, today=TODAY)
    first = open_window(qtbot, ws, settings)
    first.show_view(ALL)
    kept = settled.cache_file(paths.cache_dir(), ws)
    qtbot.waitUntil(kept.exists)
    shown = _cells(first)
    close_when_idle(qtbot, first)

    def refused(*_args: object) -> None:
        raise AssertionError("read afresh, not from the file")

    monkeypatch.setattr(settled, "_afresh", refused)
    second = open_window(qtbot, ws, settings)
    second.show_view(ALL)
    assert _cells(second) == shown
    second.applications.page.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    first_sorted = _cells(second)
    assert sorted(first_sorted, key=lambda row: row[2], reverse=True) == first_sorted
    close_when_idle(qtbot, second)


def _cells(window: MainWindow) -> list[tuple[object, ...]]:
    """Every row as the table has it: each cell's text, the chip's colour and tooltip."""
    proxy = window.applications.page.proxy
    return [
        (
            *(proxy.index(row, column).data() for column in range(proxy.columnCount())),
            proxy.index(row, COUNTDOWN_COLUMN).data(Role.STATUS),
            proxy.index(row, COUNTDOWN_COLUMN).data(Qt.ItemDataRole.ToolTipRole),
        )
        for row in range(proxy.rowCount())
    ]


def test_a_closing_window_stops_keeping_the_finished_rows(
    qtbot: QtBot, ws: Workspace, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keeping them only spares the next start some time: a window closing stops it,
    instead of waiting for it, and nothing is left half written; a window that stays
    open after all (the user went back to it) keeps them at its next load."""
    generate(ws, 150, today=TODAY)
    window = open_window(qtbot, ws, settings)
    kept = settled.cache_file(paths.cache_dir(), ws)
    qtbot.waitUntil(lambda: not window.closing.busy())
    kept.unlink()
    go_on = threading.Event()
    window._files.run(go_on.wait, lambda _r: None, lambda _e: None)  # the keep waits
    window.applications.reload()  # read afresh again: to be kept
    qtbot.waitUntil(lambda: not window.applications.loading)
    window.applications.stop_keeping()  # as a close does
    go_on.set()
    qtbot.waitUntil(lambda: not window.closing.busy())
    assert list(kept.parent.iterdir()) == []

    window.applications.reload()
    qtbot.waitUntil(lambda: not window.applications.loading and not window.closing.busy())
    assert kept.exists()

    stopped: list[bool] = []
    monkeypatch.setattr(ApplicationsController, "stop_keeping", lambda _self: stopped.append(True))
    close_when_idle(qtbot, window)
    assert stopped == [True]


def test_a_failed_read_of_the_running_rows_shows_no_half_list(
    qtbot: QtBot, ws: Workspace, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The running rows fail to load (the server went away), the finished ones come:
    the list says it failed, and does not show the finished ones as if they were all."""
    generate(ws, 60, today=TODAY)
    real = applications_controller.listing

    def running_fail(*args: object, open_only: bool = False, **kwargs: object) -> object:
        if open_only:
            raise StoreError(StoreErrorCode.UNREACHABLE, "gone")
        return real(*args, open_only=open_only, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(applications_controller, "listing", running_fail)
    window = open_window(qtbot, ws, settings)
    qtbot.waitUntil(lambda: not window.closing.busy())  # the finished rows read meanwhile
    assert "载入失败" in window.counts_label.text()
    page = window.applications.page
    assert page.model.rowCount() == 0
    assert "未能载入申请" in page.empty.text() and page.body.currentWidget() is page.empty
    # The navigation's counts say so too: none for the list, and the board's not whole,
    # not "still loading" for ever.
    board, everything = window._nav_item(BOARD), window._nav_item(ALL)
    assert board is not None and everything is not None
    qtbot.waitUntil(lambda: "未能载入" in board.toolTip())
    assert "在办申请" in board.toolTip() and "仍在载入" not in board.toolTip()
    assert board.data(PARTIAL_ROLE)
    assert everything.data(COUNT_ROLE) is None and "载入失败" in everything.toolTip()
    monkeypatch.undo()  # the server is back: the link loads again
    page.empty.linkActivated.emit("retry")
    qtbot.waitUntil(lambda: page.model.rowCount() == 60 and not window.applications.loading)
    assert "载入失败" not in window.counts_label.text()
    qtbot.waitUntil(lambda: not board.data(PARTIAL_ROLE))
    assert "未能载入" not in board.toolTip() and everything.data(COUNT_ROLE) == 60
    close_when_idle(qtbot, window)


def test_a_failed_reload_keeps_no_earlier_count_on_the_way_back(
    qtbot: QtBot, ws: Workspace, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A reload fails after a load that came whole: the counts read before came back
    with the next change of view, as if they were today's."""
    generate(ws, 60, today=TODAY)
    window = open_window(qtbot, ws, settings)
    everything = window._nav_item(ALL)
    assert everything is not None and everything.data(COUNT_ROLE) == 60
    monkeypatch.setattr(applications_controller, "listing", _gone)
    monkeypatch.setattr(applications_controller, "settled_listing", _gone)
    window.applications.reload()
    qtbot.waitUntil(lambda: "载入失败" in window.counts_label.text())
    window.show_view(MINE)  # none of the earlier rows is the clerk's: empty, but why
    page = window.applications.page
    assert page.proxy.rowCount() == 0 and "未能载入申请" in page.empty.text()
    window.show_view(ALL)
    assert everything.data(COUNT_ROLE) is None and "载入失败" in everything.toolTip()
    board = window._nav_item(BOARD)
    assert board is not None and "未能载入" in board.toolTip()
    monkeypatch.undo()
    close_when_idle(qtbot, window)


def test_a_change_after_a_failed_read_loads_again_not_a_half_list(
    qtbot: QtBot, ws: Workspace, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The finished rows fail to load, the running ones came: a change set that comes
    then (the server back) loads every row again rather than counting the half list."""
    generate(ws, 60, today=TODAY)
    monkeypatch.setattr(applications_controller, "settled_listing", _gone)
    window = open_window(qtbot, ws, settings)
    controller = window.applications
    assert "载入失败" in window.counts_label.text() and not controller.complete
    running = controller.page.model.rowCount()
    assert 0 < running < 60
    monkeypatch.undo()
    app_id = controller.page.model.view_at(0).record.id
    window.ops.publish(ChangeSet(applications=(view_of(ws, app_id, today=TODAY),)))
    qtbot.waitUntil(lambda: controller.complete)
    assert controller.page.model.rowCount() == 60
    assert "载入失败" not in window.counts_label.text()
    close_when_idle(qtbot, window)


def _half_loaded(qtbot: QtBot, window: MainWindow) -> None:
    """The list as a load left it whose finished rows could not be read: not whole."""
    with pytest.MonkeyPatch.context() as failing:
        failing.setattr(applications_controller, "settled_listing", _gone)
        window.applications.reload()
        qtbot.waitUntil(lambda: "载入失败" in window.counts_label.text())


def _gone(*_args: object, **_kwargs: object) -> object:
    raise StoreError(StoreErrorCode.UNREACHABLE, "gone")


def _all_count(window: MainWindow) -> tuple[object, object, str, str]:
    """全部申请's count, whether it is partial, its tooltip, and the page's count."""
    item = window._nav_item(ALL)
    assert item is not None
    shown = window.applications.page.shown.text()
    return item.data(COUNT_ROLE), item.data(PARTIAL_ROLE), item.toolTip(), shown


def test_counts_say_they_are_partial_until_the_finished_rows_are_in(
    qtbot: QtBot, data: Workspace, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Between the reads of a list that was not whole the list holds the running rows
    only: 全部申请's count is greyed and says so, and a search over finished ones too
    says it is still loading."""

    window = open_window(qtbot, data, settings)
    window.show_view(ALL)
    window.applications.page.show_finished.setChecked(True)
    _half_loaded(qtbot, window)
    seen: list[tuple[object, object, str, str]] = []
    _reload_with(qtbot, window, monkeypatch, between=lambda: seen.append(_all_count(window)))
    assert seen == [(1, True, "已载入 1 件申请，已办结的尚未全部载入", "1 件（载入中…）")]
    assert _all_count(window) == (2, False, "共 2 件申请", "2 件")


def test_a_whole_list_stays_whole_while_it_is_read_again(
    qtbot: QtBot, data: Workspace, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """F5 on a whole list: it no longer shrinks to the running rows until the finished
    ones come (100000 to 5906 and back), nor loses a finished row that was selected."""
    window = open_window(qtbot, data, settings)
    window.show_view(ALL)
    page = window.applications.page
    page.show_finished.setChecked(True)
    finished = next(v.record.id for v in page.model.views() if not is_open(v.record))
    page.select(finished)
    shown: list[object] = []
    page.selected.connect(shown.append)  # the detail pane follows it
    seen: list[tuple[object, ...]] = []

    def between() -> None:
        seen.append((*_all_count(window), page.model.rowCount(), page.selected_id()))
        seen.append((window.counts_label.text(),))

    counts = window.counts_label.text()
    _reload_with(qtbot, window, monkeypatch, between=between)
    assert seen == [
        (2, False, "共 2 件申请", "2 件（载入中…）", 2, finished),
        (counts + "（正在重新载入…）",),  # the status bar's counts stay too
    ]
    assert window.counts_label.text() == counts
    assert _all_count(window) == (2, False, "共 2 件申请", "2 件")
    assert page.selected_id() == finished
    assert shown == [finished]  # never emptied meanwhile


def test_no_count_before_the_running_rows_are_read(qtbot: QtBot, data: Workspace) -> None:
    """我的事项 0 and 超期看板 0 showed before anything was read."""
    from PySide6.QtWidgets import QWidget

    from tests.ui.conftest import operations

    parent = QWidget()
    qtbot.addWidget(parent)
    controller = ApplicationsController(operations(data, parent))
    counted: list[object] = []
    controller.nav_counts_changed.connect(lambda *counts: counted.append(counts))
    controller.show_scope(False)  # 全部申请 asked for before any read
    assert counted == []
    with qtbot.waitSignal(controller.loaded):
        controller.reload()
    assert counted and counted[-1] == (1, 2, 1, True)


def test_the_navigation_keeps_its_width_while_the_rows_come(
    qtbot: QtBot, ws: Workspace, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The running rows' count has fewer digits than all of them (5906, then 100000): the
    navigation made room as they came, and the list beside it moved."""
    generate(ws, 150, today=TODAY)
    window = open_window(qtbot, ws, settings)
    window.show_view(ALL)
    _half_loaded(qtbot, window)  # a whole list would stay whole while read again
    widths: list[int] = []

    def measured() -> None:
        window._share_width()
        widths.append(window.splitter.sizes()[0])

    _reload_with(qtbot, window, monkeypatch, between=measured)
    measured()
    assert widths[0] == widths[1]


def _pane_shows(window: MainWindow, app_id: int) -> bool:
    shown = window.applications.detail_pane.detail
    return shown is not None and shown.view.record.id == app_id


def test_the_pane_acts_on_what_it_shows_while_the_next_is_read(
    qtbot: QtBot, data: Workspace, settings: QSettings
) -> None:
    """Another row picked while a long load holds the worker: its detail waits behind
    the load (seconds on 100,000 rows). The pane's buttons acted on the row picked while
    the pane still showed the one before (an undo there undid the other's step); now
    they act on the one shown, and a moment later the pane says it is reading the next
    rather than show the one before."""
    window = open_window(qtbot, data, settings)
    window.show_view(ALL)
    page, pane = window.applications.page, window.applications.detail_pane
    first, second = (page.model.view_at(row).record for row in range(2))
    page.select(first.id)
    qtbot.waitUntil(lambda: _pane_shows(window, first.id))
    go_on = threading.Event()
    window.ops.worker.run(go_on.wait, lambda _r: None, lambda _e: None)  # the load
    page.select(second.id)
    explained: list[str] = []

    def note(dialog: QWidget) -> None:
        explained.append(dialog.windowTitle())
        dialog.close()

    answer_next_dialog(note, WhyDialog)
    pane.why_requested.emit()  # the pane's 为什么是这个日期？, as the first still shows
    assert len(explained) == 1 and first.number in explained[0]
    qtbot.waitUntil(lambda: pane.hint_or_content.hint.isVisibleTo(pane))
    assert pane.detail is None and pane.title.text() == f"{second.number}  {second.project}"
    assert pane.hint_or_content.hint.text() == "正在读取此申请的详情…"
    go_on.set()
    qtbot.waitUntil(lambda: _pane_shows(window, second.id))
    assert not pane.hint_or_content.hint.isVisibleTo(pane)


def test_a_row_picked_during_a_reload_says_at_once_that_it_is_being_read(
    qtbot: QtBot, data: Workspace, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its detail comes after the whole list (seconds), and the window is then too busy
    for a timer to say so in time: seen in a review, the pane showed the row before with
    its buttons for up to 0.66 s, and never said it was reading."""
    window = open_window(qtbot, data, settings)
    window.show_view(ALL)
    page, pane = window.applications.page, window.applications.detail_pane
    page.show_finished.setChecked(True)
    first, second = (page.model.view_at(row).record for row in range(2))
    page.select(first.id)
    qtbot.waitUntil(lambda: _pane_shows(window, first.id))
    seen: list[object] = []

    def pick_another() -> None:
        page.select(second.id)
        seen.append(pane.detail)  # at once, no event loop turned
        seen.append(pane.hint_or_content.hint.text())

    _reload_with(qtbot, window, monkeypatch, between=pick_another)
    assert seen == [None, "正在读取此申请的详情…"]
    qtbot.waitUntil(lambda: _pane_shows(window, second.id))


def test_a_detail_that_cannot_be_read_is_said_in_the_pane(
    qtbot: QtBot, data: Workspace, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, data, settings)
    window.show_view(ALL)
    page, pane = window.applications.page, window.applications.detail_pane
    errors: list[Exception] = []
    window.ops.show_error = errors.append
    monkeypatch.setattr(applications_controller, "detail", _gone)
    page.select(page.model.view_at(1).record.id)
    qtbot.waitUntil(lambda: bool(errors))
    assert pane.detail is None and pane.hint_or_content.hint.text().startswith(
        "未能读取此申请的详情："
    )


def test_f5_pressed_twice_keeps_the_list_whole_too(
    qtbot: QtBot, data: Workspace, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A second reload while the first still runs: the list is still the whole one."""
    window = open_window(qtbot, data, settings)
    window.show_view(ALL)
    model = window.applications.page.model
    rows: list[int] = []
    window.applications.reload()
    _reload_with(qtbot, window, monkeypatch, between=lambda: rows.append(model.rowCount()))
    assert rows and set(rows) == {2}
    assert model.rowCount() == 2 and window.applications.complete


def test_the_boxes_beside_the_count_stay_put_while_it_says_loading(
    qtbot: QtBot, data: Workspace, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "2 件（载入中…）" is wider than "2 件": 显示已办结 beside it moved left and back at
    every reload, under a pointer about to click it."""
    window = open_window(qtbot, data, settings)
    window.show_view(ALL)
    page = window.applications.page
    page.show_finished.setChecked(True)
    where: list[tuple[int, str]] = []

    def measured() -> None:
        page.layout().activate()
        where.append((page.show_finished.geometry().x(), page.shown.text()))

    measured()
    _reload_with(qtbot, window, monkeypatch, between=measured)
    measured()
    assert [text for _x, text in where] == ["2 件", "2 件（载入中…）", "2 件"]
    assert len({x for x, _text in where}) == 1


def test_the_finished_rows_kept_rest_as_long_as_they_worked(qtbot: QtBot) -> None:
    """Kept beside the window for the next start, they rest half the time: a step on a
    server beside them took a second, some 150 ms now (benchmarks/server.py)."""
    now, rested, checked = [100.0], [], []
    unhurried = applications_controller._Unhurried(
        Worker(), lambda *told: checked.append(told), lambda: now[0], rested.append
    )
    now[0] = 105.0  # its turn came (an export ran first): waiting was no work
    unhurried(0, 3000)
    now[0] = 105.004  # less than WORK_S of work: on without a rest
    unhurried(1000, 3000)
    now[0] = 105.012
    unhurried(2000, 3000)
    assert checked == [(0, 3000), (1000, 3000), (2000, 3000)]
    assert rested == [pytest.approx(0.012)]
