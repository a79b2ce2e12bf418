"""Python's cyclic garbage collection, run only on the UI thread.

Worker jobs carry plain data only, but that does not make automatic collection safe: a
collection runs on whichever thread happens to allocate past the threshold, and the
worker allocates the most (every row it reads). It then frees every unreachable cycle in
the process, and cycles that hold Qt wrappers are common on the UI side (a dialog whose
slot closure refers to the dialog, a page connected to a lambda that captures it).
Destroying those from the worker thread crashes Qt. So automatic collection stays off,
and a timer on the UI thread collects instead, at the thresholds Python would use, but
not while a worker builds a large list (a collection would walk it as it grows).

The window's rows, once built (100,000 with their clocks: some 800,000 objects), are
frozen rather than collected: they live long and form no cycles, yet each collection of
the generation they sat in walked them all, a quarter of a second with the window still,
once as young objects and again at each older generation. Frozen, the collector leaves
them be; reference counting frees them as ever when the list is replaced. Only a build
that says it keeps its list (`collector_paused(keep=True)`) is frozen: an import's
workbook, say, is garbage soon and has cycles. What else was alive, or garbage, at that
moment is frozen with the rows: before each full load builds its rows, the garbage made
since the last is collected (`collect_before_keeping`, which walks no frozen object), so
little is; a cycle that was alive then and is dropped later stays, a few objects a load
(measured: 22 a reload). Thawing and walking everything at each load would free those,
at the cost of the pause the freezing saves (some 400 ms at 100,000 rows).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

from approvals_gui.domain.building import building_under_way, take_kept

INTERVAL_MS = 500
# A kept list this large (young objects at a look) is frozen; a smaller one is collected.
FREEZE_AT = 100_000


class MainThreadCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(INTERVAL_MS)

    def check(self) -> None:
        if building_under_way():  # a worker builds a list: collect once it is done
            return
        counts = gc.get_count()
        if take_kept() and counts[0] > FREEZE_AT:
            gc.freeze()
            return
        for generation in (2, 1, 0):
            if counts[generation] > self._thresholds[generation]:
                gc.collect(generation)
                return

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()


def collect_before_keeping() -> None:
    """The garbage made since the last list was frozen, collected before the next is
    built (the frozen objects are not walked, so this is quick); not while a worker
    builds, and not before anything was frozen (the timer's collections do then)."""
    if gc.get_freeze_count() and not building_under_way():
        gc.collect()
