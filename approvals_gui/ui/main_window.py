"""The clerk's main window: navigation, the applications list, the detail pane."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import date
from functools import partial

from PySide6.QtCore import QPoint, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from approvals_gui import __version__
from approvals_gui.domain.board import CardKind
from approvals_gui.domain.calendar import DayInfo
from approvals_gui.domain.clock import Status
from approvals_gui.domain.service_days import ServiceDay
from approvals_gui.domain.stages import Action
from approvals_gui.services.applications import ApplicationView, detail, list_applications, view_of
from approvals_gui.services.board import board_cards
from approvals_gui.services.calendar_admin import year_days
from approvals_gui.services.directory import handlers
from approvals_gui.services.figures import FiguresReport, figures_report, report_from
from approvals_gui.services.service_days import next_day
from approvals_gui.services.workspace import Workspace
from approvals_gui.ui import settings as options
from approvals_gui.ui import strings
from approvals_gui.ui.calendar_ops import CalendarOps
from approvals_gui.ui.detail_pane import DetailPane
from approvals_gui.ui.dialogs.modal import shown
from approvals_gui.ui.dialogs.settings_dialog import SettingsDialog
from approvals_gui.ui.directory_ops import DirectoryOps
from approvals_gui.ui.export_ops import ExportOps
from approvals_gui.ui.ledger_ops import LedgerOps
from approvals_gui.ui.ops import ApplicationOps
from approvals_gui.ui.pages.applications_page import ApplicationsPage
from approvals_gui.ui.pages.board_page import BoardPage
from approvals_gui.ui.pages.calendar_page import CalendarPage
from approvals_gui.ui.pages.enterprises_page import EnterprisesPage
from approvals_gui.ui.pages.figures_page import FiguresPage
from approvals_gui.ui.pages.rules_page import RulesPage
from approvals_gui.ui.pages.service_days_page import ServiceDaysPage
from approvals_gui.ui.rule_ops import RuleOps
from approvals_gui.ui.service_day_ops import ServiceDayOps
from approvals_gui.ui.workers import Background

ROLLOVER_CHECK_MS = 60_000
MINE, ALL, BOARD, FIGURES = "mine", "all", "board", "figures"
SERVICE, ENTERPRISES, CALENDAR, RULES = "service", "enterprises", "calendar", "rules"
APPLICATION_VIEWS = (MINE, ALL)


class MainWindow(QMainWindow):
    language_changed = Signal(str)

    def __init__(self, ws: Workspace, settings: QSettings, database_label: str) -> None:
        super().__init__()
        self._ws = ws
        self._settings = settings
        self._shown_day: date | None = None
        self._view = MINE
        self._loading = False
        self._background = Background(self)
        ws.actor = options.USER_NAME.get(settings)
        self.ops = ApplicationOps(ws, self._background, self, options.BUREAU_NAME.get(settings))
        self.setWindowTitle(self.tr("一次办结 — 环评审批时限管理"))
        self.nav = self._make_nav()
        self.page = ApplicationsPage(self)
        self.board = BoardPage(self)
        self.figures = FiguresPage(ws.today(), self)
        self.rules = RulesPage(self)
        self.calendar = CalendarPage(ws.today().year, self)
        self.service = ServiceDaysPage(self)
        self.enterprises = EnterprisesPage(self)
        self.calendar_ops = CalendarOps(ws, self._background, self)
        self.exports = ExportOps(self, options.BUREAU_NAME.get(settings))
        self.ledger = LedgerOps(ws, settings, self)
        self.service_ops = ServiceDayOps(ws, self.service, self._background, self.exports, self)
        self.directory_ops = DirectoryOps(ws, self.enterprises, self._background, self)
        self.rule_ops = RuleOps(ws, self.rules, self._background, self)
        self._figures_request = 0
        self.stack = QStackedWidget()
        self._pages: dict[str, QWidget] = {
            MINE: self.page,
            ALL: self.page,
            BOARD: self.board,
            FIGURES: self.figures,
            SERVICE: self.service,
            ENTERPRISES: self.enterprises,
            CALENDAR: self.calendar,
            RULES: self.rules,
        }
        pages = (self.page, self.board, self.figures, self.service, self.enterprises)
        for page in (*pages, self.calendar, self.rules):
            self.stack.addWidget(page)
        self.detail_pane = DetailPane(self)
        self.detail_scroll = QScrollArea()
        self.detail_scroll.setWidgetResizable(True)
        self.detail_scroll.setWidget(self.detail_pane)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("main_splitter")
        for widget, stretch in ((self.nav, 0), (self.stack, 3), (self.detail_scroll, 2)):
            self.splitter.addWidget(widget)
            self.splitter.setStretchFactor(self.splitter.count() - 1, stretch)
        self.splitter.setSizes([110, 820, 436])
        self.setCentralWidget(self.splitter)
        self.database_label = QLabel(self.tr("数据库：%1").replace("%1", database_label))
        self.counts_label = QLabel()
        self.service_day_label = QLabel()
        self.statusBar().addWidget(self.database_label, 1)
        self.statusBar().addPermanentWidget(self.service_day_label)
        self.statusBar().addPermanentWidget(self.counts_label)
        self._make_actions()
        self._connect_signals()
        self._rollover = QTimer(self)
        self._rollover.setInterval(ROLLOVER_CHECK_MS)
        self._rollover.timeout.connect(self._check_new_day)
        self._rollover.start()
        self._restore_state()
        self.reload()

    # -- construction ---------------------------------------------------------------------

    def _make_nav(self) -> QListWidget:
        nav = QListWidget()
        nav.setObjectName("navigation")
        for key, text in (
            (MINE, self.tr("我的事项")),
            (ALL, self.tr("全部申请")),
            (BOARD, self.tr("超期看板")),
            (FIGURES, self.tr("统计分析")),
            (SERVICE, self.tr("企业服务日")),
            (ENTERPRISES, self.tr("企业名录")),
            (CALENDAR, self.tr("节假日日历")),
            (RULES, self.tr("时限规则")),
        ):
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, key)
            nav.addItem(item)
        nav.setMaximumWidth(200)
        return nav

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
        self.register_action = self._action(self.tr("收件登记"), self.ops.register, "Ctrl+N")
        self.refresh_action = self._action(self.tr("刷新"), self.reload, QKeySequence(key.Refresh))
        self.find_action = self._action(self.tr("查找"), self.focus_search, QKeySequence(key.Find))
        self.settings_action = self._action(self.tr("设置…"), self.open_settings, "Ctrl+,")
        quit_action = self._action(self.tr("退出"), self.close, QKeySequence(key.Quit))
        mine = self._action(self.tr("我的事项"), lambda: self.show_view(MINE), "Ctrl+1")
        everything = self._action(self.tr("全部申请"), lambda: self.show_view(ALL), "Ctrl+2")
        board = self._action(self.tr("超期看板"), lambda: self.show_view(BOARD), "Ctrl+3")
        stats = self._action(self.tr("统计分析"), lambda: self.show_view(FIGURES), "Ctrl+4")
        service = self._action(self.tr("企业服务日"), lambda: self.show_view(SERVICE), "Ctrl+5")
        firms = self._action(self.tr("企业名录"), lambda: self.show_view(ENTERPRISES), "Ctrl+6")
        self.export_action = self._action(self.tr("导出当前列表…"), self.export_list, "Ctrl+E")
        self.import_action = self._action(self.tr("导入台账…"), self.ledger.start)
        about = self._action(self.tr("关于"), self._about)
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("文件(&F)"))
        file_menu.addActions([self.register_action, self.import_action, self.export_action])
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        self.steps_menu = menu.addMenu(self.tr("办理(&A)"))
        self.steps_menu.aboutToShow.connect(self._fill_steps_menu)
        view_menu = menu.addMenu(self.tr("查看(&V)"))
        view_menu.addActions([mine, everything, board, stats, service, firms])
        view_menu.addSeparator()
        view_menu.addActions([self.find_action, self.refresh_action])
        menu.addMenu(self.tr("帮助(&H)")).addAction(about)
        toolbar = self.addToolBar(self.tr("工具栏"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addActions(
            [self.register_action, self.find_action, self.refresh_action, self.settings_action]
        )

    def _connect_signals(self) -> None:
        self.nav.currentItemChanged.connect(self._nav_changed)
        self.page.selected.connect(self.show_application)
        self.page.context_menu_requested.connect(self._context_menu)
        self.detail_pane.action_requested.connect(self._step_selected)
        self.detail_pane.why_requested.connect(lambda: self._with_selected(self.ops.why))
        self.detail_pane.notice_requested.connect(
            lambda kind: self._with_selected(lambda app_id: self.ops.notice(app_id, kind))
        )
        self.ops.changed.connect(self.application_changed)
        self.board.open_requested.connect(self._open_card)
        self.board.extend_requested.connect(lambda app_id: self.ops.step(app_id, Action.EXTEND))
        self.board.export_requested.connect(
            lambda: self.exports.export_board(self.board.cards(), self._category_names())
        )
        self.figures.refresh_requested.connect(self.refresh_figures)
        self.figures.export_requested.connect(self._export_figures)
        self.calendar.year_changed.connect(lambda _year: self.refresh_calendar())
        self.calendar.mark_requested.connect(self.calendar_ops.mark)
        self.calendar.import_requested.connect(self.calendar_ops.import_csv)
        self.calendar.confirm_requested.connect(self.calendar_ops.confirm)
        self.calendar_ops.changed.connect(self.reload)
        self.ledger.imported.connect(lambda _count: self.reload())
        self.service_ops.next_day_known.connect(self._show_next_service_day)
        self.service_ops.changed.connect(self._service_day_changed)
        self.enterprises.application_requested.connect(self.open_application)
        self.directory_ops.message.connect(self.statusBar().showMessage)
        self.rule_ops.saved.connect(self._rule_saved)
        self.exports.written.connect(
            lambda path: self.statusBar().showMessage(self.tr("已导出：%1").replace("%1", path))
        )

    # -- views and selection ----------------------------------------------------------------

    def _nav_changed(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is not None:
            self.show_view(str(item.data(Qt.ItemDataRole.UserRole)))

    def show_view(self, key: str) -> None:
        """A page from the navigation; "my items" and "all" share the applications list."""
        if key not in self._pages:
            key = MINE
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.nav.blockSignals(True)
                self.nav.setCurrentRow(row)
                self.nav.blockSignals(False)
        self._view = key
        self.stack.setCurrentWidget(self._pages[key])
        self.detail_scroll.setVisible(key in APPLICATION_VIEWS)
        self.export_action.setEnabled(key in APPLICATION_VIEWS)
        if key == BOARD:
            self.refresh_board()
            return
        if key == FIGURES:
            self.refresh_figures()
            return
        if key == CALENDAR:
            self.refresh_calendar()
            return
        if key == SERVICE:
            self.service_ops.refresh()
            return
        if key == ENTERPRISES:
            self.directory_ops.refresh()
            return
        if key == RULES:
            self.rule_ops.show()
            return
        self.page.proxy.set_scope_handler(self._ws.actor if key == MINE else None)
        self.page.select(
            self.detail_pane.detail.view.record.id if self.detail_pane.detail else None
        )

    def open_application(self, application_id: int) -> None:
        """Show one application in the full list, whatever the filters hide."""
        self.page.search.clear()
        for combo in (self.page.stage, self.page.category, self.page.handler, self.page.status):
            combo.setCurrentIndex(0)
        self.show_view(ALL)
        self.page.select(application_id)
        self.show_application(application_id)

    def _open_card(self, kind: str, item_id: int) -> None:
        if kind == CardKind.APPLICATION:
            self.open_application(item_id)
        else:
            self.show_view(SERVICE)
            self.service_ops.open_visit(item_id)

    def _show_next_service_day(self, day: ServiceDay) -> None:
        self.service_day_label.setText(self.service.next_text(day))

    def _service_day_changed(self) -> None:
        if self._view == BOARD:
            self.refresh_board()

    def _category_names(self) -> dict[str, str]:
        return {code: rule.name for code, rule in self._ws.rules().items()}

    def refresh_board(self) -> None:
        ws, names = self._ws, self._category_names()
        self._background.run(
            lambda: board_cards(ws),
            lambda cards: self.board.set_cards(cards, names),
            self._load_failed,
        )

    def refresh_figures(self) -> None:
        """Recompute for the chosen period; only the newest request is shown."""
        if self._view != FIGURES:
            return
        self._figures_request += 1
        request, ws = self._figures_request, self._ws
        (first, last), (handler, category) = self.figures.period(), self.figures.filters()

        def show(report: FiguresReport) -> None:
            if request == self._figures_request:
                self.figures.show_report(report)

        filters = {"handler": handler, "category": category}
        if self._loading:  # the list is still arriving: ask the database
            work = partial(figures_report, ws, first, last, **filters)
        else:  # every countdown is at hand already (a copy: the list may change meanwhile)
            work = partial(report_from, ws, list(self.page.model.views()), first, last, **filters)
        self._background.run(
            work,
            show,
            lambda error: self.statusBar().showMessage(strings.error_text(error)),
        )

    def refresh_calendar(self) -> None:
        ws, year = self._ws, self.calendar.year.value()

        def show(days: list[DayInfo]) -> None:
            if year == self.calendar.year.value():  # not a year the user has left
                self.calendar.show_year(days)

        self._background.run(lambda: year_days(ws, year), show, self._load_failed)

    def _rule_saved(self, message: str) -> None:
        self.statusBar().showMessage(message)
        self.reload()  # every running countdown follows the new rule

    def export_list(self) -> None:
        self.exports.export_applications(self.page.proxy.shown_views(), self._category_names())

    def _export_figures(self, kind: str) -> None:
        if self.figures.report is not None:
            self.exports.export_figures(self.figures.report, self._category_names(), kind)

    def focus_search(self) -> None:
        self.page.search.setFocus()
        self.page.search.selectAll()

    def show_application(self, application_id: int | None) -> None:
        shown = detail(self._ws, application_id) if application_id is not None else None
        self.detail_pane.show_detail(shown)

    def _with_selected(self, run: Callable[[int], None]) -> None:
        application_id = self.page.selected_id()
        if application_id is not None:
            run(application_id)

    def _step_selected(self, action: Action) -> None:
        self._with_selected(lambda app_id: self.ops.step(app_id, action))

    def _context_menu(self, application_id: int, pos: QPoint) -> None:
        menu = QMenu(self)
        self._add_step_actions(menu, application_id)
        menu.exec(pos)

    def _fill_steps_menu(self) -> None:
        self.steps_menu.clear()
        application_id = self.page.selected_id()
        if application_id is None:
            self.steps_menu.addAction(self.tr("（请先选择一件申请）")).setEnabled(False)
        else:
            self._add_step_actions(self.steps_menu, application_id)

    def _add_step_actions(self, menu: QMenu, application_id: int) -> None:
        """Only the steps the stage table allows now, then the explanation."""
        for action in detail(self._ws, application_id).allowed:
            if action is Action.UNDO:
                menu.addSeparator()
            menu.addAction(
                strings.action_name(action), partial(self.ops.step, application_id, action)
            )
        menu.addSeparator()
        menu.addAction(self.tr("为什么是这个日期？"), partial(self.ops.why, application_id))

    # -- loading ------------------------------------------------------------------------

    def reload(self) -> None:
        """Reload in the background, running applications first.

        The running ones are what a clerk acts on and they sort first, so they are
        shown as soon as they are loaded; the finished ones (most of the database)
        follow in a second pass. The window stays responsive throughout.
        """
        self.counts_label.setText(self.tr("正在载入…"))
        self._ws.reload()
        ws = self._ws
        self._loading = True
        self._background.run(
            lambda: (ws.today(), list_applications(ws, open_only=True), handlers(ws)),
            self._running_loaded,
            self._load_failed,
        )

    def _running_loaded(self, result: tuple[date, list[ApplicationView], list[str]]) -> None:
        day, running, names = result
        self._shown_day = day
        self.page.set_choices(list(self._ws.rules().values()), names)
        self.figures.set_choices(list(self._ws.rules().values()), names)
        self._show_views(running)
        if self._view != SERVICE:  # that page refreshes itself, status bar included
            self._background.run(
                lambda: next_day(self._ws), self._show_next_service_day, self._load_failed
            )
        if self._view == BOARD:
            self.refresh_board()
        elif self._view == CALENDAR:
            self.refresh_calendar()
        elif self._view == SERVICE:
            self.service_ops.refresh()
        ws = self._ws
        self._background.run(
            lambda: list_applications(ws, closed_only=True, today=day),
            lambda finished: self._finished_loaded(running, finished),
            self._load_failed,
        )

    def _finished_loaded(
        self, running: list[ApplicationView], finished: list[ApplicationView]
    ) -> None:
        self._loading = False
        self._show_views(running + finished)

    def _show_views(self, views: list[ApplicationView]) -> None:
        selected = self.page.selected_id()
        self.page.model.set_views(views)
        self.page.select(selected)
        self._update_counts()

    def _load_failed(self, error: Exception) -> None:
        self.counts_label.setText(self.tr("载入失败：%1").replace("%1", strings.error_text(error)))

    def application_changed(self, application_id: int) -> None:
        """Show a created or changed application at once, without reloading the rest."""
        self.page.model.put_view(view_of(self._ws, application_id))
        self.page.select(application_id)
        self.show_application(application_id)
        self._update_counts()
        if self._view == BOARD:
            self.refresh_board()

    def _update_counts(self) -> None:
        counts = Counter(v.clock.status for v in self.page.model.views())
        self.counts_label.setText(
            self.tr("超期 %1 件 · 即将到期 %2 件 · 共 %3 件")
            .replace("%1", str(counts[Status.OVERDUE]))
            .replace("%2", str(counts[Status.DUE_SOON]))
            .replace("%3", str(self.page.model.rowCount()))
            + (self.tr("（正在载入已办结事项…）") if self._loading else "")
        )

    def _check_new_day(self) -> None:
        """Countdowns roll over at midnight without a restart."""
        if self._shown_day is not None and self._ws.today() != self._shown_day:
            self.reload()

    # -- settings and state -----------------------------------------------------------------

    def open_settings(self) -> None:
        dialog = SettingsDialog(self._settings, self)
        with shown(dialog) as accepted:
            language = options.LANGUAGE.get(self._settings)
            if accepted:
                dialog.save()
        if not accepted:
            return
        self._ws.actor = options.USER_NAME.get(self._settings)
        self.ops.bureau = self.exports.bureau = options.BUREAU_NAME.get(self._settings)
        self.show_view(self._view)
        if options.LANGUAGE.get(self._settings) != language:
            self.language_changed.emit(options.LANGUAGE.get(self._settings))

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("关于"),
            self.tr("一次办结 %1\n环评审批时限管理").replace("%1", __version__),
        )

    def _restore_state(self) -> None:
        s = self._settings
        if not self.restoreGeometry(options.GEOMETRY.get(s)):
            self.resize(1366, 768)
        self.restoreState(options.WINDOW_STATE.get(s))
        self.splitter.restoreState(options.SPLITTER.get(s))
        self.page.table.horizontalHeader().restoreState(options.TABLE_HEADER.get(s))
        header = self.page.table.horizontalHeader()
        self.page.proxy.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        page = self.page
        page.search.setText(options.LAST_SEARCH.get(s))
        for combo, option in (
            (page.stage, options.LAST_STAGE),
            (page.status, options.LAST_STATUS),
        ):
            combo.setCurrentIndex(max(0, combo.findData(option.get(s) or None)))
        for combo, option in (
            (page.category, options.LAST_CATEGORY),
            (page.handler, options.LAST_HANDLER),
        ):
            if value := option.get(s):
                combo.addItem(value, value)  # replaced by the real list once loaded
                combo.setCurrentIndex(combo.count() - 1)
        self.show_view(options.LAST_VIEW.get(s))

    def save_state(self) -> None:
        s, page = self._settings, self.page
        options.GEOMETRY.set(s, self.saveGeometry())
        options.WINDOW_STATE.set(s, self.saveState())
        options.SPLITTER.set(s, self.splitter.saveState())
        options.TABLE_HEADER.set(s, page.table.horizontalHeader().saveState())
        options.LAST_VIEW.set(s, self._view)
        options.LAST_SEARCH.set(s, page.search.text())
        for combo, option in (
            (page.stage, options.LAST_STAGE),
            (page.category, options.LAST_CATEGORY),
            (page.handler, options.LAST_HANDLER),
            (page.status, options.LAST_STATUS),
        ):
            option.set(s, combo.currentData() or "")
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        self._background.wait(5000)
        self.exports.wait(30000)
        self.ledger.wait(30000)
        super().closeEvent(event)
