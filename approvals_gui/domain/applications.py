"""Application records and the validation of a new registration."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date

from approvals_gui.domain.access import Staff
from approvals_gui.domain.calendar import check_in_calendar
from approvals_gui.domain.clock import ClockFacts
from approvals_gui.domain.credit_code import validate_credit_code
from approvals_gui.domain.errors import DomainError, ErrorCode
from approvals_gui.domain.rules import TimeLimitRule
from approvals_gui.domain.text import (
    DISTRICT,
    ENTERPRISE_NAME,
    HANDLER,
    PROJECT,
    REMARK,
    TextField,
    clean_form,
    half_width,
)
from approvals_gui.domain.units import Authority, district_problem


@dataclass(frozen=True, slots=True)
class NewApplication:
    """What a clerk types to register an application (收件登记)."""

    project: str
    enterprise_name: str
    credit_code: str
    category: str
    handler: str
    received_on: date
    district: str = ""
    investment: float | None = None  # 万元
    remark: str = ""


TEXT_FIELDS: dict[str, TextField] = {
    "project": PROJECT,
    "enterprise_name": ENTERPRISE_NAME,
    "handler": HANDLER,
    "district": DISTRICT,
    "remark": REMARK,
}


@dataclass(frozen=True, slots=True)
class EnterpriseEntry:
    """An enterprise as pick lists show it."""

    id: int
    name: str
    credit_code: str
    district: str


@dataclass(frozen=True, slots=True)
class ApplicationRecord:
    """One application as stored: what lists show, plus its clock facts."""

    id: int
    number: str
    project: str
    enterprise_id: int
    enterprise_name: str
    credit_code: str
    category: str
    handler: str
    district: str
    registered_on: date
    version: int
    facts: ClockFacts
    judged_rule_id: int | None = None  # set once decided: the rule it was judged by
    unit: str = ""  # the unit that decides it (审批单位), by code
    holder: str = ""  # the unit that has it now (系统内流转), by code

    @property
    def held_by(self) -> str:
        """The unit that has it now: its holder, or, where none is stored, the unit
        that decides it."""
        return self.holder or self.unit


_DECIMAL = re.compile(r"\d+(?:\.\d*)?|\.\d+")


def parse_investment(text: str) -> float | None:
    """Total investment in 万元 from what the user typed; empty means not given."""
    cleaned = half_width(text).strip().replace(",", "")  # １，２００．５ in 全角 too
    if not cleaned:
        return None
    # Plain decimals only: float() also takes "1e5", "1_000", "inf" and "nan", which no
    # one means by an amount in 万元.
    if _DECIMAL.fullmatch(cleaned) is None:
        raise DomainError(ErrorCode.INVALID_NUMBER, f"{text!r} is not a number", field="investment")
    value = float(cleaned)
    problem = investment_problem(value)
    if problem is not None:
        raise problem
    return value


def corrected_investment(typed: str | None, registered: float | None) -> float | None:
    """A correction's investment in 万元 from what was typed (`parse_investment`); None
    when nothing was typed: the registered one stays. A box emptied of an investment
    registered is refused (REQUIRED_FIELD): a correction records an amount, and "none"
    would read as "unchanged"."""
    if typed is None:
        return None
    value = parse_investment(typed)
    if value is None and registered is not None:
        raise DomainError(
            ErrorCode.REQUIRED_FIELD, "a correction cannot clear the investment", field="investment"
        )
    return value


# 1 万亿元 in 万元: past any one project a bureau approves, and past what a 元 typed for
# 万元 makes of the largest real ones; such a figure is a slip, not an investment.
MAX_INVESTMENT = 100_000_000


def investment_problem(value: float) -> DomainError | None:
    """What is wrong with an investment of `value` 万元, None if nothing."""
    if not math.isfinite(value) or value < 0:
        return DomainError(ErrorCode.INVALID_NUMBER, "investment must be ≥ 0", field="investment")
    if value > MAX_INVESTMENT:
        return DomainError(
            ErrorCode.INVESTMENT_TOO_LARGE, f"{value} 万元 is past 1 万亿元", field="investment"
        )
    return None


def field_problems(
    form: NewApplication,
    today: date,
    rules: Mapping[str, TimeLimitRule],
    authorities: Mapping[str, Authority],
    staff: Staff | None = None,
) -> dict[str, DomainError]:
    """Every problem with the form, by field name; empty when it can be saved. `rules`
    are the categories' by code; `authorities` the 审批权限 table, which says whether
    the district is needed to know who decides; `staff` who may be its 承办人 where
    people sign in, None where anyone may."""
    form, problems = clean_form(form, TEXT_FIELDS)
    for name in ("project", "enterprise_name", "category", "handler"):
        if name not in problems and not getattr(form, name):
            problems[name] = DomainError(
                ErrorCode.REQUIRED_FIELD, f"{name} is required", field=name
            )
    if staff is not None and "handler" not in problems:
        try:
            staff.check(form.handler)
        except DomainError as exc:
            problems["handler"] = exc
    try:
        validate_credit_code(form.credit_code)
    except DomainError as exc:
        problems["credit_code"] = exc
    rule = rules.get(form.category)
    if rule is None:
        problems.setdefault(
            "category",
            DomainError(
                ErrorCode.UNKNOWN_CATEGORY,
                f"unknown category {form.category!r}",
                category=form.category,
            ),
        )
    elif "district" not in problems:
        unplaced = district_problem(form.category, rule.name, form.district, authorities)
        if unplaced is not None:
            problems["district"] = unplaced
    try:
        check_in_calendar(form.received_on)
    except DomainError as exc:
        problems["received_on"] = exc
    else:
        if form.received_on > today:
            problems["received_on"] = DomainError(
                ErrorCode.DATE_IN_FUTURE,
                f"{form.received_on} is in the future",
                on=form.received_on,
            )
    if form.investment is not None:
        problem = investment_problem(form.investment)
        if problem is not None:
            problems["investment"] = problem
    return problems


def validate_new_application(
    form: NewApplication,
    today: date,
    rules: Mapping[str, TimeLimitRule],
    authorities: Mapping[str, Authority],
    staff: Staff | None = None,
) -> NewApplication:
    """The form with its texts and its credit code as they are kept (the code as the
    enterprise is stored under, so that a check of its open projects finds them however
    it was typed); raises its first problem, if any."""
    problems = field_problems(form, today, rules, authorities, staff)
    if problems:
        raise next(iter(problems.values()))
    cleaned = clean_form(form, TEXT_FIELDS)[0]
    return replace(cleaned, credit_code=validate_credit_code(form.credit_code))
