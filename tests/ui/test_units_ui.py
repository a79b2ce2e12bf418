"""Units in the window (系统内流转): the register dialog names the deciding unit, a
transfer and a reassignment go through the step dialog, and the list and the board
filter by unit."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from approvals_gui.domain.access import Role as Role_
from approvals_gui.domain.access import Staff, User
from approvals_gui.domain.stages import Action
from approvals_gui.domain.units import Authority, Level, Unit, UnitKind
from approvals_gui.services import changes, users
from approvals_gui.services.applications import Step, apply_step, detail, register
from approvals_gui.services.changes import load_reference
from approvals_gui.services.units import save_authorities, save_units
from approvals_gui.services.workspace import Workspace
from approvals_gui.ui import strings
from approvals_gui.ui.controllers.applications import ApplicationsController
from approvals_gui.ui.controllers.board import BoardController
from approvals_gui.ui.controllers.exports import ExportActions
from approvals_gui.ui.controllers.steps import StepActions
from approvals_gui.ui.detail_pane import DetailPane
from approvals_gui.ui.dialogs.register_dialog import RegisterDialog
from approvals_gui.ui.dialogs.step_dialog import StepDialog
from approvals_gui.ui.labels import CAUTION_STYLE, ERROR_STYLE
from approvals_gui.ui.models.applications_table import COLUMNS
from approvals_gui.ui.models.roles import Role
from approvals_gui.ui.operations import Operations
from approvals_gui.ui.workers import Worker
from tests.conftest import CODE, NOW, TODAY, new_application
from tests.ui.conftest import (
    answer_next_dialog,
    form_texts,
    laid_out,
    open_window,
    operations,
    status_said,
)

UNITS = (
    Unit("city", "市局", UnitKind.CITY),
    Unit("dc", "东城分局", UnitKind.BRANCH, "东城区"),
    Unit("centre", "技术评估中心", UnitKind.CENTRE),
)
BASIS = "江环〔2025〕1号"
HOLDER_COLUMN = [c.key for c in COLUMNS].index("holder")
HANDLER_COLUMN = [c.key for c in COLUMNS].index("handler")
UNIT_COLUMN = [c.key for c in COLUMNS].index("unit")


@pytest.fixture
def bureau(ws: Workspace) -> Workspace:
    """A city bureau, one branch (东城区) and the centre; 报告表 delegated to the branch."""
    save_units(ws, UNITS)
    save_authorities(ws, [Authority("report_form", Level.LOCAL, BASIS)])
    ws.reload()
    return ws


@pytest.fixture
def apps(bureau: Workspace) -> dict[str, int]:
    """Two late applications (accepted 11-03, promised 10 working days): one the branch
    decides, one the city bureau decides."""
    made = {}
    for key, district in (("east", "东城区"), ("city", "高新区")):
        app_id = register(
            bureau, new_application(project=f"{district}项目", district=district), today=TODAY
        )
        apply_step(bureau, app_id, 1, Step(Action.ACCEPT, date(2026, 11, 3)), today=TODAY)
        made[key] = app_id
    return made


@pytest.fixture
def ops(qtbot: QtBot, bureau: Workspace) -> Operations:
    parent = QWidget()
    qtbot.addWidget(parent)
    return operations(bureau, parent)


def loaded(qtbot: QtBot, ops: Operations) -> ApplicationsController:
    applications = ApplicationsController(ops)
    with qtbot.waitSignal(applications.loaded):
        applications.reload()
    return applications


def cell(applications: ApplicationsController, app_id: int, column: int) -> str:
    model = applications.page.model
    return str(model.index(model.row_of(app_id), column).data())


def shown_ids(applications: ApplicationsController) -> set[int]:
    proxy = applications.page.proxy
    return {int(proxy.index(r, 0).data(Role.ID)) for r in range(proxy.rowCount())}


def choose_unit(combo: QComboBox, code: str | None) -> None:
    index = combo.findData(code) if code else 0
    assert index >= 0, code
    combo.setCurrentIndex(index)


# -- the register dialog ----------------------------------------------------------------


def test_the_register_dialog_names_the_deciding_unit_as_you_type(
    qtbot: QtBot, bureau: Workspace
) -> None:
    dialog = RegisterDialog(load_reference(bureau), "张三", TODAY)
    qtbot.addWidget(dialog)
    dialog.category.setCurrentIndex(dialog.category.findData("report_form"))
    # No district yet: the deciding unit is still open, not the city bureau.
    assert dialog.deciding.text() == (
        f"待定（该类别下放属地分局审批，请填写所在区县；依据：{BASIS}）"
    )
    assert dialog.missing.text().startswith("尚未填写：") and "所在区县" in dialog.missing.text()
    assert dialog.district_label.text() == "所在区县 *"  # required, as 尚未填写 says
    # The branches' districts are offered as the district is typed.
    completer = dialog.district.completer()
    completer.setCompletionPrefix("东城")
    assert completer.currentCompletion() == "东城区"
    dialog.district.setText("东城区")
    assert "所在区县" not in dialog.missing.text()
    assert dialog.deciding.styleSheet() == ""
    assert dialog.deciding.text() == (
        f"东城分局（环境影响报告表已下放属地分局审批；依据：{BASIS}）"
    )
    dialog.district.setText("西城区")
    assert dialog.deciding.text().startswith("市局（该类别下放属地分局，但“西城区”没有分局")
    # A slip (the district's suggestions took a click meant for the next field) is
    # named where it decides who decides.
    dialog.district.setText("东城区5000")
    assert dialog.deciding.text().startswith("市局（该类别下放属地分局，但“东城区5000”没有分局")
    assert dialog.deciding.styleSheet() == CAUTION_STYLE  # a fallback to check
    dialog.category.setCurrentIndex(dialog.category.findData("report_book"))
    assert dialog.deciding.text() == "市局（审批权限表未列该类别）"
    assert dialog.district_label.text() == "所在区县"  # the city decides: not required


def test_a_category_the_table_keeps_at_the_city_bureau(qtbot: QtBot, bureau: Workspace) -> None:
    save_authorities(bureau, [Authority("report_book", Level.CITY)])
    dialog = RegisterDialog(load_reference(bureau), "张三", TODAY)
    qtbot.addWidget(dialog)
    dialog.district.setText("东城区")
    dialog.category.setCurrentIndex(dialog.category.findData("report_book"))
    assert dialog.deciding.text() == "市局（该类别由市局审批）"


def test_signed_in_the_register_dialog_offers_the_units_own_people(
    qtbot: QtBot, bureau: Workspace
) -> None:
    """承办人 lists who signs in at the user's unit; a name typed that is none of them
    (a slip, another unit's clerk) is said beside the field and keeps 保存 off: the
    item would be in nobody's 我的事项."""
    admin = User("王管理", "city", Role_.ADMIN)
    users.add_user(bureau, admin, "correct horse")
    for name, unit in (("李四", "city"), ("赵六", "dc"), ("孙七", "city")):
        users.add_user(bureau.signed_in(admin), User(name, unit, Role_.CLERK), "correct horse")
    users.disable(bureau.signed_in(admin), "孙七")
    clerk = bureau.signed_in(User("李四", "city", Role_.CLERK))
    dialog = RegisterDialog(load_reference(clerk), "李四", TODAY)
    qtbot.addWidget(dialog)
    offered = [dialog.handler.itemText(i) for i in range(dialog.handler.count())]
    assert sorted(offered) == ["李四", "王管理"] and dialog.handler.currentText() == "李四"
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    dialog.project.setText("年产5万吨再生铝项目")
    dialog.enterprise_name.setText("江城再生资源有限公司")
    dialog.credit_code.setText(CODE)
    dialog.category.setCurrentIndex(dialog.category.findData("report_book"))
    assert save.isEnabled()
    for typed in ("李肆", "赵六", "孙七"):
        dialog.handler.setEditText(typed)
        assert f"“{typed}”不是市局的在岗用户" in dialog.errors["handler"].text()
        assert not save.isEnabled() and "承办人" in dialog.missing.text()
    dialog.handler.setCurrentIndex(dialog.handler.findText("王管理"))
    assert dialog.errors["handler"].text() == "" and save.isEnabled()
    # Without sign-in there is no list of people: any name goes.
    free = RegisterDialog(load_reference(bureau), "张三", TODAY)
    qtbot.addWidget(free)
    free.handler.setEditText("李肆")
    assert "handler" not in free.problems()


# -- transfer and reassignment ------------------------------------------------------------


def test_the_transfer_dialog_suggests_the_usual_unit(bureau: Workspace, qtbot: QtBot) -> None:
    east = register(bureau, new_application(district="东城区"), today=TODAY)
    apply_step(bureau, east, 1, Step(Action.ACCEPT, TODAY), today=TODAY)
    current = detail(bureau, east, today=TODAY)
    dialog = StepDialog(
        current, Action.TRANSFER, bureau.calendar(), today=TODAY, actor="张三", now=NOW,
        units=UNITS,
    )  # fmt: skip
    qtbot.addWidget(dialog)
    # A branch sends to the city bureau; the branch itself is not offered. The unit
    # whose kind is its name is not named twice ("市局", not "市局（市局）").
    assert dialog.to_unit.currentText() == "市局"
    assert dialog.to_unit.itemText(dialog.to_unit.findData("centre")) == "技术评估中心"
    assert dialog.to_unit.findData("dc") < 0 and dialog.to_unit.count() == 2
    # At the city bureau, in expert review, it goes to the centre.
    apply_step(bureau, east, 2, Step(Action.TRANSFER, TODAY, to_unit="city"), today=TODAY)
    apply_step(bureau, east, 3, Step(Action.START_EXPERT_REVIEW, TODAY), today=TODAY)
    current = detail(bureau, east, today=TODAY)
    dialog = StepDialog(
        current, Action.TRANSFER, bureau.calendar(), today=TODAY, actor="张三", now=NOW,
        units=UNITS,
    )  # fmt: skip
    qtbot.addWidget(dialog)
    assert dialog.step().to_unit == "centre"
    dialog.to_unit.setCurrentIndex(-1)  # nothing chosen: a hint, and no saving yet
    assert dialog.preview.text() == "请选择要转至的单位。"
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def run_step(
    qtbot: QtBot, applications: ApplicationsController, app_id: int, action: Action, fill: object
) -> None:
    """Choose `action` in the pane for `app_id`, fill the dialog with `fill(dialog)`,
    and wait until the list shows the new version."""
    applications.page.select(app_id)
    qtbot.waitUntil(lambda: applications.current_detail(app_id) is not None)
    model = applications.page.model
    before = model.view_at(model.row_of(app_id)).record.version

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, StepDialog)
        fill(dialog)  # type: ignore[operator]
        assert "办理后" in dialog.preview.text(), dialog.preview.text()
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    answer_next_dialog(answer)
    applications.detail_pane.action_requested.emit(action)
    qtbot.waitUntil(lambda: model.view_at(model.row_of(app_id)).record.version == before + 1)


def test_a_transfer_is_recorded_and_moves_the_item(
    qtbot: QtBot, ops: Operations, bureau: Workspace, apps: dict[str, int]
) -> None:
    applications = loaded(qtbot, ops)
    StepActions(ops, applications, "江城市生态环境局")
    east = apps["east"]
    assert cell(applications, east, HOLDER_COLUMN) == "东城分局"
    run_step(qtbot, applications, east, Action.TRANSFER, lambda dialog: None)  # as suggested
    last = detail(bureau, east, today=TODAY).events[-1]
    assert (last.action, last.from_unit, last.to_unit) == (Action.TRANSFER, "dc", "city")
    assert cell(applications, east, HOLDER_COLUMN) == "市局"
    assert cell(applications, east, UNIT_COLUMN) == "东城分局"  # still decides it
    pane = applications.detail_pane
    qtbot.waitUntil(lambda: pane.detail is not None and pane.detail.events[-1] == last)
    actions = [pane.timeline.item(r, 1).text() for r in range(pane.timeline.rowCount())]
    assert actions[-1] == "转办：东城分局 → 市局"
    assert pane.unit_days.text().startswith("各单位经手（自收件起，含暂停）：东城分局：")
    assert "市局：" in pane.unit_days.text()


def test_signed_in_a_reassignment_is_to_one_of_the_holding_units_people(
    qtbot: QtBot, bureau: Workspace, apps: dict[str, int]
) -> None:
    current = detail(bureau, apps["city"], today=TODAY)  # 张三's, held by 市局
    staff = Staff("市局", ("李四", "王管理", "张三"))
    dialog = StepDialog(
        current, Action.REASSIGN, bureau.calendar(), today=TODAY, actor="王管理", now=NOW,
        handlers=("张三", "钱八"), staff=staff,
    )  # fmt: skip
    qtbot.addWidget(dialog)
    offered = [dialog.handler.itemText(i) for i in range(dialog.handler.count())]
    assert sorted(offered) == ["李四", "王管理"]  # the unit's, the present one left out
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.handler.setEditText("赵六")  # another unit's clerk
    assert dialog.preview.text().startswith("“赵六”不是市局的在岗用户。承办人须从市局的用户中选择")
    assert dialog.preview.styleSheet() == ERROR_STYLE and not ok.isEnabled()
    dialog.handler.setEditText("李四")
    assert dialog.preview.text().startswith("办理后") and ok.isEnabled()
    # Nobody else signs in there (the rest moved or disabled): said, and what to do.
    alone = StepDialog(
        current, Action.REASSIGN, bureau.calendar(), today=TODAY, actor="王管理", now=NOW,
        handlers=("张三", "钱八"), staff=Staff("市局", ("张三",)),
    )  # fmt: skip
    qtbot.addWidget(alone)
    assert alone.handler.count() == 0
    assert alone.preview.text() == (
        "市局没有其他在岗用户可以接办。请管理员先在“单位与用户”中为市局添加用户。"
    )


def test_a_handler_kept_padded_is_not_offered_his_own_items(
    qtbot: QtBot, bureau: Workspace, apps: dict[str, int]
) -> None:
    """An item an older program kept as handled by "张 三" is 张三's: he is not offered
    it, signed in or not."""
    current = detail(bureau, apps["city"], today=TODAY)
    current = replace(
        current, view=replace(current.view, record=replace(current.view.record, handler="张 三"))
    )
    for staff in (Staff("市局", ("李四", "张三")), None):
        dialog = StepDialog(
            current, Action.REASSIGN, bureau.calendar(), today=TODAY, actor="王管理", now=NOW,
            handlers=("张三", "李四"), staff=staff,
        )  # fmt: skip
        qtbot.addWidget(dialog)
        assert [dialog.handler.itemText(i) for i in range(dialog.handler.count())] == ["李四"]


def test_a_reassignment_changes_the_handler_column(
    qtbot: QtBot, ops: Operations, apps: dict[str, int]
) -> None:
    applications = loaded(qtbot, ops)
    StepActions(ops, applications, "江城市生态环境局")
    city = apps["city"]
    assert cell(applications, city, HANDLER_COLUMN) == "张三"

    def fill(dialog: StepDialog) -> None:
        assert dialog.handler.findText("张三") < 0  # the present handler is not offered
        dialog.handler.setEditText("李四")

    run_step(qtbot, applications, city, Action.REASSIGN, fill)
    assert cell(applications, city, HANDLER_COLUMN) == "李四"
    pane = applications.detail_pane
    qtbot.waitUntil(lambda: pane.detail is not None and pane.detail.view.record.handler == "李四")
    last_row = pane.timeline.rowCount() - 1
    assert pane.timeline.item(last_row, 1).text() == "改派：张三 → 李四"


# -- the unit filters -----------------------------------------------------------------------


def test_the_list_filters_by_unit_through_reloads_and_changes(
    qtbot: QtBot, ops: Operations, bureau: Workspace, apps: dict[str, int]
) -> None:
    applications = loaded(qtbot, ops)
    page = applications.page
    assert shown_ids(applications) == set(apps.values())
    assert [page.unit.itemText(i) for i in range(page.unit.count())] == [
        "全部单位",
        "市局",
        "东城分局",
        "技术评估中心",
    ]
    choose_unit(page.unit, "dc")
    assert shown_ids(applications) == {apps["east"]}
    with qtbot.waitSignal(applications.loaded):
        applications.reload()
    assert page.unit.currentData() == "dc" and shown_ids(applications) == {apps["east"]}
    # The city bureau's item sent to the branch: now the branch holds it (a live update).
    sent = changes.step(
        bureau, apps["city"], 2, Step(Action.TRANSFER, TODAY, to_unit="dc"), today=TODAY
    )
    ops.publish(sent)
    assert shown_ids(applications) == set(apps.values())
    choose_unit(page.unit, "centre")
    assert shown_ids(applications) == set()
    choose_unit(page.unit, None)
    assert shown_ids(applications) == set(apps.values())


def test_the_board_filters_by_unit(
    qtbot: QtBot, ops: Operations, bureau: Workspace, apps: dict[str, int]
) -> None:
    applications = loaded(qtbot, ops)
    steps = StepActions(ops, applications, "江城市生态环境局")
    board = BoardController(ops, steps, ExportActions(Worker(ops), ops.window, "", ops.settings))
    page = board.page
    with qtbot.waitSignal(page.model.modelReset):
        board.activate()
    assert {c.item_id for c in page.cards()} == set(apps.values())
    choose_unit(page.unit, "dc")
    assert [c.item_id for c in page.cards()] == [apps["east"]]
    assert page.summary.text().startswith("已筛选　超法定期限 0 件 · 超承诺或送达超期 1 件")
    # A change elsewhere reloads the cards; the filter stays.
    reviewed = changes.step(bureau, apps["city"], 2, Step(Action.START_REVIEW), today=TODAY)
    with qtbot.waitSignal(page.model.modelReset):
        ops.publish(reviewed)
    assert page.unit.currentData() == "dc"
    assert [c.item_id for c in page.cards()] == [apps["east"]]
    choose_unit(page.unit, "centre")
    assert page.cards() == [] and page.empty.isVisibleTo(page)


def test_a_transfer_is_offered_only_where_it_can_go(
    qtbot: QtBot, bureau: Workspace, apps: dict[str, int]
) -> None:
    pane = DetailPane()
    qtbot.addWidget(pane)
    pane.show_detail(detail(bureau, apps["east"], today=TODAY))

    def buttons() -> list[str]:  # those laid out now (the replaced ones are deleted later)
        return [w.text() for w in laid_out(pane.buttons) if isinstance(w, QPushButton)]

    assert "转办" not in buttons()  # units not known yet: nowhere to send it
    pane.set_units(UNITS)
    assert "转办" in buttons() and "改派" in buttons()
    pane.set_units([UNITS[1]])  # the branch alone: it is there already
    assert "转办" not in buttons()


def transfer_dialog(bureau: Workspace, app_id: int) -> StepDialog:
    current = detail(bureau, app_id, today=TODAY)
    return StepDialog(
        current, Action.TRANSFER, bureau.calendar(), today=TODAY, actor="张三", now=NOW,
        units=UNITS,
    )  # fmt: skip


def form_rows(dialog: StepDialog) -> dict[str, str]:
    """The dialog's form as label → the text of a label beside it."""
    form = dialog.findChild(QFormLayout)
    assert isinstance(form, QFormLayout)
    return form_texts(form)


@pytest.mark.parametrize(("district", "back"), [("东城区", "dc"), ("高新区", "city")])
def test_the_centre_sends_the_file_back_to_the_unit_that_decides_it(
    qtbot: QtBot, bureau: Workspace, district: str, back: str
) -> None:
    app_id = register(bureau, new_application(district=district), today=TODAY)
    apply_step(bureau, app_id, 1, Step(Action.ACCEPT, TODAY), today=TODAY)
    apply_step(bureau, app_id, 2, Step(Action.TRANSFER, TODAY, to_unit="centre"), today=TODAY)
    dialog = transfer_dialog(bureau, app_id)
    qtbot.addWidget(dialog)
    assert dialog.step().to_unit == back
    decides = "东城分局" if back == "dc" else "市局"
    assert form_rows(dialog)["审批单位"] == decides
    assert form_rows(dialog)["所在单位"] == "技术评估中心"


def test_a_branch_holding_another_units_file_sends_it_to_that_unit(
    qtbot: QtBot, bureau: Workspace
) -> None:
    app_id = register(bureau, new_application(district="高新区"), today=TODAY)  # the city's
    apply_step(bureau, app_id, 1, Step(Action.ACCEPT, TODAY), today=TODAY)
    apply_step(bureau, app_id, 2, Step(Action.TRANSFER, TODAY, to_unit="dc"), today=TODAY)
    dialog = transfer_dialog(bureau, app_id)
    qtbot.addWidget(dialog)
    assert dialog.step().to_unit == "city"


def test_another_units_work_is_said_once_in_the_pane(
    qtbot: QtBot, bureau: Workspace, apps: dict[str, int]
) -> None:
    users.add_user(bureau, User("王五", "centre", Role_.CLERK), "secret-123")
    outsider = bureau.signed_in(User("王五", "centre", Role_.CLERK))
    shown = detail(outsider, apps["east"], today=TODAY)
    assert set(shown.allowed) <= set(shown.blocked)  # nothing this user may do here
    refusals = {strings.error_text(e) for e in shown.blocked.values() if "unit" in e.params}
    assert refusals == {"此事项目前在“东城分局”，只有该单位可以办理。"}
    pane = DetailPane()
    qtbot.addWidget(pane)
    pane.set_units(UNITS)
    pane.show_detail(shown)
    note = pane.findChild(QLabel, "held_elsewhere")
    assert note is not None and note.text() == "此申请目前在东城分局，只有该单位可以办理。"
    # The branch's own clerk may act: no such line.
    pane.show_detail(detail(bureau, apps["east"], today=TODAY))
    qtbot.waitUntil(lambda: pane.findChild(QLabel, "held_elsewhere") is None)


def test_the_history_fits_the_pane_without_scrolling_sideways(
    qtbot: QtBot, bureau: Workspace, apps: dict[str, int]
) -> None:
    east = apps["east"]
    for version, to in ((2, "centre"), (3, "dc"), (4, "city")):
        apply_step(bureau, east, version, Step(Action.TRANSFER, TODAY, to_unit=to), today=TODAY)
    pane = DetailPane()
    pane.resize(420, 900)
    qtbot.addWidget(pane)
    pane.set_units(UNITS)
    pane.show_detail(detail(bureau, east, today=TODAY))
    pane.show()
    qtbot.waitExposed(pane)
    table = pane.timeline
    header = table.horizontalHeader()
    qtbot.waitUntil(lambda: header.length() <= table.viewport().width())
    assert not table.horizontalScrollBar().isVisible()
    assert header.sectionSize(3) >= header.sectionSizeHint(3)  # 办理人 whole
    moves = [table.item(r, 1) for r in range(table.rowCount())]
    assert "转办：技术评估中心 → 东城分局" in [m.text() for m in moves]
    assert all(m.toolTip().startswith(m.text()) for m in moves)  # in full on hover


def test_my_items_are_the_users_own_at_their_unit(
    qtbot: QtBot, bureau: Workspace, apps: dict[str, int]
) -> None:
    """我的事项 went by the handler's name alone: a 张三 signed in at the city bureau
    listed and counted the branch's 张三's work too. A desk without sign-in still goes
    by the name it gave."""
    assert {a: detail(bureau, i, today=TODAY).view.record.held_by for a, i in apps.items()} == {
        "east": "dc",
        "city": "city",
    }
    user = User("张三", "city", Role_.CLERK)
    users.add_user(bureau, user, "secret-123")
    for ws, mine in ((bureau.signed_in(user), {apps["city"]}), (bureau, set(apps.values()))):
        parent = QWidget()
        qtbot.addWidget(parent)
        applications = ApplicationsController(operations(ws, parent))
        counts: list[tuple[int, int, int]] = []
        applications.nav_counts_changed.connect(lambda *c, into=counts: into.append(c))
        with qtbot.waitSignal(applications.loaded):
            applications.reload()
        applications.show_scope(True)
        assert shown_ids(applications) == mine
        assert counts[-1][:2] == (len(mine), 2)


def test_an_item_sent_to_the_centre_stays_its_handlers(
    qtbot: QtBot, ops: Operations, bureau: Workspace, apps: dict[str, int]
) -> None:
    """Sent to the assessment centre, the city's application is still decided by the city
    and still 张三's to watch: 我的事项 goes by the deciding unit or the holder."""
    user = User("张三", "city", Role_.CLERK)
    users.add_user(bureau, user, "secret-123")
    parent = QWidget()
    qtbot.addWidget(parent)
    applications = ApplicationsController(operations(bureau.signed_in(user), parent))
    with qtbot.waitSignal(applications.loaded):
        applications.reload()
    applications.show_scope(True)
    sent = changes.step(
        bureau, apps["city"], 2, Step(Action.TRANSFER, TODAY, to_unit="centre"), today=TODAY
    )
    applications.ops.publish(sent)
    assert shown_ids(applications) == {apps["city"]}


def test_a_user_moved_to_another_unit_is_shown_that_units_items(
    qtbot: QtBot, bureau: Workspace, apps: dict[str, int], settings: QSettings
) -> None:
    """An administrator moved 张三 to the branch: the open window went on listing the
    city's items as 张三's until a restart."""
    admin = User("王管理", "city", Role_.ADMIN)
    user = User("张三", "city", Role_.CLERK)
    for someone in (admin, user):
        users.add_user(bureau, someone, "secret-123")
    window = open_window(qtbot, bureau.signed_in(user), settings)
    assert shown_ids(window.applications) == {apps["city"]}
    users.update_user(bureau.signed_in(admin), replace(user, unit="dc"))
    window.ops.publish(changes.ChangeSet(reference=load_reference(window.ops.ws)))
    assert shown_ids(window.applications) == {apps["east"]}
    assert window.ops.ws.user == replace(user, unit="dc")
    # Said, or 我的事项 empties without a word.
    assert status_said(window).startswith("管理员已将您调至东城分局")


def test_a_late_reference_for_the_user_before_does_not_sign_them_back_in(
    qtbot: QtBot, bureau: Workspace, apps: dict[str, int], settings: QSettings
) -> None:
    """Reference data read for the user signed in before 切换用户 arrives after it: the
    window stays with the user signed in now."""
    first, second = User("张三", "city", Role_.CLERK), User("李四", "dc", Role_.CLERK)
    for someone in (first, second):
        users.add_user(bureau, someone, "secret-123")
    window = open_window(qtbot, bureau.signed_in(first), settings)
    late = load_reference(window.ops.ws)  # asked for as 张三
    window.ops.sign_in_as(second)
    window.ops.publish(changes.ChangeSet(reference=late))
    assert window.ops.ws.user == second
