"""Board grouping and order: red first, most over first; groups by their red count."""

from __future__ import annotations

import dataclasses
from dataclasses import replace
from datetime import date, datetime

import pytest

from approvals_gui.domain.applications import ApplicationRecord
from approvals_gui.domain.board import (
    DELIVERY_STEP,
    HEARING_STEP,
    BoardFilter,
    Card,
    CardKind,
    GroupBy,
    Lane,
    application_card,
    cards_at_unit,
    group_cards,
)
from approvals_gui.domain.calendar import WorkCalendar
from approvals_gui.domain.clock import evaluate
from approvals_gui.domain.rules import DEFAULT_RULES
from approvals_gui.domain.stages import Action
from tests.domain.history import history, record_of

REPORT_FORM = next(r for r in DEFAULT_RULES if r.category == "report_form")


def card(item_id: int, lane: Lane, left: int, handler: str, district: str = "高新区") -> Card:
    return Card(
        CardKind.APPLICATION,
        item_id,
        lane,
        f"HP-{item_id}",
        f"项目{item_id}",
        "某公司",
        "review",
        date(2026, 11, 25),
        left,
        handler,
        district,
        "report_form",
    )


def test_groups_by_red_then_yellow_then_name() -> None:
    cards = [
        card(1, Lane.YELLOW, 2, "李四"),
        card(2, Lane.RED, -1, "张三"),
        card(3, Lane.RED, -5, "张三"),
        card(4, Lane.YELLOW, 0, "张三"),
        card(5, Lane.YELLOW, 1, "王五", "江南区"),
        card(6, Lane.YELLOW, 3, "王五", "江南区"),
    ]
    groups = group_cards(cards, GroupBy.HANDLER)
    assert [g.key for g in groups] == ["张三", "王五", "李四"]
    assert [c.item_id for c in groups[0].cards] == [3, 2, 4]
    assert (groups[0].red, groups[0].yellow) == (2, 1)
    by_district = group_cards(cards, GroupBy.DISTRICT)
    assert [(g.key, len(g.cards)) for g in by_district] == [("高新区", 4), ("江南区", 2)]
    assert [g.key for g in group_cards(cards, GroupBy.CATEGORY)] == ["report_form"]


def test_a_unit_sees_what_it_decides_and_what_it_holds() -> None:
    decided_here = replace(card(1, Lane.RED, -1, "张三"), unit="dc", holder="dc")
    sent_away = replace(card(2, Lane.RED, -2, "张三"), unit="dc", holder="city")
    sent_here = replace(card(3, Lane.YELLOW, 1, "李四"), unit="city", holder="dc")
    elsewhere = replace(card(4, Lane.YELLOW, 2, "李四"), unit="city", holder="city")
    follow_up = replace(card(5, Lane.RED, -1, "王五"), kind=CardKind.FOLLOW_UP)
    cards = [decided_here, sent_away, sent_here, elsewhere, follow_up]
    assert [c.item_id for c in cards_at_unit(cards, "dc")] == [1, 2, 3]
    assert [c.item_id for c in cards_at_unit(cards, "city")] == [2, 3, 4]
    assert cards_at_unit(cards, None) == cards  # 全部单位: follow-ups too
    assert cards_at_unit(cards, "") == []  # no unit is nobody's


def test_an_application_card_carries_its_units() -> None:
    record = dataclasses.replace(
        record_of(history(date(2026, 11, 2), (Action.ACCEPT, date(2026, 11, 3)))),
        unit="dc",
        holder="city",
    )
    clock = evaluate(record.facts, REPORT_FORM, WorkCalendar.china(), date(2026, 11, 30))
    found = application_card(record, clock)
    assert found is not None and (found.unit, found.holder) == ("dc", "city")
    before_units = application_card(dataclasses.replace(record, holder=""), clock)
    assert before_units is not None and before_units.holder == "dc"  # at its deciding unit


@pytest.mark.parametrize("chosen", ["李四", "李 四"])
def test_a_card_names_its_handler_as_names_are_kept(chosen: str) -> None:
    """An application an older program kept as handled by "李 四" is 李四's on the
    board: listed, grouped and filtered under one name."""
    record = dataclasses.replace(
        record_of(history(date(2026, 11, 2), (Action.ACCEPT, date(2026, 11, 3)))),
        handler="李 四",
    )
    clock = evaluate(record.facts, REPORT_FORM, WorkCalendar.china(), date(2026, 11, 30))
    found = application_card(record, clock)
    assert found is not None and found.handler == "李四"
    assert found.group_key(GroupBy.HANDLER) == "李四"
    assert BoardFilter(handler=chosen).accepts(found)


def test_a_late_case_is_red_with_the_unit_it_was_handed_to() -> None:
    from datetime import datetime

    from approvals_gui.domain.board import CASE_STEP, GroupBy, case_card, summarize
    from approvals_gui.domain.hotline.cases import (
        CaseAction,
        CaseStep,
        Channel,
        Topic,
        case_facts,
        next_case_event,
        received_event,
    )
    from approvals_gui.domain.hotline.clock import evaluate_case
    from approvals_gui.domain.hotline.records import CaseRecord
    from approvals_gui.domain.hotline.rules import DEFAULT_HOTLINE_RULE
    from approvals_gui.domain.labels import step_name

    now = datetime(2026, 11, 30, 9)
    events = [received_event(date(2026, 11, 2), now, "李四")]
    for step in (
        CaseStep(CaseAction.ACCEPT, date(2026, 11, 3), now, "李四"),
        CaseStep(
            CaseAction.ASSIGN,
            date(2026, 11, 3),
            now,
            "李四",
            unit="dc",
            unit_due=date(2026, 11, 13),
        ),
    ):
        events.append(next_case_event(events, step, DEFAULT_HOTLINE_RULE))
    facts = case_facts(events)
    record = CaseRecord(
        7,
        "RX2026-00007",
        now,
        Channel.PHONE,
        Topic.NOISE,
        False,
        "",
        "",
        "夜间施工噪声\n详情",
        "东城区幸福路1号",
        "东城区",
        "",
        "",
        None,
        "city",
        3,
        facts,
    )
    cal = WorkCalendar.china()
    late_clock = evaluate_case(facts, DEFAULT_HOTLINE_RULE, cal, date(2026, 11, 16))
    late = case_card(record, late_clock)
    assert late is not None and late.kind is CardKind.CASE and late.lane is Lane.RED
    assert (late.holder, late.unit, late.due, late.workdays_left) == (
        "dc",
        "city",
        date(2026, 11, 13),
        -3,
    )
    assert (late.title, late.party) == ("夜间施工噪声", "东城区幸福路1号")
    named = case_card(replace(record, credit_code="91350100M000100Y43"), late_clock)
    assert named is not None and named.matches("M000100Y43")
    assert late.step == CASE_STEP + "assigned" and step_name(late.step) == "已交办"
    assert late.group_key(GroupBy.HANDLER) == CardKind.CASE.value
    assert cards_at_unit([late], "dc") == [late]
    on_time = evaluate_case(facts, DEFAULT_HOTLINE_RULE, cal, date(2026, 11, 4))
    assert case_card(record, on_time) is None
    counted = summarize([late, card(1, Lane.RED, -1, "张三")])
    assert counted.cases[Lane.RED] == 1 and counted.applications[Lane.RED] == 1


@pytest.mark.parametrize(
    ("kind", "step", "against"),
    [
        (CardKind.APPLICATION, "review", True),
        (CardKind.APPLICATION, DELIVERY_STEP, False),
        (CardKind.APPLICATION, HEARING_STEP, False),
        (CardKind.FOLLOW_UP, "follow_up", False),
        (CardKind.CASE, "case:assigned", False),
    ],
)
def test_only_a_decision_clock_runs_to_the_promise(
    kind: CardKind, step: str, against: bool
) -> None:
    card = Card(kind, 1, Lane.RED, "X", "t", "p", step, date(2026, 11, 2), -1, "", "", "c")
    assert card.against_promise is against


def test_a_card_past_the_promise_carries_the_laws_date_still_to_come() -> None:
    """Accepted 11-03: 10 promised working days end on 11-17, the law's 30 on 12-15. On
    11-25 the card is red for the promise, and the law's date, 14 working days on, is
    the manager's to see; due soon, or past the law, the card's own date says it."""
    record = record_of(history(date(2026, 11, 2), (Action.ACCEPT, date(2026, 11, 3))))
    cal = WorkCalendar.china()

    def on(day: date, *, with_calendar: bool = True) -> Card:
        clock = evaluate(record.facts, REPORT_FORM, cal, day)
        found = application_card(record, clock, counting=(cal, day) if with_calendar else None)
        assert found is not None
        return found

    late = on(date(2026, 11, 25))
    assert late.lane is Lane.RED and late.due < date(2026, 11, 25)
    assert (late.statutory_due, late.statutory_left) == (date(2026, 12, 15), 14)
    assert on(date(2026, 12, 15)).statutory_left == 0  # its last day
    assert on(date(2026, 11, 25), with_calendar=False).statutory_due is None  # (counts only)
    assert on(date(2026, 11, 16)).lane is Lane.YELLOW
    assert on(date(2026, 11, 16)).statutory_due is None
    breach = on(date(2026, 12, 20))
    assert breach.lane is Lane.BREACH and breach.statutory_due is None


def test_a_card_names_the_unpublished_years_its_own_date_and_count_hang_on() -> None:
    """2027's holidays are not yet published. Accepted 12-01: promised 12-15, the law's
    date in January. Due soon, and past the promise, the card's date and count are
    2026's; past the promise the law's date and the days left to it are 2027's too.
    Accepted 12-21, its promised date is in January: due soon on 12-30, it hangs on
    2027, as it does on 2027-01-04."""
    cal = WorkCalendar.china()
    assert not cal.is_confirmed(2027)
    then = datetime(2027, 1, 4, 9)
    early = record_of(history(date(2026, 12, 1), (Action.ACCEPT, date(2026, 12, 1)), now=then))

    def card_on(record: ApplicationRecord, day: date) -> Card:
        clock = evaluate(record.facts, REPORT_FORM, cal, day)
        found = application_card(record, clock, counting=(cal, day))
        assert found is not None
        return found

    soon = card_on(early, date(2026, 12, 14))
    assert (soon.lane, soon.due.year, soon.estimated_years) == (Lane.YELLOW, 2026, ())
    late = card_on(early, date(2026, 12, 16))
    assert late.lane is Lane.RED and late.statutory_due is not None
    assert (late.due.year, late.estimated_years) == (2026, ())
    assert (late.statutory_due.year, late.statutory_estimated_years) == (2027, (2027,))
    later = record_of(history(date(2026, 12, 21), (Action.ACCEPT, date(2026, 12, 21)), now=then))
    for day in (date(2026, 12, 30), date(2027, 1, 4)):
        across = card_on(later, day)
        assert (across.lane, across.due.year, across.estimated_years) == (
            Lane.YELLOW,
            2027,
            (2027,),
        )
    # Without the board's calendar (the status bar's tally) nothing is said.
    bare = application_card(early, evaluate(early.facts, REPORT_FORM, cal, date(2026, 12, 14)))
    assert bare is not None and bare.estimated_years == ()
