"""The 办理过程 tab keeps a step taken back on record: struck through, with who took it
back and when, and the undo itself after it (the undo's confirmation says so). It had
shown neither, though both were in the database."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from approvals_gui.domain.stages import Action
from approvals_gui.services.applications import Step, apply_step, detail, register
from approvals_gui.services.workspace import Workspace
from approvals_gui.ui.detail_pane import TIMELINE_COLUMNS, DetailPane
from tests.conftest import TODAY, new_application
from tests.ui.conftest import laid_out


def test_a_step_taken_back_stays_in_the_history(qtbot: QtBot, ws: Workspace) -> None:
    app_id = register(ws, new_application(received_on=date(2026, 11, 2)), today=TODAY)
    apply_step(ws, app_id, 1, Step(Action.ACCEPT, date(2026, 11, 3)), today=TODAY)
    apply_step(ws, app_id, 2, Step(Action.UNDO, date(2026, 11, 4), remark="误点"), today=TODAY)
    pane = DetailPane()
    qtbot.addWidget(pane)
    pane.show_detail(detail(ws, app_id, today=TODAY))
    table = pane.timeline
    column = {key: TIMELINE_COLUMNS.index(key) for key in ("action", "stage", "remark")}

    def row(r: int) -> dict[str, str]:
        return {key: table.item(r, c).text() for key, c in column.items()}

    assert table.rowCount() == 3
    accepted, undo = row(1), row(2)
    assert accepted["action"] == "受理" and accepted["remark"].startswith("已撤销（2026-11-04 ")
    assert table.item(1, column["action"]).font().strikeOut()
    assert undo["action"] == "撤销“受理”" and undo["stage"] == "收件" and "误点" in undo["remark"]
    assert not table.item(0, column["action"]).font().strikeOut()  # the receipt stands


def test_a_notice_kept_open_past_its_period_says_when_its_pause_ended(
    qtbot: QtBot, ws: Workspace
) -> None:
    """拟批准公示 from 11-09 and still open on 11-25: its 5 working days ended on 11-16
    and the days after count, as "why this date?" says; the history had called the whole
    stage paused."""
    pane, app_id = _pane_after(
        qtbot,
        ws,
        Step(Action.ACCEPT, date(2026, 11, 3)),
        Step(Action.START_REVIEW, date(2026, 11, 4)),
        Step(Action.START_PUBLIC_NOTICE, date(2026, 11, 9)),
    )

    def pause_note() -> str:  # (then when the step was entered: 补录)
        return pane.timeline.item(3, TIMELINE_COLUMNS.index("remark")).text().split("；")[0]

    def days() -> str:
        return pane.timeline.item(3, TIMELINE_COLUMNS.index("workdays")).text()

    assert pause_note() == "仅承诺时限暂停至 2026-11-16（公示期满），此后恢复计时"
    # The row is shaded: not all of its days were paused, and on the promise only.
    assert days() == "12（其中承诺时限暂停 5）"
    pane.show_detail(detail(ws, app_id, today=date(2026, 11, 16)))  # within it: paused
    assert (pause_note(), days()) == ("仅承诺时限暂停", "5（承诺时限暂停）")
    assert pane.timeline.item(2, TIMELINE_COLUMNS.index("workdays")).text() == "3"  # 审查


@pytest.mark.usefixtures("english")
def test_a_step_named_for_its_stage_does_not_name_it_again_in_english(
    qtbot: QtBot, ws: Workspace
) -> None:
    """受理 leads to 受理: the Chinese tooltip said it once, the English twice ("Accept →
    Accepted"). A step whose name is not its stage's still says where it led."""
    app_id = register(ws, new_application(received_on=date(2026, 11, 2)), today=TODAY)
    apply_step(ws, app_id, 1, Step(Action.ACCEPT, date(2026, 11, 3)), today=TODAY)
    apply_step(ws, app_id, 2, Step(Action.START_REVIEW, date(2026, 11, 4)), today=TODAY)
    pane = DetailPane()
    qtbot.addWidget(pane)
    pane.show_detail(detail(ws, app_id, today=TODAY))
    step = TIMELINE_COLUMNS.index("action")
    tips = [pane.timeline.item(r, step).toolTip().split(" · ")[0] for r in (1, 2)]
    assert tips == ["Accept", "Start review → Review"]


def test_why_the_next_step_waits_is_shown_whole_in_a_narrow_pane(
    qtbot: QtBot, ws: Workspace
) -> None:
    """Under the steps, "暂不能批准：…请先办理“拟批准公示”" runs to two lines in a
    pane 330 px wide; short of height, the pane gave it a line and a half, and the
    second was cut."""
    app_id = register(ws, new_application(received_on=date(2026, 11, 2)), today=TODAY)
    apply_step(ws, app_id, 1, Step(Action.ACCEPT, date(2026, 11, 3)), today=TODAY)
    apply_step(ws, app_id, 2, Step(Action.START_REVIEW, date(2026, 11, 4)), today=TODAY)
    pane = DetailPane()
    qtbot.addWidget(pane)
    pane.show()
    pane.show_detail(detail(ws, app_id, today=TODAY))
    pane.resize(330, 480)  # a 768-pixel screen: the tabs below take what is left
    note = pane.findChild(QLabel, "main_step_refused")
    assert note is not None and "拟批准公示" in note.text()
    qtbot.waitUntil(lambda: note.width() < pane.width())
    assert note.heightForWidth(note.width()) >= 2 * note.fontMetrics().lineSpacing()
    qtbot.waitUntil(lambda: note.height() >= note.heightForWidth(note.width()))


def test_an_ended_application_says_so_under_its_limits(qtbot: QtBot, ws: Workspace) -> None:
    """The 时限 tab of an application not accepted (or withdrawn) was empty."""
    step = Step(Action.NOT_ACCEPT, date(2026, 11, 4), reason="不属于本部门审批权限")
    pane, _app_id = _pane_after(qtbot, ws, step)
    texts = [w.text() for w in laid_out(pane.dates)]  # type: ignore[attr-defined]
    assert texts == ["已终止", "2026-11-04 不予受理，不再计算时限。"]


def test_a_pause_on_both_clocks_says_its_days_were_not_counted(qtbot: QtBot, ws: Workspace) -> None:
    """A shaded row's days read as counted days: technical review stops both clocks."""
    pane, _app_id = _pane_after(
        qtbot,
        ws,
        Step(Action.ACCEPT, date(2026, 11, 3)),
        Step(Action.START_EXPERT_REVIEW, date(2026, 11, 4)),
        Step(Action.FINISH_EXPERT_REVIEW, date(2026, 11, 10)),
    )
    days = TIMELINE_COLUMNS.index("workdays")
    assert [pane.timeline.item(r, days).text() for r in (2, 3)] == ["4（暂停）", "11"]


def _pane_after(
    qtbot: QtBot, ws: Workspace, *steps: Step, received: date = date(2026, 11, 2)
) -> tuple[DetailPane, int]:
    """A pane showing an application received on `received` and taken through `steps`."""
    app_id = register(ws, new_application(received_on=received), today=TODAY)
    for version, step in enumerate(steps, start=1):
        apply_step(ws, app_id, version, step, today=TODAY)
    pane = DetailPane()
    qtbot.addWidget(pane)
    pane.show_detail(detail(ws, app_id, today=TODAY))
    return pane, app_id


def test_a_supplement_notice_keeps_its_remark_beside_the_materials(
    qtbot: QtBot, ws: Workspace
) -> None:
    """The remark typed with a supplement notice was saved, and not shown."""
    step = Step(
        Action.REQUEST_SUPPLEMENT,
        date(2026, 11, 3),
        materials=("公众参与说明",),
        remark="缺公参说明",
    )
    pane, _app_id = _pane_after(qtbot, ws, step)
    remark = pane.timeline.item(1, TIMELINE_COLUMNS.index("remark")).text()
    assert remark.startswith("公众参与说明；缺公参说明")


def test_the_summary_gives_the_decision_s_document_number(qtbot: QtBot, ws: Workspace) -> None:
    """Once approved, the 文号 was only in a tooltip of the history's step."""
    pane, _app_id = _pane_after(
        qtbot,
        ws,
        Step(Action.ACCEPT, date(2026, 11, 3)),
        Step(Action.START_REVIEW, date(2026, 11, 4)),
        Step(Action.START_PUBLIC_NOTICE, date(2026, 11, 5)),
        Step(Action.APPROVE, date(2026, 11, 16), document_number="环审〔2026〕30号"),
    )
    texts = [w.text() for w in laid_out(pane.facts)]  # type: ignore[attr-defined]
    assert texts[-2:] == ["决定文号", "环审〔2026〕30号（批准，2026-11-16）"]


@pytest.mark.usefixtures("english")
def test_a_long_countdown_does_not_widen_the_pane(qtbot: QtBot, ws: Workspace) -> None:
    """ "57 working days past the statutory limit (due …)" set the pane's least width:
    in English the pane's edge moved from one application to the next (353 to 492 px)."""
    widths = []
    for received in (date(2026, 11, 20), date(2026, 6, 1)):  # due soon; long past the law
        steps = (Step(Action.ACCEPT, received), Step(Action.START_REVIEW, received))
        pane, _app_id = _pane_after(qtbot, ws, *steps, received=received)
        widths.append(pane.minimumSizeHint().width())
    assert "past the statutory limit" in pane.chip.text()
    assert widths[1] == widths[0]


def test_the_newest_step_is_in_view_and_a_history_read_again_stays_put(
    qtbot: QtBot, ws: Workspace
) -> None:
    """After a step in a busy pane the history had kept its top in view, the new row
    below it out of sight."""
    app_id = register(ws, new_application(received_on=date(2026, 11, 2)), today=TODAY)
    steps = [Action.REQUEST_SUPPLEMENT, Action.RECEIVE_MATERIALS, Action.ACCEPT]
    for version, action in enumerate(steps, start=1):
        materials = ("公众参与说明",) if action is Action.REQUEST_SUPPLEMENT else ()
        step = Step(action, date(2026, 11, 2 + version), materials=materials)
        apply_step(ws, app_id, version, step, today=TODAY)
    pane = DetailPane()
    qtbot.addWidget(pane)
    pane.show()
    pane.timeline.setFixedHeight(55)  # room for a row
    pane.show_detail(detail(ws, app_id, today=TODAY))
    table = pane.timeline

    def in_view(row: int) -> bool:
        return table.viewport().rect().intersects(table.visualRect(table.model().index(row, 0)))

    qtbot.waitUntil(lambda: in_view(3))
    table.scrollToTop()
    pane.show_detail(detail(ws, app_id, today=TODAY))  # read again (another desk, F5)
    assert in_view(0) and not in_view(3)
    apply_step(ws, app_id, 4, Step(Action.START_REVIEW, date(2026, 11, 9)), today=TODAY)
    pane.show_detail(detail(ws, app_id, today=TODAY))
    qtbot.waitUntil(lambda: in_view(4))


def test_materials_asked_for_are_listed_in_english_with_english_separators(
    qtbot: QtBot, ws: Workspace, english: None
) -> None:
    step = Step(
        Action.REQUEST_SUPPLEMENT, date(2026, 11, 3), materials=("公众参与说明", "监测报告")
    )
    pane, _app_id = _pane_after(qtbot, ws, step)
    remark = pane.timeline.item(1, TIMELINE_COLUMNS.index("remark")).text()
    assert remark.startswith("Public participation statement; 监测报告")
    assert "；" not in remark
