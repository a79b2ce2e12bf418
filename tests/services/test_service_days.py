"""Service-day visits, follow-ups on the board, the month's report, the directory."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from approvals_gui.domain.board import CardKind, Lane
from approvals_gui.domain.enterprises import EnterpriseForm
from approvals_gui.domain.errors import DomainError, ErrorCode
from approvals_gui.domain.service_days import (
    FollowUpState,
    FollowUpStatus,
    Matter,
    MatterType,
    Mode,
    ServiceDay,
    ShiftRule,
    VisitForm,
)
from approvals_gui.services.applications import register
from approvals_gui.services.board import board_cards
from approvals_gui.services.directory import enterprise_page, enterprises, save_enterprise
from approvals_gui.services.service_days import (
    month_report,
    next_day,
    open_follow_ups,
    save_visit,
    schedule,
    set_shift_rule,
    visit,
    visits_between,
)
from approvals_gui.services.workspace import Workspace
from approvals_gui.store.errors import StoreError, StoreErrorCode
from tests.conftest import TODAY, new_application

CODE = "91350100M000100Y43"


def visit_form(**changes: object) -> VisitForm:
    fields: dict[str, object] = {
        "day": date(2026, 11, 5),
        "enterprise_id": None,
        "enterprise_name": "江城再生资源有限公司",
        "credit_code": CODE,
        "mode": Mode.VISIT,
        "place": "企业厂区",
        "staff": "张三、李四",
        "matters": (Matter(MatterType.PERMIT, "排污许可证变更咨询"),),
        "measures": "一周内书面答复",
        "owner": "张三",
        "due_on": date(2026, 11, 20),
    }
    fields.update(changes)
    return VisitForm(**fields)  # type: ignore[arg-type]


def test_schedule_and_setting(ws: Workspace) -> None:
    assert next_day(ws, today=TODAY) == ServiceDay(date(2026, 12, 5), date(2026, 12, 7))
    october = schedule(ws, date(2026, 10, 1), date(2026, 10, 31))
    assert [d.held_on for d in october] == [date(2026, 10, 8)]
    set_shift_rule(ws, ShiftRule.KEEP)
    assert next_day(ws, today=TODAY).held_on == date(2026, 12, 5)


def test_a_visit_creates_its_enterprise_and_appears_on_the_board(ws: Workspace) -> None:
    visit_id = save_visit(ws, visit_form(), today=TODAY)
    (entry,) = enterprises(ws)
    assert entry.credit_code == CODE
    shown = visit(ws, visit_id, today=TODAY)
    assert shown.visit.form.matters[0].description == "排污许可证变更咨询"
    assert (shown.clock.state, shown.clock.workdays_left) == (FollowUpState.OVERDUE, -3)
    (card,) = board_cards(ws, today=TODAY)
    assert (card.kind, card.lane, card.party, card.handler) == (
        CardKind.FOLLOW_UP,
        Lane.RED,
        "江城再生资源有限公司",
        "张三",
    )
    # Resolving it takes it off the board and out of the open follow-ups.
    resolved = dataclasses.replace(
        shown.visit.form,
        status=FollowUpStatus.RESOLVED,
        resolved_on=date(2026, 11, 24),
        resolution="已书面答复",
        enterprise_id=entry.id,
    )
    save_visit(ws, resolved, visit_id, shown.visit.version, today=TODAY)
    assert board_cards(ws, today=TODAY) == [] and open_follow_ups(ws, today=TODAY) == []
    with pytest.raises(StoreError) as stale:  # the version it was read at is gone
        save_visit(ws, resolved, visit_id, shown.visit.version, today=TODAY)
    assert stale.value.code is StoreErrorCode.STALE


def test_a_bad_visit_is_refused(ws: Workspace) -> None:
    with pytest.raises(DomainError) as caught:
        save_visit(ws, visit_form(credit_code="91350100M000100Y44"), today=TODAY)
    assert caught.value.code is ErrorCode.CREDIT_CODE_CHECK
    with pytest.raises(DomainError):
        save_visit(ws, visit_form(staff=""), today=TODAY)
    assert enterprises(ws) == []


def test_a_visit_naming_what_is_not_there_is_refused_clearly(ws: Workspace) -> None:
    """An enterprise or application picked from a list another desk's restore has since
    taken away: said as such, never a driver's IntegrityError; nothing saved."""
    register(ws, new_application(), today=TODAY)
    for form in (
        visit_form(enterprise_id=9999),
        visit_form(matters=(Matter(MatterType.PERMIT, "变更咨询", 9999),)),
    ):
        with pytest.raises(StoreError) as caught:
            save_visit(ws, form, today=TODAY)
        assert caught.value.code is StoreErrorCode.REFERENCE
    assert visits_between(ws, date(2026, 11, 1), date(2026, 11, 30), today=TODAY) == []
    assert [e.name for e in enterprises(ws)] == [new_application().enterprise_name]


def test_a_month_outside_the_calendar_is_refused(ws: Workspace) -> None:
    for month in (date(1, 1, 1), date(9999, 12, 1)):
        with pytest.raises(DomainError) as refused:
            month_report(ws, month, today=TODAY)
        assert refused.value.code is ErrorCode.DATE_OUT_OF_RANGE


def test_a_follow_up_resolved_late_is_counted_apart(ws: Workspace) -> None:
    """The month's report said 跟进超期 0 家；已解决 2 家 of two follow-ups, one of them
    resolved two working days after its due date."""
    resolved = {"status": FollowUpStatus.RESOLVED, "resolution": "已书面答复"}
    on_time = visit_form(due_on=date(2026, 11, 20), resolved_on=date(2026, 11, 18), **resolved)
    late = visit_form(
        day=date(2026, 11, 6), due_on=date(2026, 11, 10), resolved_on=date(2026, 11, 12), **resolved
    )
    for form in (on_time, late):
        save_visit(ws, form, today=TODAY)
    report = month_report(ws, date(2026, 11, 1), today=TODAY)
    assert report.by_status == {FollowUpState.RESOLVED: 1, FollowUpState.RESOLVED_LATE: 1}
    assert [clock.workdays_left for _visit, clock in report.visits] == [None, -2]
    assert report.open_follow_ups == []


def test_month_report(ws: Workspace) -> None:
    app_id = register(ws, new_application(), today=TODAY)
    save_visit(
        ws,
        visit_form(
            matters=(
                Matter(MatterType.APPROVAL_PROGRESS, "报告表审批进度", app_id),
                Matter(MatterType.EIA_CONSULTATION, "扩建是否需重新环评"),
            )
        ),
        today=TODAY,
    )
    save_visit(
        ws, visit_form(mode=Mode.COME_IN, owner="", due_on=None, day=date(2026, 11, 6)), today=TODAY
    )
    save_visit(
        ws, visit_form(day=date(2026, 10, 8), due_on=date(2026, 12, 4)), today=TODAY
    )  # older, open
    report = month_report(ws, date(2026, 11, 1), today=TODAY)
    assert [d.held_on for d in report.days] == [date(2026, 11, 5)]
    assert len(report.visits) == 2
    assert report.by_mode == {Mode.VISIT: 1, Mode.COME_IN: 1}
    assert report.by_matter == {
        MatterType.APPROVAL_PROGRESS: 1,
        MatterType.EIA_CONSULTATION: 1,
        MatterType.PERMIT: 1,
    }
    assert report.by_status == {FollowUpState.OVERDUE: 1, FollowUpState.NONE: 1}
    assert [v.form.day for v, _clock in report.open_follow_ups] == [
        date(2026, 11, 5),
        date(2026, 10, 8),
    ]
    assert report.visits[0][0].form.matters[0].application_id == app_id


def test_directory_edit_and_duplicate_code_refusal(ws: Workspace) -> None:
    first = save_enterprise(ws, EnterpriseForm("江城再生资源有限公司", CODE, "高新区"))
    second_code = "91350100M000101Y2J"
    second = save_enterprise(ws, EnterpriseForm("临江化工有限公司", second_code))
    with pytest.raises(StoreError) as duplicate:
        save_enterprise(ws, EnterpriseForm("另一家", CODE))
    assert duplicate.value.code is StoreErrorCode.CODE_TAKEN
    assert duplicate.value.params["name"] == "江城再生资源有限公司"
    with pytest.raises(StoreError) as duplicate:
        save_enterprise(ws, EnterpriseForm("临江化工有限公司", CODE), second)
    assert duplicate.value.params["name"] == "江城再生资源有限公司"
    save_enterprise(ws, EnterpriseForm("江城再生资源有限公司（更名）", CODE), first)  # its own code
    assert {e.credit_code for e in enterprises(ws)} == {CODE, second_code}
    save_enterprise(
        ws, EnterpriseForm("江城再生资源股份有限公司", CODE.lower(), "高新区", "王经理"), first
    )
    page = enterprise_page(ws, first, today=TODAY)
    assert page.form.name == "江城再生资源股份有限公司" and page.form.contact == "王经理"
    register(ws, new_application(), today=TODAY)
    save_visit(ws, visit_form(enterprise_id=first), today=TODAY)
    page = enterprise_page(ws, first, today=TODAY)
    assert len(page.applications) == 1 and len(page.visits) == 1
