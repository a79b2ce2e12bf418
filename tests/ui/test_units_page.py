"""单位与用户: an admin adds a branch, delegates a category and adds a user; a clerk
only looks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from approvals_gui.domain.access import Role, User
from approvals_gui.domain.units import Authority, Level, Unit, UnitKind
from approvals_gui.services import users
from approvals_gui.services.applications import register
from approvals_gui.services.changes import Reference
from approvals_gui.services.units import save_units
from approvals_gui.services.workspace import Workspace
from approvals_gui.ui.controllers import units as controller_module
from approvals_gui.ui.dialogs.unit_dialogs import UnitDialog, UserDialog
from approvals_gui.ui.main_window import UNITS, MainWindow
from tests.conftest import TODAY, add_user_as_kept_before, new_application
from tests.ui.conftest import answer_next_box, answer_next_dialog, open_window, read_next_box

ADMIN = User("王管理", "city", Role.ADMIN)
CLERK = User("李四", "city", Role.CLERK)
PASSWORD = "correct-horse"
BRANCH = Unit("dc", "东城分局", UnitKind.BRANCH, "东城区")


@pytest.fixture
def staffed(ws: Workspace) -> Workspace:
    users.add_user(ws, ADMIN, PASSWORD)
    users.add_user(ws.signed_in(ADMIN), CLERK, PASSWORD)
    return ws


def units_page_as(qtbot: QtBot, ws: Workspace, user: User, settings: QSettings) -> MainWindow:
    window = open_window(qtbot, ws.signed_in(user), settings)
    window.show_view(UNITS)
    page = window.units.page
    qtbot.waitUntil(
        lambda: (
            page.units.table.rowCount() > 0
            and page.authorities.table.rowCount() > 0
            and page.users.table.rowCount() == len(users.users(ws))
        )
    )
    return window


def fresh(ws: Workspace) -> Workspace:
    """The database as another desk reads it now (no cached units)."""
    return Workspace(ws.engine, "check")


def test_an_admin_adds_a_branch_and_delegates_a_category(
    qtbot: QtBot, staffed: Workspace, settings: QSettings
) -> None:
    window = units_page_as(qtbot, staffed, ADMIN, settings)
    tab = window.units.page.units
    assert not tab.note.isVisible() and tab.add_button.isEnabled()
    assert not tab.save_button.isEnabled()  # nothing changed yet

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, UnitDialog)
        dialog.code.setText("gaoxin")
        dialog.name.setText("高新区分局")
        dialog.kind.setCurrentIndex(dialog.kind.findData(UnitKind.BRANCH.value))
        dialog.district.setText("高新区")
        # Authorised to act in its own name: its notices say so, with its own line.
        assert dialog.notice_authority.placeholderText() == "空则以市局名义（设置中的发文机关）"
        dialog.notice_authority.setText(" 江城市生态环境局高新分局 ")
        dialog.notice_phone.setText("0591-7654321")
        dialog.accept()

    answer_next_dialog(fill, UnitDialog)
    tab.add_button.click()
    assert tab.table.rowCount() == 2 and tab.table.item(1, 1).text() == "高新区分局"
    assert tab.table.item(1, 2).text() == "区县分局"
    assert tab.table.item(1, 5).text() == "江城市生态环境局高新分局 / 0591-7654321"
    assert tab.table.item(0, 5).text() == "—"  # the city bureau: the settings' own
    with qtbot.waitSignal(window.units.message):
        tab.save_button.click()
    # What was stored is what the next edit starts from, before any reload: a second
    # save at once is not taken for another desk's change.
    assert tab.saved() == list(fresh(staffed).units())
    qtbot.waitUntil(lambda: not tab.save_button.isEnabled() and tab.problem.text() == "")
    qtbot.waitUntil(lambda: len(fresh(staffed).units()) == 2)
    signed = ("江城市生态环境局高新分局", "0591-7654321")
    assert fresh(staffed).units()[1] == Unit(
        "gaoxin", "高新区分局", UnitKind.BRANCH, "高新区", True, *signed
    )

    authorities = window.units.page.authorities
    row = authorities.row_of("report_form")
    level = authorities.levels[row]
    level.setCurrentIndex(level.findData(Level.LOCAL.value))
    assert level.currentText() == "下放属地分局审批"
    authorities.bases[row].setText("江环发〔2026〕8号")
    assert authorities.save_button.isEnabled()
    authorities.save_button.click()
    qtbot.waitUntil(lambda: "report_form" in fresh(staffed).authorities())
    assert fresh(staffed).authorities()["report_form"] == Authority(
        "report_form", Level.LOCAL, "江环发〔2026〕8号"
    )
    qtbot.waitUntil(lambda: not authorities.save_button.isEnabled())


def add_centre(dialog: QWidget) -> None:
    """Fill the unit dialog with the 技术评估中心 and accept it."""
    assert isinstance(dialog, UnitDialog)
    dialog.code.setText("centre")
    dialog.name.setText("技术评估中心")
    dialog.kind.setCurrentIndex(dialog.kind.findData(UnitKind.CENTRE.value))
    dialog.accept()


def test_units_another_desk_saved_meanwhile_are_kept_and_shown(
    qtbot: QtBot, staffed: Workspace, settings: QSettings
) -> None:
    """The admin edits from the list the page read; another desk saves a branch first.
    The admin's save is refused in a box and the branch stays; the page keeps the
    admin's edit, says why it cannot be saved, and 还原 shows the branch."""
    from approvals_gui.services.units import save_units

    window = units_page_as(qtbot, staffed, ADMIN, settings)
    tab = window.units.page.units
    branch = Unit("gaoxin", "高新区分局", UnitKind.BRANCH, "高新区")
    other = fresh(staffed).signed_in(ADMIN)
    save_units(other, [*other.units(), branch])

    said: list[str] = []
    answer_next_dialog(add_centre, UnitDialog)
    tab.add_button.click()
    read_next_box(said)
    tab.save_button.click()
    qtbot.waitUntil(lambda: bool(said))
    assert "另一台电脑已修改并保存了这些内容" in said[0]
    assert [u.code for u in fresh(staffed).units()] == ["city", "gaoxin"]
    # The page read the units again: the admin's edit stays, and why it cannot be saved.
    qtbot.waitUntil(lambda: "另一台电脑刚修改并保存了单位" in tab.problem.text())
    assert [tab.table.item(r, 0).text() for r in range(tab.table.rowCount())] == [
        "city",
        "centre",
    ]
    tab.revert_button.click()  # the latest, to edit again
    assert [tab.table.item(r, 0).text() for r in range(tab.table.rowCount())] == [
        "city",
        "gaoxin",
    ]
    assert tab.problem.text() == "" and not tab.save_button.isEnabled()


def test_an_admin_adds_a_user_and_a_refusal_shows_on_the_tab(
    qtbot: QtBot, staffed: Workspace, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = units_page_as(qtbot, staffed, ADMIN, settings)
    tab = window.units.page.users

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, UserDialog)
        dialog.name.setText("赵六")
        dialog.role.setCurrentIndex(dialog.role.findData(Role.MANAGER.value))
        dialog.password_field.setText("short")
        dialog.accept()  # refused inside the dialog: too short
        assert dialog.isVisible() and dialog.problem.text() == "密码至少 8 位。"
        dialog.password_field.setText("long-enough-1")
        dialog.repeat_field.setText("long-enough-1")
        dialog.accept()

    answer_next_dialog(fill, UserDialog)
    tab.add_button.click()
    qtbot.waitUntil(lambda: tab.table.rowCount() == 3)
    assert User("赵六", "city", Role.MANAGER) in users.users(staffed)
    # The 承办人 pickers offer the new colleague without a restart.
    qtbot.waitUntil(lambda: "赵六" in reference_staff(window, "city"))
    # Disabling the last admin is refused, the reason on the tab, before any question
    # (it was asked "停用用户“王管理”？", then refused).
    tab.table.setCurrentCell([u.name for u in users.users(staffed)].index("王管理"), 0)
    assert tab.selected() == ADMIN
    asked: list[str] = []
    monkeypatch.setattr(controller_module, "confirm", lambda _w, _t, text: asked.append(text))
    tab.disable_button.click()
    assert tab.problem.text().startswith("须至少保留一个启用的管理员账号") and asked == []
    assert ADMIN in users.users(staffed)
    # Another's account may go: asked first (no items of theirs to count).
    tab.table.setCurrentCell([u.name for u in users.users(staffed)].index("赵六"), 0)
    tab.disable_button.click()
    qtbot.waitUntil(lambda: len(asked) == 1)
    assert asked[0].startswith("停用用户“赵六”？") and "在办申请" not in asked[0]


def test_an_account_kept_padded_is_edited_by_its_name_and_not_doubled(
    qtbot: QtBot, staffed: Workspace, settings: QSettings
) -> None:
    """An account an older program kept as "孙 七" is saved under that name when its
    role changes (it was cleaned to 孙七 and not found); a new 孙七 beside it is
    refused in the dialog, naming the account that has the name."""
    add_user_as_kept_before(staffed.engine, User("孙 七", "city", Role.CLERK), PASSWORD)
    window = units_page_as(qtbot, staffed, ADMIN, settings)
    tab = window.units.page.users

    def promote(dialog: QWidget) -> None:
        assert isinstance(dialog, UserDialog)
        dialog.role.setCurrentIndex(dialog.role.findData(Role.MANAGER.value))
        dialog.accept()

    tab.table.setCurrentCell([u.name for u in users.users(staffed)].index("孙 七"), 0)
    answer_next_dialog(promote, UserDialog)
    tab.edit_button.click()
    qtbot.waitUntil(lambda: User("孙 七", "city", Role.MANAGER) in users.users(staffed))
    assert tab.problem.text() == ""
    refusals: list[str] = []

    def add_again(dialog: QWidget) -> None:
        assert isinstance(dialog, UserDialog)
        dialog.name.setText("孙七")
        dialog.password_field.setText("long-enough-1")
        dialog.repeat_field.setText("long-enough-1")
        dialog.accept()
        refusals.append(dialog.problem.text())
        dialog.reject()

    answer_next_dialog(add_again, UserDialog)
    tab.add_button.click()
    qtbot.waitUntil(lambda: len(refusals) == 1)
    assert refusals == ["已有名为“孙 七”的用户。"]
    assert len(users.users(staffed)) == 3


def test_taking_a_user_with_open_items_off_their_unit_is_asked_with_the_count(
    qtbot: QtBot, staffed: Workspace, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Disabled or moved to another unit, a handler's open items would be in nobody's
    我的事项: the admin is told how many, at which unit, and who could take them, before
    saying yes. No means no change; an edit that keeps them at their unit asks nothing;
    disabling through the edit dialog asks as the 停用 button does."""
    save_units(staffed.signed_in(ADMIN), [*staffed.units(), BRANCH])
    for _ in range(2):
        register(staffed.signed_in(CLERK), new_application(handler="李四"), today=TODAY)
    alone = User("赵六", "dc", Role.CLERK)  # the branch's only user
    users.add_user(staffed.signed_in(ADMIN), alone, PASSWORD)
    register(staffed.signed_in(alone), new_application(handler="赵六"), today=TODAY)
    window = units_page_as(qtbot, staffed, ADMIN, settings)
    tab = window.units.page.users
    answers: list[bool] = []
    asked: list[str] = []

    def confirm(_parent: QWidget, _title: str, text: str) -> bool:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(controller_module, "confirm", confirm)
    tab.table.setCurrentCell([u.name for u in users.users(staffed)].index("李四"), 0)
    answers.append(False)
    tab.disable_button.click()
    qtbot.waitUntil(lambda: len(asked) == 1)
    assert asked[0].startswith("停用用户“李四”？")
    assert asked[0].endswith(
        "“李四”现承办市局在办申请 2 件，此后这些事项不在任何人的“我的事项”中。"
        "请将其逐件改派给市局的其他承办人。"
    )

    def edit(unit: str | None, role: Role, active: bool = True) -> None:
        def fill(dialog: QWidget) -> None:
            assert isinstance(dialog, UserDialog)
            if unit is not None:
                dialog.unit.setCurrentIndex(dialog.unit.findData(unit))
            dialog.role.setCurrentIndex(dialog.role.findData(role.value))
            dialog.active.setChecked(active)
            dialog.accept()

        answer_next_dialog(fill, UserDialog)
        tab.edit_button.click()

    tab.table.setCurrentCell([u.name for u in users.users(staffed)].index("赵六"), 0)
    answers.append(False)
    edit(None, Role.CLERK, active=False)
    qtbot.waitUntil(lambda: len(asked) == 2)
    assert asked[1].startswith("停用用户“赵六”？停用后该用户不能再登录或办理")
    assert asked[1].endswith(
        "“赵六”现承办东城分局在办申请 1 件，此后这些事项不在任何人的“我的事项”中。"
        "东城分局已无其他在岗用户：请先为东城分局添加用户，再将其逐件改派。"
    )
    assert alone in users.users(staffed)  # declined
    tab.table.setCurrentCell([u.name for u in users.users(staffed)].index("李四"), 0)

    edit(None, Role.MANAGER)  # the same unit: nothing to ask
    qtbot.waitUntil(lambda: User("李四", "city", Role.MANAGER) in users.users(staffed))
    answers.append(False)
    edit("dc", Role.MANAGER)
    qtbot.waitUntil(lambda: len(asked) == 3)
    assert asked[2].startswith("“李四”现承办市局在办申请 2 件")
    assert asked[2].endswith("\n\n确定修改？")
    assert User("李四", "city", Role.MANAGER) in users.users(staffed)  # declined
    answers.append(True)
    edit("dc", Role.MANAGER)
    qtbot.waitUntil(lambda: User("李四", "dc", Role.MANAGER) in users.users(staffed))
    assert len(asked) == 4


def test_a_clerk_sees_the_page_read_only(
    qtbot: QtBot, staffed: Workspace, settings: QSettings
) -> None:
    window = units_page_as(qtbot, staffed, CLERK, settings)
    page = window.units.page
    for tab in (page.units, page.authorities, page.users):
        assert not tab.note.isHidden()
    assert page.units.note.text() == "您的角色（承办人）无权修改单位和审批权限，以下内容仅供查看。"
    assert "无权" in page.users.note.text()
    assert not page.units.add_button.isEnabled() and not page.units.edit_button.isEnabled()
    assert not page.authorities.levels[0].isEnabled() and not page.authorities.bases[0].isEnabled()
    assert not page.users.add_button.isEnabled()
    assert not page.users.password_button.isEnabled()


def test_unsaved_authorities_stay_when_another_desk_saves_the_table(qtbot: QtBot) -> None:
    """A reload while the admin edits keeps the edit and says why it cannot be saved;
    还原 shows what the other desk saved. (A reload used to wipe the edit unseen.)"""
    from approvals_gui.domain.rules import DEFAULT_RULES
    from approvals_gui.ui.pages.units_page import AuthoritiesTab

    tab = AuthoritiesTab()
    qtbot.addWidget(tab)
    rules = list(DEFAULT_RULES)
    tab.set_table(rules, {})
    row = tab.row_of("report_book")
    tab.bases[row].setText("市政府令第1号")  # the admin's edit, not saved
    elsewhere = {"report_form": Authority("report_form", Level.LOCAL, "环办〔2026〕3号")}
    tab.set_table(rules, elsewhere)
    assert tab.bases[row].text() == "市政府令第1号"
    assert "另一台电脑刚修改并保存了审批权限" in tab.problem.text()
    assert tab.based_on() == {}  # a save would start from what was read: refused
    tab.revert_button.click()
    assert tab.bases[row].text() == "" and tab.based_on() == elsewhere
    assert tab.problem.text() == "" and not tab.save_button.isEnabled()


def test_the_admins_own_saves_and_other_reloads_keep_the_tabs_honest(
    qtbot: QtBot, staffed: Workspace, settings: QSettings
) -> None:
    """Saving the 审批权限 table is not taken for another desk's change; and a reload
    that brings nothing new for a tab (the units saved) keeps its edits in progress."""
    window = units_page_as(qtbot, staffed, ADMIN, settings)
    units, authorities = window.units.page.units, window.units.page.authorities
    row = authorities.row_of("report_form")
    authorities.levels[row].setCurrentIndex(authorities.levels[row].findData(Level.LOCAL.value))
    with qtbot.waitSignal(window.units.message):
        authorities.save_button.click()
    assert authorities.problem.text() == "" and not authorities.save_button.isEnabled()
    qtbot.waitUntil(lambda: authorities.based_on() == fresh(staffed).authorities())
    assert authorities.problem.text() == ""
    # An edit in progress on the 审批权限 tab; the units are saved meanwhile.
    authorities.bases[row].setText("江环发〔2026〕8号")

    answer_next_dialog(add_centre, UnitDialog)
    units.add_button.click()
    reloads: list[int] = []  # how many units each reading of the settings brought
    controller = window.units
    read_again = controller._show_reference

    def counted(reference: Reference) -> None:
        reloads.append(len(reference.units))
        read_again(reference)

    controller._show_reference = counted  # type: ignore[method-assign]
    units.save_button.click()
    qtbot.waitUntil(lambda: 2 in reloads)  # the page read the settings again, units saved
    assert len(units.saved()) == 2 and authorities.bases[row].text() == "江环发〔2026〕8号"
    assert authorities.problem.text() == "" and authorities.save_button.isEnabled()


def test_a_second_branch_for_a_district_is_refused_in_words(
    qtbot: QtBot, staffed: Workspace, settings: QSettings
) -> None:
    """Saving two active branches for 高新区 names the district (it said 与第 None 行重复)
    and stores neither."""
    window = units_page_as(qtbot, staffed, ADMIN, settings)
    tab = window.units.page.units
    for code, name in (("gaoxin", "高新区分局"), ("gaoxin2", "高新区第二分局")):

        def fill(dialog: QWidget, code: str = code, name: str = name) -> None:
            assert isinstance(dialog, UnitDialog)
            dialog.code.setText(code)
            dialog.name.setText(name)
            dialog.kind.setCurrentIndex(dialog.kind.findData(UnitKind.BRANCH.value))
            dialog.district.setText("高新区")
            dialog.accept()

        answer_next_dialog(fill, UnitDialog)
        tab.add_button.click()
    tab.save_button.click()
    qtbot.waitUntil(lambda: tab.problem.text() != "")
    assert tab.problem.text() == "“高新区”已有启用的分局：一个区县只能由一个分局负责。"
    assert [u.code for u in fresh(staffed).units()] == ["city"]


def test_stopping_the_city_bureau_is_refused_before_any_question(
    qtbot: QtBot, staffed: Workspace, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """停用 on 市局, holding open work, then 保存: asked about its work, then refused."""
    from approvals_gui.services.applications import register
    from approvals_gui.ui.controllers import units as controller
    from tests.conftest import TODAY, new_application

    form = new_application(handler=ADMIN.name)
    register(staffed.signed_in(ADMIN), form, today=TODAY)  # held by 市局
    asked: list[str] = []
    monkeypatch.setattr(controller, "confirm", lambda _w, _t, text: asked.append(text))
    window = units_page_as(qtbot, staffed, ADMIN, settings)
    tab = window.units.page.units
    tab.table.selectRow(0)
    tab.active_button.click()
    tab.save_button.click()
    assert "市局" in tab.problem.text()
    window.ops.worker.wait()  # a question would come after the work it holds is counted
    assert asked == [] and fresh(staffed).units()[0].active


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
def test_stopping_a_unit_that_holds_open_work_is_asked_first(
    qtbot: QtBot, staffed: Workspace, settings: QSettings, answer: QMessageBox.StandardButton
) -> None:
    """停用 then 保存 had stopped a branch holding open applications without a word."""
    from datetime import date

    from approvals_gui.domain.stages import Action
    from approvals_gui.services.applications import Step, apply_step, register
    from approvals_gui.services.units import save_units
    from tests.conftest import TODAY, new_application

    admin = staffed.signed_in(ADMIN)
    east = Unit("east", "东城分局", UnitKind.BRANCH, "东城区")
    save_units(admin, [*admin.units(), east])
    form = new_application(received_on=date(2026, 11, 20), handler=ADMIN.name)
    app_id = register(admin, form, today=TODAY)
    apply_step(admin, app_id, 1, Step(Action.TRANSFER, TODAY, to_unit="east"), today=TODAY)
    window = units_page_as(qtbot, staffed, ADMIN, settings)
    tab = window.units.page.units
    tab.table.selectRow(1)
    tab.active_button.click()
    asked: list[str] = []
    answer_next_box(answer, asked)
    tab.save_button.click()
    qtbot.waitUntil(lambda: bool(asked))
    assert asked[0].startswith("“东城分局”现有在办申请 1 件。")
    if answer == QMessageBox.StandardButton.Yes:
        qtbot.waitUntil(lambda: not fresh(staffed).units()[1].active)
    else:
        assert fresh(staffed).units()[1].active and tab.save_button.isEnabled()


def test_the_basis_column_reaches_the_tables_edge_after_a_reload(
    qtbot: QtBot, staffed: Workspace, settings: QSettings
) -> None:
    """After F5 the 依据 column stopped at its heading's width, the documents' numbers
    cut off, the rest of the row empty."""
    window = units_page_as(qtbot, staffed, ADMIN, settings)
    page = window.units.page
    page.tabs.setCurrentWidget(page.authorities)
    table = page.authorities.table
    header = table.horizontalHeader()

    def right_edge() -> int:
        return header.sectionViewportPosition(2) + header.sectionSize(2)

    qtbot.waitUntil(lambda: right_edge() == table.viewport().width())
    shown = page.authorities.take
    taken: list[bool] = []
    page.authorities.take = lambda *a: (shown(*a), taken.append(True))  # type: ignore[method-assign]
    window.units.refresh()  # F5: the table read and shown again
    qtbot.waitUntil(lambda: bool(taken))
    qtbot.waitUntil(lambda: right_edge() == table.viewport().width())


@pytest.mark.parametrize(
    ("code", "name", "district", "said"),
    [("", "高新区分局", "高新区", "请填写“代码”。"), ("gaoxin", "", "高新区", "请填写“名称”。"),
     ("gaoxin", "高新区分局", "", "请填写“辖区”。")],
)  # fmt: skip
def test_a_unit_left_incomplete_names_the_field(
    qtbot: QtBot, code: str, name: str, district: str, said: str
) -> None:
    """Under the form, 此项为必填项。 did not say which field."""
    dialog = UnitDialog(None, [])
    qtbot.addWidget(dialog)
    dialog.code.setText(code)
    dialog.name.setText(name)
    dialog.kind.setCurrentIndex(dialog.kind.findData(UnitKind.BRANCH.value))
    dialog.district.setText(district)
    dialog.accept()
    assert dialog.unit() is None and dialog.problem.text() == said


def reference_staff(window: MainWindow, unit: str) -> tuple[str, ...]:
    reference = window.ops.reference
    assert reference is not None and reference.staff is not None  # signed in
    return reference.staff.get(unit, ())


def test_a_branchs_notice_telephone_that_is_no_number_is_named(qtbot: QtBot) -> None:
    dialog = UnitDialog(None, [])
    qtbot.addWidget(dialog)
    dialog.code.setText("gaoxin")
    dialog.name.setText("高新区分局")
    dialog.kind.setCurrentIndex(dialog.kind.findData(UnitKind.BRANCH.value))
    dialog.district.setText("高新区")
    dialog.notice_phone.setText("请打电话")
    dialog.accept()
    assert dialog.unit() is None
    assert dialog.problem.text().startswith("通知书联系电话：电话号码应由数字写成")


def test_closing_with_edits_not_saved_asks_first(
    qtbot: QtBot, staffed: Workspace, settings: QSettings
) -> None:
    """A unit added through its dialog looked saved; closing the window threw it away
    without a word, as it did a 12369 limit changed and not saved."""
    from PySide6.QtWidgets import QMessageBox

    from approvals_gui.ui.main_window import RULES

    window = units_page_as(qtbot, staffed, ADMIN, settings)
    window.show()
    qtbot.waitExposed(window)
    answer_next_dialog(add_centre, UnitDialog)
    tab = window.units.page.units
    tab.add_button.click()
    statuses = [tab.table.item(r, 4).text() for r in range(tab.table.rowCount())]
    assert statuses == ["启用", "启用（未保存）"]  # the new one no longer looks saved
    window.show_view(RULES)
    hotline = window.rules.page.hotline
    qtbot.waitUntil(lambda: hotline.rule() is not None)
    hotline.days["close_days"].setValue(45)

    def asked() -> QMessageBox | None:
        return window.findChild(QMessageBox, "unsaved_edits")

    def answer(text: str) -> None:
        box = asked()
        assert box is not None
        next(b for b in box.buttons() if b.text() == text).click()
        qtbot.waitUntil(lambda: asked() is None)

    window.close()
    qtbot.waitUntil(lambda: asked() is not None)
    box = asked()
    assert box is not None and window.isVisible()
    assert (
        box.text() == "以下页面有尚未保存的修改：单位与用户、时限规则。\n关闭窗口将放弃这些修改。"
    )
    answer("返回")
    assert window.isVisible() and window.stack.currentWidget() is window.units.page
    window.close()
    qtbot.waitUntil(lambda: asked() is not None)
    answer("放弃修改并关闭")
    qtbot.waitUntil(lambda: not window.isVisible())
    assert [u.code for u in fresh(staffed).units()] == ["city"]  # given up, as asked
