"""Custom item data roles, and the row a right-click picks by them."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView


class Role(IntEnum):
    STATUS = Qt.ItemDataRole.UserRole + 1  # domain Status of the row's clock
    SORT = Qt.ItemDataRole.UserRole + 2  # value the proxy sorts by
    ID = Qt.ItemDataRole.UserRole + 3  # application id
    ITEM = Qt.ItemDataRole.UserRole + 4  # the domain object a row shows


def picked_at(table: QAbstractItemView, pos: QPoint) -> tuple[int, QPoint] | None:
    """The id of the row under `pos` (in `table`'s viewport), made the current row,
    and where that is on the screen; None off the rows."""
    index = table.indexAt(pos)
    if not index.isValid():
        return None
    table.setCurrentIndex(index)
    return int(index.data(Role.ID)), table.viewport().mapToGlobal(pos)
