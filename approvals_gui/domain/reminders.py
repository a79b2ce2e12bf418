"""Reminders without looking (issue 13): which items are yellow or red, which turn so
within a few working days, and which turned red (or reached an intake clock's last day)
between two looks.

Pure: from the countdowns (`Clock`, `FollowUpClock`) already computed for today.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeVar

from approvals_gui.domain.clock import Clock, Phase, Status
from approvals_gui.domain.service_days import WARN_WORKDAYS, FollowUpClock, FollowUpState

K = TypeVar("K", bound=Hashable)

WEEK_WORKDAYS = 5  # "this week": the next five working days
INTAKE_LAST_DAYS = 1  # an intake clock with this many working days left, or fewer


class Level(StrEnum):
    YELLOW = "yellow"  # due soon
    RED = "red"  # past the promise or the law


_LEVELS = {
    Status.DUE_SOON: Level.YELLOW,
    Status.OVERDUE: Level.RED,
    Status.BREACH: Level.RED,
}


@dataclass(frozen=True, slots=True)
class Turn:
    """The colour an item has, or turns, and in how many working days (0: today)."""

    level: Level
    in_workdays: int


def level_of(clock: Clock) -> Level | None:
    """The colour of the countdown on screen today: yellow, red, or neither."""
    return _LEVELS.get(clock.countdown)


def _workdays_left(clock: Clock) -> int | None:
    """The working days left on the countdown that is shown (after a decision, the
    delivery's); None when it does not run (paused, finished, unknown)."""
    if clock.countdown in (Status.PAUSED, Status.UNKNOWN, Status.CLOSED):
        return None
    if clock.phase in (Phase.DONE, Phase.CLOSED):
        return None
    return clock.workdays_left


def next_turn(clock: Clock, warn_workdays: int) -> Turn | None:
    """The colour the item has today (in 0 working days), or the next one it turns if
    nothing is done: yellow once `warn_workdays` are left, red the working day after
    its due date (an intake clock only turns yellow: past it, the application counts as
    accepted and its decision clock runs). None for an item whose countdown does not run."""
    now = level_of(clock)
    if now is Level.RED:
        return Turn(Level.RED, 0)
    left = _workdays_left(clock)
    if now is Level.YELLOW:
        return Turn(Level.YELLOW, 0)
    if left is None or left < 0:
        return None
    if clock.phase is Phase.INTAKE and left <= warn_workdays:
        return None  # at its end the application counts as accepted: see intake_ending
    if left <= warn_workdays:  # a period that must run: never yellow, red after its end
        return Turn(Level.RED, left + 1)
    return Turn(Level.YELLOW, left - warn_workdays)


def turns_within(clock: Clock, warn_workdays: int, horizon: int) -> list[Turn]:
    """Every colour the item has today or turns within `horizon` working days, first
    to last (a yellow item may also turn red within them)."""
    found: list[Turn] = []
    now = level_of(clock)
    left = _workdays_left(clock)
    if now is Level.RED:
        return [Turn(Level.RED, 0)]
    first = next_turn(clock, warn_workdays)
    if first is None or first.in_workdays > horizon:
        return found
    found.append(first)
    intake = clock.phase is Phase.INTAKE
    if first.level is Level.YELLOW and not intake and left is not None and left >= 0:
        red = Turn(Level.RED, left + 1)
        if red.in_workdays <= horizon:
            found.append(red)
    return found


def intake_ending(clock: Clock, last_days: int = INTAKE_LAST_DAYS) -> bool:
    """An intake clock (waiting for the acceptance decision) with its last working day
    or days left: not decided in time, the application counts as accepted."""
    return (
        clock.phase is Phase.INTAKE
        and clock.status in (Status.NORMAL, Status.DUE_SOON)
        and clock.workdays_left is not None
        and 0 <= clock.workdays_left <= last_days
    )


@dataclass(frozen=True, slots=True)
class Alert:
    """What one item shows for the reminders: its colour, and whether its intake clock
    is on its last day."""

    level: Level | None
    intake_ending: bool = False


def alert_of(clock: Clock) -> Alert:
    return Alert(level_of(clock), intake_ending(clock))


class Reason(StrEnum):
    TURNED_RED = "turned_red"
    INTAKE_ENDING = "intake_ending"


def newly_alerting(before: Mapping[K, Alert], after: Mapping[K, Alert]) -> list[tuple[K, Reason]]:
    """Items that turned red, or whose intake clock reached its last day, between two
    looks. An item not in `before` is new to the looker: it is not reported (its state
    was never seen otherwise); one that left `after` neither."""
    found: list[tuple[K, Reason]] = []
    for key, now in after.items():
        was = before.get(key)
        if was is None:
            continue
        if now.level is Level.RED and was.level is not Level.RED:
            found.append((key, Reason.TURNED_RED))
        if now.intake_ending and not was.intake_ending:
            found.append((key, Reason.INTAKE_ENDING))
    return found


def counts(alerts: Mapping[K, Alert]) -> tuple[int, int]:
    """(red, yellow) among `alerts`."""
    levels = [a.level for a in alerts.values()]
    return levels.count(Level.RED), levels.count(Level.YELLOW)


def follow_up_turn(clock: FollowUpClock, horizon: int) -> Turn | None:
    """A service-day follow-up that is yellow or red today, or turns so within
    `horizon` working days; None otherwise (resolved, nothing to follow up)."""
    if clock.state is FollowUpState.OVERDUE:
        return Turn(Level.RED, 0)
    if clock.state is FollowUpState.DUE_SOON:
        return Turn(Level.YELLOW, 0)
    if clock.state is not FollowUpState.NORMAL or clock.workdays_left is None:
        return None
    turn = Turn(Level.YELLOW, clock.workdays_left - WARN_WORKDAYS)
    return turn if turn.in_workdays <= horizon else None
