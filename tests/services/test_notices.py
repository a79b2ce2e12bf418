"""The bureau's notice settings in the database, and finding an application by number."""

from __future__ import annotations

import pytest

from approvals_gui.domain.errors import DomainError, ErrorCode
from approvals_gui.domain.notices import NoticeSettings
from approvals_gui.domain.units import Unit, UnitKind
from approvals_gui.services.applications import register
from approvals_gui.services.notices import (
    detail_by_number,
    move_authority,
    notice_settings,
    save_notice_settings,
    settings_for,
)
from approvals_gui.services.units import save_units
from approvals_gui.services.workspace import Workspace
from approvals_gui.store.errors import StoreError, StoreErrorCode
from tests.conftest import TODAY, new_application

OURS = NoticeSettings("江城市生态环境局", "江环审〔{year}〕{n}号", "李四", "0591-87654321", 20)


def test_a_new_database_has_the_default_settings(ws: Workspace) -> None:
    assert notice_settings(ws) == NoticeSettings()


def test_saved_settings_are_every_desks(ws: Workspace) -> None:
    save_notice_settings(ws, OURS)
    other_desk = Workspace(ws.engine, "王五")
    assert notice_settings(other_desk) == OURS


def test_settings_are_kept_as_cleaned(ws: Workspace) -> None:
    typed = NoticeSettings(" 江城市生态环境局 ", "{n}", "", " 12369 ", 5)
    save_notice_settings(ws, typed)
    assert notice_settings(ws) == NoticeSettings("江城市生态环境局", "{n}", "", "12369", 5)


def test_refused_settings_change_nothing(ws: Workspace) -> None:
    save_notice_settings(ws, OURS)
    with pytest.raises(DomainError) as err:
        save_notice_settings(ws, NoticeSettings(number_pattern="环审〔{year}〕号"))
    assert err.value.code is ErrorCode.NOTICE_PATTERN_WITHOUT_NUMBER
    assert notice_settings(ws) == OURS


def test_the_first_desk_brings_its_own_authority_name(ws: Workspace) -> None:
    assert move_authority(ws, "江城市生态环境局").authority == "江城市生态环境局"
    # Another desk with another name of its own: the database's stays.
    assert move_authority(ws, "滨海县环保局").authority == "江城市生态环境局"
    assert notice_settings(ws).authority == "江城市生态环境局"


def test_a_saved_name_is_not_replaced_by_a_desks_own(ws: Workspace) -> None:
    save_notice_settings(ws, OURS)
    assert move_authority(ws, "滨海县环保局") == OURS


@pytest.mark.parametrize("local", ["", "   ", "局" * 61])
def test_a_name_the_settings_would_refuse_is_not_brought(ws: Workspace, local: str) -> None:
    assert move_authority(ws, local) == NoticeSettings()
    assert move_authority(ws, "江城市生态环境局").authority == "江城市生态环境局"


def test_an_application_is_found_by_its_number(ws: Workspace) -> None:
    register(ws, new_application(project="甲"), today=TODAY)
    second = register(ws, new_application(project="乙"), today=TODAY)
    found = detail_by_number(ws, " HP2026-00002 ", today=TODAY)
    assert found.view.record.id == second and found.view.record.project == "乙"


def test_an_unknown_number_is_refused(ws: Workspace) -> None:
    register(ws, new_application(), today=TODAY)
    with pytest.raises(StoreError) as err:
        detail_by_number(ws, "HP2026-00099", today=TODAY)
    assert err.value.code is StoreErrorCode.NOT_FOUND
    assert "HP2026-00099" in str(err.value)


def test_a_branch_signs_with_its_own_name_where_it_has_one(ws: Workspace) -> None:
    """Kept with the unit, read by every desk: the notices of what 高新分局 decides carry
    its name and line; the city bureau's keep the bureau's settings."""
    save_notice_settings(ws, OURS)
    signed = "江城市生态环境局高新分局"
    own = Unit("gx", "高新分局", UnitKind.BRANCH, "高新区", True, signed, "12369")
    save_units(ws, [*ws.units(), own])
    assert Workspace(ws.engine, "王五").units()[-1] == own  # stored whole
    branch = settings_for(ws, "gx")
    assert (branch.authority, branch.phone, branch.contact) == (
        "江城市生态环境局高新分局",
        "12369",
        "",  # the application's handler, at the branch
    )
    assert settings_for(ws, "city") == settings_for(ws, "gone") == OURS


def test_settings_changed_since_they_were_read_are_not_written_over(ws: Workspace) -> None:
    from dataclasses import replace

    read = notice_settings(ws)
    elsewhere = replace(read, authority="江城市生态环境局高新区分局")
    save_notice_settings(ws, elsewhere, read)
    with pytest.raises(StoreError) as refused:
        save_notice_settings(ws, replace(read, phone="0591-87654321"), read)
    assert refused.value.code is StoreErrorCode.CHANGED_ELSEWHERE
    assert notice_settings(ws) == elsewhere
    save_notice_settings(ws, replace(elsewhere, phone="0591-87654321"), elsewhere)
    assert notice_settings(ws).phone == "0591-87654321"
