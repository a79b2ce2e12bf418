"""The figures read from the database are the very figures the window computes from the
countdowns it holds, to the last bit, on a generated population: for a year, a month
and a span across years, over all and for one handler, category or deciding unit."""

from __future__ import annotations

import random
from datetime import date
from typing import Any

import pytest

from approvals_gui.domain.applications import ApplicationRecord
from approvals_gui.services import demo
from approvals_gui.services.applications import list_applications
from approvals_gui.services.figures import figures_report, report_from
from approvals_gui.services.workspace import Workspace
from approvals_gui.store import repo
from approvals_gui.store.db import session_scope
from approvals_gui.store.figures import figure_records
from tests.conftest import TODAY

PERIODS = [
    (date(2026, 1, 1), date(2026, 12, 31)),
    (date(2026, 11, 1), date(2026, 11, 30)),
    (date(2025, 10, 1), date(2026, 3, 31)),
]


@pytest.fixture
def generated(ws: Workspace) -> Workspace:
    demo.generate(ws, 800, today=TODAY, seed=14)
    return ws


def test_the_database_and_the_window_give_the_same_figures(generated: Workspace) -> None:
    ws = generated
    shown = list_applications(ws, today=TODAY)
    shuffled = random.Random(14).sample(shown, len(shown))  # the window's order varies
    some = shown[len(shown) // 2].record
    filters: list[dict[str, Any]] = [
        {},
        {"handler": some.handler},
        {"category": some.category},
        {"unit": some.unit},
    ]
    for first, last in PERIODS:
        for chosen in filters:
            read = figures_report(ws, first, last, today=TODAY, **chosen)
            assert read.figures.received or read.figures.backlog_by_stage  # not vacuous
            for views in (shown, shuffled):
                from_window = report_from(ws, views, first, last, as_of=TODAY, **chosen)
                assert read == from_window, (first, chosen)


def test_figure_records_carry_what_the_lists_read_of_the_same_applications(
    generated: Workspace,
) -> None:
    span = (date(2026, 1, 1), date(2026, 12, 31))
    with session_scope(generated.engine, write=False) as session:
        listed = repo.list_records(session, active_between=span)
        read = figure_records(session, *span)

    def counted(records: list[ApplicationRecord]) -> dict[int, tuple[object, ...]]:
        return {
            r.id: (
                r.facts,
                r.category,
                r.handler,
                r.registered_on,
                r.judged_rule_id,
                r.unit,
                r.holder,
            )
            for r in records
        }

    assert len(read) == len(listed) > 0
    assert counted(read) == counted(listed)
