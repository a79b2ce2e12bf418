"""The context every use case runs in: the database and who acts.

The day is not part of it: every use case that depends on it takes `today`, so the
caller (the window at midnight, a test, the command line) decides which day it is.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime

from approvals_gui.domain.access import Permission, User, check
from approvals_gui.domain.applications import ApplicationRecord
from approvals_gui.domain.calendar import WorkCalendar
from approvals_gui.domain.errors import DomainError, ErrorCode
from approvals_gui.domain.rules import TimeLimitRule
from approvals_gui.domain.units import Authority, Unit
from approvals_gui.store.db import Engine, session_scope
from approvals_gui.store.errors import StoreError, StoreErrorCode
from approvals_gui.store.repo import judged_rules, load_calendar, load_rules
from approvals_gui.store.units import load_authorities, load_units, user_named


class _Cache:
    """What a workspace read once (small, read often); shared by its copies."""

    __slots__ = ("authorities", "calendar", "judged", "rules", "units")

    def __init__(self) -> None:
        self.calendar: WorkCalendar | None = None
        self.rules: dict[str, TimeLimitRule] | None = None
        self.judged: dict[int, TimeLimitRule] | None = None
        self.units: tuple[Unit, ...] | None = None
        self.authorities: dict[str, Authority] | None = None


@dataclass(frozen=True)
class Workspace:
    """Holds the engine and caches the calendar and rules; never changes itself, so it
    can be handed to any thread. `now` is injected so tests control the clock.

    `user` is who signed in, whose role the services enforce; None on a desk without
    sign-in, where `actor` is the name the clerk gave and nothing is refused.
    """

    engine: Engine
    actor: str
    now: Callable[[], datetime] = datetime.now
    user: User | None = None
    _cache: _Cache = field(default_factory=_Cache, compare=False, repr=False)

    def with_actor(self, actor: str) -> Workspace:
        """The same database and cache, another name on a desk without sign-in."""
        return replace(self, actor=actor)

    def signed_in(self, user: User | None) -> Workspace:
        """The same database and cache, acting as `user` (None: signed out)."""
        return replace(self, user=user, actor=user.name if user else self.actor)

    def require(self, permission: Permission, unit: str | None = None) -> None:
        """Refuse (DomainError NOT_PERMITTED) what the signed-in user may not do; a
        refusal over another unit's work names that unit. The user is read afresh: an
        account disabled (ACCOUNT_DISABLED) or given another role or unit since signing
        in does no more than it may now, in a window that stayed open."""
        try:
            check(self._current_user(), permission, unit)
        except DomainError as exc:
            if "unit" in exc.params:
                exc.params["unit_name"] = self.unit_name(exc.params["unit"])
            raise

    def _current_user(self) -> User | None:
        if self.user is None:
            return None
        with session_scope(self.engine, write=False) as session:
            found = user_named(session, self.user.name)
        if found is None:  # no such row: users are disabled, never removed
            return self.user
        if not found.active:
            raise DomainError(ErrorCode.ACCOUNT_DISABLED, f"{self.user.name} is disabled")
        return found

    def unit_name(self, code: str) -> str:
        return next((u.name for u in self.units() if u.code == code), code)

    def units(self) -> tuple[Unit, ...]:
        if self._cache.units is None:
            with session_scope(self.engine, write=False) as session:
                self._cache.units = tuple(load_units(session))
        return self._cache.units

    def authorities(self) -> dict[str, Authority]:
        if self._cache.authorities is None:
            with session_scope(self.engine, write=False) as session:
                self._cache.authorities = load_authorities(session)
        return self._cache.authorities

    def calendar(self) -> WorkCalendar:
        if self._cache.calendar is None:
            with session_scope(self.engine, write=False) as session:
                self._cache.calendar = load_calendar(session)
        return self._cache.calendar

    def rules(self) -> dict[str, TimeLimitRule]:
        if self._cache.rules is None:
            with session_scope(self.engine, write=False) as session:
                self._cache.rules = load_rules(session)
        return self._cache.rules

    def judged_rules(self) -> dict[int, TimeLimitRule]:
        """Frozen rules decided applications were judged by, by id."""
        if self._cache.judged is None:
            with session_scope(self.engine, write=False) as session:
                self._cache.judged = judged_rules(session)
        return self._cache.judged

    def judged_rule(self, rule_id: int) -> TimeLimitRule:
        """A frozen rule by id. Frozen rules never change, but new ones appear (a
        decision here or on another desktop): an unknown id reads them again, once."""
        found = self.judged_rules().get(rule_id)
        if found is None:
            self._cache.judged = None
            found = self.judged_rules().get(rule_id)
        if found is None:
            raise StoreError(StoreErrorCode.NOT_FOUND, f"no judged rule {rule_id}", id=rule_id)
        return found

    def rule_for(self, record: ApplicationRecord) -> TimeLimitRule:
        """Decided applications keep the rule they were judged by; open ones follow
        their category's current rule."""
        if record.judged_rule_id is not None:
            return self.judged_rule(record.judged_rule_id)
        return self.rule(record.category)

    def rule(self, category: str) -> TimeLimitRule:
        try:
            return self.rules()[category]
        except KeyError:
            raise DomainError(
                ErrorCode.UNKNOWN_CATEGORY, f"unknown category {category!r}", category=category
            ) from None

    def reload(self) -> None:
        """Forget cached rules and calendar (after an edit here or on another desktop).

        Call only from the thread that runs database work: the cache is shared, and
        that thread is the one that fills it.
        """
        self._cache.calendar = None
        self._cache.rules = None
        self._cache.judged = None
        self._cache.units = None
        self._cache.authorities = None
