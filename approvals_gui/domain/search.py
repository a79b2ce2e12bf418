"""Which applications a list shows: free text plus quick filters."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import NamedTuple

from approvals_gui.domain.applications import ApplicationRecord
from approvals_gui.domain.clock import Clock, Status
from approvals_gui.domain.credit_code import is_valid_credit_code
from approvals_gui.domain.stages import FINAL_STAGES, Stage
from approvals_gui.domain.text import person_name, searchable
from approvals_gui.domain.urgency import urgency_key


class Listed(NamedTuple):
    """What a list shows, sorts and filters an application by, but for its countdown's
    wording: a list of 100,000 keeps this for every row and builds the record and clock
    of a finished one only when they are asked for."""

    id: int
    number: str
    project: str
    enterprise_name: str
    category: str
    handler: str
    unit: str
    holder: str
    stage: Stage
    registered_on: date
    due: date | None
    status: Status
    countdown: Status  # the colour on screen: after a decision, the delivery's
    urgency: int  # `urgency_key`

    @property
    def held_by(self) -> str:
        """As `ApplicationRecord.held_by`."""
        return self.holder or self.unit


_new_listed = tuple.__new__  # Listed's own __new__ is a Python call more per row


def listed_of(record: ApplicationRecord, clock: Clock) -> Listed:
    return _new_listed(
        Listed,
        (
            record.id,
            record.number,
            record.project,
            record.enterprise_name,
            record.category,
            record.handler,
            record.unit,
            record.holder,
            record.facts.stage,
            record.registered_on,
            clock.due,
            clock.status,
            clock.countdown,
            urgency_key(clock),
        ),
    )


@dataclass(frozen=True, slots=True)
class ApplicationFilter:
    """Empty fields match everything. `text` matches number, project, enterprise and
    credit code, in any case or width (`searchable`); every word must match somewhere.
    `unit` (a unit's code) matches what that unit decides (审批单位) and what it holds
    now (所在单位).
    `open_only` leaves out the finished ones (delivered, not accepted, withdrawn).
    `handler` matches as `Mine` does: as names are kept (`person_name`)."""

    text: str = ""
    stage: Stage | None = None
    category: str | None = None
    handler: str | None = None
    status: Status | None = None
    unit: str | None = None
    open_only: bool = False

    def __post_init__(self) -> None:
        if self.handler is not None:
            object.__setattr__(self, "handler", person_name(self.handler))

    def matches(self, record: ApplicationRecord, clock: Clock, haystack: str | None = None) -> bool:
        """Whether the application passes; `haystack` is its `search_text`, if known."""
        return self.passes(
            listed_of(record, clock), search_text(record) if haystack is None else haystack
        )

    def passes(self, row: Listed, haystack: str) -> bool:
        """`matches` for a row of a list, with its `search_text`."""
        return self.matches_fields(row) and has_words(haystack, self.words())

    def words(self) -> tuple[str, ...]:
        return search_words(self.text)

    def has_fields(self) -> bool:
        """Whether anything but the text narrows the list (else `matches_fields` is
        always true and a caller may skip it)."""
        return self != ApplicationFilter(self.text)

    def matches_fields(self, row: Listed) -> bool:
        """Whether the application passes every filter but the text."""
        if self.open_only and not stage_is_open(row.stage):
            return False
        if self.stage is not None and row.stage is not self.stage:
            return False
        if self.category is not None and row.category != self.category:
            return False
        handler = self.handler
        if handler is not None and row.handler != handler and person_name(row.handler) != handler:
            return False
        if self.unit is not None and self.unit not in (row.unit, row.holder):
            return False
        # A decision waiting for delivery is found by its result and by its delivery clock.
        return self.status is None or self.status in (row.status, row.countdown)

    def narrows(self, wider: ApplicationFilter) -> bool:
        """Whether every application this filter passes passes `wider` too, as when a
        word was typed on: the same filters but the text, and each of `wider`'s words
        inside one of this one's (a word that holds it can only be found where it is)."""
        if replace(self, text=wider.text) != wider:
            return False
        words = self.words()
        return all(any(old in new for new in words) for old in wider.words())


@dataclass(frozen=True, slots=True)
class Mine:
    """Whose items 我的事项 lists: those handled by `name`, and, for a signed-in user,
    decided or held at the user's `unit` (as the unit filter has it: sent to the
    assessment centre, an application stays its handler's). A name alone is not a
    person: a ledger or a desk without sign-in at another unit may name a handler of the
    same name. Names are compared as they are kept now (`person_name`): items handled
    as "李 四", by an older ledger or form, are 李四's, and an account or a desk's name
    given so handles 李四's items."""

    name: str
    unit: str | None = None  # None: a desk without sign-in, where the name is enough

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", person_name(self.name))

    def has(self, handler: str, unit: str, holder: str) -> bool:
        name = self.name  # most handlers are kept so already: no cleaning asked for
        return (handler == name or person_name(handler) == name) and (
            self.unit is None or self.unit in (unit, holder)
        )

    def holds(self, record: ApplicationRecord | Listed) -> bool:
        return self.has(record.handler, record.unit, record.holder)


def search_words(text: str) -> tuple[str, ...]:
    """What is typed in a search box as the words every match must hold, folded as
    `searchable` folds what is looked through. A credit code typed in hyphenated groups
    (9135-0100-…), as registration takes it, is the one word it is kept as; other
    hyphens stay (HP2026-00001)."""
    return tuple(map(_as_kept, searchable(text).split()))


def _as_kept(word: str) -> str:
    if "-" in word and is_valid_credit_code(bare := word.replace("-", "")):
        return bare
    return word


def has_words(haystack: str, words: Sequence[str]) -> bool:
    """The text rule: every word is somewhere in the haystack."""
    return all(word in haystack for word in words)


def with_words(rows: Iterable[int], haystacks: Sequence[str], words: Sequence[str]) -> list[int]:
    """The rows whose haystack passes `has_words`, in their order: the same rule in
    bulk, one word at a time over what the words before it left."""
    found = list(rows)
    for word in words:
        found = [i for i in found if word in haystacks[i]]
    return found


def is_open(record: ApplicationRecord) -> bool:
    """Still running: not delivered, not refused, not withdrawn (the store's `is_open`)."""
    return stage_is_open(record.facts.stage)


def stage_is_open(stage: Stage) -> bool:
    return stage not in FINAL_STAGES


def search_text(record: ApplicationRecord) -> str:
    """The text a search box looks through, folded once per record."""
    return searchable(
        " ".join((record.number, record.project, record.enterprise_name, record.credit_code))
    )
