"""The overdue board as one list: a header row per group, then that group's cards."""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from approvals_gui.domain.board import Card, CardKind, Group
from approvals_gui.ui.models.roles import Role

Index = QModelIndex | QPersistentModelIndex


class BoardModel(QAbstractListModel):
    """Row data is a `Group` (a header) or a `Card`, under `Role.ITEM`; a collapsed
    group is its header alone."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Group | Card] = []

    def set_groups(self, groups: list[Group], collapsed: Collection[str] = ()) -> None:
        self.beginResetModel()
        rows: list[Group | Card] = []
        for group in groups:
            rows.append(group)
            if group.key not in collapsed:
                rows.extend(group.cards)
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Role.ITEM:
            return row
        if role == Role.ID and isinstance(row, Card):
            return row.item_id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if isinstance(self._rows[index.row()], Card):
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return Qt.ItemFlag.ItemIsEnabled

    def row_of(self, kind: CardKind, item_id: int) -> int | None:
        for row, item in enumerate(self._rows):
            if isinstance(item, Card) and (item.kind, item.item_id) == (kind, item_id):
                return row
        return None
