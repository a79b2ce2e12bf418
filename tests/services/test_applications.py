"""Use cases through the real store: register, move, race, undo, list."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select
from sqlmodel import Session

from approvals_gui.domain.clock import Phase, Status
from approvals_gui.domain.errors import DomainError, ErrorCode
from approvals_gui.domain.stages import Action, Stage
from approvals_gui.services.applications import (
    Step,
    application_count,
    apply_step,
    decisions_numbered,
    detail,
    list_applications,
    register,
    view_of,
)
from approvals_gui.services.workspace import Workspace
from approvals_gui.store.errors import StoreError, StoreErrorCode
from approvals_gui.store.tables import Application, Enterprise, StageEventRow
from tests.conftest import CODE, NOW, TODAY, new_application, reviewed_and_refused


def count(ws: Workspace, table: type) -> int:
    with Session(ws.engine) as s:
        return int(s.scalar(select(func.count()).select_from(table)) or 0)


def test_register_creates_enterprise_application_and_first_event(ws: Workspace) -> None:
    app_id = register(ws, new_application(), today=TODAY)
    d = detail(ws, app_id, today=TODAY)
    assert d.view.record.number == "HP2026-00001"
    assert d.view.record.facts.stage is Stage.RECEIVED
    assert [e.action for e in d.events] == [Action.REGISTER]
    assert d.view.clock.phase is Phase.DECISION and d.view.clock.deemed_accepted  # 11-02 + 5
    second = register(ws, new_application(project="二期工程"), today=TODAY)
    assert detail(ws, second, today=TODAY).view.record.number == "HP2026-00002"
    assert count(ws, Enterprise) == 1  # the same credit code is the same enterprise


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"credit_code": "91350100M000100Y44"}, ErrorCode.CREDIT_CODE_CHECK),
        ({"category": "nuclear"}, ErrorCode.UNKNOWN_CATEGORY),
        ({"category": ""}, ErrorCode.REQUIRED_FIELD),  # none chosen: said as such
        ({"received_on": date(2026, 11, 26)}, ErrorCode.DATE_IN_FUTURE),
        ({"project": "  "}, ErrorCode.REQUIRED_FIELD),
        ({"investment": -5.0}, ErrorCode.INVALID_NUMBER),
        ({"investment": 1e9}, ErrorCode.INVESTMENT_TOO_LARGE),
    ],
)
def test_bad_registrations_write_nothing(ws: Workspace, changes: dict, code: ErrorCode) -> None:  # type: ignore[type-arg]
    with pytest.raises(DomainError) as err:
        register(ws, new_application(**changes), today=TODAY)
    assert err.value.code is code
    assert count(ws, Application) == count(ws, Enterprise) == 0


def test_asked_first_a_second_registration_of_an_open_project_is_held(ws: Workspace) -> None:
    """The same project of the same enterprise, still open (a second click, a second
    clerk): held for the clerk to confirm, and saved once they have; one closed, or
    another enterprise's, is no reason to ask."""
    from approvals_gui.domain.registration import Second

    today = date(2026, 11, 3)
    first = register(ws, new_application(received_on=today), today=today)
    again = new_application(project=" 年产5万吨 再生铝项目", received_on=today)
    with pytest.raises(DomainError) as held:
        register(ws, again, today=today, ask_first=True)
    assert held.value.code is ErrorCode.SECOND_THOUGHTS
    (thought,) = held.value.params["thoughts"]
    assert thought.kind is Second.SAME_OPEN and thought.numbers == ("HP2026-00001",)
    # The code typed in lower case, in groups or in 全角 is the same enterprise's.
    full_width = "".join(chr(ord(c) + 0xFEE0) for c in CODE)
    for typed in (CODE.lower(), f" {CODE[:8]} {CODE[8:]}", full_width):
        with pytest.raises(DomainError) as held:
            register(ws, replace(again, credit_code=typed), today=today, ask_first=True)
        assert held.value.params["thoughts"][0].kind is Second.SAME_OPEN
    assert count(ws, Application) == 1
    other = new_application(credit_code="91110000600037341L", received_on=today)
    register(ws, other, today=today, ask_first=True)  # another enterprise's: not asked
    apply_step(ws, first, 1, Step(Action.WITHDRAW, today), today=today)
    register(ws, again, today=today, ask_first=True)  # the first one closed
    register(ws, again, today=today)  # confirmed: saved without asking
    assert count(ws, Application) == 4


def test_steps_move_the_application_and_bump_its_version(ws: Workspace) -> None:
    app_id = register(ws, new_application(received_on=date(2026, 11, 20)), today=TODAY)
    v = apply_step(
        ws, app_id, 1, Step(Action.ACCEPT, date(2026, 11, 23)), today=TODAY
    ).view.record.version
    v = apply_step(ws, app_id, v, Step(Action.START_REVIEW), today=TODAY).view.record.version
    assert v == 3
    d = detail(ws, app_id, today=TODAY)
    assert d.view.record.facts.stage is Stage.REVIEW
    assert d.view.clock.promised_due == date(2026, 12, 7)
    assert Action.APPROVE in d.allowed and Action.ACCEPT not in d.allowed


def test_a_stale_version_is_refused_and_nothing_is_overwritten(ws: Workspace) -> None:
    app_id = register(ws, new_application(received_on=date(2026, 11, 20)), today=TODAY)
    apply_step(ws, app_id, 1, Step(Action.ACCEPT), today=TODAY)  # another desktop saved first
    with pytest.raises(StoreError) as err:
        apply_step(ws, app_id, 1, Step(Action.REQUEST_SUPPLEMENT, materials=("图件",)), today=TODAY)
    assert err.value.code is StoreErrorCode.STALE
    assert detail(ws, app_id, today=TODAY).view.record.facts.stage is Stage.ACCEPTED
    assert count(ws, StageEventRow) == 2


def test_a_forbidden_transition_writes_nothing(ws: Workspace) -> None:
    app_id = register(ws, new_application(), today=TODAY)
    with pytest.raises(DomainError) as err:
        apply_step(ws, app_id, 1, Step(Action.DELIVER), today=TODAY)
    assert err.value.code is ErrorCode.TRANSITION_NOT_ALLOWED
    assert (
        count(ws, StageEventRow) == 1 and detail(ws, app_id, today=TODAY).view.record.version == 1
    )


def test_undo_is_recorded_and_restores_the_clock(ws: Workspace) -> None:
    app_id = register(ws, new_application(received_on=date(2026, 11, 20)), today=TODAY)
    v = apply_step(ws, app_id, 1, Step(Action.ACCEPT), today=TODAY).view.record.version
    apply_step(ws, app_id, v, Step(Action.UNDO, remark="点错了"), today=TODAY)
    d = detail(ws, app_id, today=TODAY)
    assert d.view.record.facts.stage is Stage.RECEIVED
    assert d.view.clock.phase is Phase.INTAKE
    assert [e.action for e in d.events] == [Action.REGISTER, Action.ACCEPT, Action.UNDO]


def test_extension_is_limited_by_the_rule(ws: Workspace) -> None:
    from dataclasses import replace

    from approvals_gui.services.rules import save_rule

    app_id = register(ws, new_application(received_on=date(2026, 11, 20)), today=TODAY)
    v = apply_step(ws, app_id, 1, Step(Action.ACCEPT), today=TODAY).view.record.version
    with pytest.raises(DomainError) as err:  # the EIA law gives a 报告表 no extension
        apply_step(ws, app_id, v, Step(Action.EXTEND, reason="复杂", extension_days=5), today=TODAY)
    assert err.value.code is ErrorCode.EXTENSION_NOT_ALLOWED
    assert detail(ws, app_id, today=TODAY).blocked[Action.EXTEND].code is (
        ErrorCode.EXTENSION_NOT_ALLOWED
    )
    save_rule(ws, replace(ws.rule("report_form"), extension_workdays=10))
    with pytest.raises(DomainError) as err:
        apply_step(
            ws, app_id, v, Step(Action.EXTEND, reason="复杂", extension_days=15), today=TODAY
        )
    assert err.value.code is ErrorCode.EXTENSION_TOO_LONG
    apply_step(
        ws, app_id, v, Step(Action.EXTEND, reason="需现场核查", extension_days=10), today=TODAY
    )
    clock = detail(ws, app_id, today=TODAY).view.clock
    assert clock.statutory_due is not None and clock.original_statutory_due is not None
    assert clock.statutory_due > clock.original_statutory_due


def test_list_is_most_urgent_first(ws: Workspace) -> None:
    calm = register(
        ws, new_application(received_on=date(2026, 11, 24), project="新项目"), today=TODAY
    )
    late = register(
        ws, new_application(received_on=date(2026, 11, 2), project="老项目"), today=TODAY
    )
    items = list_applications(ws, today=TODAY)
    assert [v.record.id for v in items] == [late, calm]
    assert items[0].clock.status is Status.OVERDUE
    assert list_applications(ws, open_only=True, today=TODAY)[0].record.id == late


def test_filters_by_text_and_quick_filters(ws: Workspace) -> None:
    from approvals_gui.domain.search import ApplicationFilter

    register(
        ws,
        new_application(project="年产5万吨再生铝项目", received_on=date(2026, 11, 24)),
        today=TODAY,
    )
    other = register(
        ws,
        new_application(
            project="污水处理厂提标改造工程",
            enterprise_name="青山水务有限公司",
            credit_code="91110000600037341L",
            category="report_book",
            handler="李四",
        ),
        today=TODAY,
    )

    def ids(**kw: object) -> list[int]:
        return [
            v.record.id for v in list_applications(ws, where=ApplicationFilter(**kw), today=TODAY)
        ]  # type: ignore[arg-type]

    assert ids(text="污水") == [other]
    assert ids(text="青山 提标") == [other]
    assert ids(text="600037341l") == [other]  # credit code, any case
    assert ids(text="HP2026-00002") == [other]
    assert ids(category="report_book") == [other] == ids(handler="李四")
    assert ids(status=Status.DUE_SOON) == [other]  # 报告书: 20 days from 11-02, due 11-30
    assert ids(stage=Stage.RECEIVED, text="不存在") == []


def test_a_local_holiday_moves_due_dates_at_once(ws: Workspace) -> None:
    from approvals_gui.domain.calendar import CalendarOverride, OverrideKind
    from approvals_gui.services.calendar_admin import confirm_year, set_days

    app_id = register(ws, new_application(received_on=date(2026, 11, 20)), today=TODAY)
    apply_step(ws, app_id, 1, Step(Action.ACCEPT, date(2026, 11, 23)), today=TODAY)
    before = detail(ws, app_id, today=TODAY).view.clock.promised_due
    set_days(ws, [CalendarOverride(date(2026, 11, 27), OverrideKind.HOLIDAY, "本地放假")])
    after = detail(ws, app_id, today=TODAY).view.clock.promised_due
    assert before == date(2026, 12, 7) and after == date(2026, 12, 8)
    assert not ws.calendar().is_confirmed(2027)
    confirm_year(ws, 2027)
    assert ws.calendar().is_confirmed(2027)
    with pytest.raises(DomainError):
        set_days(ws, [CalendarOverride(date(2099, 1, 1), OverrideKind.HOLIDAY)])


def test_preview_shows_the_effect_without_saving(ws: Workspace) -> None:
    from approvals_gui.services.preview import preview_step

    app_id = register(ws, new_application(received_on=date(2026, 11, 24)), today=TODAY)
    current = detail(ws, app_id, today=TODAY)
    step = Step(Action.ACCEPT)
    clock = preview_step(current, step, ws.calendar(), today=TODAY, actor="张三", now=NOW).clock
    assert clock.phase is Phase.DECISION and clock.promised_due == date(2026, 12, 9)
    assert detail(ws, app_id, today=TODAY).view.record.version == 1
    assert count(ws, StageEventRow) == 1


def test_directory_and_handlers(ws: Workspace) -> None:
    from approvals_gui.services.directory import enterprises, handlers

    register(ws, new_application(handler="王五"), today=TODAY)
    register(ws, new_application(handler="李四", project="二期"), today=TODAY)
    assert handlers(ws) == ["李四", "王五"]
    assert [e.credit_code for e in enterprises(ws)] == ["91350100M000100Y43"]


def test_a_step_returns_what_a_fresh_read_shows(ws: Workspace) -> None:
    from dataclasses import replace

    from approvals_gui.domain.timelimits import Limit, Unit
    from approvals_gui.services.rules import save_rule

    app_id = register(ws, new_application(received_on=date(2026, 11, 2)), today=TODAY)
    approve = Step(Action.APPROVE, date(2026, 11, 17), document_number="环审〔2026〕2号")
    steps = (
        Step(Action.REQUEST_SUPPLEMENT, date(2026, 11, 3), materials=("图件", "公众参与说明")),
        Step(Action.RECEIVE_MATERIALS, date(2026, 11, 5)),
        Step(Action.ACCEPT, date(2026, 11, 6)),
        Step(Action.START_REVIEW, date(2026, 11, 9), remark="转审查"),
        Step(Action.START_PUBLIC_NOTICE, date(2026, 11, 9)),  # 拟批准公示 to 11-16
        approve,  # judged by the current rule
        Step(Action.UNDO),  # follows the current rule again
        approve,  # judged by the rule as it stands now (changed below)
        Step(Action.DELIVER, date(2026, 11, 18)),  # keeps its judged rule
    )
    for version, step in enumerate(steps, start=1):
        if step.action is Action.UNDO:
            save_rule(ws, replace(ws.rule("report_form"), promised=Limit(5, Unit.WORKDAYS)))
        returned = apply_step(ws, app_id, version, step, today=TODAY)
        assert returned == detail(ws, app_id, today=TODAY), step.action
        assert returned.view.record.version == version + 1
    assert returned.rule.promised.amount == 5 and returned.view.record.judged_rule_id == 2


def test_the_count_is_every_application_running_or_finished(ws: Workspace) -> None:
    assert application_count(ws) == 0
    running = register(ws, new_application(), today=TODAY)
    finished = register(ws, new_application(project="另一项目"), today=TODAY)
    apply_step(ws, finished, 1, Step(Action.WITHDRAW, date(2026, 11, 3)), today=TODAY)
    assert running != finished and application_count(ws) == 2


def test_a_document_number_in_use_is_found_on_the_decisions_in_force(ws: Workspace) -> None:
    """A 文号 is normally one decision's: the step controller asks before a second."""

    def refused(number: str, *, undone: bool = False) -> int:
        app_id = register(ws, new_application(received_on=date(2026, 11, 2)), today=TODAY)
        steps = [Step(Action.ACCEPT, date(2026, 11, 3)), *reviewed_and_refused(number)]
        if undone:
            steps.append(Step(Action.UNDO, date(2026, 11, 12)))
        for version, step in enumerate(steps, start=1):
            apply_step(ws, app_id, version, step, today=TODAY)
        return app_id

    first = refused("环审〔2026〕30号")
    refused("环审〔2026〕31号", undone=True)  # taken back: not in force
    second = refused("环审〔2026〕31号")
    found = decisions_numbered(ws, " 环审〔2026〕30号 ", other_than=second)
    number = view_of(ws, first, today=TODAY).record.number
    assert [(n, e.action, e.document_number) for n, e in found] == [
        (number, Action.REFUSE, "环审〔2026〕30号")
    ]
    assert decisions_numbered(ws, "环审〔2026〕30号", other_than=first) == []
    assert [n for n, _e in decisions_numbered(ws, "环审〔2026〕31号", other_than=first)] == [
        view_of(ws, second, today=TODAY).record.number
    ]
