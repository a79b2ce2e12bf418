"""Reading a year's holiday schedule from CSV: kinds, dates, headers and bad rows."""

from __future__ import annotations

from datetime import date

import pytest

from approvals_gui.domain.calendar import CalendarOverride, OverrideKind, WorkCalendar
from approvals_gui.domain.errors import ErrorCode
from approvals_gui.domain.imports import MAX_PROBLEMS_LISTED, parse_day
from approvals_gui.domain.schedule_import import (
    against_schedule,
    parse_schedule,
    replacing_entries,
)


def test_reads_days_with_a_header_and_several_spellings() -> None:
    text = (
        "日期,类型,名称\n2027-10-01,休,国庆节\n2027/9/26,班,国庆节调休\n\n2027年10月2日,holiday,\n"
    )
    result = parse_schedule(text)
    assert result.problems == []
    assert [(d.day, d.kind, d.name) for d in result.days] == [
        (date(2027, 10, 1), OverrideKind.HOLIDAY, "国庆节"),
        (date(2027, 9, 26), OverrideKind.WORKDAY, "国庆节调休"),
        (date(2027, 10, 2), OverrideKind.HOLIDAY, ""),
    ]
    assert result.years == [2027]


def test_every_bad_row_is_listed_with_its_number() -> None:
    text = (
        "2027-10-01,休,国庆节\n2027-02-30,休,\n2027-10-03,放羊,\n2027-10-01,班,\n2099-01-01,休,\n"
    )
    result = parse_schedule(text)
    assert [(p.row, p.column, p.error.code) for p in result.problems] == [
        (2, "日期", ErrorCode.NO_SUCH_DAY),
        (3, "类型", ErrorCode.UNKNOWN_DAY_KIND),
        (4, "日期", ErrorCode.DAY_CONTRADICTED),
        (5, "日期", ErrorCode.DATE_OUT_OF_RANGE),
    ]
    assert result.problems[2].error.params == {
        "first_row": 1,
        "first": OverrideKind.HOLIDAY.value,
        "this": OverrideKind.WORKDAY.value,
    }


def test_a_day_given_twice_alike_repeats_and_the_other_way_contradicts() -> None:
    """Both were "repeats row 1": one who must choose between a holiday and a working
    day was not told that they had to."""
    text = "2027-10-01,休,国庆节\n2027-10-01,假,\n2027-10-01,补班,\n2027-10-01,清除,\n"
    result = parse_schedule(text)
    assert [(p.row, p.error.code) for p in result.problems] == [
        (2, ErrorCode.DUPLICATE_ENTRY),
        (3, ErrorCode.DAY_CONTRADICTED),
        (4, ErrorCode.DAY_CONTRADICTED),
    ]
    assert [d.kind for d in result.days] == [OverrideKind.HOLIDAY]


def test_an_empty_file_is_a_problem() -> None:
    assert parse_schedule("日期,类型,名称\n").problems[0].error.code is ErrorCode.EMPTY_FILE


@pytest.mark.parametrize(
    "text", ["2027-10-01", "2027/10/1", "2027.10.1", "2027年10月1日", "20271001", " 2027-10-01 "]
)
def test_lenient_dates(text: str) -> None:
    assert parse_day(text) == date(2027, 10, 1)


@pytest.mark.parametrize("text", ["", "10/01/2027", "2027-13-01", "明天", None])
def test_not_dates(text: str | None) -> None:
    with pytest.raises(ValueError):
        parse_day(text)


def test_an_open_quote_is_its_own_lines_problem_and_folds_nothing() -> None:
    text = '2027-10-01,休,"国庆节\n2027-10-02,休,国庆节\n2027-10-03,休,"国"庆节\n'
    result = parse_schedule(text)
    assert [(p.row, p.error.code) for p in result.problems] == [
        (1, ErrorCode.BAD_CSV_ROW),
        (3, ErrorCode.BAD_CSV_ROW),
    ]
    assert [d.day for d in result.days] == [date(2027, 10, 2)]


def test_an_overlong_field_is_a_problem_not_a_crash() -> None:
    huge = "2027-10-01,休," + "节" * 200_000  # past csv's own limit of 131,072
    long_name = "2027-10-02,休," + "节" * 51
    result = parse_schedule(f"{huge}\n{long_name}\n2027-10-03,休,国庆节\n")
    assert [(p.row, p.column, p.error.code) for p in result.problems] == [
        (1, "", ErrorCode.TEXT_TOO_LONG),
        (2, "名称", ErrorCode.TEXT_TOO_LONG),
    ]
    assert len(result.days) == 1


def test_names_are_kept_clean_and_extra_fields_are_not_dropped_silently() -> None:
    result = parse_schedule("2027-10-01,休,国庆\x0b节\x07\n2027-10-02,休,国庆节,中秋节\n")
    assert [d.name for d in result.days] == ["国庆 节"]
    assert [(p.row, p.error.code) for p in result.problems] == [(2, ErrorCode.TOO_MANY_COLUMNS)]
    assert parse_schedule("2027-10-01,休,国庆节,,\n").problems == []


def test_a_first_line_outside_the_calendar_is_no_header() -> None:
    result = parse_schedule("1999-10-01,休,国庆节\n")
    assert [(p.row, p.error.code) for p in result.problems] == [(1, ErrorCode.DATE_OUT_OF_RANGE)]


@pytest.mark.parametrize("first", ["2027-1O-01,休,国庆节", "2027-10-32,休,国庆节", "国庆,休,"])
def test_a_first_day_with_a_typo_is_no_header(first: str) -> None:
    """A first line whose date had a typo (a letter O for a zero) was taken for a
    header and dropped without a word: the day was missing after the import."""
    result = parse_schedule(first + "\n2027-10-02,休,国庆节\n")
    assert [p.row for p in result.problems] == [1]


@pytest.mark.parametrize("separator", ["，", "\t"])
def test_fields_typed_with_a_chinese_comma_or_copied_with_tabs_are_read(separator: str) -> None:
    """Typed in a Chinese input method (，) the first line was taken for a header and
    the others refused; cells copied from a sheet (tabs) gave "no data rows"."""
    lines = ["日期", "类型", "名称"], ["2027-10-01", "休", "国庆节"], ["2027-09-26", "班", ""]
    result = parse_schedule("\n".join(separator.join(fields) for fields in lines))
    assert result.problems == []
    assert [(d.day, d.kind, d.name) for d in result.days] == [
        (date(2027, 10, 1), OverrideKind.HOLIDAY, "国庆节"),
        (date(2027, 9, 26), OverrideKind.WORKDAY, ""),
    ]
    assert parse_schedule("2027-10-01,休,国庆节，中秋节").days[0].name == "国庆节，中秋节"


def test_problems_are_listed_up_to_the_cap_and_all_counted() -> None:
    result = parse_schedule("日期,类型,名称\n" + "2027-02-30,休,\n" * 500)
    assert len(result.problems) == MAX_PROBLEMS_LISTED and result.problem_count == 500


def test_days_set_against_the_state_councils_schedule_are_named() -> None:
    """National Day worked, a make-up Saturday rested, a holiday's CLEAR that makes it a
    Monday's work: each named with the day as the schedule has it; a plain day made a
    holiday, a holiday restated, and a day the bureau entered before are not."""
    text = (
        "2026-10-01,班,\n2026-10-10,休,\n2026-10-05,清除,\n"
        "2026-12-09,休,本地\n2026-10-02,休,国庆节\n2026-12-10,班,\n"
    )
    schedule = parse_schedule(text)
    cal = WorkCalendar.china([CalendarOverride(date(2026, 12, 10), OverrideKind.HOLIDAY)])
    found = against_schedule(schedule.days, cal)
    assert {day: (info.kind.value, info.name) for day, info in found.items()} == {
        date(2026, 10, 1): ("holiday", "国庆节"),
        date(2026, 10, 10): ("makeup_workday", ""),
        date(2026, 10, 5): ("holiday", "国庆节（补假）"),
    }


def test_days_this_office_entered_that_a_file_changes_are_named() -> None:
    """A file saying 2027-02-22 is a working day replaced the rest day the admin had
    typed in (春节（本市延长）) without a word. The same entry again, or a day nobody
    entered, is no change."""
    entered = [
        CalendarOverride(date(2027, 2, 22), OverrideKind.HOLIDAY, "春节（本市延长）"),
        CalendarOverride(date(2027, 2, 23), OverrideKind.HOLIDAY, "春节（本市延长）"),
        CalendarOverride(date(2027, 2, 24), OverrideKind.HOLIDAY, "春节（本市延长）"),
        CalendarOverride(date(2027, 3, 6), OverrideKind.WORKDAY, ""),
    ]
    cal = WorkCalendar.china(entered)
    text = (
        "2027-02-22,班,\n2027-02-23,休,春节（本市延长）\n2027-02-24,休,另一个名称\n"
        "2027-03-06,清除,\n2027-10-08,休,本地\n"
    )
    found = replacing_entries(parse_schedule(text).days, cal)
    assert sorted(found) == [date(2027, 2, 22), date(2027, 2, 24), date(2027, 3, 6)]
    assert found[date(2027, 2, 22)].name == "春节（本市延长）"
