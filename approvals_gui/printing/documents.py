"""Rich-text documents in Chinese, laid out by Qt and checked once written to PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QTextDocument

# Fonts with Chinese glyphs, in order of preference; Qt falls back further if none exists.
CJK_FAMILIES = ["Noto Serif CJK SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei", "SimSun"]


def document(html: str) -> QTextDocument:
    doc = QTextDocument()
    font = QFont()
    font.setFamilies(CJK_FAMILIES)
    font.setPointSize(12)
    doc.setDefaultFont(font)
    doc.setHtml(html)
    return doc


def check_written(path: Path) -> Path:
    """`path`, once its PDF writer is gone; QPdfWriter fails without telling."""
    if not path.is_file() or path.stat().st_size == 0:
        raise OSError(f"cannot write {path}")
    return path
