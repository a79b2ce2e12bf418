"""Parts the detail panes (an application's, a 12369 case's) are built from: forms on
scrolling pages, selectable values, and emptying a layout to fill it again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from approvals_gui.ui.labels import plain_label


def scroll_area(page: QWidget) -> QScrollArea:
    """`page` scrolling up and down, never sideways, without a frame of its own."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(page)
    return area


def scrolled_form(form: QFormLayout) -> QScrollArea:
    """A form on a page that scrolls up and down when the window is short, and wraps
    its values rather than scroll sideways."""
    page = QWidget()
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    outer = QVBoxLayout(page)
    outer.addLayout(form)
    outer.addStretch(1)
    return scroll_area(page)


def selectable(text: str) -> QLabel:
    """A value the clerk can select and copy, wrapped to the pane's width."""
    label = plain_label(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def clear_layout(layout: QFormLayout | QGridLayout) -> None:
    """Empty a layout before it is filled again."""
    if isinstance(layout, QFormLayout):  # taking items leaves empty rows behind
        while layout.rowCount():
            layout.removeRow(0)  # deletes the row's widgets too
        return
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()  # gone at once; deleted when control returns to the event loop
            widget.deleteLater()
