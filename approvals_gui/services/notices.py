"""Written notices: the bureau's settings for them, kept in the database so that every
desk and the command line print the same, and the application a notice is for."""

from __future__ import annotations

from dataclasses import fields
from datetime import date

from approvals_gui.domain.access import Permission
from approvals_gui.domain.errors import DomainError
from approvals_gui.domain.notices import NoticeSettings, checked_settings, for_unit
from approvals_gui.services.applications import ApplicationDetail, detail
from approvals_gui.services.changes import ChangeSet
from approvals_gui.services.workspace import Workspace
from approvals_gui.store import repo, visits
from approvals_gui.store.db import Session, refuse_if_changed, session_scope
from approvals_gui.store.errors import StoreError, StoreErrorCode
from approvals_gui.store.units import load_units

# bureau_setting keys, by NoticeSettings field.
KEYS = {f.name: f"notice.{f.name}" for f in fields(NoticeSettings)}
AUTHORITY_KEY = KEYS["authority"]


def notice_settings(ws: Workspace) -> NoticeSettings:
    """The settings as stored; the defaults for those never saved."""
    return _settings(_stored(ws))


def _stored(ws: Workspace) -> dict[str, str | None]:
    with session_scope(ws.engine, write=False) as session:
        return _stored_in(session)


def _stored_in(session: Session) -> dict[str, str | None]:
    return {name: visits.setting(session, key) for name, key in KEYS.items()}


def _settings(stored: dict[str, str | None]) -> NoticeSettings:
    default = NoticeSettings()
    days = stored["special_days"]
    return NoticeSettings(
        authority=stored["authority"] or default.authority,
        number_pattern=stored["number_pattern"] or default.number_pattern,
        contact=stored["contact"] or default.contact,
        phone=stored["phone"] or default.phone,
        special_days=int(days) if days and days.isdigit() else default.special_days,
    )


def authority_set(ws: Workspace) -> bool:
    """Whether the database names the issuing authority; without, notices are signed
    with the placeholder `NoticeSettings().authority`."""
    return _stored(ws)["authority"] is not None


def move_authority(ws: Workspace, local_name: str) -> NoticeSettings:
    """The settings, once a database without the authority's name has taken
    `local_name`: the name each desk kept in its own preferences before the setting
    moved to the database. The first desk to open the database brings its name; a name
    the settings would refuse (empty, too long) is not brought."""
    stored = _stored(ws)
    if stored["authority"] is None:
        try:
            name = checked_settings(NoticeSettings(authority=local_name)).authority
        except DomainError:
            return _settings(stored)
        with session_scope(ws.engine) as session:
            visits.save_setting(session, AUTHORITY_KEY, name)
        stored["authority"] = name
    return _settings(stored)


def settings_for(ws: Workspace, unit: str, local_name: str | None = None) -> NoticeSettings:
    """The settings a notice of an application that `unit` (a code) decides is printed
    with: the bureau's (`move_authority` with this desk's `local_name`, where given),
    with the unit's own signing name and telephone where it has them (`for_unit`);
    both as stored now, another desk's edits too."""
    settings = notice_settings(ws) if local_name is None else move_authority(ws, local_name)
    with session_scope(ws.engine, write=False) as session:
        deciding = next((u for u in load_units(session) if u.code == unit), None)
    return for_unit(settings, deciding)


def save_notice_settings(
    ws: Workspace, settings: NoticeSettings, based_on: NoticeSettings | None = None
) -> ChangeSet:
    """Check and keep the settings; nothing shown changes but what is printed next.
    `based_on`: the settings the edit started from; refused (CHANGED_ELSEWHERE) if
    another desk saved others since, which this save would undo unseen."""
    ws.require(Permission.EDIT_SETTINGS)
    checked = checked_settings(settings)
    with session_scope(ws.engine) as session:
        if based_on is not None:  # read again once it is this desk's turn
            refuse_if_changed(
                session, "notice settings", lambda: _settings(_stored_in(session)), based_on
            )
        for name, key in KEYS.items():
            visits.save_setting(session, key, str(getattr(checked, name)))
    return ChangeSet()


def detail_by_number(ws: Workspace, number: str, *, today: date) -> ApplicationDetail:
    """The application numbered `number` (e.g. HP2026-00042), as on `today`."""
    wanted = number.strip()
    with session_scope(ws.engine, write=False) as session:
        found = repo.id_by_number(session, wanted)
    if found is None:
        raise StoreError(
            StoreErrorCode.NOT_FOUND, f"no application numbered {wanted!r}", number=wanted
        )
    return detail(ws, found, today=today)
