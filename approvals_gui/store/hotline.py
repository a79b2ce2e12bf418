"""The hotline's cases, their events and its rule: a Session in, domain data out."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col

from approvals_gui.domain.hotline.cases import (
    FINAL_STAGES,
    CaseEvent,
    CaseFacts,
    CaseStage,
)
from approvals_gui.domain.hotline.records import CaseRecord
from approvals_gui.domain.hotline.reports import NewReport
from approvals_gui.domain.hotline.rules import DEFAULT_HOTLINE_RULE, HotlineRule
from approvals_gui.store.db import numbering_turn, on_server
from approvals_gui.store.errors import StoreError, StoreErrorCode
from approvals_gui.store.rows import (
    case_event_from_row,
    case_record_from_row,
    hotline_rule_from_row,
)
from approvals_gui.store.tables import (
    Enterprise,
    HotlineCaseRow,
    HotlineEventRow,
    HotlineRuleRow,
)

NUMBER_TRIES = 10  # as for applications: another desk taking the same number ten times running


def case_number(year: int, serial: int) -> str:
    return f"RX{year}-{serial:05d}"


def _last_serial(session: Session, year: int) -> int:
    prefix = case_number(year, 0)[:-5]
    number = col(HotlineCaseRow.number)
    found = session.scalar(
        select(number)
        .where(number.startswith(prefix))
        .order_by(func.length(number).desc(), number.desc())
        .limit(1)
    )
    return int(found.removeprefix(prefix)) if found else 0


def facts_columns(facts: CaseFacts) -> dict[str, Any]:
    return {
        "stage": facts.stage.value,
        "is_open": facts.stage not in FINAL_STAGES and facts.stage is not CaseStage.CLOSED,
        "accepted_on": facts.accepted_on,
        "refused_on": facts.refused_on,
        "merged_into": facts.merged_into,
        "unit": facts.unit,
        "assigned_on": facts.assigned_on,
        "unit_due": facts.unit_due,
        "handled_on": facts.handled_on,
        "returns": facts.returns,
        "replied_on": facts.replied_on,
        "closed_on": facts.closed_on,
        "extension_days": facts.extension_days,
        "extension_reason": facts.extension_reason,
        "satisfaction": facts.satisfaction.value if facts.satisfaction else "",
        "review_asked_on": facts.review_asked_on,
        "reviewed_on": facts.reviewed_on,
        "recheck_asked_on": facts.recheck_asked_on,
        "rechecked_on": facts.rechecked_on,
    }


def _event_row(case_id: int, e: CaseEvent) -> HotlineEventRow:
    return HotlineEventRow(
        case_id=case_id,
        seq=e.seq,
        action=e.action.value,
        from_stage=e.from_stage.value if e.from_stage else None,
        to_stage=e.to_stage.value,
        on=e.on,
        at=e.at,
        actor=e.actor,
        remark=e.remark,
        reason=e.reason,
        unit=e.unit,
        unit_due=e.unit_due,
        findings=e.findings,
        measures=e.measures,
        penalty=e.penalty,
        extension_days=e.extension_days,
        satisfaction=e.satisfaction.value if e.satisfaction else "",
        merged_into=e.merged_into,
        undoes=e.undoes,
    )


def insert_case(
    session: Session,
    report: NewReport,
    enterprise_id: int | None,
    events: Sequence[CaseEvent],
    facts: CaseFacts,
    now: datetime,
    received_by: str,
    last_serials: dict[int, int] | None = None,
) -> int:
    """Insert a report under the next free number of its year, with its history.

    As for applications: on a server two desks may read the same highest number; the
    unique index refuses the second, which reads anew in a savepoint and tries again.
    A caller inserting many cases in one transaction (generated data) passes the same
    `last_serials` to each: a year's highest number is then looked up once, not once a
    case (the lookup scans the year's numbers)."""
    assert report.topic is not None  # a checked report has one (checked_report)
    topic = report.topic.value
    year = report.received_at.year
    numbering_turn(session, "RX", year)
    server = on_server(session)
    serials = {} if last_serials is None else last_serials
    for attempt in range(1, NUMBER_TRIES + 1):
        if attempt > 1 or year not in serials:
            serials[year] = _last_serial(session, year)
        row = HotlineCaseRow(
            number=case_number(year, serials[year] + 1),
            received_on=report.received_at.date(),
            received_at=report.received_at,
            channel=report.channel.value,
            topic=topic,
            anonymous=report.anonymous,
            reporter_name=report.reporter_name,
            reporter_phone=report.reporter_phone,
            content=report.content,
            address=report.address,
            district=report.district,
            enterprise_id=enterprise_id,
            received_by=received_by,
            created_at=now,
            **facts_columns(facts),
        )
        try:
            if server:
                with session.begin_nested():
                    session.add(row)
            else:
                session.add(row)
                session.flush()
            break
        except IntegrityError as exc:
            if not server or attempt == NUMBER_TRIES:
                raise StoreError(
                    StoreErrorCode.DUPLICATE, "this case number exists already", number=row.number
                ) from exc
    assert row.id is not None
    serials[year] += 1
    session.add_all(_event_row(row.id, e) for e in events)
    return row.id


def case_changed(case_id: int) -> StoreError:
    """The refusal of a step on a case another desk changed since it was read."""
    return StoreError(
        StoreErrorCode.STALE, "the case was changed by someone else", id=case_id, item="case"
    )


def append_case_event(
    session: Session, case_id: int, expected_version: int, event: CaseEvent, facts: CaseFacts
) -> int:
    """Record `event` and the facts after it unless someone saved the case first; the
    new version. One UPDATE checks and writes, so of two desks exactly one wins."""
    result = session.execute(
        update(HotlineCaseRow)
        .where(col(HotlineCaseRow.id) == case_id)
        .where(col(HotlineCaseRow.version) == expected_version)
        .values(version=expected_version + 1, **facts_columns(facts))
    )
    if result.rowcount == 0:  # type: ignore[attr-defined]
        if session.get(HotlineCaseRow, case_id) is None:
            raise StoreError(StoreErrorCode.NOT_FOUND, f"no case {case_id}", id=case_id)
        raise case_changed(case_id)
    session.add(_event_row(case_id, event))
    return expected_version + 1


def load_case_events(session: Session, case_id: int) -> list[CaseEvent]:
    rows = session.scalars(
        select(HotlineEventRow)
        .where(col(HotlineEventRow.case_id) == case_id)
        .order_by(col(HotlineEventRow.seq))
    )
    return [case_event_from_row(r) for r in rows]


def _records_query() -> Select[HotlineCaseRow, str, str]:
    return select(
        HotlineCaseRow,
        col(Enterprise.credit_code),
        col(Enterprise.name),
    ).outerjoin(Enterprise, col(Enterprise.id) == col(HotlineCaseRow.enterprise_id))


def case_records(
    session: Session,
    *,
    open_only: bool = False,
    since: date | None = None,
    enterprise_id: int | None = None,
    merged_into: int | None = None,
) -> list[CaseRecord]:
    """Cases, newest first: open ones only, received since a day, about one enterprise
    or merged into one case."""
    query = _records_query()
    if open_only:
        query = query.where(col(HotlineCaseRow.is_open))
    if since is not None:
        query = query.where(col(HotlineCaseRow.received_on) >= since)
    if enterprise_id is not None:
        query = query.where(col(HotlineCaseRow.enterprise_id) == enterprise_id)
    if merged_into is not None:
        query = query.where(col(HotlineCaseRow.merged_into) == merged_into)
    query = query.order_by(col(HotlineCaseRow.received_at).desc(), col(HotlineCaseRow.id).desc())
    return [case_record_from_row(row, code, name) for row, code, name in session.execute(query)]


def case_record(session: Session, case_id: int, *, lock: bool = False) -> CaseRecord:
    query = _records_query().where(col(HotlineCaseRow.id) == case_id)
    if lock:
        query = query.with_for_update(of=HotlineCaseRow)
    found = session.execute(query).first()
    if found is None:
        raise StoreError(StoreErrorCode.NOT_FOUND, f"no case {case_id}", id=case_id)
    return case_record_from_row(*found)


def enterprises_named(session: Session, limit: int) -> list[tuple[int, str, str]]:
    """Id, credit code and name of the first `limit` enterprises (the demo's reports
    name them)."""
    rows = session.execute(
        select(col(Enterprise.id), col(Enterprise.credit_code), col(Enterprise.name))
        .order_by(col(Enterprise.id))
        .limit(limit)
    )
    return [(i, code, name) for i, code, name in rows]


def load_hotline_rule(session: Session) -> HotlineRule:
    row = session.get(HotlineRuleRow, 1)
    return DEFAULT_HOTLINE_RULE if row is None else hotline_rule_from_row(row)


def save_hotline_rule(session: Session, rule: HotlineRule) -> None:
    session.merge(
        HotlineRuleRow(
            id=1,
            accept_days=rule.accept_days,
            close_days=rule.close_days,
            max_extension_days=rule.max_extension_days,
            review_days=rule.review_days,
            recheck_days=rule.recheck_days,
            warn_days=rule.warn_days,
            repeat_window_days=rule.repeat_window_days,
            accept_basis=rule.accept_basis,
            close_basis=rule.close_basis,
            review_basis=rule.review_basis,
            recheck_basis=rule.recheck_basis,
        )
    )
