"""The demo data exercises every rule of the clocks, in realistic proportions."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine

from approvals_gui import cli
from approvals_gui.domain.calendar import DayKind, DaySource, OverrideKind
from approvals_gui.domain.clock import Clock, evaluate
from approvals_gui.domain.stages import Action, Stage, effective_history, holder
from approvals_gui.domain.timelimits import Unit
from approvals_gui.domain.units import Level, UnitKind, deciding_unit
from approvals_gui.services import demo
from approvals_gui.services.maintenance import check
from approvals_gui.services.workspace import Workspace
from approvals_gui.store import repo
from approvals_gui.store.database import open_database
from approvals_gui.store.db import session_scope

TODAY = date(2026, 11, 25)
COUNT = 3000


def situations(ws: Workspace) -> Counter[str]:
    """How often each situation the clocks handle occurs in the database."""
    found: Counter[str] = Counter()
    cal = ws.calendar()
    local = {
        info.day: OverrideKind.WORKDAY if info.is_workday else OverrideKind.HOLIDAY
        for info in (cal.day_info(d) for d in _days())
        if info.source is DaySource.LOCAL
    }
    with session_scope(ws.engine, write=False) as session:
        records = repo.list_records(session)
        histories = {r.id: repo.load_events(session, r.id) for r in records}
    for record in records:
        rule = ws.rule_for(record)
        events = histories[record.id]
        effective = effective_history(events)
        actions = [e.action for e in effective]
        clock = evaluate(record.facts, rule, cal, TODAY)
        found[
            "working-day rule" if rule.statutory.unit is Unit.WORKDAYS else "calendar-day rule"
        ] += 1
        if clock.late_supplement_on is not None:
            found["late supplement notice"] += 1
        elif Action.REQUEST_SUPPLEMENT in actions:
            found["supplement notice in time"] += 1
        found["deemed acceptance"] += clock.deemed_accepted
        found["several supplement rounds"] += record.facts.supplement_rounds >= 2
        reviews = [e.remark for e in effective if e.action is Action.START_EXPERT_REVIEW]
        found["expert review"] += "专家评审" in reviews
        found["technical assessment"] += "技术评估" in reviews
        found["hearing finished"] += Action.FINISH_HEARING in actions
        found["hearing running"] += record.facts.stage is Stage.HEARING
        found["hearing waived"] += Action.WAIVE_HEARING in actions
        notice = Action.START_PUBLIC_NOTICE in actions
        promise_only = Stage.PUBLIC_NOTICE in rule.promised_pauses - rule.statutory_pauses
        found["public notice pausing the promise only"] += notice and promise_only
        found["extension"] += Action.EXTEND in actions
        found["undone step"] += any(e.action is Action.UNDO for e in events)
        _spans(found, record.facts.decided_on, clock, cal, local)
        found["unconfirmed year"] += bool(clock.unconfirmed_years)
    return found


def _days() -> list[date]:
    return [date.fromordinal(n) for n in range(date(2024, 11, 1).toordinal(), TODAY.toordinal())]


def _spans(
    found: Counter[str],
    decided: date | None,
    clock: Clock,
    cal: object,
    local: dict[date, OverrideKind],
) -> None:
    if decided is None or clock.clock_start is None:
        return
    start = clock.clock_start
    found["decision across a year end"] += start.year < decided.year
    names = {d.name for d in cal.rest_days_between(start, decided) if d.kind is DayKind.HOLIDAY}
    found["decision across National Day"] += "国庆节" in names
    found["decision across the Spring Festival"] += "春节" in names
    kinds = {kind for day, kind in local.items() if start < day <= decided}
    found["local holiday in a clock"] += OverrideKind.HOLIDAY in kinds
    found["local working day in a clock"] += OverrideKind.WORKDAY in kinds


def test_every_situation_occurs_in_3000_applications(engine: Engine) -> None:
    ws = Workspace(engine, "演示")
    demo.generate(ws, COUNT, today=TODAY, seed=7)
    found = situations(ws)
    expected = {
        "working-day rule",
        "calendar-day rule",
        "late supplement notice",
        "supplement notice in time",
        "deemed acceptance",
        "several supplement rounds",
        "expert review",
        "technical assessment",
        "hearing finished",
        "hearing running",
        "hearing waived",
        "public notice pausing the promise only",
        "extension",
        "undone step",
        "decision across a year end",
        "decision across National Day",
        "decision across the Spring Festival",
        "local holiday in a clock",
        "local working day in a clock",
        "unconfirmed year",
    }
    missing = {name for name in expected if not found[name]}
    assert not missing, found


def test_no_two_enterprises_share_a_name(engine: Engine) -> None:
    """A clerk picking an enterprise from the suggestions met several 江城化工有限公司,
    each with its own code; a demo added to a database that has some keeps to it."""
    ws = Workspace(engine, "演示")
    demo.generate(ws, 3000, today=TODAY, seed=7)
    demo.generate(ws, 3000, today=TODAY, seed=7)  # the same draws again: all taken
    with session_scope(ws.engine, write=False) as session:
        names = [name for name, _code in repo.enterprise_names(session).values()]
    assert len(names) == 2000 and len(set(names)) == len(names)


def test_the_same_seed_gives_the_same_histories(new_database: Callable[[], str]) -> None:
    def numbers() -> list[tuple[str, str, int]]:
        ws = Workspace(open_database(new_database(), create=True), "演示")
        demo.generate(ws, 200, today=TODAY, seed=3)
        with session_scope(ws.engine, write=False) as session:
            records = repo.list_records(session)
            rows = sorted(
                (r.number, r.project, len(repo.load_events(session, r.id))) for r in records
            )
        ws.engine.dispose()
        return rows

    assert numbers() == numbers()


def test_units_authorities_and_transfers(engine: Engine) -> None:
    ws = Workspace(engine, "演示")
    demo.generate(ws, 600, today=TODAY, seed=5)
    units = {u.code: u for u in ws.units()}
    assert len(units) == 5 and units["city"].name == "市局" and "centre" in units
    branches = {u.district for u in units.values() if u.kind is UnitKind.BRANCH}
    assert branches == set(demo.DISTRICTS)  # every district the demo uses has a branch
    authorities = ws.authorities()
    assert authorities["report_book"].level is Level.CITY
    assert authorities["report_form"].level is Level.LOCAL
    with session_scope(ws.engine, write=False) as session:
        records = repo.list_records(session)
        histories = {r.id: repo.load_events(session, r.id) for r in records}
    found: Counter[str] = Counter()
    for r in records:
        assert (
            r.unit == deciding_unit(r.category, r.district, authorities, list(units.values())).unit
        )
        assert r.handler in demo.STAFF[r.unit]  # handlers belong to the deciding unit
        events = effective_history(histories[r.id])
        assert r.holder == (holder(events) or r.unit)
        for e in events:
            if e.action is Action.TRANSFER:
                found[f"{units[e.from_unit].kind}→{units[e.to_unit].kind}"] += 1
    # Report books received at a branch and sent on; files to the centre and back.
    assert found["branch→city"] and found["city→centre"] and found["centre→city"]
    assert check(ws, today=TODAY).ok


def test_the_demo_passes_the_integrity_check_from_the_command_line(tmp_path: Path) -> None:
    db = str(tmp_path / "demo.sqlite3")
    assert cli.main(["demo", "--count", "300", "--db", db]) == 0
    assert cli.main(["check", "--db", db]) == 0


def test_no_report_is_received_after_the_demo_was_made(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Made at 00:39, the demo had reports received at 17:30 that day, in the future."""
    from datetime import datetime

    from approvals_gui.services.hotline import list_cases

    monkeypatch.setattr(demo, "hotline_cases", lambda _applications: 800)  # some today
    made = datetime(2026, 12, 7, 0, 39)
    ws = Workspace(engine, "张三", now=lambda: made)
    demo.generate(ws, 40, today=made.date(), seed=7)
    received = [v.record.received_at for v in list_cases(ws, today=made.date())]
    assert max(received).date() == made.date() and max(received) <= made


def test_a_year_of_service_days_on_any_day_of_the_month(engine: Engine) -> None:
    """The last twelve service days, whatever the day: on 12-01, before December's is
    held, "this month and the eleven before" gave eleven (and `demo` failed its own
    command-line test from each 1st to each service day)."""
    from sqlalchemy import text

    ws = Workspace(engine, "张三")
    demo.generate(ws, 40, today=date(2026, 12, 1), seed=11)
    with session_scope(engine, write=False) as session:
        days = sorted(d for (d,) in session.execute(text("SELECT DISTINCT day FROM service_visit")))
    assert len(days) == 12
    assert str(days[0]).startswith("2025-12") and str(days[-1]).startswith("2026-11")
