"""A date typed in a form: every real date in each form an office writes it, and no
impossible one, read exactly (a date field that changed 2026-02-30 into 2026-02-03 put a
wrong date on the record without a word)."""

from __future__ import annotations

from calendar import monthrange
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from approvals_gui.domain.errors import DomainError, ErrorCode
from approvals_gui.domain.imports import typed_day


@given(st.dates(min_value=date(1000, 1, 1)))
def test_every_date_is_read_back_in_each_form(day: date) -> None:
    y, m, d = day.year, day.month, day.day
    forms = (
        day.isoformat(),
        f"{y}/{m}/{d}",
        f"{y}.{m}.{d}",
        f"{y}年{m}月{d}日",
        f"{y}{m:02}{d:02}",
        f" {y}-{m}-{d} ",
    )
    assert {typed_day(text) for text in forms} == {day}
    # As an input method left in 全角 types them (２０２６－１１－５).
    assert {typed_day(text.translate(_FULL_WIDTH)) for text in forms} == {day}


_FULL_WIDTH = {c: c + 0xFEE0 for c in range(0x21, 0x7F)} | {0x20: 0x3000}


@given(st.integers(2000, 2060), st.integers(1, 12), st.integers(29, 31))
def test_a_day_past_its_months_end_is_refused_not_moved(year: int, month: int, day: int) -> None:
    try:
        real = date(year, month, day)
    except ValueError:
        real = None
    if real is not None:
        assert typed_day(f"{year}-{month}-{day}") == real
        return
    with pytest.raises(DomainError) as caught:
        typed_day(f"{year}-{month}-{day}")
    # Said as what it is: the form is right, the month is shorter.
    assert caught.value.code is ErrorCode.NO_SUCH_DAY
    assert caught.value.params["days"] == monthrange(year, month)[1] < day


@given(st.integers(2000, 2060), st.integers(0, 99), st.integers(1, 28))
def test_a_month_that_is_none_is_said_as_such(year: int, month: int, day: int) -> None:
    """2026-13-01 was refused as if its form were wrong ("write it like 2027-10-01")."""
    text = f"{year}-{month:02}-{day:02}"
    if 1 <= month <= 12:
        assert typed_day(text) == date(year, month, day)
        return
    with pytest.raises(DomainError) as caught:
        typed_day(text)
    assert caught.value.code is ErrorCode.NO_SUCH_MONTH
    assert caught.value.params["text"] == text


@pytest.mark.parametrize("text", ["", "2026-12-00", "26-12-01", "2026-12", "明天"])
def test_what_is_no_date_is_refused_with_its_text(text: str) -> None:
    with pytest.raises(DomainError) as caught:
        typed_day(text)
    assert caught.value.code is ErrorCode.INVALID_DATE
    assert caught.value.params["text"] == text.strip()


def test_a_date_beyond_the_calendar_is_read_for_the_form_to_refuse() -> None:
    """The calendar's range is the form's check (DATE_OUT_OF_RANGE, said beside the
    field), not the reading's."""
    assert typed_day("1999-12-31") == date(1999, 12, 31)
