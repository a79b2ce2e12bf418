"""The 帮助 menu, the keyboard shortcuts, the box offering to open a written file, and Qt's
own dialogs in Chinese (#13)."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from approvals_gui import __version__
from approvals_gui.domain.notices import NoticeKind
from approvals_gui.domain.stages import Action, Stage
from approvals_gui.i18n import install_translators
from approvals_gui.logs import log_folder
from approvals_gui.services.applications import Step, apply_step, detail, register
from approvals_gui.services.workspace import Workspace
from approvals_gui.ui import strings
from approvals_gui.ui.controllers.applications import ALL
from approvals_gui.ui.dialogs.step_dialog import StepDialog
from approvals_gui.ui.help import GuideDialog, ShortcutsDialog
from approvals_gui.ui.main_window import BOARD, MainWindow
from approvals_gui.ui.written import BOX_NAME
from tests.conftest import TODAY, new_application
from tests.notice_cases import issuable
from tests.ui.conftest import answer_next_dialog, open_window, read_next_box
from tests.ui.test_notices import choose, save_to, showing

PAGES = ["我的事项", "全部申请", "超期看板", "统计分析", "企业服务日", "企业名录"]
PAGES += ["节假日日历", "时限规则", "单位与用户"]
STEP_KEYS = [
    ("受理", "Ctrl+J"),
    ("下一步", "Ctrl+Return"),
    ("撤销上一步", "Ctrl+Z"),
    ("延期", "Ctrl+Shift+E"),
    ("为什么是这个日期？", "Ctrl+Shift+D"),
]


def selected(qtbot: QtBot, ws: Workspace, settings: QSettings, app_id: int) -> MainWindow:
    """The window with `app_id` selected in the list and the list focused."""
    window = open_window(qtbot, ws, settings)
    window.show_view(ALL)
    window.applications.page.select(app_id)
    pane = window.applications.detail_pane
    qtbot.waitUntil(lambda: pane.detail is not None and pane.detail.view.record.id == app_id)
    window.applications.page.table.setFocus()
    return window


def status_text(window: MainWindow) -> str:
    """The status bar's message in full (a long one is elided, whole in the tooltip)."""
    bar = window.statusBar()
    return bar.toolTip() or bar.currentMessage()


def stage_of(ws: Workspace, app_id: int) -> Stage:
    return detail(ws, app_id, today=TODAY).view.record.facts.stage


def test_the_shortcuts_dialog_lists_every_page_and_step_key(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    window = open_window(qtbot, ws, settings)
    listed: list[tuple[str, str]] = []

    def read(dialog: QWidget) -> None:
        assert isinstance(dialog, ShortcutsDialog)
        listed.extend(dialog.entries())
        dialog.reject()

    answer_next_dialog(read, ShortcutsDialog)
    window.shortcuts_action.trigger()
    qtbot.waitUntil(lambda: listed != [])

    # As the dialog shows them: in the words of Qt's translator ("Ctrl+回车" in Chinese).
    def native(key: str) -> str:
        return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)

    pages = [(text, native(f"Ctrl+{n}")) for n, text in enumerate(PAGES, start=1)]
    steps = [(text, native(key)) for text, key in STEP_KEYS]
    assert listed[: len(pages) + len(steps)] == pages + steps
    assert ("收件登记", native("Ctrl+N")) in listed and ("查找", native("Ctrl+F")) in listed
    help_key = QKeySequence(QKeySequence.StandardKey.HelpContents)
    assert ("使用说明", help_key.toString(QKeySequence.SequenceFormat.NativeText)) in listed


def test_no_two_actions_share_a_key_nor_take_a_standard_one(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    window = open_window(qtbot, ws, settings)
    keys = [k.toString() for a in window.findChildren(QAction) for k in a.shortcuts()]
    assert len(keys) == len(set(keys))
    ours = {key for _text, key in STEP_KEYS if key != "Ctrl+Z"}  # Ctrl+Z undoes, as anywhere
    ours |= {f"Ctrl+{n}" for n in range(1, 10)}
    standard = {
        k.toString()
        for std in QKeySequence.StandardKey
        for k in QKeySequence.keyBindings(std)
        if std is not QKeySequence.StandardKey.UnknownKey
    }
    assert ours & standard == set()


@pytest.mark.parametrize("n", range(1, len(PAGES) + 1))
def test_each_page_key_shows_its_page(
    qtbot: QtBot, ws: Workspace, settings: QSettings, n: int
) -> None:
    window = open_window(qtbot, ws, settings)
    key = window._nav_entries()[n - 1][0]
    if n == 1:
        window.show_view(ALL)  # start elsewhere
    qtbot.keySequence(window, f"Ctrl+{n}")
    qtbot.waitUntil(lambda: window._view == key)
    assert window.stack.currentWidget() is window._pages[key]
    assert window.nav.currentItem().text() == PAGES[n - 1]


def test_ctrl_z_undoes_the_last_step_after_confirmation(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    app_id = register(ws, new_application(), today=TODAY)
    apply_step(ws, app_id, 1, Step(Action.ACCEPT), today=TODAY)
    window = selected(qtbot, ws, settings, app_id)
    seen: list[str] = []

    def confirm(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    answer_next_dialog(confirm, QMessageBox)
    qtbot.keySequence(window, "Ctrl+Z")
    qtbot.waitUntil(lambda: stage_of(ws, app_id) is Stage.RECEIVED)
    assert "的上一步：受理" in seen[0]


def test_the_next_step_key_opens_the_main_line_step(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    app_id = register(ws, new_application(), today=TODAY)
    window = selected(qtbot, ws, settings, app_id)
    titles: list[str] = []

    def cancel(dialog: QWidget) -> None:
        titles.append(dialog.windowTitle())
        dialog.reject()

    answer_next_dialog(cancel, StepDialog)
    qtbot.keySequence(window, "Ctrl+Return")
    qtbot.waitUntil(lambda: titles != [])
    assert titles[0].startswith("受理 — ")
    assert stage_of(ws, app_id) is Stage.RECEIVED  # cancelled: nothing recorded


def test_the_steps_menu_offers_nothing_while_the_list_is_not_shown(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    """On another page the selection cannot be seen: the 办理 menu once acted on it.
    Back on the list, the application is still selected (it once was not) and shown."""
    app_id = register(ws, new_application(), today=TODAY)
    window = selected(qtbot, ws, settings, app_id)
    menu = window.steps_menu

    def offered() -> list[tuple[str, bool]]:
        menu.aboutToShow.emit()
        return [(a.text(), a.isEnabled()) for a in menu.actions() if not a.isSeparator()]

    assert (strings.action_name(Action.ACCEPT), True) in offered()
    window.show_view(BOARD)
    assert offered() == [("（请先在申请列表中选择一件申请）", False)]
    window.show_view(ALL)
    assert window.applications.page.selected_id() == app_id
    qtbot.waitUntil(lambda: window.applications.shown_id() == app_id)
    assert (strings.action_name(Action.ACCEPT), True) in offered()


def test_a_step_key_that_cannot_be_taken_says_why_in_the_status_bar(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    received = register(ws, new_application(), today=TODAY)
    accepted = register(ws, new_application(project="另一个项目"), today=TODAY)
    apply_step(ws, accepted, 1, Step(Action.ACCEPT), today=TODAY)
    window = selected(qtbot, ws, settings, received)
    qtbot.keySequence(window, "Ctrl+Shift+E")  # no extension at intake
    qtbot.waitUntil(lambda: status_text(window) == "“延期”现在不能办理：申请处于“收件”环节。")
    # Accepted: the stage allows an extension, but this category's rule gives none.
    refusal = detail(ws, accepted, today=TODAY).blocked[Action.EXTEND]
    window.applications.page.select(accepted)
    pane = window.applications.detail_pane
    qtbot.waitUntil(lambda: pane.detail is not None and pane.detail.view.record.id == accepted)
    qtbot.keySequence(window, "Ctrl+Shift+E")
    qtbot.waitUntil(lambda: status_text(window) == strings.error_text(refusal))
    assert QApplication.activeModalWidget() is None  # said, not asked
    window.show_view(BOARD)  # the list is not shown: no application to act on
    qtbot.keySequence(window, "Ctrl+J")
    qtbot.waitUntil(lambda: status_text(window) == "请先在申请列表中选择一件申请。")


def test_a_saved_notice_offers_to_open_the_file_or_its_folder(
    qtbot: QtBot,
    ws: Workspace,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window = showing(qtbot, ws, settings, issuable(ws, NoticeKind.ACCEPTANCE))
    target = tmp_path / "受理.pdf"
    save_to(monkeypatch, target)
    choose("保存为 PDF…")
    window.applications.detail_pane.notice_menu.actions()[0].trigger()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, BOX_NAME) is not None)
    box = window.findChild(QMessageBox, BOX_NAME)
    assert isinstance(box, QMessageBox) and target.exists()
    assert sorted(b.text() for b in box.buttons()) == sorted(["打开", "打开所在文件夹", "关闭"])
    next(b for b in box.buttons() if b.text() == "打开").click()
    assert opened == [QUrl.fromLocalFile(str(target))]
    qtbot.waitUntil(lambda: not box.isVisible())


def test_an_export_offers_its_folder(
    qtbot: QtBot,
    ws: Workspace,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    register(ws, new_application(), today=TODAY)
    window = open_window(qtbot, ws, settings)
    window.show_view(ALL)
    target = tmp_path / "申请一览.xlsx"
    window.exports.ask_path = lambda *_args: target  # type: ignore[method-assign]
    with qtbot.waitSignal(window.exports.written, timeout=10000):
        window.export_action.trigger()
    printed = load_workbook(target)["申请"].oddHeader.center.text
    # The day its 剩余工作日 hold for, and which list it is (the whole, unfiltered).
    assert printed == f"截至 {TODAY.isoformat()}　全部申请"
    box = window.findChild(QMessageBox, BOX_NAME)
    assert isinstance(box, QMessageBox)
    next(b for b in box.buttons() if b.text() == "打开所在文件夹").click()
    assert opened == [QUrl.fromLocalFile(str(tmp_path))]


def test_the_guide_and_the_log_folder(
    qtbot: QtBot,
    ws: Workspace,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("APPROVALS_GUI_DATA_DIR", str(tmp_path))
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window = open_window(qtbot, ws, settings)
    guide = GuideDialog(window)
    qtbot.addWidget(guide)
    text = guide.browser.toPlainText()
    for heading in (
        "收件登记",
        "为什么是这个日期？",
        "超期看板",
        "企业服务日",
        "登录",
        "多台电脑同时使用",
    ):
        assert heading in text
    window.logs_action.trigger()
    assert opened == [QUrl.fromLocalFile(str(tmp_path / "logs"))]


def test_qt_own_dialogs_are_in_chinese(qapp: QApplication) -> None:
    before = QLocale()
    translators = install_translators(qapp, "zh_CN")
    try:
        names = [Path(t.filePath()).name for t in translators]
        assert names == ["qtbase_zh_CN.qm", "qtbase_extra_zh_CN.qm"]
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(before)


def test_the_saved_file_box_speaks_english(qtbot: QtBot, english: None, tmp_path: Path) -> None:
    """Its texts went through a helper taking any text, which the translation tool never
    saw: the box stayed Chinese in the English window, for every notice and export."""
    from approvals_gui.ui.written import offer_to_open

    parent = QWidget()
    qtbot.addWidget(parent)  # deleted at the test's end, not by the collector later
    box = offer_to_open(parent, tmp_path / "notice.pdf", "Saved")
    assert box.text() == "Saved: notice.pdf"
    assert sorted(b.text() for b in box.buttons()) == ["Close", "Open", "Open folder"]
    box.close()


def test_about_names_the_version_the_database_and_the_log(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    """What a support call asks first; it once said only the program's name."""
    window = open_window(qtbot, ws, settings)
    said: list[str] = []
    read_next_box(said)
    about = next(
        a for m in window.menuBar().actions() for a in m.menu().actions() if a.text() == "关于"
    )
    about.trigger()
    qtbot.waitUntil(lambda: said != [])
    assert said[0].startswith(f"一次办结 {__version__}\n")
    assert f"数据库：{window.database_name}" in said[0] and window.database_name
    assert f"日志文件夹：{log_folder()}" in said[0]
    assert "Qt 6." in said[0] and "Python 3." in said[0]
