"""First-run setup (issue 13): asked once before the window, it names the bureau and
the clerk, so that 我的事项 lists the clerk's work and notices carry the right names."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from approvals_gui.app import first_run_at_start
from approvals_gui.domain.access import Role, User
from approvals_gui.services import users
from approvals_gui.services.applications import register
from approvals_gui.services.notices import notice_settings
from approvals_gui.services.workspace import Workspace
from approvals_gui.store.database import open_database
from approvals_gui.ui import settings as options
from approvals_gui.ui.dialogs.first_run_dialog import FirstRunDialog
from approvals_gui.ui.dialogs.settings_dialog import SettingsDialog
from approvals_gui.ui.dialogs.step_dialog import StepDialog
from approvals_gui.ui.main_window import MainWindow
from approvals_gui.ui.workers import Worker
from tests.conftest import TODAY, new_application
from tests.ui.conftest import answer_next_dialog, open_window, type_text

DEMO_CLERKS = ("李明", "王芳")


@pytest.fixture
def fresh(tmp_path: Path) -> QSettings:
    """A desk never set up: no name, no bureau, no FIRST_RUN_DONE."""
    return QSettings(str(tmp_path / "fresh.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def demo(ws: Workspace) -> Workspace:
    """Two clerks' work, as the demo data has: two for 李明, one for 王芳."""
    for handler in (*DEMO_CLERKS, DEMO_CLERKS[0]):
        register(ws, new_application(handler=handler), today=TODAY)
    return ws


@pytest.fixture
def holder(qtbot: QtBot) -> QWidget:
    """Owns a dialog and its worker, and outlives both."""
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def worker(holder: QWidget) -> Worker:
    return Worker(holder)


def answer_first_run(handler: Callable[[FirstRunDialog], None]) -> list[FirstRunDialog]:
    """Run `handler` on the next first-run dialog once its choices are in; the dialogs
    answered, to look at."""
    seen: list[FirstRunDialog] = []

    def when_ready(dialog: QWidget) -> None:
        assert isinstance(dialog, FirstRunDialog)
        seen.append(dialog)
        if dialog.ready:
            handler(dialog)
        else:
            dialog.loaded.connect(lambda: handler(dialog))

    answer_next_dialog(when_ready, FirstRunDialog)
    return seen


def names_offered(dialog: FirstRunDialog) -> list[str]:
    return [dialog.name.itemText(i) for i in range(dialog.name.count())]


def test_asked_on_first_run_and_not_after(
    qtbot: QtBot, ws: Workspace, worker: Worker, fresh: QSettings
) -> None:
    def accept(dialog: FirstRunDialog) -> None:
        dialog.bureau.setText("江城市生态环境局")
        dialog.name.setCurrentText("赵\u3000敏")  # padded as in a ledger: the same name
        dialog.ok_button.click()

    seen = answer_first_run(accept)
    assert first_run_at_start(ws, worker, fresh, [])
    assert len(seen) == 1 and options.FIRST_RUN_DONE.get(fresh)
    assert options.USER_NAME.get(fresh) == "赵敏"
    assert first_run_at_start(ws, worker, fresh, []) is False  # set up: not asked again
    assert QApplication.activeModalWidget() is None


def test_a_demo_clerk_picked_sees_their_work_in_my_items(
    qtbot: QtBot, demo: Workspace, worker: Worker, fresh: QSettings
) -> None:
    def pick_li_ming(dialog: FirstRunDialog) -> None:
        assert set(DEMO_CLERKS) <= set(names_offered(dialog))
        assert dialog.name.currentText() == ""  # not the computer's login
        dialog.bureau.setText("江城市生态环境局")
        dialog.name.setCurrentIndex(dialog.name.findText("李明"))
        dialog.ok_button.click()

    answer_first_run(pick_li_ming)
    assert first_run_at_start(demo, worker, fresh, [])
    window = open_window(qtbot, demo, fresh)
    assert window.ops.ws.actor == "李明"
    proxy = window.applications.page.proxy
    qtbot.waitUntil(lambda: proxy.rowCount() == 2)  # 李明's two, not 王芳's


def test_the_bureau_name_reaches_the_notices(
    qtbot: QtBot, ws: Workspace, worker: Worker, fresh: QSettings
) -> None:
    def name_the_bureau(dialog: FirstRunDialog) -> None:
        assert dialog.bureau.text() == ""  # the placeholder bureau is not offered
        dialog.bureau.setText("  江城市生态环境局 ")
        dialog.name.setCurrentText("赵敏")
        dialog.ok_button.click()

    answer_first_run(name_the_bureau)
    assert first_run_at_start(ws, worker, fresh, [])
    assert notice_settings(ws).authority == "江城市生态环境局"


def test_an_empty_name_is_asked_for(
    qtbot: QtBot, holder: QWidget, ws: Workspace, fresh: QSettings
) -> None:
    dialog = shown_once_read(qtbot, holder, ws, fresh)
    dialog.bureau.setText("江城市生态环境局")
    dialog.ok_button.click()
    assert dialog.problem.isVisible() and "姓名" in dialog.problem.text()
    assert not options.FIRST_RUN_DONE.get(fresh)
    dialog.bureau.setText("江城市生态环境局（盖章）")  # another field: the problem stays
    assert dialog.problem.isVisible()
    dialog.name.setEditText("张三")  # mended: said no longer
    assert not dialog.problem.isVisible()


def test_an_empty_bureau_is_named_in_what_is_said(
    qtbot: QtBot, holder: QWidget, ws: Workspace, fresh: QSettings
) -> None:
    dialog = shown_once_read(qtbot, holder, ws, fresh)
    dialog.bureau.setText("")
    dialog.name.setCurrentText("张三")
    dialog.ok_button.click()
    assert dialog.problem.text() == "发文机关（局名）：此项为必填项。"
    assert not options.FIRST_RUN_DONE.get(fresh)


def test_cancel_opens_the_window_and_asks_again_next_start(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from approvals_gui import app as app_module
    from approvals_gui.paths import data_dir
    from approvals_gui.ui.error_report import ErrorReporter

    monkeypatch.setattr(ErrorReporter, "install", lambda _self: None)  # keep pytest-qt's
    monkeypatch.setattr(ErrorReporter, "uninstall", lambda _self: None)
    database = tmp_path / "desk.sqlite3"
    open_database(database, create=True).dispose()
    opened: list[MainWindow] = []

    def quit_once_loaded() -> None:
        windows = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        if not windows or windows[0].applications.loading:
            QTimer.singleShot(20, quit_once_loaded)
            return
        opened.append(windows[0])
        QApplication.exit(0)  # not quit(): that closes every window, later tests too

    for start in (1, 2):
        seen = answer_first_run(lambda dialog: dialog.reject())
        QTimer.singleShot(0, quit_once_loaded)
        assert app_module.run_gui(["--db", str(database)]) == 0
        assert len(seen) == 1 and len(opened) == start  # asked, and the window opened
        window = opened[-1]
        assert window.ops.ws.actor == options.USER_NAME.get(window._settings)
        # Idle first (the finished rows kept), or it stays open, waiting, and the next
        # start's check would find it.
        qtbot.waitUntil(lambda: not window.closing.busy())  # noqa: B023
        window.close()
        assert not window.isVisible()
        window.deleteLater()
        for translator in QApplication.instance().findChildren(QTranslator):  # the window's
            QApplication.removeTranslator(translator)
            translator.deleteLater()
    desk = QSettings(str(data_dir() / "settings.ini"), QSettings.Format.IniFormat)
    assert not options.FIRST_RUN_DONE.get(desk)


def test_signed_in_the_name_is_the_users_and_cannot_be_changed(
    qtbot: QtBot, ws: Workspace, worker: Worker, fresh: QSettings
) -> None:
    admin, clerk = User("王管理", "city", Role.ADMIN), User("李四", "city", Role.CLERK)
    users.add_user(ws, admin, "correct-horse")
    users.add_user(ws.signed_in(admin), clerk, "correct-horse")
    signed = ws.signed_in(clerk)

    def look(dialog: FirstRunDialog) -> None:
        assert names_offered(dialog) == ["李四"] and not dialog.name.isEnabled()
        assert not dialog.unit.isEnabled() and dialog.unit.currentData() == "city"
        assert not dialog.bureau.isEnabled()  # a clerk may not rename the bureau
        dialog.ok_button.click()

    answer_first_run(look)
    assert first_run_at_start(signed, worker, fresh, [])
    assert fresh.value(options.USER_NAME.key) is None  # the history records who signed in
    assert options.FIRST_RUN_DONE.get(fresh)


def signed_in_as(ws: Workspace, role: Role) -> Workspace:
    """`ws` signed in as 李四 of 市局 in `role`, an admin having added the account."""
    admin = User("王管理", "city", Role.ADMIN)
    users.add_user(ws, admin, "correct-horse")
    if role is Role.ADMIN:
        return ws.signed_in(admin)
    user = User("李四", "city", role)
    users.add_user(ws.signed_in(admin), user, "correct-horse")
    return ws.signed_in(user)


def shown_once_read(
    qtbot: QtBot, holder: QWidget, ws: Workspace, fresh: QSettings
) -> FirstRunDialog:
    dialog = FirstRunDialog(ws, Worker(holder), fresh, holder)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.ready)
    return dialog


@pytest.mark.parametrize("role", [Role.CLERK, Role.MANAGER])
def test_signed_in_without_the_right_the_bureau_is_not_asked_for(
    qtbot: QtBot, holder: QWidget, ws: Workspace, fresh: QSettings, role: Role
) -> None:
    """A clerk on a shared database may not set the bureau's name: the text says the
    administrator sets it instead of asking for it, and the greyed field says why."""
    dialog = shown_once_read(qtbot, holder, signed_in_as(ws, role), fresh)
    intro = dialog.intro.text()
    assert "贵局的名称" not in intro and "您的姓名；" not in intro, intro
    assert "局名由管理员设置" in intro and "以登录账号为准" in intro
    assert not dialog.bureau.isEnabled()
    assert dialog.bureau.placeholderText() == "由管理员设置"
    assert "管理员" in dialog.bureau.toolTip()
    assert dialog.account.isVisible() and dialog.account.text() == "李四（市局）"
    assert not dialog.name.isVisible() and not dialog.unit.isVisible()
    assert dialog.picked_name() == "李四"  # kept as the account's


def test_signed_in_without_the_right_in_english(
    qtbot: QtBot, holder: QWidget, ws: Workspace, fresh: QSettings, english: None
) -> None:
    dialog = shown_once_read(qtbot, holder, signed_in_as(ws, Role.CLERK), fresh)
    intro = dialog.intro.text()
    assert "administrator sets the bureau’s name" in intro and "give your" not in intro
    assert dialog.bureau.placeholderText() == "Set by an administrator"
    assert dialog.account.text() == "李四 (市局)"


def test_a_signed_in_admin_is_asked_for_the_bureau_not_for_their_name(
    qtbot: QtBot, holder: QWidget, ws: Workspace, fresh: QSettings
) -> None:
    dialog = shown_once_read(qtbot, holder, signed_in_as(ws, Role.ADMIN), fresh)
    intro = dialog.intro.text()
    assert "请填写贵局的名称" in intro and "以登录账号为准" in intro
    assert "由管理员设置" not in intro
    assert dialog.bureau.isEnabled() and dialog.bureau.placeholderText().startswith("例如")
    assert dialog.account.isVisible() and dialog.account.text() == "王管理（市局）"
    assert not dialog.name.isVisible() and not dialog.unit.isVisible()


def test_without_sign_in_the_bureau_and_the_name_are_asked_for(
    qtbot: QtBot, holder: QWidget, ws: Workspace, fresh: QSettings
) -> None:
    dialog = shown_once_read(qtbot, holder, ws, fresh)
    assert "请填写贵局的名称和您的姓名" in dialog.intro.text()
    assert dialog.bureau.isEnabled() and dialog.name.isEnabled() and dialog.unit.isEnabled()
    assert dialog.name.isVisible() and dialog.unit.isVisible()
    assert not dialog.account.isVisible()


def test_settings_can_run_it_again(qtbot: QtBot, settings: QSettings) -> None:
    from approvals_gui.domain.notices import NoticeSettings

    options.FIRST_RUN_DONE.set(settings, True)
    asked: list[bool] = []
    dialog = SettingsDialog(settings, NoticeSettings(), first_run=lambda: asked.append(True))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.first_run.click()
    qtbot.waitUntil(lambda: asked == [True])
    assert not dialog.isVisible() and not options.FIRST_RUN_DONE.get(settings)
    alone = SettingsDialog(settings, NoticeSettings())  # no window to run it: next start
    qtbot.addWidget(alone)
    alone.first_run.click()
    assert not alone.first_run.isEnabled() and not options.FIRST_RUN_DONE.get(settings)


def test_the_name_in_the_settings_is_kept_without_its_padding(
    qtbot: QtBot, settings: QSettings
) -> None:
    from approvals_gui.domain.notices import NoticeSettings

    dialog = SettingsDialog(settings, NoticeSettings())
    qtbot.addWidget(dialog)
    dialog.user.setText(" 王  芳 ")
    dialog.save()
    assert options.USER_NAME.get(settings) == "王芳"  # the handler 王芳's items are "mine"


def test_the_language_picked_is_spoken_at_once_and_kept(
    qtbot: QtBot, ws: Workspace, worker: Worker, fresh: QSettings
) -> None:
    from approvals_gui.i18n import install_translators

    app = QApplication.instance()
    assert app is not None
    translators = install_translators(app, "zh_CN")
    before = list(translators)
    changed: list[bool] = []

    said: list[str] = []

    def buttons_named(dialog: FirstRunDialog) -> bool:
        """The note under the form names the two buttons as they read."""
        later = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        note = dialog.next_steps.text()
        said.append(note)
        return f"“{dialog.ok_button.text()}”" in note and f"“{later.text()}”" in note

    def pick_english(dialog: FirstRunDialog) -> None:
        changed.append(buttons_named(dialog))
        dialog.bureau.setText("Jiangcheng Ecology Bureau")
        dialog.ok_button.click()  # no name yet: said, and said again in English below
        assert dialog.problem.text() == "请选择或输入您的姓名。"
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        changed.append(translators != before)  # swapped in place, while the dialog is up
        # The buttons had been renamed OK and Cancel by the box, after the dialog.
        qtbot.waitUntil(lambda: dialog.problem.text() == "Choose or type your name.")
        assert dialog.ok_button.text() == "Start"
        changed.append(buttons_named(dialog))
        dialog.name.setCurrentText("Zhao Min")
        dialog.ok_button.click()

    answer_first_run(pick_english)
    try:
        assert first_run_at_start(ws, worker, fresh, translators)
    finally:
        for translator in translators:
            app.removeTranslator(translator)
    assert changed == [True, True, True], said
    assert options.LANGUAGE.get(fresh) == "en"


def test_run_again_from_the_window_acts_as_the_new_name_at_once(
    qtbot: QtBot, demo: Workspace, settings: QSettings
) -> None:
    window = open_window(qtbot, demo, settings)

    def pick_wang_fang(dialog: FirstRunDialog) -> None:
        dialog.name.setCurrentIndex(dialog.name.findText("王芳"))
        dialog.ok_button.click()

    answer_first_run(pick_wang_fang)
    window.rerun_first_run()
    assert window.ops.ws.actor == "王芳" and options.FIRST_RUN_DONE.get(settings)
    assert window.nav.currentItem().data(Qt.ItemDataRole.UserRole) == "mine"


def test_settings_say_what_the_first_run_will_ask_a_signed_in_clerk(
    qtbot: QtBot, settings: QSettings
) -> None:
    """The button promised a signed-in clerk the name and unit, which the dialog no
    longer asks them (their account's)."""
    from approvals_gui.domain.access import Role, User
    from approvals_gui.domain.notices import NoticeSettings

    clerk = User("李四", "city", Role.CLERK)
    dialog = SettingsDialog(settings, NoticeSettings(), user=clerk)
    qtbot.addWidget(dialog)
    assert dialog.first_run.toolTip() == (
        "再次选择界面语言；姓名和所在单位以登录账号为准，局名由管理员设置。"
    )


def test_a_clerk_sees_the_notice_settings_but_cannot_change_them(
    qtbot: QtBot, settings: QSettings
) -> None:
    """A signed-in clerk could type a new 发文机关, and the dialog closed on it before the
    save was refused. The fields are now shown greyed, and say who changes them."""
    from approvals_gui.domain.access import Role, User
    from approvals_gui.domain.notices import NoticeSettings

    kept = NoticeSettings(authority="江城市生态环境局")
    clerk = SettingsDialog(settings, kept, user=User("李四", "city", Role.CLERK))
    qtbot.addWidget(clerk)
    clerk.show()
    assert clerk.bureau_only.isVisible()
    assert clerk.bureau_only.text() == "通知书设置由管理员修改，这里只供查看。"
    type_text(clerk.authority, "分局")
    qtbot.keyClicks(clerk.special_days, "9")
    assert clerk.notice_settings() == kept
    assert not clerk.authority.isEnabled() and not clerk.phone.isEnabled()
    for user in (User("王科长", "city", Role.ADMIN), None):  # None: a desk without sign-in
        dialog = SettingsDialog(settings, kept, user=user)
        qtbot.addWidget(dialog)
        dialog.show()
        assert not dialog.bureau_only.isVisible()
        dialog.authority.end(False)
        type_text(dialog.authority, "分局")
        assert dialog.notice_settings().authority == "江城市生态环境局分局"


def test_the_settings_keep_the_desks_language_unless_another_is_picked(
    qtbot: QtBot, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Started with --lang en on a Chinese desk: the settings show English, what is spoken;
    saved untouched, the desk stays Chinese; 中文 picked, it is spoken from then on."""
    from approvals_gui.domain.notices import NoticeSettings

    options.LANGUAGE.set(settings, "zh_CN")
    monkeypatch.setattr(options, "_run_language", None)  # put back after the test
    options.set_run_language("en")
    dialog = SettingsDialog(settings, NoticeSettings())
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "en"
    dialog.save()
    assert options.LANGUAGE.get(settings) == "zh_CN" and options.language(settings) == "en"
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    dialog.save()
    assert options.LANGUAGE.get(settings) == options.language(settings) == "zh_CN"


def test_a_first_run_under_lang_leaves_the_desks_language(
    qtbot: QtBot, holder: QWidget, ws: Workspace, fresh: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Tried once with --lang en on a new desk: the dialog speaks English, and accepted
    as shown it keeps the desk's own language for the next start."""
    monkeypatch.setattr(options, "_run_language", None)  # put back after the test
    options.set_run_language("en")
    dialog = shown_once_read(qtbot, holder, ws, fresh)
    assert dialog.language.currentData() == "en"
    dialog.bureau.setText("江城市生态环境局")
    dialog.name.setCurrentText("张三")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: options.FIRST_RUN_DONE.get(fresh))
    assert options.LANGUAGE.get(fresh) == "zh_CN" and options.language(fresh) == "en"


def test_enter_after_the_bureau_moves_on_to_the_name(
    qtbot: QtBot, holder: QWidget, ws: Workspace, fresh: QSettings
) -> None:
    """A new clerk types the bureau and presses Enter: the name is next, not a reproach
    that it is missing (as both first-day reviews found). Enter once it is given saves."""
    dialog = shown_once_read(qtbot, holder, ws, fresh)
    dialog.bureau.setFocus()
    dialog.bureau.setText("江城市生态环境局")
    qtbot.keyClick(dialog.bureau, Qt.Key.Key_Return)
    assert dialog.isVisible() and not dialog.problem.isVisible()
    assert dialog.focusWidget() in (dialog.name, dialog.name.lineEdit())
    dialog.name.setEditText("张三")
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog.name.lineEdit(), Qt.Key.Key_Return)
    assert options.FIRST_RUN_DONE.get(fresh)


def test_a_desk_put_off_at_first_run_asks_a_name_before_its_first_step(
    qtbot: QtBot, ws: Workspace, fresh: QSettings
) -> None:
    """以后再说 left the computer's login (root, Administrator) as the handler, and every
    step recorded it. The first step asks for a name once; the history records it."""
    from PySide6.QtWidgets import QInputDialog

    from approvals_gui.domain.stages import Action
    from approvals_gui.services.applications import detail

    app_id = register(ws, new_application(handler="赵敏"), today=TODAY)
    window = open_window(qtbot, ws, fresh)
    asked: list[str] = []

    def give_name(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        asked.append(dialog.labelText())
        dialog.setTextValue("赵敏")
        dialog.accept()

    steps: list[str] = []

    def not_now(dialog: QWidget) -> None:  # the step itself: not taken
        assert isinstance(dialog, StepDialog)
        steps.append(dialog.windowTitle())
        dialog.reject()

    answer_next_dialog(give_name, QInputDialog)
    answer_next_dialog(not_now, StepDialog)
    window.steps.step(app_id, Action.ACCEPT)
    qtbot.waitUntil(lambda: len(steps) == 1)
    assert len(asked) == 1 and asked[0].startswith("请填写您的姓名")
    assert options.USER_NAME.get(fresh) == "赵敏" and window.ops.ws.actor == "赵敏"
    answer_next_dialog(not_now, StepDialog)
    window.steps.step(app_id, Action.ACCEPT)  # asked once: now the step's dialog only
    qtbot.waitUntil(lambda: len(steps) == 2)
    assert len(asked) == 1
    assert detail(ws, app_id, today=TODAY).view.record.facts.accepted_on is None


def test_a_name_left_empty_is_asked_again_not_dropped_with_the_step(
    qtbot: QtBot, ws: Workspace, fresh: QSettings
) -> None:
    """OK with the name empty closed the question, and the step was silently not taken."""
    from PySide6.QtWidgets import QInputDialog

    from approvals_gui.domain.stages import Action

    app_id = register(ws, new_application(handler="赵敏"), today=TODAY)
    window = open_window(qtbot, ws, fresh)
    asked: list[str] = []
    steps: list[str] = []

    def not_now(dialog: QWidget) -> None:
        assert isinstance(dialog, StepDialog)
        steps.append(dialog.windowTitle())
        dialog.reject()

    def answer(name: str, then: Callable[[QWidget], None], kind: type) -> Callable[[QWidget], None]:
        def given(dialog: QWidget) -> None:
            assert isinstance(dialog, QInputDialog)
            asked.append(dialog.labelText())
            dialog.setTextValue(name)
            dialog.accept()
            answer_next_dialog(then, kind)  # each answered in turn, once it is up

        return given

    answer_next_dialog(
        answer("  ", answer("赵敏", not_now, StepDialog), QInputDialog), QInputDialog
    )
    window.steps.step(app_id, Action.ACCEPT)
    qtbot.waitUntil(lambda: len(steps) == 1)  # the step's own dialog, once named
    assert len(asked) == 2 and asked[1].startswith("姓名不能为空。请填写您的姓名")
    assert options.USER_NAME.get(fresh) == "赵敏"


def test_my_items_without_a_name_say_so_and_list_them_once_named(
    qtbot: QtBot, ws: Workspace, fresh: QSettings
) -> None:
    """Put off at first run, 我的事项 said "no open items under your name": the computer's
    login has none. It says the name is missing, with the way to give it; named, it
    lists the clerk's applications at once."""
    from approvals_gui.ui.controllers.applications import MINE
    from approvals_gui.ui.dialogs.settings_dialog import SettingsDialog

    register(ws, new_application(handler="赵敏"), today=TODAY)
    window = open_window(qtbot, ws, fresh)
    window.show_view(MINE)
    page = window.applications.page
    qtbot.waitUntil(lambda: "尚未填写您的姓名" in page.empty.text())
    opened: list[QWidget] = []

    def look(dialog: QWidget) -> None:
        opened.append(dialog)
        dialog.close()

    answer_next_dialog(look, SettingsDialog)
    page.empty.linkActivated.emit("settings")  # the link: 设置 opens
    qtbot.waitUntil(lambda: len(opened) == 1)
    options.USER_NAME.set(fresh, "赵敏")  # as the settings, or a first step, save it
    window.ops.set_actor("赵敏")
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1)


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("zh", "联系电话：电话号码应由数字写成"),
        ("en", "Telephone: "),  # not the Chinese colon
    ],
)
def test_a_notices_telephone_that_is_no_number_is_refused(
    qtbot: QtBot, settings: QSettings, request: pytest.FixtureRequest, language: str, said: str
) -> None:
    """请打电话 was saved as the telephone and printed on every notice."""
    from approvals_gui.domain.notices import NoticeSettings

    if language == "en":
        request.getfixturevalue("english")
    dialog = SettingsDialog(settings, NoticeSettings())
    qtbot.addWidget(dialog)
    dialog.phone.setText("请打电话")
    dialog.ok_button.click()
    assert dialog.result() != SettingsDialog.DialogCode.Accepted
    assert dialog.problem.text().startswith(said)
    dialog.phone.setText("０５９１－１２３４５６７８")  # in 全角: a number all the same
    dialog.ok_button.click()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert dialog.checked_notices().phone == "0591-12345678"


def test_a_telephone_kept_before_it_was_checked_does_not_keep_the_dialog_open(
    qtbot: QtBot, settings: QSettings
) -> None:
    from approvals_gui.domain.notices import NoticeSettings

    kept = NoticeSettings(phone="分机 12")
    dialog = SettingsDialog(settings, kept)
    qtbot.addWidget(dialog)
    dialog.ok_button.click()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert dialog.checked_notices() == kept  # as it was: nothing to save


def test_a_wrong_pattern_is_said_once_and_its_lines_are_not_covered(
    qtbot: QtBot, settings: QSettings
) -> None:
    """The explanation under the pattern wraps to more lines than the form had given
    it, and the 联系人 row covered them; 确定 said it all again below."""
    from approvals_gui.domain.notices import NoticeSettings

    dialog = SettingsDialog(settings, NoticeSettings())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.number_pattern.setText("环审{kind}〔{year}〕{n{x}号")
    dialog.ok_button.click()
    assert dialog.problem.text() == "发文字号格式有误，请按其下方的说明改正。"
    explained = dialog.number_example
    assert explained.text().startswith("发文字号格式“环审{kind}〔{year}〕{n{x}号”有误")
    qtbot.waitUntil(
        lambda: (
            explained.geometry().bottom() < dialog.contact.geometry().top()
            and dialog.problem.geometry().bottom()
            < dialog.ok_button.parentWidget().geometry().top()
        )
    )
