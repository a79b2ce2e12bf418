"""Rich-text documents in Chinese, laid out by Qt and checked once written to PDF."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QPointF
from PySide6.QtGui import (
    QPagedPaintDevice,
    QPainter,
    QPdfWriter,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextLine,
)

from approvals_gui.printing.fonts import REPORT_FAMILIES, has_bold_style, printable_font
from approvals_gui.services.files import write_through

Paint = Callable[[QPagedPaintDevice], object]  # draws a document on a device

# Bold is left out where the face has no bold style: Qt's PDF writer would make it up by
# drawing each word twice, and copying from the PDF would double it.
NO_MADE_UP_BOLD = "h1, h2, h3, h4, th, b, strong { font-weight: normal; }"


def document(html: str) -> QTextDocument:
    """`html` over the report faces (fonts.py says why these), 12 pt."""
    doc = QTextDocument()
    font = printable_font(REPORT_FAMILIES, 12)
    doc.setDefaultFont(font)
    if not font.families() or not has_bold_style(font.families()[0]):
        doc.setDefaultStyleSheet(NO_MADE_UP_BOLD)
    doc.setHtml(html)
    return doc


def page_lines(doc: QTextDocument, page: int) -> Iterator[tuple[QPointF, QTextLine]]:
    """The lines of `doc`, paginated by its page size, that begin on `page`, in table
    cells too, each with the origin it is drawn from."""
    height = doc.pageSize().height()
    top, bottom = page * height, (page + 1) * height
    layout = doc.documentLayout()
    block = doc.begin()
    while block.isValid():
        text = block.layout()
        # Where Qt draws the block's layout from: the top left of its bounding rect (Qt 6
        # puts it at the layout's position, in a table cell the cell's place added).
        origin = layout.blockBoundingRect(block).topLeft()
        for i in range(text.lineCount()):
            line = text.lineAt(i)
            if top <= origin.y() + line.y() < bottom:
                yield origin, line
        block = block.next()


def draw_page_text(doc: QTextDocument, painter: QPainter, page: int) -> None:
    """The text of `page` of `doc`, each line alone, at the document's own place. Qt's
    drawing of a page (`drawContents` clipped to it) also drew, out of sight, the line
    before it on the page before, which search and copy then found twice."""
    for origin, line in page_lines(doc, page):
        line.draw(painter, origin)


def keep_foot_with_text(doc: QTextDocument, foot: QTextBlock) -> None:
    """`foot` and the blocks after it (the authority, the date, a note) on one page and
    never alone on it (GB/T 9704 7.3.5): when they would be, the last two lines of the
    paragraph before them go over with them, or the whole paragraph if it is that
    short. (A document ends in a paragraph: after a form alone, nothing could go.)"""
    height = doc.pageSize().height()
    doc.pageCount()  # laid out to the end: Qt lays a document out as it is asked about
    layout = doc.documentLayout()
    paragraph = foot.previous()
    text = paragraph.layout()
    if text.lineCount() == 0:
        return
    last = layout.blockBoundingRect(paragraph).top() + text.lineAt(text.lineCount() - 1).y()
    # Qt may leave the document's last line across a page's foot: counted by its end.
    end = layout.blockBoundingRect(doc.lastBlock()).bottom() - 1
    if len({last // height, layout.blockBoundingRect(foot).top() // height, end // height}) == 1:
        return
    cursor = QTextCursor(paragraph)
    over = paragraph.blockFormat()
    over.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    if text.lineCount() > 2:  # the same paragraph, going on at the head of the page
        cursor.setPosition(paragraph.position() + text.lineAt(text.lineCount() - 2).textStart())
        over.setTextIndent(0)
        cursor.insertBlock(over)
    else:
        cursor.setBlockFormat(over)


def writable(path: Path) -> Path:
    """`path`, emptied; refused (OSError, saying why) if it cannot be written. QPdfWriter
    fails without telling, and would leave an older file there looking written."""
    with path.open("wb"):
        pass
    return path


def check_written(path: Path) -> Path:
    """`path`, once its PDF writer is gone, if it is a whole PDF: QPdfWriter fails without
    telling, and a file cut short (a full disk) lacks the end a PDF closes with."""
    whole = False
    if path.is_file() and path.stat().st_size:
        with path.open("rb") as file:
            file.seek(max(0, path.stat().st_size - 1024))
            whole = b"%%EOF" in file.read()
    if not whole:
        raise OSError(errno.EIO, os.strerror(errno.EIO), str(path))
    return path


def pdf_writer(path: Path, title: str, resolution: int) -> QPdfWriter:
    """A PDF writer on `path` (emptied first: `writable`), its document named `title`."""
    writer = QPdfWriter(str(writable(path)))
    writer.setResolution(resolution)
    writer.setTitle(title)
    writer.setCreator("一次办结")
    return writer


def write_pdf(path: Path, title: str, resolution: int, paint: Paint) -> Path:
    """The PDF `paint` draws (on a `pdf_writer`), written whole or not at all (through a
    file beside `path`): a refusal halfway leaves an earlier file of that name as it was,
    and a long one may be stopped (Cancelled, raised by `paint`)."""

    def save(target: Path) -> None:
        device = pdf_writer(target, title, resolution)
        paint(device)
        del device  # the file is complete once the writer is gone
        check_written(target)

    return write_through(path, save)
