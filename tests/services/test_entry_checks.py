"""Every use case refuses a date the calendar does not cover and text longer than its
column before writing anything, and keeps no control character."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from approvals_gui.domain.calendar import CalendarOverride, OverrideKind
from approvals_gui.domain.enterprises import EnterpriseForm
from approvals_gui.domain.errors import DomainError, ErrorCode
from approvals_gui.domain.stages import Action
from approvals_gui.services import calendar_admin
from approvals_gui.services.applications import Step, apply_step, detail, list_applications
from approvals_gui.services.applications import register as register_application
from approvals_gui.services.calendar_admin import confirm_year, read_schedule, set_days, year_days
from approvals_gui.services.directory import directory, save_enterprise
from approvals_gui.services.service_days import save_visit, visit
from approvals_gui.services.workspace import Workspace
from tests.conftest import TODAY, new_application
from tests.services.test_service_days import CODE, visit_form


@pytest.mark.parametrize("day", [date(1999, 12, 31), date(1900, 1, 1), date(1, 1, 1)])
def test_registration_before_the_calendar_writes_nothing(ws: Workspace, day: date) -> None:
    with pytest.raises(DomainError) as caught:
        register_application(ws, new_application(received_on=day), today=TODAY)
    assert caught.value.code is ErrorCode.DATE_OUT_OF_RANGE
    assert list_applications(ws, today=TODAY) == []


def test_registration_keeps_its_texts_clean(ws: Workspace) -> None:
    pasted = new_application(project="再生铝\x0b项目", remark="补\x07录")
    app_id = register_application(ws, pasted, today=TODAY)
    found = detail(ws, app_id, today=TODAY)
    assert found.view.record.project == "再生铝 项目" and found.events[0].remark == "补录"
    with pytest.raises(DomainError) as caught:
        register_application(ws, new_application(project="项" * 40_000), today=TODAY)
    assert caught.value.code is ErrorCode.TEXT_TOO_LONG


def test_a_step_before_the_calendar_writes_nothing(ws: Workspace) -> None:
    app_id = register_application(ws, new_application(), today=TODAY)
    with pytest.raises(DomainError) as caught:
        apply_step(ws, app_id, 1, Step(Action.ACCEPT, date(1999, 11, 3)), today=TODAY)
    assert caught.value.code is ErrorCode.DATE_OUT_OF_RANGE
    step = Step(Action.NOT_ACCEPT, date(2026, 11, 3), remark="\x07", reason="一、\x0b二、")
    done = apply_step(ws, app_id, 1, step, today=TODAY)
    assert (done.events[-1].remark, done.events[-1].reason) == ("", "一、\n二、")


def test_visits(ws: Workspace) -> None:
    with pytest.raises(DomainError) as caught:
        save_visit(ws, visit_form(due_on=date(2061, 1, 5)), today=TODAY)
    assert caught.value.code is ErrorCode.DATE_OUT_OF_RANGE
    visit_id = save_visit(ws, visit_form(place="企业\x0b厂区", measures="一\r\n二"), today=TODAY)
    kept = visit(ws, visit_id, today=TODAY).visit.form
    assert (kept.place, kept.measures) == ("企业 厂区", "一\n二")


def test_enterprises(ws: Workspace) -> None:
    with pytest.raises(DomainError) as caught:
        save_enterprise(ws, EnterpriseForm("企" * 201, CODE))
    assert caught.value.code is ErrorCode.TEXT_TOO_LONG
    save_enterprise(ws, EnterpriseForm("江城\x07再生资源有限公司", CODE, contact="王\t经理"))
    ((_id, kept),) = directory(ws)
    # A tab from a pasted cell parts words, as a space (a contact may name two people).
    assert (kept.name, kept.contact) == ("江城再生资源有限公司", "王 经理")


def test_calendar_entries(ws: Workspace) -> None:
    with pytest.raises(DomainError):
        set_days(ws, [CalendarOverride(date(1999, 10, 1), OverrideKind.HOLIDAY, "国庆节")])
    with pytest.raises(DomainError) as caught:
        confirm_year(ws, 1999)
    assert caught.value.code is ErrorCode.DATE_OUT_OF_RANGE
    set_days(ws, [CalendarOverride(date(2027, 10, 8), OverrideKind.HOLIDAY, "调休\x0b")])
    days = {d.day: d for d in year_days(ws, 2027).days}
    assert days[date(2027, 10, 8)].name == "调休"


def test_a_schedule_file_in_gbk_utf8_or_neither(tmp_path: Path) -> None:
    path = tmp_path / "假日.csv"
    path.write_bytes("2027-10-01,休,国庆节\n".encode("gbk"))
    assert [d.name for d in read_schedule(path).days] == ["国庆节"]
    path.write_bytes(b"\xef\xbb\xbf" + "2027-10-01,休,国庆节\n".encode())
    assert [d.name for d in read_schedule(path).days] == ["国庆节"]
    path.write_bytes(b"2027-10-01,\xff\xfe\x80\x81,\x80\n")  # neither: refused, not guessed
    assert [p.error.code for p in read_schedule(path).problems] == [ErrorCode.UNKNOWN_ENCODING]


def test_a_schedule_file_too_large(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(calendar_admin, "MAX_CSV_BYTES", 100)
    path = tmp_path / "假日.csv"
    path.write_text("2027-10-01,休,国庆节\n" * 20, encoding="utf-8")
    result = read_schedule(path)
    assert result.days == [] and result.problems[0].error.code is ErrorCode.FILE_TOO_LARGE
