"""The day the window shows: one object owns it and its midnight rollover."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, QTimer, Signal

ROLLOVER_CHECK_MS = 60_000


class Today(QObject):
    """Every countdown the window shows is for `value()`. `rolled_over(day)` fires when
    the clock passes midnight, so every page moves to the new day together."""

    rolled_over = Signal(object)

    def __init__(self, clock: Callable[[], date] = date.today, parent: QObject | None = None):
        super().__init__(parent)
        self._clock = clock
        self._day = clock()
        self._timer = QTimer(self)
        self._timer.setInterval(ROLLOVER_CHECK_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def value(self) -> date:
        return self._day

    def check(self) -> None:
        day = self._clock()
        if day != self._day:
            self._day = day
            self.rolled_over.emit(day)
