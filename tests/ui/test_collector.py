"""Garbage collection happens on the UI thread, never on a worker."""

from __future__ import annotations

import gc
import threading

from pytestqt.qtbot import QtBot


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
