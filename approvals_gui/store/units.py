"""Units, the 审批权限 table and users: a Session in, domain data classes out."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete, func, select, update
from sqlmodel import Session, col

from approvals_gui.domain.access import Attempts, Role, User
from approvals_gui.domain.text import same_person
from approvals_gui.domain.units import Authority, Level, Unit, UnitKind
from approvals_gui.store.errors import StoreError, StoreErrorCode
from approvals_gui.store.tables import Application, AuthorityRow, HotlineCaseRow, UnitRow, UserRow

DEFAULT_CITY = Unit("city", "市局", UnitKind.CITY)  # every database has a city bureau


def load_units(session: Session) -> list[Unit]:
    rows = session.scalars(select(UnitRow).order_by(col(UnitRow.position), col(UnitRow.code)))
    return [
        Unit(
            r.code,
            r.name,
            UnitKind(r.kind),
            r.district,
            r.active,
            r.notice_authority,
            r.notice_phone,
        )
        for r in rows
    ]


def has_units(session: Session) -> bool:
    return session.scalar(select(col(UnitRow.code)).limit(1)) is not None


def ensure_default_unit(session: Session) -> None:
    if not has_units(session):
        save_units(session, [DEFAULT_CITY])


def save_units(session: Session, units: Sequence[Unit]) -> None:
    """Make the unit table `units`, in that order. A unit that applications or users
    name is never deleted: the caller keeps it (perhaps inactive)."""
    kept = {u.code for u in units}
    for position, u in enumerate(units):
        row = session.get(UnitRow, u.code)
        if row is None:
            row = UnitRow(code=u.code, name=u.name, kind=u.kind.value)
        row.name, row.kind, row.district = u.name, u.kind.value, u.district
        row.active, row.position = u.active, position
        row.notice_authority, row.notice_phone = u.notice_authority, u.notice_phone
        session.add(row)
    session.execute(delete(UnitRow).where(col(UnitRow.code).not_in(kept)))


def units_in_use(session: Session) -> set[str]:
    """Codes that an application or a user names."""
    used = set(session.scalars(select(col(Application.unit)).distinct()))
    used |= set(session.scalars(select(col(Application.holder)).distinct()))
    used |= set(session.scalars(select(col(UserRow.unit)).distinct()))
    return used - {""}


def open_held(session: Session, codes: Sequence[str]) -> dict[str, tuple[int, int]]:
    """How many open applications and open 12369 cases each of `codes` holds (those
    holding none are left out)."""
    found: dict[str, list[int]] = {}
    for table, held_by, place in (
        (Application, col(Application.holder), 0),
        (HotlineCaseRow, col(HotlineCaseRow.unit), 1),
    ):
        query = (
            select(held_by, func.count())
            .where(held_by.in_(list(codes)), col(table.is_open))
            .group_by(held_by)
        )
        for code, count in session.execute(query):
            found.setdefault(code, [0, 0])[place] = count
    return {code: (apps, cases) for code, (apps, cases) in found.items()}


def open_handled(session: Session, name: str, unit: str) -> int:
    """How many open applications `name` handles at `unit` (decided or held there): the
    items 我的事项 lists for a user of that name and unit (`search.Mine`). Counted by
    handler, and the handlers that are `name` as names are kept summed (`same_person`:
    an older program kept some as "李 四")."""
    at_unit = (col(Application.unit) == unit) | (col(Application.holder) == unit)
    handler = col(Application.handler)
    query = select(handler, func.count()).where(at_unit, col(Application.is_open))
    rows = session.execute(query.group_by(handler))
    return sum(count for found, count in rows if same_person(found, name))


def load_authorities(session: Session) -> dict[str, Authority]:
    rows = session.scalars(select(AuthorityRow))
    return {r.category: Authority(r.category, Level(r.level), r.basis) for r in rows}


def save_authorities(session: Session, authorities: Sequence[Authority]) -> None:
    session.execute(delete(AuthorityRow))
    session.add_all(
        AuthorityRow(category=a.category, level=a.level.value, basis=a.basis) for a in authorities
    )


# -- users ----------------------------------------------------------------------------


def _user(row: UserRow) -> User:
    return User(row.name, row.unit, Role(row.role), row.active)


def user_named(session: Session, name: str) -> User | None:
    row = session.get(UserRow, name)
    return None if row is None else _user(row)


def load_users(session: Session) -> list[User]:
    return [_user(r) for r in session.scalars(select(UserRow).order_by(col(UserRow.name)))]


def locks(session: Session) -> dict[str, datetime]:
    """Until when each locked-out user is locked (past locks included)."""
    query = select(col(UserRow.name), col(UserRow.locked_until)).where(
        col(UserRow.locked_until).is_not(None)
    )
    return {name: until for name, until in session.execute(query)}


def has_users(session: Session) -> bool:
    return session.scalar(select(col(UserRow.name)).limit(1)) is not None


def _row(session: Session, name: str, *, lock: bool = False) -> UserRow:
    query = select(UserRow).where(col(UserRow.name) == name)
    if lock:  # sign-in failures count up: two desks must not both read the old count
        query = query.with_for_update()
    row = session.scalars(query).first()
    if row is None:
        raise StoreError(StoreErrorCode.NOT_FOUND, f"no user {name}", name=name)
    return row


def add_user(session: Session, user: User, password_hash: str, now: datetime) -> None:
    if session.get(UserRow, user.name) is not None:
        raise StoreError(StoreErrorCode.DUPLICATE, f"user {user.name} exists", name=user.name)
    session.add(
        UserRow(
            name=user.name,
            unit=user.unit,
            role=user.role.value,
            password_hash=password_hash,
            active=user.active,
            created_at=now,
        )
    )


def update_user(session: Session, user: User) -> None:
    row = _row(session, user.name)
    row.unit, row.role, row.active = user.unit, user.role.value, user.active


def set_password_hash(session: Session, name: str, password_hash: str) -> None:
    row = _row(session, name)
    row.password_hash, row.failed_attempts, row.locked_until = password_hash, 0, None


def credentials(session: Session, name: str) -> tuple[User, str, Attempts]:
    """A user, their password hash and sign-in attempts, the row held to the end of the
    transaction."""
    row = _row(session, name, lock=True)
    return _user(row), row.password_hash, Attempts(row.failed_attempts, row.locked_until)


def set_attempts(session: Session, name: str, attempts: Attempts) -> None:
    session.execute(
        update(UserRow)
        .where(col(UserRow.name) == name)
        .values(failed_attempts=attempts.failed, locked_until=attempts.locked_until)
    )
