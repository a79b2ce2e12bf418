"""The hash chain over an application's events: every recorded field counts, and the
first event that no longer fits is found."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from approvals_gui.domain.history_hash import START, chain, event_hash, first_break
from approvals_gui.domain.stages import Action, Stage, StageEvent, StepInput, next_event
from approvals_gui.domain.stages import registration_event as registered

AT = datetime(2026, 11, 5, 9, 30, 15, 123456)


def history() -> list[StageEvent]:
    first = registered(date(2026, 11, 2), AT, "张三", "窗口收件")
    supplement = next_event(
        [first],
        StepInput(
            Action.REQUEST_SUPPLEMENT, date(2026, 11, 3), AT, "张三", materials=("公众参与说明",)
        ),
    )
    return [first, supplement]


def test_the_hash_is_stable_and_hex() -> None:
    events = history()
    assert chain(events) == chain(history())
    assert all(len(h) == 64 and int(h, 16) >= 0 for h in chain(events))


def test_histories_stored_before_a_field_was_added_still_hold() -> None:
    """Fields added since (units, handlers, the authority referred to) are hashed only
    when set: the chain of a history without them is what older programs stored."""
    assert chain(history()) == [
        "defceb71946366d35e5271f033c7ee268d8160668b51eb16554d72435687a09d",
        "35e9f0d4c82e0c9e8b753942ec378c9a05fba1ea2e1a3187dad882e107bedb57",
    ]


def test_the_authority_referred_to_is_not_taken_for_a_unit() -> None:
    event = history()[1]
    referred = event_hash(replace(event, refer_to="省生态环境厅"), "x")
    assert referred != event_hash(replace(event, to_unit="省生态环境厅"), "x")


@pytest.mark.parametrize(
    "change",
    [
        {"seq": 9},
        {"action": Action.ACCEPT},
        {"from_stage": Stage.SUPPLEMENT},
        {"to_stage": Stage.ACCEPTED},
        {"on": date(2026, 11, 4)},
        {"at": AT.replace(microsecond=0)},
        {"actor": "李四"},
        {"remark": "改过"},
        {"materials": ("另一份材料",)},
        {"reason": "理由"},
        {"document_number": "环审〔2026〕2号"},
        {"extension_days": 10},
        {"undoes": 1},
        {"from_unit": "east"},
        {"to_unit": "city"},
        {"from_handler": "张三"},
        {"handler": "李四"},
        {"refer_to": "省生态环境厅"},
    ],
    ids=lambda change: next(iter(change)),
)
def test_every_recorded_field_is_covered(change: dict[str, object]) -> None:
    event = history()[1]
    assert event_hash(replace(event, **change), "x") != event_hash(event, "x")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "change",
    [
        {"from_project": "甲项目（更正前）"},
        {"project": "乙项目"},
        {"from_investment": 10.0},
        {"investment": 130.5},
    ],
    ids=lambda change: next(iter(change)),
)
def test_every_corrected_field_is_covered(change: dict[str, object]) -> None:
    corrected = replace(
        history()[1],
        from_project="甲项目",
        project="甲建设项目",
        from_investment=None,
        investment=120.0,
    )
    assert event_hash(replace(corrected, **change), "x") != event_hash(corrected, "x")  # type: ignore[arg-type]


def test_a_corrected_name_is_not_taken_for_an_authority() -> None:
    event = history()[1]
    renamed = event_hash(replace(event, project="省生态环境厅"), "x")
    assert renamed != event_hash(replace(event, refer_to="省生态环境厅"), "x")


def test_each_hash_covers_the_one_before() -> None:
    event = history()[1]
    assert event_hash(event, "a" * 64) != event_hash(event, "b" * 64)
    assert chain(history()[1:], START) != chain(history()[1:], chain(history()[:1])[0])


def test_materials_hash_as_storage_gives_them_back() -> None:
    """Stored one a line, empty lines dropped: the hash must survive that round trip."""
    event = history()[1]
    stored = replace(event, materials=("甲", "", "乙\n丙"))
    read_back = replace(event, materials=("甲", "乙", "丙"))
    assert event_hash(stored, "") == event_hash(read_back, "")


def test_first_break_names_the_first_event_that_does_not_fit() -> None:
    events = history()
    hashes = chain(events)
    assert first_break(events, hashes, hashes[-1]) is None
    edited = [events[0], replace(events[1], actor="李四")]
    assert first_break(edited, hashes, hashes[-1]) == 2
    assert first_break(events[:1], hashes[:1], hashes[-1]) == 2  # the last one removed
    assert first_break(events, hashes, "0" * 64) == 3  # the head edited
