"""The visit dialog: all its problems at once, and while its save runs held, then free
again after a refusal."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from approvals_gui.domain.service_days import DATE_FIELDS, TEXT_FIELDS
from approvals_gui.services.applications import register
from approvals_gui.services.changes import load_reference
from approvals_gui.services.workspace import Workspace
from approvals_gui.ui.dialogs.visit_dialog import VisitDialog
from tests.conftest import CODE, TODAY, new_application
from tests.ui.conftest import type_text


def test_a_visit_being_saved_cannot_be_sent_twice_or_closed(qtbot: QtBot, ws: Workspace) -> None:
    dialog = VisitDialog(load_reference(ws), actor="张三", today=TODAY, day=date(2026, 11, 5))
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.enterprise_name, "江城再生资源有限公司")
    type_text(dialog.credit_code, CODE)
    type_text(dialog.staff, "张三")
    dialog.matters.item(0, 1).setText("询问审批进度")
    sent = []
    dialog.submitted.connect(lambda *args: sent.append(args))
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    save.click()
    assert len(sent) == 1 and dialog.failure.text() == ""
    assert not dialog.buttons.isEnabled()
    dialog.reject()  # Esc or the window's close while saving: ignored
    assert dialog.isVisible()
    dialog.show_failure("已被其他用户修改")
    assert dialog.failure.text() == "已被其他用户修改" and dialog.buttons.isEnabled()
    save.click()  # sent again once refused
    assert len(sent) == 2


def test_every_problem_is_listed_at_once(qtbot: QtBot, ws: Workspace) -> None:
    dialog = VisitDialog(load_reference(ws), actor="张三", today=TODAY, day=date(2026, 11, 5))
    qtbot.addWidget(dialog)
    type_text(dialog.enterprise_name, "江城再生资源有限公司")
    type_text(dialog.credit_code, "9135010")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.failure.text().splitlines() == [
        "统一社会信用代码：统一社会信用代码应为18位，当前为 7 位。",
        "参加人员：此项为必填项。",
        "反映事项：此项为必填项。",
    ]


def test_each_problem_names_its_field_as_the_form_labels_it(qtbot: QtBot, ws: Workspace) -> None:
    """地点 and 解决措施 were named by their codes (place, measures), and a follow-up
    due before the visit was "结束日期早于开始日期"."""
    dialog = VisitDialog(load_reference(ws), actor="张三", today=TODAY, day=date(2026, 11, 5))
    qtbot.addWidget(dialog)
    assert set(TEXT_FIELDS) | set(DATE_FIELDS) <= set(dialog._field_names())
    dialog.place.setText("厂" * 201)
    dialog.measures.setPlainText("改" * 2001)
    dialog.follow_up.setChecked(True)
    dialog.due.setDate(date(2026, 11, 4))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    said = dialog.failure.text().splitlines()
    assert "地点：内容过长：最多 200 个字，现有 201 个字，请删减。" in said
    assert "解决措施：内容过长：最多 2000 个字，现有 2001 个字，请删减。" in said
    assert "跟进期限不能早于服务日期。" in said


def test_a_desk_named_padded_is_offered_once_as_owner(qtbot: QtBot, ws: Workspace) -> None:
    """The desk "张 三" (as an older program kept the name) is the handler 张三."""
    register(ws, new_application(handler="张三"), today=TODAY)
    dialog = VisitDialog(load_reference(ws), actor="张 三", today=TODAY, day=date(2026, 11, 5))
    qtbot.addWidget(dialog)
    offered = [dialog.owner.itemText(i) for i in range(dialog.owner.count())]
    assert offered == ["张三"] and dialog.owner.currentText() == "张三"
