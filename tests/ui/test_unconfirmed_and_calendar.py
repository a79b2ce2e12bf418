"""#13: the calendar draws no impossible dates; the 未公布 warning only where a running
clock's due date depends on a year without its schedule, an application's or a 12369
case's."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFormLayout, QLabel
from pytestqt.qtbot import QtBot

from approvals_gui.domain.stages import Action
from approvals_gui.services.applications import Step, apply_step, detail, register
from approvals_gui.services.rules import save_rule
from approvals_gui.services.workspace import Workspace
from approvals_gui.ui.detail_pane import DetailPane
from approvals_gui.ui.main_window import CALENDAR
from approvals_gui.ui.pages.case_detail_pane import CaseDetailPane
from tests.conftest import TODAY, new_application
from tests.ui.conftest import laid_out, open_window

N = lambda d: date(2026, 11, d)  # noqa: E731
WARNING = "2027 年节假日安排尚未公布"


def pane_texts(pane: DetailPane | CaseDetailPane) -> list[str]:
    layout = pane.dates
    assert isinstance(layout, QFormLayout)
    return [w.text() for w in laid_out(layout) if isinstance(w, QLabel)]


def book(ws: Workspace, *steps: Step) -> int:
    """A report book (60 working days) accepted 11-20: due in 2027, not yet confirmed."""
    app_id = register(ws, new_application(category="report_book", received_on=N(20)), today=TODAY)
    for version, step in enumerate((Step(Action.ACCEPT, N(20)), *steps), start=1):
        apply_step(ws, app_id, version, step, today=TODAY)
    return app_id


def test_the_warning_is_for_a_running_clock_only(qtbot: QtBot, ws: Workspace) -> None:
    # Without the 受理公示 and 拟批准公示, so that the finished one is quick to write.
    save_rule(
        ws,
        replace(
            ws.rule("report_book"), approval_notice_workdays=0, acceptance_publicity_workdays=0
        ),
    )
    running = book(ws)
    finished = book(
        ws,
        Step(Action.START_REVIEW, N(23)),
        Step(Action.APPROVE, N(24), document_number="环审〔2026〕9号"),
        Step(Action.DELIVER, N(25)),
    )
    pane = DetailPane()
    qtbot.addWidget(pane)
    pane.show_detail(detail(ws, running, today=TODAY))
    assert any(WARNING in text for text in pane_texts(pane))
    pane.show_detail(detail(ws, finished, today=TODAY))
    assert detail(ws, finished, today=TODAY).view.clock.unconfirmed_years == (2027,)
    assert not any(WARNING in text for text in pane_texts(pane))


def test_the_calendar_shows_only_real_dates(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    window = open_window(qtbot, ws, settings)
    window.show_view(CALENDAR)
    page = window.calendar.page
    qtbot.waitUntil(lambda: page.grid.item(9, 0) is not None and page.grid.item(9, 0).text() != "")
    for month, day in ((2, 29), (2, 30), (2, 31), (4, 31), (6, 31), (9, 31), (11, 31)):
        assert not page.is_real_day(month, day), (month, day)
        item = page.grid.item(month - 1, day - 1)
        workday = page.grid.item(0, 1).background()  # 2 January
        assert item.text() == "" and item.background() != workday
    assert page.is_real_day(2, 28) and page.is_real_day(3, 31)
    page.year.setValue(2028)  # a leap year has its 29 February
    qtbot.waitUntil(lambda: page.is_real_day(2, 29))
    assert not page.is_real_day(2, 30)


@pytest.mark.usefixtures("english")
def test_in_english_the_unconfirmed_years_are_listed_in_english(
    qtbot: QtBot, ws: Workspace
) -> None:
    """Two years without their schedule were joined by a Chinese 、 in English too."""
    found = detail(ws, book(ws), today=TODAY)
    clock = replace(found.view.clock, unconfirmed_years=(2027, 2028))
    pane = DetailPane()
    qtbot.addWidget(pane)
    pane.show_detail(replace(found, view=replace(found.view, clock=clock)))
    said = [text for text in pane_texts(pane) if "holiday schedule" in text]
    assert said and "2027, 2028" in said[0] and "、" not in said[0]


def test_a_late_delivery_stays_on_a_finished_applications_dates(
    qtbot: QtBot, ws: Workspace
) -> None:
    """Approved 11-02, delivered 11-20: the 10 working days ended 11-16. Once delivered,
    the 时限 tab had dropped the delivery limit and said nothing of it."""
    save_rule(
        ws,
        replace(
            ws.rule("report_form"), approval_notice_workdays=0, acceptance_publicity_workdays=0
        ),
    )
    app_id = register(ws, new_application(received_on=date(2026, 10, 26)), today=TODAY)
    for version, step in enumerate(
        (
            Step(Action.ACCEPT, date(2026, 10, 27)),
            Step(Action.START_REVIEW, date(2026, 10, 28)),
            Step(Action.APPROVE, date(2026, 11, 2), document_number="环审〔2026〕9号"),
            Step(Action.DELIVER, N(20)),
        ),
        start=1,
    ):
        apply_step(ws, app_id, version, step, today=TODAY)
    pane = DetailPane()
    qtbot.addWidget(pane)
    pane.show_detail(detail(ws, app_id, today=TODAY))
    assert "2026-11-16，于 2026-11-20 送达（逾期 4 个工作日送达）" in pane_texts(pane)


def test_a_12369_case_running_into_2027_says_so_beside_its_dates(
    qtbot: QtBot, ws: Workspace
) -> None:
    """The case pane's 时限 gave 2027 dates with no word that 2027's holidays are only
    estimated; the application's pane said so."""
    from approvals_gui.domain.hotline.cases import CaseAction
    from approvals_gui.services.hotline import CaseStepForm, case_detail, case_step, register_report
    from tests.conftest import new_report

    case_id = register_report(ws, new_report(), today=TODAY)
    version = case_detail(ws, case_id, today=TODAY).view.record.version
    case_step(ws, case_id, version, CaseStepForm(CaseAction.ACCEPT, N(20)), today=TODAY)
    pane = CaseDetailPane()
    qtbot.addWidget(pane)
    pane.show_detail(case_detail(ws, case_id, today=TODAY))
    assert any(WARNING in text for text in pane_texts(pane))
    pane.show_detail(case_detail(ws, register_report(ws, new_report(), today=TODAY), today=TODAY))
    assert not any(WARNING in text for text in pane_texts(pane))  # its dates are in 2026
