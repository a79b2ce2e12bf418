"""Spin boxes of days whose unit agrees with the number shown: " 1 working day",
" 2 working days" (a fixed suffix reads "1 working days" in English)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QSpinBox


def workdays(n: int) -> str:
    return QCoreApplication.translate("spin_units", " 个工作日", None, n)


def days(n: int) -> str:
    return QCoreApplication.translate("spin_units", " 天", None, n)


def calendar_days(n: int) -> str:
    return QCoreApplication.translate("spin_units", " 个自然日", None, n)


def count_in(spin: QSpinBox, unit: Callable[[int], str]) -> None:
    """Show `unit` after `spin`'s number, in the form that number takes, as it changes."""
    spin.setSuffix(unit(spin.value()))
    spin.valueChanged.connect(lambda n: spin.setSuffix(unit(n)))
