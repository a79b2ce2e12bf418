"""Figures on a small fixed data set, against values computed by hand."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from approvals_gui.domain.errors import DomainError, ErrorCode
from approvals_gui.domain.metrics import compute_figures
from approvals_gui.domain.stages import Action, Stage
from approvals_gui.services.applications import Step, apply_step, list_applications, register
from approvals_gui.services.figures import figures_report
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
    # A handler's or category's figures leave the others out.
    assert (
        figures_report(ws, N(1), N(30), category="report_book", today=TODAY).figures.received == 1
    )


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
