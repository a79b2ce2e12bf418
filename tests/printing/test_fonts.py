"""The faces chosen for what we print give real characters in a PDF's text layer."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QPdfWriter, QTextDocument
from pytestqt.qtbot import QtBot

from approvals_gui.printing.fonts import (
    BODY_FAMILIES,
    REPORT_FAMILIES,
    TITLE_FAMILIES,
    printable_families,
    shares_radical_glyphs,
)
from tests.notice_cases import pdf_text, radicals

SAMPLE = "日用生长见言行走金门风雨青工人口大小二十月年第三十二条〔2026〕：受理通知书"
NOTO = "Noto Sans CJK SC"
WQY = "WenQuanYi Micro Hei"


def printed(family: str, path: Path) -> str:
    """SAMPLE written to a PDF in `family` alone, read back."""
    font = QFont()
    font.setFamilies([family])
    font.setPointSize(16)
    doc = QTextDocument()
    doc.setDefaultFont(font)
    doc.setPlainText(SAMPLE)
    writer = QPdfWriter(str(path))
    doc.print_(writer)
    del writer
    return pdf_text(path)


def installed(family: str) -> None:
    if not QFontDatabase.hasFamily(family):
        pytest.skip(f"{family} is not installed")


def test_every_installed_face_we_would_choose_prints_real_characters(
    qtbot: QtBot, tmp_path: Path
) -> None:
    chosen = printable_families(BODY_FAMILIES + TITLE_FAMILIES + REPORT_FAMILIES)
    if not chosen:
        pytest.skip("none of the faces we choose from is installed")
    for family in dict.fromkeys(chosen):
        text = printed(family, tmp_path / "sample.pdf")
        assert SAMPLE in text, family
        assert radicals(text) == [], family


def test_a_face_that_writes_radicals_is_recognised_and_left_out(
    qtbot: QtBot, tmp_path: Path
) -> None:
    installed(NOTO)
    text = printed(NOTO, tmp_path / "noto.pdf")
    assert "⽇" in text and "日" not in text  # the problem itself: 日 comes out as ⽇
    assert shares_radical_glyphs(NOTO)
    assert printable_families([NOTO, WQY]) == ([WQY] if QFontDatabase.hasFamily(WQY) else [])


def test_the_fallback_face_is_right(qtbot: QtBot) -> None:
    installed(WQY)
    assert not shares_radical_glyphs(WQY)
    assert printable_families(["FangSong_GB2312", "No Such Face", WQY]) == [WQY]


def test_missing_faces_leave_an_installed_chinese_face_that_prints_right(qtbot: QtBot) -> None:
    chosen = printable_families(["No Such Face"])
    chinese = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    if not [f for f in chinese if not shares_radical_glyphs(f)]:
        pytest.skip("no Chinese face that prints real characters is installed")
    assert len(chosen) == 1 and chosen[0] in chinese
    assert not shares_radical_glyphs(chosen[0])
