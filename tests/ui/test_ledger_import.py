"""Importing a ledger through the window: mapping, bad rows listed, skip, progress."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from approvals_gui.domain.access import Role, User
from approvals_gui.domain.ledger_import import LedgerField
from approvals_gui.domain.units import Authority, Level, Unit, UnitKind
from approvals_gui.services import users
from approvals_gui.services.applications import list_applications
from approvals_gui.services.ledger import import_ledger
from approvals_gui.services.units import save_authorities, save_units
from approvals_gui.services.workspace import Workspace
from approvals_gui.ui.dialogs.ledger_import_dialog import LedgerImportDialog
from tests.conftest import TODAY
from tests.services.test_ledger import HEADERS, ROWS, checked, ledger_file
from tests.ui.conftest import answer_next_dialog, open_window

# What a credit code whose check character (4) does not match is told.
CHECK_4 = (
    "校验位（第 18 位）“4”与前 17 位不符：有字符输错。请对照营业执照逐位核对，不要只改最后一位。"
)


def test_bad_rows_are_listed_and_skipped_on_request(
    qtbot: QtBot, ws: Workspace, settings: QSettings, tmp_path: Path
) -> None:
    window = open_window(qtbot, ws, settings)
    window.ledger.ask_file = lambda: ledger_file(tmp_path)  # type: ignore[method-assign]
    seen: dict[str, object] = {}

    def map_and_import(dialog: QWidget) -> None:
        assert isinstance(dialog, LedgerImportDialog)
        seen["summary"] = dialog.summary.text()
        seen["problems"] = [
            tuple(dialog.problems.item(r, c).text() for c in range(3))
            for r in range(dialog.problems.rowCount())
        ]
        seen["blocked"] = not dialog.import_button.isEnabled()
        dialog.skip_bad.setChecked(True)
        assert dialog.import_button.isEnabled() and dialog.import_button.text() == "导入 2 件"
        answer_next_dialog(lambda box: box.accept(), QMessageBox)  # "imported 2"
        dialog.import_button.click()

    answer_next_dialog(map_and_import, LedgerImportDialog)
    window.import_action.trigger()
    qtbot.waitUntil(lambda: len(list_applications(ws, today=TODAY)) == 2, timeout=10000)
    assert seen["summary"] == "共检查 3 行：可导入 2 行，有问题 1 行。"
    assert seen["problems"] == [("5", "统一社会信用代码", CHECK_4)]
    assert seen["blocked"]
    qtbot.waitUntil(lambda: window.applications.page.model.rowCount() == 2)


def test_columns_are_mapped_once(
    qtbot: QtBot, ws: Workspace, settings: QSettings, tmp_path: Path
) -> None:
    """A heading the program cannot guess is chosen by hand, and remembered."""
    odd = [("负责人" if h == "承办人" else h) for h in HEADERS]
    window = open_window(qtbot, ws, settings)

    def ledger() -> Path:
        path = ledger_file(tmp_path, [ROWS[1]])
        from openpyxl import load_workbook

        book = load_workbook(path)
        sheet = book.active
        assert sheet is not None
        for column, heading in enumerate(odd, start=1):
            sheet.cell(2, column, heading)
        book.save(path)
        return path

    window.ledger.ask_file = ledger  # type: ignore[method-assign]
    states: list[str] = []

    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, LedgerImportDialog)
        states.append(dialog.summary.text())
        combo = dialog.combos[LedgerField.HANDLER]
        combo.setCurrentIndex(combo.findText("负责人"))
        answer_next_dialog(lambda box: box.accept(), QMessageBox)
        dialog.import_button.click()

    answer_next_dialog(choose, LedgerImportDialog)
    window.import_action.trigger()
    qtbot.waitUntil(lambda: len(list_applications(ws, today=TODAY)) == 1, timeout=10000)
    assert states == ["请先为以下必填项选择对应的列：承办人"]

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, LedgerImportDialog)
        states.append(dialog.combos[LedgerField.HANDLER].currentText())
        dialog.reject()

    answer_next_dialog(look, LedgerImportDialog)
    window.import_action.trigger()
    qtbot.waitUntil(lambda: len(states) == 2, timeout=10000)
    assert states[1] == "负责人"


def test_importing_the_same_ledger_again_says_so_and_adds_nothing(
    qtbot: QtBot, ws: Workspace, settings: QSettings, tmp_path: Path
) -> None:
    """The second time, the dialog itself counts the rows the database holds already
    apart, and offers nothing to import (it offered them, then asked after)."""
    window = open_window(qtbot, ws, settings)
    window.ledger.ask_file = lambda: ledger_file(tmp_path)  # type: ignore[method-assign]
    seen: list[tuple[str, str, bool]] = []

    def import_good_rows(dialog: QWidget) -> None:
        assert isinstance(dialog, LedgerImportDialog)
        dialog.skip_bad.setChecked(True)
        button = dialog.import_button
        skip = dialog.skip_bad.text() if dialog.skip_bad.isVisible() else ""
        seen.append((dialog.summary.text(), skip, button.isEnabled()))
        if button.isEnabled():
            answer_next_dialog(lambda box: box.accept(), QMessageBox)  # "imported 2"
            button.click()
        else:
            dialog.reject()

    for _ in range(2):
        answer_next_dialog(import_good_rows, LedgerImportDialog)
        window.import_action.trigger()
        qtbot.waitUntil(lambda: len(list_applications(ws, today=TODAY)) == 2, timeout=10000)
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=10000)
    assert seen[0] == (
        "共检查 3 行：可导入 2 行，有问题 1 行。",
        "跳过有问题的 1 行，只导入其余 2 行",
        True,
    )
    assert seen[1] == (
        "共检查 3 行：可导入 0 行，有问题 1 行。"
        "另有 2 行已在数据库中（编号相同，或单位、项目与收件日期相同），将跳过。",
        "",  # no rows to skip on the way to importing none
        False,
    )
    assert len(list_applications(ws, today=TODAY)) == 2


def test_a_delegated_category_without_district_is_listed_in_the_dialog(
    qtbot: QtBot, ws: Workspace, settings: QSettings, tmp_path: Path
) -> None:
    """The window's 审批权限 table reaches the check: 报告表 is the branches', so the
    third row (no district) is named, and only the others can be imported."""
    save_authorities(ws, [Authority("report_form", Level.LOCAL, "环办〔2026〕3号")])
    window = open_window(qtbot, ws, settings)
    window.ledger.ask_file = lambda: ledger_file(tmp_path)  # type: ignore[method-assign]
    seen: list[list[tuple[str, ...]]] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, LedgerImportDialog)
        seen.append(
            [
                tuple(dialog.problems.item(r, c).text() for c in range(3))
                for r in range(dialog.problems.rowCount())
            ]
        )
        dialog.reject()

    answer_next_dialog(look, LedgerImportDialog)
    window.import_action.trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    assert seen[0] == [
        ("5", "统一社会信用代码", CHECK_4),
        ("5", "区县", "“环境影响报告表”由项目所在区县的分局审批，请填写所在区县。"),
    ]


def test_a_ledger_chosen_before_the_rules_are_read_waits_for_them(
    qtbot: QtBot, ws: Workspace, settings: QSettings, tmp_path: Path
) -> None:
    """Imported in the first seconds of a start, before the reference data is in: the
    dialog comes once it is, with the rules to check the rows by."""
    window = open_window(qtbot, ws, settings)
    window.ops.reference = None  # as at a start, while the list loads
    window.ledger.ask_file = lambda: ledger_file(tmp_path)  # type: ignore[method-assign]
    seen: list[int] = []

    def look_and_cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, LedgerImportDialog)
        seen.append(dialog.problems.rowCount())
        dialog.reject()

    answer_next_dialog(look_and_cancel, LedgerImportDialog)
    window.import_action.trigger()
    qtbot.waitUntil(lambda: seen == [1])
    assert window.ops.reference is not None


def test_a_district_no_branch_covers_is_pointed_out_before_importing(
    qtbot: QtBot, ws: Workspace, settings: QSettings, tmp_path: Path
) -> None:
    """报告表 is the branches' and 高新分局 covers 高新区: a row naming "高新" (a slip)
    would go to the city bureau. The dialog says so, by district, and the preview names
    the unit that will decide each row."""
    save_units(
        ws,
        [Unit("city", "市局", UnitKind.CITY), Unit("gx", "高新分局", UnitKind.BRANCH, "高新区")],
    )
    save_authorities(ws, [Authority("report_form", Level.LOCAL)])
    slip = [*ROWS[0][:6], "高新", *ROWS[0][7:]]
    slip[1] = "另一再生铝项目"
    rows = [ROWS[0], ROWS[1], slip]
    window = open_window(qtbot, ws, settings)
    window.ledger.ask_file = lambda: ledger_file(tmp_path, rows)  # type: ignore[method-assign]
    seen: list[tuple[str, list[str]]] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, LedgerImportDialog)
        units = [dialog.preview.item(r, 5).text() for r in range(dialog.preview.rowCount())]
        seen.append((dialog.caution.text() if dialog.caution.isVisible() else "", units))
        dialog.reject()

    answer_next_dialog(look, LedgerImportDialog)
    window.import_action.trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    caution, units = seen[0]
    assert caution == (
        "注意：1 行的区县没有对应的分局，将由市局审批：高新（1 行）。"
        "如是区县名称写错，请先在台账中改正再导入。"
    )
    assert units == ["高新分局", "市局", "市局"]
    # Once imported, its rows are not named again: the slip is in the database now.
    import_ledger(ws, checked(ws, ledger_file(tmp_path, rows)).entries)
    answer_next_dialog(look, LedgerImportDialog)
    window.import_action.trigger()
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=10000)
    assert seen[1] == ("", [])


def test_an_open_rows_handler_nobody_signs_in_as_is_pointed_out(
    qtbot: QtBot, ws: Workspace, settings: QSettings, tmp_path: Path
) -> None:
    """Where people sign in, 李四's open row would be in nobody's 我的事项: said before
    importing. 张三's finished row, and the row with a bad credit code, are not."""
    admin, clerk = User("王管理", "city", Role.ADMIN), User("张三", "city", Role.CLERK)
    users.add_user(ws, admin, "correct-horse")
    users.add_user(ws.signed_in(admin), clerk, "correct-horse")
    window = open_window(qtbot, ws.signed_in(admin), settings)
    window.ledger.ask_file = lambda: ledger_file(tmp_path)  # type: ignore[method-assign]
    seen: list[str] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, LedgerImportDialog)
        seen.append(dialog.staff_caution.text() if dialog.staff_caution.isVisible() else "")
        dialog.reject()

    answer_next_dialog(look, LedgerImportDialog)
    window.import_action.trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    assert seen == [
        "注意：1 行在办申请的承办人不是其审批单位的在岗用户：李四（市局，1 行）。"
        "导入后这些申请不在任何人的“我的事项”中：请管理员在“单位与用户”中添加、"
        "启用这些用户或调整其所在单位，或导入后由审批单位改派。"
    ]
