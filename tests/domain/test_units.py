"""Units: who decides a category (审批权限), transfers (系统内流转) and each unit's days."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from approvals_gui.domain.calendar import WorkCalendar
from approvals_gui.domain.clock import facts_from_history
from approvals_gui.domain.errors import DomainError, ErrorCode
from approvals_gui.domain.history_hash import event_hash
from approvals_gui.domain.stages import (
    Action,
    Particulars,
    Stage,
    StageEvent,
    StepInput,
    allowed_actions,
    holder,
    next_event,
    particulars_after,
    registration_event,
)
from approvals_gui.domain.units import (
    Authority,
    Level,
    Unit,
    UnitKind,
    Why,
    check_units,
    checked_unit,
    deciding_unit,
    district_problem,
    unit_name,
    unit_shares,
    unit_spans,
    unplaced_districts,
)

CITY = Unit("city", "市局", UnitKind.CITY)
EAST = Unit("east", "东城分局", UnitKind.BRANCH, "东城区")
WEST = Unit("west", "西城分局", UnitKind.BRANCH, "西城区")
CENTRE = Unit("centre", "技术评估中心", UnitKind.CENTRE)
UNITS = (CITY, EAST, WEST, CENTRE)
TABLE = {
    "report_book": Authority("report_book", Level.CITY, "市政府令第1号"),
    "report_form": Authority("report_form", Level.LOCAL, "环办〔2026〕3号"),
}
AT = datetime(2026, 11, 30, 9)
CAL = WorkCalendar.china()


def step(events: list[StageEvent], action: Action, on: date, **fields: object) -> StageEvent:
    event = next_event(events, StepInput(action, on, AT, "张三", **fields))  # type: ignore[arg-type]
    events.append(event)
    return event


@pytest.mark.parametrize(
    ("category", "district", "unit", "why"),
    [
        ("report_book", "东城区", "city", Why.CITY_BY_TABLE),
        ("report_form", "东城区", "east", Why.DELEGATED),
        ("report_form", "西城区", "west", Why.DELEGATED),
        ("report_form", "高新区", "city", Why.NO_BRANCH),
        ("notify_commit", "东城区", "city", Why.NOT_IN_TABLE),
    ],
)
def test_the_authority_table_names_the_deciding_unit(
    category: str, district: str, unit: str, why: Why
) -> None:
    found = deciding_unit(category, district, TABLE, UNITS)
    assert (found.unit, found.why) == (unit, why)
    assert found.basis == (TABLE[category].basis if category in TABLE else "")


@pytest.mark.parametrize(
    ("category", "district", "needed"),
    [
        ("report_form", "", True),  # delegated: the district says which branch
        ("report_form", "  ", True),
        ("report_form", "高新区", False),  # no branch there: the city, as the table says
        ("report_book", "", False),  # kept at the city bureau
        ("notify_commit", "", False),  # not in the table: the city bureau
    ],
)
def test_a_delegated_category_needs_its_district(
    category: str, district: str, needed: bool
) -> None:
    found = district_problem(category, "报告表", district, TABLE)
    assert (found is not None) is needed
    if found is not None:
        assert found.code is ErrorCode.DISTRICT_NEEDED and found.params["field"] == "district"


def test_districts_no_branch_covers_are_counted_for_delegated_categories() -> None:
    """A misspelt district (东城 for 东城区) sends a delegated category to the city
    bureau: counted, by district, in the order first named. A category the city keeps,
    a covered district and an empty one (refused elsewhere) are not."""
    places = [
        ("report_form", "东城"),
        ("report_form", "东城区"),
        ("report_book", "东城"),
        ("report_form", "高新区"),
        ("report_form", ""),
        ("notify_commit", "南城区"),
        ("report_form", "东城"),
    ]
    assert unplaced_districts(places, TABLE, UNITS) == {"东城": 2, "高新区": 1}
    assert list(unplaced_districts(places, TABLE, UNITS)) == ["东城", "高新区"]
    assert unplaced_districts([], TABLE, ()) == {}


def test_an_inactive_branch_decides_nothing() -> None:
    units = (CITY, Unit("east", "东城分局", UnitKind.BRANCH, "东城区", active=False))
    assert deciding_unit("report_form", "东城区", TABLE, units).why is Why.NO_BRANCH


def test_unit_sets_need_one_city_bureau_and_one_branch_a_district() -> None:
    check_units(UNITS)
    with pytest.raises(DomainError) as err:
        check_units((EAST, CENTRE))
    assert err.value.code is ErrorCode.ONE_CITY_BUREAU
    with pytest.raises(DomainError) as err:
        check_units((CITY, CITY))
    assert err.value.code is ErrorCode.ONE_CITY_BUREAU
    with pytest.raises(DomainError) as err:
        check_units((CITY, EAST, Unit("east2", "东城二分局", UnitKind.BRANCH, "东城区")))
    assert err.value.code is ErrorCode.DISTRICT_TAKEN and err.value.params["district"] == "东城区"
    with pytest.raises(DomainError) as err:
        checked_unit(Unit("b", "某分局", UnitKind.BRANCH, " "))
    assert err.value.code is ErrorCode.REQUIRED_FIELD
    assert checked_unit(Unit(" c ", " 市局\t", UnitKind.CITY)) == Unit("c", "市局", UnitKind.CITY)
    signed = Unit(
        "gx",
        "高新分局",
        UnitKind.BRANCH,
        "高新区",
        True,
        " 江城市生态环境局高新分局 ",
        "0591 1234567",
    )
    assert checked_unit(signed).notice_authority == "江城市生态环境局高新分局"
    assert checked_unit(signed).notice_phone == "0591 1234567"
    with pytest.raises(DomainError) as err:  # printed on every notice it signs
        checked_unit(Unit("gx", "高新分局", UnitKind.BRANCH, "高新区", True, "", "请打电话"))
    assert err.value.code is ErrorCode.INVALID_PHONE
    assert err.value.params["field"] == "notice_phone"
    with pytest.raises(DomainError) as err:
        checked_unit(Unit("gx", "高新分局", UnitKind.BRANCH, "高新区", True, "局" * 61))
    assert err.value.code is ErrorCode.TEXT_TOO_LONG
    centre = Unit("c", "技术评估中心", UnitKind.CENTRE, "", True, "某名称", "1")
    assert checked_unit(centre) == Unit("c", "技术评估中心", UnitKind.CENTRE)  # only a branch's


def test_a_transfer_keeps_the_stage_and_the_clocks() -> None:
    events = [registration_event(date(2026, 11, 2), AT, "张三", unit="east")]
    step(events, Action.ACCEPT, date(2026, 11, 3))
    step(events, Action.START_EXPERT_REVIEW, date(2026, 11, 4))
    before = facts_from_history(events)
    moved = step(events, Action.TRANSFER, date(2026, 11, 5), to_unit="centre")
    assert (moved.from_unit, moved.to_unit) == ("east", "centre")
    assert moved.from_stage is moved.to_stage is Stage.EXPERT_REVIEW
    assert facts_from_history(events) == before  # the pause runs on, unsplit
    assert holder(events) == "centre"
    step(events, Action.TRANSFER, date(2026, 11, 9), to_unit="east")
    step(events, Action.UNDO, date(2026, 11, 9))
    assert holder(events) == "centre"  # undone: back where it was


def test_a_transfer_names_another_unit() -> None:
    events = [registration_event(date(2026, 11, 2), AT, "张三", unit="east")]
    with pytest.raises(DomainError) as err:
        step(events, Action.TRANSFER, date(2026, 11, 3))
    assert err.value.code is ErrorCode.REQUIRED_FIELD
    with pytest.raises(DomainError) as err:
        step(events, Action.TRANSFER, date(2026, 11, 3), to_unit="east")
    assert err.value.code is ErrorCode.SAME_UNIT
    step(events, Action.ACCEPT, date(2026, 11, 3))
    step(events, Action.START_REVIEW, date(2026, 11, 4))
    step(events, Action.APPROVE, date(2026, 11, 5), document_number="环审〔2026〕1号")
    assert Action.TRANSFER not in allowed_actions(events)  # decided: nothing to pass on


REGISTERED = Particulars("张三", "甲项目", None)


def test_a_reassignment_names_both_handlers_and_undoes() -> None:
    events = [registration_event(date(2026, 11, 2), AT, "张三", unit="east")]
    given_to = step(events, Action.REASSIGN, date(2026, 11, 3), handler="李四", from_handler="张三")
    assert (given_to.from_handler, given_to.handler) == ("张三", "李四")
    assert particulars_after(events, REGISTERED).handler == "李四"
    with pytest.raises(DomainError) as err:
        step(events, Action.REASSIGN, date(2026, 11, 3), handler="李四", from_handler="李四")
    assert err.value.code is ErrorCode.SAME_HANDLER
    with pytest.raises(DomainError) as err:  # 李四, as an older program kept him
        step(events, Action.REASSIGN, date(2026, 11, 3), handler="李四", from_handler="李 四")
    assert err.value.code is ErrorCode.SAME_HANDLER
    step(events, Action.UNDO, date(2026, 11, 3))
    assert particulars_after(events, REGISTERED).handler == "张三"


def test_units_enter_the_hash_only_where_an_event_names_them() -> None:
    plain = registration_event(date(2026, 11, 2), AT, "张三")
    at_east = registration_event(date(2026, 11, 2), AT, "张三", unit="east")
    # Naming a unit changes the hash (a history from before units keeps its own: the
    # migration tests check old chains still hold).
    assert event_hash(at_east, "") != event_hash(plain, "")


def _history(gaps: list[tuple[int, str]]) -> list[StageEvent]:
    day = date(2026, 3, 2)
    events = [registration_event(day, AT + timedelta(days=400), "张三", unit="east")]
    units = ["east"]
    for gap, unit in gaps:
        day += timedelta(days=gap)
        if unit != units[-1]:
            step_at = StepInput(
                Action.TRANSFER, day, AT + timedelta(days=400), "张三", to_unit=unit
            )
            events.append(next_event(events, step_at))
            units.append(unit)
    return events


@given(
    st.lists(
        st.tuples(st.integers(0, 20), st.sampled_from(["east", "city", "centre"])), max_size=8
    ),
    st.integers(0, 60),
)
def test_the_units_share_every_working_day_once(gaps: list[tuple[int, str]], more: int) -> None:
    events = _history(gaps)
    today = events[-1].on + timedelta(days=more)
    spans = unit_spans(events, CAL, today)
    assert sum(unit_shares(spans).values()) == CAL.workdays_between(events[0].on, today)
    assert [s.unit for s in spans] == [e.to_unit for e in events]
    assert all(s.workdays >= 0 for s in spans)


def test_a_history_from_before_units_stays_at_its_deciding_unit() -> None:
    events = [registration_event(date(2026, 11, 2), AT, "张三")]
    assert unit_spans(events, CAL, date(2026, 11, 9)) == []
    (span,) = unit_spans(events, CAL, date(2026, 11, 9), received_at="city")
    assert (span.unit, span.workdays) == ("city", 5)


def test_a_unit_is_named_by_its_code_and_one_no_longer_listed_by_the_code() -> None:
    assert unit_name(UNITS, "east") == EAST.name
    assert unit_name(UNITS, "gone") == "gone"
