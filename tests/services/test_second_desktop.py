"""Two desktops on one database, each with its own cached rules: what one changes, the
other neither crashes on nor overwrites with its older copy."""

from __future__ import annotations

import dataclasses
from datetime import date

from sqlalchemy import Engine

from approvals_gui.domain.stages import Action
from approvals_gui.domain.timelimits import Limit, Unit
from approvals_gui.services.applications import (
    Step,
    apply_step,
    detail,
    list_applications,
    register,
    view_of,
)
from approvals_gui.services.board import board_cards
from approvals_gui.services.figures import figures_report
from approvals_gui.services.rules import save_rule
from approvals_gui.services.workspace import Workspace
from tests.conftest import NOW, TODAY, new_application

STEPS = (
    Step(Action.ACCEPT, date(2026, 11, 3)),
    Step(Action.START_REVIEW, date(2026, 11, 4)),
)
DECIDE = Step(
    Action.REFUSE, date(2026, 11, 12), document_number="环审〔2026〕9号", reason="选址不符合规划"
)


def in_review(ws: Workspace, project: str) -> int:
    app_id = register(ws, new_application(project=project), today=TODAY)
    for version, step in enumerate(STEPS, start=1):
        apply_step(ws, app_id, version, step, today=TODAY)
    return app_id


def test_a_rule_edited_and_a_decision_made_on_another_desktop(engine: Engine) -> None:
    here = Workspace(engine, "张三", now=lambda: NOW)
    there = Workspace(engine, "李四", now=lambda: NOW)  # its own cache
    first, second = in_review(here, "一号项目"), in_review(here, "二号项目")
    assert len(list_applications(here, today=TODAY)) == 2  # rules cached here
    longer = dataclasses.replace(here.rule("report_form"), promised=Limit(15, Unit.WORKDAYS))
    save_rule(there, longer)
    apply_step(there, first, 3, DECIDE, today=TODAY)  # freezes the rule there

    # Here, the application judged by a rule this desktop has never seen.
    assert view_of(here, first, today=TODAY).record.judged_rule_id is not None
    assert detail(here, first, today=TODAY).rule.promised.amount == 15
    assert len(list_applications(here, today=TODAY)) == 2
    board_cards(here, today=TODAY)
    figures_report(here, date(2026, 1, 1), TODAY, today=TODAY)

    # A decision here freezes the rule as it is in the database, not the cached one.
    assert here.rule("report_form").promised.amount == 10  # still the old copy
    decided = apply_step(here, second, 3, DECIDE, today=TODAY)
    assert decided.rule.promised.amount == 15
    assert detail(there, second, today=TODAY).rule == decided.rule


def test_a_rule_edited_with_a_bulk_change_elsewhere_is_read_again(engine: Engine) -> None:
    """Another desk's rule edit and import, seen in one look, said only "read everything
    again": this desk's rules stayed as cached, and the lists counted by them."""
    from approvals_gui.services.live import others_changes
    from approvals_gui.store.live import Changes

    here = Workspace(engine, "张三", now=lambda: NOW)
    there = Workspace(engine, "李四", now=lambda: NOW)
    before = here.rule("report_form")
    edited = dataclasses.replace(before, promised=Limit(before.promised.amount + 5, Unit.WORKDAYS))
    save_rule(there, edited, based_on=before)

    class BothSeen:
        def poll(self) -> Changes:
            return Changes(reference=True, reload=True)

    found = others_changes(here, BothSeen(), today=TODAY)  # type: ignore[arg-type]
    assert found is not None and found.reload
    assert found.reference is not None and found.reference.rules["report_form"] == edited
    assert here.rule("report_form") == edited
