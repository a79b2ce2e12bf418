"""Custom item data roles."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Qt


class Role(IntEnum):
    STATUS = Qt.ItemDataRole.UserRole + 1  # domain Status of the row's clock
    SORT = Qt.ItemDataRole.UserRole + 2  # value the proxy sorts by
    ID = Qt.ItemDataRole.UserRole + 3  # application id
    ITEM = Qt.ItemDataRole.UserRole + 4  # the domain object a row shows
