"""Countdowns of many applications at once: a list of the whole database.

Most of a database is settled (closed, or its decision delivered): its clocks no later
day changes, yet every list computed them again. A running application's clock changes
only with the day, yet a list read again the same day (another desk's step, F5) computed
every one of them again too. `Countdowns` keeps both.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from approvals_gui.domain.calendar import WorkCalendar
from approvals_gui.domain.clock import Clock, ClockFacts, evaluate_or_unknown, is_settled
from approvals_gui.domain.rules import TimeLimitRule

# facts, rule, calendar, the day it holds for (None: any day), the clock
_Kept = tuple[ClockFacts, TimeLimitRule, WorkCalendar, date | None, Clock]


class Countdowns:
    """`evaluate_or_unknown` for many applications, each clock kept for the next call
    under its facts, rule and calendar, each by identity: they are immutable, so the
    same three objects give the same clock on the same day, and a settled application's
    on any day; an edited rule or calendar is a new object, which is computed afresh.
    (Lists read the same facts object again for the same stored facts: `store.repo`.)

    `kept` bounds what is kept: past it, keeping starts afresh.
    """

    def __init__(self, kept: int = 1_000_000) -> None:
        # By id(facts): a kept entry holds its facts, so no other object has that id.
        self._kept: dict[int, _Kept] = {}
        self._limit = kept
        self._calendar: WorkCalendar | None = None

    def clocks(
        self, items: Iterable[tuple[ClockFacts, TimeLimitRule]], cal: WorkCalendar, today: date
    ) -> list[Clock]:
        """The clock of each (facts, rule) of `items` on `today`, in order."""
        if cal is not self._calendar:  # clocks of an older calendar will not be asked for
            self._kept.clear()
            self._calendar = cal
        kept, found = self._kept, []
        for facts, rule in items:
            entry = kept.get(id(facts))
            if (
                entry is not None
                and entry[1] is rule
                and entry[2] is cal
                and (entry[3] is None or entry[3] == today)
            ):
                found.append(entry[4])
                continue
            clock = evaluate_or_unknown(facts, rule, cal, today)
            if len(kept) >= self._limit:
                kept.clear()
            kept[id(facts)] = (facts, rule, cal, None if is_settled(facts) else today, clock)
            found.append(clock)
        return found
