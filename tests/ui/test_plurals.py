"""In English a count of 1 takes the singular: "1 working day", "2 working days", never
"1 working days" (the translation's plural forms, chosen by the count Qt is given)."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from approvals_gui.domain.stages import Action
from approvals_gui.services.applications import Step, apply_step, detail, register
from approvals_gui.services.workspace import Workspace
from approvals_gui.ui.controllers.applications import ALL, MINE
from approvals_gui.ui.dialogs.why_dialog import WhyDialog
from approvals_gui.ui.main_window import BOARD, RULES
from tests.conftest import TODAY, new_application
from tests.ui.conftest import open_window


def says(text: str, phrase: str) -> bool:
    """`phrase` in `text` as a whole: "1 working day" is not found in "1 working days"."""
    return re.search(re.escape(phrase) + r"(?![A-Za-z])", text) is not None


def reviewed(ws: Workspace, received: date, accepted: date, first: date, last: date) -> int:
    """Accepted, then in expert review from `first` to `last`."""
    app_id = register(ws, new_application(received_on=received), today=TODAY)
    steps = (
        Step(Action.ACCEPT, accepted),
        Step(Action.START_EXPERT_REVIEW, first),
        Step(Action.FINISH_EXPERT_REVIEW, last),
    )
    for version, step in enumerate(steps, start=1):
        apply_step(ws, app_id, version, step, today=TODAY)
    return app_id


def why_text(qtbot: QtBot, ws: Workspace, app_id: int) -> str:
    dialog = WhyDialog(detail(ws, app_id, today=TODAY))
    qtbot.addWidget(dialog)
    return dialog.browser.toPlainText()


def test_the_why_dialog_counts_days_in_the_singular_and_the_plural(
    qtbot: QtBot, ws: Workspace, english: None
) -> None:
    # Received on a Saturday: the intake period skips one weekend day, the Sunday.
    saturday, review = date(2026, 11, 7), date(2026, 11, 10)
    one = why_text(qtbot, ws, reviewed(ws, saturday, date(2026, 11, 9), review, review))
    assert says(one, "Expert review: 2026-11-10 to 2026-11-10, 1 working day not counted")
    assert says(one, "1 weekend day, 0 holidays")
    # Received on a Monday: the intake period skips a whole weekend.
    monday, accepted = date(2026, 11, 2), date(2026, 11, 3)
    two = why_text(qtbot, ws, reviewed(ws, monday, accepted, date(2026, 11, 4), date(2026, 11, 5)))
    assert says(two, "Expert review: 2026-11-04 to 2026-11-05, 2 working days not counted")
    assert says(two, "2 weekend days, 0 holidays")


def test_the_digest_counts_workdays_in_the_singular_and_the_plural(
    qtbot: QtBot, ws: Workspace, settings: QSettings, english: None
) -> None:
    """Report forms (10 working days promised) accepted on the day they came; today is
    Wednesday 25 November."""
    for project, accepted in (
        ("甲", date(2026, 11, 11)),  # due today: red tomorrow
        ("乙", date(2026, 11, 12)),  # due tomorrow: red the day after
        ("丙", date(2026, 11, 17)),  # four working days left: yellow tomorrow
        ("丁", date(2026, 11, 18)),  # five left: yellow in two working days
    ):
        app_id = register(ws, new_application(project=project, received_on=accepted), today=TODAY)
        apply_step(ws, app_id, 1, Step(Action.ACCEPT, accepted), today=TODAY)
    # Not yet accepted: the five working days to decide end tomorrow, or today.
    register(ws, new_application(project="戊", received_on=date(2026, 11, 19)), today=TODAY)
    register(ws, new_application(project="己", received_on=date(2026, 11, 18)), today=TODAY)
    window = open_window(qtbot, ws, settings)
    qtbot.waitUntil(lambda: window.reminders.digest is not None)
    digest = window.reminders.digest
    assert digest is not None
    lines = [digest.entries.item(row).text() for row in range(digest.entries.count())]
    said = {line.split(" ", 1)[1].split(": ")[0]: line for line in lines}  # "number project: …"
    assert says(said["甲"], "Due today")
    assert says(said["乙"], "1 working day left")
    assert said["丙"].endswith("Turns due soon (yellow) in 1 working day; 4 working days left")
    assert says(said["丁"], "Turns due soon (yellow) in 2 working days")
    assert says(said["戊"], "Only 1 working day left to accept")
    assert says(said["己"], "Only 0 working days left to accept")


def test_the_navigation_tooltips_count_in_the_singular_and_the_plural(
    qtbot: QtBot, data: Workspace, settings: QSettings, english: None
) -> None:
    """Two applications: one mine and overdue, one finished."""
    window = open_window(qtbot, data, settings)
    tips = {
        window.nav.item(row).data(Qt.ItemDataRole.UserRole): window.nav.item(row).toolTip()
        for row in range(window.nav.count())
    }
    assert tips[MINE] == "You have 1 open item"
    assert tips[ALL] == "2 applications in all"
    assert (
        tips[BOARD] == "1 item overdue: 1 open application "
        "(past the statutory or the promised date, or late to deliver or to hold a hearing)"
    )


def test_spin_boxes_of_days_count_in_the_singular_and_the_plural(
    qtbot: QtBot, ws: Workspace, settings: QSettings, english: None
) -> None:
    window = open_window(qtbot, ws, settings)
    window.show_view(RULES)
    page = window.rules.page
    page.select_category("report_form")
    page.warn.setValue(1)
    assert page.warn.text() == "1 working day"
    page.warn.setValue(2)
    assert page.warn.text() == "2 working days"


def test_an_english_chip_has_a_shorter_wording_that_nothing_else_shows(
    english: None,
) -> None:
    """The English chips give a shorter wording for a narrow list (Qt's length
    variants): the list fits 1366 pixels with it. Everything else shows the whole
    wording, without the separator between the two."""
    from approvals_gui.domain.clock import Clock, Phase, Status
    from approvals_gui.domain.stages import Stage
    from approvals_gui.ui import strings

    clocks = (
        Clock(Status.BREACH, Phase.DECISION, workdays_left=-3),
        Clock(Status.OVERDUE, Phase.DECISION, workdays_left=-1),
        Clock(Status.NORMAL, Phase.INTAKE, workdays_left=2),
        Clock(Status.DUE_SOON, Phase.DECISION, workdays_left=1),
        Clock(Status.NORMAL, Phase.DELIVERY, workdays_left=4),
        Clock(Status.PAUSED, Phase.DECISION, workdays_left=9, paused_by=Stage.EXPERT_REVIEW),
        Clock(Status.UNKNOWN, Phase.DECISION),
        Clock(Status.WITHIN_PROMISE, Phase.DONE, workdays_used=12),
    )
    wordings = [strings.countdown_wordings(c) for c in clocks]
    assert [w[0] for w in wordings] == [
        "3 working days past the statutory limit",
        "1 working day past promise",
        "To accept: 2 working days left",
        "1 working day left",
        "To deliver: 4 working days left",
        "Paused: Expert review",
        "Cannot compute: a date outside the calendar",
        "Decided within promise in 12 working days",
    ]
    assert [w[-1] for w in wordings] == [
        "3 days over legal limit",
        "1 day over promise",
        "Accept in 2 days",
        "1 day left",
        "Deliver in 4 days",
        "Paused",
        "Cannot compute",
        "12 days used",
    ]
    for clock, wording in zip(clocks, wordings, strict=True):
        assert strings.countdown_text(clock) == wording[0]
        assert strings.countdown_chip(clock) == strings.VARIANTS.join(wording)
    for text in (
        strings.workdays_left_text(-2),
        strings.workdays_left_text(3),
        strings.delivery_left_text(-1),
        strings.delivery_left_text(5),
    ):
        assert strings.VARIANTS not in text and "working" in text
