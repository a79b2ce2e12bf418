"""The window's frame: load, order, counts, rollover, layout, the start-up dialog."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSettings, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from approvals_gui.domain.clock import Status
from approvals_gui.domain.stages import Action
from approvals_gui.services.applications import Step, apply_step, register
from approvals_gui.services.workspace import Workspace
from approvals_gui.store.database import open_database
from approvals_gui.ui.controllers.applications import ALL, MINE
from approvals_gui.ui.main_window import MainWindow
from approvals_gui.ui.models.applications_table import COUNTDOWN_COLUMN
from approvals_gui.ui.models.roles import Role
from approvals_gui.ui.start_frame import StartFrame, place_first, window_title
from tests.conftest import NOW, TODAY, new_application
from tests.ui.conftest import drag_handle, open_window


@pytest.fixture
def filled(ws: Workspace) -> Workspace:
    register(ws, new_application(project="新收项目", received_on=date(2026, 11, 24)), today=TODAY)
    late = register(
        ws, new_application(project="超期项目", received_on=date(2026, 11, 2)), today=TODAY
    )
    apply_step(ws, late, 1, Step(Action.ACCEPT, date(2026, 11, 3)), today=TODAY)
    return ws


def shown(window: MainWindow, row: int, column: int) -> str:
    return str(window.applications.page.proxy.index(row, column).data())


def test_lists_most_urgent_first_with_counts(
    qtbot: QtBot, filled: Workspace, settings: QSettings, qtmodeltester: object
) -> None:
    window = open_window(qtbot, filled, settings)
    qtmodeltester.check(window.applications.page.model)  # type: ignore[attr-defined]
    qtmodeltester.check(window.applications.page.proxy)  # type: ignore[attr-defined]
    assert window.applications.page.proxy.rowCount() == 2
    assert shown(window, 0, 2) == "超期项目"
    assert shown(window, 0, COUNTDOWN_COLUMN) == "超承诺 6 个工作日"
    assert (
        window.applications.page.proxy.index(0, COUNTDOWN_COLUMN).data(Role.STATUS)
        == Status.OVERDUE
    )
    assert shown(window, 1, COUNTDOWN_COLUMN) == "待受理 剩 4 个工作日"
    assert "超承诺或送达超期 1 件" in window.counts_label.text()
    assert "test.sqlite3" in window.database_label.text()
    window.grab()  # paints every chip through the delegate


def test_clicking_a_header_sorts(qtbot: QtBot, filled: Workspace, settings: QSettings) -> None:
    window = open_window(qtbot, filled, settings)
    table = window.applications.page.table
    table.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # project names, by code point
    assert [shown(window, r, 2) for r in range(2)] == ["新收项目", "超期项目"]
    table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    assert [shown(window, r, 2) for r in range(2)] == ["超期项目", "新收项目"]
    table.sortByColumn(COUNTDOWN_COLUMN, Qt.SortOrder.DescendingOrder)  # least urgent first
    assert shown(window, 0, 2) == "新收项目"


def test_countdowns_roll_over_at_midnight(
    qtbot: QtBot, filled: Workspace, settings: QSettings
) -> None:
    clock = [TODAY]
    window = open_window(qtbot, filled, settings, clock=lambda: clock[0])
    clock[0] = date(2026, 11, 26)
    window.ops.day.check()  # what its timer does every minute
    qtbot.waitUntil(lambda: shown(window, 0, COUNTDOWN_COLUMN) == "超承诺 7 个工作日")


def test_layout_persists(qtbot: QtBot, filled: Workspace, settings: QSettings) -> None:
    window = open_window(qtbot, filled, settings)
    window.applications.page.table.horizontalHeader().moveSection(2, 4)
    window.resize(1366, 740)
    qtbot.waitUntil(lambda: window.splitter.width() > 1300)
    before = window.splitter.sizes()
    drag_handle(qtbot, window, 2, -40)  # a wider detail pane, a narrower list
    sizes = window.splitter.sizes()
    assert sizes == [before[0], before[1] - 40, before[2] + 40]
    window.close()
    again = open_window(qtbot, filled, settings)
    assert again.applications.page.table.horizontalHeader().visualIndex(2) == 4
    again.resize(1366, 740)  # as saved, whatever the restored geometry is on its way to
    qtbot.waitUntil(lambda: again.splitter.sizes() == sizes)  # once laid out at full size
    again.show_view(ALL)


def test_a_damaged_database_gives_a_dialog_not_a_traceback(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from approvals_gui import app as app_module
    from approvals_gui.ui.dialogs.open_failed import OpenFailedDialog

    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"not a database" * 200)
    shown_messages: list[str] = []

    def quit_at_once(dialog: OpenFailedDialog) -> int:
        shown_messages.append(dialog.text())
        dialog.quit.click()
        return 0

    monkeypatch.setattr(OpenFailedDialog, "exec", quit_at_once)
    assert app_module.run_gui(["--db", str(bad)]) == 1
    assert shown_messages and "已损坏" in shown_messages[0]
    assert not [w for w in qapp.topLevelWidgets() if isinstance(w, StartFrame) and w.isVisible()]


def test_closing_the_frame_before_the_window_comes_ends_the_start(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from approvals_gui import app as app_module
    from approvals_gui.paths import data_dir

    database = tmp_path / "desk.sqlite3"
    open_database(database, create=True).dispose()
    data_dir().mkdir(parents=True, exist_ok=True)
    (data_dir() / "settings.ini").write_text("[setup]\nfirst_run_done=true\n")
    show_painted = StartFrame.show_painted

    def shown_then_closed(frame: StartFrame, app: QApplication) -> None:
        show_painted(frame, app)
        assert frame.isVisible() and frame.windowTitle() == window_title()
        frame.close()  # as a click on its close button while the rest loads

    monkeypatch.setattr(StartFrame, "show_painted", shown_then_closed)
    monkeypatch.setattr(QApplication, "exec", lambda _app: 7)  # a window went on regardless
    assert app_module.run_gui(["--db", str(database)]) == 0
    assert not [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]


def test_after_a_failure_the_user_may_retry_or_open_another_database(
    qapp: QApplication, tmp_path: Path
) -> None:
    from approvals_gui.app import open_or_ask
    from approvals_gui.store.errors import StoreError, StoreErrorCode
    from approvals_gui.ui.dialogs.open_failed import RETRY

    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"not a database" * 200)
    good = tmp_path / "good.sqlite3"
    open_database(good, create=True).dispose()
    answers: list[object] = [RETRY, good]
    asked: list[StoreErrorCode] = []

    def ask(error: StoreError, _target: object) -> object:
        asked.append(error.code)
        return answers.pop(0)

    opened = open_or_ask(bad, False, ask)
    assert opened is not None and opened[1] == good
    assert asked == [StoreErrorCode.DAMAGED, StoreErrorCode.DAMAGED]
    opened[0].dispose()
    assert open_or_ask(bad, False, lambda _e, _t: None) is None


def test_a_new_database_is_made_where_the_user_asks_for_one(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new desk started with --db on a file not yet there was stuck: 找不到该数据库
    文件…程序不会在此新建数据库, and no way but an empty file made by hand. It is made
    when the user says so, and never offered where a file is there already."""
    from approvals_gui.app import open_or_ask
    from approvals_gui.store.errors import StoreErrorCode
    from approvals_gui.ui.dialogs.open_failed import OpenFailedDialog, ask_after_failure

    new = tmp_path / "新科室.sqlite3"
    offered: list[bool] = []

    def make_it(dialog: OpenFailedDialog) -> int:
        offered.append(dialog.make_new.isVisibleTo(dialog))
        dialog.make_new.click()
        return 0

    monkeypatch.setattr(OpenFailedDialog, "exec", make_it)
    opened = open_or_ask(new, False, ask_after_failure)
    assert opened is not None and opened[1] == new and offered == [True]
    with opened[0].connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM application").scalar() == 0
    opened[0].dispose()
    damaged = tmp_path / "bad.sqlite3"
    damaged.write_bytes(b"not a database" * 200)
    from approvals_gui.store.errors import StoreError

    for target, code in ((damaged, StoreErrorCode.DAMAGED), (new, StoreErrorCode.MISSING)):
        dialog = OpenFailedDialog(StoreError(code, "x"), target)
        assert not dialog.make_new.isVisibleTo(dialog)  # a file is there
        dialog.deleteLater()


def test_a_damaged_file_is_restored_from_its_backup_before_any_window(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The message for a damaged file says to restore it from a backup, and no window
    opens without a database: the dialog offers the restore, checked and confirmed,
    keeps the damaged file beside, and then opens the restored one."""
    from approvals_gui.app import open_or_ask
    from approvals_gui.services.demo import generate
    from approvals_gui.store.backup import backup_folder, dated_backup
    from approvals_gui.store.errors import StoreError, StoreErrorCode
    from approvals_gui.ui.dialogs.open_failed import OpenFailedDialog, ask_after_failure
    from tests.ui.conftest import answer_next_dialog

    database = tmp_path / "desk.sqlite3"
    engine = open_database(database, create=True)
    generate(Workspace(engine, "张三"), 12, today=TODAY)
    backup = dated_backup(engine, NOW)
    engine.dispose()
    database.write_bytes(b"not a database" * 200)  # damaged since
    looked_in: list[tuple[str, str]] = []

    def pick(_parent: object, _title: str, folder: str, kinds: str) -> tuple[str, str]:
        looked_in.append((folder, kinds))
        return str(backup), ""

    said: list[str] = []

    def answer(box: QWidget) -> None:
        """Yes to the question, then OK to the message that says where the old file is."""
        assert isinstance(box, QMessageBox)
        said.append(box.text())
        if box.icon() is QMessageBox.Icon.Question:
            box.done(QMessageBox.StandardButton.Yes)
            answer_next_dialog(answer, QMessageBox)
        else:
            box.done(QMessageBox.StandardButton.Ok)

    def restore_chosen(dialog: OpenFailedDialog) -> int:
        said.append(dialog.text())
        assert dialog.restore.isVisibleTo(dialog)
        answer_next_dialog(answer, QMessageBox)
        dialog.restore.click()
        return 0

    monkeypatch.setattr(QFileDialog, "getOpenFileName", pick)
    monkeypatch.setattr(OpenFailedDialog, "exec", restore_chosen)
    opened = open_or_ask(database, False, ask_after_failure)
    assert opened is not None and opened[1] == database
    with opened[0].connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM application").scalar() == 12
    opened[0].dispose()
    # In its backups folder, its own listed first: another database's would pass too.
    [(folder, kinds)] = looked_in
    assert folder == str(backup_folder(database)) and kinds.startswith("该数据库的备份")
    assert "(desk.sqlite3.*.bak)" in kinds.split(";;")[0]
    assert "已损坏" in said[0] and backup.name in said[1] and "原数据库另存为" in said[2]
    kept = list(tmp_path.glob("desk.sqlite3.before-restore-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == b"not a database" * 200
    # Only a damaged file that is there: not a server, a missing file, nor a file of a
    # newer program or a locked one (a restore would replace what is sound).
    server, gone = "postgresql://clerk@db.bureau/approvals", tmp_path / "gone.sqlite3"
    for target, code in (
        (server, StoreErrorCode.DAMAGED),
        (gone, StoreErrorCode.DAMAGED),
        (database, StoreErrorCode.TOO_NEW),
        (database, StoreErrorCode.LOCKED),
    ):
        dialog = OpenFailedDialog(StoreError(code, "cannot open"), target)
        assert not dialog.restore.isVisibleTo(dialog), (target, code)
        dialog.deleteLater()


def test_a_server_address_is_shown_without_its_password(qapp: QApplication) -> None:
    from approvals_gui.store.errors import StoreError, StoreErrorCode
    from approvals_gui.ui.dialogs.open_failed import OpenFailedDialog

    error = StoreError(StoreErrorCode.LOGIN_REFUSED, "the database server refused the login")
    dialog = OpenFailedDialog(error, "postgresql://clerk:hunter2@db.bureau/approvals")
    assert "hunter2" not in dialog.text() and "postgresql://clerk:***@db.bureau" in dialog.text()
    assert "拒绝登录" in dialog.text()
    dialog.deleteLater()


def test_another_file_is_looked_for_beside_the_one_that_failed(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from approvals_gui.paths import data_dir
    from approvals_gui.store.errors import StoreError, StoreErrorCode
    from approvals_gui.ui.dialogs.open_failed import RETRY, OpenFailedDialog

    looked_in: list[str] = []

    def pick(_parent: object, _title: str, folder: str, _filter: str) -> tuple[str, str]:
        looked_in.append(folder)
        return "", ""  # cancelled: try the same again

    monkeypatch.setattr(QFileDialog, "getOpenFileName", pick)
    missing = StoreError(StoreErrorCode.MISSING, "no database")
    for target in (tmp_path / "moved" / "desk.sqlite3", "postgresql://clerk@db.bureau/approvals"):
        dialog = OpenFailedDialog(missing, target)
        dialog.file.click()
        assert dialog.choice() == RETRY
        dialog.deleteLater()
    assert looked_in == [str(tmp_path), str(data_dir())]  # as near as there is a folder


def test_an_added_category_is_shown_by_its_rules_name(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    from dataclasses import replace as changed

    from approvals_gui.services.rules import save_rule
    from approvals_gui.ui.models.applications_table import CATEGORY_COLUMN

    radiation = changed(ws.rule("report_form"), category="radiation_licence", name="辐射安全许可")
    save_rule(ws, radiation)
    register(ws, new_application(category="radiation_licence"), today=TODAY)
    window = open_window(qtbot, ws, settings)
    qtbot.waitUntil(lambda: shown(window, 0, CATEGORY_COLUMN) == "辐射安全许可")


def test_f5_shows_what_another_desk_added(qtbot: QtBot, ws: Workspace, settings: QSettings) -> None:
    """F5 reads names and rules afresh, not from what this desk read at its start."""
    from dataclasses import replace as changed

    from approvals_gui.services.rules import save_rule
    from approvals_gui.ui.models.applications_table import CATEGORY_COLUMN

    window = open_window(qtbot, ws, settings)
    window.live._timer.stop()  # F5 alone brings it, not the desk's own look
    other = Workspace(ws.engine, "张三", now=lambda: NOW)  # the same clerk, another desk
    radiation = changed(
        other.rule("report_form"), category="radiation_licence", name="辐射安全许可"
    )
    save_rule(other, radiation)
    register(other, new_application(category="radiation_licence"), today=TODAY)
    window.refresh_action.trigger()
    qtbot.waitUntil(lambda: shown(window, 0, CATEGORY_COLUMN) == "辐射安全许可")


def test_a_second_start_on_the_same_database_defers_to_the_first(
    qtbot: QtBot, tmp_path: Path
) -> None:
    import getpass

    from approvals_gui import app as app_module
    from approvals_gui.ui.single_instance import SingleInstance, instance_key

    database = tmp_path / "desk.sqlite3"
    first = SingleInstance(instance_key(getpass.getuser(), database))
    assert first.start()
    try:
        with qtbot.waitSignal(first.activated):
            assert app_module.run_gui(["--db", str(database)]) == 0  # no window of its own
        assert not database.exists()  # and it opened nothing
    finally:
        first.close()


def test_a_long_message_stops_short_of_the_permanent_labels(
    qtbot: QtBot, filled: Workspace, settings: QSettings
) -> None:
    from approvals_gui.ui.main_window import StatusBar

    window = open_window(qtbot, filled, settings)
    window.resize(1366, 740)
    status = window.statusBar()
    assert isinstance(status, StatusBar)
    first = window.counts_label
    qtbot.waitUntil(lambda: first.isVisible() and first.x() > 0)
    # The day's backup says so when it is done: not over the message below.
    qtbot.waitUntil(lambda: not window.closing.busy())
    long = "已导出：" + "/很长的路径" * 80 + "/统计.xlsx"
    status.showMessage(long)
    shown = status.currentMessage()
    assert shown != long and "…" in shown and shown.endswith("统计.xlsx")
    assert status.toolTip() == long  # the whole message on hover
    room = min(w.x() for w in status.findChildren(QLabel) if w.isVisible()) - 6
    assert status.fontMetrics().horizontalAdvance(shown) <= room - StatusBar.GAP
    # The counts widen (a reload under way): the message stops short of them again.
    first.setText(first.text() + "（正在重新载入…）" * 3)
    qtbot.waitUntil(lambda: status.currentMessage() != shown)
    room = min(w.x() for w in status.findChildren(QLabel) if w.isVisible()) - 6
    again = status.currentMessage()
    assert again.endswith("统计.xlsx") and status.toolTip() == long
    assert status.fontMetrics().horizontalAdvance(again) <= room - StatusBar.GAP
    status.showMessage("已保存。")
    assert status.currentMessage() == "已保存。" and status.toolTip() == ""
    # A sentence keeps its beginning, where it says what happened.
    sentence = "已办理“送达办结”：HP2026-01027 已办结，" + "不再列在在办事项中" * 20
    status.showMessage(sentence)
    assert status.currentMessage().startswith("已办理“送达办结”：HP2026-01027 已办结，")
    assert status.currentMessage().endswith("…")


def test_a_message_goes_after_a_while_and_the_database_is_named_again(
    qtbot: QtBot, filled: Workspace, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A message stayed until the next one: 请先在申请列表中选择一件申请 after one had
    been chosen, 已切换为 … for the rest of the day, the database's name hidden under
    it. A failed backup stays until another message takes its place."""
    from approvals_gui.ui import main_window

    window = open_window(qtbot, filled, settings)
    qtbot.waitUntil(lambda: not window.closing.busy())  # the day's backup said
    status = window.statusBar()
    monkeypatch.setattr(main_window, "MESSAGE_MS", 50)
    status.showMessage("已保存。")
    qtbot.waitUntil(lambda: status.currentMessage() == "")
    assert window.database_label.isVisible()
    window.backups.failed.emit("自动备份未完成：磁盘已满。")
    assert status.currentMessage() == "自动备份未完成：磁盘已满。"
    status.showMessage("已保存。")  # a message after it, which goes
    assert status.currentMessage() == "已保存。"
    qtbot.waitUntil(lambda: status.currentMessage() == "")
    window.backups.failed.emit("自动备份未完成：磁盘已满。")
    later = QTimer(window)  # due after any timer the message could have had
    later.setSingleShot(True)
    with qtbot.waitSignal(later.timeout):
        later.start(4 * main_window.MESSAGE_MS)
    assert status.currentMessage() == "自动备份未完成：磁盘已满。"


def test_where_an_application_stands_is_on_screen_at_1366(
    qtbot: QtBot, filled: Workspace, settings: QSettings
) -> None:
    """The number, countdown, project, 环节, 承办人 and 所在单位 are shown at first and fit
    the list's share of a 1366×768 screen beside the detail pane."""
    from approvals_gui.ui.models.applications_table import COLUMNS
    from approvals_gui.ui.pages.applications_page import COLUMN_WIDTHS, DEFAULT_HIDDEN

    window = open_window(qtbot, filled, settings)
    window.resize(1366, 740)
    table = window.applications.page.table
    qtbot.waitUntil(lambda: window.splitter.width() > 1300)
    keys = [c.key for c in COLUMNS]
    shown_keys = [k for i, k in enumerate(keys) if not table.isColumnHidden(i)]
    assert shown_keys[:6] == ["number", "countdown", "project", "stage", "handler", "holder"]
    assert DEFAULT_HIDDEN.isdisjoint(shown_keys)
    first = [table.columnWidth(keys.index(k)) for k in shown_keys[:6]]
    assert first[2] >= COLUMN_WIDTHS["project"]  # it takes what the others leave
    assert first[3:] == [COLUMN_WIDTHS[k] for k in shown_keys[3:6]]
    assert sum(first) <= window.splitter.sizes()[1] - 20  # a scroll bar's room to spare


def test_a_choice_filtered_out_leaves_no_heading_above_the_hint(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    """An application chosen in 全部申请 that 我的事项 does not list: the pane goes back
    to its hint, and its heading with it. (The number and project stayed above the
    hint, as if the hint were about that application.)"""
    other = register(
        ws, new_application(project="他人项目", handler="另一人", received_on=TODAY), today=TODAY
    )
    window = open_window(qtbot, ws, settings)
    window.show_view(ALL)
    applications = window.applications
    applications.page.select(other)
    qtbot.waitUntil(lambda: applications.current_detail(other) is not None)
    assert "他人项目" in applications.detail_pane.title.text()
    window.show_view(MINE)
    qtbot.waitUntil(lambda: applications.detail_pane.detail is None)
    assert applications.detail_pane.title.text() == ""


@pytest.mark.parametrize(
    ("room", "maximised"),
    [
        (QRect(0, 0, 1366, 728), True),  # a 1366×768 laptop less its taskbar
        (QRect(0, 0, 1280, 984), True),  # an office's square screen: too narrow
        (QRect(0, 0, 1440, 860), False),
        (QRect(0, 0, 1920, 1040), False),
    ],
)
def test_a_first_window_fits_its_screen(qtbot: QtBot, room: QRect, maximised: bool) -> None:
    """No place saved: the window's own size where the screen holds it with its title
    bar, else maximised, never taller than the screen (the status bar under the taskbar)."""
    window = QMainWindow()
    qtbot.addWidget(window)
    place_first(window, room)
    assert window.isMaximized() is maximised
    assert window.width() <= room.width() and window.height() <= room.height()
    if not maximised:
        assert window.size() == QSize(1366, 768)


def test_the_window_and_its_frame_take_their_first_place_from_the_screen(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    frame = StartFrame(settings, "desk.sqlite3")
    qtbot.addWidget(frame)
    window = open_window(qtbot, ws, settings)
    room = window.screen().availableGeometry()  # the tests' desk: 1920×1080
    assert room.width() >= 1920 and frame.size() == window.size() == QSize(1366, 768)


def test_lang_speaks_for_this_run_and_leaves_the_desks_language(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from approvals_gui import app as app_module
    from approvals_gui.paths import data_dir
    from approvals_gui.ui import settings as options

    database = tmp_path / "desk.sqlite3"
    open_database(database, create=True).dispose()
    data_dir().mkdir(parents=True, exist_ok=True)
    saved = data_dir() / "settings.ini"
    saved.write_text("[setup]\nfirst_run_done=true\n[ui]\nlanguage=zh_CN\n")
    spoken: list[str] = []

    def speak(_app: QApplication, language: str) -> list[object]:
        spoken.append(language)
        return []  # no translator left behind for the other tests

    def run_then_close(_app: QApplication) -> int:
        window = next(w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow))
        qtbot.waitUntil(lambda: window.applications.complete)
        window.close()
        return 0

    monkeypatch.setattr(options, "_run_language", None)  # put back after the test
    monkeypatch.setattr("approvals_gui.i18n.install_translators", speak)
    monkeypatch.setattr("approvals_gui.ui.shell.install_translators", speak)
    monkeypatch.setattr(QApplication, "exec", run_then_close)
    assert app_module.run_gui(["--db", str(database), "--lang", "en"]) == 0
    assert spoken == ["en", "en"]  # the frame's, the window's
    desk = QSettings(str(saved), QSettings.Format.IniFormat)
    assert options.LANGUAGE.get(desk) == "zh_CN"


def test_a_decision_late_in_delivery_is_counted_and_filtered_as_such(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    """Approved on 11-02 within the promise and not delivered by 11-25: its countdown is
    the delivery's, overdue. The status bar and the status filter call it 超承诺或送达超期
    (they said 超承诺未超法定 and 超承诺期限 of a promise that was kept)."""
    found = register(ws, new_application(received_on=date(2026, 10, 19)), today=TODAY)
    apply_step(ws, found, 1, Step(Action.ACCEPT, date(2026, 10, 20)), today=TODAY)
    apply_step(ws, found, 2, Step(Action.START_REVIEW, date(2026, 10, 20)), today=TODAY)
    apply_step(ws, found, 3, Step(Action.START_PUBLIC_NOTICE, date(2026, 10, 21)), today=TODAY)
    approve = Step(Action.APPROVE, date(2026, 11, 2), document_number="环审〔2026〕1号")
    apply_step(ws, found, 4, approve, today=TODAY)
    window = open_window(qtbot, ws, settings)
    window.show_view(ALL)
    page = window.applications.page
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1)
    assert page.proxy.index(0, COUNTDOWN_COLUMN).data(Role.STATUS) == Status.OVERDUE
    assert shown(window, 0, COUNTDOWN_COLUMN).startswith("送达超期")
    assert "超承诺或送达超期 1 件" in window.counts_label.text()
    page.status.setCurrentIndex(page.status.findData(Status.OVERDUE.value))
    assert page.status.currentText() == "超承诺或送达超期" and page.proxy.rowCount() == 1
