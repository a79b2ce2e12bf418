"""A figure rounded for reading as a spreadsheet shows the same value: to one decimal,
a half rounded up."""

from __future__ import annotations

from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from approvals_gui.domain.rounding import one_decimal, percent, percent_points, tenths


def half_up(value: Fraction) -> str:
    """The exact value to one decimal, a half up (the reference, by fractions)."""
    tenths_ = value * 10
    whole = tenths_.numerator // tenths_.denominator
    if tenths_ - whole >= Fraction(1, 2):
        whole += 1
    return f"{whole // 10}.{whole % 10}"


@given(st.integers(1, 10_000).flatmap(lambda q: st.tuples(st.integers(0, q), st.just(q))))
def test_a_share_of_counts_is_its_exact_value_rounded_half_up(pq: tuple[int, int]) -> None:
    p, q = pq
    assert percent(p / q) == f"{half_up(Fraction(100 * p, q))}%"
    assert percent_points(p / q) == float(half_up(Fraction(100 * p, q)))


@given(st.integers(0, 100_000), st.integers(1, 400))
def test_an_average_of_days_is_its_exact_value_rounded_half_up(total: int, count: int) -> None:
    assert one_decimal(total / count) == half_up(Fraction(total, count))
    assert tenths(total / count) == float(half_up(Fraction(total, count)))


def test_halves_go_up_where_formatting_went_to_even() -> None:
    assert f"{26 / 32:.1%}" == "81.2%"  # what the window showed; the workbook said 81.3%
    assert percent(26 / 32) == "81.3%"
    assert percent(1 / 80) == "1.3%"
    assert one_decimal(2.25) == "2.3"
    assert percent(1.0) == "100.0%" and percent(0.0) == "0.0%"
