"""Written notices: which one can be issued now, the bureau's settings for them, and
their document numbers (发文字号).

A notice reports a step that is in force: an undone step has no notice. Each kind names
the steps it reports; the latest one in force is the one written about.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from string import Formatter

from approvals_gui.domain.errors import DomainError, ErrorCode
from approvals_gui.domain.labels import QT_TRANSLATE_NOOP
from approvals_gui.domain.rules import TimeLimitRule
from approvals_gui.domain.stages import Action, StageEvent, effective_history
from approvals_gui.domain.text import AUTHORITY, CONTACT, PHONE, TextField, phone_problem
from approvals_gui.domain.units import Unit, UnitKind


class NoticeKind(StrEnum):
    ACCEPTANCE = "acceptance"  # 受理通知书
    SUPPLEMENT = "supplement"  # 补正材料通知书
    NON_ACCEPTANCE = "non-acceptance"  # 不予受理决定书
    SPECIAL_PROCEDURE = "special-procedure"  # 特别程序期限告知书
    EXTENSION = "extension"  # 延期告知书
    REFUSAL = "refusal"  # 不予批准决定书


# The documents' titles: printed as they are, shown translated.
NOTICE_TITLES: dict[NoticeKind, str] = {
    NoticeKind.ACCEPTANCE: QT_TRANSLATE_NOOP("strings", "受理通知书"),
    NoticeKind.SUPPLEMENT: QT_TRANSLATE_NOOP("strings", "补正材料通知书"),
    NoticeKind.NON_ACCEPTANCE: QT_TRANSLATE_NOOP("strings", "不予受理决定书"),
    NoticeKind.SPECIAL_PROCEDURE: QT_TRANSLATE_NOOP("strings", "特别程序期限告知书"),
    NoticeKind.EXTENSION: QT_TRANSLATE_NOOP("strings", "延期告知书"),
    NoticeKind.REFUSAL: QT_TRANSLATE_NOOP("strings", "不予批准决定书"),
}

# What each kind reports, what it is called in a refusal, and the refusal's code.
_REPORTED: dict[NoticeKind, tuple[frozenset[Action], str, ErrorCode]] = {
    NoticeKind.ACCEPTANCE: (
        frozenset({Action.ACCEPT}),
        "acceptance",
        ErrorCode.NOTICE_NOT_ACCEPTED,
    ),
    NoticeKind.SUPPLEMENT: (
        frozenset({Action.REQUEST_SUPPLEMENT}),
        "supplement request",
        ErrorCode.NOTICE_NO_SUPPLEMENT_REQUEST,
    ),
    NoticeKind.NON_ACCEPTANCE: (
        frozenset({Action.NOT_ACCEPT}),
        "decision not to accept",
        ErrorCode.NOTICE_NOT_REJECTED,
    ),
    NoticeKind.SPECIAL_PROCEDURE: (
        frozenset({Action.START_EXPERT_REVIEW, Action.START_HEARING}),
        "expert review or hearing",
        ErrorCode.NOTICE_NO_SPECIAL_PROCEDURE,
    ),
    NoticeKind.EXTENSION: (
        frozenset({Action.EXTEND}),
        "extension",
        ErrorCode.NOTICE_NOT_EXTENDED,
    ),
    NoticeKind.REFUSAL: (
        frozenset({Action.REFUSE}),
        "refusal",
        ErrorCode.NOTICE_NOT_REFUSED,
    ),
}


def notice_reporting(action: Action) -> NoticeKind | None:
    """The written notice that reports a step of `action` to the applicant, if any: what
    undoing such a step takes back from the applicant too."""
    return next((kind for kind, (acts, _n, _c) in _REPORTED.items() if action in acts), None)


def notice_event(
    kind: NoticeKind,
    events: Sequence[StageEvent],
    *,
    extension_workdays: int,
    deemed_accepted: bool = False,
) -> StageEvent:
    """The step the notice of `kind` reports: the latest of its kind in force.

    `extension_workdays` is what the application's rule allows; an extension notice
    exists only where the rule allows one (《行政许可法》第四十二条). `deemed_accepted`:
    the clock holds the application accepted by law (no decision within the intake
    limit, 第三十二条), which a refused acceptance notice should say rather than call
    it not accepted. Refused (DomainError) when the notice cannot be issued now; the
    code says why.
    """
    if kind is NoticeKind.EXTENSION and extension_workdays <= 0:
        raise DomainError(
            ErrorCode.NOTICE_EXTENSION_NOT_IN_RULE,
            "no extension notice: the application's category allows no extension",
            kind=kind,
        )
    actions, needed, code = _REPORTED[kind]
    in_force = [e for e in effective_history(events) if e.action in actions]
    if not in_force:
        if kind is NoticeKind.ACCEPTANCE and deemed_accepted:
            code = ErrorCode.NOTICE_DEEMED_NOT_RECORDED
        raise DomainError(code, f"no {kind} notice: no {needed} in force", kind=kind)
    return in_force[-1]


def why_not(
    kind: NoticeKind,
    events: Sequence[StageEvent],
    *,
    extension_workdays: int,
    deemed_accepted: bool = False,
) -> DomainError | None:
    """Why the notice of `kind` cannot be issued now; None if it can (as `notice_event`)."""
    try:
        notice_event(
            kind, events, extension_workdays=extension_workdays, deemed_accepted=deemed_accepted
        )
    except DomainError as exc:
        return exc
    return None


# -- what a notice is about -------------------------------------------------------------

# The shipped categories: each asks approval of an EIA document (环境影响评价文件), 告知承诺制
# too. A category the bureau adds does when its name is a document's (环境影响…).
EIA_CATEGORIES = frozenset({"report_book", "report_form", "notify_commit"})


def approves_eia_document(rule: TimeLimitRule) -> bool:
    """Whether `rule`'s category asks approval of an EIA document rather than another
    licence (辐射安全许可证, 排污许可证…), whose notices must not call it one."""
    return rule.category in EIA_CATEGORIES or rule.name.startswith("环境影响")


def applied_for(rule: TimeLimitRule, project: str) -> str:
    """What a notice says was applied for: 《项目环境影响报告表》审批申请 (环境影响评价文件
    where the category is not named for its document), else 项目辐射安全许可证核发申请."""
    if not approves_eia_document(rule):
        return f"{project}{rule.name.removesuffix('申请')}申请"  # a project is no title
    document = rule.name if rule.name.startswith("环境影响") else "环境影响评价文件"
    return f"《{project}{document}》审批申请"


# -- the bureau's settings ------------------------------------------------------------

NUMBER_PATTERN = TextField("number_pattern", 40)
SPECIAL_DAYS_RANGE = range(1, 251)  # working days; a year has about 250
# The pattern's placeholders: the year and serial of the application's number, and a
# word for the kind, so notices of one application do not share a number.
PLACEHOLDERS = frozenset({"year", "n", "kind"})
KIND_WORDS: dict[NoticeKind, str] = {
    NoticeKind.ACCEPTANCE: "受",
    NoticeKind.SUPPLEMENT: "补",
    NoticeKind.NON_ACCEPTANCE: "不受",
    NoticeKind.SPECIAL_PROCEDURE: "特",
    NoticeKind.EXTENSION: "延",
}  # a refusal carries the decision's own 文号


@dataclass(frozen=True, slots=True)
class NoticeSettings:
    """What every notice of the bureau carries besides the application's data."""

    authority: str = "市生态环境局"  # the issuing authority (发文机关署名)
    number_pattern: str = "环审{kind}〔{year}〕{n}号"
    contact: str = ""  # 联系人; empty: the application's handler
    phone: str = ""
    special_days: int = 30  # expected working days of an expert review or a hearing


def for_unit(settings: NoticeSettings, unit: Unit | None) -> NoticeSettings:
    """The bureau's `settings` as the notices of an application `unit` decides carry
    them. A county branch with its own name or telephone for them (one authorised to
    act in its own name; its own line) signs and gives them, and names the
    application's 承办人 to ask for, not the bureau's contact. Without, the bureau's:
    a branch entrusted by the city bureau acts in its name (《行政许可法》第二十四条).
    The city bureau's own are the settings themselves."""
    if unit is None or unit.kind is not UnitKind.BRANCH:
        return settings
    if not (unit.notice_authority or unit.notice_phone):
        return settings
    return replace(
        settings,
        authority=unit.notice_authority or settings.authority,
        phone=unit.notice_phone or settings.phone,
        contact="",  # the handler, at the branch
    )


def checked_settings(settings: NoticeSettings) -> NoticeSettings:
    """`settings` with their texts as kept; refused (DomainError, `field` says which)
    if a text is empty where needed or too long, the pattern has no `{n}` or an unknown
    placeholder, the telephone is no number, or the expected days are out of range."""
    cleaned = replace(
        settings,
        authority=_clean(AUTHORITY, settings.authority, required=True),
        number_pattern=_clean(NUMBER_PATTERN, settings.number_pattern, required=True),
        contact=_clean(CONTACT, settings.contact),
        phone=_clean(PHONE, settings.phone),
    )
    check_pattern(cleaned.number_pattern)
    # Printed on every notice: a number, or the bureau's service line (12369).
    if (wrong := phone_problem(cleaned.phone, PHONE.name, service_line=True)) is not None:
        raise wrong
    check_expected_days(settings.special_days)
    return cleaned


def check_expected_days(days: int) -> int:
    """`days`, the expected working days of a special procedure, if in range."""
    if days not in SPECIAL_DAYS_RANGE:
        raise DomainError(
            ErrorCode.NOTICE_DAYS_OUT_OF_RANGE,
            f"the expected working days are {SPECIAL_DAYS_RANGE.start}–"
            f"{SPECIAL_DAYS_RANGE.stop - 1}, not {days}",
            field="special_days",
            first=SPECIAL_DAYS_RANGE.start,
            last=SPECIAL_DAYS_RANGE.stop - 1,
        )
    return days


def _clean(field: TextField, text: str, *, required: bool = False) -> str:
    cleaned = field.clean(text)
    if required and not cleaned:
        raise DomainError(ErrorCode.REQUIRED_FIELD, f"{field.name} is empty", field=field.name)
    return cleaned


def check_pattern(pattern: str) -> None:
    """Refused unless `pattern` names `{n}` and no placeholder but `{year}`, `{n}` and
    `{kind}`, each plain (no conversion or format)."""
    fields: list[tuple[str, str | None, str | None]] | None
    try:
        parsed = Formatter().parse(pattern)
        fields = [(n, spec, conv) for _, n, spec, conv in parsed if n is not None]
    except ValueError:  # a lone brace
        fields = None
    if fields is None or any(n not in PLACEHOLDERS or spec or conv for n, spec, conv in fields):
        raise DomainError(
            ErrorCode.NOTICE_PATTERN_INVALID,
            f"unknown placeholder in {pattern!r}",
            field=NUMBER_PATTERN.name,
            pattern=pattern,
        )
    if not any(n == "n" for n, _, _ in fields):
        raise DomainError(
            ErrorCode.NOTICE_PATTERN_WITHOUT_NUMBER,
            f"{pattern!r} has no {{n}}",
            field=NUMBER_PATTERN.name,
            pattern=pattern,
        )


# HP2026-00042: the year and the serial of the application's own number.
_OWN_NUMBER = re.compile(r"HP(\d{4})-(\d+)")
_TRAILING_DIGITS = re.compile(r"(\d+)$")


def document_number(
    kind: NoticeKind,
    event: StageEvent,
    pattern: str,
    application_number: str,
    registered_on: date,
) -> str:
    """The notice's 发文字号.

    A refusal carries the decision's own 文号, recorded with it. Other notices follow
    the bureau's pattern with the year and serial of the application's number, so a
    notice printed again has the same number. A number of another form (kept from an
    imported ledger) gives its registration year and its trailing digits, or itself.
    """
    if kind is NoticeKind.REFUSAL:
        return event.document_number
    own = _OWN_NUMBER.fullmatch(application_number)
    if own is not None:
        year, serial = own.group(1), str(int(own.group(2)))
    else:
        digits = _TRAILING_DIGITS.search(application_number)
        year = str(registered_on.year)
        serial = str(int(digits.group(1))) if digits else application_number
    return _numbered(pattern, kind, year, serial)


def example_number(pattern: str, year: int) -> str:
    """What `pattern` numbers the acceptance notice of the year's twelfth application
    (HP{year}-00012): shown beside the pattern while it is typed. Refused (DomainError)
    as `check_pattern` refuses."""
    check_pattern(pattern)
    return _numbered(pattern, NoticeKind.ACCEPTANCE, str(year), "12")


def numbers_kinds_apart(pattern: str) -> bool:
    """Whether `pattern`, one `check_pattern` accepts, gives each kind of notice of an
    application its own number: without `{kind}`, its acceptance and supplement notices
    would share one 文号."""
    return any(name == "kind" for _, name, _, _ in Formatter().parse(pattern))


def _numbered(pattern: str, kind: NoticeKind, year: str, serial: str) -> str:
    return pattern.format(year=year, n=serial, kind=KIND_WORDS[kind])
