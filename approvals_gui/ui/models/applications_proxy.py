"""Filtering and sorting over the applications table, done in bulk.

QSortFilterProxyModel asks Python about every row on every keystroke; with 100,000
applications that is too slow. This proxy keeps every source row in the current sort
order and filters that list in one pass, so typing in the search box stays instant.
"""

from __future__ import annotations

from bisect import insort
from collections.abc import Callable
from functools import total_ordering
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from approvals_gui.domain.search import ApplicationFilter, search_text
from approvals_gui.services.applications import ApplicationView
from approvals_gui.ui.models.applications_table import (
    COLUMNS,
    COUNTDOWN_COLUMN,
    ApplicationsTableModel,
)

Index = QModelIndex | QPersistentModelIndex


class ApplicationsProxyModel(QAbstractProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._filter = ApplicationFilter()
        self._scope_handler: str | None = None
        self._sort_column = COUNTDOWN_COLUMN
        self._order = Qt.SortOrder.AscendingOrder
        self._haystacks: list[str] = []
        self._sorted: list[int] = []  # every source row, in sort order
        self._rows: list[int] = []  # proxy row -> source row
        self._proxy_of: dict[int, int] = {}

    # -- configuration ------------------------------------------------------------------

    def setSourceModel(self, source: QAbstractItemModel) -> None:
        assert isinstance(source, ApplicationsTableModel)
        super().setSourceModel(source)
        source.modelReset.connect(self._source_reset)
        source.dataChanged.connect(self._source_changed)
        source.rowsInserted.connect(self._source_inserted)
        self._source_reset()

    def source(self) -> ApplicationsTableModel:
        model = self.sourceModel()
        assert isinstance(model, ApplicationsTableModel)
        return model

    def set_filter(self, flt: ApplicationFilter) -> None:
        self._filter = flt
        self._refilter()

    def set_scope_handler(self, handler: str | None) -> None:
        """Limit the list to one handler's items ("My items"), or show all."""
        self._scope_handler = handler
        self._refilter()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._order = column, order
        self._resort()
        self._refilter()

    def sort_order(self) -> Qt.SortOrder:
        return self._order

    # -- bulk work ----------------------------------------------------------------------

    def _source_reset(self) -> None:
        self._haystacks = [search_text(v.record) for v in self.source().views()]
        self._resort()
        self._refilter()

    def _source_changed(self, top: QModelIndex, bottom: QModelIndex, roles: list[int]) -> None:
        if top.row() == bottom.row():  # one application changed (a step): move just it
            self._move(top.row())
            return
        # New clocks (a new day) can change the order: sort again, keep the filter.
        self._resort()
        self._refilter()

    def _source_inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        for row in range(first, last + 1):  # appended at the end (put_view)
            self._move(row, new=True)

    def _move(self, row: int, *, new: bool = False) -> None:
        """Put one changed (or `new`) source row where a full sort and filter would: out
        of both lists, then back in by bisection (ordered by key, then by row)."""
        views = self.source().views()
        view = views[row]
        if new:
            self._haystacks.append(search_text(view.record))
        else:
            self._haystacks[row] = search_text(view.record)
            self._sorted.remove(row)
        place = self._place(views)
        insort(self._sorted, row, key=place)
        self.beginResetModel()
        if row in self._proxy_of:
            del self._rows[self._proxy_of[row]]
        if self._accepts(view, self._haystacks[row]):
            insort(self._rows, row, key=place)
        self._proxy_of = {source: proxy for proxy, source in enumerate(self._rows)}
        self.endResetModel()

    def _place(self, views: list[ApplicationView]) -> Callable[[int], tuple[Any, int]]:
        """A row's position key: the column's sort key (reversed when descending), then
        the row itself, which is how the stable full sort orders equal keys."""
        key = self.source().sort_key(self._sort_column)
        if self._order == Qt.SortOrder.DescendingOrder:
            return lambda i: (_Reversed(key(views[i])), i)
        return lambda i: (key(views[i]), i)

    def _accepts(self, view: ApplicationView, haystack: str) -> bool:
        handler = self._scope_handler
        return (handler is None or view.record.handler == handler) and self._filter.matches(
            view.record, view.clock, haystack
        )

    def _resort(self) -> None:
        key = self.source().sort_key(self._sort_column)
        views = self.source().views()
        descending = self._order == Qt.SortOrder.DescendingOrder
        self._sorted = sorted(range(len(views)), key=lambda i: key(views[i]), reverse=descending)

    def _refilter(self) -> None:
        views = self.source().views()
        flt, handler, hay = self._filter, self._scope_handler, self._haystacks
        self.beginResetModel()
        self._rows = [
            i
            for i in self._sorted
            if (handler is None or views[i].record.handler == handler)
            and flt.matches(views[i].record, views[i].clock, hay[i])
        ]  # the same test as _accepts, inlined: this runs over every row
        self._proxy_of = {source: proxy for proxy, source in enumerate(self._rows)}
        self.endResetModel()

    def shown_views(self) -> list[ApplicationView]:
        """What the table shows, in its order (for an export of the current view)."""
        views = self.source().views()
        return [views[i] for i in self._rows]

    # -- QAbstractProxyModel --------------------------------------------------------------

    def mapToSource(self, proxy_index: Index) -> QModelIndex:
        if not proxy_index.isValid():
            return QModelIndex()
        return self.source().index(self._rows[proxy_index.row()], proxy_index.column())

    def mapFromSource(self, source_index: Index) -> QModelIndex:
        row = self._proxy_of.get(source_index.row()) if source_index.isValid() else None
        return QModelIndex() if row is None else self.index(row, source_index.column())

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or not (0 <= row < len(self._rows) and 0 <= column < len(COLUMNS)):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, index: Index | None = None) -> Any:
        # Without an argument this is QObject.parent(); with one, the flat table's parent.
        return super().parent() if index is None else QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return self.source().headerData(section, orientation, role)


@total_ordering
class _Reversed:
    """A sort key compared the other way round, for bisecting a descending list."""

    __slots__ = ("key",)

    def __init__(self, key: Any) -> None:
        self.key = key

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Reversed) and self.key == other.key

    def __lt__(self, other: _Reversed) -> bool:
        return bool(other.key < self.key)
