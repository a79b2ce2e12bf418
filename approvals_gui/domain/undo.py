"""Undo, for any history of steps: an undo event removes the step it undid, so the
steps in force are a stack (applications' and 12369 cases' alike)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar


class _Step(Protocol):
    @property
    def action(self) -> object: ...


S = TypeVar("S", bound=_Step)


def in_force(events: Sequence[S], undo: object) -> list[S]:
    """The events still in force, given the action that undoes."""
    stack: list[S] = []
    for event in events:
        if event.action == undo:
            stack.pop()
        else:
            stack.append(event)
    return stack
