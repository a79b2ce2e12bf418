"""Page controllers on their own, without the main window: what they load and when, and
that a change set updates a page without reading the database again."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from approvals_gui.domain.stages import Action, Stage
from approvals_gui.services import changes
from approvals_gui.services.applications import Step, detail, list_applications
from approvals_gui.services.workspace import Workspace
from approvals_gui.store.errors import StoreError, StoreErrorCode
from approvals_gui.ui.controllers.applications import ApplicationsController
from approvals_gui.ui.controllers.board import BoardController
from approvals_gui.ui.controllers.exports import ExportActions
from approvals_gui.ui.controllers.steps import StepActions
from approvals_gui.ui.operations import Operations
from approvals_gui.ui.workers import Worker
from tests.conftest import TODAY
from tests.ui.conftest import operations


@pytest.fixture
def ops(qtbot: QtBot, data: Workspace) -> Operations:
    parent = QWidget()
    qtbot.addWidget(parent)
    return operations(data, parent)


@pytest.fixture
def statements(data: Workspace) -> Iterator[list[str]]:
    """Every SQL statement run while the test lasts, on any thread."""
    seen: list[str] = []

    def note(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        seen.append(statement)

    event.listen(data.engine, "before_cursor_execute", note)
    yield seen
    event.remove(data.engine, "before_cursor_execute", note)


def loaded(qtbot: QtBot, ops: Operations) -> ApplicationsController:
    """The list loaded and the reference data read after it: no read is left running
    when the test starts counting statements."""
    applications = ApplicationsController(ops)
    # No file of finished rows kept for the next start: its writer reads the database
    # on a thread of its own after the list is shown, late on a busy machine.
    applications.kept_in = None
    with qtbot.waitSignals([applications.loaded, ops.reference_loaded]):
        applications.reload()
    return applications


def test_a_change_set_updates_the_list_and_the_pane_without_a_read(
    qtbot: QtBot, ops: Operations, data: Workspace, statements: list[str]
) -> None:
    applications = loaded(qtbot, ops)
    late = next(v for v in applications.views() if v.record.facts.stage is Stage.ACCEPTED)
    applications.focus(detail(data, late.record.id, today=TODAY))
    step = Step(Action.START_REVIEW, date(2026, 11, 20))
    # What the worker would hand back for the user's step, made here on the test's thread.
    result = changes.step(data, late.record.id, late.record.version, step, today=TODAY)
    statements.clear()
    ops.publish(result)
    assert statements == []  # the list and the pane took what the change set carried
    model = applications.page.model
    assert model.view_at(model.row_of(late.record.id)) == result.applications[0]
    assert applications.detail_pane.detail == result.detail


def test_a_page_in_the_background_loads_when_shown_not_before(
    qtbot: QtBot, ops: Operations, data: Workspace, statements: list[str]
) -> None:
    applications = loaded(qtbot, ops)
    steps = StepActions(ops, applications, "江城市生态环境局")
    board = BoardController(ops, steps, ExportActions(Worker(ops), ops.window, "", ops.settings))
    assert board.stale and board.page.model.rowCount() == 0
    with qtbot.waitSignal(board.page.model.modelReset):
        board.activate()
    assert not board.stale and len(board.page.cards()) == 1

    board.deactivate()
    running = next(v for v in list_applications(data, today=TODAY) if v.clock.workdays_left)
    result = changes.step(
        data,
        running.record.id,
        running.record.version,
        Step(Action.WITHDRAW, date(2026, 11, 20)),
        today=TODAY,
    )
    statements.clear()
    ops.publish(result)
    ops.worker.wait()
    assert board.stale and statements == []  # noted, not loaded while hidden
    with qtbot.waitSignal(board.page.model.modelReset):
        board.activate()
    assert board.page.cards() == []  # the withdrawn application left the board


def board_of(ops: Operations) -> BoardController:
    applications = ApplicationsController(ops)
    steps = StepActions(ops, applications, "江城市生态环境局")
    return BoardController(ops, steps, ExportActions(Worker(ops), ops.window, "", ops.settings))


def test_the_board_says_it_is_loading_not_that_nothing_is_late(
    qtbot: QtBot, ops: Operations
) -> None:
    board = board_of(ops)
    page = board.page
    board.activate()  # the read is on the worker: nothing is known yet
    assert page.empty.text() == "正在载入超期和即将到期的事项…" and page.summary.text() == ""
    qtbot.waitUntil(lambda: not page.loading)
    assert len(page.cards()) == 1 and "超承诺或送达超期 1 件" in page.summary.text()
    board.invalidate()  # a later read: the cards shown stay meanwhile
    assert page.loading and len(page.cards()) == 1 and page.summary.text()


def test_the_board_says_its_read_failed(
    qtbot: QtBot, ops: Operations, monkeypatch: pytest.MonkeyPatch
) -> None:
    def unreadable(*_args: Any, **_kwargs: Any) -> None:
        raise StoreError(StoreErrorCode.LOCKED, "locked")

    boxes: list[str] = []
    monkeypatch.setattr("approvals_gui.ui.controllers.board.board_cards", unreadable)
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: boxes.append(text))
    board = board_of(ops)
    board.activate()
    qtbot.waitUntil(lambda: not board.page.loading)
    reason = "数据库正被其他程序占用，请稍后再试。"
    assert board.page.empty.text() == f"未能载入超期事项：{reason}（按 F5 重新载入）"
    assert board.page.summary.text() == "" and boxes == [reason]
