"""Read-only tables of rows, as import previews and problem lists show them."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from approvals_gui.domain.imports import RowProblem
from approvals_gui.ui import strings


def make_table(headers: Sequence[str], stretch: int | None = None) -> QTableWidget:
    """Read-only, one whole row selected at a time; column `stretch` (the last if None)
    takes the spare width, the others fit their contents."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is None:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def fill_table(table: QTableWidget, rows: Sequence[Sequence[str]]) -> None:
    """Each cell's whole text on hover too: a reason elided at the dialog's width."""
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            table.setItem(r, c, item)


def problem_rows(problems: Sequence[RowProblem]) -> list[tuple[str, str, str]]:
    """Row number ("—" for the whole file), column, and the reason in plain words."""
    return [(str(p.row) if p.row else "—", p.column, strings.error_text(p.error)) for p in problems]
