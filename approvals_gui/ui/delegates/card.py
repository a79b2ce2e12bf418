"""Paints the overdue board: full-width group headers and fixed-size cards."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QHelpEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
)

from approvals_gui.domain.board import Card, Group, Lane
from approvals_gui.ui.models.roles import Role

CARD_SIZE = QSize(264, 104)
HEADER_HEIGHT = 34
LANE_COLOURS = {Lane.BREACH: "#4a0000", Lane.RED: "#c62828", Lane.YELLOW: "#f9a825"}

Index = QModelIndex | QPersistentModelIndex


class CardDelegate(QStyledItemDelegate):
    """`header_text(group)`, `card_lines(card)` (four lines) and `card_tip(card)` (the
    card whole, and what it has no room for) come from the page."""

    def __init__(
        self,
        view: QListView,
        header_text: Callable[[Group], str],
        card_lines: Callable[[Card], tuple[str, str, str, str]],
        card_tip: Callable[[Card], str],
    ) -> None:
        super().__init__(view)
        self._view = view
        self._header_text = header_text
        self._card_lines = card_lines
        self._card_tip = card_tip

    def helpEvent(  # noqa: N802 (Qt's name)
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: Index,
    ) -> bool:
        card = index.data(Role.ITEM)
        if event.type() is QEvent.Type.ToolTip and isinstance(card, Card):
            QToolTip.showText(event.globalPos(), self._card_tip(card), view)
            return True
        return super().helpEvent(event, view, option, index)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        if isinstance(index.data(Role.ITEM), Group):
            # As wide as the view, so the next card starts a new row under the header.
            width = self._view.viewport().width() - 2 * self._view.spacing() - 4
            return QSize(max(width, CARD_SIZE.width()), HEADER_HEIGHT)
        return CARD_SIZE

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        item = index.data(Role.ITEM)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if isinstance(item, Group):
            self._paint_header(painter, option, item)
        elif isinstance(item, Card):
            self._paint_card(painter, option, item)
        painter.restore()

    def _paint_header(self, painter: QPainter, option: QStyleOptionViewItem, group: Group) -> None:
        rect = option.rect.adjusted(0, 8, 0, 0)
        font = QFont(option.font)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(option.palette.windowText().color())
        painter.drawText(
            rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self._header_text(group),
        )
        painter.setPen(QPen(option.palette.mid().color()))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())

    def _paint_card(self, painter: QPainter, option: QStyleOptionViewItem, card: Card) -> None:
        rect = option.rect.adjusted(1, 1, -1, -1)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        painter.setPen(
            QPen(
                palette.highlight().color() if selected else palette.mid().color(),
                2 if selected else 1,
            )
        )
        painter.setBrush(palette.base())
        painter.drawRoundedRect(rect, 6, 6)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(LANE_COLOURS[card.lane]))
        painter.drawRoundedRect(QRect(rect.x(), rect.y(), 6, rect.height()), 3, 3)
        title, party, step, countdown = self._card_lines(card)
        metrics = option.fontMetrics
        line = metrics.height() + 4
        text_rect = rect.adjusted(14, 8, -8, -6)
        bold = QFont(option.font)
        bold.setBold(True)
        lines = (
            (title, bold, palette.text().color()),
            (party, option.font, palette.text().color()),
            (step, option.font, palette.placeholderText().color()),
        )
        for row, (text, font, colour) in enumerate(lines):
            painter.setFont(font)
            painter.setPen(colour)
            target = QRect(text_rect.x(), text_rect.y() + row * line, text_rect.width(), line)
            elided = painter.fontMetrics().elidedText(
                text, Qt.TextElideMode.ElideRight, target.width()
            )
            painter.drawText(
                target, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided
            )
        painter.setFont(bold)
        painter.setPen(QColor("#6d4c00" if card.lane is Lane.YELLOW else "#b71c1c"))
        area = countdown_area(text_rect, line)
        room = painter.fontMetrics().horizontalAdvance
        text = held_together(countdown, lambda part: room(part) <= area.width())
        painter.drawText(area, COUNTDOWN_FLAGS, text)


# The countdown with its due date wraps onto the card's last two lines (long in English).
COUNTDOWN_FLAGS = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
_BRACKETED = re.compile(r"（[^）]*）|\([^)]*\)")
WORD_JOINER = "\u2060"
NO_BREAK_SPACE = "\u00a0"  # Qt breaks after a space even beside a word joiner


def held_together(text: str, fits: Callable[[str], bool]) -> str:
    """`text` with each bracketed part (the due date) kept on one line where it `fits`
    one: a wrap broke "（2026-12-03 到期）" between 到 and 期, "(due 2026-12-07)" after
    "due". One longer than a line ("(Acceptance notice due 2026-07-14)") wraps as it
    may: held, its end was cut off at the card's edge."""

    def held(found: re.Match[str]) -> str:
        part = found.group()
        return WORD_JOINER.join(part.replace(" ", NO_BREAK_SPACE)) if fits(part) else part

    return _BRACKETED.sub(held, text)


def countdown_area(text_rect: QRect, line: int) -> QRect:
    """Below the title, party and step lines, to the card's bottom."""
    top = text_rect.y() + 3 * line + 2
    return QRect(text_rect.x(), top, text_rect.width(), text_rect.bottom() - top + 1)
