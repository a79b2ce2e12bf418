"""The list's filter: the unit filter finds what a unit decides and what it holds."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from approvals_gui.domain.calendar import WorkCalendar
from approvals_gui.domain.clock import evaluate
from approvals_gui.domain.rules import DEFAULT_RULES
from approvals_gui.domain.search import ApplicationFilter, Listed, Mine, listed_of
from approvals_gui.domain.stages import Action
from approvals_gui.domain.urgency import urgency_key
from tests.domain.history import history, record_of

REPORT_FORM = next(r for r in DEFAULT_RULES if r.category == "report_form")


@pytest.mark.parametrize(
    ("unit", "holder", "chosen", "shown"),
    [
        ("dc", "dc", "dc", True),  # decided and held here
        ("dc", "city", "dc", True),  # decided here, sent to the city bureau
        ("dc", "city", "city", True),  # held here, decided elsewhere
        ("dc", "city", "centre", False),
        ("dc", "", "dc", True),  # registered before units: at its deciding unit
        ("dc", "", "city", False),
        ("", "", "city", False),
        ("dc", "city", None, True),  # 全部单位
    ],
)
def test_the_unit_filter(unit: str, holder: str, chosen: str | None, shown: bool) -> None:
    record = dataclasses.replace(
        record_of(history(date(2026, 11, 2), (Action.ACCEPT, date(2026, 11, 3)))),
        unit=unit,
        holder=holder,
    )
    clock = evaluate(record.facts, REPORT_FORM, WorkCalendar.china(), date(2026, 11, 30))
    assert ApplicationFilter(unit=chosen).matches(record, clock) is shown
    # With the other filters, as the list combines them.
    both = ApplicationFilter(unit=chosen, handler="李四")
    assert both.matches(record, clock) is False


def test_a_listed_row_has_each_field_in_its_place() -> None:
    """`listed_of` builds the row as a bare tuple (a Python call less per row): a field
    added to Listed and not to it would shift every later one without an error."""
    events = history(date(2026, 11, 2), (Action.ACCEPT, date(2026, 11, 3)))
    record = dataclasses.replace(record_of(events), unit="dc", holder="city")
    clock = evaluate(record.facts, REPORT_FORM, WorkCalendar.china(), date(2026, 11, 20))
    row = listed_of(record, clock)
    assert type(row) is Listed and len(row) == len(Listed._fields)
    assert row._asdict() == {
        "id": record.id,
        "number": record.number,
        "project": record.project,
        "enterprise_name": record.enterprise_name,
        "category": record.category,
        "handler": record.handler,
        "unit": "dc",
        "holder": "city",
        "stage": record.facts.stage,
        "registered_on": record.registered_on,
        "due": clock.due,
        "status": clock.status,
        "countdown": clock.countdown,
        "urgency": urgency_key(clock),
    }


@pytest.mark.parametrize("desk", ["李四", "李 四", "李\u3000四"])
@pytest.mark.parametrize("handler", ["李四", "李 四", " 李  四"])
def test_my_items_are_mine_however_the_name_was_padded(desk: str, handler: str) -> None:
    """An account or a desk's name given padded ("李 四", before names were kept
    unpadded) and items handled under either spelling are one person's."""
    assert Mine(desk).has(handler, "city", "city")
    assert Mine(desk, "city").has(handler, "east", "city")
    assert not Mine(desk, "west").has(handler, "east", "city")
    assert not Mine(desk).has("李思", "city", "city")


@pytest.mark.parametrize("chosen", ["李四", "李 四", "李\u3000四"])
@pytest.mark.parametrize("handler", ["李四", "李 四", " 李  四"])
def test_the_handler_filter_finds_a_name_however_it_was_padded(chosen: str, handler: str) -> None:
    events = history(date(2026, 11, 2), (Action.ACCEPT, date(2026, 11, 3)))
    record = dataclasses.replace(record_of(events), handler=handler)
    clock = evaluate(record.facts, REPORT_FORM, WorkCalendar.china(), date(2026, 11, 20))
    assert ApplicationFilter(handler=chosen).matches(record, clock)
    assert not ApplicationFilter(handler="李思").matches(record, clock)
