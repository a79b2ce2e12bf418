"""A rule change moves open applications' dates at once; decided ones keep theirs."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from approvals_gui.domain.access import Role, User
from approvals_gui.domain.clock import Status
from approvals_gui.domain.errors import DomainError, ErrorCode
from approvals_gui.domain.rules import new_category
from approvals_gui.domain.stages import Action
from approvals_gui.domain.timelimits import Limit, Unit
from approvals_gui.domain.units import Authority, Level
from approvals_gui.services import units
from approvals_gui.services.applications import Step, apply_step, detail, register
from approvals_gui.services.rules import (
    add_category,
    category_use,
    remove_category,
    rename_category,
    save_rule,
)
from approvals_gui.services.workspace import Workspace
from approvals_gui.store import repo
from approvals_gui.store.db import session_scope
from approvals_gui.store.errors import StoreError, StoreErrorCode
from tests.conftest import TODAY, new_application

ROOT = Path(__file__).resolve().parents[2]

DOC = "环审〔2026〕7号"


def test_rule_change_applies_to_open_items_only(ws: Workspace) -> None:
    running = register(ws, new_application(received_on=date(2026, 11, 20)), today=TODAY)
    apply_step(ws, running, 1, Step(Action.ACCEPT, date(2026, 11, 23)), today=TODAY)
    decided = register(
        ws, new_application(project="已决定", received_on=date(2026, 11, 2)), today=TODAY
    )
    v = apply_step(
        ws, decided, 1, Step(Action.ACCEPT, date(2026, 11, 3)), today=TODAY
    ).view.record.version
    v = apply_step(
        ws, decided, v, Step(Action.START_REVIEW, date(2026, 11, 4)), today=TODAY
    ).view.record.version
    apply_step(
        ws,
        decided,
        v,
        Step(Action.REFUSE, date(2026, 11, 16), document_number=DOC, reason="选址不符合规划"),
        today=TODAY,
    )
    assert (
        detail(ws, decided, today=TODAY).view.clock.status is Status.WITHIN_PROMISE
    )  # promised due 11-17
    assert detail(ws, running, today=TODAY).view.clock.promised_due == date(2026, 12, 7)

    tighter = replace(ws.rule("report_form"), promised=Limit(5, Unit.WORKDAYS))
    save_rule(ws, tighter)

    assert detail(ws, running, today=TODAY).view.clock.promised_due == date(2026, 11, 30)
    judged = detail(ws, decided, today=TODAY)
    assert judged.view.clock.status is Status.WITHIN_PROMISE and judged.rule.promised.amount == 10
    assert judged.view.clock.promised_due == date(2026, 11, 17)


def test_undoing_a_decision_lets_the_current_rule_apply_again(ws: Workspace) -> None:
    app_id = register(ws, new_application(received_on=date(2026, 11, 2)), today=TODAY)
    v = apply_step(
        ws, app_id, 1, Step(Action.ACCEPT, date(2026, 11, 3)), today=TODAY
    ).view.record.version
    v = apply_step(
        ws, app_id, v, Step(Action.START_REVIEW, date(2026, 11, 4)), today=TODAY
    ).view.record.version
    v = apply_step(
        ws,
        app_id,
        v,
        Step(Action.REFUSE, date(2026, 11, 16), document_number=DOC, reason="选址不符合规划"),
        today=TODAY,
    ).view.record.version
    save_rule(ws, replace(ws.rule("report_form"), promised=Limit(5, Unit.WORKDAYS)))
    apply_step(ws, app_id, v, Step(Action.UNDO), today=TODAY)
    again = detail(ws, app_id, today=TODAY)
    assert again.view.record.judged_rule_id is None and again.rule.promised.amount == 5
    assert again.view.clock.status is Status.OVERDUE


def test_a_category_added_is_stored_and_offered(ws: Workspace) -> None:
    add_category(ws, "危险废物经营许可证核发", "report_form")
    (added,) = [r for r in ws.rules().values() if r.name == "危险废物经营许可证核发"]
    assert added.statutory == ws.rule("report_form").statutory and added.legal_basis == ""
    fields = {"category": added.category, "received_on": TODAY}
    app_id = register(ws, new_application(**fields), today=TODAY)
    assert detail(ws, app_id, today=TODAY).view.record.category == added.category
    with pytest.raises(DomainError) as err:  # a second desk adds the same name
        add_category(ws, "危险废物经营许可证核发", "report_book")
    assert err.value.code is ErrorCode.CATEGORY_NAME_TAKEN


def test_only_who_may_edit_rules_adds_a_category(ws: Workspace) -> None:
    clerk = ws.signed_in(User("张三", "city", Role.CLERK))
    with pytest.raises(DomainError) as err:
        add_category(clerk, "取水许可", "report_form")
    assert err.value.code is ErrorCode.NOT_PERMITTED
    assert "取水许可" not in {r.name for r in ws.rules().values()}


def test_two_desks_adding_at_once_never_overwrite_each_other(ws: Workspace) -> None:
    """Both read the categories before either saved: both would take category_1. The
    second is refused, and the first's category stays as it was saved."""
    first = new_category("取水许可", ws.rule("report_form"), ws.rules())
    second = new_category("危险废物经营许可证核发", ws.rule("report_book"), ws.rules())
    assert first.category == second.category
    with session_scope(ws.engine) as session:
        repo.add_rule(session, first)
    with pytest.raises(StoreError) as err, session_scope(ws.engine) as session:
        repo.add_rule(session, second)
    assert err.value.code is StoreErrorCode.DUPLICATE
    ws.reload()
    assert ws.rule(first.category).name == "取水许可"


OTHER_DESK = """
import sys
from approvals_gui.services.rules import add_category
from approvals_gui.services.workspace import Workspace
from approvals_gui.store.database import open_database
add_category(Workspace(open_database(sys.argv[1]), "李四"), "取水许可", "report_form")
"""


def test_a_category_another_desk_added_is_neither_taken_again_nor_overwritten(
    ws: Workspace, database: str
) -> None:
    """Another process adds 取水许可 (category_1) while this desk's rules are cached
    without it: this desk's same name is refused, and its next category takes the next
    code, the other desk's left as it saved it."""
    assert "category_1" not in ws.rules()  # cached here before the other desk's add
    subprocess.run([sys.executable, "-c", OTHER_DESK, database], cwd=ROOT, check=True, timeout=120)
    with pytest.raises(DomainError) as err:
        add_category(ws, "取水许可", "report_book")
    assert err.value.code is ErrorCode.CATEGORY_NAME_TAKEN
    add_category(ws, "危险废物经营许可证核发", "report_book")
    names = {code: rule.name for code, rule in ws.rules().items()}
    assert names["category_1"] == "取水许可"
    assert names["category_2"] == "危险废物经营许可证核发"
    assert ws.rule("category_1").statutory == ws.rule("report_form").statutory


# -- renaming or removing a category the bureau added -------------------------------------


def test_a_category_added_with_a_typo_is_renamed_everywhere_but_in_decisions(
    ws: Workspace,
) -> None:
    """Lists and new notices say the corrected name; a decided application keeps the
    rule it was judged by, name and all."""
    typo = add_category(ws, "危险废物经营许可证合发", "report_form")
    running = register(ws, new_application(category=typo.category), today=TODAY)
    decided = _decided(ws, typo.category)
    fixed = rename_category(ws, typo, "危险废物经营许可证核发")
    assert fixed == replace(typo, name="危险废物经营许可证核发")
    assert ws.rules()[typo.category] == fixed
    assert detail(ws, running, today=TODAY).rule.name == "危险废物经营许可证核发"
    assert detail(ws, decided, today=TODAY).rule == typo


def test_a_rename_from_a_stale_view_or_without_the_right_changes_nothing(ws: Workspace) -> None:
    added = add_category(ws, "取水许可", "report_form")
    save_rule(ws, replace(added, warn_workdays=2), based_on=added)  # another desk, say
    with pytest.raises(StoreError) as err:
        rename_category(ws, added, "取水许可证核发")
    assert err.value.code is StoreErrorCode.CHANGED_ELSEWHERE
    clerk = ws.signed_in(User("张三", "city", Role.CLERK))
    with pytest.raises(DomainError) as refused:
        rename_category(clerk, ws.rules()[added.category], "取水许可证核发")
    assert refused.value.code is ErrorCode.NOT_PERMITTED
    with pytest.raises(DomainError) as shipped:
        rename_category(ws, ws.rule("report_form"), "报告表")
    assert shipped.value.code is ErrorCode.CATEGORY_BUILT_IN
    assert {r.name for r in ws.rules().values()} >= {"取水许可", ws.rule("report_form").name}
    assert "取水许可证核发" not in {r.name for r in ws.rules().values()}


def test_a_category_nobody_registered_in_is_removed_with_its_authority(ws: Workspace) -> None:
    added = add_category(ws, "取水许可", "report_form")
    stale = Workspace(ws.engine, "李四")  # another desk, its list read before the removal
    assert added.category in stale.rules()
    units.save_authorities(ws, [Authority(added.category, Level.LOCAL, "市政办〔2026〕3号")])
    assert category_use(ws, added.category) == 0
    remove_category(ws, added)
    assert added.category not in ws.rules() and ws.authorities() == {}
    again = add_category(ws, "取水许可", "report_form")  # the name is free again
    assert again.name == "取水许可"
    # Not its code: a desk whose list still offers the removed one is refused, rather
    # than registering into this one, and told the category is gone (it was told an
    # enterprise, application or unit was not in the database).
    assert again.category != added.category
    with pytest.raises(DomainError) as err:
        register(stale, new_application(category=added.category), today=TODAY)
    assert err.value.code is ErrorCode.CATEGORY_REMOVED
    assert category_use(ws, again.category) == category_use(ws, added.category) == 0


def test_a_category_removed_elsewhere_is_said_to_have_changed(ws: Workspace) -> None:
    """Not "未知的审批类别": the edit began on a category another desk removed since."""
    added = add_category(ws, "取水许可", "report_form")
    remove_category(ws, added)
    for attempt in (
        lambda: rename_category(ws, added, "取水许可证核发"),
        lambda: remove_category(ws, added),
        lambda: save_rule(ws, replace(added, warn_workdays=2), based_on=added),
    ):
        with pytest.raises(StoreError) as err:
            attempt()
        assert err.value.code is StoreErrorCode.CHANGED_ELSEWHERE
    ws.reload()
    assert added.category not in ws.rules()


@pytest.mark.parametrize("decided", [False, True], ids=["open", "decided"])
def test_a_category_with_an_application_is_not_removed(ws: Workspace, decided: bool) -> None:
    """Counted at the write: an application registered after the admin was told there
    were none (another desk's, say) still keeps the category."""
    added = add_category(ws, "取水许可", "report_form")
    units.save_authorities(ws, [Authority(added.category, Level.LOCAL)])
    assert category_use(ws, added.category) == 0  # what the admin was told
    if decided:
        _decided(ws, added.category)
    else:
        register(ws, new_application(category=added.category), today=TODAY)
    with pytest.raises(DomainError) as err:
        remove_category(ws, added)
    assert err.value.code is ErrorCode.CATEGORY_IN_USE
    assert err.value.params["applications"] == 1 == category_use(ws, added.category)
    ws.reload()
    assert ws.rules()[added.category] == added and added.category in ws.authorities()


def _decided(ws: Workspace, category: str) -> int:
    """An application of `category` refused, so that it keeps the rule it was judged by."""
    app = register(ws, new_application(category=category), today=TODAY)
    version = 1
    for step in (
        Step(Action.ACCEPT, date(2026, 11, 3)),
        Step(Action.START_REVIEW, date(2026, 11, 4)),
        Step(Action.REFUSE, date(2026, 11, 12), document_number=DOC, reason="选址不符合规划"),
    ):
        version = apply_step(ws, app, version, step, today=TODAY).view.record.version
    return app
