"""A spin box that says what it refuses.

QSpinBox drops a keystroke that would take its number out of range without a word: 70
typed where at most 60 is allowed shows 7, a valid number and the wrong one; a number
under the least (0 where 1 is) goes back to the last one as the box is left. This one
says the range beside the box as it does either.

A hint of its own, not a QToolTip: Qt puts a tooltip a cursor's height below the point
it is given (over the field below), and hides it as the focus moves on, which is just
when a number under the least is put back."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QValidator
from PySide6.QtWidgets import QFrame, QLabel, QSpinBox, QToolTip, QWidget

from approvals_gui.domain.text import half_width

HINT_MS = 4000  # how long the range stays in view


class SpinBox(QSpinBox):
    """`refused(text)` as a keystroke is refused or a number put back, with what the
    hint beside the box (`hint`) says."""

    refused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hint = QLabel(self, Qt.WindowType.ToolTip)  # a window that takes no focus
        self.hint.setPalette(QToolTip.palette())
        self.hint.setAutoFillBackground(True)
        self.hint.setFrameShape(QFrame.Shape.Box)
        self.hint.setMargin(3)
        self._hide_hint = QTimer(self)
        self._hide_hint.setSingleShot(True)
        self._hide_hint.setInterval(HINT_MS)
        self._hide_hint.timeout.connect(self.hint.hide)

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        # An input method left in 全角 types １２: the number 12, not a refused keystroke.
        result = super().validate(half_width(text), pos)
        if result[0] == QValidator.State.Invalid:
            self._say_range()
        return result

    def fixup(self, text: str) -> str:
        # Called as the box is left with a number it cannot take: Qt puts the last back.
        self._say_range()
        return super().fixup(text)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt's name)
        self.hint.hide()  # a dialog closed: not left floating where it was
        super().hideEvent(event)

    def _say_range(self) -> None:
        low, high = str(self.minimum()), str(self.maximum())
        if special := self.specialValueText():  # the least shown as words ("不得延期")
            said = self.tr("可填 %1 至 %2（%1 即“%3”）").replace("%3", special)
        else:
            said = self.tr("可填 %1 至 %2")
        said = said.replace("%1", low).replace("%2", high)
        self.hint.setText(said)
        self.hint.adjustSize()
        # Beside the box, level with it, and on the screen.
        place = self.mapToGlobal(
            QPoint(self.width() + 4, (self.height() - self.hint.height()) // 2)
        )
        screen = self.screen().availableGeometry()
        place.setX(min(place.x(), screen.right() - self.hint.width()))
        self.hint.move(place)
        self.hint.show()
        self._hide_hint.start()
        self.refused.emit(said)
