"""Queries for service-day visits, their matters, and the bureau's settings."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date, datetime

from sqlalchemy import ColumnElement, select, update
from sqlmodel import Session, col

from approvals_gui.domain.service_days import (
    FollowUpStatus,
    Matter,
    MatterType,
    Mode,
    Visit,
    VisitForm,
)
from approvals_gui.store.errors import StoreError, StoreErrorCode
from approvals_gui.store.tables import BureauSetting, Enterprise, ServiceMatter, ServiceVisit


def setting(session: Session, key: str) -> str | None:
    row = session.get(BureauSetting, key)
    return row.value if row is not None else None


def save_setting(session: Session, key: str, value: str) -> None:
    session.merge(BureauSetting(key=key, value=value))


def insert_visit(
    session: Session, form: VisitForm, enterprise_id: int, at: datetime, actor: str
) -> int:
    row = ServiceVisit.model_validate(
        {"enterprise_id": enterprise_id, "created_at": at, "created_by": actor, **_columns(form)}
    )
    session.add(row)
    session.flush()
    assert row.id is not None
    _add_matters(session, row.id, form.matters)
    return row.id


def update_visit(
    session: Session, visit_id: int, expected_version: int, form: VisitForm, enterprise_id: int
) -> int:
    """Rewrite a visit unless someone saved it first; returns the new version."""
    result = session.execute(
        update(ServiceVisit)
        .where(col(ServiceVisit.id) == visit_id)
        .where(col(ServiceVisit.version) == expected_version)
        .values(version=expected_version + 1, enterprise_id=enterprise_id, **_columns(form))
    )
    if result.rowcount == 0:  # type: ignore[attr-defined]
        if session.get(ServiceVisit, visit_id) is None:
            raise StoreError(StoreErrorCode.NOT_FOUND, f"no visit {visit_id}", id=visit_id)
        raise StoreError(
            StoreErrorCode.STALE, "the visit was changed by someone else", id=visit_id, item="visit"
        )
    for matter in session.scalars(
        select(ServiceMatter).where(col(ServiceMatter.visit_id) == visit_id)
    ):
        session.delete(matter)
    session.flush()
    _add_matters(session, visit_id, form.matters)
    return expected_version + 1


def _columns(form: VisitForm) -> dict[str, object]:
    return {
        "day": form.day,
        "mode": form.mode.value,
        "place": form.place.strip(),
        "staff": form.staff.strip(),
        "measures": form.measures.strip(),
        "owner": form.owner.strip(),
        "due_on": form.due_on,
        "status": form.status.value,
        "resolved_on": form.resolved_on,
        "resolution": form.resolution.strip(),
    }


def _add_matters(session: Session, visit_id: int, matters: Iterable[Matter]) -> None:
    kept = [m for m in matters if m.description.strip()]
    session.add_all(
        ServiceMatter(
            visit_id=visit_id,
            seq=seq,
            kind=m.kind.value,
            description=m.description.strip(),
            application_id=m.application_id,
        )
        for seq, m in enumerate(kept, start=1)
    )


def visits(
    session: Session,
    *,
    first: date | None = None,
    last: date | None = None,
    open_only: bool = False,
    enterprise_id: int | None = None,
    ids: Iterable[int] | None = None,
) -> list[Visit]:
    """Visits with their enterprise and matters, oldest first."""
    conditions: list[ColumnElement[bool]] = []
    if first is not None:
        conditions.append(col(ServiceVisit.day) >= first)
    if last is not None:
        conditions.append(col(ServiceVisit.day) <= last)
    if open_only:
        conditions.append(col(ServiceVisit.status) == FollowUpStatus.OPEN.value)
        conditions.append(col(ServiceVisit.due_on).is_not(None))
    if enterprise_id is not None:
        conditions.append(col(ServiceVisit.enterprise_id) == enterprise_id)
    if ids is not None:
        conditions.append(col(ServiceVisit.id).in_(list(ids)))
    rows = session.execute(
        select(ServiceVisit, Enterprise)
        .join(Enterprise, col(Enterprise.id) == col(ServiceVisit.enterprise_id))
        .where(*conditions)
        .order_by(col(ServiceVisit.day), col(ServiceVisit.id))
    ).all()
    matters: dict[int, list[Matter]] = defaultdict(list)
    visit_ids = [v.id for v, _e in rows]
    for m in session.scalars(
        select(ServiceMatter)
        .where(col(ServiceMatter.visit_id).in_(visit_ids))
        .order_by(col(ServiceMatter.visit_id), col(ServiceMatter.seq))
    ):
        matters[m.visit_id].append(Matter(MatterType(m.kind), m.description, m.application_id))
    return [_visit(v, e, matters[v.id or 0]) for v, e in rows]


def _visit(v: ServiceVisit, e: Enterprise, matters: list[Matter]) -> Visit:
    assert v.id is not None and e.id is not None
    form = VisitForm(
        v.day,
        e.id,
        e.name,
        e.credit_code,
        Mode(v.mode),
        v.place,
        v.staff,
        tuple(matters),
        v.measures,
        v.owner,
        v.due_on,
        FollowUpStatus(v.status),
        v.resolved_on,
        v.resolution,
    )
    return Visit(v.id, v.version, form, e.id)


def get_visit(session: Session, visit_id: int) -> Visit:
    found = visits(session, ids=[visit_id])
    if not found:
        raise StoreError(StoreErrorCode.NOT_FOUND, f"no visit {visit_id}", id=visit_id)
    return found[0]
