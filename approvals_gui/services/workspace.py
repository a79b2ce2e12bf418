"""The context every use case runs in: the database, who acts, and what day it is."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import Engine

from approvals_gui.domain.applications import ApplicationRecord
from approvals_gui.domain.calendar import WorkCalendar
from approvals_gui.domain.errors import DomainError, ErrorCode
from approvals_gui.domain.rules import TimeLimitRule
from approvals_gui.store.db import session_scope
from approvals_gui.store.repo import judged_rules, load_calendar, load_rules


@dataclass
class Workspace:
    """Holds the engine and caches the calendar and rules (both small, both read often).

    `today` and `now` are injected so tests and the midnight rollover control the clock.
    """

    engine: Engine
    actor: str
    today: Callable[[], date] = date.today
    now: Callable[[], datetime] = datetime.now
    _calendar: WorkCalendar | None = field(default=None, repr=False)
    _rules: dict[str, TimeLimitRule] | None = field(default=None, repr=False)
    _judged: dict[int, TimeLimitRule] | None = field(default=None, repr=False)

    def calendar(self) -> WorkCalendar:
        if self._calendar is None:
            with session_scope(self.engine) as session:
                self._calendar = load_calendar(session)
        return self._calendar

    def rules(self) -> dict[str, TimeLimitRule]:
        if self._rules is None:
            with session_scope(self.engine) as session:
                self._rules = load_rules(session)
        return self._rules

    def judged_rules(self) -> dict[int, TimeLimitRule]:
        """Frozen rules decided applications were judged by, by id."""
        if self._judged is None:
            with session_scope(self.engine) as session:
                self._judged = judged_rules(session)
        return self._judged

    def rule_for(self, record: ApplicationRecord) -> TimeLimitRule:
        """Decided applications keep the rule they were judged by; open ones follow
        their category's current rule."""
        if record.judged_rule_id is not None:
            return self.judged_rules()[record.judged_rule_id]
        return self.rule(record.category)

    def rule(self, category: str) -> TimeLimitRule:
        try:
            return self.rules()[category]
        except KeyError:
            raise DomainError(
                ErrorCode.UNKNOWN_CATEGORY, f"unknown category {category!r}", category=category
            ) from None

    def forget_judged_rules(self) -> None:
        self._judged = None

    def reload(self) -> None:
        """Forget cached rules and calendar (after an edit here or on another desktop)."""
        self._calendar = None
        self._rules = None
        self._judged = None
