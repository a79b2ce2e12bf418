"""Which applications a list shows: free text plus quick filters."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from approvals_gui.domain.applications import ApplicationRecord
from approvals_gui.domain.clock import Clock, Status
from approvals_gui.domain.stages import FINAL_STAGES, Stage


@dataclass(frozen=True, slots=True)
class ApplicationFilter:
    """Empty fields match everything. `text` matches number, project, enterprise and
    credit code, case-insensitively; every word must match somewhere. `unit` (a unit's
    code) matches what that unit decides (审批单位) and what it holds now (所在单位).
    `open_only` leaves out the finished ones (delivered, not accepted, withdrawn)."""

    text: str = ""
    stage: Stage | None = None
    category: str | None = None
    handler: str | None = None
    status: Status | None = None
    unit: str | None = None
    open_only: bool = False

    def matches(self, record: ApplicationRecord, clock: Clock, haystack: str | None = None) -> bool:
        """Whether the application passes; `haystack` is its `search_text`, if known."""
        if not self.matches_fields(record, clock):
            return False
        words = self.words()
        if not words:
            return True
        return has_words(search_text(record) if haystack is None else haystack, words)

    def words(self) -> tuple[str, ...]:
        """The search text as the words every match must hold, folded like `search_text`."""
        return tuple(self.text.casefold().split())

    def has_fields(self) -> bool:
        """Whether anything but the text narrows the list (else `matches_fields` is
        always true and a caller may skip it)."""
        return self != ApplicationFilter(self.text)

    def matches_fields(self, record: ApplicationRecord, clock: Clock) -> bool:
        """Whether the application passes every filter but the text."""
        if self.open_only and not is_open(record):
            return False
        if self.stage is not None and record.facts.stage is not self.stage:
            return False
        if self.category is not None and record.category != self.category:
            return False
        if self.handler is not None and record.handler != self.handler:
            return False
        if self.unit is not None and self.unit not in (record.unit, record.holder):
            return False
        # A decision waiting for delivery is found by its result and by its delivery clock.
        return self.status is None or self.status in (clock.status, clock.countdown)

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
    same name."""

    name: str
    unit: str | None = None  # None: a desk without sign-in, where the name is enough

    def has(self, handler: str, unit: str, holder: str) -> bool:
        return handler == self.name and (self.unit is None or self.unit in (unit, holder))

    def holds(self, record: ApplicationRecord) -> bool:
        return self.has(record.handler, record.unit, record.holder)


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
    return record.facts.stage not in FINAL_STAGES


def search_text(record: ApplicationRecord) -> str:
    """The text a search box looks through, folded once per record."""
    return " ".join(
        (record.number, record.project, record.enterprise_name, record.credit_code)
    ).casefold()
