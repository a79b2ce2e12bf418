"""Helpers for driving the window: settings per test, answering modal dialogs, and the
rule that the UI thread never touches the database."""

from __future__ import annotations

import gc
import sys
import tempfile
import threading
import traceback
from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QSettings, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLayout,
    QMessageBox,
    QPushButton,
    QWidget,
)
from pytestqt.exceptions import TimeoutError as WaitTimedOut
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, event

import approvals_gui.ui
from approvals_gui.i18n import DEFAULT_LANGUAGE, install_translators
from approvals_gui.services.changes import load_reference
from approvals_gui.services.workspace import Workspace
from approvals_gui.ui import settings as options
from approvals_gui.ui.collector import MainThreadCollector
from approvals_gui.ui.delegates.nav_count import PARTIAL_ROLE
from approvals_gui.ui.dialogs.report_dialog import ReportDialog
from approvals_gui.ui.main_window import BOARD, MainWindow, StatusBar
from approvals_gui.ui.operations import Operations
from approvals_gui.ui.today import Today
from approvals_gui.ui.workers import Worker
from tests.conftest import TODAY

UI_PACKAGE = str(Path(approvals_gui.ui.__file__).parent)
TESTS = str(Path(__file__).resolve().parents[1])


def ui_frame_in_stack() -> str | None:
    """Where the window's own code asked for the current call, if it did: the innermost
    frame that is either the window's or a test's decides (a test answering a dialog
    runs inside the dialog's event loop, and may play another desktop there)."""
    frame = sys._getframe(2)  # above the event listener, which is a test's
    while frame is not None:
        if frame.f_code.co_filename.startswith(TESTS):
            return None
        if frame.f_code.co_filename.startswith(UI_PACKAGE):
            return f"{frame.f_code.co_filename}:{frame.f_lineno}"
        frame = frame.f_back  # type: ignore[assignment]
    return None


_ui_thread_calls: list[str] = []  # the running test's (`database_calls_on_the_ui_thread`)


def _note_ui_thread_call(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
    if threading.current_thread() is threading.main_thread():
        where = ui_frame_in_stack()
        if where is not None:
            _ui_thread_calls.append(f"{statement.split()[0]} from {where}")


@pytest.fixture(autouse=True, scope="session")
def _listening_for_database_calls() -> Iterator[None]:
    """One listener for the whole run: added and removed around each test, it changed
    the engines' listener list while a worker of an earlier test's window went through
    it ("deque mutated during iteration")."""
    event.listen(Engine, "before_cursor_execute", _note_ui_thread_call)
    yield
    event.remove(Engine, "before_cursor_execute", _note_ui_thread_call)


@pytest.fixture(autouse=True)
def database_calls_on_the_ui_thread(_listening_for_database_calls: None) -> Iterator[list[str]]:
    """Fails a test in which the window's code runs SQL on the UI thread. Tests
    themselves may read and write there (they play the other desktop, or check)."""
    _ui_thread_calls.clear()
    yield _ui_thread_calls
    found = list(_ui_thread_calls)
    _ui_thread_calls.clear()
    assert found == [], "database calls on the UI thread"


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    s = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    options.USER_NAME.set(s, "张三")
    options.BUREAU_NAME.set(s, "江城市生态环境局")
    options.FIRST_RUN_DONE.set(s, True)  # a desk set up (first-run: test_first_run)
    return s


@pytest.fixture(autouse=True, scope="session")
def _chinese_locale(qapp: QApplication) -> None:
    """The program's default language's locale, as `english` leaves it after a test: a
    test of Chinese text no longer depends on an English test having run before it on
    the same worker (a holiday was named "National Day" when none had)."""
    for translator in install_translators(qapp, DEFAULT_LANGUAGE):
        qapp.removeTranslator(translator)


@pytest.fixture(autouse=True, scope="session")
def _collect_on_the_ui_thread(qapp: QApplication) -> Iterator[None]:
    """As the program does: no garbage collection on worker threads."""
    collector = MainThreadCollector(qapp)
    yield
    collector.stop()
    _tear_down_widgets(qapp)


def _tear_down_widgets(qapp: QApplication) -> None:
    """Every window and dialog the tests left, deleted while the application still
    runs: left to the interpreter's exit, the bindings' teardown now and then deleted
    an object twice and crashed the process after the last test had passed."""
    qapp.closeAllWindows()
    for widget in qapp.topLevelWidgets():
        # Only the ones nothing owns: a menu or popup is a top-level widget with a parent,
        # which deletes it; deleting it too crashed the process now and then.
        if widget.parent() is None:
            widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """The English translation installed for one test, Chinese back afterwards."""
    installed = install_translators(qapp, "en")
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
    for translator in install_translators(qapp, DEFAULT_LANGUAGE):
        qapp.removeTranslator(translator)  # the locale back to Chinese, as other tests expect


def fixed_day(day: date = TODAY) -> Today:
    return Today(lambda: day)


def operations(ws: Workspace, parent: QWidget, day: date = TODAY) -> Operations:
    """What a page controller needs, without a main window: a worker, the day, the hub."""
    worker, today = Worker(parent), fixed_day(day)
    today.setParent(parent)
    desk = QSettings(str(Path(tempfile.mkdtemp()) / "ui.ini"), QSettings.Format.IniFormat)
    options.USER_NAME.set(desk, ws.actor)  # a desk named (else its first step asks)
    return Operations(ws, worker, today, parent, desk)


def open_window(
    qtbot: QtBot, ws: Workspace, settings: QSettings, clock: Callable[[], date] = lambda: TODAY
) -> MainWindow:
    worker, files, today = Worker(), Worker(), Today(clock)
    window = MainWindow(ws, worker, files, today, settings, "test.sqlite3")
    for owned in (worker, files, today):
        owned.setParent(window)
    qtbot.addWidget(window)
    window.show()
    board = window._nav_item(BOARD)
    assert board is not None

    # Loaded: the list, the reference data the pages and dialogs consult (read last), and
    # every kind of late item counted beside 超期看板 (unless the list failed to load).
    def pending() -> list[str]:
        waits = {
            "the list": window.applications.loading,
            "the counts": window.counts_label.text() == "",
            "the reference data": window.ops.reference is None,
            "the board's count": bool(board.data(PARTIAL_ROLE))
            and not window.applications.page.failed,
        }
        return [name for name, waiting in waits.items() if waiting]

    try:
        qtbot.waitUntil(lambda: not pending())
    except WaitTimedOut as exc:  # say which part never came, for a run that failed once
        busy = {name: _state(w) for name, w in (("database", worker), ("files", files))}
        raise AssertionError(
            f"window not loaded: waiting for {pending()}; busy {busy}; "
            f"switch interval {sys.getswitchinterval()} s\n{_other_threads()}"
        ) from exc
    return window


def _state(worker: Worker) -> str:
    """What a worker holds: tasks not yet answered, whether one runs on its thread now,
    and the threads its pool has at work."""
    running = not worker._resting.is_set()
    return (
        f"{len(worker._waiting)} unanswered, one running: {running}, "
        f"pool threads at work: {worker._pool.activeThreadCount()}"
    )


def _other_threads() -> str:
    """Where every thread but this one is (a worker's job that never ends, say)."""
    return "\n".join(
        f"thread {ident}:\n" + "".join(traceback.format_stack(frame, limit=10))
        for ident, frame in sys._current_frames().items()
        if ident != threading.get_ident()
    )


def status_said(window: MainWindow) -> str:
    """The status bar's message as told, elided on screen or not: it is elided to the
    room beside the counts, which are wider while a reload runs."""
    bar = window.statusBar()
    assert isinstance(bar, StatusBar)
    return bar.whole_message


def show_in_pane(qtbot: QtBot, window: MainWindow, app_id: int) -> None:
    """Select the application in the list and wait for the detail pane to show it, as a
    user does before pressing the pane's buttons (they act on what it shows)."""
    window.applications.page.select(app_id)
    qtbot.waitUntil(lambda: window.applications.current_detail(app_id) is not None)


def close_when_idle(qtbot: QtBot, window: MainWindow) -> None:
    """Close `window` once its loads are in: closed sooner, it stays open to wait."""
    qtbot.waitUntil(lambda: not window.closing.busy())
    window.close()
    assert not window.isVisible()


def answer_next_dialog(handler: Callable[[QWidget], None], kind: type = QWidget) -> None:
    """Run `handler` on the next modal dialog of `kind` as soon as it is up."""

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(10, attempt)
        else:
            handler(dialog)

    QTimer.singleShot(0, attempt)


def answer_next_box(button: QMessageBox.StandardButton, said: list[str]) -> None:
    """Note the next message box's text in `said` and answer it with `button`."""
    answer_next_boxes([button], said)


def answer_next_boxes(buttons: Sequence[QMessageBox.StandardButton], said: list[str]) -> None:
    """Note the next message boxes' texts in `said` and answer them in turn, one of
    `buttons` each."""
    if not buttons:
        return
    first, *rest = buttons

    def press(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        said.append(box.text())
        box.done(first)
        answer_next_boxes(rest, said)

    answer_next_dialog(press, QMessageBox)


def read_next_box(said: list[str]) -> None:
    """Note the next message box's text in `said` and close it, as a user who read it."""

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        said.append(box.text())
        box.accept()

    answer_next_dialog(read, QMessageBox)


def keyboard_on_a_button_of(pane: QWidget) -> bool:
    """Whether the keyboard is on one of `pane`'s push buttons: a detail pane's steps."""
    focused = QApplication.focusWidget()
    return isinstance(focused, QPushButton) and pane.isAncestorOf(focused)


def type_text(widget: QWidget, text: str) -> None:
    """Type `text` into `widget` as key events; QTest.keyClicks cannot send Chinese."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def laid_out(layout: QLayout) -> list[QWidget]:
    """The widgets placed directly in `layout`, in its order.

    Found through the parent widget and `indexOf`, never `itemAt`: PySide keeps the
    wrapper of a QLayoutItem that C++ deletes later (`removeRow`, a refill), and hands
    that stale wrapper out for the next object at the same address. A later unrelated
    call then fails ("'QWidgetItem' object has no attribute 'connect'") or crashes."""
    parent = layout.parentWidget()
    assert parent is not None
    placed = ((layout.indexOf(w), w) for w in parent.findChildren(QWidget))
    return [w for _index, w in sorted((p for p in placed if p[0] >= 0), key=lambda p: p[0])]


def grid_cell(layout: QGridLayout, row: int, column: int) -> QWidget:
    """The widget at (`row`, `column`) of a grid, found as `laid_out` finds it."""
    cell = (row, column)
    found = [w for w in laid_out(layout) if layout.getItemPosition(layout.indexOf(w))[:2] == cell]
    assert len(found) == 1, found
    return found[0]


def form_cells(layout: QFormLayout) -> dict[tuple[int, QFormLayout.ItemRole], QWidget]:
    """A form's widgets by (row, role), found as `laid_out` finds them."""
    return {layout.getWidgetPosition(w): w for w in laid_out(layout)}


def form_texts(layout: QFormLayout) -> dict[str, str]:
    """A form's rows whose label and field are both labels: label → field text."""
    cells = form_cells(layout)
    rows = {}
    for row in range(layout.rowCount()):
        label = cells.get((row, QFormLayout.ItemRole.LabelRole))
        field = cells.get((row, QFormLayout.ItemRole.FieldRole))
        if isinstance(label, QLabel) and isinstance(field, QLabel):
            rows[label.text()] = field.text()
    return rows


def report_dialog(qtbot: QtBot, ws: Workspace, now: datetime) -> ReportDialog:
    """The 12369 register dialog, shown, with what every report needs filled in: what
    it is about and where."""
    dialog = ReportDialog(load_reference(ws).enterprises, [], now)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.content, "夜间偷排废水")
    dialog.topic.setCurrentIndex(1)
    type_text(dialog.address, "东城区幸福路1号")
    return dialog


def drag_handle(qtbot: QtBot, window: MainWindow, handle: int, dx: int) -> None:
    """Drag one of the main splitter's handles `dx` pixels, as a user does."""
    grip = window.splitter.handle(handle)
    centre = grip.rect().center()
    qtbot.mousePress(grip, Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseMove(grip, centre + QPoint(dx, 0))
    qtbot.mouseRelease(grip, Qt.MouseButton.LeftButton, pos=centre + QPoint(dx, 0))


def preview_pages(qtbot: QtBot, open_preview: object) -> int:
    """Open a print preview through `open_preview()`, count its pages, close it."""
    pages: list[int] = []

    def count(dialog: QWidget) -> None:
        assert isinstance(dialog, QPrintPreviewDialog)
        preview = dialog.findChild(QPrintPreviewWidget)
        assert preview is not None
        pages.append(preview.pageCount())
        dialog.reject()

    answer_next_dialog(count, QPrintPreviewDialog)
    open_preview()  # type: ignore[operator]
    qtbot.waitUntil(lambda: bool(pages))
    return pages[0]
