"""The demo's year of 12369 cases: every channel and topic, and each kind of story."""

from __future__ import annotations

import random
import re
from collections import Counter
from datetime import date, datetime

from approvals_gui.domain.calendar import WorkCalendar
from approvals_gui.domain.enterprises import EnterpriseForm
from approvals_gui.domain.hotline.cases import CaseAction, CaseStage, Channel, Topic, case_facts
from approvals_gui.domain.hotline.clock import CaseStatus
from approvals_gui.domain.hotline.rules import DEFAULT_HOTLINE_RULE
from approvals_gui.domain.stages import recorded_later
from approvals_gui.domain.units import Unit, UnitKind
from approvals_gui.services.demo import credit_code, enterprise_name
from approvals_gui.services.directory import save_enterprise
from approvals_gui.services.hotline import case_figures, list_cases
from approvals_gui.services.hotline_demo import add_cases
from approvals_gui.services.hotline_exports import hotline_report_sheets
from approvals_gui.services.units import save_units
from approvals_gui.services.workspace import Workspace
from approvals_gui.store import hotline as store
from approvals_gui.store.db import session_scope
from tests.conftest import TODAY

UNITS = [
    Unit("city", "市局", UnitKind.CITY),
    Unit("east", "城东分局", UnitKind.BRANCH, "城东区"),
    Unit("north", "江北分局", UnitKind.BRANCH, "江北区"),
]


def add_year_of_cases(ws: Workspace) -> None:
    save_units(ws, UNITS)
    rng = random.Random(7)
    for _ in range(8):  # few enterprises, so that some are reported again and again
        save_enterprise(ws, EnterpriseForm(enterprise_name(rng), credit_code(rng)))
    now = datetime(2026, 11, 25, 17, 0)
    with session_scope(ws.engine) as session:
        add_cases(
            session,
            rng,
            400,
            units=UNITS,
            cal=WorkCalendar.china(),
            rule=DEFAULT_HOTLINE_RULE,
            now=now,
            actor="演示",
        )


def test_a_year_of_cases_tells_every_story(ws: Workspace) -> None:
    add_year_of_cases(ws)
    cases = list_cases(ws, today=TODAY)
    assert len(cases) == 400
    assert {v.record.channel for v in cases} == set(Channel)
    assert {v.record.topic for v in cases} == set(Topic)
    statuses = Counter(v.clock.status for v in cases)
    for status in CaseStatus:
        assert statuses[status] > 0, status
    stages = Counter(v.record.facts.stage for v in cases)
    assert stages[CaseStage.REVIEWED] + stages[CaseStage.REVIEW] > 0
    assert {v.record.facts.unit for v in cases} >= {"east", "north"}
    assert min(v.record.received_at for v in cases) < datetime(2026, 1, 1)
    with session_scope(ws.engine, write=False) as session:
        for view in cases:  # the stored facts are the history's
            events = store.load_case_events(session, view.record.id)
            assert case_facts(events) == view.record.facts
            # each step entered on its day, as a clerk would: none reads as 补录
            assert [e for e in events if recorded_later(e.on, e.at)] == []
            if view.record.facts.returns:
                assert any(e.action is CaseAction.RETURN for e in events)
    # Each year numbered from 1 without a gap, its highest number looked up only once.
    by_year: dict[int, list[str]] = {}
    for view in cases:
        by_year.setdefault(view.record.received_at.year, []).append(view.record.number)
    assert len(by_year) == 2
    for year, numbers in by_year.items():
        assert sorted(numbers) == [store.case_number(year, n) for n in range(1, len(numbers) + 1)]


def test_each_rate_in_the_reports_tables_follows_the_count_it_divides(ws: Workspace) -> None:
    """The report's 按类别 read 受理 13, 办结 11, 办结率 61.5%（8/13）: 办结 counts the
    cases closed in the month, 办结率 those accepted in it, and a reader took 11 for the
    8. Each rate now stands right after the count it is a share of, in the report and
    on the figures' tabs alike."""
    add_year_of_cases(ws)
    figures = case_figures(ws, date(2026, 10, 1), date(2026, 10, 31), today=TODAY)
    sheets = hotline_report_sheets(figures, list_cases(ws, today=TODAY), {}, today=TODAY)
    groups = [s for s in sheets if s.title.startswith("按")]
    assert len(groups) == 4
    rates = 0
    for sheet in groups:
        for row in sheet.rows:
            for before, cell in zip(row, row[1:], strict=False):
                if isinstance(cell, str) and (share := re.search(r"（(\d+)/(\d+)）", cell)):
                    assert int(share[2]) == before, (sheet.title, row)
                    rates += 1
    assert rates > 20
