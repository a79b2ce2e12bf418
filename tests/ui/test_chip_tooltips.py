"""A countdown chip's tooltip: its status, its whole text, and for a decided one what
its working days count (a decision after a long public notice may rightly show 0); and
a decided chip's shorter wording where the whole does not fit."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from approvals_gui.domain.clock import Clock, Deadline, DeadlineKind, Phase, Status
from approvals_gui.domain.stages import Action
from approvals_gui.services.applications import Step, apply_step, list_applications, register
from approvals_gui.services.rules import save_rule
from approvals_gui.services.workspace import Workspace
from approvals_gui.ui import strings
from approvals_gui.ui.controllers.applications import ALL
from approvals_gui.ui.delegates.countdown import fitting
from approvals_gui.ui.models.applications_table import (
    COLUMNS,
    COUNTDOWN_COLUMN,
    ApplicationsTableModel,
)
from tests.conftest import TODAY, new_application
from tests.ui.conftest import close_when_idle, open_window


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


def test_a_decided_chip_too_long_for_its_column_keeps_its_days(
    data: Workspace, qapp: QApplication
) -> None:
    """The column is as wide as the running chips need; a decided chip's whole wording
    is longer and was cut before its days ("超法定期限办结 用时 3…"). It has shorter
    variants, which the chip shows where the whole does not fit."""
    model = ApplicationsTableModel()
    model.set_views(list_applications(data, today=TODAY))
    shown = {
        model.view_at(row).record.project: str(model.index(row, COUNTDOWN_COLUMN).data())
        for row in range(model.rowCount())
    }
    decided, running = shown["@SUM(A1)"], shown['=HYPERLINK("http://x")']
    whole, short, days = decided.split(strings.VARIANTS)
    assert whole.startswith("承诺期内办结 用时") and whole.endswith(" 个工作日")
    assert short == "期内办结 " + days and whole == "承诺期内办结 " + days
    assert strings.VARIANTS not in running
    metrics = QFontMetrics(qapp.font())
    chip = 22  # the chip's margins and padding
    room = metrics.horizontalAdvance(whole) + chip
    assert fitting(decided, metrics, room) == whole
    assert fitting(decided, metrics, room - 1) == short
    assert fitting(decided, metrics, metrics.horizontalAdvance(short) + chip - 1) == days
    assert fitting(decided, metrics, 40) == days  # the shortest, to be elided
    assert fitting(running, metrics, 40) == running


def test_a_decision_awaiting_delivery_shows_its_delivery_whole(qapp: QApplication) -> None:
    """Decided within the promise but not yet delivered: the chip counts down the
    delivery, and has no decided wordings to fall back on."""
    waiting = Clock(
        Status.WITHIN_PROMISE, Phase.DELIVERY, due=TODAY, workdays_left=3, workdays_used=5
    )
    assert strings.countdown_chip(waiting) == strings.countdown_text(waiting)
    assert strings.countdown_chip(waiting) == "待送达 剩 3 个工作日"


def test_a_delivery_chip_names_the_reminder_days_too(qapp: QApplication) -> None:
    """待送达 turns yellow by the same reminder days as a running chip."""
    waiting = Clock(
        Status.WITHIN_PROMISE,
        Phase.DELIVERY,
        due=TODAY,
        workdays_left=3,
        deadlines=(Deadline(DeadlineKind.DELIVERY, TODAY, TODAY, 3, Status.DUE_SOON),),
    )
    assert strings.warn_note(waiting, 5) == "本类别剩 5 个工作日及以内标为“即将到期”"
    done = Clock(Status.WITHIN_PROMISE, Phase.DONE, workdays_used=5)
    assert strings.warn_note(done, 5) == ""


def test_a_screen_reader_hears_a_chip_whole_without_its_variants(data: Workspace) -> None:
    """The chip's display text carries its shorter wordings after separators, which a
    screen reader would read out: its accessible text is the whole wording, once."""
    model = ApplicationsTableModel()
    model.set_views(list_applications(data, today=TODAY))
    heard: dict[str, tuple[str, str]] = {}
    for row in range(model.rowCount()):
        view = model.view_at(row)
        said = model.index(row, COUNTDOWN_COLUMN).data(Qt.ItemDataRole.AccessibleTextRole)
        heard[view.record.project] = (said, strings.countdown_text(view.clock))
    decided, whole = heard["@SUM(A1)"]
    assert decided == whole and strings.VARIANTS not in decided
    assert decided.startswith("承诺期内办结 用时") and decided.endswith(" 个工作日")
    running, whole = heard['=HYPERLINK("http://x")']
    assert running == whole


def test_a_running_chip_names_its_categorys_reminder_days(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    """Each category has its own reminder days: the same days left are yellow in one row
    and green in the next. A new clerk saw only 正常 on hover; the tooltip names the days
    of the row's own category, as the rules page has them."""
    save_rule(ws, replace(ws.rule("report_form"), warn_workdays=2))
    save_rule(ws, replace(ws.rule("report_book"), warn_workdays=9))
    for category in ("report_form", "report_book"):
        fields = {"category": category, "project": category, "received_on": TODAY}
        register(ws, new_application(**fields), today=TODAY)
    window = open_window(qtbot, ws, settings)
    window.show_view(ALL)
    proxy = window.applications.page.proxy
    tips = {
        str(proxy.index(row, 2).data()): str(
            proxy.index(row, COUNTDOWN_COLUMN).data(Qt.ItemDataRole.ToolTipRole)
        )
        for row in range(proxy.rowCount())
    }
    # Five working days to accept both: green in one category, yellow in the other.
    assert tips["report_form"].splitlines() == [
        "正常",
        "待受理 剩 5 个工作日",
        "本类别剩 2 个工作日及以内标为“即将到期”",
    ]
    assert tips["report_book"].splitlines() == [
        "即将到期",
        "待受理 剩 5 个工作日",
        "本类别剩 9 个工作日及以内标为“即将到期”",
    ]
    close_when_idle(qtbot, window)


def test_a_closed_chip_says_so_once(ws: Workspace) -> None:
    """A withdrawn application's chip is its status: the tooltip read 已终止 twice."""
    withdrawn = register(ws, new_application(project="撤回"), today=TODAY)
    apply_step(ws, withdrawn, 1, Step(Action.WITHDRAW, TODAY), today=TODAY)
    model = ApplicationsTableModel()
    model.set_views(list_applications(ws, today=TODAY))
    tip = model.index(0, COUNTDOWN_COLUMN).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "已终止"


def test_a_delivery_missed_on_friday_is_late_on_saturday(ws: Workspace) -> None:
    """Decided Friday 11-20, to deliver by Friday 12-04: on Saturday its chip said
    今日应送达 while the list's export called it 送达超期."""
    friday = date(2026, 11, 20)
    app_id = register(ws, new_application(received_on=date(2026, 11, 2)), today=friday)
    for version, step in enumerate(
        (
            Step(Action.ACCEPT, date(2026, 11, 2)),
            Step(Action.START_REVIEW, date(2026, 11, 2)),
            Step(Action.REFUSE, friday, document_number="环审〔2026〕9号", reason="选址不符合规划"),
        ),
        start=1,
    ):
        apply_step(ws, app_id, version, step, today=friday)
    (view,) = list_applications(ws, today=date(2026, 12, 5))
    assert view.clock.due == date(2026, 12, 4)
    assert strings.countdown_text(view.clock) == "送达超期 1 个工作日"


def test_the_due_column_says_which_day_it_holds(qapp: QApplication) -> None:
    model = ApplicationsTableModel()
    due = [c.key for c in COLUMNS].index("due")
    tip = str(model.headerData(due, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole))
    assert "待受理的为受理期限" in tip and "待送达的为送达期限" in tip and "逐日后延" in tip
    # Only where the name leaves a question.
    assert model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) is None


@pytest.mark.usefixtures("english")
def test_the_due_columns_tip_is_in_english_too() -> None:
    due = [c.key for c in COLUMNS].index("due")
    tip = str(
        ApplicationsTableModel().headerData(
            due, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
        )
    )
    assert tip.startswith("The day the countdown runs to")
