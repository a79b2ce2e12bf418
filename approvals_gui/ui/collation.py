"""Names in the order a Chinese office reads them: by pinyin (ICU's collation, through
Qt), not by character code (刘洋 before 陈静). In either interface language: the names
are Chinese."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCollator, QLocale

_CHINESE = QCollator(QLocale("zh_CN"))
_CHINESE.setNumericMode(True)  # 第2组 before 第10组


def in_pinyin_order(names: Iterable[str]) -> list[str]:
    """`names`, each once, in pinyin order."""
    return sorted(set(names), key=_CHINESE.sortKey)


def pinyin_ranks(names: Iterable[str]) -> dict[str, int]:
    """Each of `names` with its place in pinyin order: a sort key a list of 100,000 rows
    compares without calling back into Qt."""
    return {name: i for i, name in enumerate(in_pinyin_order(names))}
