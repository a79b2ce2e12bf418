"""The applications list: a search box, quick filters and the table with countdowns."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from approvals_gui.domain.clock import Status
from approvals_gui.domain.rules import TimeLimitRule
from approvals_gui.domain.search import ApplicationFilter
from approvals_gui.domain.stages import Stage
from approvals_gui.domain.units import Unit
from approvals_gui.ui import strings
from approvals_gui.ui.delegates.countdown import CountdownDelegate
from approvals_gui.ui.models.applications_proxy import ApplicationsProxyModel
from approvals_gui.ui.models.applications_table import (
    COLUMNS,
    COUNTDOWN_COLUMN,
    ApplicationsTableModel,
)
from approvals_gui.ui.models.roles import Role

# Default widths by column: the first seven (through 所在单位) fit the list's share of a
# 1366×768 screen beside the detail pane; a long project name is elided, in full on hover.
COLUMN_WIDTHS = {
    "number": 112,
    "countdown": 150,
    "project": 170,
    "stage": 80,
    "handler": 64,
    "unit": 84,
    "holder": 84,
    "enterprise": 180,
    "category": 110,
    "received": 92,
    "due": 92,
}


class ApplicationsPage(QWidget):
    """Emits `selected(id or None)`; `context_menu_requested(id, global pos)` on right-click."""

    selected = Signal(object)
    context_menu_requested = Signal(int, QPoint)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ApplicationsTableModel(self)
        self.proxy = ApplicationsProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(
            self.tr("按编号、项目名称、建设单位或统一社会信用代码筛选（Ctrl+F）")
        )
        self.search.setPlaceholderText(self.tr("搜索编号、项目、单位、信用代码"))
        self.stage = QComboBox()
        self.category = QComboBox()
        self.handler = QComboBox()
        self.status = QComboBox()
        self.unit = QComboBox()
        self.unit.setObjectName("unit_filter")
        self.unit.setToolTip(self.tr("只看该单位审批或目前在该单位的申请"))
        for combo in (self.stage, self.category, self.handler, self.status, self.unit):
            # Long names (超承诺未超法定, an English category) elide instead of widening
            # the page past a 1366-pixel screen; the open list shows them whole.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(5)
            # Five quick filters: let each give way below its size hint, so the list
            # with the detail pane still fits a narrow window.
            combo.setMinimumWidth(60)
        self.unit.setMinimumContentsLength(7)  # 技术评估中心, 青山县分局: whole when room
        self.shown = QLabel()
        self._fill_fixed_filters()
        self.table = self._make_table()
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for label, combo in (
            (self.tr("环节"), self.stage),
            (self.tr("类别"), self.category),
            (self.tr("承办人"), self.handler),
            (self.tr("状态"), self.status),
            (self.tr("单位"), self.unit),
        ):
            filters.addWidget(QLabel(label))
            filters.addWidget(combo, 2 if combo is self.unit else 1)  # units' names are long
        filters.addWidget(self.shown)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        self.search.textChanged.connect(self._apply_filter)
        for combo in self._filter_combos().values():
            combo.currentIndexChanged.connect(self._apply_filter)
        self.proxy.modelReset.connect(self._count_shown)

    def _fill_fixed_filters(self) -> None:
        self.stage.addItem(self.tr("全部"), None)
        for stage in Stage:
            self.stage.addItem(strings.stage_name(stage), stage.value)
        self.status.addItem(self.tr("全部"), None)
        for status in Status:
            self.status.addItem(strings.status_name(status), status.value)
        self.category.addItem(self.tr("全部"), None)
        self.handler.addItem(self.tr("全部"), None)
        self.unit.addItem(self.tr("全部单位"), None)

    def set_choices(
        self, rules: list[TimeLimitRule], handlers: list[str], units: list[Unit] | None = None
    ) -> None:
        """Fill the category, handler and unit filters, keeping what is chosen."""
        for combo, items in (
            (
                self.category,
                [(strings.category_name(r.category, r.name), r.category) for r in rules],
            ),
            (self.handler, [(h, h) for h in handlers]),
            (self.unit, [(self._unit_text(u), u.code) for u in units or []]),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for text, data in items:
                combo.addItem(text, data)
            index = combo.findData(current)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def _unit_text(self, unit: Unit) -> str:
        if unit.active:
            return unit.name
        return self.tr("%1（已停用）").replace("%1", unit.name)

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.proxy)
        table.setItemDelegateForColumn(COUNTDOWN_COLUMN, CountdownDelegate(table))
        table.setSortingEnabled(True)
        table.horizontalHeader().setSortIndicator(COUNTDOWN_COLUMN, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(30)
        header = table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        for column, spec in enumerate(COLUMNS):
            table.setColumnWidth(column, COLUMN_WIDTHS[spec.key])
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._context_menu)
        table.selectionModel().currentRowChanged.connect(self._current_changed)
        return table

    # -- filters ------------------------------------------------------------------------

    def current_filter(self) -> ApplicationFilter:
        stage, status = self.stage.currentData(), self.status.currentData()
        return ApplicationFilter(
            text=self.search.text(),
            stage=Stage(stage) if stage else None,
            category=self.category.currentData(),
            handler=self.handler.currentData(),
            status=Status(status) if status else None,
            unit=self.unit.currentData(),
        )

    def _filter_combos(self) -> dict[str, QComboBox]:
        return {
            "stage": self.stage,
            "category": self.category,
            "handler": self.handler,
            "status": self.status,
            "unit": self.unit,
        }

    def filter_value(self, name: str) -> str | None:
        value = self._filter_combos()[name].currentData()
        return str(value) if value else None

    def set_filter_value(self, name: str, value: str | None) -> None:
        """Choose `value` in a quick filter; a category, handler or unit not loaded yet
        is added for now and kept when the real list arrives."""
        combo = self._filter_combos()[name]
        index = combo.findData(value) if value else 0
        if value and index < 0 and name in ("category", "handler", "unit"):
            combo.addItem(value, value)
            index = combo.count() - 1
        combo.setCurrentIndex(max(0, index))

    def clear_filters(self) -> None:
        self.search.clear()
        for combo in self._filter_combos().values():
            combo.setCurrentIndex(0)

    def _apply_filter(self) -> None:
        selected = self.selected_id()
        self.proxy.set_filter(self.current_filter())
        self.select(selected)

    def _count_shown(self) -> None:
        self.shown.setText(self.tr("%1 件").replace("%1", str(self.proxy.rowCount())))

    # -- selection ----------------------------------------------------------------------

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        return int(index.data(Role.ID)) if index.isValid() else None

    def select(self, application_id: int | None) -> None:
        """Select the application's row if it is shown; otherwise clear the selection."""
        if application_id is not None:
            row = self.model.row_of(application_id)
            proxy_index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else None
            if proxy_index is not None and proxy_index.isValid():
                self.table.setCurrentIndex(proxy_index)
                self.table.scrollTo(proxy_index)
                return
        self.table.clearSelection()
        self.table.setCurrentIndex(self.proxy.index(-1, -1))
        self.selected.emit(None)

    def _current_changed(self, current: object, _previous: object) -> None:
        self.selected.emit(self.selected_id())

    def _context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.context_menu_requested.emit(
                int(index.data(Role.ID)), self.table.viewport().mapToGlobal(pos)
            )
