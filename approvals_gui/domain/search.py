"""Which applications a list shows: free text plus quick filters."""

from __future__ import annotations

from dataclasses import dataclass

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
        if self.status is not None and self.status not in (clock.status, clock.countdown):
            return False
        words = self.text.casefold().split()
        if not words:
            return True
        text = search_text(record) if haystack is None else haystack
        return all(word in text for word in words)


def is_open(record: ApplicationRecord) -> bool:
    """Still running: not delivered, not refused, not withdrawn (the store's `is_open`)."""
    return record.facts.stage not in FINAL_STAGES


def search_text(record: ApplicationRecord) -> str:
    """The text a search box looks through, folded once per record."""
    return " ".join(
        (record.number, record.project, record.enterprise_name, record.credit_code)
    ).casefold()
