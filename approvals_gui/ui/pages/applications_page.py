"""The applications list: a search box, quick filters and the table with countdowns."""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass, field

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from approvals_gui.domain.clock import Status
from approvals_gui.domain.rules import TimeLimitRule
from approvals_gui.domain.search import ApplicationFilter
from approvals_gui.domain.stages import Stage
from approvals_gui.domain.units import Unit
from approvals_gui.ui import strings
from approvals_gui.ui.collation import in_pinyin_order
from approvals_gui.ui.delegates.countdown import DECIDED, CountdownDelegate
from approvals_gui.ui.frozen_table import FrozenTableView, StretchedColumn
from approvals_gui.ui.labels import SteadyLabel
from approvals_gui.ui.models.applications_proxy import ApplicationsProxyModel
from approvals_gui.ui.models.applications_table import (
    COLUMNS,
    COUNTDOWN_COLUMN,
    ApplicationsTableModel,
)
from approvals_gui.ui.models.roles import Role, picked_at

# Default widths by column, the least each starts at: the shown ones fit the list's
# share of a 1366×768 screen beside the detail pane, in Chinese. The project takes the
# width the others leave; a long project or enterprise name is elided, in full on hover.
# The countdown and stage are widened to what their texts need in the language shown;
# the number and the dates (SAMPLES) are as wide as a number or a date and its heading.
COLUMN_WIDTHS = {
    "countdown": 150,
    # Its least width (it takes whatever room is left): what the list has left in
    # English at 1366 px, where the navigation's names are wider.
    "project": 80,
    "stage": 80,
    "handler": 64,
    "unit": 84,
    "holder": 84,
    "enterprise": 130,
    "category": 110,
}
# What the widest number and date look like, and the room a cell's text is given.
SAMPLES = {"number": "HP2026-00000", "received": "2026-12-31", "due": "2026-12-31"}
CELL_MARGINS = 12
# The fixed widths these had before (up to 2026-11; the enterprise's up to 2026-12-04):
# a header saved with one of them still was never resized there by hand, and takes
# today's, measured or default.
FORMER_DEFAULTS = {"number": 112, "received": 92, "due": 92, "project": 140, "enterprise": 150}
# Likewise the project column's least width, saved as 140 until 2026-12, then as 112.
FORMER_PROJECT_LEAST = (140, 112)
# The countdown is as wide as the widest chip of an open application listed, up to this
# many average characters (16 working days past the statutory limit, whole); a decided
# one's longer wording elides, whole on hover.
COUNTDOWN_MAX_CHARS = 44
# Shown at first; the others are a right-click on the heading away (#13). The number and
# countdown stay at the left, in view while the rest scrolls sideways.
DEFAULT_HIDDEN = frozenset({"unit", "category", "received"})
FROZEN_COLUMNS = 2


@dataclass
class ViewFilters:
    """What one view (我的事项 or 全部申请) filters by: its search, its quick filters'
    values by name (None for 全部), and whether finished items are shown."""

    search: str = ""
    values: dict[str, str | None] = field(default_factory=dict)
    show_finished: bool = False


class SearchBox(QLineEdit):
    """The search box: Esc clears what was typed (#13), then leaves the key to others."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            event.accept()
            return
        super().keyPressEvent(event)


class ApplicationsPage(QWidget):
    """Emits `selected(id or None)`; `context_menu_requested(id, global pos)` on right-click;
    the empty states' links ask for `register_requested`, `import_requested`,
    `all_requested` (show 全部申请), `settings_requested` and `retry_requested` (load
    again after a failure)."""

    selected = Signal(object)
    context_menu_requested = Signal(int, QPoint)
    register_requested = Signal()
    import_requested = Signal()
    all_requested = Signal()
    settings_requested = Signal()
    retry_requested = Signal()
    open_requested = Signal()  # Enter or a double-click on a row: its detail wanted

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ApplicationsTableModel(self)
        self.proxy = ApplicationsProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self._countdown_need = COLUMN_WIDTHS["countdown"]  # what the chips listed need
        self.chips_whole_need = 0  # ... in their whole wording (CountdownDelegate)
        self.mine = False  # 我的事项 (its own empty state) or 全部申请
        self.named = True  # whoever acts here has a name (set_scope)
        self.loading = False  # no "empty" before the rows are in
        self.failed = ""  # why the last load failed: said instead of "empty"
        self.search = SearchBox()
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(
            self.tr("按编号、项目名称、建设单位或统一社会信用代码筛选（Ctrl+F）")
        )
        self.search.setPlaceholderText(self.tr("搜索编号、项目、单位、信用代码"))
        # Never squeezed past use by the boxes beside it in a narrow list.
        self.search.setMinimumWidth(self.search.fontMetrics().horizontalAdvance("M" * 14))
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
        self.shown = SteadyLabel()
        self.shown.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.show_finished = QCheckBox(self.tr("显示已办结"))
        self.show_finished.setToolTip(self.tr("也列出已送达、不予受理和撤回的申请"))
        self.clear_button = QPushButton(self.tr("清除筛选"))
        self.clear_button.setToolTip(self.tr("清除搜索和本视图的全部筛选条件"))
        self.clear_button.clicked.connect(self.clear_filters)
        # The way back to a collapsed detail pane, where it was (the window gives it its
        # action and shows it while the pane is collapsed).
        self.detail_button = QToolButton()
        self.detail_button.setObjectName("show_detail")
        self.detail_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.detail_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.detail_button.setAutoRaise(True)
        self.detail_button.hide()
        self._fill_fixed_filters()
        self.table = self._make_table()
        # A header saved in one language and shown in the other: the chips' own width.
        header = self.table.restored_header()
        header.restored.connect(self._countdown_as_needed)
        header.restored.connect(self._fit_restored)
        header.sectionResized.connect(
            lambda column, _old, _new: (
                self._countdown_as_needed() if column == COUNTDOWN_COLUMN else None
            )
        )
        self.body = self._make_body()
        # The search with what it shows, then the quick filters on a line of their own:
        # each names what it filters in its first item ("全部环节"), with room for English.
        scope = QHBoxLayout()
        scope.addWidget(self.search, 1)
        scope.addWidget(self.show_finished)
        scope.addWidget(self.shown)
        scope.addWidget(self.clear_button)
        scope.addWidget(self.detail_button)
        filters = QHBoxLayout()
        for combo, tip in (
            (self.stage, self.tr("按环节筛选")),
            (self.category, self.tr("按审批类别筛选")),
            (self.handler, self.tr("按承办人筛选")),
            (self.status, self.tr("按时限状态筛选")),
        ):
            combo.setToolTip(tip)
            filters.addWidget(combo, 1)
        filters.addWidget(self.unit, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(scope)
        layout.addLayout(filters)
        layout.addWidget(self.body)
        self.search.textChanged.connect(self._apply_filter)
        self.show_finished.toggled.connect(self._apply_filter)
        for combo in self._filter_combos().values():
            combo.currentIndexChanged.connect(self._apply_filter)
        self.proxy.modelReset.connect(self._count_shown)
        # The proxy shows each new list (a search, a sort, another desk's step) by a
        # reset, which forgets the picked row without a word: picked again if it is
        # still listed. Connected after the table's own reset, which clears it first.
        self.proxy.modelReset.connect(self._pick_again)
        # Chips the column is too narrow for widen it: measured once for all the rows
        # that arrive, and for a changed row alone (not at every sort or keystroke).
        self.model.modelReset.connect(self._measure_countdowns)
        self.model.dataChanged.connect(
            lambda top, bottom, _roles=(): self._measure_countdowns(
                range(top.row(), bottom.row() + 1)
            )
        )
        self.model.rowsInserted.connect(
            lambda _parent, first, last: self._measure_countdowns(range(first, last + 1))
        )
        self._apply_filter()

    def _make_body(self) -> QStackedWidget:
        """The table, or in its place a line saying why it is empty and what to do."""
        self.empty = QLabel()
        self.empty.setObjectName("empty_state")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setTextFormat(Qt.TextFormat.RichText)
        self.empty.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.empty.linkActivated.connect(self._link)
        body = QStackedWidget()
        body.addWidget(self.table)
        body.addWidget(self.empty)
        return body

    def _fill_fixed_filters(self) -> None:
        self.stage.addItem(self.tr("全部环节"), None)
        for stage in Stage:
            self.stage.addItem(strings.stage_name(stage), stage.value)
        self.status.addItem(self.tr("全部状态"), None)
        for status in Status:
            name = strings.status_name(status)
            if status is Status.OVERDUE:  # it also finds a decision late in delivery
                name = self.tr("超承诺或送达超期")
            self.status.addItem(name, status.value)
        self.category.addItem(self.tr("全部类别"), None)
        self.handler.addItem(self.tr("全部承办人"), None)
        self.unit.addItem(self.tr("全部单位"), None)

    def set_choices(
        self, rules: list[TimeLimitRule], handlers: list[str], units: list[Unit] | None = None
    ) -> None:
        """Fill the category, handler and unit filters, keeping what is chosen; a choice
        no longer offered (a category removed) falls back to all, and the list with it."""
        lost = False
        for combo, items in (
            (
                self.category,
                [(strings.category_name(r.category, r.name), r.category) for r in rules],
            ),
            (self.handler, [(h, h) for h in in_pinyin_order(handlers)]),
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
            lost = lost or (current is not None and index < 0)
        if lost:
            self._apply_filter()

    def _unit_text(self, unit: Unit) -> str:
        if unit.active:
            return unit.name
        return self.tr("%1（已停用）").replace("%1", unit.name)

    def _make_table(self) -> FrozenTableView:
        table = FrozenTableView(FROZEN_COLUMNS, self)
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
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(
            lambda pos: self.column_menu(self).exec(header.mapToGlobal(pos))
        )
        header.setToolTip(self.tr("点击排序；拖动调整顺序；右键选择显示哪些列"))
        # Its least width is remembered apart from the header (restore_project_width):
        # the width saved there is what it stretched to on that day's screen.
        self.project = StretchedColumn(table, self._column("project"), COLUMN_WIDTHS["project"])
        self._default_columns(table)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._context_menu)
        # Tab leaves the list for the pane beside it (rows are picked, never cells), and
        # Enter or a double-click on a row opens it there.
        table.setTabKeyNavigation(False)
        table.activated.connect(lambda _index: self.open_requested.emit())
        table.doubleClicked.connect(lambda _index: self.open_requested.emit())
        self._picked: int | None = None  # the application of the current row
        self._picking_again = False  # the same row as before: no one is told it changed
        table.selectionModel().currentRowChanged.connect(self._current_changed)
        return table

    # -- columns ------------------------------------------------------------------------

    @staticmethod
    def _column(key: str) -> int:
        return next(i for i, spec in enumerate(COLUMNS) if spec.key == key)

    def _text_widths(self, table: QTableView) -> dict[str, int]:
        """What the stage, number and date columns need, in the language shown."""
        width_of = self.fontMetrics().horizontalAdvance
        stages = max(width_of(strings.stage_name(s)) for s in Stage)
        need = {"stage": max(COLUMN_WIDTHS["stage"], stages + CELL_MARGINS)}
        for column, spec in enumerate(COLUMNS):
            if (sample := SAMPLES.get(spec.key)) is not None:
                heading = table.horizontalHeader().sectionSizeHint(column)  # sort arrow too
                need[spec.key] = max(width_of(sample) + CELL_MARGINS, heading)
        return need

    def _default_columns(self, table: QTableView) -> None:
        header = table.horizontalHeader()
        widths = {
            **COLUMN_WIDTHS,
            "countdown": self._countdown_need,
            **self._text_widths(table),
        }
        for column, spec in enumerate(COLUMNS):
            visual = header.visualIndex(column)
            if visual != column:
                header.moveSection(visual, column)
            table.setColumnWidth(column, widths[spec.key])
            table.setColumnHidden(column, spec.key in DEFAULT_HIDDEN)
        self.project.keep(COLUMN_WIDTHS["project"])

    def _fit_restored(self) -> None:
        """A header saved before, maybe in the other language: the stage, number and
        dates whole in this one, and those at a former default at today's width."""
        measured = self._text_widths(self.table)
        for key, today in {"enterprise": COLUMN_WIDTHS["enterprise"], **measured}.items():
            column = self._column(key)
            if self.table.isColumnHidden(column):  # widths of hidden columns read 0
                continue
            width = self.table.columnWidth(column)
            if width < measured.get(key, 0) or width == FORMER_DEFAULTS.get(key):
                self.table.setColumnWidth(column, today)

    def project_width(self) -> int:
        """The least width of the project column: the default, or one the user dragged."""
        return self.project.minimum

    def restore_project_width(self, width: int) -> None:
        """`project_width` as saved; 0, or a former default, for the default."""
        if width in (0, *FORMER_PROJECT_LEAST):
            width = COLUMN_WIDTHS["project"]
        self.project.keep(width)

    def _countdown_as_needed(self) -> None:
        """The countdown column as wide as the chips listed need: narrower cuts them;
        wider (a header saved in English, 264 px, shown in Chinese) pushes the due
        date out of a 1366-pixel list."""
        if self.table.columnWidth(COUNTDOWN_COLUMN) != self._countdown_need:
            self.table.setColumnWidth(COUNTDOWN_COLUMN, self._countdown_need)

    def _measure_countdowns(self, rows: range | None = None) -> None:
        """The width the chips of the open applications need (all rows, or those in
        `rows` as well as before), up to COUNTDOWN_MAX_CHARS; the column widened to it.
        Where a translation gives a chip a shorter wording (English), that is the one
        measured: the whole ones show where the column is wide enough for them all."""
        listed, model = self.model.listed(), self.model
        wordings = {
            strings.countdown_wordings(model.view_at(i).clock)
            for i in (range(len(listed)) if rows is None else rows)
            if listed[i].countdown not in DECIDED  # only these need their clocks
        }
        metrics = self.fontMetrics()

        def need_of(texts: Iterable[str]) -> int:  # 24: the chip's padding and margin
            widest = max((metrics.horizontalAdvance(t) for t in texts), default=0)
            return min(widest + 24, metrics.averageCharWidth() * COUNTDOWN_MAX_CHARS)

        need = max(COLUMN_WIDTHS["countdown"], need_of(w[-1] for w in wordings))
        whole = need_of(w[0] for w in wordings)
        if rows is not None:
            need, whole = max(self._countdown_need, need), max(self.chips_whole_need, whole)
        self._countdown_need, self.chips_whole_need = need, whole
        for chips in self.table.delegates_for_column(COUNTDOWN_COLUMN):
            if isinstance(chips, CountdownDelegate):
                chips.whole_need = whole
        self._countdown_as_needed()

    def column_menu(self, parent: QWidget) -> QMenu:
        menu = QMenu(self.tr("显示的列"), parent)
        self.fill_column_menu(menu)
        return menu

    def fill_column_menu(self, menu: QMenu) -> None:
        """Which columns the list shows (the number and countdown always), and a way back
        to the defaults."""
        menu.clear()
        for column in range(FROZEN_COLUMNS, len(COLUMNS)):
            text = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            action = menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(column))
            action.toggled.connect(lambda on, c=column: self.table.setColumnHidden(c, not on))
        menu.addSeparator()
        menu.addAction(self.tr("恢复默认列"), self.reset_columns)

    def reset_columns(self) -> None:
        self._default_columns(self.table)

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
            open_only=not self.show_finished.isChecked(),
        )

    def filters_active(self) -> bool:
        """Whether the search or a quick filter narrows the list (清除筛选 would widen it)."""
        combos = self._filter_combos().values()
        return bool(self.search.text()) or any(c.currentIndex() > 0 for c in combos)

    def filter_state(self) -> ViewFilters:
        values = {name: self.filter_value(name) for name in self._filter_combos()}
        return ViewFilters(self.search.text(), values, self.show_finished.isChecked())

    def set_filter_state(self, state: ViewFilters) -> None:
        """Show another view's filters: every widget set, then the list filtered once."""
        widgets = [self.search, self.show_finished, *self._filter_combos().values()]
        for widget in widgets:
            widget.blockSignals(True)
        self.search.setText(state.search)
        self.show_finished.setChecked(state.show_finished)
        for name in self._filter_combos():
            self.set_filter_value(name, state.values.get(name))
        for widget in widgets:
            widget.blockSignals(False)
        self._apply_filter()

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
        """The search and the quick filters back to 全部; 显示已办结 stays as chosen."""
        state = self.filter_state()
        self.set_filter_state(ViewFilters(show_finished=state.show_finished))

    def _apply_filter(self) -> None:
        selected = self.selected_id()
        self.proxy.set_filter(self.current_filter())
        self.clear_button.setEnabled(self.filters_active())
        self.select(selected)

    def _count_shown(self) -> None:
        shown = self.proxy.rowCount()
        if self.loading and self.show_finished.isChecked():  # more to come: not all found
            self.shown.setText(self.tr("%n 件（载入中…）", None, shown))
        else:
            self.shown.setText(self.tr("%n 件", None, shown))
        # As wide as its longest wording for every row, room allowing: the boxes beside
        # it stay put as a load or a search changes it (显示已办结 had moved under the
        # pointer).
        self.shown.set_widest(self.tr("%n 件（载入中…）", None, self.model.rowCount()))
        self._show_empty_state()

    # -- empty states -------------------------------------------------------------------

    def set_scope(self, mine: bool, *, named: bool = True) -> None:
        """我的事项 (`mine`) or 全部申请; `named`: whether whoever acts here has a name
        of their own, without which 我的事项 cannot be told."""
        self.mine, self.named = mine, named
        self._show_empty_state()

    def set_loading(self, loading: bool, failed: str = "") -> None:
        """A load is on its way (nothing is "empty" yet), or done; `failed`: why it
        failed, in the user's words."""
        self.loading, self.failed = loading, failed
        self._count_shown()

    def _show_empty_state(self) -> None:
        text = self._empty_text() if self.proxy.rowCount() == 0 else ""
        self.empty.setText(text)
        self.body.setCurrentWidget(self.empty if text else self.table)

    def _empty_text(self) -> str:
        """Why nothing is listed, with the way on as links (#13); "" while loading."""
        if self.failed:  # rows kept from an earlier load are not what is asked for now
            return self.tr('未能载入申请：%1<br><a href="retry">重新载入（F5）</a>').replace(
                "%1", html.escape(self.failed)
            )
        if self.model.rowCount() == 0:
            if self.loading:
                return ""
            return self.tr(
                '还没有任何申请：点<a href="register">“收件登记”</a>登记第一件，'
                '或从<a href="import">“文件 → 导入台账…”</a>导入。'
            )
        if self.filters_active():
            return self.tr('没有符合筛选条件的申请。<a href="clear">清除筛选</a>')
        if self.mine and not self.named:  # 以后再说 at first run: the login is no handler
            return self.tr(
                '尚未填写您的姓名，无从列出您名下的事项。请在<a href="settings">“设置”</a>中'
                '填写；<a href="all">查看全部申请…</a>'
            )
        if self.mine:
            return self.tr(
                '您名下没有在办事项。新收件请点<a href="register">“收件登记”</a>（Ctrl+N）；'
                '<a href="all">查看全部申请…</a>'
            )
        return self.tr('没有在办的申请。<a href="finished">显示已办结</a>')

    def _link(self, link: str) -> None:
        if link == "register":
            self.register_requested.emit()
        elif link == "import":
            self.import_requested.emit()
        elif link == "all":
            self.all_requested.emit()
        elif link == "settings":
            self.settings_requested.emit()
        elif link == "clear":
            self.clear_filters()
        elif link == "finished":
            self.show_finished.setChecked(True)
        elif link == "retry":
            self.retry_requested.emit()

    # -- selection ----------------------------------------------------------------------

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        return int(index.data(Role.ID)) if index.isValid() else None

    def lists(self, application_id: int) -> bool:
        """Whether the application's row is in the list as filtered now."""
        row = self.model.row_of(application_id)
        return row >= 0 and self.proxy.mapFromSource(self.model.index(row, 0)).isValid()

    def select(self, application_id: int | None) -> None:
        """Select the application's row if it is shown; otherwise clear the selection."""
        if application_id is not None:
            row = self.model.row_of(application_id)
            proxy_index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else None
            if proxy_index is not None and proxy_index.isValid():
                if proxy_index == self.table.currentIndex():  # kept through a reset
                    self.selected.emit(application_id)  # the pane looks again, as when picked
                else:
                    self.table.setCurrentIndex(proxy_index)
                self.table.scrollTo(proxy_index)
                return
        self.table.clearSelection()
        self.table.setCurrentIndex(self.proxy.index(-1, -1))
        self.selected.emit(None)

    def _pick_again(self) -> None:
        """The row picked before the reset, if it is still listed, without scrolling to
        it: the clerk may have scrolled away from it on purpose."""
        picked, self._picked = self._picked, None
        if picked is None:
            return
        row = self.model.row_of(picked)
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else None
        if index is not None and index.isValid():
            self._picking_again = True
            try:
                self.table.setCurrentIndex(index)
            finally:
                self._picking_again = False
            self._picked = picked

    def _current_changed(self, current: object, _previous: object) -> None:
        self._picked = self.selected_id()
        if not self._picking_again:
            self.selected.emit(self._picked)

    def _context_menu(self, pos: QPoint) -> None:
        if (picked := picked_at(self.table, pos)) is not None:
            self.context_menu_requested.emit(*picked)
