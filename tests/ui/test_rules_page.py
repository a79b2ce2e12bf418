"""The rule editor: a change moves running countdowns at once; bad rules are refused."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from PySide6.QtCore import QEvent, QPoint, QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from approvals_gui.domain.errors import DomainError
from approvals_gui.domain.rules import DEFAULT_RULES, new_category
from approvals_gui.domain.stages import Action, Stage
from approvals_gui.domain.timelimits import Limit, Unit
from approvals_gui.services import changes
from approvals_gui.services.applications import Step, apply_step, detail, register
from approvals_gui.services.changes import ChangeSet
from approvals_gui.services.rules import add_category, save_rule
from approvals_gui.services.workspace import Workspace
from approvals_gui.ui.controllers.applications import ALL
from approvals_gui.ui.dialogs.category_dialog import CategoryDialog
from approvals_gui.ui.dialogs.rule_impact_dialog import RuleImpactDialog
from approvals_gui.ui.main_window import RULES
from approvals_gui.ui.models.applications_table import COUNTDOWN_COLUMN
from approvals_gui.ui.pages.rules_page import NAME_COLUMN, NAME_MAX_CHARS, RulesPage
from tests.conftest import TODAY, new_application
from tests.ui.conftest import answer_next_box, answer_next_dialog, open_window, read_next_box

N = lambda d: date(2026, 11, d)  # noqa: E731


def test_changing_the_promised_limit_moves_the_countdown(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    running = register(ws, new_application(project="在办项目", received_on=N(16)), today=TODAY)
    apply_step(ws, running, 1, Step(Action.ACCEPT, N(16)), today=TODAY)  # promised 10 wd: due 11-30
    decided = register(ws, new_application(project="已决定项目", received_on=N(2)), today=TODAY)
    for version, step in enumerate(
        (
            Step(Action.ACCEPT, N(3)),
            Step(Action.START_REVIEW, N(4)),
            Step(Action.REFUSE, N(12), document_number="环审〔2026〕2号", reason="选址不符合规划"),
        ),
        start=1,
    ):
        apply_step(ws, decided, version, step, today=TODAY)
    window = open_window(qtbot, ws, settings)
    window.show_view(RULES)
    page = window.rules.page
    assert page.table.rowCount() == 3
    page.select_category("report_form")
    assert page.promised.amount.value() == 10 and page.statutory.amount.value() == 30
    assert page.statutory_pauses[Stage.EXPERT_REVIEW].isChecked()
    assert not page.statutory_pauses[Stage.PUBLIC_NOTICE].isChecked()
    assert page.promised_pauses[Stage.PUBLIC_NOTICE].isChecked()
    assert page.extension.text() == "不得延期" and page.approval_notice.value() == 5
    row = page.row_of("report_form")
    assert page.table.item(row, 7).text() == "5 个工作日 / 5 个工作日"  # 受理公示 / 拟批准公示
    assert page.table.item(page.row_of("notify_commit"), 7).text() == "不要求"
    page.promised.amount.setValue(15)
    page.statutory_pauses[Stage.PUBLIC_NOTICE].setChecked(True)
    page.acceptance_publicity.setValue(7)
    evidence: list[str] = []
    totals: list[list[str]] = []

    def confirm(dialog: QWidget) -> None:
        assert isinstance(dialog, RuleImpactDialog)
        evidence.append(dialog.summary.text())
        for table in dialog.tables:  # each grouping ends with the whole
            last = table.rowCount() - 1
            totals.append([table.item(last, c).text() for c in range(table.columnCount())])
        dialog.accept()

    answer_next_dialog(confirm, RuleImpactDialog)
    page.save_button.click()
    qtbot.waitUntil(lambda: bool(evidence))  # shown once the worker has re-evaluated
    assert evidence[0].startswith(
        "修改内容：承诺时限 10 个工作日 → 15 个工作日；"
        "法定时限不计算的环节 技术评估、听证告知、听证 → 技术评估、听证告知、听证、拟批准公示；"
        "受理公示期 5 个工作日 → 7 个工作日。\n"
    )
    # One decision in the past 12 months, within either promise; the running one, due
    # soon under 10 working days, is not under 15.
    assert "作出决定 1 件：在现行承诺时限内 1 件，按拟定规则将为 1 件" in evidence[0]
    assert "在办 1 件：即将到期 1 → 0 件" in evidence[0]
    whole = ["合计", "1", "1 → 1", "1", "1 → 0", "0 → 0", "0 → 0", "0"]
    assert totals == [whole, whole]
    qtbot.waitUntil(lambda: "15 个工作日" in page.table.item(page.row_of("report_form"), 2).text())
    assert page.problem.text() == ""  # its own save is not another desk's
    rule = ws.rule("report_form")
    assert Stage.PUBLIC_NOTICE in rule.statutory_pauses and rule.statutory.unit is Unit.WORKDAYS
    assert rule.acceptance_publicity_workdays == 7
    # A second change starts from the first as saved: not taken for another desk's.
    page.select_category("report_form")
    page.warn.setValue(4)
    page.legal_basis.setText("《环境影响评价法》第二十二条")
    answer_next_dialog(confirm, RuleImpactDialog)
    page.save_button.click()
    qtbot.waitUntil(lambda: ws.rule("report_form").warn_workdays == 4)
    assert evidence[1].startswith(  # what changed, the legal basis too, as the form names it
        "修改内容：预警 3 个工作日 → 4 个工作日；"
        f"法律依据 “{rule.legal_basis}” → “《环境影响评价法》第二十二条”。\n"
    )
    assert ws.rule("report_form").acceptance_publicity_workdays == 7
    # The running application's countdown follows at once: due 12-07, 9 wd left.
    assert detail(ws, running, today=TODAY).view.clock.promised_due == date(2026, 12, 7)
    window.show_view(ALL)
    row = window.applications.page.model.row_of(running)
    qtbot.waitUntil(
        lambda: (
            window.applications.page.model.index(row, COUNTDOWN_COLUMN).data() == "剩 8 个工作日"
        )
    )
    # The decided one keeps the rule it was judged by.
    assert detail(ws, decided, today=TODAY).view.clock.promised_due == date(2026, 11, 17)


def test_a_promise_longer_than_the_law_is_refused_as_it_is_typed(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    """The refusal was said only once 保存规则 was pressed; it is said as the number is
    typed, and saving waits until it is put right."""
    window = open_window(qtbot, ws, settings)
    window.show_view(RULES)
    page = window.rules.page
    page.select_category("report_form")
    assert page.save_button.isEnabled()
    page.promised.amount.setValue(40)
    # Only what is wrong: it also said "数值不能为负" when nothing was.
    assert page.problem.text().endswith("时限规则不合理：承诺时限不能长于法定时限。")
    assert not page.save_button.isEnabled()
    page.save_button.click()
    assert ws.rule("report_form").promised.amount == 10
    page.revert_button.click()
    assert page.promised.amount.value() == 10 and page.problem.text() == ""
    assert page.save_button.isEnabled()
    # Put right, the refusal goes before anything is saved.
    page.promised.amount.setValue(40)
    page.promised.amount.setValue(25)
    assert page.problem.text() == "" and page.save_button.isEnabled()
    shown: list[QWidget] = []
    answer_next_dialog(lambda dialog: (shown.append(dialog), dialog.reject()), RuleImpactDialog)
    page.save_button.click()
    qtbot.waitUntil(lambda: bool(shown))  # the impact, looked at and not saved
    assert page.problem.text() == ""
    # Another category, shown whole, is checked whole: nothing refused is carried over.
    page.promised.amount.setValue(40)
    said: list[str] = []
    answer_next_box(QMessageBox.StandardButton.Yes, said)  # the edit given up
    page.select_category("report_book")
    assert said == ["此处的修改尚未保存。放弃这些修改吗？"]
    assert page.problem.text() == "" and page.save_button.isEnabled()


def test_a_promise_past_the_law_in_other_units_is_refused(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    """The law's 5 calendar days against a promise of 30 working days had been taken:
    only limits in one unit were compared."""
    window = open_window(qtbot, ws, settings)
    window.show_view(RULES)
    page = window.rules.page
    page.select_category("report_form")
    page.statutory.set_limit(Limit(5, Unit.DAYS))
    page.promised.set_limit(Limit(30, Unit.WORKDAYS))
    assert not page.save_button.isEnabled()
    assert page.problem.text().endswith("时限规则不合理：承诺时限不能长于法定时限。")
    assert ws.rule("report_form").statutory == Limit(30, Unit.WORKDAYS)
    with pytest.raises(DomainError):  # nor through the service
        save_rule(ws, dataclasses.replace(ws.rule("report_form"), statutory=Limit(5, Unit.DAYS)))


def test_a_refused_edit_keeps_its_reason_when_another_desk_saves(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    """A refused edit outlives another desk's save of its rule with the refusal still
    said: the reload put the changed-elsewhere line in its place, and 保存规则 stood off
    with no reason given. Put right, the changed-elsewhere line is said."""
    window = open_window(qtbot, ws, settings)
    window.show_view(RULES)
    page = window.rules.page
    page.select_category("report_form")
    page.promised.amount.setValue(40)  # refused: longer than the law's 30
    other = Workspace(ws.engine, "另一台")
    stored = other.rule("report_form")
    changes.save_rule(other, dataclasses.replace(stored, warn_workdays=2), stored)
    window.ops.load_reference(lambda found: window.ops.publish(ChangeSet(reference=found)))
    qtbot.waitUntil(lambda: "2 个工作日" in page.table.item(page.row_of("report_form"), 3).text())
    assert page.promised.amount.value() == 40
    assert page.problem.text().endswith("时限规则不合理：承诺时限不能长于法定时限。")
    assert not page.save_button.isEnabled()
    page.promised.amount.setValue(25)
    assert "另一台电脑刚修改并保存了此规则" in page.problem.text()


def test_a_warning_that_covers_the_promise_is_said_as_it_is_typed(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    """7 working days' warning on a 1-day promise was saved without a word: every such
    application is yellow from its first day. Said, not refused (告知承诺制 ships so)."""
    window = open_window(qtbot, ws, settings)
    window.show_view(RULES)
    page = window.rules.page
    page.select_category("report_form")  # 10 working days promised, 3 warned
    assert page.warn_note.isHidden()

    def form_place() -> tuple[int, int]:
        for _nested in range(4):  # each layout asks again of the one around it
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        return page.form_box.mapTo(page, QPoint(0, 0)).y(), page.warn.mapTo(page, QPoint(0, 0)).y()

    before = form_place()
    page.warn.setValue(10)
    assert page.warn_note.isVisible()
    assert form_place() == before  # the form stays under the pointer
    assert "即将到期" in page.warn_note.text()
    page.promised.amount.setValue(11)
    assert page.warn_note.isHidden()
    page.promised.unit.setCurrentIndex(page.promised.unit.findData(Unit.DAYS.value))
    page.promised.amount.setValue(15)  # at most 11 working days, from any weekday
    page.warn.setValue(10)
    assert page.warn_note.isHidden()
    page.warn.setValue(11)
    assert page.warn_note.isVisible()
    page.revert_button.click()
    assert page.warn_note.isHidden()
    page.select_category("notify_commit")  # 1 day promised, 1 warned: as shipped
    assert page.warn_note.isVisible()


def test_an_edit_in_progress_outlives_another_desks_save(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    """The admin edits one rule while another desk saves first: the edit stays through
    the reload, the form says why, a save is refused at once (no impact worked out for
    it), and 还原 shows the other desk's rule. A save of another rule elsewhere leaves the
    edit alone. (A reload used to fill the form again from the store, wiping the edit
    unseen; then the impact dialog still came up for a save already known refused.)"""
    window = open_window(qtbot, ws, settings)
    window.show_view(RULES)
    page = window.rules.page
    page.select_category("report_form")
    page.warn.setValue(4)  # the admin's edit, not saved yet
    requested: list[object] = []
    page.save_requested.connect(lambda rule, _based_on: requested.append(rule))

    def another_desk_saves(code: str, **change: object) -> None:
        """Another desk's save, and its arrival here as the window hears of it."""
        other = Workspace(ws.engine, "另一台")
        stored = other.rule(code)
        changes.save_rule(other, dataclasses.replace(stored, **change), stored)
        window.ops.load_reference(lambda found: window.ops.publish(ChangeSet(reference=found)))

    another_desk_saves("report_book", warn_workdays=2)
    qtbot.waitUntil(lambda: "2 个工作日" in page.table.item(page.row_of("report_book"), 3).text())
    assert page.warn.value() == 4 and page.problem.text() == ""

    another_desk_saves("report_form", legal_basis="另一台的依据")
    qtbot.waitUntil(lambda: "另一台电脑刚修改并保存了此规则" in page.problem.text())
    assert page.warn.value() == 4 and page.legal_basis.text() != "另一台的依据"
    said: list[str] = []
    read_next_box(said)
    page.save_button.click()  # the box is modal: answered before the click returns
    assert said and "另一台电脑刚修改并保存了此规则" in said[0]
    assert requested == []  # no impact dialog, no save tried
    assert "另一台电脑刚修改并保存了此规则" in page.problem.text() and page.warn.value() == 4
    page.revert_button.click()
    assert page.legal_basis.text() == "另一台的依据" and page.warn.value() == 3
    assert page.problem.text() == ""


def test_a_save_not_yet_heard_of_is_refused_after_the_impact_dialog(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    """Another desk's save the window has not heard of yet: the impact dialog comes up,
    the store refuses the save in a box, and the form then says why."""
    window = open_window(qtbot, ws, settings)
    window.show_view(RULES)
    page = window.rules.page
    page.select_category("report_form")
    page.warn.setValue(4)
    other = Workspace(ws.engine, "另一台")
    stored = other.rule("report_form")
    changes.save_rule(other, dataclasses.replace(stored, legal_basis="另一台的依据"), stored)
    said: list[str] = []
    answer_next_dialog(lambda dialog: dialog.accept(), RuleImpactDialog)
    read_next_box(said)
    page.save_button.click()
    qtbot.waitUntil(lambda: bool(said))
    assert "另一台电脑已修改并保存了这些内容" in said[0]
    assert Workspace(ws.engine, "check").rule("report_form").warn_workdays == 3  # not saved
    qtbot.waitUntil(lambda: "另一台电脑刚修改并保存了此规则" in page.problem.text())
    assert page.warn.value() == 4


def test_picking_another_rule_asks_before_an_edit_is_given_up(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    """An edit not saved is given up only when the admin says so; otherwise the edited
    rule stays picked, edit and all. (Another row used to drop the edit unasked.)"""
    window = open_window(qtbot, ws, settings)
    window.show_view(RULES)
    page = window.rules.page
    page.select_category("report_form")
    page.warn.setValue(5)
    asked: list[str] = []

    answer_next_box(QMessageBox.StandardButton.No, asked)
    page.select_category("report_book")
    assert asked == ["此处的修改尚未保存。放弃这些修改吗？"]
    assert page.selected_rule() is not None and page.selected_rule().category == "report_form"
    assert page.warn.value() == 5
    answer_next_box(QMessageBox.StandardButton.Yes, asked)
    page.select_category("report_book")
    assert len(asked) == 2 and page.selected_rule().category == "report_book"
    page.select_category("report_form")  # nothing edited now: nothing asked
    assert len(asked) == 2 and page.warn.value() == 3


def test_the_bureau_adds_a_category_of_its_own(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    """A licence the bureau handles besides the EIA documents: 新增类别… asks its name
    and the category it starts from, refuses a name taken, and shows the new one
    selected, its legal basis to be written, before it is registered against."""
    window = open_window(qtbot, ws, settings)
    window.show_view(RULES)
    page = window.rules.page
    page.select_category("report_book")
    said: list[str] = []

    def add(dialog: QWidget) -> None:
        assert isinstance(dialog, CategoryDialog)
        assert dialog.template() == "report_book"  # the one selected
        dialog.name_edit.setText("环境影响报告表")
        dialog.ok_button.click()  # taken: the dialog stays, and says why
        said.append(dialog.problem.text())
        assert dialog.isVisible()
        dialog.name_edit.setText("危险废物经营许可证核发")
        dialog.template_combo.setCurrentIndex(dialog.template_combo.findData("report_form"))
        dialog.ok_button.click()

    answer_next_dialog(add, CategoryDialog)
    with qtbot.waitSignal(window.rules.message) as message:
        page.add_button.click()
    assert said == ["类别名称：已有名为“环境影响报告表”的类别，请换一个名称。"]
    assert "已新增类别“危险废物经营许可证核发”" in message.args[0]
    assert page.table.rowCount() == 4
    assert page.table.currentRow() == 3  # after the shipped categories, not before them
    rule = page.selected_rule()
    assert rule is not None and rule.name == "危险废物经营许可证核发"
    assert page.form_box.title() == "危险废物经营许可证核发" and page.form_box.isEnabled()
    assert page.legal_basis.text() == "" and page.promised.amount.value() == 10
    assert page.legal_basis.placeholderText() == "尚未填写：此类别时限所依据的法律法规名称和条款"
    assert rule.category in ws.rules()


def test_a_category_the_bureau_added_is_renamed_its_edit_kept(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    """重命名… is offered for the bureau's own categories only; a name taken is refused
    in the dialog, and a change of limits not saved yet stays in the form."""
    typo = add_category(ws, "危险废物经营许可证合发", "report_form")
    window = open_window(qtbot, ws, settings)
    window.show_view(RULES)
    page = window.rules.page
    page.select_category("report_form")
    assert not page.rename_button.isEnabled() and not page.remove_button.isEnabled()
    assert "不能重命名或删除" in page.rename_button.toolTip()
    page.select_category(typo.category)
    assert page.rename_button.isEnabled() and page.remove_button.isEnabled()
    page.warn.setValue(5)  # an edit not saved yet
    said: list[str] = []

    def rename(dialog: QWidget) -> None:
        assert isinstance(dialog, CategoryDialog)
        assert dialog.windowTitle() == "重命名审批类别" and dialog.template_combo.isHidden()
        assert dialog.name() == "危险废物经营许可证合发"
        dialog.name_edit.setText("环境影响报告书")
        dialog.ok_button.click()
        said.append(dialog.problem.text())
        dialog.name_edit.setText("危险废物经营许可证核发")
        dialog.ok_button.click()

    answer_next_dialog(rename, CategoryDialog)
    with qtbot.waitSignal(window.rules.message) as message:
        page.rename_button.click()
    assert said == ["类别名称：已有名为“环境影响报告书”的类别，请换一个名称。"]
    assert message.args[0] == "类别“危险废物经营许可证合发”已更名为“危险废物经营许可证核发”。"
    assert ws.rules()[typo.category].name == "危险废物经营许可证核发"
    assert page.table.item(page.row_of(typo.category), 0).text() == "危险废物经营许可证核发"
    assert page.form_box.title() == "危险废物经营许可证核发"
    assert page.warn.value() == 5 and page.problem.text() == ""  # kept, nothing refused
    edited = page.edited_rule()
    assert edited == dataclasses.replace(typo, name="危险废物经营许可证核发", warn_workdays=5)


def test_a_category_is_removed_only_while_nothing_is_registered_in_it(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    used = add_category(ws, "取水许可", "report_form")
    register(ws, new_application(category=used.category), today=TODAY)
    unused = add_category(ws, "试用类别", "report_form")
    window = open_window(qtbot, ws, settings)
    window.show_view(RULES)
    page = window.rules.page
    page.select_category(used.category)
    said: list[str] = []
    read_next_box(said)
    page.remove_button.click()
    qtbot.waitUntil(lambda: bool(said))
    assert said == [
        "类别“取水许可”下已登记 1 件申请（含已办结和导入的），不能删除；如名称有误，可重命名。"
    ]
    assert used.category in ws.rules()

    page.select_category(unused.category)
    said.clear()
    answer_next_box(QMessageBox.StandardButton.Yes, said)
    with qtbot.waitSignal(window.rules.message) as message:
        page.remove_button.click()
    assert said[0].startswith("类别“试用类别”尚未登记任何申请。")
    assert message.args[0] == "已删除类别“试用类别”。"
    assert unused.category not in ws.rules() and page.table.rowCount() == 4
    assert unused.category not in [
        page.table.item(row, 0).data(Qt.ItemDataRole.UserRole) for row in range(4)
    ]


def test_a_list_filtered_on_a_removed_category_shows_all_again(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    """The filter box fell back to 全部类别 while the list still filtered on the removed
    category: 0 件 under a box that said all."""
    register(ws, new_application(), today=TODAY)
    unused = add_category(ws, "试用类别", "report_form")
    window = open_window(qtbot, ws, settings)
    window.show_view(ALL)
    listed = window.applications.page
    listed.category.setCurrentIndex(listed.category.findData(unused.category))
    assert listed.proxy.rowCount() == 0
    window.show_view(RULES)
    window.rules.page.select_category(unused.category)
    answer_next_box(QMessageBox.StandardButton.Yes, [])
    with qtbot.waitSignal(window.rules.message):
        window.rules.page.remove_button.click()
    window.show_view(ALL)
    qtbot.waitUntil(lambda: listed.category.findData(unused.category) < 0)
    assert listed.category.currentData() is None and listed.proxy.rowCount() == 1


def test_a_rename_to_the_same_name_writes_nothing(
    qtbot: QtBot, ws: Workspace, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """It saved, said "已更名为" the same name, and made every other desk read again."""
    added = add_category(ws, "取水许可", "report_form")
    window = open_window(qtbot, ws, settings)
    window.show_view(RULES)
    page = window.rules.page
    page.select_category(added.category)
    writes: list[object] = []
    monkeypatch.setattr(window.ops, "write", lambda *args, **_kw: writes.append(args))

    def same(dialog: QWidget) -> None:
        assert isinstance(dialog, CategoryDialog)
        assert dialog.name_edit.cursorPosition() == 0  # the name's beginning in view
        dialog.name_edit.setText(" 取水许可 ")
        dialog.ok_button.click()

    answer_next_dialog(same, CategoryDialog)
    page.rename_button.click()  # the dialog is modal: answered before the click returns
    assert writes == []


def test_a_second_click_on_remove_asks_once(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    """Two clicks before the count came back asked twice; the second removal failed."""
    unused = add_category(ws, "试用类别", "report_form")
    window = open_window(qtbot, ws, settings)
    window.show_view(RULES)
    page = window.rules.page
    page.select_category(unused.category)
    page.warn.setValue(1)  # an edit not saved yet: the question says it goes too
    said: list[str] = []
    answer_next_box(QMessageBox.StandardButton.Yes, said)
    with qtbot.waitSignal(window.rules.message):
        page.remove_button.click()
        page.remove_button.click()
    assert len(said) == 1 and said[0].startswith("类别“试用类别”尚未登记任何申请。")
    assert said[0].endswith("此处对其时限的修改尚未保存，将一并放弃。")
    assert QApplication.activeModalWidget() is None


def test_an_edit_of_a_category_another_desk_removed_is_said_lost(qtbot: QtBot) -> None:
    page = RulesPage()
    qtbot.addWidget(page)
    rules = {r.category: r for r in DEFAULT_RULES}
    added = new_category("取水许可", rules["report_form"], rules)
    page.set_rules([*rules.values(), added])
    page.select_category(added.category)
    page.warn.setValue(1)
    page.set_rules(list(rules.values()))  # read again: removed at another desk
    assert page.problem.text() == "另一台电脑已删除类别“取水许可”，您对它的修改未保存。"


def test_a_long_category_name_wraps_rather_than_widening_the_table(qtbot: QtBot) -> None:
    page = RulesPage()
    qtbot.addWidget(page)
    rules = {r.category: r for r in DEFAULT_RULES}
    long = new_category("Hazardous waste business licence (renewal)", rules["report_form"], rules)
    page.set_rules([*rules.values(), long])
    widest = page.table.fontMetrics().averageCharWidth() * NAME_MAX_CHARS
    assert page.table.columnWidth(NAME_COLUMN) <= widest
