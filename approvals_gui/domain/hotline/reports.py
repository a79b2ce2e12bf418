"""A new report as the clerk takes it down, and what makes it acceptable: when and how
it came, who reported (or anonymous), what and where, the enterprise if one is named."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from approvals_gui.domain.calendar import check_in_calendar
from approvals_gui.domain.credit_code import validate_credit_code
from approvals_gui.domain.errors import DomainError, ErrorCode
from approvals_gui.domain.hotline.cases import Channel, Topic
from approvals_gui.domain.text import (
    DISTRICT,
    ENTERPRISE_NAME,
    PHONE,
    PLACE,
    TextField,
    clean_form,
    phone_problem,
)

REPORTER = TextField("reporter_name", 50, person=True)
CONTENT = TextField("content", 4000, multiline=True)
TEXT_FIELDS = {
    "reporter_name": REPORTER,
    "reporter_phone": PHONE,
    "content": CONTENT,
    "address": PLACE,
    "district": DISTRICT,
    "enterprise_name": ENTERPRISE_NAME,
}


@dataclass(frozen=True, slots=True)
class NewReport:
    received_at: datetime  # the call, letter or visit; its day is day 0 of 受理告知
    channel: Channel
    topic: Topic | None  # None until chosen: a default would file reports under it unread
    content: str  # what is reported
    address: str = ""
    district: str = ""
    anonymous: bool = False
    reporter_name: str = ""
    reporter_phone: str = ""
    credit_code: str = ""  # the enterprise named, if any (from the directory)
    enterprise_name: str = ""


def report_problems(report: NewReport, now: datetime) -> dict[str, DomainError]:
    """Every problem by field; empty when the report can be registered."""
    report, problems = clean_form(report, TEXT_FIELDS)
    if report.topic is None:
        problems["topic"] = DomainError(
            ErrorCode.REQUIRED_FIELD, "what the report is about", field="topic"
        )
    if "content" not in problems and not report.content:
        problems["content"] = DomainError(
            ErrorCode.REQUIRED_FIELD, "what is reported", field="content"
        )
    if not report.address and not report.credit_code and "address" not in problems:
        problems["address"] = DomainError(
            ErrorCode.REQUIRED_FIELD, "where: an address or an enterprise", field="address"
        )
    if not report.anonymous and "reporter_phone" not in problems:
        if (wrong := phone_problem(report.reporter_phone, "reporter_phone")) is not None:
            problems["reporter_phone"] = wrong
    named = report.reporter_name or report.reporter_phone or "reporter_phone" in problems
    if not report.anonymous and not named and "reporter_name" not in problems:
        # A named report the bureau cannot answer is an anonymous one: said so, not kept
        # as named with nobody to reply to (回访, 反馈 go to the reporter).
        problems["reporter_name"] = DomainError(
            ErrorCode.REQUIRED_FIELD, "a named report: a name or a phone", field="reporter_name"
        )
    try:
        check_in_calendar(report.received_at.date())
        if report.received_at > now:
            # Today, but later than now: the time of day is what is wrong.
            late = ErrorCode.DATE_IN_FUTURE
            if report.received_at.date() == now.date():
                late = ErrorCode.TIME_IN_FUTURE
            raise DomainError(late, "received in the future", on=report.received_at.date())
    except DomainError as exc:
        problems["received_at"] = exc
    if report.credit_code:
        try:
            validate_credit_code(report.credit_code)
        except DomainError as exc:
            problems["credit_code"] = exc
        if not report.enterprise_name and "enterprise_name" not in problems:
            problems["enterprise_name"] = DomainError(
                ErrorCode.REQUIRED_FIELD, "the enterprise's name", field="enterprise_name"
            )
    return problems


def checked_report(report: NewReport, now: datetime) -> NewReport:
    """The report as it is kept (clean texts, the normalised code, no name or phone
    for an anonymous report); raises its first problem, if any."""
    problems = report_problems(report, now)
    if problems:
        raise next(iter(problems.values()))
    report, _ = clean_form(report, TEXT_FIELDS)
    code = validate_credit_code(report.credit_code) if report.credit_code else ""
    if report.anonymous:
        report = replace(report, reporter_name="", reporter_phone="")
    return replace(report, credit_code=code)
