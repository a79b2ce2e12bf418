"""The hotline's cases as a table (one immutable `CaseView` a row) and the proxy that
filters them by the search box and the quick filters."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from approvals_gui.domain.hotline.clock import RUNNING_STATUSES, CaseStatus
from approvals_gui.domain.search import has_words, search_words
from approvals_gui.domain.text import searchable
from approvals_gui.services.hotline import CaseView
from approvals_gui.ui import hotline_strings as names
from approvals_gui.ui.models.roles import Role

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class CaseColumn:
    key: str
    header: object  # source text marked with QT_TRANSLATE_NOOP("columns", …)
    display: Callable[[CaseView, Mapping[str, str]], str]  # the view and the unit names
    sort: Callable[[CaseView], Any]


def _where(v: CaseView, _units: Mapping[str, str]) -> str:
    """The enterprise named, else the address."""
    return v.record.enterprise_name or v.record.address


def _urgency(v: CaseView) -> tuple[int, int]:
    """Running cases first, the least time left first; the others after them."""
    left = v.clock.days_left
    return (0, left) if left is not None else (1, 0)


CASE_COLUMNS: tuple[CaseColumn, ...] = (
    CaseColumn(
        "number",
        QT_TRANSLATE_NOOP("columns", "案件编号"),
        lambda v, _u: v.record.number,
        lambda v: v.record.number,
    ),
    CaseColumn(
        "countdown",
        QT_TRANSLATE_NOOP("columns", "剩余时间"),
        lambda v, _u: names.chip_text(v.clock),
        _urgency,
    ),
    CaseColumn(
        "stage",
        QT_TRANSLATE_NOOP("columns", "环节"),
        lambda v, _u: names.stage_name(v.record.facts.stage),
        lambda v: list(type(v.record.facts.stage)).index(v.record.facts.stage),
    ),
    CaseColumn(
        "received",
        QT_TRANSLATE_NOOP("columns", "收到时间"),
        lambda v, _u: v.record.received_at.strftime("%Y-%m-%d %H:%M"),
        lambda v: v.record.received_at,
    ),
    CaseColumn(
        "channel",
        QT_TRANSLATE_NOOP("columns", "渠道"),
        lambda v, _u: names.channel_name(v.record.channel),
        lambda v: names.channel_name(v.record.channel),
    ),
    CaseColumn(
        "topic",
        QT_TRANSLATE_NOOP("columns", "类别"),
        lambda v, _u: names.topic_name(v.record.topic),
        lambda v: names.topic_name(v.record.topic),
    ),
    CaseColumn(
        "district",
        QT_TRANSLATE_NOOP("columns", "区县"),
        lambda v, _u: v.record.district,
        lambda v: v.record.district,
    ),
    CaseColumn(
        "unit",
        QT_TRANSLATE_NOOP("columns", "承办单位"),
        lambda v, u: u.get(v.record.facts.unit, v.record.facts.unit),
        lambda v: v.record.facts.unit,
    ),
    CaseColumn(
        "where",
        QT_TRANSLATE_NOOP("columns", "企业或地址"),
        _where,
        lambda v: _where(v, {}),
    ),
)
COUNTDOWN_COLUMN = 1
# The free text last: it takes the width the others leave, and where the list must
# scroll sideways (English at 1366 px) only its elided end is out of sight.
WHERE_COLUMN = [c.key for c in CASE_COLUMNS].index("where")


class CasesTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.views: list[CaseView] = []
        self._units: dict[str, str] = {}

    def set_views(self, views: Sequence[CaseView], unit_names: Mapping[str, str]) -> None:
        self.beginResetModel()
        self.views = list(views)
        self._units = dict(unit_names)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.views)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(CASE_COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        view = self.views[index.row()]
        column = CASE_COLUMNS[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and column.key == "countdown":
            return names.chip_tip(view.clock)  # the days left: to which date
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.display(view, self._units)
        if role == Role.SORT:
            return column.sort(view)
        if role == Role.ID:
            return view.record.id
        if role == Role.ITEM:
            return view
        if role == Role.STATUS and column.key == "countdown":
            return names.CASE_CHIP_STATUS[view.clock.status].value
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("columns", str(CASE_COLUMNS[section].header))
        return None


@dataclass(frozen=True)
class CaseFilter:
    """What the quick filters ask for; an empty value asks for everything."""

    text: str = ""
    status: str = ""  # a CaseStatus, or "stage:" and a CaseStage
    channel: str = ""
    topic: str = ""
    unit: str = ""
    show_closed: bool = False  # else only the cases whose clock runs
    units: Mapping[str, str] = field(default_factory=dict)  # for the search by unit name


class CasesProxyModel(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.flt = CaseFilter()
        self._words: tuple[str, ...] = ()  # flt.text's, as every case must hold them
        self.setSortRole(Role.SORT)

    def set_filter(self, flt: CaseFilter) -> None:
        self.beginFilterChange()
        self.flt = flt
        self._words = search_words(flt.text)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def shown_views(self) -> list[CaseView]:
        """The cases listed, in the list's order (what an export of the list writes)."""
        return [self.index(row, 0).data(Role.ITEM) for row in range(self.rowCount())]

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, CasesTableModel)
        return self.accepts(model.views[source_row])

    def accepts(self, view: CaseView) -> bool:
        f, r = self.flt, view.record
        status = view.clock.status
        if not f.show_closed and status not in RUNNING_STATUSES:
            return False
        if f.status.startswith("stage:"):
            if r.facts.stage.value != f.status.removeprefix("stage:"):
                return False
        elif f.status and status is not CaseStatus(f.status):
            return False
        if (f.channel and r.channel.value != f.channel) or (f.topic and r.topic.value != f.topic):
            return False
        if f.unit and r.facts.unit != f.unit:
            return False
        return not self._words or has_words(self._haystack(view), self._words)

    def _haystack(self, view: CaseView) -> str:
        r = view.record
        unit = self.flt.units.get(r.facts.unit, r.facts.unit)
        parts = (r.number, r.content, r.address, r.district, r.enterprise_name, r.credit_code)
        return searchable(" ".join((*parts, unit)))

    def lessThan(self, left: Index, right: Index) -> bool:
        return bool(left.data(Role.SORT) < right.data(Role.SORT))
