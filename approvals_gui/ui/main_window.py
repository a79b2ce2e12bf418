"""The main window: the applications with their stage and countdown."""

from __future__ import annotations

from collections import Counter
from datetime import date

from PySide6.QtCore import QByteArray, QSettings, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QMainWindow, QTableView

from approvals_gui.domain.clock import Status
from approvals_gui.services.applications import ApplicationView, list_applications
from approvals_gui.services.workspace import Workspace
from approvals_gui.ui import strings
from approvals_gui.ui.delegates.countdown import CountdownDelegate
from approvals_gui.ui.models.applications_table import COUNTDOWN_COLUMN, ApplicationsTableModel
from approvals_gui.ui.models.roles import Role
from approvals_gui.ui.workers import Background

ROLLOVER_CHECK_MS = 60_000


class MainWindow(QMainWindow):
    def __init__(self, ws: Workspace, settings: QSettings, database_label: str) -> None:
        super().__init__()
        self._ws = ws
        self._settings = settings
        self._shown_day: date | None = None
        self._background = Background(self)
        self.setWindowTitle(self.tr("一次办结 — 环评审批时限管理"))
        self.model = ApplicationsTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Role.SORT)
        self.table = self._make_table()
        self.setCentralWidget(self.table)
        self.database_label = QLabel(self.tr("数据库：%1").replace("%1", database_label))
        self.counts_label = QLabel()
        self.statusBar().addWidget(self.database_label, 1)
        self.statusBar().addPermanentWidget(self.counts_label)
        self._make_actions()
        self._rollover = QTimer(self, interval=ROLLOVER_CHECK_MS)
        self._rollover.timeout.connect(self._check_new_day)
        self._rollover.start()
        self._restore_layout()
        self.reload()

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.proxy)
        table.setItemDelegateForColumn(COUNTDOWN_COLUMN, CountdownDelegate(table))
        table.setSortingEnabled(True)
        table.sortByColumn(COUNTDOWN_COLUMN, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in {0: 120, 2: 220, 3: 120, 4: 90, 5: 70, 6: 95, 7: 95, 8: 200}.items():
            table.setColumnWidth(column, width)
        return table

    def _make_actions(self) -> None:
        toolbar = self.addToolBar(self.tr("工具栏"))
        toolbar.setObjectName("main_toolbar")
        self.refresh_action = QAction(self.tr("刷新"), self)
        self.refresh_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_action.triggered.connect(self.reload)
        toolbar.addAction(self.refresh_action)

    # -- loading ------------------------------------------------------------------------

    def reload(self) -> None:
        """Reload from the database in the background; the window stays responsive."""
        self.counts_label.setText(self.tr("正在载入…"))
        self._ws.reload()
        ws = self._ws
        self._background.run(
            lambda: (ws.today(), list_applications(ws)), self._loaded, self._load_failed
        )

    def _loaded(self, result: tuple[date, list[ApplicationView]]) -> None:
        day, views = result
        self._shown_day = day
        self.model.set_views(views)
        counts = Counter(v.clock.status for v in views)
        self.counts_label.setText(
            self.tr("超期 %1 件 · 即将到期 %2 件 · 共 %3 件")
            .replace("%1", str(counts[Status.OVERDUE]))
            .replace("%2", str(counts[Status.DUE_SOON]))
            .replace("%3", str(len(views)))
        )

    def _load_failed(self, error: Exception) -> None:
        self.counts_label.setText(self.tr("载入失败：%1").replace("%1", strings.error_text(error)))

    def _check_new_day(self) -> None:
        """Countdowns roll over at midnight without a restart."""
        if self._shown_day is not None and self._ws.today() != self._shown_day:
            self.reload()

    # -- layout persistence ---------------------------------------------------------------

    def _restore_layout(self) -> None:
        geometry = self._settings.value("main_window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 720)
        header = self._settings.value("main_window/table_header")
        if isinstance(header, QByteArray):
            self.table.horizontalHeader().restoreState(header)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._settings.setValue("main_window/geometry", self.saveGeometry())
        self._settings.setValue(
            "main_window/table_header", self.table.horizontalHeader().saveState()
        )
        self._background.wait(5000)
        super().closeEvent(event)
