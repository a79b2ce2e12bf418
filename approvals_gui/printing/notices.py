"""Written notices laid out after GB/T 9704-2012 (党政机关公文格式), printed through Qt to
a PDF file (QPdfWriter), a printer or a print preview (QPrinter).

A4, margins 37 mm top, 35 bottom, 28 left, 26 right: a text area of 156 × 225 mm holding
22 lines of 28 characters of 三号 (16 pt) 仿宋. The issuing authority in red at the top,
the document number (发文字号) two lines below it and a red rule 4 mm under that; the
title in 二号 (22 pt) 小标宋 two lines below the rule; the addressee flush left; the
body indented two characters; the authority and the date at the foot, the date four
characters from the right and the authority centred over it, with room above for the
seal; the note (附注) under the date. Lengths are in the device's own dots.
"""

from __future__ import annotations

import re
from functools import partial
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPen,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

from approvals_gui.printing.documents import (
    draw_page_text,
    keep_foot_with_text,
    write_pdf,
)
from approvals_gui.printing.fonts import BODY_FAMILIES, printable_font, title_font
from approvals_gui.printing.notice_text import Notice, chinese_date

MARGINS_MM = QMarginsF(28, 37, 26, 35)  # left, top, right, bottom
LINES_PER_PAGE = 22
CHARS_PER_LINE = 28
BODY_PT = 16  # 三号
TITLE_PT = 22  # 二号
AUTHORITY_PT = 26  # the red header: as large as fits, at most this
PAGE_NUMBER_PT = 14  # 四号
RED = QColor("#d7000f")
RULE_GAP_MM = 4  # from the document number down to the red rule
RULE_MM = 0.5
PAGE_NUMBER_GAP_MM = 7  # from the text area down to the page number
RESOLUTION = 1200
# A date (2025年3月5日) or an application's number is never split across two lines: word
# joiners between its characters hold it whole (the text layer reads without them).
_WHOLE = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日|HP\d{4}-\d+")
WORD_JOINER = "\u2060"
LINE_SEPARATOR = "\u2028"  # a line break within a paragraph (QTextDocument)
FIXED = QTextBlockFormat.LineHeightTypes.FixedHeight
# Line pitch, as a share of 1/22 of the text area; the tightest still leaves over a
# quarter of a character between lines (7.2 mm lines of 5.6 mm characters), room that
# an authority of 60 characters, three lines at the head and three at the foot, needs.
TIGHTNESS = (1.0, 0.95, 0.9, 0.85, 0.8, 0.75, 0.7)
PROBE = 1000.0  # a length to measure how Qt scales lengths on a device
WIDE = 100 * PROBE  # a text width the probe's right margin fits in, however scaled


def page_layout() -> QPageLayout:
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        MARGINS_MM,
        QPageLayout.Unit.Millimeter,
    )


class _Units:
    """Millimetres and points in a device's dots, and the dots a QTextDocument length
    stands for on the device, across (margins, indents) and down (margins, fixed line
    heights). Qt scales the vertical ones from the screen's resolution to the device's
    and the horizontal ones not, so both are measured on a probe, not assumed."""

    def __init__(self, device: QPagedPaintDevice) -> None:
        self.dpi = device.logicalDpiY()
        probe = QTextDocument()
        probe.documentLayout().setPaintDevice(device)
        probe.setDocumentMargin(0)
        probe.setTextWidth(WIDE)
        cursor = QTextCursor(probe)
        cursor.insertText("x")
        block = QTextBlockFormat()
        block.setTopMargin(PROBE)
        block.setRightMargin(PROBE)
        cursor.insertBlock(block)
        cursor.insertText("x")
        layout = probe.documentLayout()
        first, second = (layout.blockBoundingRect(b) for b in (probe.begin(), probe.lastBlock()))
        self.across = (WIDE - second.width()) / PROBE
        self.down = (second.top() - first.bottom()) / PROBE

    def mm(self, value: float) -> float:
        return value * self.dpi / 25.4

    def pt(self, value: float) -> float:
        return value * self.dpi / 72


class _Layout:
    """The notice as a QTextDocument paginated to the text area, plus what is drawn
    beside it: the red rule under the document number, and page numbers."""

    def __init__(self, notice: Notice, device: QPagedPaintDevice, tightness: float) -> None:
        self.units = u = _Units(device)
        self.device = device
        area = device.pageLayout().paintRectPixels(int(u.dpi))
        self.size = QSizeF(area.width(), area.height())
        self.pitch = self.size.height() / LINES_PER_PAGE * tightness
        self.body = printable_font(BODY_FAMILIES, BODY_PT)
        # Characters a hair narrower than 三号 (15.8 pt), so that 28 fill a line; measured,
        # as the face's advance at the device's resolution is not exactly 16 pt.
        advance = QFontMetricsF(self.body, device).horizontalAdvance("国")
        grid = 100 * self.char_width() / advance - 0.01
        self.body.setLetterSpacing(QFont.SpacingType.PercentageSpacing, grid)
        self.title = title_font(TITLE_PT)
        self.doc = QTextDocument()
        self.doc.documentLayout().setPaintDevice(device)
        self.doc.setDocumentMargin(0)
        self.doc.setPageSize(self.size)
        self.cursor = QTextCursor(self.doc)
        self._fill(notice)
        self.number_block = self.doc.findBlockByNumber(1)
        keep_foot_with_text(self.doc, self.foot)

    def char_width(self) -> float:
        return self.size.width() / CHARS_PER_LINE

    def _block(
        self,
        text: str,
        font: QFont,
        *,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
        indent: float = 0,
        space_above: float = 0,
        right: float = 0,
        colour: QColor | None = None,
        first: bool = False,
        at_least: bool = False,
    ) -> None:
        """A paragraph on the grid of LINES_PER_PAGE lines; `at_least`: a larger face's
        lines may be taller than the grid's."""
        block = QTextBlockFormat()
        block.setAlignment(align)
        u = self.units
        block.setTextIndent(indent / u.across)
        block.setTopMargin(space_above / u.down)
        block.setRightMargin(right / u.across)
        kind = QTextBlockFormat.LineHeightTypes.MinimumHeight if at_least else FIXED
        block.setLineHeight(self.pitch / u.down, kind.value)
        char = QTextCharFormat()
        char.setFont(font)
        if colour is not None:
            char.setForeground(colour)
        if first:
            self.cursor.setBlockFormat(block)
            self.cursor.setBlockCharFormat(char)
        else:
            self.cursor.insertBlock(block, char)
        self.cursor.insertText(text, char)

    def _fill(self, n: Notice) -> None:
        centre, right = Qt.AlignmentFlag.AlignHCenter, Qt.AlignmentFlag.AlignRight
        header = self._authority_font(n.authority)
        across = self.size.width()
        heading = self._balanced(n.authority, header, across)
        self._block(heading, header, align=centre, colour=RED, first=True, at_least=True)
        self._block(n.number, self.body, align=centre, space_above=2 * self.pitch)
        rule_room = self.units.mm(RULE_GAP_MM + RULE_MM)
        title_room = rule_room + 2 * self.pitch
        self._block(n.title, self.title, align=centre, space_above=title_room, at_least=True)
        self._block(n.addressee + "：", self.body, space_above=self.pitch)
        for paragraph in n.paragraphs:
            self._block(unbroken(paragraph), self.body, indent=2 * self.char_width())
        date = chinese_date(n.signed_on)
        date_right = 4 * self.char_width()
        width = QFontMetricsF(self.body, self.device).horizontalAdvance
        authority_right = max(0.0, date_right + (width(date) - width(n.authority)) / 2)
        signature = self._balanced(n.authority, self.body, across - authority_right)
        self._block(
            signature, self.body, align=right, right=authority_right, space_above=2 * self.pitch
        )  # room for the seal
        self.foot = self.cursor.block()  # the authority, the date and the note under it
        self._block(date, self.body, align=right, right=date_right)
        self._block(n.note, self.body, indent=2 * self.char_width())

    def _authority_font(self, text: str) -> QFont:
        """The title face, as large as fits on one line, at most AUTHORITY_PT."""
        font = QFont(self.title)
        size = float(AUTHORITY_PT)
        font.setPointSizeF(size)
        while size > BODY_PT and (
            QFontMetricsF(font, self.device).horizontalAdvance(text) > self.size.width()
        ):
            size -= 1
            font.setPointSizeF(size)
        return font

    def _balanced(self, text: str, font: QFont, width: float) -> str:
        """`text` in as few lines as `width` holds, of even lengths: a long authority
        reads as two halves, not a full line and a stub."""
        advance = QFontMetricsF(font, self.device).horizontalAdvance
        lines = 1
        while lines < len(text) and max(map(advance, _split(text, lines))) > width:
            lines += 1
        return LINE_SEPARATOR.join(_split(text, lines))

    def rule_y(self) -> float:
        """Where the red rule runs: 4 mm under the document number."""
        rect = self.doc.documentLayout().blockBoundingRect(self.number_block)
        return rect.bottom() + self.units.mm(RULE_GAP_MM + RULE_MM / 2)

    def paint(self, painter: QPainter) -> int:
        pages = self.doc.pageCount()
        for page in range(pages):
            if page:
                self.device.newPage()
            painter.save()
            painter.translate(0, -page * self.size.height())
            draw_page_text(self.doc, painter, page)
            painter.restore()
            if page == 0:
                painter.setPen(QPen(RED, self.units.mm(RULE_MM)))
                y = self.rule_y()
                painter.drawLine(QPointF(0, y), QPointF(self.size.width(), y))
            if pages > 1:
                draw_page_number(painter, self.device, self.size, page + 1, self.char_width())
        return pages


def _split(text: str, lines: int) -> list[str]:
    """`text` cut into `lines` pieces whose lengths differ by one at most, longer first."""
    size, longer = divmod(len(text), lines)
    cuts = [i * size + min(i, longer) for i in range(lines + 1)]
    return [text[a:b] for a, b in zip(cuts, cuts[1:], strict=False)]


def draw_page_number(
    painter: QPainter, device: QPagedPaintDevice, area: QSizeF, number: int, inset: float
) -> None:
    """ "— 1 —" under the text `area`: odd pages `inset` (a character of the text) from
    the right, even ones from the left (GB/T 9704 7.5)."""
    font = printable_font(BODY_FAMILIES, PAGE_NUMBER_PT)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    text = f"— {number} —"
    width = QFontMetricsF(font, device).horizontalAdvance(text)
    x = area.width() - inset - width if number % 2 else inset
    dots = device.logicalDpiY()
    top = area.height() + PAGE_NUMBER_GAP_MM * dots / 25.4
    painter.drawText(QRectF(x, top, width, PAGE_NUMBER_PT * dots / 72 * 1.5), text)


def unbroken(text: str) -> str:
    """`text` with its dates and application numbers each held on one line."""
    return _WHOLE.sub(lambda found: WORD_JOINER.join(found.group()), text)


def paint_notice(notice: Notice, device: QPagedPaintDevice) -> int:
    """Lay `notice` out on `device` (a PDF writer or a printer); returns the pages."""
    device.setPageLayout(page_layout())
    layout = _fitted(notice, device)
    painter = QPainter(device)
    try:
        return layout.paint(painter)
    finally:
        painter.end()


def _fitted(notice: Notice, device: QPagedPaintDevice) -> _Layout:
    """The notice on one page if tighter lines make it fit, rather than leave the
    signature and date alone on a second page (GB/T 9704 7.3.5.4: 调整行距)."""
    for tightness in TIGHTNESS:
        layout = _Layout(notice, device, tightness)
        if layout.doc.pageCount() == 1:
            return layout
    return _Layout(notice, device, 1.0)


def write_notice_pdf(notice: Notice, path: Path) -> Path:
    """Print `notice` to an A4 PDF at `path`, whole or not at all (`write_pdf`)."""
    title = f"{notice.title} {notice.number}"
    return write_pdf(path, title, RESOLUTION, partial(paint_notice, notice))
