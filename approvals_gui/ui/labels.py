"""Labels for text that users typed (project and enterprise names, remarks, and messages
that quote them): always plain text, so markup in a name is shown as typed, never drawn.
Qt's default guesses, and renders anything that looks like HTML. And the colours every
message beside a form is shown in, and a label that keeps its width as its text changes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

ERROR_COLOUR = "#b71c1c"
ERROR_STYLE = f"color: {ERROR_COLOUR};"  # refused, or must be corrected
CAUTION_STYLE = "color: #8e4b00;"  # to check, not an error
HINT_STYLE = "color: #555555;"  # still to fill in, before anything is wrong


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """Ask yes or no about something that quotes user data; True for yes. Every such
    question is before a step not lightly taken back (an undo, a refusal, a restore),
    so Enter answers no."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    answer = box.exec()
    box.deleteLater()
    return answer == QMessageBox.StandardButton.Yes


def tell(parent: QWidget, title: str, text: str) -> None:
    """Say something that quotes user data (taken as it is, never as markup)."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()
    box.deleteLater()


def discard_edits(parent: QWidget) -> bool:
    """Ask whether to give up edits not saved yet (another item picked); True to give
    them up."""
    return confirm(
        parent,
        QCoreApplication.translate("labels", "放弃修改"),
        QCoreApplication.translate("labels", "此处的修改尚未保存。放弃这些修改吗？"),
    )


class SteadyLabel(QLabel):
    """A label that asks for the width of the widest text it will show (`set_widest`),
    so that what stands beside it stays put as its text changes; short of room, it
    gives that back, down to its own text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._widest = ""

    def set_widest(self, text: str) -> None:
        if text != self._widest:
            self._widest = text
            self.updateGeometry()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        hint = super().sizeHint()
        # A pixel each side for a font that overhangs its advance.
        widest = self.fontMetrics().horizontalAdvance(self._widest) + 2
        return QSize(max(hint.width(), widest), hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return super().sizeHint()
