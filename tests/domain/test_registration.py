"""What a clerk is asked before a registration is saved: the same project of the same
enterprise still open, and a received date already past the intake limit."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from approvals_gui.domain.applications import NewApplication
from approvals_gui.domain.calendar import WorkCalendar
from approvals_gui.domain.registration import Second, SecondThought, same_project, second_thoughts

CAL = WorkCalendar.china()
TODAY = date(2026, 12, 7)  # a Monday
FORM = NewApplication(
    "年产1万吨PCB电路板项目", "明珠立峰光伏能源股份有限公司", "913301229EEEQ3WH6M",
    "report_book", "张三", TODAY,
)  # fmt: skip


def test_the_same_project_open_is_named() -> None:
    open_ones = [("HP2026-00095", "年产1万吨 pcb 电路板项目"), ("HP2026-00120", "二期项目")]
    assert second_thoughts(FORM, open_ones, TODAY, CAL) == (
        SecondThought(Second.SAME_OPEN, numbers=("HP2026-00095",)),
    )
    assert second_thoughts(FORM, [("HP2026-00120", "二期项目")], TODAY, CAL) == ()


def test_a_received_date_past_the_intake_limit_is_asked_about() -> None:
    """Five working days back is still within the intake limit; six is past it."""
    five_back = date(2026, 11, 30)  # Mon: Tue–Fri and Mon are five working days
    assert CAL.workdays_between(five_back, TODAY) == 5
    assert second_thoughts(replace(FORM, received_on=five_back), [], TODAY, CAL) == ()
    six_back = date(2026, 11, 27)
    assert second_thoughts(replace(FORM, received_on=six_back), [], TODAY, CAL) == (
        SecondThought(Second.RECEIVED_LONG_AGO, received_on=six_back, workdays=6),
    )
    slip = replace(FORM, received_on=date(2025, 12, 1))  # 2025 typed for 2026
    (thought,) = second_thoughts(slip, [], TODAY, CAL)
    assert thought.kind is Second.RECEIVED_LONG_AGO and thought.workdays > 240


names = st.text(alphabet="年产万吨项目电路板PCBpcb１２3 ", min_size=1, max_size=20)


@given(names, st.lists(st.sampled_from([" ", "\u3000", "\t"]), max_size=3), st.data())
def test_blanks_case_and_width_make_no_other_project(
    name: str, blanks: list[str], data: st.DataObject
) -> None:
    at = data.draw(st.integers(0, len(name)))
    spaced = name[:at] + "".join(blanks) + name[at:]
    assert same_project(name, spaced.upper()) and same_project(spaced, name)
