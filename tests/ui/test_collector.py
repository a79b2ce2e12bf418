"""Garbage collection happens on the UI thread, never on a worker, and waits while a
worker builds a list."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from approvals_gui.domain.building import collector_paused
from approvals_gui.ui.collector import FREEZE_AT, MainThreadCollector


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


def test_a_list_built_in_bulk_is_frozen_not_walked(qapp: QApplication) -> None:
    """Once a worker has built a large list, the next look freezes it in no time instead
    of walking it; cycles made afterwards are still collected."""
    collector = MainThreadCollector(qapp)
    collections: list[str] = []

    def record(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            collections.append(phase)

    built: list[list[tuple[int, ...]]] = []

    def build() -> None:
        with collector_paused():
            # Twice the mark: the young count is net of what was freed meanwhile.
            built.append([(i, i) for i in range(2 * FREEZE_AT)])

    gc.disable()  # as the program keeps it (another test may have switched it on)
    frozen = gc.get_freeze_count()
    gc.callbacks.append(record)
    try:
        worker = threading.Thread(target=build)
        worker.start()
        worker.join()
        collector.check()
        assert collections == []
        assert gc.get_freeze_count() > frozen + FREEZE_AT
        cycle = weakref.ref(_Cycle())
        [_Cycle() for _ in range(2_000)]  # past the youngest generation's threshold
        collector.check()
        assert collections and cycle() is None
    finally:
        gc.callbacks.remove(record)
        collector.stop()
        gc.unfreeze()
        gc.disable()  # as the session's own collector keeps it
