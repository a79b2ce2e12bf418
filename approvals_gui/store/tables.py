"""SQLModel table classes: the only place the schema is defined.

Applications carry their clock facts (dates folded from the event history, no
calendar in them) so lists and the overdue board need no event scan; due dates are
never stored. Stage events are append-only and hash-chained per application.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import DateTime, Index, UniqueConstraint, text
from sqlmodel import Field, SQLModel


class Enterprise(SQLModel, table=True):
    __tablename__ = "enterprise"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True, max_length=200)
    credit_code: str = Field(unique=True, max_length=18)
    district: str = Field(default="", max_length=50)
    contact: str = Field(default="", max_length=50)
    phone: str = Field(default="", max_length=30)
    created_at: datetime = Field(sa_type=DateTime)  # local wall-clock time


class Application(SQLModel, table=True):
    __tablename__ = "application"

    id: int | None = Field(default=None, primary_key=True)
    number: str = Field(unique=True, max_length=30)
    project: str = Field(index=True, max_length=300)
    enterprise_id: int = Field(foreign_key="enterprise.id", index=True)
    category: str = Field(foreign_key="time_limit_rule.category", max_length=40)
    handler: str = Field(index=True, max_length=50)
    district: str = Field(default="", max_length=50)
    unit: str = Field(default="", max_length=20, index=True)  # decides it (审批单位)
    holder: str = Field(default="", max_length=20, index=True)  # has it now
    investment: float | None = None  # 万元
    registered_on: date
    created_at: datetime = Field(sa_type=DateTime)  # local wall-clock time
    version: int = 1
    # Clock facts, rewritten with every event in the same transaction.
    stage: str = Field(max_length=20)
    is_open: bool = Field(index=True)
    received_on: date
    accepted_on: date | None = None
    decided_on: date | None = Field(default=None, index=True)
    delivered_on: date | None = None
    closed_on: date | None = None
    supplement_rounds: int = 0
    extension_days: int = 0
    extended_on: date | None = None
    extension_reason: str = ""
    # Supplement rounds and pausing stages, "stage:first:last;…", last empty while running.
    pause_spans: str = ""
    # The rule a decided application was judged by; open ones follow the current rule.
    judged_rule_id: int | None = Field(default=None, foreign_key="judged_rule.id")
    # The chain hash of the last event (domain/history_hash.py): `check` finds an event
    # removed from the end by it.
    history_hash: str = Field(default="", max_length=64)


TRANSFER_ROWS = "action IN ('transfer', 'undo')"


class StageEventRow(SQLModel, table=True):
    __tablename__ = "stage_event"
    __table_args__ = (
        UniqueConstraint("application_id", "seq"),
        # The figures read the transfers in force (store/transfers.py) from this alone.
        Index(
            "ix_stage_event_transfers",
            "application_id",
            "seq",
            "action",
            "on",
            "from_unit",
            "to_unit",
            "undoes",
            sqlite_where=text(TRANSFER_ROWS),
            postgresql_where=text(TRANSFER_ROWS),
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    application_id: int = Field(foreign_key="application.id", index=True)
    seq: int
    action: str = Field(max_length=30)
    from_stage: str | None = Field(default=None, max_length=20)
    to_stage: str = Field(max_length=20)
    on: date
    at: datetime = Field(sa_type=DateTime)  # local wall-clock time
    actor: str = Field(max_length=50)
    remark: str = ""
    materials: str = ""  # one material a line
    reason: str = ""
    document_number: str = Field(default="", max_length=60)
    extension_days: int = 0
    undoes: int | None = None
    from_unit: str = Field(default="", max_length=20)
    to_unit: str = Field(default="", max_length=20)
    from_handler: str = Field(default="", max_length=50)  # a reassignment's
    handler: str = Field(default="", max_length=50)
    chain_hash: str = Field(default="", max_length=64)  # covers this event and the one before
    refer_to: str = Field(default="", max_length=100)  # 不予受理: the authority to apply to
    # 更正登记: the project's name and investment (万元) it changed, from and to.
    from_project: str = Field(default="", max_length=300)
    project: str = Field(default="", max_length=300)
    from_investment: float | None = None
    investment: float | None = None


class RuleFields(SQLModel):
    """The columns of a time-limit rule, shared by the current and the frozen copies."""

    name: str = Field(max_length=50)
    statutory_amount: int
    statutory_unit: str = Field(max_length=10)
    promised_amount: int
    promised_unit: str = Field(max_length=10)
    warn_workdays: int
    paused_stages: str  # the statutory clock's pause set: comma-separated stage codes
    promised_paused_stages: str = ""  # the promised clock's
    extension_workdays: int
    legal_basis: str = ""
    acceptance_publicity_workdays: int = 0
    approval_notice_workdays: int = 0


class TimeLimitRuleRow(RuleFields, table=True):
    __tablename__ = "time_limit_rule"

    category: str = Field(primary_key=True, max_length=40)


class JudgedRule(RuleFields, table=True):
    """A frozen copy of a rule as it stood when applications were decided under it."""

    __tablename__ = "judged_rule"

    id: int | None = Field(default=None, primary_key=True)
    category: str = Field(max_length=40, index=True)


class CalendarOverrideRow(SQLModel, table=True):
    __tablename__ = "calendar_override"

    day: date = Field(primary_key=True)
    kind: str = Field(max_length=10)
    name: str = Field(default="", max_length=50)
    updated_at: datetime = Field(sa_type=DateTime)  # local wall-clock time
    updated_by: str = Field(default="", max_length=50)


class ConfirmedYear(SQLModel, table=True):
    """A year whose schedule the admin entered from the State Council's notice."""

    __tablename__ = "confirmed_year"

    year: int = Field(primary_key=True)
    confirmed_at: datetime = Field(sa_type=DateTime)  # local wall-clock time
    confirmed_by: str = Field(default="", max_length=50)


class BureauSetting(SQLModel, table=True):
    """A setting of the bureau's, shared by every desktop on the database."""

    __tablename__ = "bureau_setting"

    key: str = Field(primary_key=True, max_length=50)
    value: str = Field(default="", max_length=200)


class ServiceVisit(SQLModel, table=True):
    """One enterprise received (请进来) or visited (走出去) on a service day."""

    __tablename__ = "service_visit"

    id: int | None = Field(default=None, primary_key=True)
    day: date = Field(index=True)
    enterprise_id: int = Field(foreign_key="enterprise.id", index=True)
    mode: str = Field(max_length=20)
    place: str = Field(default="", max_length=200)
    staff: str = Field(default="", max_length=200)
    measures: str = ""
    owner: str = Field(default="", max_length=50)  # who follows up
    due_on: date | None = None
    status: str = Field(default="open", max_length=20, index=True)
    resolved_on: date | None = None
    resolution: str = ""
    version: int = 1
    created_at: datetime = Field(sa_type=DateTime)  # local wall-clock time
    created_by: str = Field(default="", max_length=50)


class ServiceMatter(SQLModel, table=True):
    """A matter raised during a visit, optionally about one of the enterprise's
    applications."""

    __tablename__ = "service_matter"

    id: int | None = Field(default=None, primary_key=True)
    visit_id: int = Field(foreign_key="service_visit.id", index=True)
    seq: int
    kind: str = Field(max_length=30)
    description: str
    application_id: int | None = Field(default=None, foreign_key="application.id")


class ChangeLogRow(SQLModel, table=True):
    """What each committed write touched, so that other desks on the database can show
    it without F5 (store/live.py). Kept for a day."""

    __tablename__ = "change_log"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(sa_type=DateTime)  # local wall-clock time
    desk: str = Field(max_length=32)  # the process that wrote: it needs no telling
    kind: str = Field(max_length=20)
    item_id: int | None = None


class UnitRow(SQLModel, table=True):
    """A unit of the bureau: the city bureau, a county branch, the assessment centre."""

    __tablename__ = "unit"

    code: str = Field(primary_key=True, max_length=20)
    name: str = Field(max_length=50)
    kind: str = Field(max_length=10)
    district: str = Field(default="", max_length=50)
    active: bool = True
    position: int = 0  # the order lists show units in
    # Its notices' signing name and telephone; empty: the bureau's (`notices.for_unit`).
    notice_authority: str = Field(default="", max_length=60)
    notice_phone: str = Field(default="", max_length=30)


class AuthorityRow(SQLModel, table=True):
    """The 审批权限 table: which level decides each category."""

    __tablename__ = "approval_authority"

    category: str = Field(primary_key=True, foreign_key="time_limit_rule.category", max_length=40)
    level: str = Field(max_length=10)
    basis: str = Field(default="", max_length=200)


class UserRow(SQLModel, table=True):
    """A person who signs in. The password is kept only as a salted hash."""

    __tablename__ = "app_user"

    name: str = Field(primary_key=True, max_length=50)
    unit: str = Field(foreign_key="unit.code", max_length=20)
    role: str = Field(max_length=10)
    password_hash: str = Field(default="", max_length=200)
    active: bool = True
    failed_attempts: int = 0
    locked_until: datetime | None = Field(default=None, sa_type=DateTime)
    created_at: datetime = Field(sa_type=DateTime)  # local wall-clock time


class HotlineCaseRow(SQLModel, table=True):
    """A 12369 report and, folded from its events, the facts its clock needs (like an
    application's: due dates are never stored)."""

    __tablename__ = "hotline_case"

    id: int | None = Field(default=None, primary_key=True)
    number: str = Field(unique=True, max_length=30)
    received_on: date = Field(index=True)
    received_at: datetime = Field(sa_type=DateTime)  # when the call or letter came
    channel: str = Field(max_length=20)
    topic: str = Field(max_length=20)
    anonymous: bool = False
    reporter_name: str = Field(default="", max_length=50)  # personal data: masked
    reporter_phone: str = Field(default="", max_length=30)  # for most roles
    content: str = ""
    address: str = Field(default="", max_length=200)
    district: str = Field(default="", max_length=50)
    enterprise_id: int | None = Field(default=None, foreign_key="enterprise.id", index=True)
    received_by: str = Field(default="", max_length=20)  # the unit that took the report
    created_at: datetime = Field(sa_type=DateTime)  # local wall-clock time
    version: int = 1
    # Facts, rewritten with every event in the same transaction.
    stage: str = Field(max_length=20)
    is_open: bool = Field(index=True)
    accepted_on: date | None = None
    refused_on: date | None = None
    merged_into: int | None = Field(default=None, index=True)
    unit: str = Field(default="", max_length=20, index=True)  # handed to (交办)
    assigned_on: date | None = None
    unit_due: date | None = None
    handled_on: date | None = None
    returns: int = 0
    replied_on: date | None = None
    closed_on: date | None = Field(default=None, index=True)
    extension_days: int = 0
    extension_reason: str = ""
    satisfaction: str = Field(default="", max_length=20)
    review_asked_on: date | None = None
    reviewed_on: date | None = None
    recheck_asked_on: date | None = None
    rechecked_on: date | None = None


class HotlineEventRow(SQLModel, table=True):
    """One step of a case; append-only, as an application's."""

    __tablename__ = "hotline_event"
    __table_args__ = (UniqueConstraint("case_id", "seq"),)

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="hotline_case.id", index=True)
    seq: int
    action: str = Field(max_length=30)
    from_stage: str | None = Field(default=None, max_length=20)
    to_stage: str = Field(max_length=20)
    on: date
    at: datetime = Field(sa_type=DateTime)  # local wall-clock time
    actor: str = Field(max_length=50)
    remark: str = ""
    reason: str = ""
    unit: str = Field(default="", max_length=20)
    unit_due: date | None = None
    findings: str = ""
    measures: str = ""
    penalty: str = ""
    extension_days: int = 0
    satisfaction: str = Field(default="", max_length=20)
    merged_into: int | None = None
    undoes: int | None = None


class HotlineRuleRow(SQLModel, table=True):
    """The hotline's time limits (one row), editable like the approvals' rules."""

    __tablename__ = "hotline_rule"

    id: int = Field(default=1, primary_key=True)
    accept_days: int
    close_days: int
    max_extension_days: int
    review_days: int
    recheck_days: int
    warn_days: int
    repeat_window_days: int
    accept_basis: str = Field(max_length=200)
    close_basis: str = Field(max_length=200)
    review_basis: str = Field(max_length=200)
    recheck_basis: str = Field(max_length=200)
