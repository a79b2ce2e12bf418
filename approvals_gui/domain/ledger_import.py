"""Bringing an existing ledger (台账) in: map its columns, check every row, and turn
each good row into an application with the history its dates tell.

Nothing here reads files: rows arrive as lists of cell values (text, numbers, dates).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import TypeVar

from approvals_gui.domain.applications import NewApplication, parse_investment
from approvals_gui.domain.credit_code import validate_credit_code
from approvals_gui.domain.errors import DomainError, ErrorCode
from approvals_gui.domain.imports import RowProblem, parse_day
from approvals_gui.domain.labels import QT_TRANSLATE_NOOP
from approvals_gui.domain.rules import TimeLimitRule
from approvals_gui.domain.stages import (
    Action,
    StageEvent,
    StepInput,
    next_event,
    registration_event,
)


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
}

REFUSED_WORDS = ("不予批准", "不批准", "不同意", "否决", "驳回")
APPROVED_WORDS = ("批准", "同意", "准予", "通过")
IMPORT_REMARK = "台账导入"
UNRECORDED_REASON = "台账未记载理由"

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


@dataclass(frozen=True, slots=True)
class LedgerCheck:
    entries: list[LedgerEntry]
    problems: list[RowProblem]

    @property
    def bad_rows(self) -> list[int]:
        return sorted({p.row for p in self.problems})


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
    (报告书, 报告表, 告知承诺)."""
    text = _normal(value).removeprefix("环评").removeprefix("环境影响")
    if not text:
        raise DomainError(ErrorCode.REQUIRED_FIELD, "category missing")
    hits = [
        code
        for code, rule in rules.items()
        if text in (code, _normal(rule.name)) or text in _normal(rule.name)
    ]
    if len(hits) != 1:
        raise DomainError(ErrorCode.UNKNOWN_CATEGORY, f"unknown category {value!r}", category=value)
    return hits[0]


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
) -> LedgerCheck:
    """Every row checked as if it were imported; `first_row` is the sheet row number of
    rows[0] (the header is row 1)."""
    entries: list[LedgerEntry] = []
    problems: list[RowProblem] = []
    seen: dict[tuple[str, str, date], int] = {}
    for offset, cells in enumerate(rows):
        number = first_row + offset
        if all(_text(c) == "" for c in cells):
            continue
        entry, found = _entry(number, cells, mapping, rules, headers, now)
        if entry is not None:
            key = (
                entry.application.credit_code,
                entry.application.project,
                entry.application.received_on,
            )
            if key in seen:
                error = DomainError(
                    ErrorCode.DUPLICATE_ENTRY, "same row twice", first_row=seen[key]
                )
                found.append(RowProblem(number, "", error))
            else:
                seen[key] = number
        if found:
            problems.extend(found)
        elif entry is not None:
            entries.append(entry)
    return LedgerCheck(entries, problems)


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


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
    headers: Sequence[str],
    now: datetime,
) -> tuple[LedgerEntry | None, list[RowProblem]]:
    row = _Row(number, cells, mapping, headers)
    F = LedgerField
    project = row.read(F.PROJECT, _text)
    enterprise = row.read(F.ENTERPRISE, _text)
    code = row.read(F.CREDIT_CODE, lambda v: validate_credit_code(_text(v)))
    category = row.read(F.CATEGORY, lambda v: match_category(_text(v), rules))
    handler = row.read(F.HANDLER, _text)
    received = row.read(F.RECEIVED_ON, parse_day)
    investment = row.read(F.INVESTMENT, lambda v: parse_investment(_text(v)))
    accepted = row.read(F.ACCEPTED_ON, parse_day)
    decided = row.read(F.DECIDED_ON, parse_day)
    outcome = row.read(F.OUTCOME, lambda v: match_outcome(_text(v)))
    delivered = row.read(F.DELIVERED_ON, parse_day)
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
            _text(row.cell(F.DISTRICT)),
            investment,
            _text(row.cell(F.REMARK)),
        ),
        accepted,
        decided,
        outcome,
        _text(row.cell(F.DOCUMENT_NUMBER)),
        delivered,
    )
    try:
        ledger_history(entry, now, IMPORT_REMARK)
    except DomainError as exc:
        row.problem(_field_for(exc, entry), exc)
        return None, row.problems
    return entry, []


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


def ledger_history(entry: LedgerEntry, now: datetime, actor: str) -> list[StageEvent]:
    """The events a ledger row's dates tell, checked by the stage table like any step:
    received → accepted (→ review) → decided → delivered."""
    events = [registration_event(entry.application.received_on, now, actor, IMPORT_REMARK)]

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
