"""更正登记: a staying step that corrects the project's name or investment as registered,
folded back to the registration by undo, as a reassignment is."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from approvals_gui.domain.clock import facts_from_history
from approvals_gui.domain.errors import DomainError, ErrorCode
from approvals_gui.domain.stages import (
    OPEN_STAGES,
    Action,
    Particulars,
    StageEvent,
    StepInput,
    allowed_actions,
    current_stage,
    next_event,
    particulars_after,
)
from tests.domain.history import NOW, history

D = date(2026, 11, 2)
REGISTERED = Particulars("张三", "甲公司年产十万吨项目", 1200.0)


def correct(
    events: list[StageEvent], now_as: Particulars, project: str, investment: float | None = None
) -> StageEvent:
    step = StepInput(
        Action.CORRECT,
        events[-1].on,
        NOW,
        "张三",
        project=project,
        investment=investment,
        from_project=now_as.project,
        from_investment=now_as.investment,
        from_handler=now_as.handler,
    )
    event = next_event(events, step)
    events.append(event)
    return event


def test_a_correction_records_only_what_it_changes() -> None:
    events = history(D)
    renamed = correct(events, REGISTERED, "甲公司年产十二万吨项目", 1200.0)
    assert (renamed.from_project, renamed.project) == (REGISTERED.project, "甲公司年产十二万吨项目")
    assert (renamed.from_investment, renamed.investment) == (None, None)
    revalued = correct(
        events, particulars_after(events, REGISTERED), "甲公司年产十二万吨项目", 1500
    )
    assert (revalued.from_project, revalued.project) == ("", "")
    assert (revalued.from_investment, revalued.investment) == (1200.0, 1500)
    assert renamed.to_stage is renamed.from_stage  # a staying step


def test_an_investment_registered_without_one_can_be_given() -> None:
    events = history(D)
    given_now = correct(events, replace(REGISTERED, investment=None), REGISTERED.project, 80.0)
    assert (given_now.from_investment, given_now.investment) == (None, 80.0)


def test_a_correction_that_changes_nothing_is_refused() -> None:
    events = history(D)
    for investment in (None, 1200.0):
        with pytest.raises(DomainError) as err:
            correct(events, REGISTERED, REGISTERED.project, investment)
        assert err.value.code is ErrorCode.NOTHING_CORRECTED
    with pytest.raises(DomainError) as err:  # blanks around a name are not a change
        correct(events, REGISTERED, f"  {REGISTERED.project}\t")
    assert err.value.code is ErrorCode.NOTHING_CORRECTED


def test_a_project_is_never_left_without_a_name() -> None:
    events = history(D)
    with pytest.raises(DomainError) as err:
        correct(events, REGISTERED, "   ", 900.0)
    assert (err.value.code, err.value.params["field"]) == (ErrorCode.REQUIRED_FIELD, "project")
    with pytest.raises(DomainError) as err:
        correct(events, REGISTERED, "项" * 301)
    assert err.value.code is ErrorCode.TEXT_TOO_LONG


def test_a_correction_is_taken_while_open_only_and_moves_no_clock() -> None:
    accepted = history(D, (Action.ACCEPT, date(2026, 11, 3)))
    before = facts_from_history(accepted)
    correct(accepted, REGISTERED, "乙项目")
    assert facts_from_history(accepted) == before
    assert current_stage(accepted) in OPEN_STAGES
    decided = history(
        D,
        (Action.ACCEPT, date(2026, 11, 3)),
        (Action.START_REVIEW, date(2026, 11, 4)),
        (Action.APPROVE, date(2026, 11, 5), {"document_number": "环审〔2026〕1号"}),
    )
    assert Action.CORRECT not in allowed_actions(decided)  # the decision names it so
    with pytest.raises(DomainError) as err:
        correct(decided, REGISTERED, "乙项目")
    assert err.value.code is ErrorCode.TRANSITION_NOT_ALLOWED


def test_undo_gives_back_what_the_registration_said() -> None:
    events = history(D)
    correct(events, REGISTERED, "乙项目", 1300.0)
    corrected = particulars_after(events, REGISTERED)
    assert corrected == Particulars("张三", "乙项目", 1300.0)
    correct(events, corrected, "丙项目")
    assert particulars_after(events, corrected) == Particulars("张三", "丙项目", 1300.0)
    for expected in (corrected, REGISTERED):
        events.append(next_event(events, StepInput(Action.UNDO, D, NOW, "张三")))
        # Whatever the row held when it was read: the history alone decides.
        assert particulars_after(events, corrected) == expected
        assert particulars_after(events, REGISTERED) == expected


# One step at a time: reassign to a name, correct to a project and an investment, undo.
_STEPS = st.lists(
    st.one_of(
        st.tuples(st.just(Action.REASSIGN), st.sampled_from(["李四", "王五", "赵六"])),
        st.tuples(
            st.just(Action.CORRECT),
            st.tuples(st.sampled_from(["乙项目", "丙项目"]), st.sampled_from([None, 5.0, 7.5])),
        ),
        st.tuples(st.just(Action.UNDO), st.none()),
    ),
    max_size=12,
)


@given(_STEPS)
def test_what_is_kept_after_any_steps_is_what_a_stack_of_them_leaves(steps: list) -> None:
    """The handler, project and investment after any reassignments, corrections and
    undos are those a stack of the steps in force gives, whatever the row was read as."""
    events = history(D)
    stack = [REGISTERED]
    stored = REGISTERED
    for action, value in steps:
        now = stack[-1]
        if action is Action.REASSIGN:
            given = StepInput(action, D, NOW, "张三", handler=value, from_handler=now.handler)
            after = replace(now, handler=value)
        elif action is Action.CORRECT:
            project, investment = value
            given = StepInput(
                action,
                D,
                NOW,
                "张三",
                project=project,
                investment=investment,
                from_project=now.project,
                from_investment=now.investment,
            )
            after = Particulars(
                now.handler, project, now.investment if investment is None else investment
            )
        else:
            given = StepInput(action, D, NOW, "张三")
            after = None
        try:
            events.append(next_event(events, given))
        except DomainError:  # the same handler, nothing corrected, nothing to undo
            continue
        if after is None:
            stack.pop()
        else:
            stack.append(after)
        assert particulars_after(events, stored) == stack[-1]
        stored = stack[-1]  # what the store writes with the step


def test_an_investment_typed_for_a_correction() -> None:
    from approvals_gui.domain.applications import corrected_investment

    assert corrected_investment(None, 1200.0) is None  # nothing typed: it stays
    assert corrected_investment("１，５００．５", 1200.0) == 1500.5
    assert corrected_investment("", None) is None  # none registered, none given
    with pytest.raises(DomainError) as err:  # "none" would read as "unchanged"
        corrected_investment("  ", 1200.0)
    assert (err.value.code, err.value.params["field"]) == (ErrorCode.REQUIRED_FIELD, "investment")
    with pytest.raises(DomainError) as err:
        corrected_investment("1.5万", 1200.0)
    assert err.value.code is ErrorCode.INVALID_NUMBER


def test_an_amount_within_a_millionth_of_the_registered_one_is_no_change() -> None:
    events = history(D)
    noisy = replace(REGISTERED, investment=1234.5600000000001)
    with pytest.raises(DomainError) as err:
        correct(events, noisy, noisy.project, 1234.56)
    assert err.value.code is ErrorCode.NOTHING_CORRECTED
    assert correct(events, noisy, noisy.project, 1234.561).investment == 1234.561


def test_a_correction_does_not_hold_back_the_dates_of_later_steps() -> None:
    """Registered on the 2nd, corrected on the 6th: acceptance on the 3rd was refused as
    before the previous step, though a correction is no step of the procedure."""
    events = history(D)
    step = StepInput(
        Action.CORRECT, date(2026, 11, 6), NOW, "张三",
        project="甲公司年产十二万吨项目", from_project=REGISTERED.project,
        from_investment=REGISTERED.investment, from_handler=REGISTERED.handler,
    )  # fmt: skip
    events.append(next_event(events, step))
    events.append(next_event(events, StepInput(Action.ACCEPT, date(2026, 11, 3), NOW, "张三")))
    assert facts_from_history(events).accepted_on == date(2026, 11, 3)
    # The procedure's own order still holds, and an undo follows what it takes back.
    with pytest.raises(DomainError) as err:
        next_event(events, StepInput(Action.START_REVIEW, D, NOW, "张三"))
    assert err.value.code is ErrorCode.EVENT_BEFORE_PREVIOUS
    corrected = history(D)
    corrected.append(next_event(corrected, step))
    with pytest.raises(DomainError) as err:
        next_event(corrected, StepInput(Action.UNDO, date(2026, 11, 5), NOW, "张三"))
    assert err.value.code is ErrorCode.EVENT_BEFORE_PREVIOUS
    # Nor a second correction before the first: the name would read as changed from
    # one it did not bear yet.
    again = replace(step, on=date(2026, 11, 4), project="甲公司年产十五万吨项目")
    again = replace(again, from_project="甲公司年产十二万吨项目")
    with pytest.raises(DomainError) as err:
        next_event(corrected, again)
    assert err.value.code is ErrorCode.EVENT_BEFORE_PREVIOUS
