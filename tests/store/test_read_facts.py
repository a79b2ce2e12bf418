"""Lists hand out the same clock facts object for the same stored facts (the kept
countdowns rely on it), and a changed application's new facts."""

from __future__ import annotations

from approvals_gui.domain.clock import facts_from_history
from approvals_gui.domain.stages import Action
from approvals_gui.services.applications import Step, apply_step
from approvals_gui.services.workspace import Workspace
from approvals_gui.store import repo
from approvals_gui.store.db import session_scope
from tests.conftest import TODAY


def listed(ws: Workspace) -> list[repo.ApplicationRecord]:
    with session_scope(ws.engine, write=False) as session:
        return repo.list_records(session)


def test_the_same_facts_are_read_as_the_same_object(data: Workspace) -> None:
    first, again = listed(data), listed(data)
    assert first == again
    assert all(a.facts is b.facts for a, b in zip(first, again, strict=True))
    with session_scope(data.engine, write=False) as session:
        for record in first:
            assert record.facts == facts_from_history(repo.load_events(session, record.id))


def test_a_changed_application_reads_its_new_facts(data: Workspace) -> None:
    first = {r.id: r for r in listed(data)}
    running = next(r for r in first.values() if r.facts.delivered_on is None)
    apply_step(data, running.id, running.version, Step(Action.START_REVIEW, TODAY), today=TODAY)
    after = {r.id: r for r in listed(data)}
    with session_scope(data.engine, write=False) as session:
        events = repo.load_events(session, running.id)
    assert after[running.id].facts == facts_from_history(events) != running.facts
    assert all(after[i].facts is r.facts for i, r in first.items() if i != running.id)
