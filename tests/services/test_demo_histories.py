"""Every generated history is one the domain itself would record: each step replayed
through `checked_event` (the stage table and the law's guards) gives back the stored
event. The demo builds most steps straight from the stage table (`demo._Walk._event`);
this is what holds it to the domain's rules."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

import pytest
from sqlalchemy import Engine

from approvals_gui.domain.calendar import WorkCalendar
from approvals_gui.domain.errors import DomainError, ErrorCode
from approvals_gui.domain.rules import TimeLimitRule
from approvals_gui.domain.stages import Action, Stage, StageEvent, StepInput, registration_event
from approvals_gui.services import demo
from approvals_gui.services.applications import checked_event
from approvals_gui.services.workspace import Workspace
from approvals_gui.store import repo
from approvals_gui.store.db import session_scope
from tests.conftest import TODAY

COUNT = 400


def replay(events: Sequence[StageEvent], rule: TimeLimitRule, cal: WorkCalendar) -> None:
    """Raise where `events` is not what registering and then taking each step in turn
    through the domain records."""
    first = events[0]
    assert first == registration_event(first.on, first.at, first.actor, first.remark, first.to_unit)
    for n, event in enumerate(events[1:], start=1):
        step = StepInput(
            event.action,
            event.on,
            event.at,
            event.actor,
            event.remark,
            event.materials,
            event.reason,
            event.document_number,
            event.extension_days,
            event.to_unit,
            event.handler,
            event.from_handler,
        )
        assert checked_event(events[:n], step, rule, cal) == event, event


@pytest.fixture
def generated(engine: Engine) -> tuple[Workspace, list[tuple[TimeLimitRule, list[StageEvent]]]]:
    """A demo database and each application's rule and history."""
    ws = Workspace(engine, "演示")
    demo.generate(ws, COUNT, today=TODAY, seed=11)
    with session_scope(ws.engine, write=False) as session:
        records = repo.list_records(session)
        histories = [(ws.rule_for(r), repo.load_events(session, r.id)) for r in records]
    return ws, histories


def test_every_generated_step_is_what_the_domain_records(
    generated: tuple[Workspace, list[tuple[TimeLimitRule, list[StageEvent]]]],
) -> None:
    ws, histories = generated
    cal = ws.calendar()
    for rule, events in histories:
        replay(events, rule, cal)
    taken = Counter(e.action for _, events in histories for e in events)
    assert len(histories) == COUNT
    # The walk's every kind of step was replayed, those built from the table and those
    # that went through the guards alike.
    assert set(taken) >= {
        Action.REGISTER,
        Action.REQUEST_SUPPLEMENT,
        Action.RECEIVE_MATERIALS,
        Action.ACCEPT,
        Action.START_REVIEW,
        Action.START_EXPERT_REVIEW,
        Action.FINISH_EXPERT_REVIEW,
        Action.TRANSFER,
        Action.START_PUBLIC_NOTICE,
        Action.APPROVE,
        Action.REFUSE,
        Action.DELIVER,
        Action.EXTEND,
    }, taken


def test_the_replay_refuses_what_the_domain_would_not_record(
    generated: tuple[Workspace, list[tuple[TimeLimitRule, list[StageEvent]]]],
) -> None:
    ws, histories = generated
    cal = ws.calendar()
    rule, events = next((r, h) for r, h in histories if Action.TRANSFER in {e.action for e in h})
    moved = next(i for i, e in enumerate(events) if e.action is Action.TRANSFER)
    wrong_unit = [*events[:moved], replace(events[moved], from_unit="elsewhere")]
    with pytest.raises(AssertionError):
        replay(wrong_unit, rule, cal)
    rule, events = next(
        (r, h)
        for r, h in histories
        if r.approval_notice_workdays and Action.APPROVE in {e.action for e in h}
    )
    notice = next(e for e in events if e.action is Action.START_PUBLIC_NOTICE)
    approved = next(i for i, e in enumerate(events) if e.action is Action.APPROVE)
    early = [*events[:approved], replace(events[approved], on=notice.on)]
    with pytest.raises(DomainError) as refused:
        replay(early, rule, cal)
    assert refused.value.code is ErrorCode.NOTICE_PERIOD_RUNNING
    skipped = [e for e in events if e.to_stage is not Stage.ACCEPTED]  # straight to review
    with pytest.raises(DomainError):
        replay(skipped, rule, cal)
