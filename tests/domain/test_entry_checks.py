"""Every date and text at every entry: forms, steps, visits, enterprises, calendar
entries. A date the calendar does not cover is refused; control characters are stripped;
text longer than its column is refused."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from approvals_gui.domain.applications import field_problems, validate_new_application
from approvals_gui.domain.calendar import (
    FIRST_DAY,
    LAST_DAY,
    CalendarOverride,
    OverrideKind,
    check_year,
    checked_override,
)
from approvals_gui.domain.enterprises import (
    EnterpriseForm,
    checked_enterprise,
    enterprise_problems,
)
from approvals_gui.domain.errors import DomainError, ErrorCode
from approvals_gui.domain.imports import parse_day
from approvals_gui.domain.rules import DEFAULT_RULES
from approvals_gui.domain.service_days import (
    FollowUpStatus,
    Matter,
    MatterType,
    Mode,
    VisitForm,
    checked_visit,
    visit_problems,
)
from approvals_gui.domain.stages import Action, StepInput, next_event, registration_event
from tests.conftest import TODAY, new_application
from tests.domain.history import NOW, history

CATEGORIES = {r.category: r for r in DEFAULT_RULES}
OUTSIDE = [date(1999, 12, 31), date(1900, 1, 1), date(1, 1, 1), date(2061, 1, 1)]
CODE = "91350100M000100Y43"


def test_the_calendar_covers_2000_to_2060() -> None:
    assert (FIRST_DAY, LAST_DAY) == (date(2000, 1, 1), date(2060, 12, 31))


@pytest.mark.parametrize("day", OUTSIDE[:3])
def test_a_registration_received_before_the_calendar(day: date) -> None:
    problems = field_problems(new_application(received_on=day), TODAY, CATEGORIES, {})
    assert problems["received_on"].code is ErrorCode.DATE_OUT_OF_RANGE
    assert problems["received_on"].params["first_year"] == 2000
    with pytest.raises(DomainError) as caught:
        registration_event(day, NOW, "张三")
    assert caught.value.code is ErrorCode.DATE_OUT_OF_RANGE


def test_a_registration_keeps_no_control_character_and_no_overlong_text() -> None:
    pasted = new_application(project="再生铝\x0b项目\x07", handler="张三\t", remark="备\n注")
    kept = validate_new_application(pasted, TODAY, CATEGORIES, {})
    assert (kept.project, kept.handler, kept.remark) == ("再生铝 项目", "张三", "备 注")
    problems = field_problems(new_application(project="项" * 40_000), TODAY, CATEGORIES, {})
    assert problems["project"].code is ErrorCode.TEXT_TOO_LONG
    only_controls = field_problems(new_application(handler="\x07\x0b"), TODAY, CATEGORIES, {})
    assert only_controls["handler"].code is ErrorCode.REQUIRED_FIELD


@pytest.mark.parametrize("day", OUTSIDE)
def test_a_step_on_a_day_outside_the_calendar(day: date) -> None:
    events = history(date(2026, 11, 2))
    with pytest.raises(DomainError) as caught:
        next_event(events, StepInput(Action.ACCEPT, day, NOW, "张三"))
    assert caught.value.code is ErrorCode.DATE_OUT_OF_RANGE


def test_a_step_keeps_its_texts_clean() -> None:
    events = history(date(2026, 11, 2))
    step = StepInput(
        Action.REQUEST_SUPPLEMENT,
        date(2026, 11, 3),
        NOW,
        "张三",
        remark="电话\x07告知",
        materials=("公众参与\n说明", "\x0b", "  "),
    )
    event = next_event(events, step)
    assert event.remark == "电话告知" and event.materials == ("公众参与 说明",)
    only_controls = StepInput(
        Action.REQUEST_SUPPLEMENT, date(2026, 11, 3), NOW, "张三", materials=("\x07",)
    )
    with pytest.raises(DomainError) as caught:
        next_event(events, only_controls)
    assert caught.value.code is ErrorCode.MISSING_MATERIALS


def test_a_reason_keeps_its_lines_and_its_length_is_checked() -> None:
    events = history(date(2026, 11, 2))
    refuse = StepInput(Action.NOT_ACCEPT, date(2026, 11, 3), NOW, "张三", reason="一、\r\n二、\x0c")
    assert next_event(events, refuse).reason == "一、\n二、"
    for field, text in (("reason", "理" * 2001), ("remark", "备" * 2001)):
        with pytest.raises(DomainError) as caught:
            next_event(events, replace(refuse, **{field: text}))
        assert caught.value.code is ErrorCode.TEXT_TOO_LONG
        assert caught.value.params["field"] == field


def visit(**changes: object) -> VisitForm:
    fields: dict[str, object] = {
        "day": date(2026, 11, 5),
        "enterprise_id": 1,
        "enterprise_name": "江城再生资源有限公司",
        "credit_code": CODE,
        "mode": Mode.COME_IN,
        "place": "三楼",
        "staff": "张三",
        "matters": (Matter(MatterType.PERMIT, "排污许可变更"),),
        "measures": "",
        "owner": "李四",
        "due_on": date(2026, 11, 20),
    }
    fields.update(changes)
    return VisitForm(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("field", "changes"),
    [
        ("day", {"day": date(1999, 11, 5)}),
        ("due_on", {"due_on": date(2061, 1, 5)}),
        (
            "resolved_on",
            {
                "day": date(2026, 11, 5),
                "status": FollowUpStatus.RESOLVED,
                "resolved_on": date(1900, 1, 1),
                "resolution": "已答复",
            },
        ),
    ],
)
def test_visit_dates_outside_the_calendar(field: str, changes: dict[str, object]) -> None:
    problems = visit_problems(visit(**changes), TODAY)
    assert problems[field].code is ErrorCode.DATE_OUT_OF_RANGE


def test_visit_texts() -> None:
    pasted = visit(
        place="三楼\x0b大厅",
        measures="一、现场答复\r\n二、书面告知\x07",
        matters=(Matter(MatterType.OTHER, "应急\t预案"),),
    )
    kept = checked_visit(pasted, TODAY)
    assert (kept.place, kept.measures) == ("三楼 大厅", "一、现场答复\n二、书面告知")
    assert kept.matters[0].description == "应急 预案"
    too_long = visit_problems(
        visit(staff="张" * 201, matters=(Matter(MatterType.OTHER, "事" * 2001),)), TODAY
    )
    assert {too_long[f].code for f in ("staff", "matters")} == {ErrorCode.TEXT_TOO_LONG}


def test_enterprise_texts() -> None:
    form = EnterpriseForm("江城\x07再生资源有限公司", CODE.lower(), "高新区\n", phone="138\t0000")
    assert checked_enterprise(form) == EnterpriseForm(
        "江城再生资源有限公司", CODE, "高新区", phone="138 0000"
    )
    problems = enterprise_problems(EnterpriseForm("企" * 201, CODE, phone="1" * 31))
    assert {problems[f].code for f in ("name", "phone")} == {ErrorCode.TEXT_TOO_LONG}
    no_number = enterprise_problems(EnterpriseForm("江城化工", CODE, phone="问门卫"))
    assert no_number["phone"].code is ErrorCode.INVALID_PHONE


def test_calendar_entries() -> None:
    kept = checked_override(CalendarOverride(date(2027, 10, 1), OverrideKind.HOLIDAY, "国庆\x0b"))
    assert kept.name == "国庆"
    for bad in (
        CalendarOverride(date(1999, 10, 1), OverrideKind.HOLIDAY, "国庆节"),
        CalendarOverride(date(2027, 10, 1), OverrideKind.HOLIDAY, "节" * 51),
    ):
        with pytest.raises(DomainError):
            checked_override(bad)
    assert check_year(2060) == 2060
    with pytest.raises(DomainError) as caught:
        check_year(1999)
    assert caught.value.code is ErrorCode.DATE_OUT_OF_RANGE


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("2026111", ErrorCode.INVALID_DATE),  # 2026-11-01 or 2026-01-11?
        ("202611011", ErrorCode.INVALID_DATE),
        ("1999-12-31", ErrorCode.DATE_OUT_OF_RANGE),
        ("19000101", ErrorCode.DATE_OUT_OF_RANGE),
        ("0001-01-01", ErrorCode.DATE_OUT_OF_RANGE),
        ("0000-01-01", ErrorCode.INVALID_DATE),
        (datetime(1900, 1, 1), ErrorCode.DATE_OUT_OF_RANGE),
        (date(2061, 1, 1), ErrorCode.DATE_OUT_OF_RANGE),
    ],
)
def test_imported_dates_that_are_refused(value: object, code: ErrorCode) -> None:
    with pytest.raises(DomainError) as caught:
        parse_day(value)
    assert caught.value.code is code


def test_compact_dates_have_eight_digits() -> None:
    assert parse_day("20261101") == parse_day(20261101) == date(2026, 11, 1)
