"""Signing in: refusals stay in the dialog, five in a row lock, and the window then acts
as the signed-in user (the history records their name, not this desk's)."""

from __future__ import annotations

from functools import partial

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from approvals_gui.app import sign_in_at_start
from approvals_gui.domain.access import Role, User
from approvals_gui.services import changes, users
from approvals_gui.services.applications import detail
from approvals_gui.services.workspace import Workspace
from approvals_gui.ui import settings as options
from approvals_gui.ui.dialogs.settings_dialog import SettingsDialog
from approvals_gui.ui.dialogs.sign_in_dialog import SignInDialog
from approvals_gui.ui.workers import Worker
from tests.conftest import TODAY, new_application
from tests.ui.conftest import answer_next_dialog, open_window, read_next_box

ADMIN = User("王管理", "city", Role.ADMIN)
CLERK = User("李四", "city", Role.CLERK)
PASSWORD = "correct-horse"


@pytest.fixture
def staffed(ws: Workspace) -> Workspace:
    users.add_user(ws, ADMIN, PASSWORD)  # the first user: anyone may add them
    users.add_user(ws.signed_in(ADMIN), CLERK, PASSWORD)
    return ws


@pytest.fixture
def holder(qtbot: QtBot) -> QWidget:
    """Owns a dialog and its worker, and outlives both."""
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def sign_in_dialog(holder: QWidget, ws: Workspace) -> SignInDialog:
    dialog = SignInDialog(ws, Worker(holder), holder)
    dialog.show()
    return dialog


def attempt(qtbot: QtBot, dialog: SignInDialog, name: str, password: str) -> None:
    dialog.name.setText(name)
    dialog.password.setText(password)
    with qtbot.waitSignal(dialog.answered):
        dialog.sign_in_button.click()


def test_refused_then_signed_in(qtbot: QtBot, holder: QWidget, staffed: Workspace) -> None:
    dialog = sign_in_dialog(holder, staffed)
    attempt(qtbot, dialog, "李四", "wrong-password")
    assert dialog.isVisible() and dialog.user is None
    assert dialog.problem.text() == "用户名或密码不正确。"
    assert dialog.password.text() == ""  # never left in the field
    attempt(qtbot, dialog, "nobody", PASSWORD)
    assert dialog.problem.text() == "用户名或密码不正确。"  # unknown names are not told apart
    with qtbot.waitSignal(dialog.accepted):
        attempt(qtbot, dialog, "李四", PASSWORD)
    assert dialog.user == CLERK


def test_five_failures_lock_the_account(qtbot: QtBot, holder: QWidget, staffed: Workspace) -> None:
    dialog = sign_in_dialog(holder, staffed)
    for _ in range(4):
        attempt(qtbot, dialog, "李四", "wrong-password")
        assert dialog.problem.text() == "用户名或密码不正确。"
    attempt(qtbot, dialog, "李四", "wrong-password")
    assert "账号已锁定至 10:45" in dialog.problem.text()  # NOW is 10:30; locked 15 minutes
    attempt(qtbot, dialog, "李四", PASSWORD)  # even the right password, while locked
    assert "账号已锁定至 10:45" in dialog.problem.text() and dialog.user is None


def test_a_disabled_account_is_told_so(qtbot: QtBot, holder: QWidget, staffed: Workspace) -> None:
    users.disable(staffed.signed_in(ADMIN), CLERK.name)
    dialog = sign_in_dialog(holder, staffed)
    attempt(qtbot, dialog, "李四", PASSWORD)
    assert dialog.problem.text() == "该账号已停用，请与管理员联系。"


def test_the_history_records_the_signed_in_clerk(
    qtbot: QtBot, staffed: Workspace, settings: QSettings
) -> None:
    assert options.USER_NAME.get(settings) == "张三"  # this desk's name, which must not act
    window = open_window(qtbot, staffed.signed_in(CLERK), settings)
    qtbot.waitUntil(lambda: window.user_label.text() == "当前用户：李四（市局，承办人）")
    assert window.switch_user_action.isVisible()
    written: list[changes.ChangeSet] = []
    form = new_application(handler="李四")
    window.ops.write(partial(changes.register, window.ops.ws, form, today=TODAY), written.append)
    qtbot.waitUntil(lambda: bool(written))
    subject = written[0].subject
    assert subject is not None
    assert [e.actor for e in detail(staffed, subject, today=TODAY).events] == ["李四"]


def test_without_sign_in_the_status_bar_names_nobody(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    window = open_window(qtbot, ws, settings)
    assert window.user_label.text() == "" and not window.switch_user_action.isVisible()
    assert window.ops.ws.actor == "张三"


def test_startup_without_users_says_how_to_add_the_first_admin(
    qtbot: QtBot, holder: QWidget, ws: Workspace
) -> None:
    users.set_sign_in_required(ws, False)
    worker = Worker(holder)
    assert sign_in_at_start(ws, worker, "x.sqlite3") is ws  # off: nobody signs in
    shown: list[str] = []
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(users, "sign_in_required", lambda _ws: True)
        read_next_box(shown)
        assert sign_in_at_start(ws, worker, "x.sqlite3") is None
    assert "main.py users add 姓名 --role admin --unit city --db x.sqlite3" in shown[0]


def test_startup_signs_in_before_the_window(
    qtbot: QtBot, holder: QWidget, staffed: Workspace
) -> None:
    users.set_sign_in_required(staffed.signed_in(ADMIN), True)
    worker = Worker(holder)

    def sign_in(dialog: QWidget) -> None:
        assert isinstance(dialog, SignInDialog)
        dialog.name.setText("李四")
        dialog.password.setText(PASSWORD)
        dialog.sign_in_button.click()

    answer_next_dialog(sign_in, SignInDialog)
    signed = sign_in_at_start(staffed, worker, "x.sqlite3")
    assert signed is not None and signed.user == CLERK and signed.actor == "李四"
    answer_next_dialog(lambda dialog: dialog.reject(), SignInDialog)  # type: ignore[attr-defined]
    assert sign_in_at_start(staffed, worker, "x.sqlite3") is None  # cancelled


def test_switching_user_acts_as_the_new_one(
    qtbot: QtBot, staffed: Workspace, settings: QSettings
) -> None:
    window = open_window(qtbot, staffed.signed_in(CLERK), settings)
    qtbot.waitUntil(lambda: "李四" in window.user_label.text())

    def sign_in(dialog: QWidget) -> None:
        assert isinstance(dialog, SignInDialog)
        dialog.name.setText(ADMIN.name)
        dialog.password.setText(PASSWORD)
        dialog.sign_in_button.click()

    answer_next_dialog(sign_in, SignInDialog)
    window.switch_user_action.trigger()
    assert window.ops.ws.user == ADMIN and window.ops.ws.actor == ADMIN.name
    qtbot.waitUntil(lambda: window.user_label.text() == "当前用户：王管理（市局，管理员）")


@pytest.mark.parametrize("with_admin", [False, True])
def test_sign_in_can_be_turned_on_only_with_an_admin_to_sign_in_as(
    qtbot: QtBot, ws: Workspace, settings: QSettings, with_admin: bool
) -> None:
    """Ticked on a file with no admin account, with a contact typed too: the contact
    was saved, sign-in refused after the dialog had closed."""
    if with_admin:
        users.add_user(ws, ADMIN, PASSWORD)
    window = open_window(qtbot, ws, settings)
    seen: list[tuple[bool, str]] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, SettingsDialog)
        seen.append((dialog.sign_in.isEnabled(), dialog.sign_in.toolTip()))
        dialog.reject()

    answer_next_dialog(look, SettingsDialog)
    window.open_settings()
    qtbot.waitUntil(lambda: bool(seen))
    enabled, why = seen[0]
    assert enabled is with_admin
    assert ("须先在“单位与用户”中添加一个启用的管理员账号" in why) is not with_admin
