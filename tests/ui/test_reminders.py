"""Reminders without looking (#13): the day's digest of my items, the tray's notices when
one of them turns red, and the setting that turns both off."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import partial

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel, QSystemTrayIcon
from pytestqt.qtbot import QtBot

from approvals_gui.domain.notices import NoticeSettings
from approvals_gui.domain.reminders import WEEK_WORKDAYS
from approvals_gui.domain.service_days import Matter, MatterType, Mode, VisitForm
from approvals_gui.domain.stages import Action
from approvals_gui.services import changes
from approvals_gui.services.applications import Step, apply_step, register, view_of
from approvals_gui.services.rules import save_rule
from approvals_gui.services.service_days import save_visit
from approvals_gui.services.workspace import Workspace
from approvals_gui.ui import settings as options
from approvals_gui.ui.dialogs.settings_dialog import SettingsDialog
from approvals_gui.ui.main_window import MainWindow
from approvals_gui.ui.reminders import DEFAULT_WARN, DigestDialog, DigestEntry
from tests.conftest import CODE, TODAY, new_application
from tests.ui.conftest import open_window


def in_expert_review(ws: Workspace) -> int:
    """Mine, accepted on 3 November, in expert review since the 4th: paused, not red."""
    app_id = register(ws, new_application(project="热电联产项目"), today=TODAY)
    apply_step(ws, app_id, 1, Step(Action.ACCEPT, date(2026, 11, 3)), today=TODAY)
    apply_step(ws, app_id, 2, Step(Action.START_EXPERT_REVIEW, date(2026, 11, 4)), today=TODAY)
    return app_id


def finish_review(window: MainWindow, qtbot: QtBot, app_id: int) -> None:
    """The review finished on 10 November: the promise (24 November) is past, red."""
    step = Step(Action.FINISH_EXPERT_REVIEW, date(2026, 11, 10))
    with qtbot.waitSignal(window.ops.changed):
        window.ops.write(partial(changes.step, window.ops.ws, app_id, 3, step, today=TODAY))


def test_digest_on_the_first_open_of_a_day_only(
    qtbot: QtBot, data: Workspace, settings: QSettings
) -> None:
    window = open_window(qtbot, data, settings)
    qtbot.waitUntil(lambda: window.reminders.digest is not None)
    digest = window.reminders.digest
    assert isinstance(digest, DigestDialog) and digest.isVisible()
    texts = [digest.entries.item(row).text() for row in range(digest.entries.count())]
    assert len(texts) == 1 and "已超期" in texts[0]  # the overdue one; not the finished one
    assert options.LAST_DIGEST.get(settings) == TODAY.isoformat()
    window.close()

    again = open_window(qtbot, data, settings)  # the same day: no digest
    assert again.reminders.digest is None
    assert not any(isinstance(w, DigestDialog) for w in again.findChildren(DigestDialog))


def test_no_digest_without_my_due_items(qtbot: QtBot, ws: Workspace, settings: QSettings) -> None:
    in_expert_review(ws)  # paused: nothing turns this week
    register(ws, new_application(handler="李四"), today=TODAY)  # someone else's
    window = open_window(qtbot, ws, settings)
    qtbot.waitUntil(lambda: options.LAST_DIGEST.get(settings) == TODAY.isoformat())
    after: list[bool] = []  # the worker is serialised: the follow-ups' read came first
    window.ops.read(lambda: True, after.append)
    qtbot.waitUntil(lambda: after == [True])
    assert window.reminders.digest is None


def test_a_step_that_makes_my_item_red_notifies_once(
    qtbot: QtBot, ws: Workspace, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    app_id = in_expert_review(ws)
    window = open_window(qtbot, ws, settings)
    notices: list[tuple[str, str]] = []
    monkeypatch.setattr(window.reminders, "notify", lambda *notice: notices.append(notice))
    assert "超期 0 件" in window.reminders.tooltip
    finish_review(window, qtbot, app_id)
    qtbot.waitUntil(lambda: len(notices) == 1)
    assert "热电联产项目" in notices[0][1] and "已超期" in notices[0][1]
    assert "超期 1 件" in window.reminders.tooltip


def test_the_setting_turns_reminders_off(
    qtbot: QtBot, data: Workspace, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    app_id = in_expert_review(data)
    options.REMINDERS.set(settings, False)
    window = open_window(qtbot, data, settings)
    notices: list[tuple[str, str]] = []
    monkeypatch.setattr(window.reminders, "notify", lambda *notice: notices.append(notice))
    finish_review(window, qtbot, app_id)
    assert window.reminders.digest is None and options.LAST_DIGEST.get(settings) == ""
    assert notices == [] and window.reminders.tray is None


def test_the_settings_dialog_has_the_checkbox(qtbot: QtBot, settings: QSettings) -> None:
    dialog = SettingsDialog(settings, NoticeSettings())
    qtbot.addWidget(dialog)
    assert dialog.reminders.isChecked()  # on by default
    dialog.reminders.setChecked(False)
    dialog.save()
    assert options.REMINDERS.get(settings) is False


# The offscreen platform has no tray: making one there anyway, it says so.
@pytest.mark.qt_log_ignore("propagateSizeHints", "systemTrayWindowChanged")
def test_the_tray_only_where_the_desktop_has_one(
    qtbot: QtBot, data: Workspace, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, data, settings)
    if not QSystemTrayIcon.isSystemTrayAvailable():
        assert window.reminders.tray is None  # offscreen: none, and nothing breaks
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    window.reminders.apply_setting()
    tray = window.reminders.tray
    assert tray is not None and tray.toolTip() == window.reminders.tooltip
    assert "超期 1 件" in tray.toolTip()
    options.REMINDERS.set(settings, False)
    window.reminders.apply_setting()
    assert window.reminders.tray is None


def test_the_digest_warns_by_the_rules_days_from_the_first_start(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    """The rules come after the list at a start: the digest still warns by their days,
    not by the default."""
    app_id = register(ws, new_application(received_on=TODAY), today=TODAY)
    apply_step(ws, app_id, 1, Step(Action.ACCEPT, TODAY), today=TODAY)
    view = view_of(ws, app_id, today=TODAY)
    left = view.clock.workdays_left
    assert left is not None and left - DEFAULT_WARN > WEEK_WORKDAYS  # the default: silent
    save_rule(ws, replace(ws.rule(view.record.category), warn_workdays=left - 2))
    window = open_window(qtbot, ws, settings)
    qtbot.waitUntil(lambda: window.reminders.digest is not None)
    digest = window.reminders.digest
    assert digest is not None and digest.entries.count() == 1
    window.close()


def test_the_digest_says_it_holds_late_items_and_shows_each_line_whole(qtbot: QtBot) -> None:
    line = "HP2026-0001 江城化工有限公司年产十万吨精细化工中间体技术改造项目 · 已超期 59 个工作日"
    dialog = DigestDialog([DigestEntry(line, 1), DigestEntry("HP2026-0002 · 明天到期", 2)])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    heading = dialog.findChild(QLabel)
    assert heading is not None and heading.text().startswith("您名下已超期或本周")
    assert dialog.entries.horizontalScrollBar().maximum() == 0  # no line cut off


def test_a_turn_to_yellow_is_not_read_as_a_due_date(
    qtbot: QtBot, data: Workspace, settings: QSettings
) -> None:
    """ "3 个工作日后即将到期" read as due in three days; the item only turns yellow then."""
    from approvals_gui.domain.reminders import Level, Turn

    window = open_window(qtbot, data, settings)
    said = window.reminders._turn_text
    assert said(Turn(Level.YELLOW, 3)) == "3 个工作日后转为即将到期"
    # Red the working day after its due date: the days left, as the list says them.
    assert said(Turn(Level.RED, 5)) == "剩 4 个工作日"
    assert said(Turn(Level.RED, 1)) == "今日到期"


@pytest.mark.parametrize("actor", ["王五", "王 五"])
def test_a_follow_up_reminds_its_owner_however_the_name_was_padded(
    qtbot: QtBot, ws: Workspace, settings: QSettings, actor: str
) -> None:
    """A desk named "王 五" (or an account an older program kept so) is 王五, who owns
    the follow-up: it is in the day's digest."""
    options.USER_NAME.set(settings, actor)
    ws = ws.with_actor(actor)
    form = VisitForm(
        date(2026, 11, 5), None, "江城再生资源有限公司", CODE, Mode.COME_IN, "局三楼", "张三",
        (Matter(MatterType.PERMIT, "排污许可变更"),), owner="王五", due_on=date(2026, 11, 26),
    )  # fmt: skip
    save_visit(ws, form, today=TODAY)
    window = open_window(qtbot, ws, settings)
    qtbot.waitUntil(lambda: window.reminders.digest is not None)
    digest = window.reminders.digest
    assert isinstance(digest, DigestDialog)
    texts = [digest.entries.item(row).text() for row in range(digest.entries.count())]
    assert texts == ["企业服务日跟进：江城再生资源有限公司（即将到期）"]
