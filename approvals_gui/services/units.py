"""The admin's units and 审批权限 table."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import partial

from approvals_gui.domain.access import Permission
from approvals_gui.domain.errors import DomainError, ErrorCode
from approvals_gui.domain.units import (
    Authority,
    Unit,
    check_units,
    checked_authority,
    checked_unit,
)
from approvals_gui.services.workspace import Workspace
from approvals_gui.store import units as store
from approvals_gui.store.db import refuse_if_changed, session_scope


def save_units(
    ws: Workspace, units: Sequence[Unit], *, based_on: Sequence[Unit] | None = None
) -> None:
    """Make the unit list `units`, in order. A unit that applications or users name
    cannot be removed (make it inactive instead). `based_on`: the list the edit started
    from; refused (CHANGED_ELSEWHERE) if the stored one is no longer that."""
    ws.require(Permission.EDIT_UNITS)
    cleaned = [checked_unit(u) for u in units]
    codes = [u.code for u in cleaned]
    if len(set(codes)) != len(codes):
        twice = next(c for c in codes if codes.count(c) > 1)
        raise DomainError(ErrorCode.UNIT_CODE_TAKEN, f"unit {twice} twice", unit=twice)
    check_units(cleaned)
    with session_scope(ws.engine) as session:
        if based_on is not None:
            refuse_if_changed(session, "units", lambda: store.load_units(session), list(based_on))
        missing = store.units_in_use(session) - set(codes)
        if missing:
            code = min(missing)
            raise DomainError(ErrorCode.UNIT_IN_USE, f"unit {code} is in use", unit=code)
        store.save_units(session, cleaned)


def open_held(ws: Workspace, codes: Sequence[str]) -> dict[str, tuple[int, int]]:
    """The open applications and 12369 cases each unit of `codes` holds now, by code
    (none: left out): what stopping a unit leaves with it."""
    with session_scope(ws.engine, write=False) as session:
        return store.open_held(session, codes)


def open_handled(ws: Workspace, name: str, unit: str) -> int:
    """The open applications `name` handles at `unit`: what disabling the user, or moving
    them to another unit, leaves in nobody's 我的事项 until they are reassigned."""
    with session_scope(ws.engine, write=False) as session:
        return store.open_handled(session, name, unit)


def save_authorities(
    ws: Workspace,
    authorities: Sequence[Authority],
    *,
    based_on: Mapping[str, Authority] | None = None,
) -> None:
    """Make the 审批权限 table `authorities`; a category left out is the city bureau's.
    `based_on`: the table the edit started from (as `save_units`)."""
    ws.require(Permission.EDIT_UNITS)
    known = ws.rules()
    authorities = [checked_authority(a) for a in authorities]
    for a in authorities:
        if a.category not in known:
            raise DomainError(
                ErrorCode.UNKNOWN_CATEGORY, f"unknown category {a.category!r}", category=a.category
            )
    with session_scope(ws.engine) as session:
        if based_on is not None:
            current = partial(store.load_authorities, session)
            refuse_if_changed(session, "authorities", current, dict(based_on))
        store.save_authorities(session, authorities)
