"""The applications table: a column table, and per row what it shows, sorts and filters
by (`Listed`), its view, its folded search text and its sort key in each column sorted by
so far (the proxy sorts and filters with them)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import compress
from operator import attrgetter
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

from approvals_gui.domain.search import Listed, listed_of, search_text, stage_is_open
from approvals_gui.domain.stages import Stage
from approvals_gui.services.applications import ApplicationView, Listing
from approvals_gui.services.settled import LazyViews, lazy
from approvals_gui.ui import strings
from approvals_gui.ui.collation import pinyin_ranks
from approvals_gui.ui.models.roles import Role

Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")


def _date(day: date | None) -> str:
    return day.isoformat() if day else ""


@dataclass(frozen=True)
class Column:
    key: str
    header: object  # source text marked with QT_TRANSLATE_NOOP; translated when shown
    # What the cell says and sorts by, from the row's `Listed`; the countdown's wording
    # needs the clock (None: the model asks the view for it).
    display: Callable[[Listed], str] | None
    sort: Callable[[Listed], Any]


def _category(row: Listed) -> str:
    """The shipped categories' names; the model shows and sorts the others by their
    rules' names (`category_shown`)."""
    return strings.category_name(row.category, row.category)


def _held_by(row: Listed) -> str:
    """The unit that has it now; one registered before units is at its deciding unit."""
    return row.held_by


_STAGE_ORDER = {stage: i for i, stage in enumerate(Stage)}
_STAGE = attrgetter("stage")

# The order a clerk reads a row in: which one and how urgent, what it is, where it stands
# (环节, 承办人, 审批单位, 所在单位: on screen at 1366×768 beside the detail pane), then
# the rest.
COLUMNS: tuple[Column, ...] = (
    Column(
        "number",
        QT_TRANSLATE_NOOP("columns", "申请编号"),
        attrgetter("number"),
        attrgetter("number"),
    ),
    Column(
        "countdown",
        QT_TRANSLATE_NOOP("columns", "剩余时间"),
        None,
        attrgetter("urgency"),
    ),
    Column(
        "project",
        QT_TRANSLATE_NOOP("columns", "项目名称"),
        attrgetter("project"),
        attrgetter("project"),
    ),
    Column(
        "stage",
        QT_TRANSLATE_NOOP("columns", "环节"),
        lambda r: strings.stage_name(r.stage),
        lambda r: _STAGE_ORDER[r.stage],
    ),
    Column(
        "handler",
        QT_TRANSLATE_NOOP("columns", "承办人"),
        attrgetter("handler"),
        attrgetter("handler"),
    ),
    Column(
        "unit", QT_TRANSLATE_NOOP("columns", "审批单位"), attrgetter("unit"), attrgetter("unit")
    ),
    Column("holder", QT_TRANSLATE_NOOP("columns", "所在单位"), _held_by, _held_by),
    Column(
        "enterprise",
        QT_TRANSLATE_NOOP("columns", "建设单位"),
        attrgetter("enterprise_name"),
        attrgetter("enterprise_name"),
    ),
    Column("category", QT_TRANSLATE_NOOP("columns", "类别"), _category, _category),
    Column(
        "received",
        QT_TRANSLATE_NOOP("columns", "收件日期"),
        lambda r: _date(r.registered_on),
        attrgetter("registered_on"),
    ),
    Column(
        "due",
        QT_TRANSLATE_NOOP("columns", "到期日"),
        lambda r: _date(r.due),
        lambda r: r.due or date.max,
    ),
)
# A column header's tooltip, where the name alone leaves the reader asking.
HEADER_TIPS = {
    "due": QT_TRANSLATE_NOOP(
        "columns",
        "剩余时间所计到的日期：待受理的为受理期限，审查中的为承诺办结日"
        "（超过法定期限的为法定办结日），待送达的为送达期限，已办结的为承诺办结日。"
        "暂停计时的，暂停的日子不计，到期日随之逐日后延。",
    ),
}
COUNTDOWN_COLUMN = 1  # right after the number: the first thing a clerk looks for
CATEGORY_COLUMN = [c.key for c in COLUMNS].index("category")
UNIT_COLUMNS = frozenset(i for i, c in enumerate(COLUMNS) if c.key in ("unit", "holder"))
HANDLER_COLUMN = [c.key for c in COLUMNS].index("handler")
# Columns of names, sorted in pinyin order of the names shown (ui/collation.py).
NAMED_COLUMNS = UNIT_COLUMNS | {CATEGORY_COLUMN, HANDLER_COLUMN}


class ApplicationsTableModel(QAbstractTableModel):
    """Every row's `Listed` (what it shows, sorts and filters by), its view (record and
    clock; a finished one's unpacked only when asked for: services.settled), its folded
    search text, and its sort key in each column sorted by so far."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._views = LazyViews([])
        self._listed: list[Listed] = []
        self._row_of: dict[int, int] = {}
        self._texts: list[str] = []
        self._keys: dict[int, list[Any]] = {}
        self._ranks: dict[int, dict[str, int]] = {}  # a column of names: each name's place
        self._category_names: dict[str, str] = {}
        self._unit_names: dict[str, str] = {}
        self._warn_days: dict[str, int] = {}  # category code → its rule's reminder days

    def set_category_names(self, names: dict[str, str]) -> None:
        """The rules' names by category code, once the rules are loaded or changed."""
        if names != self._category_names:
            self._category_names = dict(names)
            self._names_changed(CATEGORY_COLUMN, CATEGORY_COLUMN)

    def set_warn_days(self, days: dict[str, int]) -> None:
        """Each category's reminder days (its rule's), which a chip's tooltip names."""
        self._warn_days = dict(days)

    def set_unit_names(self, names: dict[str, str]) -> None:
        """The units' names by code, once the units are loaded or changed."""
        if names != self._unit_names:
            self._unit_names = dict(names)
            self._names_changed(min(UNIT_COLUMNS), max(UNIT_COLUMNS))

    def _names_changed(self, first: int, last: int) -> None:
        for column in range(first, last + 1):  # those columns sort by the names shown
            self._keys.pop(column, None)
        if self._listed:
            bottom = self.index(len(self._listed) - 1, last)
            self.dataChanged.emit(self.index(0, first), bottom)

    def unit_name(self, code: str) -> str:
        return self._unit_names.get(code, code)

    def category_shown(self, code: str) -> str:
        """A category as the list shows it: a shipped one by its name in the UI's
        language, an added one by its rule's name."""
        return strings.category_name(code, self._category_names.get(code, code))

    def sort_key(self, column: int) -> Callable[[Listed], Any]:
        """What the column sorts by: a column of names by the names shown, in pinyin
        order (`sort_keys` places every name listed first)."""
        if column not in NAMED_COLUMNS:
            return COLUMNS[column].sort
        name, ranks = self._shown_name(column), self._ranks.get(column, {})
        return lambda r: ranks[name(r)]

    def _shown_name(self, column: int) -> Callable[[Listed], str]:
        key = COLUMNS[column].sort
        if column in UNIT_COLUMNS:
            return lambda r: self.unit_name(key(r))
        if column == CATEGORY_COLUMN:
            return lambda r: self.category_shown(r.category)
        return key

    def _forget_new_names(self, rows: Sequence[Listed]) -> None:
        """The keys of each column of names that `rows` bring a new name to, worked out
        again when next asked for (the places of the others move)."""
        for column in NAMED_COLUMNS & self._keys.keys():
            ranks = self._ranks.get(column, {})
            if any(name not in ranks for name in map(self._shown_name(column), rows)):
                del self._keys[column]

    def set_views(self, views: Sequence[ApplicationView]) -> None:
        self.set_listing(Listing.of(views))

    def set_listing(self, listing: Listing) -> None:
        """The list read afresh, with what it shows and searches already worked out."""
        self.beginResetModel()
        self._views = lazy(listing.views).picked(range(len(listing.views)))
        self._listed = list(listing.listed)
        self._row_of = {row.id: i for i, row in enumerate(self._listed)}
        self._texts = list(listing.texts)
        self._keys = {}
        self.endResetModel()

    def add_listing(self, listing: Listing) -> list[tuple[ApplicationView, ApplicationView]]:
        """Rows read after the others (the finished ones), appended in one go. One the
        list has already (changed since the first read, or new) is not added again: the
        newer version of the two stays, in its row. Returns those met twice, as (the
        one shown before, the one read)."""
        views, listed, texts = lazy(listing.views), listing.listed, listing.texts
        ids = [row.id for row in listed]
        met: list[tuple[ApplicationView, ApplicationView]] = []
        if twice := self._row_of.keys() & set(ids):  # rare; found by set operations
            keep = [i for i, key in enumerate(ids) if key not in twice]
            met = [
                (self.view_at(self._row_of[ids[i]]), views[i])
                for i, key in enumerate(ids)
                if key in twice
            ]
            views, listed = views.picked(keep), _picked(listed, keep)
            texts, ids = _picked(texts, keep), _picked(ids, keep)
            for shown, read in met:
                if read.record.version > shown.record.version:
                    self.put_view(read)
        if not ids:
            return met
        first = len(self._listed)
        self.beginInsertRows(QModelIndex(), first, first + len(ids) - 1)
        self._views.extend(views)
        self._listed.extend(listed)
        self._row_of.update(zip(ids, range(first, first + len(ids)), strict=True))
        self._texts.extend(texts)
        self._forget_new_names(listed)
        for column, keys in self._keys.items():
            keys.extend(map(self.sort_key(column), listed))
        self.endInsertRows()
        return met

    def search_texts(self) -> list[str]:
        """Every row's folded search text."""
        return self._texts

    def listed(self) -> list[Listed]:
        """Every row's `Listed`, in row order (not a copy: read, do not keep)."""
        return self._listed

    def sort_keys(self, column: int) -> list[Any]:
        """Every row's sort key in `column`, worked out the first time it is asked."""
        keys = self._keys.get(column)
        if keys is None:
            if column in NAMED_COLUMNS:
                self._ranks[column] = pinyin_ranks(map(self._shown_name(column), self._listed))
            keys = self._keys[column] = list(map(self.sort_key(column), self._listed))
        return keys

    def row_of(self, application_id: int) -> int:
        """The row showing the application, or -1."""
        return self._row_of.get(application_id, -1)

    def put_view(self, view: ApplicationView) -> None:
        """Show a changed application in place, or add a new one."""
        row = self.row_of(view.record.id)
        new = row < 0
        if new:  # appended, so the other rows keep their numbers
            row = len(self._listed)
            self.beginInsertRows(QModelIndex(), row, row)
            self._row_of[view.record.id] = row
        listed = listed_of(view.record, view.clock)
        self._views.put(row, view)
        _put(self._listed, row, listed)
        _put(self._texts, row, search_text(view.record))
        self._forget_new_names([listed])
        for column, keys in self._keys.items():
            _put(keys, row, self.sort_key(column)(listed))
        if new:
            self.endInsertRows()
        else:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def views(self, rows: Sequence[int] | None = None) -> LazyViews:
        """The views of every row (or of `rows`), still packed where they are: a
        snapshot for another thread to unpack (then `adopt` it), or for a pass that
        needs them all."""
        return self._views.snapshot(rows)

    def adopt(self, views: LazyViews) -> None:
        """What another thread unpacked of `views` (from `views()`), kept: the rows
        unpacked once, not at every pass."""
        self._views.adopt(views)

    def running_views(self) -> list[ApplicationView]:
        """The views of the running applications (never packed: only finished ones are)."""
        running = compress(range(len(self._listed)), map(stage_is_open, map(_STAGE, self._listed)))
        return [self._views[i] for i in running]

    def view_at(self, row: int) -> ApplicationView:
        return self._views[row]

    def listed_at(self, row: int) -> Listed:
        """What the list shows of the row, without unpacking its view."""
        return self._listed[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._listed)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        return self.value(index.row(), index.column(), role)

    def value(self, row: int, column_number: int, role: int) -> Any:
        """What `data` answers for a cell, without a model index (the proxy asks for
        every cell painted)."""
        listed = self._listed[row]
        column = COLUMNS[column_number]
        if role == Role.ID:
            return listed.id
        if role == Role.STATUS:  # the chip's colour: after a decision, the delivery's
            return listed.countdown
        if role == Role.SORT:
            return self.sort_key(column_number)(listed)
        if column.display is None:  # the countdown: its words come from the clock
            return self._countdown(row, role) if role in _TEXT_ROLES else None
        if role == Qt.ItemDataRole.DisplayRole:
            if column_number == CATEGORY_COLUMN:
                return self.category_shown(listed.category)
            if column_number in UNIT_COLUMNS:
                return self.unit_name(column.display(listed))
            return column.display(listed)
        if role == Qt.ItemDataRole.ToolTipRole and column.key in ("project", "enterprise"):
            return column.display(listed)  # the whole name, where the column elides it
        return None

    def _countdown(self, row: int, role: int) -> str:
        view = self._views[row]
        clock = view.clock
        if role == Qt.ItemDataRole.DisplayRole:
            return strings.countdown_chip(clock)  # the delegate picks the variant that fits
        text = strings.countdown_text(clock)
        if role == Qt.ItemDataRole.AccessibleTextRole:  # a screen reader's: the whole, once
            return text
        # The chip's whole text too, where the column elides it, and what it counts or
        # why it has its colour; once where the chip is its status (已终止).
        lines = [
            strings.status_name(clock.status),
            text,
            strings.countdown_note(clock),
            strings.warn_note(clock, self._warn_days.get(view.record.category)),
        ]
        return "\n".join(dict.fromkeys(filter(None, lines)))

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("columns", str(COLUMNS[section].header))
        if role == Qt.ItemDataRole.ToolTipRole and (tip := HEADER_TIPS.get(COLUMNS[section].key)):
            return QCoreApplication.translate("columns", str(tip))
        return None


_TEXT_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.AccessibleTextRole,
)


def _picked(values: list[T], indexes: list[int]) -> list[T]:
    return [values[i] for i in indexes]


def _put(values: list[Any], row: int, value: Any) -> None:
    """`values[row] = value`, or appended for the row after the last."""
    if row == len(values):
        values.append(value)
    else:
        values[row] = value
