"""The applications table: a list of immutable views plus a column table, and what is
worked out once per row: its folded search text and its sort key in each column sorted
by so far (the proxy sorts and filters with them)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from approvals_gui.domain.search import search_text
from approvals_gui.domain.urgency import urgency_key
from approvals_gui.services.applications import ApplicationView, Listing
from approvals_gui.ui import strings
from approvals_gui.ui.models.roles import Role

Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")


def _date(day: date | None) -> str:
    return day.isoformat() if day else ""


@dataclass(frozen=True)
class Column:
    key: str
    header: object  # source text marked with QT_TRANSLATE_NOOP; translated when shown
    display: Callable[[ApplicationView], str]
    sort: Callable[[ApplicationView], Any]


def _category(v: ApplicationView) -> str:
    """The shipped categories' names; the model shows and sorts the others by their
    rules' names (`category_shown`)."""
    return strings.category_name(v.record.category, v.record.category)


def _holder(v: ApplicationView) -> str:
    """The unit that has it now; one registered before units is at its deciding unit."""
    return v.record.held_by


# The order a clerk reads a row in: which one and how urgent, what it is, where it stands
# (环节, 承办人, 审批单位, 所在单位: on screen at 1366×768 beside the detail pane), then
# the rest.
COLUMNS: tuple[Column, ...] = (
    Column(
        "number",
        QT_TRANSLATE_NOOP("columns", "受理编号"),
        lambda v: v.record.number,
        lambda v: v.record.number,
    ),
    Column(
        "countdown",
        QT_TRANSLATE_NOOP("columns", "剩余时间"),
        lambda v: strings.countdown_text(v.clock),
        lambda v: urgency_key(v.clock),
    ),
    Column(
        "project",
        QT_TRANSLATE_NOOP("columns", "项目名称"),
        lambda v: v.record.project,
        lambda v: v.record.project,
    ),
    Column(
        "stage",
        QT_TRANSLATE_NOOP("columns", "环节"),
        lambda v: strings.stage_name(v.record.facts.stage),
        lambda v: list(type(v.record.facts.stage)).index(v.record.facts.stage),
    ),
    Column(
        "handler",
        QT_TRANSLATE_NOOP("columns", "承办人"),
        lambda v: v.record.handler,
        lambda v: v.record.handler,
    ),
    Column(
        "unit",
        QT_TRANSLATE_NOOP("columns", "审批单位"),
        lambda v: v.record.unit,
        lambda v: v.record.unit,
    ),
    Column(
        "holder",
        QT_TRANSLATE_NOOP("columns", "所在单位"),
        _holder,
        _holder,
    ),
    Column(
        "enterprise",
        QT_TRANSLATE_NOOP("columns", "建设单位"),
        lambda v: v.record.enterprise_name,
        lambda v: v.record.enterprise_name,
    ),
    Column("category", QT_TRANSLATE_NOOP("columns", "类别"), _category, _category),
    Column(
        "received",
        QT_TRANSLATE_NOOP("columns", "收件日期"),
        lambda v: _date(v.record.registered_on),
        lambda v: v.record.registered_on,
    ),
    Column(
        "due",
        QT_TRANSLATE_NOOP("columns", "到期日"),
        lambda v: _date(v.clock.due),
        lambda v: v.clock.due or date.max,
    ),
)
COUNTDOWN_COLUMN = 1  # right after the number: the first thing a clerk looks for
CATEGORY_COLUMN = [c.key for c in COLUMNS].index("category")
UNIT_COLUMNS = frozenset(i for i, c in enumerate(COLUMNS) if c.key in ("unit", "holder"))


class ApplicationsTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._views: list[ApplicationView] = []
        self._row_of: dict[int, int] = {}
        # Per row: the folded search text (None until given or first asked for), and
        # the sort key of each column asked for so far.
        self._texts: list[str] | None = None
        self._keys: dict[int, list[Any]] = {}
        self._category_names: dict[str, str] = {}
        self._unit_names: dict[str, str] = {}

    def set_category_names(self, names: dict[str, str]) -> None:
        """The rules' names by category code, once the rules are loaded or changed."""
        if names != self._category_names:
            self._category_names = dict(names)
            self._names_changed(CATEGORY_COLUMN, CATEGORY_COLUMN)

    def set_unit_names(self, names: dict[str, str]) -> None:
        """The units' names by code, once the units are loaded or changed."""
        if names != self._unit_names:
            self._unit_names = dict(names)
            self._names_changed(min(UNIT_COLUMNS), max(UNIT_COLUMNS))

    def _names_changed(self, first: int, last: int) -> None:
        for column in range(first, last + 1):  # those columns sort by the names shown
            self._keys.pop(column, None)
        if self._views:
            bottom = self.index(len(self._views) - 1, last)
            self.dataChanged.emit(self.index(0, first), bottom)

    def unit_name(self, code: str) -> str:
        return self._unit_names.get(code, code)

    def category_shown(self, code: str) -> str:
        """A category as the list shows it: a shipped one by its name in the UI's
        language, an added one by its rule's name."""
        return strings.category_name(code, self._category_names.get(code, code))

    def sort_key(self, column: int) -> Callable[[ApplicationView], Any]:
        """What the column sorts by: the unit and category columns by the names shown."""
        key = COLUMNS[column].sort
        if column in UNIT_COLUMNS:
            return lambda v: self.unit_name(key(v))
        if column == CATEGORY_COLUMN:
            return lambda v: self.category_shown(v.record.category)
        return key

    def set_views(self, views: Sequence[ApplicationView]) -> None:
        self._reset(list(views), None, None)

    def set_listing(self, listing: Listing) -> None:
        """The list read afresh, with its search texts and urgency already worked out."""
        self._reset(list(listing.views), list(listing.texts), list(listing.urgency))

    def _reset(
        self, views: list[ApplicationView], texts: list[str] | None, urgency: list[int] | None
    ) -> None:
        self.beginResetModel()
        self._views = views
        self._row_of = {v.record.id: row for row, v in enumerate(views)}
        self._texts = texts
        self._keys = {} if urgency is None else {COUNTDOWN_COLUMN: urgency}
        self.endResetModel()

    def add_listing(self, listing: Listing) -> list[tuple[ApplicationView, ApplicationView]]:
        """Rows read after the others (the finished ones), appended in one go. One the
        list has already (changed since the first read, or new) is not added again: the
        newer version of the two stays, in its row. Returns those met twice, as (the
        one shown before, the one read)."""
        views, texts, urgency = listing.views, listing.texts, listing.urgency
        ids = [v.record.id for v in views]
        met: list[tuple[ApplicationView, ApplicationView]] = []
        if twice := self._row_of.keys() & set(ids):  # rare; found by set operations
            met = [
                (self._views[self._row_of[v.record.id]], v) for v in views if v.record.id in twice
            ]
            keep = [i for i, key in enumerate(ids) if key not in twice]
            views, texts = _picked(views, keep), _picked(texts, keep)
            urgency, ids = _picked(urgency, keep), _picked(ids, keep)
            for shown, read in met:
                if read.record.version > shown.record.version:
                    self.put_view(read)
        if not views:
            return met
        first = len(self._views)
        self.beginInsertRows(QModelIndex(), first, first + len(views) - 1)
        self._views.extend(views)
        self._row_of.update(zip(ids, range(first, first + len(ids)), strict=True))
        if self._texts is not None:
            self._texts.extend(texts)
        for column, keys in self._keys.items():
            keys.extend(
                urgency if column == COUNTDOWN_COLUMN else map(self.sort_key(column), views)
            )
        self.endInsertRows()
        return met

    def search_texts(self) -> list[str]:
        """Every row's folded search text (worked out here the first time if the rows
        came without)."""
        if self._texts is None:
            self._texts = [search_text(v.record) for v in self._views]
        return self._texts

    def sort_keys(self, column: int) -> list[Any]:
        """Every row's sort key in `column`, worked out the first time it is asked."""
        keys = self._keys.get(column)
        if keys is None:
            keys = self._keys[column] = list(map(self.sort_key(column), self._views))
        return keys

    def row_of(self, application_id: int) -> int:
        """The row showing the application, or -1."""
        return self._row_of.get(application_id, -1)

    def put_view(self, view: ApplicationView) -> None:
        """Show a changed application in place, or add a new one."""
        row = self.row_of(view.record.id)
        new = row < 0
        if new:  # appended, so the other rows keep their numbers
            row = len(self._views)
            self.beginInsertRows(QModelIndex(), row, row)
            self._views.append(view)
            self._row_of[view.record.id] = row
        else:
            self._views[row] = view
        if self._texts is not None:
            _put(self._texts, row, search_text(view.record))
        for column, keys in self._keys.items():
            _put(keys, row, self.sort_key(column)(view))
        if new:
            self.endInsertRows()
        else:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def views(self) -> list[ApplicationView]:
        return list(self._views)

    def views_in(self, rows: range) -> list[ApplicationView]:
        return self._views[rows.start : rows.stop]

    def view_at(self, row: int) -> ApplicationView:
        return self._views[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._views)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        return self.value(index.row(), index.column(), role)

    def value(self, row: int, column_number: int, role: int) -> Any:
        """What `data` answers for a cell, without a model index (the proxy asks for
        every cell painted)."""
        view = self._views[row]
        column = COLUMNS[column_number]
        if column_number == CATEGORY_COLUMN and role in (Qt.ItemDataRole.DisplayRole, Role.SORT):
            return self.category_shown(view.record.category)
        if column_number in UNIT_COLUMNS and role in (Qt.ItemDataRole.DisplayRole, Role.SORT):
            return self.unit_name(column.display(view))
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(view)
        if role == Role.SORT:
            return column.sort(view)
        if role == Role.STATUS:  # the chip's colour: after a decision, the delivery's
            return view.clock.countdown
        if role == Role.ID:
            return view.record.id
        if role == Qt.ItemDataRole.ToolTipRole and column.key == "countdown":
            # The chip's whole text too, where the column elides it, and what it counts.
            lines = [strings.status_name(view.clock.status), column.display(view)]
            return "\n".join(filter(None, [*lines, strings.countdown_note(view.clock)]))
        if role == Qt.ItemDataRole.ToolTipRole and column.key in ("project", "enterprise"):
            return column.display(view)  # the whole name, where the column elides it
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("columns", str(COLUMNS[section].header))
        return None


def _picked(values: list[T], indexes: list[int]) -> list[T]:
    return [values[i] for i in indexes]


def _put(values: list[Any], row: int, value: Any) -> None:
    """`values[row] = value`, or appended for the row after the last."""
    if row == len(values):
        values.append(value)
    else:
        values[row] = value
