"""A Save-as-PDF button with Print preview in its drop-down: the preview sits beside the
PDF without widening a page's toolbar (and so the window's narrowest width)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

# Room the style needs past the button's right edge: Fusion draws the drop-down part's
# frame a pixel beyond it, so at a page's edge that frame was cut off.
EDGE_ROOM = 2


def pdf_button(
    text: str, preview_text: str, parent: QWidget | None = None
) -> tuple[QToolButton, QAction]:
    """The button (a click saves the PDF) and the preview action of its drop-down."""
    button = QToolButton(parent)
    button.setText(text)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
    menu = QMenu(button)
    preview = menu.addAction(preview_text)
    button.setMenu(menu)
    return button, preview
