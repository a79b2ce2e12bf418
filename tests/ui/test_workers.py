"""The worker's answers: on the UI thread, to whoever asked while they are there, and
never through an object deleted while the worker's thread is still sending on it."""

from __future__ import annotations

import sys
import threading

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QThread
from pytestqt.qtbot import QtBot

from approvals_gui.ui import workers
from approvals_gui.ui.workers import Worker


def settle_deletions() -> None:
    """What deleteLater() asked for, done now."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def test_answers_come_on_the_ui_thread_and_busy_lasts_until_told(qtbot: QtBot) -> None:
    worker = Worker()
    seen: list[tuple[object, bool, bool]] = []

    def told(value: object) -> None:  # a window waiting to close waits for this message
        seen.append(
            (value, QThread.currentThread() is QCoreApplication.instance().thread(), worker.busy())
        )

    def fails() -> None:
        raise OSError("disk gone")

    with qtbot.waitSignal(worker.idle):
        worker.run(lambda: 1, told, told)
        worker.run(fails, lambda _v: None, told)
    assert [(v if isinstance(v, int) else str(v)) for v, _, _ in seen] == [1, "disk gone"]
    assert all(on_ui and busy for _, on_ui, busy in seen)
    assert not worker.busy()


def test_an_owner_gone_is_not_told(qtbot: QtBot) -> None:
    worker = Worker()
    owner = QObject()
    gate = threading.Event()
    told: list[object] = []
    worker.run(lambda: gate.wait(10), told.append, told.append, owner=owner)
    owner.deleteLater()
    settle_deletions()
    gate.set()
    qtbot.waitUntil(lambda: not worker.busy())
    assert told == []


@pytest.mark.parametrize("fails", [False, True])
def test_nothing_is_deleted_under_the_thread_still_sending_an_answer(
    qtbot: QtBot, fails: bool
) -> None:
    """Each task had an object of its own that the worker's thread emitted its answer
    on, deleted as soon as the answer was delivered: that could be while the thread was
    still inside emit() (a crash, seen once in the suite). Here the thread is held in
    emit() until the answer has been delivered and the deletions it asked for done."""
    worker = Worker()
    answered, held = threading.Event(), threading.Event()
    relays = [o for o in worker.findChildren(QObject) if hasattr(o, "answered")]
    assert len(relays) == 1  # the one the worker's thread sends every answer on

    def hold(*_answer: object) -> None:  # on the worker's thread, inside emit()
        held.wait(10)

    relays[0].answered.connect(hold, Qt.ConnectionType.DirectConnection)  # type: ignore[attr-defined]

    def task() -> int:
        if fails:
            raise ValueError("refused")
        return 7

    worker.run(task, lambda _v: answered.set(), lambda _e: answered.set())
    qtbot.waitUntil(answered.is_set)
    settle_deletions()
    assert shiboken6.isValid(relays[0])
    held.set()
    assert worker.wait(10_000)


def test_work_beside_the_window_hands_python_over_often_until_answered(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Beside an export a click's pane took up to ten seconds to show: the UI thread
    waited up to Python's default 5 ms to take its lock back at each of its calls into
    Qt (benchmarks/window.py times the click beside an export)."""
    told: list[int] = []
    monkeypatch.setattr(workers, "_beside_the_window", told.append)
    worker, go_on = Worker(), threading.Event()
    with qtbot.waitSignal(worker.idle):
        worker.run(lambda: go_on.wait(10), lambda _v: None, lambda _e: None)
        go_on.set()
    assert told == []  # other work leaves the interval as it is
    go_on.clear()
    with qtbot.waitSignal(worker.idle):
        worker.run(lambda: go_on.wait(10), lambda _v: None, lambda _e: None, beside_the_window=True)
        assert told == [1]
        go_on.set()
    assert told == [1, -1]


def test_the_interval_is_short_while_any_work_runs_beside_the_window(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(workers, "_beside", 0)
    default = sys.getswitchinterval()
    try:
        seen = []
        for more in (1, 1, -1, -1):
            workers._beside_the_window(more)
            seen.append(sys.getswitchinterval())
        # (Python keeps the interval in whole microseconds)
        assert seen == pytest.approx([workers.SWITCH_INTERVAL_S] * 3 + [workers._DEFAULT_SWITCH_S])
    finally:
        sys.setswitchinterval(default)


def test_another_thread_waits_while_a_task_runs(qtbot: QtBot) -> None:
    worker, running, go_on, waited = Worker(), threading.Event(), threading.Event(), []
    worker.run(lambda: (running.set(), go_on.wait(10)), lambda _v: None, lambda _e: None)
    assert running.wait(10)
    waiting = threading.Thread(target=lambda: waited.append(worker.wait_until_resting(30)))
    waiting.start()
    waiting.join(0.2)  # (a wait that ended here would be a wait that did not wait)
    assert waiting.is_alive()
    go_on.set()
    waiting.join(10)
    assert waited == [None]
    qtbot.waitUntil(lambda: not worker.busy())
