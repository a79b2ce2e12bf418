"""The board offers 延期 from a list's facts and clock; the detail pane from the history.
Both must agree: `extension_offer` against the stage table and `blocked_actions`, on random
histories and days."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from hypothesis import event, given, settings
from hypothesis import strategies as st

from approvals_gui.domain.calendar import WorkCalendar
from approvals_gui.domain.clock import evaluate, facts_from_history
from approvals_gui.domain.errors import DomainError
from approvals_gui.domain.guards import (
    Extension,
    blocked_actions,
    check_step,
    extension_offer,
)
from approvals_gui.domain.stages import Action, StepInput, allowed_actions, next_event
from tests.domain.history import GENERAL, history

CAL = WorkCalendar.china()
NOW = datetime(2027, 6, 30, 17)
RULES = (GENERAL, replace(GENERAL, extension_workdays=0))
MOVES = (Action.TRANSFER, Action.REASSIGN)  # left out: they move no clock
FIELDS = {  # what any step may need
    "materials": ("图件",),
    "reason": "理由",
    "document_number": "环审〔2026〕1号",
    "extension_days": 5,
}


@settings(max_examples=400)
@given(
    rule=st.sampled_from(RULES),
    picks=st.lists(st.tuples(st.integers(0, 30), st.integers(0, 5)), max_size=8),
    later=st.integers(0, 60),
)
def test_the_board_offers_an_extension_exactly_when_the_detail_does(
    rule: object, picks: list[tuple[int, int]], later: int
) -> None:
    assert rule in RULES
    events = history(date(2026, 9, 1), now=NOW)
    for choice, gap in picks:
        actions = [a for a in allowed_actions(events) if a not in MOVES]
        if not actions:
            break
        action = actions[choice % len(actions)]
        on = events[-1].on + timedelta(days=gap)
        try:
            step = next_event(events, StepInput(action, on, NOW, "张三", **FIELDS))  # type: ignore[arg-type]
            check_step(events, step, rule, CAL)  # type: ignore[arg-type]
        except DomainError:
            continue
        events.append(step)
    today = events[-1].on + timedelta(days=later)
    facts = facts_from_history(events)
    clock = evaluate(facts, rule, CAL, today)  # type: ignore[arg-type]
    detail_offers = Action.EXTEND in allowed_actions(events) and (
        Action.EXTEND not in blocked_actions(events, rule, CAL, today)  # type: ignore[arg-type]
    )
    event(f"offers={detail_offers} extended={facts.extension_days > 0}")
    offered = extension_offer(facts, rule, clock, today) is Extension.OFFERED  # type: ignore[arg-type]
    assert offered == detail_offers


def test_each_refusal_has_its_own_reason() -> None:
    """The board's 延期 button says why it is off: it said "the category allows none, it
    was extended, or its date passed" of an application not yet accepted, to which none
    of the three applied."""

    def offer(
        *steps: tuple[Action, date] | tuple[Action, date, dict[str, object]],
        rule: object = GENERAL,
        today: date,
    ) -> Extension:
        events = history(date(2026, 9, 1), *steps, now=NOW)
        facts = facts_from_history(events)
        clock = evaluate(facts, rule, CAL, today)  # type: ignore[arg-type]
        return extension_offer(facts, rule, clock, today)  # type: ignore[arg-type]

    accepted = (Action.ACCEPT, date(2026, 9, 2))
    assert offer(accepted, today=date(2026, 9, 10)) is Extension.OFFERED
    assert offer(accepted, rule=RULES[1], today=date(2026, 9, 10)) is Extension.NOT_IN_LAW
    # Deemed accepted by law (the intake limit passed), but not accepted here.
    assert offer(today=date(2026, 9, 25)) is Extension.NOT_ACCEPTED
    assert offer(accepted, today=date(2027, 3, 1)) is Extension.PAST_DUE
    extended = (Action.EXTEND, date(2026, 9, 3), {"extension_days": 5, "reason": "理由"})
    assert offer(accepted, extended, today=date(2026, 9, 10)) is Extension.GRANTED
    review = (Action.START_REVIEW, date(2026, 9, 2))
    decided = (Action.REFUSE, date(2026, 9, 10), {"reason": "不符合", **FIELDS})
    assert offer(accepted, review, decided, today=date(2026, 9, 11)) is Extension.DECIDED
