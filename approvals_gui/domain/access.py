"""People, their roles and what each role may do; signing in and locking out.

A clerk (承办人) moves the applications their unit holds; a manager (科长/分管领导)
also grants extensions and reassigns within the unit; an admin (管理员) keeps the
rules, calendar, units, users and the bureau's settings, and may act on any unit's
work. On a single-desk file without sign-in nobody is signed in and nothing is refused.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from approvals_gui.domain.errors import DomainError, ErrorCode
from approvals_gui.domain.text import TextField, person_name, same_person

USER_NAME = TextField("user_name", 50, person=True)
MIN_PASSWORD = 8
LOCK_AFTER = 5  # failed sign-ins in a row
LOCK_FOR = timedelta(minutes=15)


class Role(StrEnum):
    CLERK = "clerk"
    MANAGER = "manager"
    ADMIN = "admin"


class Permission(StrEnum):
    """What a service may be asked to do, where a role decides."""

    REGISTER = "register"
    STEP = "step"  # move an application through its stages, transfer it, undo
    EXTEND = "extend"
    REASSIGN = "reassign"
    RECORD_VISIT = "record_visit"
    IMPORT = "import"  # ledger import
    EDIT_RULES = "edit_rules"
    EDIT_CALENDAR = "edit_calendar"
    EDIT_UNITS = "edit_units"  # units and the 审批权限 table
    EDIT_USERS = "edit_users"
    EDIT_SETTINGS = "edit_settings"  # the bureau's settings and notice pattern
    RESTORE = "restore"  # put a backup in place of the database


_CLERK = frozenset({Permission.REGISTER, Permission.STEP, Permission.RECORD_VISIT})
_MANAGER = _CLERK | {Permission.EXTEND, Permission.REASSIGN, Permission.IMPORT}
GRANTS: dict[Role, frozenset[Permission]] = {
    Role.CLERK: _CLERK,
    Role.MANAGER: _MANAGER,
    Role.ADMIN: frozenset(Permission),
}
# Permissions on one application: a clerk or manager has them for their unit's work only.
UNIT_SCOPED = frozenset({Permission.STEP, Permission.EXTEND, Permission.REASSIGN})


@dataclass(frozen=True, slots=True)
class User:
    name: str  # signs in with it; the history records it
    unit: str  # code
    role: Role
    active: bool = True


def has_active_admin(users: Iterable[User]) -> bool:
    """Whether someone may sign in to manage the users (and turn sign-in off)."""
    return any(u.role is Role.ADMIN and u.active for u in users)


def check_an_admin(users: Iterable[User]) -> None:
    """Refuse (NO_ADMIN) users without an active admin to manage them (none at all is
    a desk without sign-in)."""
    found = list(users)
    if found and not has_active_admin(found):
        raise DomainError(ErrorCode.NO_ADMIN, "the last active admin stays")


def check(user: User | None, permission: Permission, unit: str | None = None) -> None:
    """Refuse (NOT_PERMITTED) unless `user` may do `permission`, on work held by `unit`
    where it concerns one application. `None` is a desk without sign-in. A disabled
    account may do nothing (ACCOUNT_DISABLED)."""
    if user is None:
        return
    if not user.active:
        raise DomainError(ErrorCode.ACCOUNT_DISABLED, f"{user.name} is disabled")
    if permission not in GRANTS[user.role]:
        raise DomainError(
            ErrorCode.NOT_PERMITTED,
            f"{user.role} may not {permission}",
            role=user.role,
            permission=permission,
        )
    if unit and permission in UNIT_SCOPED and user.role is not Role.ADMIN and unit != user.unit:
        raise DomainError(
            ErrorCode.NOT_PERMITTED,
            f"{user.name} works at {user.unit}, not {unit}",
            role=user.role,
            permission=permission,
            unit=unit,
        )


def may(user: User | None, permission: Permission, unit: str | None = None) -> bool:
    try:
        check(user, permission, unit)
    except DomainError:
        return False
    return True


def staff_by_unit(users: Iterable[User]) -> dict[str, tuple[str, ...]]:
    """The active users' names by their unit's code, as a 承办人's name is kept
    (`person_name`: an account made as "李 四" handles as 李四): who may be an
    application's 承办人 there (`Staff`)."""
    found: dict[str, list[str]] = {}
    for user in users:
        if user.active:
            found.setdefault(user.unit, []).append(person_name(user.name))
    # Two accounts of one name ("李 四" beside 李四, made before the second was refused)
    # are one 承办人 to pick.
    return {unit: tuple(dict.fromkeys(names)) for unit, names in found.items()}


@dataclass(frozen=True, slots=True)
class Staff:
    """Who may be a 承办人 at one unit where people sign in: its active users. Where
    they sign in, 我的事项 lists each one's items by their name: a name typed wrong, or
    of someone who has left, would make an item nobody's. (A desk without sign-in has no
    list of people: any name goes there, and nobody asks.)"""

    unit_name: str  # as the refusal names it
    names: tuple[str, ...]  # as `staff_by_unit` gives them

    def besides(self, name: str) -> tuple[str, ...]:
        """Who could take `name`'s items over (改派): the others."""
        return tuple(n for n in self.names if n != person_name(name))

    def check(self, name: str) -> None:
        """Refuse (NOT_STAFF) a 承办人 who is not one of them."""
        if person_name(name) not in self.names:
            raise DomainError(
                ErrorCode.NOT_STAFF,
                f"{name!r} is not on the staff of {self.unit_name!r}",
                handler=name,
                unit_name=self.unit_name,
            )


def checked_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise DomainError(
            ErrorCode.PASSWORD_TOO_SHORT,
            f"a password has at least {MIN_PASSWORD} characters",
            limit=MIN_PASSWORD,
        )
    return password


def checked_name(name: str) -> str:
    cleaned = USER_NAME.clean(name)
    if not cleaned:
        raise DomainError(ErrorCode.REQUIRED_FIELD, "a user has a name", field="user_name")
    return cleaned


def user_named(users: Iterable[User], typed: str) -> User | None:
    """The user `typed` names: the one named so exactly, else the one named as `typed`
    is kept (`person_name`: "王 芳" is 王芳), else the one whose name is kept the same
    (李四 is an account an older program kept as "李 四") if only one is. An old file
    may hold "李 四" beside 李四: a spelling that is neither names neither."""
    found = list(users)
    for name in (typed.strip(), person_name(typed)):
        if (exact := next((u for u in found if u.name == name), None)) is not None:
            return exact
    alike = [u for u in found if same_person(u.name, typed)]
    return alike[0] if len(alike) == 1 else None


def check_name_free(name: str, taken: Iterable[str]) -> None:
    """Refuse (USER_NAME_TAKEN) a new user named as one of `taken` is, compared as
    names are kept (`person_name`): beside an older account "李 四", a new 李四 would
    be a second account of one 承办人's name, whose items both would list."""
    for other in taken:
        if same_person(other, name):
            raise DomainError(ErrorCode.USER_NAME_TAKEN, f"{other!r} exists", name=other)


@dataclass(frozen=True, slots=True)
class Attempts:
    """A user's sign-in state: failures in a row and the lock they led to."""

    failed: int = 0
    locked_until: datetime | None = None

    def check_unlocked(self, now: datetime) -> None:
        if self.locked_until is not None and now < self.locked_until:
            raise DomainError(
                ErrorCode.ACCOUNT_LOCKED,
                f"locked until {self.locked_until:%H:%M}",
                until=self.locked_until,
            )

    def after_failure(self, now: datetime) -> Attempts:
        """One more failure; the LOCK_AFTER-th in a row locks for LOCK_FOR and starts
        the count again."""
        failed = self.failed + 1
        if failed >= LOCK_AFTER:
            return Attempts(0, now + LOCK_FOR)
        return Attempts(failed, None)
