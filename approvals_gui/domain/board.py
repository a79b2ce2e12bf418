"""The overdue board, grouped for a manager: breaches of the statutory limit first, then
red (past the promise) and yellow (due soon) cards.

Cards come from anything with a countdown: applications, service-day follow-ups, and
12369 cases (whose limits are calendar days). Grouping and ordering live here so the
screen and the export agree.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from approvals_gui.domain.applications import ApplicationRecord
from approvals_gui.domain.calendar import WorkCalendar
from approvals_gui.domain.clock import Clock, DeadlineKind, Phase, Status
from approvals_gui.domain.guards import Extension
from approvals_gui.domain.hotline.clock import CaseClock, CaseStatus
from approvals_gui.domain.hotline.records import CaseRecord
from approvals_gui.domain.search import has_words, search_words
from approvals_gui.domain.service_days import FollowUpClock, FollowUpState, Visit
from approvals_gui.domain.text import person_name, searchable
from approvals_gui.domain.timelimits import workdays_left


class Lane(StrEnum):
    BREACH = "breach"  # past the statutory date: a breach of the law
    RED = "red"  # overdue
    YELLOW = "yellow"  # due soon


# The lanes past a date: what the count beside 超期看板 counts, of every kind of card.
LATE = frozenset({Lane.BREACH, Lane.RED})


class CardKind(StrEnum):
    APPLICATION = "application"
    FOLLOW_UP = "follow_up"
    CASE = "case"  # a 12369 case


class GroupBy(StrEnum):
    HANDLER = "handler"
    DISTRICT = "district"
    CATEGORY = "category"


@dataclass(frozen=True, slots=True)
class Card:
    kind: CardKind
    item_id: int
    lane: Lane
    number: str  # application or case number, or the service day's date for a follow-up
    title: str  # project, the matter raised, or what a case reports
    party: str  # enterprise (a case's address when it names none)
    step: str  # stage code ("case:" and a case's), or "follow_up"
    due: date
    workdays_left: int  # negative: working days over; calendar days for a case
    handler: str  # "" for a case, grouped as the hotline's
    district: str
    category: str  # rule category code, or "follow_up", or "case"
    unit: str = ""  # the deciding unit (审批单位), or the unit that took a case's report
    holder: str = ""  # the unit that has it now (所在单位; a case's: handed to)
    # An application's: whether 延期 is offered on it today, or why not (None: no
    # application, nothing to extend).
    extension: Extension | None = None
    # An application past its promise, not the law, on a board given the calendar: the
    # law's date, still to come (a deemed acceptance can leave it a day after the
    # promise missed), and the working days left to it.
    statutory_due: date | None = None
    statutory_left: int | None = None
    # A case's: which of its dates `due` is (CaseDueKind: the unit's, the 办结 date…),
    # so that the unit's report late is not read as the case past the law.
    due_kind: str = ""
    credit_code: str = ""  # the enterprise's, searched as its name is
    # The years whose holidays are not yet published that its date and count hang on,
    # and those the law's date and count do: they may move once they are published.
    estimated_years: tuple[int, ...] = ()
    statutory_estimated_years: tuple[int, ...] = ()

    @property
    def extendable(self) -> bool:
        return self.extension is Extension.OFFERED

    def at_unit(self, code: str) -> bool:
        """Whether the unit `code` decides or holds the item; a follow-up belongs to
        the service day, not to a unit."""
        return code in (self.unit, self.holder) and bool(code)

    @property
    def against_promise(self) -> bool:
        """Whether the card runs to the bureau's promised date: an application's decision
        clock. Late, it is past the promise (or, in the BREACH lane, the law). A delivery
        or a hearing runs to a period of the law, a follow-up or a case to its own date:
        late is plainly late."""
        return self.kind is CardKind.APPLICATION and self.step not in DEADLINE_STEPS

    @property
    def counted(self) -> bool:
        """Whether the status bar counts this card: an application's own countdown
        (decision or delivery), not a hearing to hold or a follow-up."""
        return self.kind is CardKind.APPLICATION and self.step != HEARING_STEP

    def matches(self, text: str) -> bool:
        """Whether each word of `text` (any case or width) is in the number, the project
        or matter, the enterprise or its credit code: the lists' rule (`has_words`), so
        that a code typed in groups (913501 00M…, 9135-0100-…) is found as it is there."""
        fields = (self.number, self.title, self.party, self.credit_code)
        return has_words(searchable(" ".join(fields)), search_words(text))

    def group_key(self, by: GroupBy) -> str:
        if by is GroupBy.HANDLER and self.kind is CardKind.CASE:
            return CardKind.CASE.value  # the hotline's cases together, not "no handler"
        return {GroupBy.HANDLER: self.handler, GroupBy.DISTRICT: self.district}.get(
            by, self.category
        )


@dataclass(frozen=True, slots=True)
class Group:
    key: str
    cards: tuple[Card, ...]  # breaches, red, yellow; in each, most over / least left first

    @property
    def breach(self) -> int:
        return sum(c.lane is Lane.BREACH for c in self.cards)

    @property
    def red(self) -> int:
        return sum(c.lane is Lane.RED for c in self.cards)

    @property
    def yellow(self) -> int:
        return sum(c.lane is Lane.YELLOW for c in self.cards)


_LANES = {Status.BREACH: Lane.BREACH, Status.OVERDUE: Lane.RED, Status.DUE_SOON: Lane.YELLOW}
DELIVERY_STEP = "delivery"  # a decision not yet delivered: the card's step
CASE_STEP = "case:"  # before a case's stage: "review" is 审查 for an application, 复查 here
HEARING_STEP = "hearing_deadline"  # a requested hearing to be held (第四十七条)
DEADLINE_STEPS = frozenset({DELIVERY_STEP, HEARING_STEP})  # steps that are the law's periods


def application_card(
    record: ApplicationRecord,
    clock: Clock,
    *,
    extension: Extension | None = None,
    counting: tuple[WorkCalendar, date] | None = None,
) -> Card | None:
    """The application's card, or None when nothing about it is late or due soon: its
    decision clock, or once decided its delivery, or a hearing it must hold.
    `extension`: whether 延期 is offered on it, or why not (guards.extension_offer);
    `counting`: the calendar and the day the board counts on, to say which unpublished
    years its date and count hang on, and, past the promise, how many working days the
    law still allows."""
    lane = _LANES.get(clock.countdown)
    due, left = clock.due, clock.workdays_left
    step = DELIVERY_STEP if clock.phase is Phase.DELIVERY else record.facts.stage.value
    hearing = clock.deadline(DeadlineKind.HEARING)
    if lane is None and hearing is not None:
        lane = _LANES.get(hearing.status)
        due, left, step = hearing.due, hearing.workdays_left, HEARING_STEP
    if lane is None:
        return None
    assert due is not None and left is not None
    card = Card(
        CardKind.APPLICATION,
        record.id,
        lane,
        record.number,
        record.project,
        record.enterprise_name,
        step,
        due,
        left,
        person_name(record.handler),  # "李 四", kept by an older program, is 李四
        record.district,
        record.category,
        record.unit,
        record.held_by,
        extension,
        credit_code=record.credit_code,
    )
    if counting is None:
        return card
    cal, today = counting
    # Unpublished years follow the published ones: those from today to its due date
    # are all that its date (counted up to it) and its count (between the two) hang on.
    card = replace(card, estimated_years=cal.unconfirmed_years(today, due))
    if card.lane is not Lane.RED or not card.against_promise:
        return card
    statutory_due = clock.statutory_due
    assert statutory_due is not None  # (a decision clock's)
    return replace(
        card,
        statutory_due=statutory_due,
        statutory_left=workdays_left(today.toordinal(), statutory_due.toordinal(), cal),
        statutory_estimated_years=cal.unconfirmed_years(today, statutory_due),
    )


def follow_up_card(visit: Visit, clock: FollowUpClock) -> Card | None:
    """An open service-day follow-up's card, when it is overdue or due soon."""
    lane = {FollowUpState.OVERDUE: Lane.RED, FollowUpState.DUE_SOON: Lane.YELLOW}.get(clock.state)
    if lane is None:
        return None
    form = visit.form
    assert form.due_on is not None and clock.workdays_left is not None
    matters = "；".join(m.description for m in form.matters)
    return Card(
        CardKind.FOLLOW_UP,
        visit.id,
        lane,
        form.day.isoformat(),
        matters,
        form.enterprise_name,
        CardKind.FOLLOW_UP.value,
        form.due_on,
        clock.workdays_left,
        person_name(form.owner),
        "",
        CardKind.FOLLOW_UP.value,
        credit_code=form.credit_code,
        estimated_years=clock.unconfirmed_years,
    )


def case_card(record: CaseRecord, clock: CaseClock) -> Card | None:
    """A running 12369 case's card when its running date (受理告知, the unit's, 办结, 复查,
    复核) has passed or is near, with the unit it was handed to."""
    lane = {CaseStatus.OVERDUE: Lane.RED, CaseStatus.DUE_SOON: Lane.YELLOW}.get(clock.status)
    if lane is None or clock.current is None:
        return None
    return Card(
        CardKind.CASE,
        record.id,
        lane,
        record.number,
        record.content.splitlines()[0] if record.content else "",
        record.enterprise_name or record.address,
        CASE_STEP + record.facts.stage.value,
        clock.current.due,
        clock.current.days_left(clock.today),
        "",
        record.district,
        CardKind.CASE.value,
        record.received_by,
        record.facts.unit or record.received_by,
        due_kind=clock.current.kind.value,
        credit_code=record.credit_code,
        estimated_years=clock.current.estimated_years,  # the date shown
    )


def cards_at_unit(cards: Iterable[Card], unit: str | None) -> list[Card]:
    """The cards the unit `unit` decides or holds; every card when `unit` is None."""
    return list(cards) if unit is None else [c for c in cards if c.at_unit(unit)]


class Colour(StrEnum):
    RED = "red"  # past a limit: breaches and red cards
    YELLOW = "yellow"  # due soon


_COLOURS = {Lane.BREACH: Colour.RED, Lane.RED: Colour.RED, Lane.YELLOW: Colour.YELLOW}


@dataclass(frozen=True, slots=True)
class BoardFilter:
    """What the board shows; None (or "") lets every card through. `handler` is
    compared as names are kept, as the cards name them (`person_name`)."""

    unit: str | None = None
    handler: str | None = None
    category: str | None = None
    colour: Colour | None = None
    search: str = ""

    def __post_init__(self) -> None:
        if self.handler is not None:
            object.__setattr__(self, "handler", person_name(self.handler))

    def accepts(self, card: Card) -> bool:
        return (
            (self.unit is None or card.at_unit(self.unit))
            and (self.handler is None or card.handler == self.handler)
            and (self.category is None or card.category == self.category)
            and (self.colour is None or _COLOURS[card.lane] is self.colour)
            and card.matches(self.search)
        )


def filter_cards(cards: Iterable[Card], chosen: BoardFilter) -> list[Card]:
    return [card for card in cards if chosen.accepts(card)]


@dataclass(frozen=True, slots=True)
class BoardSummary:
    """The board's counts, kept apart so that each number has one meaning (#13):
    applications in the status bar's buckets, hearings to hold, and follow-ups."""

    applications: Counter[Lane]  # by the countdown, as the status bar counts them
    hearings: Counter[Lane]  # a hearing due or late on an application otherwise on time
    follow_ups: Counter[Lane]  # service-day follow-ups (never BREACH)
    cases: Counter[Lane]  # 12369 cases (never BREACH)


def summarize(cards: Iterable[Card]) -> BoardSummary:
    applications: Counter[Lane] = Counter()
    hearings: Counter[Lane] = Counter()
    follow_ups: Counter[Lane] = Counter()
    cases: Counter[Lane] = Counter()
    for card in cards:
        if card.kind is CardKind.FOLLOW_UP:
            follow_ups[card.lane] += 1
        elif card.kind is CardKind.CASE:
            cases[card.lane] += 1
        elif card.counted:
            applications[card.lane] += 1
        else:
            hearings[card.lane] += 1
    return BoardSummary(applications, hearings, follow_ups, cases)


_LANE_ORDER = {Lane.BREACH: 0, Lane.RED: 1, Lane.YELLOW: 2}


def card_order(card: Card) -> tuple[int, int, date, str]:
    return (_LANE_ORDER[card.lane], card.workdays_left, card.due, card.number)


def group_cards(cards: Iterable[Card], by: GroupBy) -> list[Group]:
    """Groups with the most breaches first, then the most red, the most yellow, by name."""
    buckets: dict[str, list[Card]] = {}
    for card in cards:
        buckets.setdefault(card.group_key(by), []).append(card)
    groups = [Group(key, tuple(sorted(found, key=card_order))) for key, found in buckets.items()]
    groups.sort(key=lambda g: (-g.breach, -g.red, -g.yellow, g.key))
    return groups
