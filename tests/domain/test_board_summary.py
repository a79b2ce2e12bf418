"""The board's counts (#13): applications in the status bar's buckets, hearings and
service-day follow-ups apart; the filters and the search."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date

from approvals_gui.domain.board import (
    HEARING_STEP,
    BoardFilter,
    Card,
    CardKind,
    Colour,
    Lane,
    application_card,
    filter_cards,
    summarize,
)
from approvals_gui.domain.calendar import WorkCalendar
from approvals_gui.domain.clock import Status, evaluate
from approvals_gui.domain.rules import DEFAULT_RULES
from approvals_gui.domain.stages import Action
from tests.domain.history import history, record_of

FORM = next(r for r in DEFAULT_RULES if r.category == "report_form")
CAL = WorkCalendar.china()
TODAY = date(2026, 11, 25)
N = lambda d: date(2026, 11, d)  # noqa: E731
DOC = {"document_number": "环审〔2026〕8号"}

HISTORIES = {
    "breach": (date(2026, 9, 1), (Action.ACCEPT, date(2026, 9, 1))),
    "overdue": (N(2), (Action.ACCEPT, N(3))),
    "due soon": (N(16), (Action.ACCEPT, N(16))),
    "on time": (N(24), (Action.ACCEPT, N(24))),
    "delivery late": (
        date(2026, 10, 8),
        (Action.ACCEPT, date(2026, 10, 8)),
        (Action.START_REVIEW, date(2026, 10, 9)),
        (Action.APPROVE, date(2026, 10, 12), DOC),
    ),
}


def cards_and_status_bar() -> tuple[list[Card], Counter[Status]]:
    cards, counts = [], Counter[Status]()
    for app_id, (received, *steps) in enumerate(HISTORIES.values(), start=1):
        record = record_of(history(received, *steps), app_id=app_id)
        clock = evaluate(record.facts, FORM, CAL, TODAY)
        counts[clock.countdown] += 1  # as the status bar counts (ApplicationsController)
        found = application_card(record, clock)
        if found is not None:
            cards.append(found)
    return cards, counts


def follow_up(item_id: int, lane: Lane) -> Card:
    return Card(
        CardKind.FOLLOW_UP, item_id, lane, "2026-11-05", "排污许可证变更咨询", "某公司",
        CardKind.FOLLOW_UP.value, N(20), -3, "王五", "", CardKind.FOLLOW_UP.value,
    )  # fmt: skip


def test_application_counts_are_the_status_bars() -> None:
    cards, status_bar = cards_and_status_bar()
    hearing = replace(cards[1], item_id=99, step=HEARING_STEP, lane=Lane.YELLOW)
    everything = [*cards, hearing, follow_up(7, Lane.RED), follow_up(8, Lane.RED)]
    found = summarize(everything)
    assert {
        Status.BREACH: found.applications[Lane.BREACH],
        Status.OVERDUE: found.applications[Lane.RED],
        Status.DUE_SOON: found.applications[Lane.YELLOW],
    } == {s: status_bar[s] for s in (Status.BREACH, Status.OVERDUE, Status.DUE_SOON)}
    assert (status_bar[Status.BREACH], status_bar[Status.OVERDUE]) == (1, 2)  # with delivery
    assert found.follow_ups == Counter({Lane.RED: 2})  # apart, not in the applications
    assert found.hearings == Counter({Lane.YELLOW: 1})  # on the board, not in the status bar


def test_filters_and_search_narrow_the_cards() -> None:
    cards, _ = cards_and_status_bar()
    cards = [*cards, replace(follow_up(7, Lane.YELLOW), handler="李四")]

    def ids(chosen: BoardFilter) -> list[int]:
        return [c.item_id for c in filter_cards(cards, chosen)]

    assert ids(BoardFilter()) == [1, 2, 3, 5, 7]
    assert ids(BoardFilter(handler="李四")) == [7]
    assert ids(BoardFilter(category=CardKind.FOLLOW_UP.value)) == [7]
    assert ids(BoardFilter(colour=Colour.RED)) == [1, 2, 5]  # breaches are red too
    assert ids(BoardFilter(colour=Colour.YELLOW)) == [3, 7]
    assert ids(BoardFilter(search="hp2026-00002")) == [2]
    assert ids(BoardFilter(search=" 排污 ")) == [7]
    assert ids(BoardFilter(search="某公司")) == [1, 2, 3, 5, 7]
    assert ids(BoardFilter(handler="张三", colour=Colour.YELLOW)) == [3]


def test_the_search_finds_a_card_by_its_enterprise_credit_code() -> None:
    """A clerk with the enterprise's licence in hand types its credit code: the list
    found it, the board did not (its cards carried no code)."""
    cards, _ = cards_and_status_bar()
    visit = replace(follow_up(7, Lane.RED), credit_code="91350100M000200Y3X")
    found = filter_cards([*cards, visit], BoardFilter(search="91350100m000200y3x"))
    assert [c.item_id for c in found] == [7]
    in_groups = filter_cards([*cards, visit], BoardFilter(search="913501 00M000 200Y3X"))
    assert [c.item_id for c in in_groups] == [7]  # as the list finds it
    hyphens = BoardFilter(search="9135-0100-M000-100Y-43")  # record_of's enterprise again
    assert {c.item_id for c in filter_cards(cards, hyphens)} == {c.item_id for c in cards}
    typed_wide = "９１３５０１００Ｍ０００１００Ｙ４３"  # the code of record_of's enterprise
    assert {c.item_id for c in filter_cards(cards, BoardFilter(search=typed_wide))} == {
        c.item_id for c in cards
    }
