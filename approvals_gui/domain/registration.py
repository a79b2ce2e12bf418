"""What a clerk is asked before a registration is saved: it may be taken, but it is
more often a slip than meant. The same project of the same enterprise still open (a
second click, or a second clerk at the counter) doubles it in every figure, and an
application cannot be taken out once registered; a received date past the intake limit
(2025 typed for 2026) has it accepted by law from that day (第三十二条) the moment it is
saved, its clock already running, numbered in that year."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from approvals_gui.domain.applications import NewApplication
from approvals_gui.domain.calendar import WorkCalendar
from approvals_gui.domain.rules import INTAKE_LIMIT
from approvals_gui.domain.text import searchable


class Second(StrEnum):
    SAME_OPEN = "same_open"  # the enterprise has this project open: `numbers`
    RECEIVED_LONG_AGO = "received_long_ago"  # `received_on`, `workdays` ago: past intake


@dataclass(frozen=True, slots=True)
class SecondThought:
    kind: Second
    numbers: tuple[str, ...] = ()
    received_on: date | None = None
    workdays: int = 0


def same_project(one: str, other: str) -> bool:
    """Two project names for one project: as a search compares them, without blanks."""
    return searchable("".join(one.split())) == searchable("".join(other.split()))


def second_thoughts(
    form: NewApplication,
    open_of_enterprise: Iterable[tuple[str, str]],
    today: date,
    cal: WorkCalendar,
) -> tuple[SecondThought, ...]:
    """What to ask before `form` is saved. `open_of_enterprise`: (number, project) of
    each open application of the enterprise with the form's credit code."""
    found = []
    same = tuple(
        number for number, project in open_of_enterprise if same_project(project, form.project)
    )
    if same:
        found.append(SecondThought(Second.SAME_OPEN, numbers=same))
    back = cal.workdays_between(form.received_on, today)
    if back > INTAKE_LIMIT.amount:
        found.append(
            SecondThought(Second.RECEIVED_LONG_AGO, received_on=form.received_on, workdays=back)
        )
    return tuple(found)
