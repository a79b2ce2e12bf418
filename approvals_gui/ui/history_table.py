"""A history of steps in a narrow detail pane: an application's or a 12369 case's.

At 1366 px the pane is about 350 px wide. Fitting every column into it cut dates
("2026-1…"), words ("Request supple…") and squeezed the notes to a sliver; this table
keeps what must be read whole and lets too narrow a pane scroll sideways instead.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)


@dataclass(frozen=True)
class HistoryColumns:
    """How a history's columns share the width, by their keys in `keys` order:
    `whole` as wide as their contents, never cut; `capped` too, up to a quarter of the
    width each; `shared` (key, characters kept at least, while the pane has room) the
    rest, wrapping; `optional` hidden while every cell is empty; `droppable` (whole or
    capped ones) hidden, in order, while the shared ones would otherwise not fit
    beside the rest; `prose` shared ones whose Chinese may break between any two
    characters (notes, not names of steps); `step` the step taken, whose tooltip tells
    what a narrow pane may hide: where it led (`led_to`, "受理 → 审查中", unless named
    alike), then the cells of `told` under their labels ("文号：…")."""

    keys: tuple[str, ...]
    whole: tuple[str, ...]
    capped: tuple[str, ...]
    shared: tuple[tuple[str, int], ...]
    optional: tuple[str, ...] = ()
    droppable: tuple[str, ...] = ()
    prose: tuple[str, ...] = ()
    step: str = ""
    led_to: str = ""
    told: tuple[str, ...] = ()


# What a line never breaks inside: a run of characters other than spaces and CJK ones
# (ideographs, CJK and full-width punctuation), between which a line may break.
_UNBROKEN = re.compile(r"[^\s\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]+")


class HistoryTable(QTableWidget):
    """Each row as tall as it needs; fitted again on each resize (call `fit` after
    filling). A shared column also keeps its longest word, up to LONGEST_WORD
    characters: wrapping breaks between words."""

    LONGEST_WORD = 10  # characters: a longer English word may be cut, not the layout
    SQUEEZED = 3  # characters a shared column keeps at the least, in a pane too narrow

    def __init__(
        self,
        columns: HistoryColumns,
        headers: Sequence[str],
        parent: QWidget | None = None,
        *,
        tip_labels: Mapping[str, str] | None = None,
    ) -> None:
        """`tip_labels`: what the step's tooltip calls a told cell, where its heading is
        too short to say it ("Days"); by default its heading."""
        super().__init__(0, len(columns.keys), parent)
        self.columns = columns
        self.tip_labels = dict(zip(columns.keys, headers, strict=True)) | dict(tip_labels or {})
        self.setHorizontalHeaderLabels(list(headers))
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setWordWrap(True)
        self.horizontalHeader().setMinimumSectionSize(36)

    def index_of(self, key: str) -> int:
        return self.columns.keys.index(key)

    def put_row(
        self, row: int, cells: Mapping[str, str], *, stage_told: bool = True
    ) -> list[QTableWidgetItem]:
        """Row `row` filled with `cells` (by key), each cell's tooltip its text but the
        step's (`HistoryColumns.step`); its items in column order, for styling.
        `stage_told`: whether the step's tooltip says where it led; not for a step that
        left the stage as it was (a transfer), nor one named for it (批准)."""
        items = []
        for column, key in enumerate(self.columns.keys):
            item = QTableWidgetItem(cells[key])
            tip = self._step_tip(cells, stage_told) if key == self.columns.step else cells[key]
            item.setToolTip(tip)
            self.setItem(row, column, item)
            items.append(item)
        return items

    def _step_tip(self, cells: Mapping[str, str], stage_told: bool) -> str:
        c = self.columns
        step = cells[c.step]
        led_to = cells[c.led_to] if stage_told and c.led_to else ""
        if led_to and led_to != step:  # not "批准 → 批准", whoever fills the row
            step = self.tr("%1 → %2").replace("%1", step).replace("%2", led_to)
        told = [
            self.tr("%1：%2", "a label and its cell")
            .replace("%1", self.tip_labels[key])
            .replace("%2", cells[key])
            for key in c.told
            if cells[key]
        ]
        return self.tr("；", "between the parts of a tooltip").join([step, *told])

    def fit(self) -> None:
        room = self.viewport().width()
        c = self.columns
        for key in c.optional:
            index = self.index_of(key)
            self.setColumnHidden(
                index, not any(self.text(r, index) for r in range(self.rowCount()))
            )
        for key in c.droppable:
            if key not in c.optional:
                self.setColumnHidden(self.index_of(key), False)
        for key in (*c.whole, *c.capped):
            self.resizeColumnToContents(self.index_of(key))
        for key in c.capped:
            index = self.index_of(key)
            self.setColumnWidth(index, min(self.columnWidth(index), room // 4))
        fitted = [self.index_of(k) for k in (*c.whole, *c.capped)]
        taken = sum(self.columnWidth(i) for i in fitted if not self.isColumnHidden(i))
        char = self.fontMetrics().horizontalAdvance("中")
        # Each shared column its least (or its longest word), then what is left shared
        # out alike: at its least, a column leaves the others the room it does not need.
        least_of = {
            key: max(n * char, min(self._longest_word(key), self.LONGEST_WORD * char))
            for key, n in c.shared
        }
        for key in c.droppable:  # a narrow pane: the notes in view rather than these
            index = self.index_of(key)
            if room - taken >= sum(least_of.values()):
                break
            if not self.isColumnHidden(index):
                taken -= self.columnWidth(index)
                self.setColumnHidden(index, True)
        left, wanted = room - taken, sum(least_of.values())
        if left < wanted:  # nothing more to drop: the notes narrower, not cut at the edge
            least_of = {
                key: max(self.SQUEEZED * char, width * left // wanted)
                for key, width in least_of.items()
            }
        spare = max(0, left - sum(least_of.values())) // len(c.shared)
        for key, width in least_of.items():
            self.setColumnWidth(self.index_of(key), width + spare)
        self.resizeRowsToContents()

    def text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text() if item is not None else ""

    def _longest_word(self, key: str) -> int:
        """The widest word of a column's cells, padding included. In prose, Chinese
        breaks between any two characters: only runs of other letters are words there
        (a Chinese remark had kept its whole sentence as one, and the column too wide)."""
        metrics = self.fontMetrics()
        column = self.index_of(key)
        split = _UNBROKEN.findall if key in self.columns.prose else str.split
        words = (w for row in range(self.rowCount()) for w in split(self.text(row, column)))
        return max((metrics.horizontalAdvance(w) for w in words), default=0) + 12

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.fit()
