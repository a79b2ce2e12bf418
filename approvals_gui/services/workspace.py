"""The context every use case runs in: the database and who acts.

The day is not part of it: every use case that depends on it takes `today`, so the
caller (the window at midnight, a test, the command line) decides which day it is.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import partial
from typing import Generic, TypeVar

from approvals_gui.domain.access import Permission, User, check
from approvals_gui.domain.applications import ApplicationRecord
from approvals_gui.domain.calendar import WorkCalendar
from approvals_gui.domain.errors import DomainError
from approvals_gui.domain.rules import TimeLimitRule
from approvals_gui.domain.search import Mine
from approvals_gui.domain.units import Authority, Unit, unit_name
from approvals_gui.services import rule_choice
from approvals_gui.store.db import Engine, Session, session_scope
from approvals_gui.store.repo import judged_rules, load_calendar, load_rules
from approvals_gui.store.units import load_authorities, load_units, user_named

_T = TypeVar("_T")


class _Read(Generic[_T]):
    """One thing a workspace reads once and keeps until forgotten (small, read often)."""

    __slots__ = ("_load", "value")

    def __init__(self, load: Callable[[Session], _T]) -> None:
        self._load = load
        self.value: _T | None = None

    def get(self, engine: Engine) -> _T:
        # What was read is returned, not read back from `value`: a `reload` in another
        # thread meanwhile (a test's, a change set's) would leave None there.
        found = self.value
        if found is None:
            with session_scope(engine, write=False) as session:
                found = self.value = self._load(session)
        return found

    def forget(self) -> None:
        self.value = None


def _units(session: Session) -> tuple[Unit, ...]:
    return tuple(load_units(session))


class _Cache:
    """What a workspace read once; shared by its copies."""

    __slots__ = ("authorities", "calendar", "chosen", "judged", "rules", "units")

    def __init__(self) -> None:
        self.calendar = _Read(load_calendar)
        self.rules = _Read(load_rules)
        self.judged = _Read(judged_rules)
        self.units = _Read(_units)
        self.authorities = _Read(load_authorities)
        # `rule_for`'s answers by (judged rule id, category): lists ask it of every row.
        self.chosen: dict[tuple[int | None, str], TimeLimitRule] = {}

    def forget(self) -> None:
        for read in (self.calendar, self.rules, self.judged, self.units, self.authorities):
            read.forget()
        self.chosen = {}


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

    def mine(self) -> Mine:
        """Whose items 我的事项 lists: the signed-in user's at their unit, or those of
        the name this desk gave."""
        return Mine(self.actor, self.user.unit if self.user is not None else None)

    def require(self, permission: Permission, unit: str | None = None) -> None:
        """Refuse (DomainError NOT_PERMITTED) what the signed-in user may not do; a
        refusal over another unit's work names that unit. The user is read afresh: an
        account disabled (ACCOUNT_DISABLED) or given another role or unit since signing
        in does no more than it may now, in a window that stayed open."""
        self.permissions()(permission, unit)

    def permissions(self) -> Callable[[Permission, str | None], None]:
        """`require` for many checks at once (each step of a detail, allowed or
        refused): the user read afresh once for them all."""
        return partial(self._check, self.current_user())

    def _check(self, user: User | None, permission: Permission, unit: str | None) -> None:
        try:
            check(user, permission, unit)
        except DomainError as exc:
            if "unit" in exc.params:
                exc.params["unit_name"] = self.unit_name(exc.params["unit"])
            raise

    def current_user(self) -> User | None:
        """The signed-in user as stored now: an administrator may have moved, promoted or
        disabled them since they signed in."""
        if self.user is None:
            return None
        with session_scope(self.engine, write=False) as session:
            found = user_named(session, self.user.name)
        return self.user if found is None else found  # users are disabled, never removed

    def unit_name(self, code: str) -> str:
        return unit_name(self.units(), code)

    def units(self) -> tuple[Unit, ...]:
        return self._cache.units.get(self.engine)

    def authorities(self) -> dict[str, Authority]:
        return self._cache.authorities.get(self.engine)

    def calendar(self) -> WorkCalendar:
        return self._cache.calendar.get(self.engine)

    def rules(self) -> dict[str, TimeLimitRule]:
        return self._cache.rules.get(self.engine)

    def judged_rules(self) -> dict[int, TimeLimitRule]:
        """Frozen rules decided applications were judged by, by id."""
        return self._cache.judged.get(self.engine)

    def judged_rule(self, rule_id: int) -> TimeLimitRule:
        """A frozen rule by id. Frozen rules never change, but new ones appear (a
        decision here or on another desktop): an unknown id reads them again, once."""
        if rule_id not in self.judged_rules():
            self._cache.judged.forget()
        return rule_choice.judged_rule(self.judged_rules(), rule_id)

    def rule_for(self, record: ApplicationRecord) -> TimeLimitRule:
        """`rule_choice.rule_for` with this workspace's rules."""
        key = (record.judged_rule_id, record.category)
        found = self._cache.chosen.get(key)
        if found is None:
            found = rule_choice.rule_for(record, self.rule, self.judged_rule)
            self._cache.chosen[key] = found
        return found

    def rule(self, category: str) -> TimeLimitRule:
        return rule_choice.current_rule(self.rules(), category)

    def reload(self) -> None:
        """Forget cached rules and calendar (after an edit here or on another desktop).

        Call only from the thread that runs database work: the cache is shared, and
        that thread is the one that fills it.
        """
        self._cache.forget()
