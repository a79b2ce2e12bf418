"""Time-limit rules per application category, and the shipped defaults.

The figures are editable data, not constants: the office admin changes them in the
rule editor. The defaults follow the EIA Law (《环境影响评价法》第二十二条: 报告书 60
days, 报告表 30 days) counted in working days as the Administrative Licensing Law
requires (《行政许可法》第八十二条), its 20 + 10 day rule for a single licence
(第四十二条), and its exclusion of hearings and expert review (第四十五条).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from approvals_gui.domain.errors import DomainError, ErrorCode
from approvals_gui.domain.stages import PAUSABLE_STAGES, Stage
from approvals_gui.domain.timelimits import Limit, Unit

# Intake: accept, refuse or send the one-time supplement notice within 5 working days
# of receipt (《行政许可法》第三十二条); otherwise the application counts as accepted.
INTAKE_LIMIT = Limit(5, Unit.WORKDAYS)


@dataclass(frozen=True, slots=True)
class TimeLimitRule:
    category: str  # stable code, e.g. "report_book"
    name: str  # what users see, e.g. 报告书
    statutory: Limit
    promised: Limit
    warn_workdays: int = 3
    paused_stages: frozenset[Stage] = field(
        default_factory=lambda: frozenset({Stage.EXPERT_REVIEW, Stage.HEARING})
    )
    extension_workdays: int = 10
    legal_basis: str = ""

    def __post_init__(self) -> None:
        problems = []
        if not self.category.strip() or not self.name.strip():
            problems.append("a rule needs a code and a name")
        same_unit = self.promised.unit is self.statutory.unit
        if same_unit and self.promised.amount > self.statutory.amount:
            problems.append("the promised limit is longer than the statutory one")
        if self.warn_workdays < 0 or self.extension_workdays < 0:
            problems.append("thresholds cannot be negative")
        if not self.paused_stages <= PAUSABLE_STAGES:
            problems.append("only expert review, hearing and public notice can pause")
        if problems:
            raise DomainError(ErrorCode.INVALID_RULE, "; ".join(problems), problems=problems)


DEFAULT_RULES: tuple[TimeLimitRule, ...] = (
    TimeLimitRule(
        category="report_book",
        name="环境影响报告书",
        statutory=Limit(60, Unit.WORKDAYS),
        promised=Limit(20, Unit.WORKDAYS),
        legal_basis="《环境影响评价法》第二十二条；《行政许可法》第四十五条、第八十二条",
    ),
    TimeLimitRule(
        category="report_form",
        name="环境影响报告表",
        statutory=Limit(30, Unit.WORKDAYS),
        promised=Limit(10, Unit.WORKDAYS),
        legal_basis="《环境影响评价法》第二十二条；《行政许可法》第四十五条、第八十二条",
    ),
    TimeLimitRule(
        category="notify_commit",
        name="告知承诺制审批",
        statutory=Limit(20, Unit.WORKDAYS),
        promised=Limit(1, Unit.WORKDAYS),
        warn_workdays=1,
        legal_basis="《行政许可法》第四十二条；生态环境部告知承诺制审批改革有关规定",
    ),
)
