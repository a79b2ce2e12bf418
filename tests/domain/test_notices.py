"""Which written notice can be issued, the bureau's notice settings, document numbers."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

import pytest

from approvals_gui.domain.errors import DomainError, ErrorCode
from approvals_gui.domain.notices import (
    KIND_WORDS,
    NOTICE_TITLES,
    NoticeKind,
    NoticeSettings,
    applied_for,
    approves_eia_document,
    check_expected_days,
    check_pattern,
    checked_settings,
    document_number,
    example_number,
    for_unit,
    notice_event,
    notice_reporting,
    numbers_kinds_apart,
    why_not,
)
from approvals_gui.domain.rules import DEFAULT_RULES, TimeLimitRule
from approvals_gui.domain.stages import Action, Stage, StageEvent
from approvals_gui.domain.timelimits import Limit, Unit
from approvals_gui.domain.units import Unit as OrgUnit
from approvals_gui.domain.units import UnitKind

AT = datetime(2026, 11, 25, 9, 0)
K = NoticeKind
CODES = {
    K.ACCEPTANCE: ErrorCode.NOTICE_NOT_ACCEPTED,
    K.SUPPLEMENT: ErrorCode.NOTICE_NO_SUPPLEMENT_REQUEST,
    K.NON_ACCEPTANCE: ErrorCode.NOTICE_NOT_REJECTED,
    K.SPECIAL_PROCEDURE: ErrorCode.NOTICE_NO_SPECIAL_PROCEDURE,
    K.EXTENSION: ErrorCode.NOTICE_NOT_EXTENDED,
    K.REFUSAL: ErrorCode.NOTICE_NOT_REFUSED,
}
# The steps each kind reports.
REPORTED = {
    K.ACCEPTANCE: {Action.ACCEPT},
    K.SUPPLEMENT: {Action.REQUEST_SUPPLEMENT},
    K.NON_ACCEPTANCE: {Action.NOT_ACCEPT},
    K.SPECIAL_PROCEDURE: {Action.START_EXPERT_REVIEW, Action.START_HEARING},
    K.EXTENSION: {Action.EXTEND},
    K.REFUSAL: {Action.REFUSE},
}
# A history that makes each kind issuable: the actions after registration.
REACHED_BY: dict[NoticeKind, tuple[Action, ...]] = {
    K.ACCEPTANCE: (Action.ACCEPT,),
    K.SUPPLEMENT: (Action.REQUEST_SUPPLEMENT,),
    K.NON_ACCEPTANCE: (Action.NOT_ACCEPT,),
    K.SPECIAL_PROCEDURE: (Action.ACCEPT, Action.START_EXPERT_REVIEW),
    K.EXTENSION: (Action.ACCEPT, Action.EXTEND),
    K.REFUSAL: (Action.ACCEPT, Action.START_REVIEW, Action.REFUSE),
}


def history(*actions: Action | tuple[Action, Mapping[str, Any]]) -> list[StageEvent]:
    """Registration, then each action a day later; an UNDO undoes the step before it.
    Stages are not checked here: the notices read the actions."""
    events = [StageEvent(1, Action.REGISTER, None, Stage.RECEIVED, date(2026, 11, 2), AT, "张三")]
    for seq, item in enumerate(actions, start=2):
        action, fields = item if isinstance(item, tuple) else (item, {})
        undoes = events[-1].seq if action is Action.UNDO else None
        on = date(2026, 11, 2 + seq)
        events.append(
            StageEvent(seq, action, None, Stage.RECEIVED, on, AT, "张三", undoes=undoes, **fields)
        )
    return events


def issue(kind: NoticeKind, events: list[StageEvent], extension: int = 10) -> StageEvent:
    return notice_event(kind, events, extension_workdays=extension)


# -- which notice can be issued ---------------------------------------------------------


@pytest.mark.parametrize("kind", list(NoticeKind))
def test_a_new_application_has_no_notice(kind: NoticeKind) -> None:
    with pytest.raises(DomainError) as err:
        issue(kind, history())
    assert err.value.code is CODES[kind]
    assert err.value.params["kind"] is kind


@pytest.mark.parametrize("kind", list(NoticeKind))
def test_each_notice_reports_its_step(kind: NoticeKind) -> None:
    events = history(*REACHED_BY[kind])
    assert issue(kind, events) is events[-1]
    assert why_not(kind, events, extension_workdays=10) is None


@pytest.mark.parametrize("kind", list(NoticeKind))
def test_an_undone_step_has_no_notice(kind: NoticeKind) -> None:
    events = history(*REACHED_BY[kind], Action.UNDO)
    refusal = why_not(kind, events, extension_workdays=10)
    assert refusal is not None and refusal.code is CODES[kind]


@pytest.mark.parametrize("kind", list(NoticeKind))
def test_each_step_a_notice_reports_is_known_to_report_it(kind: NoticeKind) -> None:
    """Undoing such a step says the notice is no longer valid (the steps' confirm)."""
    assert notice_reporting(REACHED_BY[kind][-1]) is kind


def test_steps_without_a_notice_report_none() -> None:
    for action in (Action.START_REVIEW, Action.APPROVE, Action.DELIVER, Action.UNDO):
        assert notice_reporting(action) is None


def test_an_acceptance_deemed_by_law_but_not_recorded_says_so() -> None:
    """No decision within the intake limit counts as acceptance (第三十二条): the clock
    runs from receipt, and the time-limit tab says 视为受理. The notice stays refused
    (the acceptance is not recorded) but no longer calls it 尚未受理."""
    deemed = why_not(K.ACCEPTANCE, history(), extension_workdays=10, deemed_accepted=True)
    assert deemed is not None and deemed.code is ErrorCode.NOTICE_DEEMED_NOT_RECORDED
    recorded = history(Action.ACCEPT)  # late, still deemed: the notice can be issued
    assert why_not(K.ACCEPTANCE, recorded, extension_workdays=10, deemed_accepted=True) is None
    for kind in set(NoticeKind) - {K.ACCEPTANCE}:  # the others' reasons are their own
        other = why_not(kind, history(), extension_workdays=10, deemed_accepted=True)
        assert other is not None and other.code is CODES[kind]


@pytest.mark.parametrize(
    ("kind", "reached_by", "reported"),
    [
        (
            K.ACCEPTANCE,
            (Action.ACCEPT, Action.START_REVIEW, Action.APPROVE, Action.DELIVER),
            Action.ACCEPT,
        ),
        (
            K.SUPPLEMENT,
            (Action.REQUEST_SUPPLEMENT, Action.RECEIVE_MATERIALS, Action.ACCEPT),
            Action.REQUEST_SUPPLEMENT,
        ),
        (
            K.SPECIAL_PROCEDURE,
            (Action.ACCEPT, Action.START_REVIEW, Action.START_HEARING, Action.FINISH_HEARING),
            Action.START_HEARING,
        ),
        (
            K.EXTENSION,
            (Action.ACCEPT, Action.EXTEND, Action.START_REVIEW, Action.APPROVE),
            Action.EXTEND,
        ),
        (
            K.REFUSAL,
            (Action.ACCEPT, Action.START_REVIEW, Action.REFUSE, Action.DELIVER),
            Action.REFUSE,
        ),
    ],
)
def test_a_notice_can_be_printed_again_after_later_steps(
    kind: NoticeKind, reached_by: tuple[Action, ...], reported: Action
) -> None:
    assert issue(kind, history(*reached_by)).action is reported


@pytest.mark.parametrize("kind", list(NoticeKind))
def test_no_other_step_stands_in(kind: NoticeKind) -> None:
    everything_else = [a for a in Action if a not in REPORTED[kind] and a is not Action.UNDO]
    with pytest.raises(DomainError) as err:
        issue(kind, history(*everything_else))
    assert err.value.code is CODES[kind]


def test_the_latest_supplement_request_in_force_is_the_one_written() -> None:
    first = (Action.REQUEST_SUPPLEMENT, {"materials": ("公众参与说明",)})
    second = (Action.REQUEST_SUPPLEMENT, {"materials": ("危险废物处置协议", "总量指标来源")})
    events = history(first, Action.RECEIVE_MATERIALS, second)
    assert issue(K.SUPPLEMENT, events).materials == ("危险废物处置协议", "总量指标来源")
    assert issue(K.SUPPLEMENT, [*events, *history(Action.UNDO)[1:]]).materials == ("公众参与说明",)


def test_a_special_procedure_notice_reports_the_latest_review_or_hearing() -> None:
    review_then_hearing = history(
        Action.ACCEPT,
        Action.START_EXPERT_REVIEW,
        Action.FINISH_EXPERT_REVIEW,
        Action.START_HEARING,
    )
    assert issue(K.SPECIAL_PROCEDURE, review_then_hearing).action is Action.START_HEARING
    hearing_undone = history(
        Action.ACCEPT,
        Action.START_EXPERT_REVIEW,
        Action.FINISH_EXPERT_REVIEW,
        Action.START_HEARING,
        Action.UNDO,
    )
    assert issue(K.SPECIAL_PROCEDURE, hearing_undone).action is Action.START_EXPERT_REVIEW


@pytest.mark.parametrize("allowed", [0, -1])
def test_no_extension_notice_where_the_rule_allows_no_extension(allowed: int) -> None:
    extended = history(Action.ACCEPT, (Action.EXTEND, {"extension_days": 5, "reason": "复杂"}))
    for events in (extended, history(Action.ACCEPT)):
        refusal = why_not(K.EXTENSION, events, extension_workdays=allowed)
        assert refusal is not None and refusal.code is ErrorCode.NOTICE_EXTENSION_NOT_IN_RULE
    assert issue(K.EXTENSION, extended, extension=10).extension_days == 5
    # Only the extension depends on the rule.
    assert issue(K.ACCEPTANCE, extended, extension=allowed).action is Action.ACCEPT


def test_refusals_say_why_in_words() -> None:
    with pytest.raises(DomainError, match="no refusal notice: no refusal in force"):
        issue(K.REFUSAL, history(Action.ACCEPT))


def test_every_kind_has_a_title_and_all_but_the_refusal_a_word_for_its_number() -> None:
    assert set(NOTICE_TITLES) == set(NoticeKind)
    assert len(set(NOTICE_TITLES.values())) == len(NoticeKind)
    assert set(KIND_WORDS) == set(NoticeKind) - {K.REFUSAL}
    assert [k.value for k in NoticeKind] == [
        "acceptance",
        "supplement",
        "non-acceptance",
        "special-procedure",
        "extension",
        "refusal",
    ]


# -- the bureau's settings ------------------------------------------------------------


def test_the_default_settings_are_valid() -> None:
    assert checked_settings(NoticeSettings()) == NoticeSettings()


def test_settings_are_kept_as_cleaned() -> None:
    typed = NoticeSettings(
        " 江城市生态环境局\t", " 环审〔{year}〕{n}号 ", "李四\x07", " 0591-8765432 ", 20
    )
    assert checked_settings(typed) == NoticeSettings(
        "江城市生态环境局", "环审〔{year}〕{n}号", "李四", "0591-8765432", 20
    )


@pytest.mark.parametrize(
    ("changes", "code", "field"),
    [
        ({"authority": "  "}, ErrorCode.REQUIRED_FIELD, "authority"),
        ({"authority": "局" * 61}, ErrorCode.TEXT_TOO_LONG, "authority"),
        ({"number_pattern": ""}, ErrorCode.REQUIRED_FIELD, "number_pattern"),
        ({"number_pattern": "{n}" + "号" * 38}, ErrorCode.TEXT_TOO_LONG, "number_pattern"),
        ({"contact": "李" * 51}, ErrorCode.TEXT_TOO_LONG, "contact"),
        ({"phone": "1" * 31}, ErrorCode.TEXT_TOO_LONG, "phone"),
        ({"phone": "请打电话"}, ErrorCode.INVALID_PHONE, "phone"),
        ({"special_days": 0}, ErrorCode.NOTICE_DAYS_OUT_OF_RANGE, "special_days"),
        ({"special_days": 251}, ErrorCode.NOTICE_DAYS_OUT_OF_RANGE, "special_days"),
        ({"number_pattern": "环审〔{year}〕号"}, ErrorCode.NOTICE_PATTERN_WITHOUT_NUMBER, None),
    ],
)
def test_settings_refused_say_which_field(
    changes: dict[str, object], code: ErrorCode, field: str | None
) -> None:
    base = NoticeSettings()
    values: dict[str, Any] = {
        "authority": base.authority,
        "number_pattern": base.number_pattern,
        "contact": base.contact,
        "phone": base.phone,
        "special_days": base.special_days,
        **changes,
    }
    with pytest.raises(DomainError) as err:
        checked_settings(NoticeSettings(**values))
    assert err.value.code is code
    assert err.value.params["field"] == (field or "number_pattern")


@pytest.mark.parametrize(
    "pattern", ["{n}", "环审〔{year}〕{n}号", "{kind}{n}", "{{{n}}}", "环审{kind}〔{year}〕{n}号"]
)
def test_patterns_that_name_the_number(pattern: str) -> None:
    check_pattern(pattern)


@pytest.mark.parametrize(
    ("pattern", "code"),
    [
        ("环审〔{year}〕号", ErrorCode.NOTICE_PATTERN_WITHOUT_NUMBER),
        ("{{n}}号", ErrorCode.NOTICE_PATTERN_WITHOUT_NUMBER),  # braces doubled: literal text
        ("{n}{serial}", ErrorCode.NOTICE_PATTERN_INVALID),
        ("{n", ErrorCode.NOTICE_PATTERN_INVALID),
        ("n}", ErrorCode.NOTICE_PATTERN_INVALID),
        ("{n:03d}", ErrorCode.NOTICE_PATTERN_INVALID),
        ("{n!r}", ErrorCode.NOTICE_PATTERN_INVALID),
        ("{}号", ErrorCode.NOTICE_PATTERN_INVALID),
        ("{0}号", ErrorCode.NOTICE_PATTERN_INVALID),
        ("{n.real}", ErrorCode.NOTICE_PATTERN_INVALID),
    ],
)
def test_patterns_refused(pattern: str, code: ErrorCode) -> None:
    with pytest.raises(DomainError) as err:
        check_pattern(pattern)
    assert err.value.code is code
    assert err.value.params == {"field": "number_pattern", "pattern": pattern}


@pytest.mark.parametrize("days", [1, 30, 250])
def test_expected_days_in_range(days: int) -> None:
    assert check_expected_days(days) == days


@pytest.mark.parametrize("days", [-5, 0, 251])
def test_expected_days_out_of_range(days: int) -> None:
    with pytest.raises(DomainError) as err:
        check_expected_days(days)
    assert err.value.code is ErrorCode.NOTICE_DAYS_OUT_OF_RANGE
    assert (err.value.params["first"], err.value.params["last"]) == (1, 250)


# -- document numbers -----------------------------------------------------------------

DEFAULT = NoticeSettings().number_pattern
REFUSE = history(
    Action.ACCEPT, Action.START_REVIEW, (Action.REFUSE, {"document_number": "江环审〔2026〕9号"})
)[-1]
ACCEPT = history(Action.ACCEPT)[-1]


@pytest.mark.parametrize(
    ("kind", "pattern", "number", "registered", "expected"),
    [
        (K.ACCEPTANCE, DEFAULT, "HP2026-00042", date(2026, 3, 1), "环审受〔2026〕42号"),
        (K.SUPPLEMENT, DEFAULT, "HP2026-00042", date(2026, 3, 1), "环审补〔2026〕42号"),
        (K.NON_ACCEPTANCE, DEFAULT, "HP2026-00042", date(2026, 3, 1), "环审不受〔2026〕42号"),
        (K.SPECIAL_PROCEDURE, DEFAULT, "HP2026-00042", date(2026, 3, 1), "环审特〔2026〕42号"),
        (K.EXTENSION, DEFAULT, "HP2026-00042", date(2026, 3, 1), "环审延〔2026〕42号"),
        # The number's year, not the day it was registered or printed.
        (K.ACCEPTANCE, "环审〔{year}〕{n}号", "HP2025-00001", date(2026, 1, 4), "环审〔2025〕1号"),
        (K.ACCEPTANCE, "{n}", "HP2026-100001", date(2026, 1, 4), "100001"),
        # A ledger's own numbers: the registration year and the trailing digits, or all.
        (K.ACCEPTANCE, DEFAULT, "HB-2024-017", date(2024, 5, 6), "环审受〔2024〕17号"),
        (K.ACCEPTANCE, DEFAULT, "旧台账甲号", date(2023, 5, 6), "环审受〔2023〕旧台账甲号号"),
        (K.ACCEPTANCE, "{{{n}}}", "HP2026-00007", date(2026, 3, 1), "{7}"),
    ],
)
def test_document_numbers_follow_the_pattern(
    kind: NoticeKind, pattern: str, number: str, registered: date, expected: str
) -> None:
    assert document_number(kind, ACCEPT, pattern, number, registered) == expected


def test_a_refusal_carries_the_decisions_own_number() -> None:
    assert document_number(K.REFUSAL, REFUSE, DEFAULT, "HP2026-00042", date(2026, 3, 1)) == (
        "江环审〔2026〕9号"
    )


def licence(name: str, category: str = "own") -> TimeLimitRule:
    return TimeLimitRule(category, name, Limit(20, Unit.WORKDAYS), Limit(10, Unit.WORKDAYS))


@pytest.mark.parametrize(
    ("rule", "said"),
    [
        (DEFAULT_RULES[0], "《甲项目环境影响报告书》审批申请"),
        (DEFAULT_RULES[1], "《甲项目环境影响报告表》审批申请"),
        (DEFAULT_RULES[2], "《甲项目环境影响评价文件》审批申请"),  # 告知承诺制审批
        (licence("环境影响报告表（简化）"), "《甲项目环境影响报告表（简化）》审批申请"),
        (licence("辐射安全许可证核发"), "甲项目辐射安全许可证核发申请"),
        (licence("排污许可证核发申请"), "甲项目排污许可证核发申请"),
    ],
)
def test_a_notice_names_what_was_applied_for(rule: TimeLimitRule, said: str) -> None:
    assert applied_for(rule, "甲项目") == said


def test_every_shipped_category_approves_an_eia_document_and_a_licence_does_not() -> None:
    assert all(approves_eia_document(rule) for rule in DEFAULT_RULES)
    assert not approves_eia_document(licence("辐射安全许可证核发"))
    assert approves_eia_document(licence("环境影响报告书（核与辐射）"))


def test_the_example_number_is_what_a_notice_would_get() -> None:
    """The settings show it under the pattern: the same numbering as a real notice."""
    pattern = "滨环审{kind}〔{year}〕{n}号"
    event = history(Action.ACCEPT)[-1]
    real = document_number(K.ACCEPTANCE, event, pattern, "HP2027-00012", date(2027, 1, 4))
    assert example_number(pattern, 2027) == real == "滨环审受〔2027〕12号"
    with pytest.raises(DomainError) as err:
        example_number("滨环审〔{year}〕号", 2027)
    assert err.value.code is ErrorCode.NOTICE_PATTERN_WITHOUT_NUMBER


def test_a_pattern_without_the_kind_numbers_every_notice_alike() -> None:
    """Allowed, but the settings warn: an application's notices would share a 文号."""
    assert numbers_kinds_apart("滨环审{kind}〔{year}〕{n}号")
    assert not numbers_kinds_apart("滨环审〔{year}〕{n}号")
    assert not numbers_kinds_apart("滨环审{{kind}}〔{year}〕{n}号")  # the word, not the kind
    event = history(Action.ACCEPT)[-1]
    numbers = {
        document_number(kind, event, "环审〔{year}〕{n}号", "HP2027-00012", date(2027, 1, 4))
        for kind in (K.ACCEPTANCE, K.SUPPLEMENT)
    }
    assert numbers == {"环审〔2027〕12号"}


def test_a_units_own_name_and_telephone_stand_in_for_the_bureaus() -> None:
    """A branch authorised to act in its own name signs its notices so, and gives its
    own line; one acting for the city bureau, as most do, signs in its name."""
    bureau = NoticeSettings("江城市生态环境局", phone="0591-87654321", contact="李四")
    own = OrgUnit(
        "gx", "高新分局", UnitKind.BRANCH, "高新区", True, "江城市生态环境局高新分局", "0591-1"
    )
    signed = for_unit(bureau, own)
    assert (signed.authority, signed.phone) == ("江城市生态环境局高新分局", "0591-1")
    # The branch's handler to ask for, not the city bureau's contact.
    assert signed.contact == "" and signed.number_pattern == bureau.number_pattern
    phone_only = OrgUnit("gx", "高新分局", UnitKind.BRANCH, "高新区", True, "", "0591-1")
    assert for_unit(bureau, phone_only).authority == "江城市生态环境局"
    assert for_unit(bureau, phone_only).contact == ""
    entrusted = OrgUnit("gx", "高新分局", UnitKind.BRANCH, "高新区")
    assert for_unit(bureau, entrusted) == for_unit(bureau, None) == bureau
    city = OrgUnit("city", "市局", UnitKind.CITY, "", True, "别的名称", "1")  # settings rule
    assert for_unit(bureau, city) == bureau
