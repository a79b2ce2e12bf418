"""Long work behind a progress dialog: shown while it runs, even before it reports."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from approvals_gui.services.progress import Progress
from approvals_gui.ui import workers
from approvals_gui.ui.long_task import run_long
from approvals_gui.ui.workers import Worker


def test_the_progress_shows_before_the_work_says_how_far_it_is(qtbot: QtBot) -> None:
    """A restore's first check of a large file reports nothing for seconds: the dialog
    showed only at a first report, so the program looked stopped."""
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    worker, go_on, done = Worker(parent), threading.Event(), []

    def quiet(progress: Progress) -> str:
        go_on.wait()  # as a long first step that reports nothing
        progress(1, 1)
        return "done"

    task = run_long(worker, parent, "checking", quiet, done.append, title="check")
    # Shown after SHOW_AFTER_MS (0.4 s); before, only after Qt's default of 4 s.
    qtbot.waitUntil(task.dialog.isVisible, timeout=3000)
    go_on.set()
    qtbot.waitUntil(lambda: done == ["done"])
    assert not task.dialog.isVisible()


def test_work_beside_the_window_has_python_handed_over_often_until_it_ends(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An export runs beside the window in use (ui/workers.py: a click's pane took up
    to ten seconds to show beside one); work the window waits for (modal) does not."""
    told: list[int] = []
    monkeypatch.setattr(workers, "_beside_the_window", told.append)
    parent = QWidget()
    qtbot.addWidget(parent)
    worker, go_on, done = Worker(parent), threading.Event(), []

    def work(_progress: Progress) -> str:
        go_on.wait(10)  # (bounded: a failed check must not leave the thread waiting)
        return "done"

    run_long(worker, parent, "importing", work, done.append, title="import")
    go_on.set()
    qtbot.waitUntil(lambda: done == ["done"])
    assert told == []
    go_on.clear()
    run_long(worker, parent, "exporting", work, done.append, title="export", modal=False)
    assert told == [1]
    go_on.set()
    qtbot.waitUntil(lambda: done == ["done", "done"])
    assert told == [1, -1]
