"""The transition table, its guards, append-only undo."""

from __future__ import annotations

from datetime import date

import pytest

from approvals_gui.domain.errors import DomainError, ErrorCode
from approvals_gui.domain.stages import (
    FINAL_STAGES,
    MAIN_LINE,
    TRANSITIONS,
    Action,
    Stage,
    StepInput,
    allowed_actions,
    current_stage,
    decision_in_force,
    effective_history,
    next_event,
)
from tests.domain.history import NOW, history

D = date(2026, 11, 2)
MATERIALS = {"materials": ("环评文件公众参与说明",)}


def test_the_happy_path_reaches_delivered() -> None:
    events = history(
        D,
        (Action.ACCEPT, date(2026, 11, 3)),
        (Action.START_EXPERT_REVIEW, date(2026, 11, 4)),
        (Action.FINISH_EXPERT_REVIEW, date(2026, 11, 10)),
        (Action.START_PUBLIC_NOTICE, date(2026, 11, 11)),
        (Action.APPROVE, date(2026, 11, 18), {"document_number": "环审〔2026〕12号"}),
        (Action.DELIVER, date(2026, 11, 19)),
    )
    assert current_stage(events) is Stage.DELIVERED
    assert [e.seq for e in events] == list(range(1, 8))
    assert allowed_actions(events) == [Action.UNDO]


def test_the_decision_in_force_is_the_last_not_taken_back() -> None:
    steps = (
        (Action.ACCEPT, date(2026, 11, 3)),
        (Action.START_REVIEW, date(2026, 11, 4)),
    )
    assert decision_in_force(history(D, *steps)) is None
    approved = (Action.APPROVE, date(2026, 11, 18), {"document_number": "环审〔2026〕12号"})
    events = history(D, *steps, approved, (Action.DELIVER, date(2026, 11, 19)))
    found = decision_in_force(events)
    assert found is not None and found.document_number == "环审〔2026〕12号"
    taken_back = history(D, *steps, approved, (Action.UNDO, date(2026, 11, 18)))
    assert decision_in_force(taken_back) is None


@pytest.mark.parametrize(
    ("steps", "action", "extra", "code"),
    [
        ((), Action.REQUEST_SUPPLEMENT, {}, ErrorCode.MISSING_MATERIALS),
        ((), Action.REQUEST_SUPPLEMENT, {"materials": ("  ",)}, ErrorCode.MISSING_MATERIALS),
        ((), Action.NOT_ACCEPT, {}, ErrorCode.MISSING_REASON),
        (
            (Action.ACCEPT, Action.START_REVIEW),
            Action.APPROVE,
            {},
            ErrorCode.MISSING_DOCUMENT_NUMBER,
        ),
        (
            (Action.ACCEPT, Action.START_REVIEW),
            Action.REFUSE,
            {"document_number": "X"},
            ErrorCode.MISSING_REASON,
        ),
        ((), Action.APPROVE, {"document_number": "X"}, ErrorCode.TRANSITION_NOT_ALLOWED),
        ((), Action.DELIVER, {}, ErrorCode.TRANSITION_NOT_ALLOWED),
        ((Action.ACCEPT,), Action.ACCEPT, {}, ErrorCode.TRANSITION_NOT_ALLOWED),
        ((), Action.UNDO, {}, ErrorCode.NOTHING_TO_UNDO),
    ],
)
def test_guards_refuse_with_a_specific_code(
    steps: tuple[Action, ...], action: Action, extra: dict[str, object], code: ErrorCode
) -> None:
    events = history(D, *((a, D) for a in steps))
    with pytest.raises(DomainError) as err:
        next_event(events, StepInput(action, D, NOW, "李四", **extra))  # type: ignore[arg-type]
    assert err.value.code is code


def test_dates_must_not_go_backwards_or_into_the_future() -> None:
    events = history(D, (Action.ACCEPT, date(2026, 11, 5)))
    with pytest.raises(DomainError) as err:
        next_event(events, StepInput(Action.START_REVIEW, date(2026, 11, 4), NOW, "李四"))
    assert err.value.code is ErrorCode.EVENT_BEFORE_PREVIOUS
    with pytest.raises(DomainError) as err:
        next_event(events, StepInput(Action.START_REVIEW, date(2026, 11, 26), NOW, "李四"))
    assert err.value.code is ErrorCode.DATE_IN_FUTURE


def test_a_second_supplement_request_needs_a_reason() -> None:
    events = history(D, (Action.REQUEST_SUPPLEMENT, D, MATERIALS), (Action.RECEIVE_MATERIALS, D))
    with pytest.raises(DomainError) as err:
        next_event(events, StepInput(Action.REQUEST_SUPPLEMENT, D, NOW, "王五", **MATERIALS))  # type: ignore[arg-type]
    assert err.value.code is ErrorCode.SECOND_SUPPLEMENT_REASON
    second = StepInput(
        Action.REQUEST_SUPPLEMENT, D, NOW, "王五", materials=("图件",), reason="图件比例尺不符"
    )
    assert next_event(events, second).reason == "图件比例尺不符"


def test_extension_only_once() -> None:
    ext = {"reason": "需补充现场核查", "extension_days": 10}
    events = history(D, (Action.ACCEPT, D), (Action.EXTEND, D, ext))
    assert current_stage(events) is Stage.ACCEPTED
    assert Action.EXTEND not in allowed_actions(events)
    with pytest.raises(DomainError) as err:
        next_event(
            events, StepInput(Action.EXTEND, D, NOW, "王五", reason="再延", extension_days=5)
        )
    assert err.value.code is ErrorCode.ALREADY_EXTENDED


def test_undo_is_recorded_and_folds_the_step_away() -> None:
    events = history(D, (Action.ACCEPT, D), (Action.START_REVIEW, D))
    undo = next_event(events, StepInput(Action.UNDO, D, NOW, "张三", remark="误操作"))
    assert (undo.from_stage, undo.to_stage, undo.undoes) == (Stage.REVIEW, Stage.ACCEPTED, 3)
    events.append(undo)
    assert current_stage(events) is Stage.ACCEPTED
    assert [e.seq for e in effective_history(events)] == [1, 2]
    events.append(next_event(events, StepInput(Action.UNDO, D, NOW, "张三")))
    assert current_stage(events) is Stage.RECEIVED
    assert len(events) == 5  # nothing was removed from the record


def test_supplement_round_trip_and_side_exits() -> None:
    events = history(D, (Action.REQUEST_SUPPLEMENT, D, MATERIALS), (Action.RECEIVE_MATERIALS, D))
    assert current_stage(events) is Stage.RECEIVED
    assert events[1].materials == ("环评文件公众参与说明",)
    withdrawn = history(D, (Action.ACCEPT, D), (Action.WITHDRAW, D))
    assert current_stage(withdrawn) is Stage.WITHDRAWN
    assert allowed_actions(withdrawn) == [Action.UNDO]


def test_every_stage_but_the_final_ones_has_a_way_forward() -> None:
    sources = set().union(*(t.sources for t in TRANSITIONS))
    assert set(Stage) - sources == {Stage.DELIVERED, Stage.NOT_ACCEPTED, Stage.WITHDRAWN}


def test_investment_parsing() -> None:
    from approvals_gui.domain.applications import parse_investment

    assert parse_investment(" 12,000.5 ") == 12000.5
    assert parse_investment("") is None
    assert parse_investment("１２００") == 1200  # typed with a Chinese input method
    assert parse_investment("１，２００．５") == 1200.5  # the point too, in 全角
    assert parse_investment(".5") == 0.5 and parse_investment("3.") == 3
    for bad in ("十万", "-3", "nan", "inf", "1e999", "1e5", "1_000", "+5", "1.2.3"):
        with pytest.raises(DomainError) as err:
            parse_investment(bad)
        assert err.value.code is ErrorCode.INVALID_NUMBER
    # 1 万亿元 is the most; past it is a slip (99999999999999 万元 had been taken).
    assert parse_investment("100,000,000") == 100_000_000
    for slip in ("100000000.5", "99999999999999"):
        with pytest.raises(DomainError) as err:
            parse_investment(slip)
        assert err.value.code is ErrorCode.INVESTMENT_TOO_LARGE


def test_the_main_line_leads_from_every_stage_but_the_final_ones() -> None:
    """The "next step" key's step is one the table allows from its stage."""
    assert set(MAIN_LINE) == set(Stage) - FINAL_STAGES
    sources = {t.action: t.sources for t in TRANSITIONS}
    assert all(stage in sources[action] for stage, action in MAIN_LINE.items())


def test_a_step_set_back_is_told_by_the_day_it_was_entered() -> None:
    from datetime import datetime

    from approvals_gui.domain.stages import recorded_later

    assert recorded_later(date(2026, 11, 3), datetime(2026, 11, 3, 17, 59)) is None
    assert recorded_later(date(2026, 8, 1), datetime(2026, 12, 1, 2, 29)) == date(2026, 12, 1)


def test_another_authoritys_matter_is_not_accepted_with_where_to_apply() -> None:
    """第三十二条第一款第（二）项: the authority to apply to is reason enough; it is kept
    on a 不予受理 alone, cleaned as other texts are."""
    events = history(D)
    referred = StepInput(Action.NOT_ACCEPT, D, NOW, "张三", refer_to="  省生态环境厅 ")
    assert next_event(events, referred).refer_to == "省生态环境厅"
    with pytest.raises(DomainError) as refused:
        next_event(events, StepInput(Action.NOT_ACCEPT, D, NOW, "张三"))
    assert refused.value.code is ErrorCode.MISSING_REASON
    accepted = StepInput(Action.ACCEPT, D, NOW, "张三", refer_to="省生态环境厅")
    assert next_event(events, accepted).refer_to == ""
    with pytest.raises(DomainError) as too_long:
        next_event(events, StepInput(Action.NOT_ACCEPT, D, NOW, "张三", refer_to="厅" * 101))
    assert too_long.value.code is ErrorCode.TEXT_TOO_LONG
