"""What a proposed rule would have meant (压缩审批时限 with the evidence).

Before a rule change is saved, the stored histories of the category are evaluated again
under the proposed rule: the decisions of the past twelve months (would they have met
the new promise?) and the running applications (which turn yellow, red or past the
statutory date at once?), in total, by handler and by unit.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from dateutil.relativedelta import relativedelta

from approvals_gui.domain.applications import ApplicationRecord
from approvals_gui.domain.calendar import WorkCalendar
from approvals_gui.domain.clock import Clock, Status, evaluate_or_unknown
from approvals_gui.domain.rules import TimeLimitRule
from approvals_gui.domain.text import person_name

# The countdowns a manager must act on, from the least to the most severe.
_SEVERITY = {Status.DUE_SOON: 1, Status.OVERDUE: 2, Status.BREACH: 3}


@dataclass(slots=True)
class ImpactCounts:
    decided: int = 0  # decided in the twelve months up to today
    within_promise_now: int = 0
    within_promise_proposed: int = 0
    running: int = 0  # open and following the category's rule
    yellow_now: int = 0
    yellow_proposed: int = 0
    red_now: int = 0  # past the promise
    red_proposed: int = 0
    breach_now: int = 0  # past the statutory date
    breach_proposed: int = 0
    worse: int = 0  # running items whose countdown turns more severe at once

    def add(self, now: Clock, proposed: Clock, decided: bool) -> None:
        if decided:
            self.decided += 1
            self.within_promise_now += now.status is Status.WITHIN_PROMISE
            self.within_promise_proposed += proposed.status is Status.WITHIN_PROMISE
            return
        self.running += 1
        self.yellow_now += now.status is Status.DUE_SOON
        self.yellow_proposed += proposed.status is Status.DUE_SOON
        self.red_now += now.status is Status.OVERDUE
        self.red_proposed += proposed.status is Status.OVERDUE
        self.breach_now += now.status is Status.BREACH
        self.breach_proposed += proposed.status is Status.BREACH
        self.worse += _SEVERITY.get(proposed.status, 0) > _SEVERITY.get(now.status, 0)


@dataclass(slots=True)
class RuleImpact:
    first: date  # the twelve months looked at: [first, today]
    total: ImpactCounts = field(default_factory=ImpactCounts)
    by_handler: dict[str, ImpactCounts] = field(default_factory=dict)
    by_unit: dict[str, ImpactCounts] = field(default_factory=dict)


def rule_impact(
    items: Iterable[tuple[ApplicationRecord, TimeLimitRule]],
    proposed: TimeLimitRule,
    cal: WorkCalendar,
    today: date,
) -> RuleImpact:
    """`items`: the category's applications, each with the rule it is judged by now."""
    impact = RuleImpact(today - relativedelta(months=12) + relativedelta(days=1))
    for record, rule in items:
        if record.category != proposed.category:
            continue
        facts = record.facts
        decided = facts.decided_on is not None
        if facts.closed_on is not None:  # not accepted or withdrawn: no clock to judge
            continue
        if facts.decided_on is not None and not impact.first <= facts.decided_on <= today:
            continue
        now = evaluate_or_unknown(facts, rule, cal, today)
        after = evaluate_or_unknown(facts, proposed, cal, today)
        for counts in (
            impact.total,
            impact.by_handler.setdefault(person_name(record.handler), ImpactCounts()),
            impact.by_unit.setdefault(record.district, ImpactCounts()),
        ):
            counts.add(now, after, decided)
    return impact
