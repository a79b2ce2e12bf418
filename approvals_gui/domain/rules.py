"""Time-limit rules per application category, and the shipped defaults.

The figures are editable data, not constants: the office admin changes them in the
rule editor. Where the law leaves a reading open, the reading is a rule setting and the
rule's legal-basis text names it. The defaults:

- Limits: 《环境影响评价法》第二十二条 (报告书 60 days, 报告表 30 days, no extension; 部令第14号
  "依法不超过六十日/三十日"). Counted in working days, the reading of 《行政许可法》第八十二条
  (the stricter calendar-day reading is a unit the admin can choose). 告知承诺制 is still an
  EIA approval of a 报告表: 30 days statutory, promised 1 working day.
- Extension: 《行政许可法》第四十二条's ten days belong to its own 20-day limit and yield to
  laws that say otherwise, so the EIA categories have none (length 0).
- Pauses, one set per clock: expert review, technical assessment and hearing are not
  counted (第四十五条) on either clock; public notice counts toward the statutory limit
  (the law does not exclude it) but bureaus promise "不含公示时间" (京环发〔2018〕5号, for
  one), so it pauses the promised clock only. The shipped basis names the promise as the
  bureau's own, not another city's document.
- Notice periods: 受理公示 10 working days for a 报告书, 5 for a 报告表; 拟批准公示 5 working
  days before approval (the bureaus' published procedures).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from enum import StrEnum

from approvals_gui.domain.errors import DomainError, ErrorCode
from approvals_gui.domain.stages import PAUSABLE_STAGES, Stage
from approvals_gui.domain.text import CATEGORY_NAME
from approvals_gui.domain.timelimits import Limit, Unit

# Intake: accept, refuse or send the one-time supplement notice within 5 working days
# of receipt (《行政许可法》第三十二条); otherwise the application counts as accepted.
INTAKE_LIMIT = Limit(5, Unit.WORKDAYS)
# A decision is delivered within 10 days of being made (第四十四条; working days, 第八十二条).
DELIVERY_LIMIT = Limit(10, Unit.WORKDAYS)
# Hearing rights (第四十七条): 5 days to ask for a hearing after the notice; the hearing is
# held within 20 days of the request.
HEARING_REQUEST_LIMIT = Limit(5, Unit.WORKDAYS)
HEARING_HELD_LIMIT = Limit(20, Unit.WORKDAYS)

BOTH_CLOCKS_PAUSE = frozenset({Stage.EXPERT_REVIEW, Stage.HEARING_NOTICE, Stage.HEARING})
PROMISE_ONLY_PAUSE = frozenset({Stage.PUBLIC_NOTICE})


class RuleProblem(StrEnum):
    """What makes a rule refused (INVALID_RULE's `problems`), each said apart."""

    NO_NAME = "a rule needs a code and a name"
    PROMISE_LONGER = "the promised limit is longer than the statutory one"
    NEGATIVE = "thresholds cannot be negative"
    PAUSE_STAGE = "only expert review, hearing and public notice can pause"


@dataclass(frozen=True, slots=True)
class TimeLimitRule:
    category: str  # stable code, e.g. "report_book"
    name: str  # what users see, e.g. 报告书
    statutory: Limit
    promised: Limit
    warn_workdays: int = 3
    # Stages not counted on the statutory clock, and on the promised clock.
    statutory_pauses: frozenset[Stage] = BOTH_CLOCKS_PAUSE
    promised_pauses: frozenset[Stage] = BOTH_CLOCKS_PAUSE | PROMISE_ONLY_PAUSE
    extension_workdays: int = 0  # 0: the category's law allows no extension
    legal_basis: str = ""
    # Working days the 受理公示 runs after acceptance, and the 拟批准公示 before approval;
    # 0: not required. Approval is not offered before either has run its course.
    acceptance_publicity_workdays: int = 0
    approval_notice_workdays: int = 0

    def __post_init__(self) -> None:
        problems = []
        if not self.category.strip() or not self.name.strip():
            problems.append(RuleProblem.NO_NAME)
        # In one unit, always; in two, when saved (`checked_rule`): a rule saved before
        # that was checked is loaded as it was.
        same_unit = self.promised.unit is self.statutory.unit
        if same_unit and promise_longer(self.promised, self.statutory):
            problems.append(RuleProblem.PROMISE_LONGER)
        numbers = (
            self.warn_workdays,
            self.extension_workdays,
            self.acceptance_publicity_workdays,
            self.approval_notice_workdays,
        )
        if min(numbers) < 0:
            problems.append(RuleProblem.NEGATIVE)
        if not (self.statutory_pauses | self.promised_pauses) <= PAUSABLE_STAGES:
            problems.append(RuleProblem.PAUSE_STAGE)
        if problems:
            raise DomainError(ErrorCode.INVALID_RULE, "; ".join(problems), problems=problems)

    @property
    def due_soon_from_start(self) -> bool:
        """Whether the warning covers the whole promise, so that an application is due
        soon (yellow) from the day its clock starts: the promise holds no more working
        days than `warn_workdays`. A promise in calendar days is judged by the most
        working days it holds in weeks without holidays or make-up days."""
        promised = self.promised.amount
        if self.promised.unit is Unit.DAYS:
            promised = most_workdays_in(promised)
        return self.warn_workdays >= promised

    @property
    def allows_extension(self) -> bool:
        return self.extension_workdays > 0

    @property
    def notice_pauses_promise_only(self) -> bool:
        """Whether a 拟批准公示 pauses the promised clock and not the statutory one: the
        promise leaves its days out, and the law counts them."""
        notice = Stage.PUBLIC_NOTICE
        return notice in self.promised_pauses and notice not in self.statutory_pauses


def most_workdays_in(days: int) -> int:
    """The most working days from a working day's start to the last day of a limit of
    `days` calendar days, in weeks without holidays or make-up days: the last day moved
    past a weekend to the next working day, as `timelimits.due_ord` moves it."""
    return max(_workdays_in(days))


def fewest_workdays_in(days: int) -> int:
    """As `most_workdays_in`, the fewest."""
    return min(_workdays_in(days))


def _workdays_in(days: int) -> list[int]:
    """The working days a limit of `days` calendar days holds from each weekday."""
    found = []
    for start in range(5):  # Monday to Friday, numbered as `date.weekday()`
        end = start + days
        while end % 7 >= 5:
            end += 1
        found.append(sum(1 for day in range(start + 1, end + 1) if day % 7 < 5))
    return found


def checked_rule(rule: TimeLimitRule) -> TimeLimitRule:
    """`rule`, if it may be saved: refused (INVALID_RULE) if its promise can run past
    the law's limit, in whatever units the two are."""
    if promise_longer(rule.promised, rule.statutory):
        problems = [RuleProblem.PROMISE_LONGER]
        raise DomainError(ErrorCode.INVALID_RULE, problems[0], problems=problems)
    return rule


ADDED = "category_"  # the codes of the categories a bureau adds: category_1, category_2…


def new_category(
    name: str,
    template: TimeLimitRule,
    rules: Mapping[str, TimeLimitRule],
    also_named: Iterable[str] = (),
    *,
    last_added: int = 0,
) -> TimeLimitRule:
    """A category the bureau adds (another licence it handles, say), named `name`, with
    `template`'s limits and pauses to start from, and no legal basis: another category's
    law would be wrong, and the admin writes its own. Its code is `category_<n>`, past
    every added one in `rules` and past `last_added`, the highest number ever given: a
    removed category's code is never given again (a desk whose list still offers the
    removed one would register into the new one, and a filter kept by code would follow).
    Refused as `category_name` refuses the name."""
    cleaned = category_name(name, rules.values(), also_named)
    highest = max((added_number(c) or 0 for c in rules), default=0)
    code = f"{ADDED}{1 + max(highest, last_added)}"
    return replace(template, category=code, name=cleaned, legal_basis="")


def renamed_category(
    rule: TimeLimitRule,
    name: str,
    rules: Mapping[str, TimeLimitRule],
    also_named: Iterable[str] = (),
) -> TimeLimitRule:
    """`rule`, a category the bureau added, named `name` (a typo put right): lists,
    figures and notices printed from now on say the new name. Refused for a shipped
    category (CATEGORY_BUILT_IN: notices are issued under those names) and as
    `category_name` refuses the name; its own name, or one only its own translation
    has, is no clash."""
    refuse_built_in(rule)
    others = [r for r in rules.values() if r.category != rule.category]
    return replace(rule, name=category_name(name, others, also_named))


def refuse_built_in(rule: TimeLimitRule) -> None:
    """Refused (CATEGORY_BUILT_IN) unless `rule` is a category the bureau added: only
    those may be renamed or removed."""
    if not is_added(rule.category):
        raise DomainError(
            ErrorCode.CATEGORY_BUILT_IN,
            f"{rule.category} is a shipped category",
            category=rule.category,
            name=rule.name,
        )


def check_removable(rule: TimeLimitRule, applications: int) -> None:
    """Refused unless `rule` is a category the bureau added (`refuse_built_in`) that no
    application is or was registered in (`applications` of them, decided and imported
    ones too): those keep their category, in lists, figures and notices, for good."""
    refuse_built_in(rule)
    if applications:
        raise DomainError(
            ErrorCode.CATEGORY_IN_USE,
            f"{applications} applications are in {rule.category}",
            category=rule.category,
            name=rule.name,
            applications=applications,
        )


def category_name(name: str, rules: Iterable[TimeLimitRule], also_named: Iterable[str] = ()) -> str:
    """`name` as a category keeps it; refused if empty, too long, or already one of
    `rules`' names or of `also_named` (as a translation shows one): a clerk choosing
    between two 报告表 could not tell them apart."""
    cleaned = CATEGORY_NAME.clean(name)
    if not cleaned:
        raise DomainError(ErrorCode.REQUIRED_FIELD, "the category has no name", field="name")
    if cleaned in {rule.name for rule in rules} | set(also_named):
        raise DomainError(
            ErrorCode.CATEGORY_NAME_TAKEN, f"a category is named {cleaned!r}", name=cleaned
        )
    return cleaned


def is_added(code: str) -> bool:
    """Whether `code` is one of a category the bureau added (`new_category`)."""
    return added_number(code) is not None


def added_number(code: str) -> int | None:
    """The n of `category_<n>`, a category the bureau added; None for another code."""
    number = code.removeprefix(ADDED)
    return int(number) if code.startswith(ADDED) and number.isdigit() else None


def listing_order(code: str) -> tuple[bool, int, str]:
    """Where a category stands in every list of them: the shipped ones (and others
    named in code) first, by code; then those the bureau added, as they were added
    (category_2 before category_10). Added first, they had come before 报告书 and 报告表
    in 收件登记's list."""
    number = added_number(code)
    return (number is not None, number or 0, code)


def promise_longer(promised: Limit, statutory: Limit) -> bool:
    """Whether the promise can end after the law's limit from some start, in weeks
    without holidays: limits in different units are compared by the working days the
    calendar-day one holds at most (the promise) or at fewest (the law)."""
    if promised.unit is statutory.unit:
        return promised.amount > statutory.amount
    if promised.unit is Unit.WORKDAYS:
        return promised.amount > fewest_workdays_in(statutory.amount)
    return most_workdays_in(promised.amount) > statutory.amount


_EIA_BASIS = (
    "《环境影响评价法》第二十二条（不得延期；“日”按《行政许可法》第八十二条读作工作日）；"
    "《行政许可法》第三十二条、第四十四条、第四十五条、第四十七条；"
    "承诺时限为本局公开承诺的办理时限，不含公示时间"
)

DEFAULT_RULES: tuple[TimeLimitRule, ...] = (
    TimeLimitRule(
        category="report_book",
        name="环境影响报告书",
        statutory=Limit(60, Unit.WORKDAYS),
        promised=Limit(20, Unit.WORKDAYS),
        legal_basis=_EIA_BASIS,
        acceptance_publicity_workdays=10,
        approval_notice_workdays=5,
    ),
    TimeLimitRule(
        category="report_form",
        name="环境影响报告表",
        statutory=Limit(30, Unit.WORKDAYS),
        promised=Limit(10, Unit.WORKDAYS),
        legal_basis=_EIA_BASIS,
        acceptance_publicity_workdays=5,
        approval_notice_workdays=5,
    ),
    TimeLimitRule(
        category="notify_commit",
        name="告知承诺制审批",
        statutory=Limit(30, Unit.WORKDAYS),
        promised=Limit(1, Unit.WORKDAYS),
        warn_workdays=1,
        legal_basis=(
            "《环境影响评价法》第二十二条（报告表三十日）；生态环境部告知承诺制审批改革有关规定"
        ),
    ),
)
