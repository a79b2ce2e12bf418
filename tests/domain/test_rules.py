"""A time-limit rule's own checks: the promise may never run past the law, whatever
units the two limits are in."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from approvals_gui.domain.errors import DomainError, ErrorCode
from approvals_gui.domain.rules import (
    DEFAULT_RULES,
    RuleProblem,
    TimeLimitRule,
    added_number,
    check_removable,
    checked_rule,
    is_added,
    listing_order,
    new_category,
    promise_longer,
    renamed_category,
)
from approvals_gui.domain.timelimits import Limit, Unit

limits = st.builds(Limit, st.integers(1, 130), st.sampled_from(list(Unit)))


def _last_day(start: int, limit: Limit) -> int:
    """Brute force, on days numbered from a Monday with no holidays: the last day of
    `limit` from `start`, counted a day at a time (a calendar-day limit ending on a
    weekend runs on to the next working day)."""
    day, left = start, limit.amount
    if limit.unit is Unit.WORKDAYS:
        while left:
            day += 1
            left -= day % 7 < 5
        return day
    day += left
    while day % 7 >= 5:
        day += 1
    return day


@given(limits, limits)
def test_a_promise_is_longer_when_from_some_weekday_it_ends_later(
    promised: Limit, statutory: Limit
) -> None:
    later = any(_last_day(s, promised) > _last_day(s, statutory) for s in range(5))
    assert promise_longer(promised, statutory) is later


@pytest.mark.parametrize(
    ("promised", "statutory"),
    [
        (Limit(30, Unit.WORKDAYS), Limit(5, Unit.DAYS)),  # a reviewer's: once accepted
        (Limit(22, Unit.WORKDAYS), Limit(30, Unit.DAYS)),  # 30 days may hold 21 only
        (Limit(30, Unit.DAYS), Limit(20, Unit.WORKDAYS)),  # may hold 22
    ],
)
def test_a_rule_whose_promise_runs_past_the_law_is_refused(
    promised: Limit, statutory: Limit
) -> None:
    with pytest.raises(DomainError) as refused:
        checked_rule(TimeLimitRule("x", "x", statutory, promised))
    assert refused.value.code is ErrorCode.INVALID_RULE
    assert refused.value.params["problems"] == [RuleProblem.PROMISE_LONGER]


def test_a_promise_in_calendar_days_within_the_law_is_taken() -> None:
    # 20 calendar days hold at most 15 working days: within 16.
    rule = TimeLimitRule("x", "x", Limit(16, Unit.WORKDAYS), Limit(20, Unit.DAYS))
    assert checked_rule(rule) is rule


def test_a_rule_saved_before_the_check_across_units_still_loads() -> None:
    """Nothing saved is lost: a stored rule is built as it was saved."""
    rule = TimeLimitRule("x", "x", Limit(5, Unit.DAYS), Limit(30, Unit.WORKDAYS))
    assert rule.promised == Limit(30, Unit.WORKDAYS)


# -- a category the bureau adds ----------------------------------------------------------


def test_a_new_category_starts_from_its_template_without_its_law() -> None:
    rules = {rule.category: rule for rule in DEFAULT_RULES}
    template = rules["report_form"]
    added = new_category("  危险废物经营许可证核发\t", template, rules)
    assert added.category == "category_1" and added.name == "危险废物经营许可证核发"
    assert added.legal_basis == ""  # the EIA law is not the new licence's
    assert replace(added, category="report_form", name=template.name, legal_basis="x") == (
        replace(template, legal_basis="x")
    )
    rules[added.category] = added
    assert new_category("取水许可", template, rules).category == "category_2"


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("", ErrorCode.REQUIRED_FIELD),
        (" \t", ErrorCode.REQUIRED_FIELD),
        ("环境影响报告表", ErrorCode.CATEGORY_NAME_TAKEN),
        (" 环境影响报告表 ", ErrorCode.CATEGORY_NAME_TAKEN),
        ("许" * 51, ErrorCode.TEXT_TOO_LONG),
    ],
)
def test_a_new_category_needs_a_name_of_its_own(name: str, code: ErrorCode) -> None:
    rules = {rule.category: rule for rule in DEFAULT_RULES}
    with pytest.raises(DomainError) as err:
        new_category(name, rules["report_form"], rules)
    assert err.value.code is code


@given(st.sets(st.sampled_from([f"category_{n}" for n in range(1, 8)] + ["report_form"])))
def test_a_new_categorys_code_is_never_one_taken(taken: set[str]) -> None:
    """Nor one before an added one: lists show added categories as they were added,
    and one removed in between leaves its code free."""
    template = DEFAULT_RULES[0]
    rules = {code: replace(template, category=code, name=code) for code in taken}
    added = new_category("新类别", template, rules)
    assert added.category not in rules and is_added(added.category)
    assert len(added.category) <= 40  # the store's column
    assert listing_order(added.category) > max(map(listing_order, rules), default=(False, 0, ""))


@given(st.integers(0, 50), st.sets(st.integers(1, 50)))
def test_a_code_once_given_is_never_given_again(last_added: int, left: set[int]) -> None:
    """Past every added category still there, and past the highest ever given: a removed
    one's code would send a stale desk's registration into the new category."""
    template = DEFAULT_RULES[0]
    codes = [f"category_{n}" for n in left]
    rules = {code: replace(template, category=code, name=code) for code in codes}
    added = new_category("新类别", template, rules, last_added=last_added)
    assert added_number(added.category) == 1 + max(last_added, *left, 0)


def test_a_new_category_is_refused_a_name_a_category_is_shown_by() -> None:
    """In English the shipped 环境影响报告表 reads "EIA form": a new "EIA form" would be
    a second row that looks the same."""
    rules = {rule.category: rule for rule in DEFAULT_RULES}
    with pytest.raises(DomainError) as err:
        new_category("EIA form", rules["report_form"], rules, also_named=["EIA form"])
    assert err.value.code is ErrorCode.CATEGORY_NAME_TAKEN
    assert new_category("EIA form", rules["report_form"], rules).name == "EIA form"


def test_added_categories_are_listed_after_the_others_as_they_were_added() -> None:
    codes = ["category_10", "report_form", "category_2", "notify_commit", "category_x"]
    assert sorted(codes, key=listing_order) == [
        "category_x",  # named in code, not numbered as an added one
        "notify_commit",
        "report_form",
        "category_2",
        "category_10",
    ]


# -- renaming or removing one ------------------------------------------------------------


def _with_added(*names: str) -> dict[str, TimeLimitRule]:
    rules = {rule.category: rule for rule in DEFAULT_RULES}
    for name in names:
        added = new_category(name, rules["report_form"], rules)
        rules[added.category] = added
    return rules


def test_an_added_category_is_renamed_and_keeps_everything_else() -> None:
    rules = _with_added("危险废物经营许可证合发", "取水许可")
    typo = rules["category_1"]
    fixed = renamed_category(typo, "  危险废物经营许可证核发 ", rules)
    assert fixed == replace(typo, name="危险废物经营许可证核发")
    assert renamed_category(typo, typo.name, rules) == typo  # its own name is no clash


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("", ErrorCode.REQUIRED_FIELD),
        ("取水许可", ErrorCode.CATEGORY_NAME_TAKEN),  # another added one's
        ("环境影响报告书", ErrorCode.CATEGORY_NAME_TAKEN),  # a shipped one's
        ("许" * 51, ErrorCode.TEXT_TOO_LONG),
    ],
)
def test_a_renamed_category_needs_a_name_of_its_own(name: str, code: ErrorCode) -> None:
    rules = _with_added("危险废物经营许可证合发", "取水许可")
    with pytest.raises(DomainError) as err:
        renamed_category(rules["category_1"], name, rules)
    assert err.value.code is code


def test_a_rename_is_refused_a_name_another_category_is_shown_by() -> None:
    rules = _with_added("危险废物经营许可证合发")
    with pytest.raises(DomainError) as err:
        renamed_category(rules["category_1"], "EIA form", rules, also_named=["EIA form"])
    assert err.value.code is ErrorCode.CATEGORY_NAME_TAKEN


@pytest.mark.parametrize("rule", DEFAULT_RULES, ids=lambda rule: rule.category)
def test_a_shipped_category_is_neither_renamed_nor_removed(rule: TimeLimitRule) -> None:
    """The law names 报告书, 报告表 and 告知承诺制; notices quote those names."""
    rules = _with_added()
    for attempt in (
        lambda: renamed_category(rule, "别的名称", rules),
        lambda: check_removable(rule, 0),
    ):
        with pytest.raises(DomainError) as err:
            attempt()
        assert err.value.code is ErrorCode.CATEGORY_BUILT_IN
        assert err.value.params["category"] == rule.category


@given(st.integers(0, 10**6))
def test_an_added_category_is_removable_only_while_no_application_is_in_it(
    applications: int,
) -> None:
    rule = _with_added("取水许可")["category_1"]
    if applications == 0:
        check_removable(rule, applications)
        return
    with pytest.raises(DomainError) as err:
        check_removable(rule, applications)
    assert err.value.code is ErrorCode.CATEGORY_IN_USE
    assert err.value.params["applications"] == applications


@pytest.mark.parametrize(
    ("code", "added"),
    [
        ("category_1", True),
        ("category_12", True),
        ("category_", False),
        ("category_x", False),
        ("report_form", False),
        ("my_category_1", False),
    ],
)
def test_which_codes_are_of_added_categories(code: str, added: bool) -> None:
    assert is_added(code) is added


def test_the_shipped_basis_names_the_promise_as_the_bureaus_own() -> None:
    """The promise was credited to 京环发〔2018〕5号, a Beijing document, in every city's
    shipped rules; a clerk reading "为什么是这个日期？" took it for a mistake."""
    from approvals_gui.domain.rules import DEFAULT_RULES

    for rule in DEFAULT_RULES[:2]:
        assert "本局公开承诺" in rule.legal_basis and "京环发" not in rule.legal_basis
