"""The enterprise directory shared by applications and service days, and pick lists."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import partial

from approvals_gui.domain.access import Permission, staff_by_unit
from approvals_gui.domain.applications import EnterpriseEntry
from approvals_gui.domain.enterprises import EnterpriseForm, checked_enterprise
from approvals_gui.services.applications import ApplicationView, views
from approvals_gui.services.hotline import CaseView, list_cases
from approvals_gui.services.service_days import VisitView, enterprise_visits
from approvals_gui.services.workspace import Workspace
from approvals_gui.store import repo
from approvals_gui.store.db import refuse_if_changed, session_scope
from approvals_gui.store.units import load_users


@dataclass(frozen=True, slots=True)
class EnterprisePage:
    """One enterprise with its applications, its service-day history and the 12369
    reports about it."""

    id: int
    form: EnterpriseForm
    applications: list[ApplicationView]
    visits: list[VisitView]
    cases: list[CaseView]


def enterprises(ws: Workspace) -> list[EnterpriseEntry]:
    with session_scope(ws.engine, write=False) as session:
        return repo.enterprise_directory(session)


def directory(ws: Workspace) -> list[tuple[int, EnterpriseForm]]:
    with session_scope(ws.engine, write=False) as session:
        return repo.enterprise_forms(session)


def handlers(ws: Workspace) -> list[str]:
    with session_scope(ws.engine, write=False) as session:
        return repo.handler_names(session)


def staff(ws: Workspace) -> dict[str, tuple[str, ...]] | None:
    """Who may be an application's 承办人 at each unit (`access.staff_by_unit`) where
    someone is signed in; None on a desk without sign-in, where any name goes."""
    if ws.user is None:
        return None
    with session_scope(ws.engine, write=False) as session:
        return staff_by_unit(load_users(session))


def save_enterprise(
    ws: Workspace,
    form: EnterpriseForm,
    enterprise_id: int | None = None,
    *,
    based_on: EnterpriseForm | None = None,
) -> int:
    """Add or edit an enterprise. Refused (nothing written) if the form has a problem or
    another enterprise has the same credit code; or, given `based_on` (the enterprise
    as the edit started from it), if another desk changed it since (CHANGED_ELSEWHERE)."""
    ws.require(Permission.REGISTER)
    clean = checked_enterprise(form)
    with session_scope(ws.engine) as session:
        if enterprise_id is None:
            return repo.add_enterprise(session, clean, ws.now())
        if based_on is not None:
            current = partial(repo.enterprise_form, session, enterprise_id)
            refuse_if_changed(session, f"enterprise {enterprise_id}", current, based_on)
        repo.update_enterprise(session, enterprise_id, clean)
        return enterprise_id


def enterprise_applications(ws: Workspace, enterprise_id: int) -> list[tuple[int, str]]:
    """The enterprise's applications as pick-list entries: id and "number project"."""
    with session_scope(ws.engine, write=False) as session:
        records = repo.list_records(session, enterprise_id=enterprise_id)
    return [(r.id, f"{r.number} {r.project}") for r in records]


def enterprise_page(ws: Workspace, enterprise_id: int, *, today: date) -> EnterprisePage:
    """The enterprise with its applications', follow-ups' and cases' countdowns on
    `today`."""
    with session_scope(ws.engine, write=False) as session:
        form = repo.enterprise_form(session, enterprise_id)
        records = repo.list_records(session, enterprise_id=enterprise_id)
    return EnterprisePage(
        enterprise_id,
        form,
        views(ws, records, today=today),
        enterprise_visits(ws, enterprise_id, today=today),
        list_cases(ws, today=today, enterprise_id=enterprise_id),
    )
