"""Paints the countdown as a coloured chip: green, yellow, red, dark red (past the
statutory date), grey, or finished."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from approvals_gui.domain.clock import Status
from approvals_gui.ui.models.roles import Role
from approvals_gui.ui.strings import VARIANTS

# (background, text) per status; contrast checked against WCAG AA for the text size.
CHIP_COLOURS: dict[Status, tuple[str, str]] = {
    Status.NORMAL: ("#d7f0dc", "#1b5e20"),
    Status.DUE_SOON: ("#ffe9a8", "#6d4c00"),
    Status.OVERDUE: ("#c62828", "#ffffff"),
    Status.BREACH: ("#4a0000", "#ffffff"),  # darker than red: a breach of the law
    Status.PAUSED: ("#e0e0e0", "#424242"),
    Status.WITHIN_PROMISE: ("#e3f2fd", "#0d47a1"),
    Status.PAST_PROMISE: ("#eceff1", "#37474f"),
    Status.PAST_STATUTORY: ("#fde0e0", "#8e0000"),
    Status.CLOSED: ("#f5f5f5", "#757575"),
    Status.UNKNOWN: ("#4a148c", "#ffffff"),
}


MARGIN = 3  # around the chip, in its cell
PADDING = 16  # the chip's own, beside its text


# A decided application's chip colours: its wordings shorten one by one as the column
# narrows, each to what fits, and keep its days used in sight.
DECIDED = frozenset(
    {Status.WITHIN_PROMISE, Status.PAST_PROMISE, Status.PAST_STATUTORY, Status.CLOSED}
)


def fitting(text: str, metrics: QFontMetrics, cell_width: int) -> str:
    """The first of `text`'s length variants (strings.VARIANTS) whose chip fits a cell
    `cell_width` wide, else the shortest (elided where it is drawn)."""
    variants = text.split(VARIANTS)
    room = cell_width - 2 * MARGIN - PADDING
    return next((v for v in variants if metrics.horizontalAdvance(v) <= room), variants[-1])


def chip_wording(
    text: str, status: Status, metrics: QFontMetrics, cell_width: int, whole_need: int
) -> str:
    """What a chip says in a cell `cell_width` wide: a running application's chips all
    in their whole wording while the widest of them (`whole_need`, the cell's width)
    fits, else all in their shortest ("Accept in 2 days" beside "10 working days left"
    read as two kinds of day); a decided one's, `fitting`."""
    if status not in DECIDED:
        variants = text.split(VARIANTS)
        text = variants[0] if cell_width >= whole_need else variants[-1]
    return fitting(text, metrics, cell_width)


class CountdownDelegate(QStyledItemDelegate):
    """`whole_need`: the cell width the widest running chip listed needs in its whole
    wording (set by the list as it measures them)."""

    whole_need = 0

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        status = index.data(Role.STATUS)
        if status is None:
            super().paint(painter, option, index)
            return
        style = option.widget.style() if option.widget else None
        if style is not None:  # selection background first, so the chip sits on it
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget
            )
        background, foreground = CHIP_COLOURS[Status(status)]
        metrics = option.fontMetrics
        text = chip_wording(
            str(index.data(Qt.ItemDataRole.DisplayRole)),
            Status(status),
            metrics,
            option.rect.width(),
            self.whole_need,
        )
        width = min(metrics.horizontalAdvance(text) + PADDING, option.rect.width() - 2 * MARGIN)
        rect = QRectF(
            option.rect.x() + MARGIN,
            option.rect.y() + MARGIN,
            width,
            option.rect.height() - 2 * MARGIN,
        )
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(background))
        painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        painter.setPen(QColor(foreground))
        elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(width) - 12)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, elided)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width() + 24, max(hint.height(), option.fontMetrics.height() + 10))
