"""Garbage collection happens on the UI thread, never on a worker, and waits while a
worker builds a list."""

from __future__ import annotations

import gc
import threading
import weakref
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from approvals_gui.domain.building import collector_paused, take_kept
from approvals_gui.ui.collector import FREEZE_AT, MainThreadCollector, collect_before_keeping


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_cycles_are_collected_on_the_ui_thread(qtbot: QtBot) -> None:
    assert not gc.isenabled()  # the session's collector switched automatic collection off
    threads: list[str] = []

    def record(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            threads.append(threading.current_thread().name)

    gc.callbacks.append(record)
    try:
        worker = threading.Thread(target=lambda: [_Cycle() for _ in range(20_000)], name="worker")
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: bool(threads), timeout=3000)
    finally:
        gc.callbacks.remove(record)
    assert set(threads) == {threading.main_thread().name}


def test_no_collection_while_a_worker_builds_a_list(qapp: QApplication) -> None:
    collector = MainThreadCollector(qapp)
    collections: list[str] = []

    def record(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            collections.append(phase)

    building, done = threading.Event(), threading.Event()

    def build() -> None:
        with collector_paused():
            building.set()
            done.wait(10)

    worker = threading.Thread(target=build)
    gc.callbacks.append(record)
    try:
        worker.start()
        assert building.wait(10)
        [_Cycle() for _ in range(20_000)]  # past every threshold
        collector.check()
        assert collections == []  # the worker's list is not walked as it grows
        done.set()
        worker.join()
        collector.check()
        assert collections  # and the collection comes once it is built
    finally:
        done.set()
        gc.callbacks.remove(record)
        collector.stop()
        gc.disable()  # as the session's own collector keeps it


def _built(keep: bool) -> list[list[tuple[int, ...]]]:
    """A list built on a worker, as the window's rows are (`keep`) or an import's are.
    Twice the freezing mark: the young count is net of what was freed meanwhile."""
    built: list[list[tuple[int, ...]]] = []

    def build() -> None:
        with collector_paused(keep=keep):
            built.append([(i, i) for i in range(2 * FREEZE_AT)])

    worker = threading.Thread(target=build)
    worker.start()
    worker.join()
    return built


@pytest.fixture
def collections(qapp: QApplication) -> Iterator[list[str]]:
    """The collections that start, with automatic collection off as the program has it;
    nothing left frozen afterwards."""
    started: list[str] = []

    def record(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            started.append(phase)

    gc.disable()  # another test may have switched it on
    take_kept()  # what an earlier test built is not this test's
    gc.callbacks.append(record)
    yield started
    gc.callbacks.remove(record)
    gc.unfreeze()
    gc.disable()


def test_a_list_built_to_be_kept_is_frozen_not_walked(
    qapp: QApplication, collections: list[str]
) -> None:
    """Once a worker has built the window's rows, the next look freezes them in no time
    instead of walking them; cycles made afterwards are still collected."""
    collector = MainThreadCollector(qapp)
    frozen = gc.get_freeze_count()
    built = _built(keep=True)
    collector.check()
    assert built and collections == []
    assert gc.get_freeze_count() > frozen + FREEZE_AT
    cycle = weakref.ref(_Cycle())
    [_Cycle() for _ in range(2_000)]  # past the youngest generation's threshold
    collector.check()
    assert collections and cycle() is None
    collector.stop()


def test_a_list_not_kept_is_collected(qapp: QApplication, collections: list[str]) -> None:
    """An import's rows, say: soon garbage, maybe in cycles; collected, not frozen."""
    collector = MainThreadCollector(qapp)
    frozen = gc.get_freeze_count()
    built = _built(keep=False)
    collector.check()
    assert built and collections and gc.get_freeze_count() == frozen
    collector.stop()


def test_garbage_is_collected_before_the_next_list_is_kept(
    qapp: QApplication, collections: list[str]
) -> None:
    """A dialog closed after the rows were frozen, in a cycle: collected before the next
    rows are built, so it is not frozen with them; the frozen rows are not walked."""
    collector = MainThreadCollector(qapp)
    built = _built(keep=True)
    collector.check()
    frozen = gc.get_freeze_count()
    assert built and frozen > FREEZE_AT
    closed = weakref.ref(_Cycle())
    collect_before_keeping()
    assert closed() is None and gc.get_freeze_count() == frozen
    collector.stop()
