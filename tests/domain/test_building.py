"""Fast construction of frozen dataclasses, and the collector paused around bulk work."""

from __future__ import annotations

import dataclasses
import gc
from datetime import date

import pytest

from approvals_gui.domain.building import collector_paused, frozen_builder
from approvals_gui.domain.clock import Clock, PauseSpan, Phase, Status
from approvals_gui.domain.stages import Stage


def test_a_built_object_is_one_of_the_class_itself() -> None:
    new_clock = frozen_builder(Clock)
    built = new_clock(Status.NORMAL, Phase.DECISION, due=date(2026, 11, 30), workdays_left=3)
    made = Clock(Status.NORMAL, Phase.DECISION, due=date(2026, 11, 30), workdays_left=3)
    assert type(built) is Clock and built == made and hash(built) == hash(made)
    assert repr(built) == repr(made) and built.deadlines == ()  # defaults as the class's
    with pytest.raises(dataclasses.FrozenInstanceError):
        built.status = Status.OVERDUE  # type: ignore[misc]
    assert dataclasses.replace(built, workdays_left=2).workdays_left == 2


def test_only_slotted_dataclasses_are_built() -> None:
    @dataclasses.dataclass(frozen=True)
    class Plain:
        stage: Stage

    with pytest.raises(TypeError):
        frozen_builder(Plain)
    assert frozen_builder(PauseSpan)(Stage.HEARING, date(2026, 1, 5), None).last is None


def test_the_collector_resumes_after_the_last_pause() -> None:
    was_on = gc.isenabled()  # off once a window test ran: the window's collector has it
    gc.enable()
    try:
        with collector_paused():
            with collector_paused():
                assert not gc.isenabled()
            assert not gc.isenabled()
        assert gc.isenabled()
        gc.disable()
        with collector_paused():
            pass
        assert not gc.isenabled()  # it was off before: it stays off
    finally:
        (gc.enable if was_on else gc.disable)()
