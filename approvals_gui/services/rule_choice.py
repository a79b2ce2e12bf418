"""Which time-limit rule an application's clock runs by, from rules already read: the
workspace's cached ones, or those `check` reads through the driver alone."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from approvals_gui.domain.applications import ApplicationRecord
from approvals_gui.domain.errors import DomainError, ErrorCode
from approvals_gui.domain.rules import TimeLimitRule
from approvals_gui.store.errors import StoreError, StoreErrorCode


def rule_for(
    record: ApplicationRecord,
    current: Callable[[str], TimeLimitRule],
    judged: Callable[[int], TimeLimitRule],
) -> TimeLimitRule:
    """Decided applications keep the rule they were judged by (`judged`, by its id);
    open ones follow their category's current rule (`current`, by category)."""
    if record.judged_rule_id is not None:
        return judged(record.judged_rule_id)
    return current(record.category)


def current_rule(rules: Mapping[str, TimeLimitRule], category: str) -> TimeLimitRule:
    """The category's rule among `rules`; UNKNOWN_CATEGORY when it has none."""
    try:
        return rules[category]
    except KeyError:
        raise DomainError(
            ErrorCode.UNKNOWN_CATEGORY, f"unknown category {category!r}", category=category
        ) from None


def judged_rule(judged: Mapping[int, TimeLimitRule], rule_id: int) -> TimeLimitRule:
    """The frozen rule `rule_id` among `judged`; NOT_FOUND when it is not there."""
    found = judged.get(rule_id)
    if found is None:
        raise StoreError(StoreErrorCode.NOT_FOUND, f"no judged rule {rule_id}", id=rule_id)
    return found
