"""Paints a navigation entry's count at its right edge (我的事项 12, 超期看板 3 in red),
so the entry's text stays its name for the menus, shortcuts and screen readers (#13)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

COUNT_ROLE = Qt.ItemDataRole.UserRole + 1  # int, or None for no count
ALERT_ROLE = Qt.ItemDataRole.UserRole + 2  # True: a count that calls for action, in red
PARTIAL_ROLE = Qt.ItemDataRole.UserRole + 3  # True: more is still loading, greyed
ROOM_ROLE = Qt.ItemDataRole.UserRole + 4  # int: the largest count to make room for
ALERT_COLOUR = "#c62828"  # the countdown chip's red
MARGIN = 6


class NavCountDelegate(QStyledItemDelegate):
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        count = index.data(COUNT_ROLE)
        if count is None:
            super().paint(painter, option, index)
            return
        # The whole entry's background first (the selection under the count too), then
        # the name, which gives way to the count (elided) where the list is narrow.
        panel = QStyleOptionViewItem(option)
        self.initStyleOption(panel, index)
        style = panel.widget.style() if panel.widget is not None else QApplication.style()
        style.drawPrimitive(
            QStyle.PrimitiveElement.PE_PanelItemViewItem, panel, painter, panel.widget
        )
        room = QStyleOptionViewItem(option)
        room.rect = option.rect.adjusted(
            0, 0, -(option.fontMetrics.horizontalAdvance(f" {count}") + MARGIN), 0
        )
        super().paint(painter, room, index)
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        colour = option.palette.color(role)
        if index.data(PARTIAL_ROLE) and not selected:  # not all counted yet: not final
            colour = option.palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        elif index.data(ALERT_ROLE) and not selected:
            colour = QColor(ALERT_COLOUR)
        painter.setPen(colour)
        rect = option.rect.adjusted(0, 0, -MARGIN, 0)
        align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(rect, align, str(count))
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        count = index.data(COUNT_ROLE)
        room = index.data(ROOM_ROLE)
        if count is not None or room is not None:
            # As wide as the larger: the list beside does not move as rows come in.
            widest = max(count or 0, room or 0)
            width = option.fontMetrics.horizontalAdvance(f"  {widest}")
            size.setWidth(size.width() + width + MARGIN)
        return size
