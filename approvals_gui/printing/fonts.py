"""Fonts for what we print: faces whose PDF text layer holds real characters.

Qt's PDF writer maps each glyph back to one character for the text layer (its ToUnicode
table): the lowest code point the font's character map gives that glyph. Faces such as
Noto Sans/Serif CJK map a Kangxi radical or a CJK radical supplement character
(U+2E80–U+2FDF) to the same glyph as the ideograph (⽇ and 日), so the PDF says ⽇ where
the page shows 日, and search and copy break. Which faces do that is read from each
face's character map here, whatever its name, and those faces are left out.

The preference lists name the faces of an office PC first (Windows, then macOS), then
faces a Linux desk can install (Debian's fonts-arphic-ukai and fonts-arphic-uming), then
WenQuanYi Micro Hei, the fallback CI installs. Only installed faces are named to Qt:
given a missing family, Qt asks fontconfig for a substitute, which may be a Noto face.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from PySide6.QtGui import QFont, QFontDatabase, QRawFont

# GB/T 9704-2012: body text in 仿宋 (FangSong), 三号.
BODY_FAMILIES = (
    "FangSong_GB2312",
    "仿宋_GB2312",
    "FangSong",
    "仿宋",
    "STFangsong",
    "华文仿宋",
    "AR PL UKai CN",  # 楷体, the usual stand-in for 仿宋 where it is missing
    "AR PL UMing CN",
    "WenQuanYi Micro Hei",
)
# Titles in 小标宋, 二号; 宋体 in bold where an office has no 方正 fonts.
XIAOBIAOSONG = ("方正小标宋简体", "FZXiaoBiaoSong-B05S", "方正小标宋_GBK", "FZXiaoBiaoSong-B05")
TITLE_FAMILIES = (
    *XIAOBIAOSONG,
    "SimSun",
    "宋体",
    "STSong",
    "华文宋体",
    "AR PL UMing CN",
    "WenQuanYi Micro Hei",
)
# Reports, tables and charts: a plain sans face reads best in small print.
REPORT_FAMILIES = (
    "Microsoft YaHei",
    "微软雅黑",
    "SimHei",
    "黑体",
    "PingFang SC",
    "Hiragino Sans GB",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "SimSun",
    "宋体",
    "AR PL UMing CN",
)

RADICALS = "".join(map(chr, range(0x2E80, 0x2FE0)))  # CJK radicals supplement, Kangxi
IDEOGRAPHS = "".join(map(chr, range(0x4E00, 0xA000)))  # CJK unified ideographs


@cache
def shares_radical_glyphs(family: str) -> bool:
    """Whether `family` draws a radical and an ideograph with one glyph (and so writes
    the radical into a PDF's text layer)."""
    raw = QRawFont.fromFont(QFont(family))
    radicals = set(raw.glyphIndexesForString(RADICALS)) - {0}
    return not radicals.isdisjoint(raw.glyphIndexesForString(IDEOGRAPHS))


def printable_families(preferred: Sequence[str]) -> list[str]:
    """The faces of `preferred` installed here that give real characters, in order.

    With none of them installed: the first installed Simplified Chinese face that gives
    real characters, so Qt is not left to pick one; empty only if there is none.
    """
    found = [
        name
        for name in preferred
        if QFontDatabase.hasFamily(name) and not shares_radical_glyphs(name)
    ]
    if found:
        return found
    chinese = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    return [name for name in chinese if not shares_radical_glyphs(name)][:1]


def printable_font(preferred: Sequence[str], point_size: float) -> QFont:
    """A font of `point_size` points over the printable faces of `preferred`."""
    font = QFont()
    font.setFamilies(printable_families(preferred))
    font.setPointSizeF(point_size)
    return font


def title_font(point_size: float) -> QFont:
    """小标宋 of `point_size`; another face in bold where it has a bold style, as 小标宋 is
    a heavy Song face. Never a bold Qt makes up: its PDF writer draws such text twice,
    and a reader that copies both gets every word doubled."""
    font = printable_font(TITLE_FAMILIES, point_size)
    first = font.families()[0] if font.families() else ""
    font.setBold(first not in XIAOBIAOSONG and has_bold_style(first))
    return font


def has_bold_style(family: str) -> bool:
    bold = QFont.Weight.DemiBold.value
    return any(
        QFontDatabase.weight(family, style) >= bold for style in QFontDatabase.styles(family)
    )
