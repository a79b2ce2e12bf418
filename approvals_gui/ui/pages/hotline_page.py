"""The 12369 hotline: the cases with their countdowns, a search box and quick filters,
and the chosen case's detail beside them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QItemSelection, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from approvals_gui.domain.hotline.cases import CaseStage, Channel, Topic
from approvals_gui.domain.hotline.clock import CaseStatus
from approvals_gui.domain.units import Unit
from approvals_gui.services.hotline import CaseDetail, CaseView
from approvals_gui.ui import hotline_strings as names
from approvals_gui.ui.delegates.countdown import CountdownDelegate
from approvals_gui.ui.frozen_table import StretchedColumn
from approvals_gui.ui.labels import plain_label
from approvals_gui.ui.models.cases_table import (
    CASE_COLUMNS,
    COUNTDOWN_COLUMN,
    WHERE_COLUMN,
    CaseFilter,
    CasesProxyModel,
    CasesTableModel,
)
from approvals_gui.ui.models.roles import Role, picked_at
from approvals_gui.ui.pages.case_detail_pane import CaseDetailPane

# The statuses a quick filter offers, beside the stages.
FILTER_STATUSES = (CaseStatus.OVERDUE, CaseStatus.DUE_SOON)
# In average characters: the enterprise or address is never narrower than a company's
# name; the names and headings beside it fit their contents up to this, eliding past it.
WHERE_MIN_CHARS = 24
COLUMN_MAX_CHARS = 18
PANE_SHARE = 0.28  # of the page's width: 335 px of a 1366-pixel window
WHOLE_COLUMNS = frozenset({"number", "countdown", "received"})  # never elided


class HotlinePage(QWidget):
    """Emits `register_requested()`, `figures_requested()` (统计…) and
    `case_selected(case_id)`; the detail pane asks for steps, the explanation and the
    papers itself (`pane`). Enter or a double-click on a row puts the keyboard on its
    first step."""

    register_requested = Signal()
    figures_requested = Signal()
    case_selected = Signal(int)
    context_menu_requested = Signal(int, QPoint)  # the case, where (global)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CasesTableModel(self)
        self.proxy = CasesProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self._unit_names: dict[str, str] = {}
        self.register_button = QPushButton(self.tr("登记举报…"))
        self.register_button.setObjectName("register_report")
        self.register_button.setToolTip(self.tr("登记新收到的举报（Ctrl+Shift+N）"))
        self.figures_button = QPushButton(self.tr("统计…"))
        self.figures_button.setObjectName("hotline_figures_button")
        self.figures_button.setToolTip(
            self.tr("本月或全年的收到、受理、办结件数，办结率、按期办结率及其口径，可导出")
        )
        self.show_closed = QCheckBox(self.tr("显示已办结"))
        self.show_closed.setToolTip(self.tr("也列出已办结、不予受理和合并办理的举报"))
        self.search = QLineEdit()
        self.search.setObjectName("case_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("查找：编号、内容、地址、企业或承办单位"))
        self.status = self._combo(self.tr("全部状态"))
        for status in FILTER_STATUSES:
            self.status.addItem(names.status_name(status), status.value)
        for stage in CaseStage:
            self.status.addItem(names.stage_name(stage), f"stage:{stage.value}")
        self.channel = self._combo(self.tr("全部渠道"))
        for channel in Channel:
            self.channel.addItem(names.channel_name(channel), channel.value)
        self.topic = self._combo(self.tr("全部类别"))
        for topic in Topic:
            self.topic.addItem(names.topic_name(topic), topic.value)
        self.unit = self._combo(self.tr("全部承办单位"))
        self.table = self._make_table()
        self.empty = plain_label()
        self.empty.setObjectName("cases_empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty)
        self.pane = CaseDetailPane()
        self._layout()
        self.register_button.clicked.connect(lambda _c=False: self.register_requested.emit())
        self.figures_button.clicked.connect(lambda _c=False: self.figures_requested.emit())
        self.search.textChanged.connect(lambda _t: self._refilter())
        self.show_closed.toggled.connect(self._show_closed_toggled)
        for combo in (self.status, self.channel, self.topic, self.unit):
            combo.currentIndexChanged.connect(lambda _i: self._refilter())
        self._refilter()

    def _combo(self, everything: str) -> QComboBox:
        combo = QComboBox()
        combo.addItem(everything, "")
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(4)
        return combo

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("cases")
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        # The most urgent first, as in the applications' list: newest first, the late
        # cases (older) sat below the fold.
        table.sortByColumn(COUNTDOWN_COLUMN, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)  # Tab goes on to the pane's steps, not cell to cell
        table.activated.connect(lambda _index: self._open_selected())  # Enter
        table.doubleClicked.connect(lambda _index: self._open_selected())
        table.setItemDelegateForColumn(COUNTDOWN_COLUMN, CountdownDelegate(table))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.where = StretchedColumn(
            table, WHERE_COLUMN, table.fontMetrics().averageCharWidth() * WHERE_MIN_CHARS
        )
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._context_menu)
        return table

    def _context_menu(self, pos: QPoint) -> None:
        """The case under the pointer picked, and its steps asked for there."""
        if (picked := picked_at(self.table, pos)) is not None:
            self.context_menu_requested.emit(*picked)

    def _layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.register_button)
        bar.addWidget(self.figures_button)
        bar.addStretch(1)
        bar.addWidget(self.show_closed)
        filters = QHBoxLayout()
        for combo in (self.status, self.channel, self.topic, self.unit):
            filters.addWidget(combo, 1)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(bar)
        column.addWidget(self.search)
        column.addLayout(filters)
        column.addWidget(self.list_stack, 1)
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.addWidget(left)
        self.split.addWidget(self.pane)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        self.split.setChildrenCollapsible(False)
        self._split_dragged = False  # by the user: their width is kept
        self.split.handle(1).installEventFilter(self)
        self.table.viewport().installEventFilter(self)  # a scroll bar that comes or goes
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.split)

    # -- what the controller hands over ---------------------------------------------------

    def set_cases(
        self, views: Sequence[CaseView], unit_names: Mapping[str, str], units: Sequence[Unit]
    ) -> None:
        """The cases and the bureau's units; keeps the selection and the filters."""
        selected = self.selected_id()
        self._unit_names = dict(unit_names)
        self.pane.set_unit_names(self._unit_names)
        chosen = self.unit.currentData()
        self.unit.blockSignals(True)
        while self.unit.count() > 1:
            self.unit.removeItem(1)
        for unit in units:
            self.unit.addItem(unit.name, unit.code)
        self.unit.setCurrentIndex(max(0, self.unit.findData(chosen)))
        self.unit.blockSignals(False)
        self.table.selectionModel().blockSignals(True)
        self.model.set_views(views, unit_names)
        self.table.selectionModel().blockSignals(False)
        self._refilter()
        self._fit_columns()
        if selected is not None:
            self.select(selected)

    def _show_closed_toggled(self) -> None:
        """The closed cases join the list, or leave it: the columns fit what is listed
        now (a closed case's unit was elided under the narrow English heading)."""
        self._refilter()
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Each column as wide as its contents within reason; the enterprise or address
        takes the rest."""
        widest = self.table.fontMetrics().averageCharWidth() * COLUMN_MAX_CHARS
        for column, spec in enumerate(CASE_COLUMNS):
            if column == WHERE_COLUMN:
                continue
            self.table.resizeColumnToContents(column)
            if spec.key not in WHOLE_COLUMNS:
                self.table.setColumnWidth(column, min(self.table.columnWidth(column), widest))
        self.where.fit()
        self._fit_split()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)  # the layout has resized the splitter before this
        self._fit_split()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.table.viewport():
            self._fit_split()
        elif event.type() == QEvent.Type.MouseButtonPress and watched is self.split.handle(1):
            self._split_dragged = True  # before the drag resizes the list, which refits
        return False

    def _fit_split(self) -> None:
        """The detail pane takes its share of the width, less what the list's columns
        need beyond theirs (at 1366 px the English list scrolled sideways beside a pane
        with room to spare), never less than its own least width (Qt keeps that); as
        the user dragged the divider, if they have (then the list may scroll)."""
        list_width, pane_width = self.split.sizes()
        total = list_width + pane_width
        if self._split_dragged or not total:
            self.where.squeeze(0)
            return
        header = self.table.horizontalHeader()
        columns = header.length() - header.sectionSize(WHERE_COLUMN) + self.where.minimum
        need = columns + self.table.width() - self.table.viewport().width()  # frame, bar
        pane = min(round(total * PANE_SHARE), total - need)
        if pane != pane_width:
            self.split.setSizes([total - pane, pane])
        # Qt keeps the pane at its least width: what the list is short of then comes
        # off the enterprise or address.
        self.where.squeeze(need - self.split.sizes()[0])

    def show_detail(self, detail: CaseDetail | None) -> None:
        self.pane.show_detail(detail)

    def select(self, case_id: int) -> bool:
        """Select `case_id` if it is listed (the filters may hide it); True if it is."""
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(Role.ID) == case_id:
                self.table.selectRow(row)
                return True
        return False

    def show_everything(self) -> None:
        """Every case listed, closed ones too: the search and the filters emptied (one
        opened from the board may be hidden by them)."""
        combos = (self.status, self.channel, self.topic, self.unit)
        widgets = (self.search, self.show_closed, *combos)
        for widget in widgets:
            widget.blockSignals(True)  # one refilter for all
        self.search.clear()
        self.show_closed.setChecked(True)
        for combo in combos:
            combo.setCurrentIndex(0)
        for widget in widgets:
            widget.blockSignals(False)
        self._refilter()

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return int(rows[0].data(Role.ID)) if rows else None

    def _open_selected(self) -> None:
        if (case_id := self.selected_id()) is not None:
            self.pane.focus_first_step(case_id)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- filtering ------------------------------------------------------------------------

    def _refilter(self) -> None:
        self.proxy.set_filter(
            CaseFilter(
                text=self.search.text().strip(),
                status=str(self.status.currentData() or ""),
                channel=str(self.channel.currentData() or ""),
                topic=str(self.topic.currentData() or ""),
                unit=str(self.unit.currentData() or ""),
                show_closed=self.show_closed.isChecked(),
                units=self._unit_names,
            )
        )
        self._show_empty_state()

    def _show_empty_state(self) -> None:
        """An empty list says what to do: register the first report, or loosen the
        filters."""
        if self.proxy.rowCount():
            self.list_stack.setCurrentWidget(self.table)
            return
        if not self.model.rowCount():
            text = self.tr("还没有举报。收到举报后，点“登记举报…”（Ctrl+Shift+N）登记。")
        elif not self.show_closed.isChecked() and not self._filtered():
            text = self.tr("没有在办的举报。勾选“显示已办结”可查看已办结的举报。")
        else:
            text = self.tr("没有符合条件的举报。请清除查找内容或筛选条件，或勾选“显示已办结”。")
        self.empty.setText(text)
        self.list_stack.setCurrentWidget(self.empty)
        if self.pane.detail is not None:
            self.case_selected.emit(-1)  # nothing listed: nothing to show beside it

    def _filtered(self) -> bool:
        combos = (self.status, self.channel, self.topic, self.unit)
        return bool(self.search.text().strip()) or any(c.currentIndex() > 0 for c in combos)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        case_id = self.selected_id()
        self.case_selected.emit(-1 if case_id is None else case_id)
