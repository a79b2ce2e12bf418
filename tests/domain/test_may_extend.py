"""The board offers 延期 from a list's facts and clock; the detail pane from the history.
Both must agree: `may_extend` against the stage table and `blocked_actions`, on random
histories and days."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from hypothesis import event, given, settings
from hypothesis import strategies as st

from approvals_gui.domain.calendar import WorkCalendar
from approvals_gui.domain.clock import evaluate, facts_from_history
from approvals_gui.domain.errors import DomainError
from approvals_gui.domain.guards import blocked_actions, check_step, may_extend
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
    assert may_extend(facts, rule, clock, today) == detail_offers  # type: ignore[arg-type]
