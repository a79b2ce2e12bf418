"""Bringing an existing ledger (台账) in: map its columns, check every row, and turn
each good row into an application with the history its dates tell.

Nothing here reads files: rows arrive as lists of cell values (text, numbers, dates,
or a `BadCell` the reader could take no value from).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum
from typing import TypeVar

from approvals_gui.domain.applications import NewApplication, parse_investment
from approvals_gui.domain.credit_code import validate_credit_code
from approvals_gui.domain.errors import DomainError, ErrorCode
from approvals_gui.domain.imports import BadCell, Problems, RowProblem, parse_day
from approvals_gui.domain.labels import QT_TRANSLATE_NOOP
from approvals_gui.domain.rules import TimeLimitRule
from approvals_gui.domain.stages import (
    FINAL_STAGES,
    Action,
    StageEvent,
    StepInput,
    next_event,
    registration_event,
)
from approvals_gui.domain.text import (
    APPLICATION_NUMBER,
    DISTRICT,
    DOCUMENT_NUMBER,
    ENTERPRISE_NAME,
    HANDLER,
    PROJECT,
    REMARK,
    TextField,
    strip_invisible,
)
from approvals_gui.domain.units import Authority, Unit, deciding_unit, district_problem


class LedgerField(StrEnum):
    PROJECT = "project"
    ENTERPRISE = "enterprise"
    CREDIT_CODE = "credit_code"
    CATEGORY = "category"
    HANDLER = "handler"
    RECEIVED_ON = "received_on"
    DISTRICT = "district"
    INVESTMENT = "investment"
    ACCEPTED_ON = "accepted_on"
    DECIDED_ON = "decided_on"
    OUTCOME = "outcome"
    DOCUMENT_NUMBER = "document_number"
    DELIVERED_ON = "delivered_on"
    REMARK = "remark"
    NUMBER = "number"  # the application's number, in a ledger this program exported


REQUIRED = frozenset(
    {
        LedgerField.PROJECT,
        LedgerField.ENTERPRISE,
        LedgerField.CREDIT_CODE,
        LedgerField.CATEGORY,
        LedgerField.HANDLER,
        LedgerField.RECEIVED_ON,
    }
)

# What each field is called on screen, and the headings ledgers use for it (first one
# is the field's own name).
FIELD_NAMES: dict[LedgerField, tuple[str, ...]] = {
    LedgerField.PROJECT: (QT_TRANSLATE_NOOP("ledger", "项目名称"), "项目", "建设项目名称"),
    LedgerField.ENTERPRISE: (
        QT_TRANSLATE_NOOP("ledger", "建设单位"),
        "单位名称",
        "企业名称",
        "申请单位",
    ),
    LedgerField.CREDIT_CODE: (
        QT_TRANSLATE_NOOP("ledger", "统一社会信用代码"),
        "信用代码",
        "社会信用代码",
    ),
    LedgerField.CATEGORY: (
        QT_TRANSLATE_NOOP("ledger", "类别"),
        "审批类别",
        "环评类别",
        "文件类型",
    ),
    LedgerField.HANDLER: (QT_TRANSLATE_NOOP("ledger", "承办人"), "经办人"),
    LedgerField.RECEIVED_ON: (
        QT_TRANSLATE_NOOP("ledger", "收件日期"),
        "收件时间",
        "申请日期",
    ),
    LedgerField.DISTRICT: (QT_TRANSLATE_NOOP("ledger", "区县"), "所在区县", "属地"),
    LedgerField.INVESTMENT: (
        QT_TRANSLATE_NOOP("ledger", "总投资（万元）"),
        "总投资",
        "投资额",
    ),
    LedgerField.ACCEPTED_ON: (QT_TRANSLATE_NOOP("ledger", "受理日期"), "受理时间"),
    LedgerField.DECIDED_ON: (
        QT_TRANSLATE_NOOP("ledger", "审批决定日期"),
        "决定日期",
        "审批日期",
        "批复日期",
    ),
    LedgerField.OUTCOME: (QT_TRANSLATE_NOOP("ledger", "审批结果"), "办理结果", "结果"),
    LedgerField.DOCUMENT_NUMBER: (QT_TRANSLATE_NOOP("ledger", "文号"), "批复文号", "审批文号"),
    LedgerField.DELIVERED_ON: (QT_TRANSLATE_NOOP("ledger", "送达日期"), "办结日期"),
    LedgerField.REMARK: (QT_TRANSLATE_NOOP("ledger", "备注"), "说明"),
    LedgerField.NUMBER: (QT_TRANSLATE_NOOP("ledger", "受理编号"), "编号", "申请编号"),
}

REFUSED_WORDS = ("不予批准", "不批准", "不同意", "否决", "驳回")
APPROVED_WORDS = ("批准", "同意", "准予", "通过")
IMPORT_REMARK = "台账导入"
UNRECORDED_REASON = "台账未记载理由"
# The registration's remark holds IMPORT_REMARK, the ledger's number and its remark;
# the ledger's remark gets what the others and their separators (10) leave of REMARK.
LEDGER_REMARK = TextField(
    "remark", REMARK.max_length - len(IMPORT_REMARK) - APPLICATION_NUMBER.max_length - 10
)

Mapping_ = dict[LedgerField, int]  # field → column index in the sheet
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class LedgerEntry:
    row: int
    application: NewApplication
    accepted_on: date | None = None
    decided_on: date | None = None
    outcome: Action | None = None  # APPROVE or REFUSE
    document_number: str = ""
    delivered_on: date | None = None
    number: str = ""  # as the ledger gives it; the import numbers applications itself
    history: tuple[StageEvent, ...] = ()  # the events the check found; see `recorded`


def entry_key(entry: LedgerEntry) -> tuple[str, str, date]:
    """What makes two rows the same application: enterprise, project, received date."""
    app = entry.application
    return app.credit_code, app.project, app.received_on


def handlers_off_staff(
    entries: Sequence[LedgerEntry],
    authorities: Mapping[str, Authority],
    units: Sequence[Unit],
    staff: Mapping[str, Sequence[str]],
) -> dict[tuple[str, str], int]:
    """The 承办人 of entries still open once imported who are not among the active users
    of the unit that will decide them (`staff`, by unit code; `access.Staff`), as
    (handler, unit code), each with how many entries name them, in the order first
    named. Where people sign in, such items would be in nobody's 我的事项 until a user
    is added, enabled or moved there, or the items reassigned: a reader should see that
    before importing (a finished entry's handler may well have left). An entry no unit
    can decide (no active city bureau) is the import's to refuse."""
    found: dict[tuple[str, str], int] = {}
    for entry in entries:
        app = entry.application
        if entry.history and entry.history[-1].to_stage in FINAL_STAGES:
            continue
        try:
            unit = deciding_unit(app.category, app.district, authorities, units).unit
        except DomainError:
            continue
        if app.handler not in staff.get(unit, ()):
            key = (app.handler, unit)
            found[key] = found.get(key, 0) + 1
    return found


@dataclass(frozen=True, slots=True)
class KnownApplications:
    """What the database holds already, so that a ledger imported twice is not doubled."""

    numbers: frozenset[str] = frozenset()
    keys: frozenset[tuple[str, str, date]] = frozenset()  # as `entry_key` makes them

    def holds(self, entry: LedgerEntry) -> bool:
        return entry.number in self.numbers or entry_key(entry) in self.keys


@dataclass(frozen=True, slots=True)
class LedgerCheck:
    entries: list[LedgerEntry]  # the rows to import
    problems: list[RowProblem]  # the first MAX_PROBLEMS_LISTED, in row order
    problem_count: int  # all of them
    bad_rows: list[int]  # every row with a problem
    already_imported: list[int]  # rows the database holds already (`known`)


def _normal(text: str) -> str:
    return re.sub(r"[\s()（）:：]", "", text)


def guess_mapping(headers: Sequence[str]) -> Mapping_:
    """Columns whose heading is one a ledger uses for a field; exact names first."""
    normal = [_normal(h) for h in headers]
    mapping: Mapping_ = {}
    for field, names in FIELD_NAMES.items():
        wanted = [_normal(n) for n in names]
        exact = [i for i, h in enumerate(normal) if h in wanted and i not in mapping.values()]
        loose = [
            i
            for i, h in enumerate(normal)
            if h and any(w in h for w in wanted) and i not in mapping.values()
        ]
        found = exact or loose
        if found:
            mapping[field] = found[0]
    return mapping


def missing_fields(mapping: Mapping_) -> list[LedgerField]:
    return [f for f in LedgerField if f in REQUIRED and f not in mapping]


def match_category(value: str, rules: Mapping[str, TimeLimitRule]) -> str:
    """A rule code from what a ledger writes: the code, the name, or a part of it
    (报告书, 报告表, 告知承诺). A whole name wins over a part: a category the bureau
    added as 报告表（简化） leaves 报告表 the shipped one's."""
    text = _bare(value)
    if not text:
        raise DomainError(ErrorCode.REQUIRED_FIELD, "category missing")
    whole = [code for code, rule in rules.items() if text in (code, _bare(rule.name))]
    hits = whole or [code for code, rule in rules.items() if text in _normal(rule.name)]
    if len(hits) != 1:
        raise DomainError(ErrorCode.UNKNOWN_CATEGORY, f"unknown category {value!r}", category=value)
    return hits[0]


def _bare(name: str) -> str:
    """A category's name as ledgers shorten it: 报告表 for 环境影响报告表."""
    return _normal(name).removeprefix("环评").removeprefix("环境影响")


def match_outcome(value: str) -> Action:
    text = _normal(value)
    if any(w in text for w in REFUSED_WORDS):
        return Action.REFUSE
    if any(w in text for w in APPROVED_WORDS):
        return Action.APPROVE
    raise DomainError(ErrorCode.UNKNOWN_OUTCOME, f"unknown outcome {value!r}", text=value)


def check_rows(
    rows: Sequence[Sequence[object]],
    mapping: Mapping_,
    rules: Mapping[str, TimeLimitRule],
    headers: Sequence[str],
    now: datetime,
    first_row: int = 2,
    *,
    authorities: Mapping[str, Authority],
    known: KnownApplications = KnownApplications(),
) -> LedgerCheck:
    """Every row checked as if it were imported; `first_row` is the sheet row number of
    rows[0] (the header is row 1). `authorities`, the 审批权限 table, says which
    categories need the district to know who decides, as a registration does. Rows
    `known` holds are set aside as already imported, each copy of one alike: a ledger
    brought in before, with a row in it twice, has nothing wrong left to say."""
    entries: list[LedgerEntry] = []
    already: list[int] = []
    problems = Problems()
    seen: dict[tuple[str, str, date], int] = {}
    for offset, cells in enumerate(rows):
        number = first_row + offset
        if all(_text(c) == "" for c in cells):
            continue
        entry, found = _entry(number, cells, mapping, rules, authorities, headers, now)
        if entry is not None and not found and known.holds(entry):
            already.append(number)
            continue
        if entry is not None:
            key = entry_key(entry)
            if key in seen:
                error = DomainError(
                    ErrorCode.DUPLICATE_ENTRY, "same row twice", first_row=seen[key]
                )
                found.append(RowProblem(number, "", error))
            else:
                seen[key] = number
        for problem in found:
            problems.add(problem)
        if not found and entry is not None:
            entries.append(entry)
    return LedgerCheck(entries, problems.listed, problems.count, sorted(problems.rows), already)


def _text(value: object) -> str:
    """A cell as text, without control characters or surrounding blanks."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return strip_invisible(str(value)).strip()


class _Row:
    """One sheet row read through the mapping; problems collect as fields are read."""

    def __init__(
        self, number: int, cells: Sequence[object], mapping: Mapping_, headers: Sequence[str]
    ) -> None:
        self.number, self._cells, self._mapping, self._headers = number, cells, mapping, headers
        self.problems: list[RowProblem] = []

    def cell(self, field: LedgerField) -> object:
        index = self._mapping.get(field)
        return self._cells[index] if index is not None and index < len(self._cells) else None

    def column(self, field: LedgerField) -> str:
        index = self._mapping.get(field)
        return self._headers[index] if index is not None and index < len(self._headers) else ""

    def problem(self, field: LedgerField | None, error: DomainError) -> None:
        self.problems.append(RowProblem(self.number, self.column(field) if field else "", error))

    def read(self, field: LedgerField, parse: Callable[[object], T]) -> T | None:
        """The parsed cell; None when empty (a problem if the field is required)."""
        value = self.cell(field)
        if isinstance(value, BadCell):
            self.problem(field, value.error)
            return None
        if _text(value) == "":
            if field in REQUIRED:
                self.problem(field, DomainError(ErrorCode.REQUIRED_FIELD, f"{field} is empty"))
            return None
        try:
            return parse(value)
        except DomainError as exc:
            self.problem(field, exc)
            return None


def _entry(
    number: int,
    cells: Sequence[object],
    mapping: Mapping_,
    rules: Mapping[str, TimeLimitRule],
    authorities: Mapping[str, Authority],
    headers: Sequence[str],
    now: datetime,
) -> tuple[LedgerEntry | None, list[RowProblem]]:
    row = _Row(number, cells, mapping, headers)
    F = LedgerField
    project = row.read(F.PROJECT, _kept(PROJECT))
    enterprise = row.read(F.ENTERPRISE, _kept(ENTERPRISE_NAME))
    code = row.read(F.CREDIT_CODE, lambda v: validate_credit_code(_text(v)))
    category = row.read(F.CATEGORY, lambda v: match_category(_text(v), rules))
    handler = row.read(F.HANDLER, _kept(HANDLER))
    received = row.read(F.RECEIVED_ON, parse_day)
    unread = len(row.problems)
    district = row.read(F.DISTRICT, _kept(DISTRICT))
    district_read = len(row.problems) == unread
    investment = row.read(F.INVESTMENT, lambda v: parse_investment(_text(v)))
    accepted = row.read(F.ACCEPTED_ON, parse_day)
    decided = row.read(F.DECIDED_ON, parse_day)
    outcome = row.read(F.OUTCOME, lambda v: match_outcome(_text(v)))
    document_number = row.read(F.DOCUMENT_NUMBER, _kept(DOCUMENT_NUMBER))
    delivered = row.read(F.DELIVERED_ON, parse_day)
    remark = row.read(F.REMARK, _kept(LEDGER_REMARK))
    application_number = row.read(F.NUMBER, _kept(APPLICATION_NUMBER))
    if category is not None and district_read:  # a delegated category: who decides?
        name = rules[category].name
        if (unplaced := district_problem(category, name, district or "", authorities)) is not None:
            row.problem(F.DISTRICT, unplaced)
    if (decided is None) != (outcome is None) and not row.problems:
        error = DomainError(ErrorCode.REQUIRED_FIELD, "a decision needs its date and outcome")
        row.problem(F.OUTCOME if outcome is None else F.DECIDED_ON, error)
    if row.problems:
        return None, row.problems
    assert project and enterprise and code and category and handler and received
    entry = LedgerEntry(
        number,
        NewApplication(
            project,
            enterprise,
            code,
            category,
            handler,
            received,
            district or "",
            investment,
            remark or "",
        ),
        accepted,
        decided,
        outcome,
        document_number or "",
        delivered,
        application_number or "",
    )
    try:
        history = ledger_history(entry, now, IMPORT_REMARK)
    except DomainError as exc:
        row.problem(_field_for(exc, entry), exc)
        return None, row.problems
    return replace(entry, history=tuple(history)), []


def _kept(text_field: TextField) -> Callable[[object], str]:
    """Reads a cell as `text_field` keeps it."""
    return lambda value: text_field.clean(_text(value))


def _field_for(error: DomainError, entry: LedgerEntry) -> LedgerField:
    """The column a history problem points at: the decision's number, or a date."""
    if error.code is ErrorCode.MISSING_DOCUMENT_NUMBER:
        return LedgerField.DOCUMENT_NUMBER
    if "field" in error.params:
        return LedgerField(error.params["field"])
    dates = {
        entry.application.received_on: LedgerField.RECEIVED_ON,
        entry.accepted_on: LedgerField.ACCEPTED_ON,
        entry.decided_on: LedgerField.DECIDED_ON,
        entry.delivered_on: LedgerField.DELIVERED_ON,
    }
    return dates.get(error.params.get("on"), LedgerField.RECEIVED_ON)


def recorded(entry: LedgerEntry, now: datetime, actor: str) -> list[StageEvent]:
    """The history the check found for `entry`, as `actor` records it at `now`. The
    stage table judged it already, and a later `now` changes nothing it judged."""
    return [replace(event, at=now, actor=actor) for event in entry.history]


def ledger_history(entry: LedgerEntry, now: datetime, actor: str) -> list[StageEvent]:
    """The events a ledger row's dates tell, checked by the stage table like any step:
    received → accepted (→ review) → decided → delivered."""
    number = f"台账编号 {entry.number}" if entry.number else ""
    remark = "；".join(filter(None, (IMPORT_REMARK, number, entry.application.remark)))
    events = [registration_event(entry.application.received_on, now, actor, remark)]

    def step(action: Action, on: date, document_number: str = "", reason: str = "") -> None:
        found = StepInput(
            action, on, now, actor, IMPORT_REMARK, reason=reason, document_number=document_number
        )
        events.append(next_event(events, found))

    if entry.accepted_on is not None:
        step(Action.ACCEPT, entry.accepted_on)
    elif entry.decided_on is not None:
        raise DomainError(
            ErrorCode.REQUIRED_FIELD, "a decision needs an acceptance date", field="accepted_on"
        )
    if entry.decided_on is not None and entry.outcome is not None:
        step(Action.START_REVIEW, entry.accepted_on or entry.decided_on)
        reason = UNRECORDED_REASON if entry.outcome is Action.REFUSE else ""
        step(entry.outcome, entry.decided_on, document_number=entry.document_number, reason=reason)
    if entry.delivered_on is not None:
        if entry.decided_on is None:
            raise DomainError(
                ErrorCode.REQUIRED_FIELD, "delivery needs a decision", field="decided_on"
            )
        step(Action.DELIVER, entry.delivered_on)
    return events
