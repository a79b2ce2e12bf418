"""The main window: composes the pages and their controllers, the navigation, the menus
and the status bar. Each page's work lives in its controller (ui/controllers/)."""

from __future__ import annotations

import platform
import time
from collections.abc import Callable
from functools import partial

import PySide6
from PySide6.QtCore import QEvent, QObject, QSettings, Qt, Signal, qVersion
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QStatusBar,
    QStyle,
    QWidget,
)

from approvals_gui import __version__
from approvals_gui.domain.access import User
from approvals_gui.domain.board import CardKind
from approvals_gui.domain.hotline.cases import CaseAction
from approvals_gui.domain.notices import NoticeSettings
from approvals_gui.domain.service_days import ServiceDay
from approvals_gui.domain.stages import Action
from approvals_gui.domain.units import Unit, unit_name
from approvals_gui.logs import log_folder
from approvals_gui.services import changes, notices, users
from approvals_gui.services.changes import ChangeSet
from approvals_gui.services.workspace import Workspace
from approvals_gui.store.errors import StoreError
from approvals_gui.ui import settings as options
from approvals_gui.ui import splitter_sizes, strings
from approvals_gui.ui.closing import CloseGuard
from approvals_gui.ui.controllers.applications import ALL, MINE, ApplicationsController
from approvals_gui.ui.controllers.backups import BackupActions
from approvals_gui.ui.controllers.board import BoardController
from approvals_gui.ui.controllers.calendar import CalendarController
from approvals_gui.ui.controllers.directory import DirectoryController
from approvals_gui.ui.controllers.exports import ExportActions
from approvals_gui.ui.controllers.figures import FiguresController
from approvals_gui.ui.controllers.hotline import HotlineController
from approvals_gui.ui.controllers.ledger import LedgerImport
from approvals_gui.ui.controllers.page import PageController
from approvals_gui.ui.controllers.rules import RulesController
from approvals_gui.ui.controllers.service_days import ServiceDaysController
from approvals_gui.ui.controllers.steps import StepActions
from approvals_gui.ui.controllers.units import UnitsController
from approvals_gui.ui.delegates.nav_count import (
    ALERT_ROLE,
    COUNT_ROLE,
    PARTIAL_ROLE,
    ROOM_ROLE,
    NavCountDelegate,
)
from approvals_gui.ui.dialogs.first_run_dialog import FirstRunDialog
from approvals_gui.ui.dialogs.modal import run_modal, shown
from approvals_gui.ui.dialogs.settings_dialog import SettingsDialog
from approvals_gui.ui.dialogs.sign_in_dialog import SignInDialog
from approvals_gui.ui.help import GuideDialog, ShortcutsDialog, open_log_folder, shortcut_groups
from approvals_gui.ui.labels import ERROR_STYLE
from approvals_gui.ui.live import LiveDesk
from approvals_gui.ui.operations import Operations
from approvals_gui.ui.reminders import Reminders
from approvals_gui.ui.start_frame import place_first, window_title
from approvals_gui.ui.step_hints import themed_icon
from approvals_gui.ui.today import Today
from approvals_gui.ui.workers import Worker

# The pages, by the keys the navigation and the settings know them by (the two lists'
# keys, MINE and ALL, are their controller's).
BOARD, FIGURES = "board", "figures"
SERVICE, ENTERPRISES, CALENDAR, RULES = "service", "enterprises", "calendar", "rules"
UNITS, HOTLINE = "units", "hotline"
# The step keys on the 12369 page: the selected case's step of the same name.
CASE_KEYS = {
    Action.ACCEPT: CaseAction.ACCEPT,
    Action.UNDO: CaseAction.UNDO,
    Action.EXTEND: CaseAction.EXTEND,
}
# How long a status-bar message stays: long enough to be read after the lists have
# changed, and gone before it reads as news ("请先选择一件申请" after one was chosen).
MESSAGE_MS = 30_000
APPLICATION_VIEWS = (MINE, ALL)
_SP = QStyle.StandardPixmap
NAV_ICONS: dict[str, tuple[str, QStyle.StandardPixmap]] = {  # theme name, Qt's fallback
    MINE: ("user-home", _SP.SP_DirHomeIcon),
    ALL: ("view-list-details", _SP.SP_FileDialogDetailedView),
    BOARD: ("dialog-warning", _SP.SP_MessageBoxWarning),
    FIGURES: ("x-office-spreadsheet", _SP.SP_FileDialogInfoView),
    SERVICE: ("mail-message-new", _SP.SP_CommandLink),
    ENTERPRISES: ("folder", _SP.SP_DirIcon),
    CALENDAR: ("x-office-calendar", _SP.SP_FileDialogListView),
    RULES: ("document-properties", _SP.SP_FileDialogContentsView),
    UNITS: ("system-users", _SP.SP_DriveNetIcon),
    HOTLINE: ("call-start", _SP.SP_MessageBoxInformation),
}


class StatusBar(QStatusBar):
    """The status bar: a temporary message stops a gap short of the permanent labels
    (当前用户, the counts), elided there with the whole text as the tooltip; again as
    they widen (the counts while a reload runs). A message goes after MESSAGE_MS
    unless told to stay (timeout 0), and the database's name is back in its place."""

    GAP = 16  # pixels between a message's end and the first permanent label

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # As QMainWindow makes its own: the labels' texts never widen the window.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._permanent: list[QWidget] = []
        self._whole = ""  # the message shown, before eliding
        self._until: float | None = None  # when it goes (time.monotonic), if it does
        self.messageChanged.connect(self._message_changed)

    def addPermanentWidget(self, widget: QWidget, stretch: int | None = 0) -> None:
        super().addPermanentWidget(widget, stretch or 0)
        self._permanent.append(widget)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's)
        if event.type() in (QEvent.Type.Move, QEvent.Type.Resize) and self.currentMessage():
            left = None if self._until is None else self._until - time.monotonic()
            if left is None or left > 0:  # the message as it was, elided to the new room
                # (0 would keep a message about to go for good: at least a millisecond)
                self.showMessage(self._whole, 0 if left is None else max(1, int(left * 1000)))
        return False

    def _message_changed(self, text: str) -> None:
        if not text:
            self.setToolTip("")
            self._whole = ""

    @property
    def whole_message(self) -> str:
        """The message shown, as told: not elided (the tooltip's, when it is)."""
        return self._whole

    def message_room(self) -> int:
        """The width a message may take: Qt draws it from 6 px to the first visible
        permanent label, less the gap; 0 (no eliding) before the bar is shown."""
        shown = [w.x() for w in self._permanent if w.isVisible()]
        if not self.isVisible() or not shown:  # not laid out yet: nothing to measure
            return 0
        return min(shown) - 6 - self.GAP

    def showMessage(self, text: str, timeout: int | None = None) -> None:
        timeout = MESSAGE_MS if timeout is None else timeout
        self._whole = text
        self._until = time.monotonic() + timeout / 1000 if timeout else None
        room = self.message_room()
        metrics = self.fontMetrics()
        if room > 0 and metrics.horizontalAdvance(text) > room:
            self.setToolTip(text)
            # A path keeps its file name; a sentence its beginning, where what happened
            # is said ("…HP2026-01027 已办结，不再列在…" had lost "已办结").
            path = "/" in text or "\\" in text
            mode = Qt.TextElideMode.ElideMiddle if path else Qt.TextElideMode.ElideRight
            text = metrics.elidedText(text, mode, room)
        else:
            self.setToolTip("")
        super().showMessage(text, timeout or 0)


class MainWindow(QMainWindow):
    language_changed = Signal(str)

    def __init__(
        self,
        ws: Workspace,
        worker: Worker,
        files: Worker,
        today: Today,
        settings: QSettings,
        database_label: str,
    ) -> None:
        super().__init__()
        self._settings = settings
        self._view = MINE
        self._files = files
        self._late = dict.fromkeys(CardKind, 0)  # the late cards of each kind on the board
        self._late_known: set[CardKind] = set()  # the kinds counted since the start
        self._late_failed: dict[CardKind, str] = {}  # the kinds whose last count failed: why
        self.setWindowTitle(window_title())
        bureau = options.BUREAU_NAME.get(settings)  # this desk's own, before the database's
        if ws.user is None:  # no sign-in: the name this desk gave acts
            ws = ws.with_actor(options.USER_NAME.get(settings))
        self.ops = Operations(ws, worker, today, self, settings)
        self.closing = CloseGuard(self, (worker, files))
        self._edits_given_up = False  # edits not saved, given up by the user as it closes
        self.live = LiveDesk(self.ops)
        self.applications = ApplicationsController(self.ops, files)
        self.exports = ExportActions(files, self, bureau, settings)
        self.steps = StepActions(self.ops, self.applications, bureau)
        self.board = BoardController(self.ops, self.steps, self.exports)
        self.figures = FiguresController(self.ops, self.applications, self.exports)
        self.service_days = ServiceDaysController(self.ops, self.exports)
        self.directory = DirectoryController(self.ops)
        self.calendar = CalendarController(self.ops)
        self.rules = RulesController(self.ops)
        self.ledger = LedgerImport(self.ops, files, settings)
        self.backups = BackupActions(self.ops)
        self.units = UnitsController(self.ops)
        self.hotline = HotlineController(self.ops)
        self.reminders = Reminders(self.ops, self.applications, settings, self)
        self._controllers: dict[str, PageController] = {
            BOARD: self.board,
            FIGURES: self.figures,
            SERVICE: self.service_days,
            ENTERPRISES: self.directory,
            CALENDAR: self.calendar,
            RULES: self.rules,
            UNITS: self.units,
            HOTLINE: self.hotline,
        }
        self._compose(database_label)
        self._make_actions()
        self._connect_signals()
        self._restore_state()
        self.show_user()  # its unit's name is read first: a few rows, not 100,000
        self.applications.reload()
        self.service_days.load_status()
        self.hotline.load_overdue()
        self.load_notice_settings()
        self.backups.daily()

    # -- construction ---------------------------------------------------------------------

    def _compose(self, database_label: str) -> None:
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setMaximumWidth(splitter_sizes.NAV[1])
        # The counts are drawn at the entry's right edge: keep that edge in sight.
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setItemDelegate(NavCountDelegate(self.nav))
        self.stack = QStackedWidget()
        self.stack.currentChanged.connect(self._size_by_current_page)
        self._pages: dict[str, QWidget] = {MINE: self.applications.page}
        for key, text in [*self._nav_entries(), self._hotline_entry()]:
            item = QListWidgetItem(themed_icon(self, *NAV_ICONS[key]), text)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
        for key, controller in self._controllers.items():
            self._pages[key] = controller.page
        self._pages[ALL] = self.applications.page
        for page in dict.fromkeys(self._pages.values()):
            self.stack.addWidget(page)
        self._size_by_current_page(0)
        self.detail_pane = self.applications.detail_pane  # scrolls within its tabs
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("main_splitter")
        for widget, stretch in ((self.nav, 0), (self.stack, 3), (self.detail_pane, 2)):
            self.splitter.addWidget(widget)
            self.splitter.setStretchFactor(self.splitter.count() - 1, stretch)
            self.splitter.setCollapsible(self.splitter.count() - 1, False)  # hidden by choice
        self.splitter.splitterMoved.connect(self._remember_widths)
        self.splitter.installEventFilter(self)
        self.widths = splitter_sizes.Widths()
        self.setCentralWidget(self.splitter)
        self.database_name = database_label
        self.database_label = QLabel(self.tr("数据库：%1").replace("%1", database_label))
        self.counts_label = QLabel()
        self.hotline_label = QLabel()
        self.hotline_label.setObjectName("hotline_overdue")
        self.hotline_label.setStyleSheet(ERROR_STYLE)
        self.hotline_label.setToolTip(
            self.tr(
                "在办的 12369 热线案件中，当前期限（受理告知、承办单位反馈、办结、"
                "复查或复核期限）已过的件数"
            )
        )
        self.hotline_label.hide()
        # What is shown may be stale while the database cannot be read (a server gone):
        # nothing else says so until a save fails.
        self.connection_label = QLabel(self.tr("数据库连接中断，显示的可能不是最新数据"))
        self.connection_label.setObjectName("connection_lost")
        self.connection_label.setStyleSheet(ERROR_STYLE)
        self.connection_label.hide()
        self.service_day_label = QLabel()
        self.user_label = QLabel()
        self.user_label.setObjectName("signed_in_user")
        self.setStatusBar(StatusBar(self))
        self.statusBar().addWidget(self.database_label, 1)
        self.statusBar().addPermanentWidget(self.connection_label)
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.service_day_label)
        self.statusBar().addPermanentWidget(self.counts_label)
        self.statusBar().addPermanentWidget(self.hotline_label)

    def _nav_entries(self) -> list[tuple[str, str]]:
        return [
            (MINE, self.tr("我的事项")),
            (ALL, self.tr("全部申请")),
            (BOARD, self.tr("超期看板")),
            (FIGURES, self.tr("统计分析")),
            (SERVICE, self.tr("企业服务日")),
            (ENTERPRISES, self.tr("企业名录")),
            (CALENDAR, self.tr("节假日日历")),
            (RULES, self.tr("时限规则")),
            (UNITS, self.tr("单位与用户")),
        ]

    def _hotline_entry(self) -> tuple[str, str]:
        """The hotline, last in the navigation, with Ctrl+0: the keys of the pages
        before it stay as clerks learned them."""
        return HOTLINE, self.tr("12369 热线")

    def _action(
        self, text: str, slot: Callable[[], object], shortcut: QKeySequence | str | None = None
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _make_actions(self) -> None:
        key = QKeySequence.StandardKey
        self.register_action = self._action(self.tr("收件登记"), self.steps.register, "Ctrl+N")
        self.refresh_action = self._action(self.tr("刷新"), self.reload, QKeySequence(key.Refresh))
        self.find_action = self._action(self.tr("查找"), self.focus_search, QKeySequence(key.Find))
        self.settings_action = self._action(self.tr("设置…"), self.open_settings, "Ctrl+,")
        quit_action = self._action(self.tr("退出"), self.close, QKeySequence(key.Quit))
        views = [  # every page has its key, Ctrl+1 to Ctrl+9 in the navigation's order (#13)
            self._action(text, partial(self.show_view, key), f"Ctrl+{n}")
            for n, (key, text) in enumerate(self._nav_entries(), start=1)
        ]
        for view, (view_key, _text) in zip(views, self._nav_entries(), strict=True):
            view.setIcon(themed_icon(self, *NAV_ICONS[view_key]))
        self.view_actions = views
        page, text = self._hotline_entry()
        self.hotline_view_action = self._action(text, partial(self.show_view, page), "Ctrl+0")
        self.hotline_view_action.setIcon(themed_icon(self, *NAV_ICONS[page]))
        self.report_action = self._action(
            self.tr("登记举报…"), self.register_report, "Ctrl+Shift+N"
        )
        self.report_action.setToolTip(self.tr("登记 12369 热线收到的举报"))
        self.step_key_actions = self._step_key_actions()
        self.addActions(self.step_key_actions)  # active with no menu showing them
        self.export_action = self._action(self.tr("导出当前列表…"), self.export_list, "Ctrl+E")
        self.import_action = self._action(self.tr("导入台账…"), self.ledger.start)
        self.backup_action = self._action(self.tr("立即备份…"), self.backups.backup_now)
        self.backup_action.setToolTip(self.tr("把数据库备份到其旁边的 backups 文件夹"))
        self.restore_action = self._action(self.tr("从备份恢复…"), self.backups.restore)
        self.switch_user_action = self._action(self.tr("切换用户…"), self.switch_user)
        self.switch_user_action.setVisible(self.ops.ws.user is not None)
        about = self._action(self.tr("关于"), self._about)
        self.guide_action = self._action(
            self.tr("使用说明"),
            lambda: run_modal(GuideDialog(self)),
            QKeySequence(key.HelpContents),
        )
        self.shortcuts_action = self._action(self.tr("快捷键"), self.show_shortcuts)
        self.logs_action = self._action(self.tr("打开日志文件夹"), self.open_log_folder)
        self.detail_action = QAction(self.tr("详情栏"), self)
        self.detail_action.setShortcut(QKeySequence("Ctrl+I"))
        self.detail_action.setCheckable(True)
        self.detail_action.setChecked(True)
        self.detail_action.toggled.connect(lambda _on: self._share_width())
        self.detail_action.setToolTip(self.tr("在列表右侧显示或收起所选申请的详情"))
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("文件(&F)"))
        file_menu.addActions([self.register_action, self.report_action])
        file_menu.addActions([self.import_action, self.export_action])
        file_menu.addSeparator()
        file_menu.addActions([self.backup_action, self.restore_action])
        file_menu.addAction(self.settings_action)
        file_menu.addAction(self.switch_user_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        self.steps_menu = menu.addMenu(self.tr("办理(&A)"))
        self.steps_menu.aboutToShow.connect(self._fill_steps_menu)
        view_menu = menu.addMenu(self.tr("查看(&V)"))
        view_menu.addActions([*views, self.hotline_view_action])
        view_menu.addSeparator()
        view_menu.addActions([self.find_action, self.refresh_action])
        view_menu.addSeparator()
        view_menu.addAction(self.detail_action)
        columns_menu = view_menu.addMenu(self.tr("显示的列"))
        columns_menu.aboutToShow.connect(
            lambda: self.applications.page.fill_column_menu(columns_menu)
        )
        view_menu.addAction(self.tr("恢复默认布局"), self.reset_layout)
        help_menu = menu.addMenu(self.tr("帮助(&H)"))
        help_menu.addActions([self.guide_action, self.shortcuts_action, self.logs_action])
        help_menu.addSeparator()
        help_menu.addAction(about)
        toolbar = self.addToolBar(self.tr("工具栏"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addActions(
            [self.register_action, self.find_action, self.refresh_action, self.settings_action]
        )
        self._decorate_toolbar_actions()

    def _decorate_toolbar_actions(self) -> None:
        """Icons (the theme's, else Qt's own) and a line on what each does (#13)."""
        sp = QStyle.StandardPixmap
        decorations = [
            (self.register_action, "document-new", sp.SP_FileIcon, self.tr("登记新收到的申请")),
            (
                self.find_action,
                "edit-find",
                sp.SP_FileDialogContentsView,
                self.tr("在列表中查找申请"),
            ),
            (self.refresh_action, "view-refresh", sp.SP_BrowserReload, self.tr("重新读取最新数据")),
            (
                self.settings_action,
                "preferences-system",
                sp.SP_ComputerIcon,
                self.tr("本机与本局的设置"),
            ),
        ]
        for action, theme, fallback, tip in decorations:
            action.setIcon(themed_icon(self, theme, fallback))
            action.setToolTip(tip)

    def _step_key_actions(self) -> list[QAction]:
        """Keys for the common steps on the selected application (#13); a step that
        cannot be taken now says why in the status bar (StepActions.step_by_key)."""
        keys: list[tuple[str, Action | None, str]] = [
            (strings.action_name(Action.ACCEPT), Action.ACCEPT, "Ctrl+J"),
            (self.tr("下一步"), None, "Ctrl+Return"),
            (strings.action_name(Action.UNDO), Action.UNDO, "Ctrl+Z"),
            (strings.action_name(Action.EXTEND), Action.EXTEND, "Ctrl+Shift+E"),
        ]
        actions = [
            self._action(text, partial(self._step_by_key, action), shortcut)
            for text, action, shortcut in keys
        ]
        why = self._action(self.tr("为什么是这个日期？"), self._why_by_key, "Ctrl+Shift+D")
        return [*actions, why]

    def _fill_steps_menu(self) -> None:
        """The selected case's steps on the 12369 page; elsewhere the application's."""
        if self._view == HOTLINE:
            self.hotline.fill_steps_menu(self.steps_menu)
        else:
            shown = self._view in APPLICATION_VIEWS
            self.steps.fill_steps_menu(self.steps_menu, list_shown=shown)

    def _key_target(self) -> int | None:
        """The application a step key acts on: the one selected in the list, when the
        list is shown; else None, and the status bar says what to do."""
        shown_list = self._view in APPLICATION_VIEWS
        selected = self.applications.page.selected_id() if shown_list else None
        if selected is None:
            self.statusBar().showMessage(self.tr("请先在申请列表中选择一件申请。"))
        return selected

    def _step_by_key(self, action: Action | None) -> None:
        if self._view == HOTLINE:  # the same keys for the selected case's like steps
            asked = None if action is None else CASE_KEYS[action]  # None: the next step
            if (said := self.hotline.step_by_key(asked)) is not None:
                self.statusBar().showMessage(said)
            return
        if (application_id := self._key_target()) is not None:
            self.steps.step_by_key(application_id, action)

    def _why_by_key(self) -> None:
        if self._view == HOTLINE:
            if (said := self.hotline.why_by_key()) is not None:
                self.statusBar().showMessage(said)
            return
        if (application_id := self._key_target()) is not None:
            self.steps.why(application_id)

    def show_shortcuts(self) -> None:
        """Every shortcut the window's actions have, read from them: pages, steps, others."""
        groups = [
            (self.tr("页面"), self.view_actions),
            (self.tr("办理选中的申请或举报"), self.step_key_actions),
            (self.tr("12369 热线"), [self.hotline_view_action, self.report_action]),
        ]
        everything = shortcut_groups(self.findChildren(QAction), groups, self.tr("其他"))
        run_modal(ShortcutsDialog(everything, self))

    def open_log_folder(self) -> None:
        if not open_log_folder():
            self.statusBar().showMessage(
                self.tr("无法打开日志文件夹：%1").replace("%1", str(log_folder()))
            )

    def _open_selected(self) -> None:
        """The row's detail shown (the pane put back if it was folded away), and the
        keyboard on its first step."""
        self.detail_action.setChecked(True)
        if (picked := self.applications.page.selected_id()) is not None:
            self.detail_pane.focus_first_step(picked)

    def _connection_lost(self, error: Exception) -> None:
        reason = strings.error_text(error) if isinstance(error, StoreError | OSError) else ""
        tip = self.tr("每 30 秒重试一次，连上后自动更新；在此之前，保存会失败。")
        self.connection_label.setToolTip(f"{reason}\n{tip}" if reason else tip)
        self.connection_label.show()

    def _connection_restored(self) -> None:
        self.connection_label.hide()
        self.statusBar().showMessage(self.tr("已重新连接数据库，显示的是最新数据。"))

    def _connect_signals(self) -> None:
        self.detail_pane.collapse_requested.connect(lambda: self.detail_action.setChecked(False))
        self.applications.page.detail_button.setDefaultAction(self.detail_action)
        status = self.statusBar()
        self.steps.message.connect(status.showMessage)
        self.steps.hidden_registered.connect(self.open_application)
        self.exports.message.connect(status.showMessage)
        self.nav.currentItemChanged.connect(self._nav_changed)
        self.applications.counts_changed.connect(self.counts_label.setText)
        self.applications.message.connect(status.showMessage)
        self.applications.nav_counts_changed.connect(self._show_nav_counts)
        self.applications.total_known.connect(self._make_room_for)
        self.applications.load_failed.connect(self._applications_failed)
        self.live.lost.connect(self._connection_lost)
        self.live.restored.connect(self._connection_restored)
        page = self.applications.page
        page.register_requested.connect(self.register_action.trigger)
        page.import_requested.connect(self.import_action.trigger)
        page.all_requested.connect(partial(self.show_view, ALL))
        page.open_requested.connect(self._open_selected)
        page.settings_requested.connect(self.settings_action.trigger)
        self.board.page.open_requested.connect(self._open_card)
        self.directory.page.application_requested.connect(self.open_application)
        self.service_days.next_day_known.connect(self._show_next_service_day)
        self.service_days.late_known.connect(partial(self._show_late, CardKind.FOLLOW_UP))
        self.service_days.late_failed.connect(partial(self._late_not_counted, CardKind.FOLLOW_UP))
        self.hotline.overdue_known.connect(self._show_hotline_overdue)
        self.hotline.overdue_failed.connect(self._hotline_overdue_failed)
        self.hotline.enterprise_requested.connect(self.open_enterprise)
        self.directory.message.connect(status.showMessage)
        self.rules.message.connect(status.showMessage)
        self.calendar.message.connect(status.showMessage)
        self.units.message.connect(status.showMessage)
        self.ops.changed.connect(self._reference_changed)
        self.backups.message.connect(status.showMessage)
        self.backups.failed.connect(lambda text: status.showMessage(text, 0))  # stays
        self.reminders.open_requested.connect(self.open_application)
        self.exports.written.connect(
            lambda path: status.showMessage(self.tr("已导出：%1").replace("%1", path))
        )

    # -- navigation -----------------------------------------------------------------------

    def _nav_changed(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is not None:
            self.show_view(str(item.data(Qt.ItemDataRole.UserRole)))

    def _show_nav_counts(self, mine: int, everything: int, late: int, complete: bool) -> None:
        """The counts beside 我的事项 and 全部申请 (#13), and what they mean; and the
        late applications' part of the count beside 超期看板. The running rows in but
        not yet the finished ones: the count is greyed and says so, not taken for all."""
        self._set_nav_count(MINE, mine, self.tr("您名下在办 %n 件", None, mine))
        tip = self.tr("共 %n 件申请", None, everything)
        if not complete:
            tip = self.tr("已载入 %n 件申请，已办结的尚未全部载入", None, everything)
        self._set_nav_count(ALL, everything, tip, partial=not complete)
        self._show_late(CardKind.APPLICATION, late)

    def _make_room_for(self, total: int) -> None:
        """The navigation as wide as 全部申请's count will need once every row is in
        (100000): it widened as they came, and the list beside it moved."""
        if (item := self._nav_item(ALL)) is not None:
            item.setData(ROOM_ROLE, total)
        self._share_width()

    def _applications_failed(self, reason: str) -> None:
        """The list could not be read: 我的事项 and 全部申请 show no count (one kept from
        before would pass for today's), and say why; the board's count is not whole."""
        tip = self.tr("载入失败：%1").replace("%1", reason)
        self._set_nav_count(MINE, None, tip)
        self._set_nav_count(ALL, None, tip)
        self._late_not_counted(CardKind.APPLICATION, reason)

    def _late_not_counted(self, kind: CardKind, reason: str) -> None:
        """A kind of late item could not be counted: the board's count leaves it out,
        stays greyed and says so, rather than "still loading" for ever."""
        self._late[kind] = 0
        self._late_known.discard(kind)
        self._late_failed[kind] = reason
        self._show_board_count()

    def _show_late(self, kind: CardKind, count: int) -> None:
        self._late[kind] = count
        self._late_known.add(kind)
        self._late_failed.pop(kind, None)
        self._show_board_count()

    def _show_board_count(self) -> None:
        """The count beside 超期看板: every late card the board shows, of each kind;
        greyed until each kind has been counted (each is read apart at a start)."""
        partial = len(self._late_known) < len(CardKind)
        total, late = sum(self._late.values()), self._late
        texts = {  # each kind's part, said only when it has any
            CardKind.APPLICATION: self.tr(
                "在办申请 %n 件（超法定期限、超承诺期限、送达超期或听证期限超期）",
                None,
                late[CardKind.APPLICATION],
            ),
            CardKind.CASE: self.tr("12369 举报 %n 件", None, late[CardKind.CASE]),
            CardKind.FOLLOW_UP: self.tr("服务日跟进事项 %n 件", None, late[CardKind.FOLLOW_UP]),
        }
        parts = [text for kind, text in texts.items() if late[kind]]
        tip = (
            self.tr("超期 %n 件：", None, total)
            + self.tr("，", "between the parts of the board's count").join(parts)
            if parts
            else self.tr("没有超期事项")
        )
        if self._late_failed:
            kinds = {
                CardKind.APPLICATION: self.tr("在办申请"),
                CardKind.CASE: self.tr("12369 举报"),
                CardKind.FOLLOW_UP: self.tr("服务日跟进事项"),
            }
            failed = strings.listing_and(
                [kinds[kind] for kind in CardKind if kind in self._late_failed]
            )
            why = (
                self.tr("未能全部统计：%1未能载入，未计入。原因：%2")
                .replace("%1", failed)
                .replace("%2", next(iter(self._late_failed.values())))
            )
            if not self._late_known:  # nothing counted: no number, not a nought
                self._set_nav_count(BOARD, None, why)
                return
            tip = why + "\n" + (tip if parts else self.tr("已统计的事项中没有超期的"))
        elif partial:
            tip += self.tr("（仍在载入）")
        self._set_nav_count(BOARD, total, tip, alert=total > 0, partial=partial)

    def _set_nav_count(
        self,
        key: str,
        count: int | None,
        tip: str,
        *,
        alert: bool = False,
        partial: bool = False,
    ) -> None:
        """`count` None: the entry shows none."""
        if (item := self._nav_item(key)) is not None:
            item.setData(COUNT_ROLE, count)
            item.setData(ALERT_ROLE, alert)
            item.setData(PARTIAL_ROLE, partial)
            item.setToolTip(tip)
        self._share_width()  # a count with more digits may need a wider navigation

    def _nav_item(self, key: str) -> QListWidgetItem | None:
        """The navigation's entry for the page `key`."""
        items = (self.nav.item(row) for row in range(self.nav.count()))
        return next((i for i in items if i.data(Qt.ItemDataRole.UserRole) == key), None)

    def show_view(self, key: str) -> None:
        """A page from the navigation; "my items" and "all" share the applications list."""
        if key not in self._pages:
            key = MINE
        if (item := self._nav_item(key)) is not None:
            self.nav.blockSignals(True)
            self.nav.setCurrentItem(item)
            self.nav.blockSignals(False)
        self._view = key
        self.stack.setCurrentWidget(self._pages[key])
        self._share_width()
        self.export_action.setEnabled(key in APPLICATION_VIEWS or key == HOTLINE)
        for other, controller in self._controllers.items():
            if other != key:
                controller.deactivate()
        if key in APPLICATION_VIEWS:
            self.applications.show_scope(mine=key == MINE)
        else:
            self._controllers[key].activate()

    def open_application(self, application_id: int) -> None:
        self.show_view(ALL)
        self.applications.open(application_id)

    def open_enterprise(self, enterprise_id: int) -> None:
        """企业名录 with the enterprise selected (from the hotline's figures, #15)."""
        self.show_view(ENTERPRISES)
        page = self.directory.page
        page.search.clear()  # a search left there may hide it
        page.select(enterprise_id)
        if page.selected_id() != enterprise_id:
            # The list is loading: the one worker reads it first, then answers this.
            self.ops.read(lambda: None, lambda _none: page.select(enterprise_id))

    def _open_card(self, kind: str, item_id: int) -> None:
        if kind == CardKind.APPLICATION:
            self.open_application(item_id)
        elif kind == CardKind.CASE:
            self.show_view(HOTLINE)
            self.hotline.open_case(item_id)
        else:
            self.show_view(SERVICE)
            self.service_days.open_visit(item_id)

    def _show_next_service_day(self, day: ServiceDay) -> None:
        """In the status bar the date and whether it moved; why, on hover (the bar is
        shared with the counts, and English is longer)."""
        text = self.tr("下一个企业服务日：%1").replace("%1", day.held_on.isoformat())
        if day.shifted:
            text += self.tr("（顺延）")
        if day.estimated:
            text += self.tr("（推算）")
        self.service_day_label.setText(text)
        self.service_day_label.setToolTip(self.service_days.page.next_text(day))

    def _show_hotline_overdue(self, count: int) -> None:
        """热线超期 N beside the counts, while there is any; and the cases' part of the
        count beside 超期看板."""
        self.hotline_label.setText(self.tr("热线超期 %1").replace("%1", str(count)))
        self.hotline_label.setVisible(count > 0)
        # Beside the sidebar's entry too, as the applications' counts are beside theirs.
        tip = self.tr("超期的 12369 举报 %n 件", None, count)
        self._set_nav_count(HOTLINE, count or None, tip, alert=count > 0)
        self._show_late(CardKind.CASE, count)

    def _hotline_overdue_failed(self, reason: str) -> None:
        """An earlier 热线超期 N is not today's: gone, and the board's count says why."""
        self.hotline_label.setVisible(False)
        self._set_nav_count(HOTLINE, None, "")
        self._late_not_counted(CardKind.CASE, reason)

    def register_report(self) -> None:
        """Ctrl+Shift+N: the hotline page, and a report to register."""
        self.show_view(HOTLINE)
        self.hotline.register()

    def reload(self) -> None:
        """F5: everything afresh (another desktop may have changed the database)."""
        self.applications.reload()
        for controller in self._controllers.values():
            controller.invalidate()
        self.load_notice_settings()

    def load_notice_settings(self) -> None:
        """The issuing authority's name for the reports' titles. The name used to be each
        desk's own preference: the first desk on a database without one brings its own."""
        local = options.BUREAU_NAME.get(self._settings)
        job = partial(notices.move_authority, self.ops.ws, local)
        self.ops.read(job, self._notice_settings_loaded)

    def _notice_settings_loaded(self, settings: NoticeSettings) -> None:
        self.exports.bureau = settings.authority

    def export_list(self) -> None:
        """The list shown, as filtered and sorted: the applications', or the 12369
        cases'."""
        reference = self.ops.reference
        names = reference.category_names() if reference else {}
        units = reference.unit_names() if reference else {}
        if self._view == HOTLINE:  # as of the day they were read for (it rolls at midnight)
            from approvals_gui.services.hotline_exports import cases_scope

            proxy = self.hotline.page.proxy
            f = proxy.flt
            scope = cases_scope(f.text, f.status, f.channel, f.topic, f.unit, f.show_closed, units)
            self.exports.export_cases(proxy.shown_views(), units, self.hotline.rows_day, scope)
            return
        from approvals_gui.services.exports import list_scope  # (its writers, not at start)

        page = self.applications.page
        views = page.proxy.shown_views()
        # Whose and how filtered, as the list shows them (an export is in Chinese).
        mine = self.ops.ws.actor if self._view == MINE else None
        scope = list_scope(page.current_filter(), names, units, mine=mine)
        self.exports.export_applications(views, names, units, self.applications.rows_day, scope)

    # -- how the width is shared ----------------------------------------------------------

    def _share_width(self) -> None:
        """The detail pane beside the list when a list is shown and the clerk wants it;
        the widths as chosen, within what keeps every part usable."""
        shown = self._view in APPLICATION_VIEWS and self.detail_action.isChecked()
        self.detail_pane.setVisible(shown)
        self.applications.page.detail_button.setVisible(not self.detail_action.isChecked())
        handles = 2 if shown else 1  # a hidden pane's handle is hidden with it
        total = self.splitter.width() - handles * self.splitter.handleWidth()
        page = self.stack.currentWidget()
        list_min = page.minimumSizeHint().width() if page is not None else 0
        nav_fit = self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 4
        # Nor may a page that grows once loaded take the room of the names and counts.
        self.nav.setMinimumWidth(min(nav_fit, splitter_sizes.NAV[1]))
        sizes = splitter_sizes.shared(total, self.widths, shown, list_min, nav_fit)
        self.splitter.setSizes(sizes)

    def _size_by_current_page(self, _index: int) -> None:
        """Only the page shown counts towards the window's minimum width: a stack is as
        wide as its widest page otherwise, and the calendar's twelve months in English
        beside the detail pane would not fit 1366 pixels (#13)."""
        current = self.stack.currentWidget()
        for page in (self.stack.widget(i) for i in range(self.stack.count())):
            policy = QSizePolicy.Policy.Preferred
            if page is not current:
                policy = QSizePolicy.Policy.Ignored
            if page is not None:
                page.setSizePolicy(policy, policy)
        self.stack.updateGeometry()

    def _remember_widths(self, _pos: int, _index: int) -> None:
        nav, _list, detail = self.splitter.sizes()
        shown = self.detail_pane.isVisible()
        self.widths = splitter_sizes.Widths(nav, detail if shown else self.widths.detail)

    def reset_layout(self) -> None:
        """查看 → 恢复默认布局: default widths, the detail pane shown, default columns."""
        self.widths = splitter_sizes.Widths()
        self.detail_action.setChecked(True)
        self.applications.page.reset_columns()
        self._share_width()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.splitter and event.type() == QEvent.Type.Resize:
            self._share_width()  # the new width, before it is painted
        return super().eventFilter(watched, event)

    def focus_search(self) -> None:
        if self._view == HOTLINE:
            self.hotline.focus_search()
        else:
            self.applications.focus_search()

    # -- who is signed in -------------------------------------------------------------------

    def show_user(self) -> None:
        """The signed-in user, their unit and role in the status bar; nothing on a desk
        without sign-in. The unit's name comes from the worker."""
        user = self.ops.ws.user
        self.user_label.setVisible(user is not None)
        if user is None:
            self.user_label.clear()
            return
        if self.ops.reference is not None:
            self._show_user_line(user, self.ops.reference.units)
        else:  # not the unit's code meanwhile: a clerk knows their unit by its name
            self.user_label.clear()
            self.ops.read(self.ops.ws.units, partial(self._show_user_line, user))

    def _show_user_line(self, user: User, units: tuple[Unit, ...]) -> None:
        unit = unit_name(units, user.unit)
        self.user_label.setText(
            self.tr("当前用户：%1（%2，%3）")
            .replace("%1", user.name)
            .replace("%2", unit)
            .replace("%3", strings.role_name(user.role))
        )

    def _reference_changed(self, changes: ChangeSet) -> None:
        reference = changes.reference
        if reference is None or self.ops.ws.user is None:
            return
        now = reference.user  # read for whoever was signed in when it was asked for
        was = self.ops.ws.user
        if now is not None and now.name == was.name and now != was:
            # Moved to another unit, given another role or disabled by an administrator,
            # here or on another desk: 我的事项 and the reminders follow what is stored,
            # and the clerk is told why their lists changed.
            self.ops.sign_in_as(now)  # 我的事项 follows (actor_changed)
            self._say_account_changed(was, now, reference.units)
        self._show_user_line(self.ops.ws.user, reference.units)

    def _say_account_changed(self, was: User, now: User, units: tuple[Unit, ...]) -> None:
        names = {u.code: u.name for u in units}
        if not now.active:
            text = self.tr("您的账号已被管理员停用：不能再办理，请与管理员联系。")
        elif now.unit != was.unit:
            text = self.tr("管理员已将您调至%1：“我的事项”和可办理的申请随之改变。").replace(
                "%1", names.get(now.unit, now.unit)
            )
        else:
            text = self.tr("管理员已将您的角色改为%1。").replace("%1", strings.role_name(now.role))
        self.statusBar().showMessage(text)

    def switch_user(self) -> None:
        """Sign in as someone else; the window stays, every page reads afresh as them."""
        dialog = SignInDialog(
            self.ops.ws, self.ops.worker, self, note=self.tr("以另一位用户的身份登录。")
        )
        with shown(dialog) as accepted:
            user = dialog.user
        if not accepted or user is None:
            return
        self.ops.sign_in_as(user)
        self.show_user()
        self.reload()
        self.show_view(self._view)
        self.statusBar().showMessage(self.tr("已切换为 %1。").replace("%1", user.name))

    # -- settings and state -----------------------------------------------------------------

    def open_settings(self) -> None:
        """The bureau's notice settings as the database has them now, then the dialog."""
        self.ops.read(partial(_settings_now, self.ops.ws), self._edit_settings)

    def rerun_first_run(self) -> None:
        """设置 → 重新运行初始设置…: the first-run questions again, applied at once."""
        language = options.language(self._settings)
        if not run_modal(FirstRunDialog(self.ops.ws, self.ops.worker, self._settings, self)):
            return
        if self.ops.ws.user is None:  # signed in: the history records who signed in
            self.ops.set_actor(options.USER_NAME.get(self._settings))
        self.load_notice_settings()
        self.show_view(MINE)
        self._language_chosen(language)

    def _edit_settings(self, now: tuple[NoticeSettings, bool | None, bool]) -> None:
        notice_settings, sign_in, admin_exists = now
        dialog = SettingsDialog(
            self._settings,
            notice_settings,
            self,
            sign_in=sign_in,
            admin_exists=admin_exists,
            user=self.ops.ws.user,
            first_run=self.rerun_first_run,
            year=self.ops.today().year,
        )
        with shown(dialog) as accepted:
            language = options.language(self._settings)
            if accepted:
                dialog.save()
                checked = dialog.checked_notices()
                sign_in_wanted = dialog.sign_in_required()
        if not accepted:
            return
        if sign_in is not None and sign_in_wanted is not None and sign_in_wanted != sign_in:
            self.ops.write(
                partial(changes.set_sign_in_required, self.ops.ws, sign_in_wanted),
                lambda _changes: self.statusBar().showMessage(
                    self.tr("登录设置已保存，下次启动时生效。")
                ),
            )
        if checked != notice_settings:
            self.ops.write(
                partial(notices.save_notice_settings, self.ops.ws, checked, notice_settings),
                lambda _changes: self._notice_settings_loaded(checked),
            )
        if self.ops.ws.user is None:  # signed in: the history records who signed in
            self.ops.set_actor(options.USER_NAME.get(self._settings))
        self.show_view(self._view)
        self.reminders.apply_setting()
        self._language_chosen(language)

    def _language_chosen(self, was: str) -> None:
        """The window rebuilt in the language now chosen, if it is not `was`; unless
        edits not saved yet would go with it and the user keeps them (then the language
        changes at the next start)."""
        if (now := options.language(self._settings)) == was:
            return
        if self._edits_given_up_or_asked(
            self.tr("切换语言要重建窗口，这些修改将被放弃。"),
            self.tr("放弃修改并切换"),
            self.tr("下次启动时切换"),
            lambda: self.language_changed.emit(now),
        ):
            self.language_changed.emit(now)

    def _edits_given_up_or_asked(
        self, said: str, give_up: str, keep: str, then: Callable[[], object]
    ) -> bool:
        """True if no page holds edits not saved yet (or the user gave them up). Else
        False, and a box beside the window names the pages and says `said`: its
        `give_up` button runs `then`, its `keep` one (the default) shows the first page.
        Not modal, as the closing box: a window closed under it is not held up."""
        names = dict(self._nav_entries())
        pages = (
            (UNITS, self.units.page),
            (RULES, self.rules.page),
            (ENTERPRISES, self.directory.page),
        )
        unsaved = [key for key, page in pages if page.unsaved()]
        if not unsaved or self._edits_given_up:
            return True
        text = self.tr("以下页面有尚未保存的修改：%1。").replace(
            "%1", strings.listing(names[key] for key in unsaved)
        )
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("尚未保存的修改"), "", parent=self)
        box.setObjectName("unsaved_edits")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(f"{text}\n{said}")
        giving_up = box.addButton(give_up, QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(box.addButton(keep, QMessageBox.ButtonRole.RejectRole))

        def answered(_result: int) -> None:
            if box.clickedButton() is giving_up:
                self._edits_given_up = True  # not asked again as the window closes
                then()
            else:
                self.show_view(unsaved[0])

        box.finished.connect(answered)
        box.open()
        return False

    def about_text(self) -> str:
        """The program and what a support call asks first: its version, the database
        this window works on, where the log is, and the Qt and Python beneath."""
        return "\n".join(
            (
                self.tr("一次办结 %1\n环评审批时限管理").replace("%1", __version__),
                "",
                self.tr("数据库：%1").replace("%1", self.database_name),
                self.tr("日志文件夹：%1").replace("%1", str(log_folder())),
                f"Qt {qVersion()} · PySide6 {PySide6.__version__}"
                f" · Python {platform.python_version()}",
            )
        )

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("关于"), self.about_text())

    def _restore_state(self) -> None:
        s = self._settings
        if not self.restoreGeometry(options.GEOMETRY.get(s)):
            place_first(self, self.screen().availableGeometry())
        self.restoreState(options.WINDOW_STATE.get(s))
        self.widths = splitter_sizes.Widths(options.NAV_WIDTH.get(s), options.DETAIL_WIDTH.get(s))
        self.detail_action.setChecked(options.DETAIL_SHOWN.get(s))
        self.applications.restore_state(s)
        self.show_view(options.LAST_VIEW.get(s))

    def save_state(self) -> None:
        s = self._settings
        options.GEOMETRY.set(s, self.saveGeometry())
        options.WINDOW_STATE.set(s, self.saveState())
        options.NAV_WIDTH.set(s, self.widths.nav)
        options.DETAIL_WIDTH.set(s, self.widths.detail)
        options.DETAIL_SHOWN.set(s, self.detail_action.isChecked())
        options.LAST_VIEW.set(s, self._view)
        self.applications.save_state(s)
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.closing.replaced and not self._edits_given_up_or_asked(
            self.tr("关闭窗口将放弃这些修改。"),
            self.tr("放弃修改并关闭"),
            self.tr("返回"),
            self.close,
        ):
            event.ignore()
            return
        self.save_state()
        self.applications.stop_keeping()  # only time for the next start: not waited for
        if self.closing.may_close():  # else it closes once a write in flight is done
            super().closeEvent(event)
        else:
            event.ignore()


def _settings_now(ws: Workspace) -> tuple[NoticeSettings, bool | None, bool]:
    """The bureau's notice settings; whether this file asks for sign-in (None on a
    server, where everyone signs in); and whether it has an admin to sign in as."""
    local_file = ws.engine.dialect.name == "sqlite"
    sign_in = users.sign_in_required(ws) if local_file else None
    return notices.notice_settings(ws), sign_in, local_file and users.admin_exists(ws)
