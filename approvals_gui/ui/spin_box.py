"""A spin box that says what it refuses.

QSpinBox drops a keystroke that would take its number out of range without a word: 70
typed where at most 60 is allowed shows 7, a valid number and the wrong one; a number
under the least (0 where 1 is) goes back to the last one as the box is left. This one
says the range beside the box as it does either."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QSpinBox, QToolTip


class SpinBox(QSpinBox):
    """`refused(text)` as a keystroke is refused or a number put back, with what the
    tooltip shown says."""

    refused = Signal(str)

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        result = super().validate(text, pos)
        if result[0] == QValidator.State.Invalid:
            self._say_range()
        return result

    def fixup(self, text: str) -> str:
        # Called as the box is left with a number it cannot take: Qt puts the last back.
        self._say_range()
        return super().fixup(text)

    def _say_range(self) -> None:
        low, high = str(self.minimum()), str(self.maximum())
        if special := self.specialValueText():  # the least shown as words ("不得延期")
            said = self.tr("可填 %1 至 %2（%1 即“%3”）").replace("%3", special)
        else:
            said = self.tr("可填 %1 至 %2")
        said = said.replace("%1", low).replace("%2", high)
        # Beside the box, not under it: below are the next field and a dialog's message.
        QToolTip.showText(self.mapToGlobal(QPoint(self.width(), 0)), said, self)
        self.refused.emit(said)
