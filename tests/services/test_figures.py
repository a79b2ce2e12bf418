"""Figures on a small fixed data set, against values computed by hand."""

from __future__ import annotations

import dataclasses
import re
from datetime import date

import pytest

from approvals_gui.domain.errors import DomainError, ErrorCode
from approvals_gui.domain.metrics import compute_figures
from approvals_gui.domain.stages import Action, Stage
from approvals_gui.domain.units import Authority, Level, Unit, UnitKind
from approvals_gui.services.applications import Step, apply_step, list_applications, register
from approvals_gui.services.exports import figures_sheets
from approvals_gui.services.figure_rows import UNIT_COLUMNS, figure_rows, unit_figure_rows
from approvals_gui.services.figures import figures_report, report_from
from approvals_gui.services.units import save_authorities, save_units
from approvals_gui.services.workspace import Workspace
from tests.conftest import TODAY, new_application

DOC = "环审〔2026〕1号"
N = lambda d: date(2026, 11, d)  # noqa: E731


def run(ws: Workspace, received: date, *steps: Step) -> int:
    app_id = register(ws, new_application(received_on=received), today=TODAY)
    version = 1
    for step in steps:
        version = apply_step(ws, app_id, version, step, today=TODAY).view.record.version
    return app_id


def test_figures_for_november(ws: Workspace) -> None:
    # A: accepted 11-03, decided 11-12 (7 working days), delivered: early, one go.
    run(
        ws,
        N(2),
        Step(Action.ACCEPT, N(3)),
        Step(Action.START_REVIEW, N(4)),
        Step(Action.REFUSE, N(12), document_number=DOC, reason="选址不符合规划"),
        Step(Action.DELIVER, N(13)),
    )
    # B: two supplements, decided 11-20 after the promise (11-17 + 0): on time, not one go.
    run(
        ws,
        N(2),
        Step(Action.REQUEST_SUPPLEMENT, N(2), materials=("图件",)),
        Step(Action.RECEIVE_MATERIALS, N(2)),
        Step(Action.REQUEST_SUPPLEMENT, N(2), materials=("附件",), reason="附件缺页"),
        Step(Action.RECEIVE_MATERIALS, N(3)),
        Step(Action.ACCEPT, N(3)),
        Step(Action.START_REVIEW, N(4)),
        Step(Action.REFUSE, N(20), document_number=DOC, reason="选址不符合规划"),
        Step(Action.DELIVER, N(20)),
    )
    # C: open, in review.  D: open, just received.
    run(ws, N(20), Step(Action.ACCEPT, N(23)), Step(Action.START_REVIEW, N(24)))
    run(ws, N(25))
    f = figures_report(ws, N(1), N(30), today=TODAY).figures
    assert (f.received, f.accepted, f.decided, f.delivered) == (4, 3, 2, 2)
    assert f.on_time_rate == 1.0 and f.one_go_rate == 0.5
    assert f.with_supplement == 1 and f.supplement_share == 0.25
    assert f.avg_workdays_used == pytest.approx((7 + 13) / 2)
    assert f.avg_promised_workdays == 10 and f.avg_statutory_workdays == 30
    assert f.backlog_by_stage == {Stage.REVIEW: 1, Stage.RECEIVED: 1}
    october = figures_report(ws, date(2026, 10, 1), date(2026, 10, 31), today=TODAY).figures
    assert october.decided == 0 and october.on_time_rate is None
    assert figures_report(ws, N(1), N(30), handler="李四", today=TODAY).figures.received == 0


def test_report_trend_and_categories(ws: Workspace) -> None:
    # Decided on 11-12 within the promise; decided on 10-20 late for a form (30 wd).
    run(
        ws,
        N(2),
        Step(Action.ACCEPT, N(3)),
        Step(Action.START_REVIEW, N(4)),
        Step(Action.REFUSE, N(12), document_number=DOC, reason="选址不符合规划"),
        Step(Action.DELIVER, N(13)),
    )
    run(
        ws,
        date(2026, 8, 3),
        Step(Action.ACCEPT, date(2026, 8, 4)),
        Step(Action.START_REVIEW, date(2026, 8, 5)),
        Step(Action.REFUSE, date(2026, 10, 20), reason="选址不符合规划", document_number=DOC),
    )
    register(ws, new_application(category="report_book", received_on=N(24)), today=TODAY)
    report = figures_report(ws, N(1), N(30), today=TODAY)
    months = [p.month for p in report.trend]
    assert months[0] == date(2025, 12, 1) and months[-1] == N(1) and len(months) == 12
    by_month = {p.month: p for p in report.trend}
    assert (by_month[N(1)].decided, by_month[N(1)].on_time_rate) == (1, 1.0)
    assert by_month[N(1)].one_go_rate == 1.0
    october = by_month[date(2026, 10, 1)]
    assert (october.decided, october.on_time_rate, october.delivered) == (1, 0.0, 0)
    assert report.by_category["report_form"].decided == 1
    assert report.by_category["report_book"].received == 1
    assert report.by_category["notify_commit"].received == 0
    # The refusal of 10-20 is not delivered yet: still in hand.
    assert report.figures.backlog_by_stage == {Stage.RECEIVED: 1, Stage.REFUSED: 1}
    # ... and the exported stages add up to 当前在办 with it (they had left it out).
    in_hand = next(s for s in figures_sheets(report, {}) if s.title == "在办环节")
    counts = {str(stage): n for stage, n in in_hand.rows}
    assert counts["不予批准待送达"] == 1 and sum(counts.values()) == 2
    # A handler's or category's figures leave the others out: a category's has no rows
    # for the others (its chart drew four empty ones).
    book = figures_report(ws, N(1), N(30), category="report_book", today=TODAY)
    assert book.figures.received == 1 and list(book.by_category) == ["report_book"]


def test_a_period_that_ends_before_it_starts_is_refused(ws: Workspace) -> None:
    with pytest.raises(DomainError) as caught:
        figures_report(ws, N(30), N(1), today=TODAY)
    assert caught.value.code is ErrorCode.END_BEFORE_START


def test_the_total_from_categories_equals_the_figures_over_all(ws: Workspace) -> None:
    run(
        ws,
        N(2),
        Step(Action.ACCEPT, N(3)),
        Step(Action.START_REVIEW, N(4)),
        Step(Action.REFUSE, N(12), document_number=DOC, reason="选址不符合规划"),
    )
    book = register(ws, new_application(category="report_book", received_on=N(2)), today=TODAY)
    for version, step in enumerate(
        (
            Step(Action.ACCEPT, N(4)),
            Step(Action.START_REVIEW, N(5)),
            Step(Action.REFUSE, N(24), document_number=DOC, reason="选址不符合规划"),
        ),
        start=1,
    ):
        apply_step(ws, book, version, step, today=TODAY)
    items = [(v.record, v.clock) for v in list_applications(ws, today=TODAY)]
    direct = compute_figures(items, ws.rule_for, ws.calendar(), N(1), N(30))
    combined = figures_report(ws, N(1), N(30), today=TODAY).figures
    assert combined.avg_workdays_used == pytest.approx(direct.avg_workdays_used)
    assert combined.avg_statutory_workdays == pytest.approx((30 + 60) / 2)
    assert dataclasses.replace(
        combined, avg_workdays_used=None, avg_promised_workdays=None, avg_statutory_workdays=None
    ) == dataclasses.replace(
        direct, avg_workdays_used=None, avg_promised_workdays=None, avg_statutory_workdays=None
    )


UNITS = [
    Unit("city", "市局", UnitKind.CITY),
    Unit("gx", "高新分局", UnitKind.BRANCH, "高新区"),
    Unit("centre", "技术评估中心", UnitKind.CENTRE),
]


@pytest.fixture
def transferred(ws: Workspace) -> Workspace:
    """A: a report form the 高新 branch decides, at the centre 11-04 to 11-11 (5 working
    days), refused 11-16: 2 + 3 days at the branch. B: a report book the city bureau
    decides on 11-12, never moved: 8 days. C: sent to the centre by mistake and undone,
    decided at the branch on 11-13: 6 days there."""
    save_units(ws, UNITS)
    save_authorities(ws, [Authority("report_form", Level.LOCAL)])
    ws.reload()
    run(
        ws,
        N(2),
        Step(Action.ACCEPT, N(3)),
        Step(Action.START_EXPERT_REVIEW, N(4), remark="技术评估"),
        Step(Action.TRANSFER, N(4), to_unit="centre"),
        Step(Action.TRANSFER, N(11), to_unit="gx"),
        Step(Action.FINISH_EXPERT_REVIEW, N(11)),
        Step(Action.REFUSE, N(16), document_number=DOC, reason="选址不符合规划"),
        Step(Action.DELIVER, N(17)),
    )
    book = register(ws, new_application(category="report_book", received_on=N(2)), today=TODAY)
    for version, step in enumerate(
        (
            Step(Action.ACCEPT, N(3)),
            Step(Action.START_REVIEW, N(4)),
            Step(Action.REFUSE, N(12), document_number=DOC, reason="选址不符合规划"),
        ),
        start=1,
    ):
        apply_step(ws, book, version, step, today=TODAY)
    run(
        ws,
        N(5),
        Step(Action.TRANSFER, N(6), to_unit="centre"),
        Step(Action.UNDO, N(6)),
        Step(Action.ACCEPT, N(9)),
        Step(Action.START_REVIEW, N(10)),
        Step(Action.REFUSE, N(13), document_number=DOC, reason="选址不符合规划"),
    )
    run(ws, N(20))  # open: neither decided nor counted in the days
    return ws


def test_figures_by_unit_and_each_units_share_of_the_days(transferred: Workspace) -> None:
    ws = transferred
    report = figures_report(ws, N(1), N(30), today=TODAY)
    assert list(report.by_unit) == ["city", "gx", "centre"]
    city, branch, centre = (report.by_unit[c] for c in ("city", "gx", "centre"))
    assert (city.received, city.decided, city.within_promise_rate) == (1, 1, 1.0)
    assert (branch.received, branch.decided, branch.delivered, branch.one_go_rate) == (
        3,
        2,
        1,
        1.0,
    )
    assert (centre.received, centre.decided, centre.on_time_rate) == (0, 0, None)
    days = report.unit_days
    assert days.decided == 3 and days.days == {"gx": 11, "centre": 5, "city": 8}
    # Each application's days at its units add up to its days from receipt to decision.
    cal = ws.calendar()
    assert days.total == sum(
        cal.workdays_between(v.record.registered_on, v.record.facts.decided_on)
        for v in list_applications(ws, today=TODAY)
        if v.record.facts.decided_on is not None
    )
    assert days.average("centre") == pytest.approx(5 / 3)
    assert days.share("centre") == pytest.approx(5 / 24)
    assert sum(days.share(u) or 0 for u in days.days) == pytest.approx(1.0)
    rows = {
        r.name: {c.label: c.value for c in r.cells}
        for r in unit_figure_rows(report.by_unit, days, report.figures, report.unit_names)
    }
    assert list(rows) == ["市局", "高新分局", "技术评估中心", "合计"]
    # The total's cell is every unit's days together: labelled as the time per application.
    assert "平均在该单位工作日" not in rows["合计"]
    assert rows["合计"]["每件平均总用时（收件至决定，含暂停）"] == 8
    assert rows["合计"]["用时占比"] == 1.0
    assert rows["技术评估中心"]["用时占比"] == pytest.approx(5 / 24)
    # The window's report from the countdowns it holds is the same.
    views = list_applications(ws, today=TODAY)
    assert report_from(ws, views, N(1), N(30), as_of=TODAY) == report


def test_a_units_figures_alone(transferred: Workspace) -> None:
    report = figures_report(transferred, N(1), N(30), unit="gx", today=TODAY)
    assert report.unit == "gx" and list(report.by_unit) == ["gx"]
    assert (report.figures.received, report.figures.decided) == (3, 2)
    assert report.unit_days.days == {"gx": 5 + 6, "centre": 5}
    views = list_applications(transferred, today=TODAY)
    assert report_from(transferred, views, N(1), N(30), unit="gx", as_of=TODAY) == report
    # Before the period's decisions nothing is counted.
    october = figures_report(transferred, date(2026, 10, 1), N(15), today=TODAY)
    assert october.unit_days.days == {"city": 8, "gx": 6}


def test_no_definition_points_to_a_place_on_the_page(ws: Workspace) -> None:
    """The screen, the workbook and the PDF lay the figures out each its own way: the
    by-unit table's note said 长于上方…“平均审批用时”, which the PDF prints on the
    page before. A definition names the figure it means instead."""
    report = figures_report(ws, N(1), N(30), today=TODAY)
    notes = [row.note for row in figure_rows(report.figures)]
    notes += [column.note for column in UNIT_COLUMNS]
    assert [n for n in notes if re.search("[上下][方表]|[左右]侧|见下|如上", n)] == []
