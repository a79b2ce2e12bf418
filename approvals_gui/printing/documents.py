"""Rich-text documents in Chinese, laid out by Qt and checked once written to PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QTextDocument

from approvals_gui.printing.fonts import REPORT_FAMILIES, has_bold_style, printable_font

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


def writable(path: Path) -> Path:
    """`path`, emptied; refused (OSError, saying why) if it cannot be written. QPdfWriter
    fails without telling, and would leave an older file there looking written."""
    with path.open("wb"):
        pass
    return path


def check_written(path: Path) -> Path:
    """`path`, once its PDF writer is gone; QPdfWriter fails without telling."""
    if not path.is_file() or path.stat().st_size == 0:
        raise OSError(f"cannot write {path}")
    return path
