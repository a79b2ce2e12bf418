"""The history table of a detail pane: what a narrow pane hides, the step's tooltip
tells."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from approvals_gui.ui.history_table import HistoryColumns, HistoryTable

COLUMNS = HistoryColumns(
    ("on", "action", "stage", "workdays", "document", "notes"),
    whole=("on", "workdays"),
    capped=("stage", "document"),
    shared=(("action", 5), ("notes", 8)),
    droppable=("stage", "workdays", "document"),
    step="action",
    led_to="stage",
    told=("workdays", "document"),
)
CELLS = {"on": "2026-11-02", "action": "受理", "stage": "审查中", "workdays": "3", "notes": "齐"}


def filled(qtbot: QtBot, *rows: dict[str, str], stays: int | None = None) -> HistoryTable:
    """A table of `rows`; the one at `stays` a step that left the stage as it was (its
    tooltip tells no stage)."""
    headers = ["日期", "操作", "进入环节", "工作日", "文号", "备注"]
    table = HistoryTable(COLUMNS, headers, tip_labels={"workdays": "工作日数"})
    qtbot.addWidget(table)
    table.setRowCount(len(rows))
    for row, cells in enumerate(rows):
        table.put_row(row, cells, stage_told=row != stays)
    return table


def test_the_steps_tooltip_tells_where_it_led_its_days_and_document(qtbot: QtBot) -> None:
    table = filled(
        qtbot,
        CELLS | {"document": "环审受〔2026〕12号"},
        CELLS | {"action": "开始审查", "workdays": "", "document": ""},
        CELLS | {"action": "批准", "stage": "批准", "document": "环审〔2026〕7号"},
        CELLS | {"action": "转办：青山县分局 → 市局", "workdays": "", "document": ""},
        stays=3,
    )
    assert [table.text(0, c) for c in range(6)] == [*CELLS.values()][:4] + [
        "环审受〔2026〕12号",
        "齐",
    ]
    assert table.item(0, 1).toolTip() == "受理 → 审查中；工作日数：3；文号：环审受〔2026〕12号"
    assert table.item(1, 1).toolTip() == "开始审查 → 审查中"  # no empty part
    assert (
        table.item(2, 1).toolTip() == "批准；工作日数：3；文号：环审〔2026〕7号"
    )  # not 批准 → 批准
    assert table.item(3, 1).toolTip() == "转办：青山县分局 → 市局"  # led nowhere: no → 审查中
    assert table.item(0, 5).toolTip() == "齐"  # another cell: its own text


@pytest.mark.usefixtures("english")
def test_the_steps_tooltip_in_english(qtbot: QtBot) -> None:
    table = filled(qtbot, CELLS | {"action": "Accept", "stage": "Accepted", "document": "X-1"})
    assert table.item(0, 1).toolTip() == "Accept → Accepted · 工作日数: 3 · 文号: X-1"
