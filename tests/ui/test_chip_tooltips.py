"""A countdown chip's tooltip: its status, its whole text, and for a decided one what
its working days count (a decision after a long public notice may rightly show 0)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from approvals_gui.services.applications import list_applications
from approvals_gui.services.workspace import Workspace
from approvals_gui.ui.models.applications_table import COUNTDOWN_COLUMN, ApplicationsTableModel
from tests.conftest import TODAY


def test_a_decided_chip_says_what_its_days_count(data: Workspace) -> None:
    model = ApplicationsTableModel()
    model.set_views(list_applications(data, today=TODAY))
    tips = {
        model.view_at(row).record.project: str(
            model.index(row, COUNTDOWN_COLUMN).data(Qt.ItemDataRole.ToolTipRole)
        )
        for row in range(model.rowCount())
    }
    decided, running = tips["@SUM(A1)"], tips['=HYPERLINK("http://x")']
    assert decided.splitlines()[1].startswith("承诺期内办结 用时")
    assert decided.splitlines()[2].startswith("用时：受理至决定的工作日，不含")
    assert len(running.splitlines()) == 2  # its status and its chip, nothing to explain
