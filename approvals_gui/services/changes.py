"""Writes as the window runs them: each returns a `ChangeSet` carrying what changed and
what the window needs to show it, computed where the write ran, so the window never
reads the database again to catch up.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from approvals_gui.domain.access import Permission, Staff, User
from approvals_gui.domain.applications import EnterpriseEntry, NewApplication
from approvals_gui.domain.calendar import CalendarOverride, DayInfo, WorkCalendar
from approvals_gui.domain.enterprises import EnterpriseForm
from approvals_gui.domain.hotline.rules import HotlineRule
from approvals_gui.domain.ledger_import import LedgerEntry
from approvals_gui.domain.rules import TimeLimitRule
from approvals_gui.domain.schedule_import import ScheduleImport
from approvals_gui.domain.service_days import ShiftRule, VisitForm
from approvals_gui.domain.units import Authority, Unit, unit_name
from approvals_gui.services import (
    applications,
    calendar_admin,
    directory,
    hotline,
    maintenance,
    rules,
    service_days,
    users,
)
from approvals_gui.services import units as units_service
from approvals_gui.services.applications import ApplicationDetail, ApplicationView, Step
from approvals_gui.services.progress import Progress, no_progress
from approvals_gui.services.workspace import Workspace
from approvals_gui.store import live
from approvals_gui.store.database import bring_up_to_date
from approvals_gui.store.errors import StoreError, StoreErrorCode
from approvals_gui.store.targets import sqlite_file


@dataclass(frozen=True, slots=True)
class Reference:
    """The small, slowly changing data every screen and dialog consults: rules, the
    calendar, the pick lists and the service-day rule."""

    rules: dict[str, TimeLimitRule]
    calendar: WorkCalendar
    handlers: tuple[str, ...]
    enterprises: tuple[EnterpriseEntry, ...]
    shift_rule: ShiftRule
    units: tuple[Unit, ...]
    authorities: dict[str, Authority]
    user: User | None = None  # the signed-in user as stored now (moved, demoted, disabled)
    # Who may be a 承办人 at each unit; None without sign-in: any name (`staff_at`).
    staff: dict[str, tuple[str, ...]] | None = None

    def category_names(self) -> dict[str, str]:
        return {code: rule.name for code, rule in self.rules.items()}

    def unit_names(self) -> dict[str, str]:
        return self.choices().unit_names()

    def staff_at(self, unit: str) -> Staff | None:
        """Who may be a 承办人 at `unit`; None without sign-in, where any name goes."""
        if self.staff is None:
            return None
        return Staff(unit_name(self.units, unit), self.staff.get(unit, ()))

    def choices(self) -> Choices:
        return Choices(self.rules, self.handlers, self.units)


@dataclass(frozen=True, slots=True)
class Choices:
    """What the applications list names and filters by: the rules (categories), the
    handlers and the units. A part of `Reference`, read before the rest at a start:
    the rest (every enterprise) takes a while."""

    rules: dict[str, TimeLimitRule]
    handlers: tuple[str, ...]
    units: tuple[Unit, ...]

    def unit_names(self) -> dict[str, str]:
        return {u.code: u.name for u in self.units}


def list_choices(ws: Workspace) -> Choices:
    return Choices(ws.rules(), tuple(directory.handlers(ws)), ws.units())


@dataclass(frozen=True, slots=True)
class ChangeSet:
    """What one operation changed.

    `applications` are the created or changed applications with their countdowns, and
    `detail` the one acted on, as they are after the write. `reference` is set when rules,
    calendar, pick lists or the service-day rule changed (then countdowns may move).
    `reload` says there is more than a change set can carry (an import, another desktop):
    pages read afresh. `subject` is the id of what was saved, `count` how many rows.
    """

    applications: tuple[ApplicationView, ...] = ()
    detail: ApplicationDetail | None = None
    service_days: bool = False
    cases: bool = False  # 12369 cases were registered or stepped
    directory: bool = False
    reference: Reference | None = None
    reload: bool = False
    subject: int | None = None
    count: int = 0

    @property
    def touches_applications(self) -> bool:
        return bool(self.applications) or self.reference is not None or self.reload


def load_reference(ws: Workspace) -> Reference:
    """Read the reference data afresh (after an edit here or on another desktop)."""
    ws.reload()
    return Reference(
        ws.rules(),
        ws.calendar(),
        tuple(directory.handlers(ws)),
        tuple(directory.enterprises(ws)),
        service_days.shift_rule(ws),
        ws.units(),
        ws.authorities(),
        ws.current_user(),
        directory.staff(ws),
    )


def _application(ws: Workspace, found: ApplicationDetail, *, directory_changed: bool) -> ChangeSet:
    return ChangeSet(
        applications=(found.view,),
        detail=found,
        directory=directory_changed,
        reference=load_reference(ws) if directory_changed else None,
        subject=found.view.record.id,
    )


def register(
    ws: Workspace, form: NewApplication, *, today: date, ask_first: bool = False
) -> ChangeSet:
    created = applications.register(ws, form, today=today, ask_first=ask_first)
    found = applications.detail(ws, created, today=today)
    # A new enterprise or handler belongs in every pick list at once.
    return _application(ws, found, directory_changed=True)


def step(ws: Workspace, application_id: int, version: int, what: Step, *, today: date) -> ChangeSet:
    found = applications.apply_step(ws, application_id, version, what, today=today)
    return _application(ws, found, directory_changed=False)


def reference_changed(ws: Workspace, write: Callable[[], object]) -> ChangeSet:
    """Run a write that moves countdowns (rules, calendar); carry the new reference."""
    write()
    return ChangeSet(reference=load_reference(ws))


def save_rule(ws: Workspace, rule: TimeLimitRule, based_on: TimeLimitRule) -> ChangeSet:
    """`based_on`, here and below: what the editor showed when the edit began."""
    return reference_changed(ws, lambda: rules.save_rule(ws, rule, based_on=based_on))


def add_category(ws: Workspace, name: str, template: str) -> ChangeSet:
    return reference_changed(ws, lambda: rules.add_category(ws, name, template))


def rename_category(ws: Workspace, based_on: TimeLimitRule, name: str) -> ChangeSet:
    return reference_changed(ws, lambda: rules.rename_category(ws, based_on, name))


def remove_category(ws: Workspace, based_on: TimeLimitRule) -> ChangeSet:
    return reference_changed(ws, lambda: rules.remove_category(ws, based_on))


def save_hotline_rule(ws: Workspace, rule: HotlineRule, based_on: HotlineRule) -> ChangeSet:
    """The 12369 limits: every case's dates are computed on read, so they all move;
    the hotline page, the board and the rule editor read afresh."""
    hotline.save_hotline_rule(ws, rule, based_on=based_on)
    return ChangeSet(cases=True)


def set_days(
    ws: Workspace, overrides: Sequence[CalendarOverride], shown: Sequence[DayInfo] = ()
) -> ChangeSet:
    return reference_changed(ws, lambda: calendar_admin.set_days(ws, list(overrides), shown))


def remove_local(ws: Workspace, days: Sequence[date], shown: Sequence[DayInfo] = ()) -> ChangeSet:
    return reference_changed(ws, lambda: calendar_admin.remove_local(ws, list(days), shown))


def confirm_year(ws: Workspace, year: int) -> ChangeSet:
    return reference_changed(ws, lambda: calendar_admin.confirm_year(ws, year))


def unconfirm_year(ws: Workspace, year: int, based_on: calendar_admin.Confirmation) -> ChangeSet:
    return reference_changed(ws, lambda: calendar_admin.unconfirm_year(ws, year, based_on))


def import_schedule(ws: Workspace, schedule: ScheduleImport, confirm: bool) -> ChangeSet:
    return reference_changed(ws, lambda: calendar_admin.import_schedule(ws, schedule, confirm))


def save_visit(
    ws: Workspace, form: VisitForm, visit_id: int | None, version: int, *, today: date
) -> ChangeSet:
    saved = service_days.save_visit(ws, form, visit_id, version, today=today)
    # The visit may have added an enterprise to the directory.
    return ChangeSet(service_days=True, directory=True, reference=load_reference(ws), subject=saved)


def set_shift_rule(ws: Workspace, rule: ShiftRule) -> ChangeSet:
    service_days.set_shift_rule(ws, rule)
    return ChangeSet(service_days=True, reference=load_reference(ws))


def save_enterprise(
    ws: Workspace,
    form: EnterpriseForm,
    enterprise_id: int | None,
    based_on: EnterpriseForm | None,
) -> ChangeSet:
    saved = directory.save_enterprise(ws, form, enterprise_id, based_on=based_on)
    # Names and codes are shown in the list, the board and the visits: read them afresh.
    return ChangeSet(directory=True, reference=load_reference(ws), reload=True, subject=saved)


def save_units(ws: Workspace, units: Sequence[Unit], based_on: Sequence[Unit]) -> ChangeSet:
    return reference_changed(ws, lambda: units_service.save_units(ws, units, based_on=based_on))


def save_authorities(
    ws: Workspace, rows: Sequence[Authority], based_on: Mapping[str, Authority]
) -> ChangeSet:
    return reference_changed(
        ws, lambda: units_service.save_authorities(ws, rows, based_on=based_on)
    )


def add_user(ws: Workspace, user: User, password: str) -> ChangeSet:
    users.add_user(ws, user, password)
    return ChangeSet(count=1)


def update_user(ws: Workspace, user: User) -> ChangeSet:
    users.update_user(ws, user)
    return ChangeSet(count=1)


def set_password(ws: Workspace, name: str, password: str) -> ChangeSet:
    users.set_password(ws, name, password)
    return ChangeSet(count=1)


def disable_user(ws: Workspace, name: str) -> ChangeSet:
    users.disable(ws, name)
    return ChangeSet(count=1)


def set_sign_in_required(ws: Workspace, required: bool) -> ChangeSet:
    users.set_sign_in_required(ws, required)
    return ChangeSet()


def database_file(ws: Workspace) -> Path | None:
    """The workspace's SQLite file; None on a server, whose backups are the server's."""
    return sqlite_file(str(ws.engine.url))


def restore_backup(
    ws: Workspace, backup: Path, progress: Progress = no_progress
) -> tuple[Path, ChangeSet]:
    """Replace the database with `backup`; returns where the replaced file is kept, and
    a change set that reloads everything. This program's own connections are closed
    first: a restore is refused while anyone has the file open. `progress` follows the
    check of the backup's histories (maintenance.restore)."""
    ws.require(Permission.RESTORE)
    database = database_file(ws)
    if database is None:
        raise StoreError(
            StoreErrorCode.SERVER_BACKUP, "backups of a server database are the server's"
        )
    live.close_watches(ws.engine)  # this window's own watch on other desks' changes
    ws.engine.dispose()
    kept = maintenance.restore(database, backup, progress)
    bring_up_to_date(ws.engine)  # a copy made by an older version is migrated now
    return kept, ChangeSet(directory=True, reference=load_reference(ws), reload=True)


def import_ledger(ws: Workspace, entries: list[LedgerEntry], progress: Progress) -> ChangeSet:
    from approvals_gui.services import ledger  # only an import needs the ledger reader

    count = ledger.import_ledger(ws, entries, progress)
    return ChangeSet(directory=True, reference=load_reference(ws), reload=True, count=count)
