"""Users: signing in, and the admin's list of who may sign in with which role.

Passwords are kept only as argon2 hashes (salt and parameters inside the hash) and are
never logged. On a server everyone signs in; a single-desk file asks only if the
bureau's setting says so.
"""

from __future__ import annotations

from datetime import datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from approvals_gui.domain.access import (
    Attempts,
    Permission,
    User,
    check_an_admin,
    check_name_free,
    checked_name,
    checked_password,
    has_active_admin,
    user_named,
)
from approvals_gui.domain.errors import DomainError, ErrorCode
from approvals_gui.domain.units import check_active
from approvals_gui.services.workspace import Workspace
from approvals_gui.store import units as store
from approvals_gui.store.db import Session, one_at_a_time, session_scope
from approvals_gui.store.errors import StoreError, StoreErrorCode
from approvals_gui.store.visits import save_setting, setting

_HASHER = PasswordHasher()
SIGN_IN_SETTING = "sign_in"  # "on": a single-desk file asks who is at the desk too


def sign_in_required(ws: Workspace) -> bool:
    if ws.engine.dialect.name != "sqlite":
        return True
    with session_scope(ws.engine, write=False) as session:
        return setting(session, SIGN_IN_SETTING) == "on"


def set_sign_in_required(ws: Workspace, required: bool) -> None:
    """Turn sign-in on or off for a single-desk file; on needs an active admin to sign
    in as, or nobody could change it back."""
    ws.require(Permission.EDIT_SETTINGS)
    with session_scope(ws.engine) as session:
        if required and not has_active_admin(store.load_users(session)):
            raise DomainError(ErrorCode.NO_ADMIN, "sign-in needs an active admin user")
        save_setting(session, SIGN_IN_SETTING, "on" if required else "off")


def admin_exists(ws: Workspace) -> bool:
    """Whether sign-in could be turned on: someone to sign in as who manages users."""
    with session_scope(ws.engine, write=False) as session:
        return has_active_admin(store.load_users(session))


def has_users(ws: Workspace) -> bool:
    with session_scope(ws.engine, write=False) as session:
        return store.has_users(session)


def sign_in(ws: Workspace, name: str, password: str) -> User:
    """The user `name` if `password` is theirs. Refused alike for an unknown name and
    a wrong password (SIGN_IN_FAILED), so names cannot be probed; a disabled or locked
    account is told so. The LOCK_AFTER-th failure in a row locks the account."""
    now = ws.now()
    failed: DomainError | None = None
    with session_scope(ws.engine) as session:
        try:
            user, hashed, attempts = _credentials(session, name)
        except StoreError:
            _HASHER.hash(password)  # the time a known name takes: nothing to tell apart
            raise DomainError(ErrorCode.SIGN_IN_FAILED, "wrong name or password") from None
        attempts.check_unlocked(now)
        if not user.active:
            raise DomainError(ErrorCode.ACCOUNT_DISABLED, f"{user.name} is disabled")
        if _verifies(hashed, password):
            store.set_attempts(session, user.name, type(attempts)())
            if _HASHER.check_needs_rehash(hashed):  # parameters raised since it was set
                store.set_password_hash(session, user.name, _HASHER.hash(password))
            return user
        after = attempts.after_failure(now)
        store.set_attempts(session, user.name, after)  # committed: the refusal counts
        failed = DomainError(ErrorCode.SIGN_IN_FAILED, "wrong name or password")
        if after.locked_until is not None:
            failed = DomainError(
                ErrorCode.ACCOUNT_LOCKED,
                f"locked until {after.locked_until:%H:%M}",
                until=after.locked_until,
            )
    raise failed


def _credentials(session: Session, name: str) -> tuple[User, str, Attempts]:
    """`store.credentials` of the user `name` names (`user_named`: "王 芳" is 王芳, and
    李四 an account an older program kept as "李 四", which may not be added again)."""
    found = user_named(store.load_users(session), name)
    return store.credentials(session, found.name if found else name.strip())


def _verifies(hashed: str, password: str) -> bool:
    try:
        return _HASHER.verify(hashed, password)
    except (VerificationError, InvalidHashError):
        return False


def users(ws: Workspace) -> list[User]:
    with session_scope(ws.engine, write=False) as session:
        return store.load_users(session)


def locked_until(ws: Workspace) -> dict[str, datetime]:
    """Users locked out now, with when they may try again."""
    now = ws.now()
    with session_scope(ws.engine, write=False) as session:
        return {name: t for name, t in store.locks(session).items() if t > now}


def add_user(ws: Workspace, user: User, password: str) -> User:
    """Add a user; the first user of a database may be added by anyone at the desk
    (that is how a server gets its first admin), later ones only by an admin."""
    name = checked_name(user.name)
    hashed = _HASHER.hash(checked_password(password))
    with session_scope(ws.engine) as session:
        if store.has_users(session):
            ws.require(Permission.EDIT_USERS)
        check_active(store.load_units(session), user.unit)
        one_at_a_time(session, "user names")  # two desks adding 李四 and 李 四 at once
        check_name_free(name, (u.name for u in store.load_users(session)))
        added = User(name, user.unit, user.role, user.active)
        store.add_user(session, added, hashed, ws.now())
    return added


def update_user(ws: Workspace, user: User) -> None:
    """Change a user's unit, role or whether they may sign in."""
    ws.require(Permission.EDIT_USERS)
    with session_scope(ws.engine) as session:
        check_active(store.load_units(session), user.unit)
        store.update_user(session, user)
        _keep_an_admin(session)


def set_password(ws: Workspace, name: str, password: str) -> None:
    """An admin sets anyone's password; a user their own. Unlocks the account."""
    if ws.user is None or ws.user.name != name:
        ws.require(Permission.EDIT_USERS)
    hashed = _HASHER.hash(checked_password(password))
    with session_scope(ws.engine) as session:
        store.set_password_hash(session, name, hashed)


def disable(ws: Workspace, name: str) -> None:
    ws.require(Permission.EDIT_USERS)
    with session_scope(ws.engine) as session:
        user = next((u for u in store.load_users(session) if u.name == name), None)
        if user is None:
            raise StoreError(StoreErrorCode.NOT_FOUND, f"no user {name}", name=name)
        store.update_user(session, User(user.name, user.unit, user.role, active=False))
        _keep_an_admin(session)


def _keep_an_admin(session: Session) -> None:
    """Refuse a change that leaves users but no active admin to manage them."""
    check_an_admin(store.load_users(session))
