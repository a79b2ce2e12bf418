"""Refusals say what the user needs to act on, in the user's language: the date a step
may not precede, a category by its translated name, the enterprise that holds a credit
code."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QApplication

from approvals_gui.domain.enterprises import EnterpriseForm
from approvals_gui.domain.errors import DomainError
from approvals_gui.domain.stages import Action
from approvals_gui.services.applications import Step, apply_step, register
from approvals_gui.services.directory import save_enterprise
from approvals_gui.services.workspace import Workspace
from approvals_gui.store.errors import StoreError
from approvals_gui.ui import strings
from tests.conftest import CODE, TODAY, new_application


def refusal(ws: Workspace, step: Step) -> str:
    """What the user reads when `step` is refused on an application accepted 11-03."""
    app_id = register(ws, new_application(received_on=date(2026, 11, 2)), today=TODAY)
    apply_step(ws, app_id, 1, Step(Action.ACCEPT, date(2026, 11, 3)), today=TODAY)
    with pytest.raises(DomainError) as refused:
        apply_step(ws, app_id, 2, step, today=TODAY)
    return strings.error_text(refused.value)


def test_a_step_before_the_last_names_its_date(ws: Workspace, qapp: QApplication) -> None:
    said = refusal(ws, Step(Action.START_REVIEW, date(2026, 11, 2)))
    assert said == "日期不能早于上一步骤的日期 2026-11-03。"


def test_a_category_is_named_in_english(ws: Workspace, english: None) -> None:
    said = refusal(ws, Step(Action.EXTEND, reason="复杂", extension_days=5))
    assert "EIA form" in said and "环境影响报告表" not in said


def test_a_taken_credit_code_names_its_enterprise(ws: Workspace, qapp: QApplication) -> None:
    save_enterprise(ws, EnterpriseForm("江城再生资源有限公司", CODE))
    with pytest.raises(StoreError) as refused:
        save_enterprise(ws, EnterpriseForm("另一家", CODE))
    assert strings.error_text(refused.value) == (
        f"统一社会信用代码 {CODE} 已登记为“江城再生资源有限公司”，"
        "请核对，或在企业名录中编辑该企业。"
    )


def test_a_date_outside_the_calendar_names_the_years_it_covers(
    ws: Workspace, english: None
) -> None:
    """ "The date is outside the calendar." left the clerk to guess which dates are in."""
    with pytest.raises(DomainError) as refused:
        register(ws, new_application(received_on=date(1999, 12, 31)), today=TODAY)
    said = strings.error_text(refused.value)
    assert said == "The date is outside the calendar: it must fall in the years 2000 to 2060."
