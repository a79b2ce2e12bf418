"""Cells whose text wraps onto several lines, with room for the last line's descenders."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

Index = QModelIndex | QPersistentModelIndex

# Qt sizes a wrapped cell to its lines' height to the pixel, and the row's grid line
# takes one of them: the tail of the last line's "g" was cut ("Hearing", English).
SPARE_PIXELS = 4


class WrappedTextDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), hint.height() + SPARE_PIXELS)
