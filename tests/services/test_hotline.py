"""The hotline's services through the real store, on every engine: registering, steps,
refusals that change nothing, repeats joined to a case, masking by role, the figures."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from approvals_gui.domain.access import Role, User
from approvals_gui.domain.errors import DomainError, ErrorCode
from approvals_gui.domain.hotline.cases import CaseAction, CaseStage, Channel
from approvals_gui.domain.hotline.clock import CaseDueKind, CaseStatus
from approvals_gui.domain.hotline.rules import HotlineRule
from approvals_gui.services import users
from approvals_gui.services.directory import directory
from approvals_gui.services.hotline import (
    CaseStepForm,
    case_detail,
    case_figures,
    case_step,
    enterprise_ids,
    hotline_rule,
    list_cases,
    overdue_count,
    register_report,
    repeats_for,
    save_hotline_rule,
)
from approvals_gui.services.units import save_units
from approvals_gui.services.workspace import Workspace
from approvals_gui.store.errors import StoreError, StoreErrorCode
from tests.conftest import CODE, TODAY, add_city_and_east, new_report

PASSWORD = "correct horse"


@pytest.fixture
def bureau(ws: Workspace) -> Workspace:
    add_city_and_east(ws)
    for name, unit, role in (
        ("热线李四", "city", Role.CLERK),
        ("东城张三", "east", Role.CLERK),
        ("赵科长", "city", Role.MANAGER),
        ("王管理", "city", Role.ADMIN),
    ):
        users.add_user(ws, User(name, unit, role), PASSWORD)
    ws.reload()
    return ws


def as_user(ws: Workspace, name: str) -> Workspace:
    return ws.signed_in(users.sign_in(ws, name, PASSWORD))


def step(ws: Workspace, case_id: int, form: CaseStepForm) -> None:
    version = case_detail(ws, case_id, today=TODAY).view.record.version
    case_step(ws, case_id, version, form, today=TODAY)


def test_a_report_runs_from_receipt_to_its_close(bureau: Workspace) -> None:
    clerk, east = as_user(bureau, "热线李四"), as_user(bureau, "东城张三")
    case_id = register_report(clerk, new_report(), today=TODAY)
    found = case_detail(clerk, case_id, today=TODAY)
    assert found.view.record.number == "RX2026-00001"
    assert found.view.record.received_by == "city"
    assert found.allowed[0] is CaseAction.ACCEPT
    step(clerk, case_id, CaseStepForm(CaseAction.ACCEPT, date(2026, 11, 3)))
    unit_due = date(2026, 11, 20)
    step(
        clerk,
        case_id,
        CaseStepForm(CaseAction.ASSIGN, date(2026, 11, 3), unit="east", unit_due=unit_due),
    )
    with pytest.raises(DomainError) as refused:  # the unit's work now, not the hotline's
        step(clerk, case_id, CaseStepForm(CaseAction.HANDLE, date(2026, 11, 10), findings="x"))
    assert refused.value.code is ErrorCode.NOT_PERMITTED
    step(east, case_id, CaseStepForm(CaseAction.HANDLE, date(2026, 11, 10), findings="已责令整改"))
    for action in (CaseAction.REPLY, CaseAction.CLOSE):
        step(clerk, case_id, CaseStepForm(action, date(2026, 11, 12)))
    done = case_detail(clerk, case_id, today=TODAY)
    assert done.view.record.facts.stage is CaseStage.CLOSED
    assert done.view.clock.status is CaseStatus.CLOSED_ON_TIME
    assert done.view.record.facts.unit == "east"
    assert [e.actor for e in done.events][-3:] == ["东城张三", "热线李四", "热线李四"]


def test_refusals_change_nothing(bureau: Workspace) -> None:
    clerk, manager = as_user(bureau, "热线李四"), as_user(bureau, "赵科长")
    with pytest.raises(DomainError) as refused:
        register_report(clerk, new_report(credit_code="91350100M000100Y44"), today=TODAY)
    assert refused.value.code is ErrorCode.CREDIT_CODE_CHECK
    with pytest.raises(DomainError):
        register_report(clerk, new_report(content="  "), today=TODAY)
    with pytest.raises(DomainError) as refused:  # filed under no topic: none is assumed
        register_report(clerk, new_report(topic=None), today=TODAY)
    assert (refused.value.code, refused.value.params["field"]) == (
        ErrorCode.REQUIRED_FIELD,
        "topic",
    )
    with pytest.raises(DomainError) as refused:  # named, with nobody to answer to
        register_report(clerk, new_report(reporter_name=" ", reporter_phone=""), today=TODAY)
    assert refused.value.params["field"] == "reporter_name"
    assert list_cases(clerk, today=TODAY) == []
    register_report(clerk, new_report(reporter_name="", reporter_phone="13812345678"), today=TODAY)
    register_report(clerk, new_report(reporter_name="王先生", reporter_phone=""), today=TODAY)
    register_report(
        clerk, new_report(anonymous=True, reporter_name="", reporter_phone=""), today=TODAY
    )
    assert len(list_cases(clerk, today=TODAY)) == 3
    case_id = register_report(clerk, new_report(), today=TODAY)
    step(clerk, case_id, CaseStepForm(CaseAction.ACCEPT, date(2026, 11, 3)))
    extend = CaseStepForm(CaseAction.EXTEND, date(2026, 11, 5), extension_days=30, reason="复杂")
    with pytest.raises(DomainError) as refused:
        step(clerk, case_id, extend)  # the head approves an extension
    assert refused.value.code is ErrorCode.NOT_PERMITTED
    detail = case_detail(clerk, case_id, today=TODAY)
    assert CaseAction.EXTEND in detail.blocked
    with pytest.raises(StoreError) as stale:  # acted on what was seen before another's save
        case_step(manager, case_id, detail.view.record.version - 1, extend, today=TODAY)
    assert stale.value.code is StoreErrorCode.STALE
    step(manager, case_id, extend)
    close = case_detail(clerk, case_id, today=TODAY).view.clock.deadline(CaseDueKind.CLOSE)
    assert close is not None and close.due >= date(2026, 11, 3) + timedelta(days=90)
    with pytest.raises(DomainError):
        step(
            clerk,
            case_id,
            CaseStepForm(
                CaseAction.ASSIGN, date(2026, 11, 5), unit="nowhere", unit_due=date(2026, 11, 9)
            ),
        )
    assert len(case_detail(clerk, case_id, today=TODAY).events) == 3


def test_a_case_is_not_handed_to_a_unit_another_desk_has_closed(bureau: Workspace) -> None:
    clerk = as_user(Workspace(bureau.engine, "另一台电脑"), "热线李四")
    assert any(u.code == "east" for u in clerk.units())  # cached while east was open
    case_id = register_report(clerk, new_report(), today=TODAY)
    step(clerk, case_id, CaseStepForm(CaseAction.ACCEPT, date(2026, 11, 3)))
    save_units(bureau, [replace(u, active=u.code != "east") for u in bureau.units()])
    assign = CaseStepForm(
        CaseAction.ASSIGN, date(2026, 11, 3), unit="east", unit_due=date(2026, 11, 20)
    )
    with pytest.raises(DomainError):
        step(clerk, case_id, assign)
    assert len(case_detail(clerk, case_id, today=TODAY).events) == 2


def test_a_repeat_joins_the_open_case_and_counts_once(bureau: Workspace) -> None:
    clerk = as_user(bureau, "热线李四")
    first = register_report(clerk, new_report(), today=TODAY)
    again = repeats_for(clerk, "", "东城区 幸福路1号", date(2026, 11, 10))
    assert [c.case_id for c in again] == [first]
    second = register_report(
        clerk,
        new_report(received_at=datetime(2026, 11, 10, 9, 0), channel=Channel.WECHAT),
        today=TODAY,
        merge_into=first,
    )
    merged = case_detail(clerk, second, today=TODAY)
    assert merged.view.record.facts.stage is CaseStage.MERGED
    assert merged.view.clock.status is CaseStatus.MERGED
    assert [m.id for m in case_detail(clerk, first, today=TODAY).merged] == [second]
    step(clerk, first, CaseStepForm(CaseAction.ACCEPT, date(2026, 11, 3)))
    figures = case_figures(clerk, date(2026, 11, 1), date(2026, 11, 30), today=TODAY)
    assert (figures.counts.received, figures.counts.merged, figures.counts.accepted) == (2, 1, 1)
    (repeated,) = figures.repeated
    assert (repeated.reports, repeated.merged) == (2, 1)
    refused = register_report(clerk, new_report(address="西城区"), today=TODAY)
    step(
        clerk,
        refused,
        CaseStepForm(CaseAction.REFUSE, date(2026, 11, 3), reason="不属于生态环境部门职责"),
    )
    with pytest.raises(DomainError):  # a closed or refused case takes no repeats
        register_report(clerk, new_report(), today=TODAY, merge_into=refused)


def test_the_reporter_is_masked_for_roles_that_do_not_call_back(bureau: Workspace) -> None:
    clerk, admin = as_user(bureau, "热线李四"), as_user(bureau, "王管理")
    case_id = register_report(clerk, new_report(), today=TODAY)
    anonymous = register_report(clerk, new_report(anonymous=True), today=TODAY)
    seen = case_detail(clerk, case_id, today=TODAY).view.record
    hidden = case_detail(admin, case_id, today=TODAY).view.record
    assert (seen.reporter_name, seen.reporter_phone) == ("王小明", "13812345678")
    assert (hidden.reporter_name, hidden.reporter_phone) == ("王**", "138****5678")
    kept = case_detail(clerk, anonymous, today=TODAY).view.record
    assert (kept.anonymous, kept.reporter_name, kept.reporter_phone) == (True, "", "")


def test_the_rule_is_the_databases_and_moves_every_date(ws: Workspace) -> None:
    case_id = register_report(ws, new_report(), today=TODAY)
    before = case_detail(ws, case_id, today=TODAY).view.clock.current
    save_hotline_rule(ws, HotlineRule(accept_days=10))
    assert hotline_rule(ws).accept_days == 10
    after = case_detail(ws, case_id, today=TODAY).view.clock.current
    assert before is not None and after is not None and after.due < before.due
    # Another desk edited from the limits as they were before: refused, 10 kept.
    with pytest.raises(StoreError) as refused:
        save_hotline_rule(ws, HotlineRule(accept_days=12), based_on=HotlineRule())
    assert refused.value.code is StoreErrorCode.CHANGED_ELSEWHERE
    assert hotline_rule(ws).accept_days == 10
    save_hotline_rule(ws, HotlineRule(accept_days=12), based_on=hotline_rule(ws))
    assert hotline_rule(ws).accept_days == 12


def test_overdue_counts_the_running_cases_past_their_date(ws: Workspace) -> None:
    late = register_report(ws, new_report(received_at=datetime(2026, 9, 1, 9, 0)), today=TODAY)
    recent = new_report(address="西城区", received_at=datetime(2026, 11, 20, 9, 0))
    register_report(ws, recent, today=TODAY)
    assert overdue_count(ws, today=TODAY) == 1  # 受理告知 15 days from 9-1 passed
    step(ws, late, CaseStepForm(CaseAction.REFUSE, date(2026, 9, 2), reason="不属于职责"))
    assert overdue_count(ws, today=TODAY) == 0


def test_the_figures_reach_an_enterprise_by_its_code(bureau: Workspace) -> None:
    register_report(bureau, new_report(), today=TODAY)
    register_report(
        bureau, new_report(address="西城区", credit_code="", enterprise_name=""), today=TODAY
    )
    ids = enterprise_ids(list_cases(bureau, today=TODAY))
    ((known, _form),) = [(i, f) for i, f in directory(bureau) if f.credit_code == CODE]
    assert ids == {CODE: known}
