"""Writes as the window runs them: each change set carries exactly what a fresh read
would show, so the window need not read again."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from approvals_gui.domain.calendar import CalendarOverride, OverrideKind
from approvals_gui.domain.errors import DomainError
from approvals_gui.domain.service_days import Matter, MatterType, Mode, ShiftRule, VisitForm
from approvals_gui.domain.stages import Action
from approvals_gui.domain.units import Authority, Level, Unit, UnitKind
from approvals_gui.services import changes
from approvals_gui.services.applications import Step, detail, register, view_of
from approvals_gui.services.changes import load_reference
from approvals_gui.services.directory import directory
from approvals_gui.services.preview import preview_step
from approvals_gui.services.workspace import Workspace
from approvals_gui.store.errors import StoreError, StoreErrorCode
from tests.conftest import NOW, TODAY, new_application, reviewed_and_refused

OTHER_CODE = "91110000600037341L"


def test_register_carries_the_new_row_its_detail_and_the_pick_lists(ws: Workspace) -> None:
    form = new_application(credit_code=OTHER_CODE, enterprise_name="青山水务", handler="李四")
    result = changes.register(ws, form, today=TODAY)
    assert result.subject is not None
    assert result.detail == detail(ws, result.subject, today=TODAY)
    assert result.applications == (view_of(ws, result.subject, today=TODAY),)
    assert result.reference is not None and "李四" in result.reference.handlers
    assert [e.name for e in result.reference.enterprises] == ["青山水务"]


@pytest.mark.parametrize(
    "path",
    [
        [Step(Action.ACCEPT, date(2026, 11, 3))],
        [Step(Action.REQUEST_SUPPLEMENT, date(2026, 11, 3), materials=("公众参与说明",))],
        [
            Step(Action.ACCEPT, date(2026, 11, 3)),
            *reviewed_and_refused(),
        ],
        [Step(Action.ACCEPT, date(2026, 11, 3)), Step(Action.UNDO, date(2026, 11, 4))],
    ],
)
def test_a_step_carries_what_a_fresh_read_shows(ws: Workspace, path: list[Step]) -> None:
    app_id = register(ws, new_application(), today=TODAY)
    for step in path:
        before = detail(ws, app_id, today=TODAY)
        expected = preview_step(
            before, step, ws.calendar(), today=TODAY, actor="张三", now=NOW
        ).clock
        version = before.view.record.version
        result = changes.step(ws, app_id, version, step, today=TODAY)
        assert result.detail == detail(ws, app_id, today=TODAY)
        assert result.applications == (view_of(ws, app_id, today=TODAY),)
        assert result.reference is None and not result.reload
        assert result.applications[0].clock == expected  # the dialog's preview was right


def test_the_preview_refuses_what_the_stage_table_refuses(ws: Workspace) -> None:
    app_id = register(ws, new_application(), today=TODAY)
    current = detail(ws, app_id, today=TODAY)
    with pytest.raises(DomainError):
        preview_step(
            current,
            Step(Action.REQUEST_SUPPLEMENT),
            ws.calendar(),
            today=TODAY,
            actor="张三",
            now=NOW,
        )


def test_rule_and_calendar_edits_carry_the_new_reference(ws: Workspace) -> None:
    rule = dataclasses.replace(ws.rule("report_form"), warn_workdays=5)
    result = changes.save_rule(ws, rule, ws.rule("report_form"))
    assert result.reference is not None and result.reference.rules["report_form"] == rule
    off = CalendarOverride(date(2026, 12, 1), OverrideKind.HOLIDAY, "本地假日")
    result = changes.set_days(ws, [off])
    assert result.reference is not None
    assert not result.reference.calendar.is_workday(date(2026, 12, 1))
    result = changes.remove_local(ws, [date(2026, 12, 1)])
    assert result.reference is not None and result.reference.calendar.is_workday(date(2026, 12, 1))


def test_settings_another_desk_saved_meanwhile_are_not_overwritten(ws: Workspace) -> None:
    """Units, the 审批权限 table, a rule and an enterprise: desk A edits from what it
    read, desk B saves first; A's save is refused and B's change stays (they were
    last-writer-wins: a unit B added was deleted, B's rule undone)."""
    register(ws, new_application(), today=TODAY)
    other = Workspace(ws.engine, "另一台电脑")
    read = load_reference(ws)
    (enterprise_id, enterprise), *_ = directory(ws)
    branch = Unit("east", "东城分局", UnitKind.BRANCH, "东城区")
    delegated = Authority("report_form", Level.LOCAL, "环办〔2026〕3号")
    stricter = dataclasses.replace(read.rules["report_form"], warn_workdays=5)
    # Desk B saves each first, from fresh reads.
    changes.save_units(other, [*read.units, branch], read.units)
    changes.save_authorities(other, [delegated], read.authorities)
    changes.save_rule(other, stricter, read.rules["report_form"])
    phoned = dataclasses.replace(enterprise, phone="0591-12345678")
    changes.save_enterprise(other, phoned, enterprise_id, enterprise)
    # Desk A, from what it read before.
    renamed = [dataclasses.replace(read.units[0], name="本市局")]
    laxer = dataclasses.replace(read.rules["report_form"], warn_workdays=1)
    attempts = [
        lambda: changes.save_units(ws, renamed, read.units),
        lambda: changes.save_authorities(ws, [], read.authorities),
        lambda: changes.save_rule(ws, laxer, read.rules["report_form"]),
        lambda: changes.save_enterprise(
            ws, dataclasses.replace(enterprise, contact="王经理"), enterprise_id, enterprise
        ),
    ]
    for attempt in attempts:
        with pytest.raises(StoreError) as refused:
            attempt()
        assert refused.value.code is StoreErrorCode.CHANGED_ELSEWHERE
    now = load_reference(ws)
    assert branch in now.units and now.authorities == {"report_form": delegated}
    assert now.rules["report_form"].warn_workdays == 5
    assert dict(directory(ws))[enterprise_id] == phoned


def test_service_day_changes(ws: Workspace) -> None:
    form = VisitForm(
        date(2026, 11, 5),
        None,
        "江城再生资源有限公司",
        "91350100M000100Y43",
        Mode.COME_IN,
        "局三楼",
        "张三",
        (Matter(MatterType.PERMIT, "排污许可变更"),),
    )
    result = changes.save_visit(ws, form, None, 0, today=TODAY)
    assert result.service_days and result.subject is not None
    assert result.reference is not None and len(result.reference.enterprises) == 1
    result = changes.set_shift_rule(ws, ShiftRule.KEEP)
    assert result.reference is not None and result.reference.shift_rule is ShiftRule.KEEP
