"""How a figure's value is rounded for reading: to one decimal, a half rounded up, as
a spreadsheet shows the same value in a cell formatted 0.0 or 0.0% (Python's own
formatting rounds a half to even: 26/32 was 81.2% on screen, 81.3% in the workbook)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

_TENTH = Decimal("0.1")


def one_decimal(value: float) -> str:
    """2.25 → "2.3"."""
    return _tenths(_written(value))


def percent(share: float) -> str:
    """0.8125 → "81.3%"."""
    return f"{_tenths(_written(share) * 100)}%"


def tenths(value: float) -> float:
    """`one_decimal` as a number (a chart's value)."""
    return float(one_decimal(value))


def percent_points(share: float) -> float:
    """`percent` as a number: 0.8125 → 81.3."""
    return float(_tenths(_written(share) * 100))


def _written(value: float) -> Decimal:
    # The float as written (its shortest repr), not its binary value: 0.0125 is a half.
    return Decimal(repr(value))


def _tenths(value: Decimal) -> str:
    return str(value.quantize(_TENTH, ROUND_HALF_UP))
