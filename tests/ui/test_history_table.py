"""The history table of a detail pane: what a narrow pane hides, the step's tooltip
names."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from approvals_gui.ui.history_table import HistoryColumns, HistoryTable

COLUMNS = HistoryColumns(
    ("on", "action", "stage", "document", "notes"),
    whole=("on",),
    capped=("stage", "document"),
    shared=(("action", 5), ("notes", 8)),
    droppable=("stage", "document"),
    step="action",
    told=("stage", "document"),
)


def test_the_steps_tooltip_names_the_stage_and_document_and_no_empty_cell(
    qtbot: QtBot,
) -> None:
    table = HistoryTable(COLUMNS, ["日期", "办理", "环节", "文号", "备注"])
    qtbot.addWidget(table)
    table.setRowCount(2)
    cells = {"on": "2026-11-02", "action": "受理", "stage": "审查中", "notes": "材料齐全"}
    items = table.put_row(0, cells | {"document": "环审受〔2026〕12号"})
    table.put_row(1, cells | {"action": "开始审查", "document": ""})
    assert [i.text() for i in items] == [
        "2026-11-02",
        "受理",
        "审查中",
        "环审受〔2026〕12号",
        "材料齐全",
    ]
    assert table.item(0, 1).toolTip() == "受理 → 审查中 环审受〔2026〕12号"
    assert table.item(1, 1).toolTip() == "开始审查 → 审查中"
    assert table.item(0, 4).toolTip() == "材料齐全"  # another cell: its own text
