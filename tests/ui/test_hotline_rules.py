"""The 12369 hotline's time limits on the 时限规则 page (issue 15): a saved number moves
every case's dates at once; an impossible one is refused in words and nothing is
saved; a clerk reads them, with the reason, and cannot change them; nothing clipped."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from approvals_gui.domain.access import Role, User
from approvals_gui.domain.hotline.clock import CaseDueKind
from approvals_gui.domain.hotline.rules import DEFAULT_HOTLINE_RULE, HotlineRule
from approvals_gui.services import users
from approvals_gui.services.changes import ChangeSet
from approvals_gui.services.hotline import (
    case_detail,
    hotline_rule,
    register_report,
    save_hotline_rule,
)
from approvals_gui.services.workspace import Workspace
from approvals_gui.ui import settings as options
from approvals_gui.ui.main_window import HOTLINE, RULES, MainWindow
from tests.conftest import TODAY, new_report
from tests.ui.conftest import open_window, read_next_box
from tests.ui.test_hotline_page import bureau
from tests.ui.test_layout import at_1366_by_768, clipped, language, settle

__all__ = ["bureau", "language"]  # the fixtures

ADMIN = User("王管理", "city", Role.ADMIN)
CLERK = User("李四", "city", Role.CLERK)


def accept_due(ws: Workspace, case_id: int) -> date:
    found = case_detail(ws, case_id, today=TODAY).view.clock.deadline(CaseDueKind.ACCEPT)
    assert found is not None
    return found.due


def hotline_rules(qtbot: QtBot, ws: Workspace, settings: QSettings) -> MainWindow:
    """The window on the 时限规则 page's 12369 tab, the saved rule shown."""
    window = open_window(qtbot, ws, settings)
    window.show_view(RULES)
    page = window.rules.page
    qtbot.waitUntil(lambda: page.hotline.rule() is not None)
    page.tabs.setCurrentWidget(page.hotline)
    return window


def test_a_saved_limit_moves_a_cases_dates(
    qtbot: QtBot, bureau: Workspace, settings: QSettings
) -> None:
    case_id = register_report(bureau, new_report(), today=TODAY)  # received 11-02
    assert accept_due(bureau, case_id) == date(2026, 11, 17)  # 15 calendar days
    window = hotline_rules(qtbot, bureau, settings)
    window.show_view(HOTLINE)  # the 12369 page has read the cases under the old rule
    settle(window)
    window.show_view(RULES)
    edit = window.rules.page.hotline
    assert edit.days["accept_days"].value() == 15 and edit.days["close_days"].value() == 60
    assert edit.days["accept_days"].suffix() == " 个自然日"
    assert edit.bases["accept_basis"].text() == DEFAULT_HOTLINE_RULE.accept_basis
    assert "环境保护部令第15号" in edit.bases["close_basis"].text()
    edit.days["accept_days"].setValue(18)
    edit.bases["review_basis"].setText("《信访工作条例》（2022）第三十五条")
    with qtbot.waitSignal(window.ops.changed) as saved:
        edit.save_button.click()
    assert saved.args is not None and saved.args[0].cases
    assert edit.rule() == hotline_rule(bureau)  # what the next edit starts from, at once
    assert hotline_rule(bureau) == HotlineRule(
        accept_days=18, review_basis="《信访工作条例》（2022）第三十五条"
    )
    assert accept_due(bureau, case_id) == date(2026, 11, 20)  # every case's dates at once
    qtbot.waitUntil(lambda: edit.rule() == hotline_rule(bureau))  # the page read it back
    assert edit.days["accept_days"].value() == 18 and edit.problem.text() == ""
    assert window.hotline.stale  # the 12369 page reads its cases afresh when shown


def test_defaults_come_back_to_the_form_until_saved(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    window = hotline_rules(qtbot, ws, settings)
    edit = window.rules.page.hotline
    edit.days["close_days"].setValue(45)
    edit.bases["accept_basis"].setText("本局规定")
    edit.defaults_button.click()
    assert edit.days["close_days"].value() == 60
    assert edit.bases["accept_basis"].text() == DEFAULT_HOTLINE_RULE.accept_basis
    edit.days["warn_days"].setValue(0)
    assert edit.days["warn_days"].text() == "不预警"
    edit.revert_button.click()
    assert edit.days["warn_days"].value() == 5


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("close_days", 0, "“办结（自受理之日起）”应为 1–365 个自然日，未保存。"),
        ("repeat_window_days", 400, "“重复举报合并期”应为 0–365 个自然日，未保存。"),
    ],
)
def test_an_impossible_limit_is_refused_and_nothing_saved(
    qtbot: QtBot, ws: Workspace, settings: QSettings, field: str, value: int, words: str
) -> None:
    window = hotline_rules(qtbot, ws, settings)
    edit = window.rules.page.hotline
    edit.days["accept_days"].setValue(20)
    edit.days[field].setValue(value)
    with qtbot.assertNotEmitted(window.ops.changed), qtbot.assertNotEmitted(edit.save_requested):
        edit.save_button.click()
    assert edit.problem.text() == words
    assert edit.days[field].hasFocus()
    settle(window)
    assert hotline_rule(ws) == DEFAULT_HOTLINE_RULE


def test_a_clerk_reads_the_limits_and_why_they_cannot_change_them(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    users.add_user(ws, ADMIN, "correct-horse")
    users.add_user(ws.signed_in(ADMIN), CLERK, "correct-horse")
    window = hotline_rules(qtbot, ws.signed_in(CLERK), settings)
    page = window.rules.page
    edit = page.hotline
    assert page.read_only_note.isVisible()
    assert page.read_only_note.text() == "您的角色（承办人）无权修改时限规则，以下内容仅供查看。"
    assert edit.days["close_days"].value() == 60  # shown, as saved
    assert edit.bases["close_basis"].text() == DEFAULT_HOTLINE_RULE.close_basis
    assert all(spin.isReadOnly() for spin in edit.days.values())
    assert all(line.isReadOnly() for line in edit.bases.values())
    for button in (edit.save_button, edit.defaults_button, edit.revert_button):
        assert not button.isEnabled()
    assert not page.form_box.isEnabled()  # the approvals' limits, likewise
    assert not page.add_button.isEnabled()  # and no category to add


def test_an_admin_edits_without_a_note(qtbot: QtBot, ws: Workspace, settings: QSettings) -> None:
    users.add_user(ws, ADMIN, "correct-horse")
    window = hotline_rules(qtbot, ws.signed_in(ADMIN), settings)
    page = window.rules.page
    assert not page.read_only_note.isVisible()
    assert page.hotline.save_button.isEnabled() and page.form_box.isEnabled()
    assert not page.hotline.days["accept_days"].isReadOnly()


def test_the_hotline_tab_fits_1366_by_768(
    qtbot: QtBot, ws: Workspace, settings: QSettings, language: str
) -> None:
    options.LANGUAGE.set(settings, language)
    window = at_1366_by_768(qtbot, hotline_rules(qtbot, ws, settings))
    settle(window)
    QApplication.processEvents()
    assert clipped(window) == []
    assert window.width() == 1366


def test_an_edit_in_progress_outlives_another_desks_save(
    qtbot: QtBot, ws: Workspace, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A case reported on another desk, then the limits saved there, while the admin
    edits here: the edit stays, the refused save is said in a box and beside the
    buttons, and 还原 shows the other desk's limits. (Any case's change used to read
    the limits again into the form, wiping the edit unseen.)"""
    window = hotline_rules(qtbot, ws, settings)
    edit = window.rules.page.hotline
    edit.days["close_days"].setValue(45)  # the admin's edit, not saved yet
    read: list[HotlineRule] = []  # the limits as the page reads them again
    shown = edit.set_rule
    monkeypatch.setattr(edit, "set_rule", lambda rule: (read.append(rule), shown(rule)))
    window.ops.publish(ChangeSet(cases=True))  # another desk's new case, heard of
    qtbot.waitUntil(lambda: len(read) == 1)
    assert edit.days["close_days"].value() == 45 and edit.problem.text() == ""

    elsewhere = replace(DEFAULT_HOTLINE_RULE, warn_days=3)
    save_hotline_rule(Workspace(ws.engine, "另一台"), elsewhere, based_on=DEFAULT_HOTLINE_RULE)
    window.ops.publish(ChangeSet(cases=True))
    qtbot.waitUntil(lambda: len(read) == 2)
    assert "另一台电脑刚修改并保存了 12369 热线时限" in edit.problem.text()
    assert edit.days["close_days"].value() == 45 and edit.days["warn_days"].value() == 5
    said: list[str] = []
    read_next_box(said)
    edit.save_button.click()
    qtbot.waitUntil(lambda: bool(said))
    assert "另一台电脑已修改并保存了这些内容" in said[0]
    assert hotline_rule(ws) == elsewhere  # nothing of the refused save
    qtbot.waitUntil(lambda: len(read) == 3)  # read again after the refusal
    edit.defaults_button.click()  # still an edit: the note stays
    assert "另一台电脑刚修改并保存了 12369 热线时限" in edit.problem.text()
    edit.revert_button.click()
    assert edit.days["close_days"].value() == 60 and edit.days["warn_days"].value() == 3
    assert edit.problem.text() == "" and edit.rule() == elsewhere
