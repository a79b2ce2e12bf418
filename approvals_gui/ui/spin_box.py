"""A spin box that says what it refuses.

QSpinBox drops a keystroke that would take its number out of range without a word: 70
typed where at most 60 is allowed shows 7, a valid number and the wrong one. This one
says the range beside the box as it drops the keystroke."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QSpinBox, QToolTip


class SpinBox(QSpinBox):
    """`refused(text)` as a keystroke is refused, with what the tooltip shown says."""

    refused = Signal(str)

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        result = super().validate(text, pos)
        if result[0] == QValidator.State.Invalid:
            said = (
                self.tr("可填 %1 至 %2")
                .replace("%1", str(self.minimum()))
                .replace("%2", str(self.maximum()))
            )
            QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), said, self)
            self.refused.emit(said)
        return result
