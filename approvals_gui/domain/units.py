"""The bureau's units, which of them decides each category (审批权限), and how long
each unit held an application as it passed between them (系统内流转)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from approvals_gui.domain.calendar import WorkCalendar
from approvals_gui.domain.errors import DomainError, ErrorCode
from approvals_gui.domain.stages import FINAL_STAGES, Action, StageEvent, effective_history
from approvals_gui.domain.text import AUTHORITY, PHONE, TextField, phone_problem

UNIT_CODE = TextField("unit_code", 20)
UNIT_NAME = TextField("unit_name", 50)
UNIT_DISTRICT = TextField("district", 50)
AUTHORITY_BASIS = TextField("basis", 200)


class UnitKind(StrEnum):
    CITY = "city"  # 市局
    BRANCH = "branch"  # 区县分局
    CENTRE = "centre"  # 技术评估中心


class Level(StrEnum):
    """Which unit an authority row sends a category to."""

    CITY = "city"  # 市局审批
    LOCAL = "local"  # 下放属地分局: the branch covering the project's district


@dataclass(frozen=True, slots=True)
class Unit:
    code: str
    name: str
    kind: UnitKind
    district: str = ""  # a branch's district; applications there are its to decide
    active: bool = True
    # A branch's: what the notices of the applications it decides are signed with, and
    # the line their applicants call; empty: the bureau's settings (`notices.for_unit`).
    notice_authority: str = ""
    notice_phone: str = ""


@dataclass(frozen=True, slots=True)
class Authority:
    """One row of the 审批权限 table: who decides a category, and on what basis."""

    category: str
    level: Level
    basis: str = ""  # e.g. the delegation document's 文号


class Why(StrEnum):
    """Why registration chose the deciding unit; the UI words each."""

    CITY_BY_TABLE = "city_by_table"  # the table keeps the category at the city bureau
    DELEGATED = "delegated"  # delegated, and a branch covers the district
    NO_BRANCH = "no_branch"  # delegated, but no branch covers the district
    NOT_IN_TABLE = "not_in_table"  # the table says nothing of the category: city bureau


@dataclass(frozen=True, slots=True)
class Assignment:
    """The unit that decides an application (审批单位), with why."""

    unit: str  # code
    why: Why
    basis: str = ""


def checked_unit(unit: Unit) -> Unit:
    """`unit` with its texts as kept; refused if its code or name is empty, or a
    branch's telephone for its notices is no number."""
    code, name = UNIT_CODE.clean(unit.code), UNIT_NAME.clean(unit.name)
    for field, value in (("unit_code", code), ("unit_name", name)):
        if not value:
            raise DomainError(ErrorCode.REQUIRED_FIELD, f"{field} is required", field=field)
    district = UNIT_DISTRICT.clean(unit.district)
    if unit.kind is UnitKind.BRANCH and not district:
        raise DomainError(ErrorCode.REQUIRED_FIELD, "a branch covers a district", field="district")
    signed, phone = AUTHORITY.clean(unit.notice_authority), PHONE.clean(unit.notice_phone)
    if unit.kind is not UnitKind.BRANCH:  # only a branch's notices differ (`for_unit`)
        signed, phone = "", ""
    if (wrong := phone_problem(phone, "notice_phone", service_line=True)) is not None:
        raise wrong
    return Unit(code, name, unit.kind, district, unit.active, signed, phone)


def checked_authority(row: Authority) -> Authority:
    return Authority(row.category, row.level, AUTHORITY_BASIS.clean(row.basis))


def check_units(units: Sequence[Unit]) -> None:
    """Refuse a set of units that cannot decide: no city bureau, two of them, or two
    active branches for one district."""
    cities = [u for u in units if u.kind is UnitKind.CITY and u.active]
    if len(cities) != 1:
        raise DomainError(ErrorCode.ONE_CITY_BUREAU, "exactly one active city bureau")
    seen: set[str] = set()
    for u in units:
        if u.kind is UnitKind.BRANCH and u.active:
            if u.district in seen:
                raise DomainError(
                    ErrorCode.DISTRICT_TAKEN, f"two branches for {u.district}", district=u.district
                )
            seen.add(u.district)


def check_active(units: Iterable[Unit], code: str) -> None:
    """Refuse (NO_SUCH_UNIT) a unit code that names no active unit."""
    if not any(u.code == code and u.active for u in units):
        raise DomainError(ErrorCode.NO_SUCH_UNIT, f"no active unit {code!r}", unit=code)


def unit_name(units: Iterable[Unit], code: str) -> str:
    """The name of the unit `code`; the code itself for one not among `units`."""
    return next((u.name for u in units if u.code == code), code)


def city_bureau(units: Iterable[Unit]) -> Unit:
    for u in units:
        if u.kind is UnitKind.CITY and u.active:
            return u
    raise DomainError(ErrorCode.ONE_CITY_BUREAU, "no active city bureau")


def deciding_unit(
    category: str, district: str, authorities: Mapping[str, Authority], units: Sequence[Unit]
) -> Assignment:
    """Who decides an application of `category` for a project in `district`."""
    city = city_bureau(units)
    row = authorities.get(category)
    if row is None:
        return Assignment(city.code, Why.NOT_IN_TABLE)
    if row.level is Level.CITY:
        return Assignment(city.code, Why.CITY_BY_TABLE, row.basis)
    branch = next(
        (u for u in units if u.kind is UnitKind.BRANCH and u.active and u.district == district),
        None,
    )
    if branch is None:
        return Assignment(city.code, Why.NO_BRANCH, row.basis)
    return Assignment(branch.code, Why.DELEGATED, row.basis)


def unplaced_districts(
    places: Iterable[tuple[str, str]], authorities: Mapping[str, Authority], units: Sequence[Unit]
) -> dict[str, int]:
    """Of (category, district) pairs, the districts named for a category the table gives
    to the branches that no active branch covers, each with how many pairs name it, in
    the order first named. The city bureau decides those: right for a district without a
    branch, wrong for a misspelt one (城东 for 城东区), which a ledger's reader should see
    before importing. An empty district is `district_problem`'s. Refused as
    `deciding_unit` is, without an active city bureau."""
    found: dict[str, int] = {}
    for category, district in places:
        if district.strip():
            if deciding_unit(category, district, authorities, units).why is Why.NO_BRANCH:
                found[district] = found.get(district, 0) + 1
    return found


def district_problem(
    category: str, name: str, district: str, authorities: Mapping[str, Authority]
) -> DomainError | None:
    """A category delegated to the branches (`name` as shown) is decided where its
    project is: without the district it would fall to the city bureau unseen."""
    row = authorities.get(category)
    if row is None or row.level is not Level.LOCAL or district.strip():
        return None
    return DomainError(
        ErrorCode.DISTRICT_NEEDED,
        f"{category} is decided by the district's branch: the district is required",
        field="district",
        category=category,
        name=name,
    )


@dataclass(frozen=True, slots=True)
class UnitSpan:
    """One stay of an application at a unit, in working days."""

    unit: str
    start: date
    end: date | None  # the day it left, or None while it is still there (or closed)
    workdays: int


def unit_spans(
    events: Sequence[StageEvent], cal: WorkCalendar, today: date, received_at: str = ""
) -> list[UnitSpan]:
    """Each unit's stays in order, from receipt to the last step that closed the
    application (or today while it is open). Days are counted as the timeline counts
    them, in (arrival, departure]: the day of a transfer is the sending unit's.
    `received_at` stands for the unit of a registration from before units."""
    steps = effective_history(events)
    final = next((e.on for e in steps if e.to_stage in FINAL_STAGES), None)
    stop = final or max(today, steps[-1].on)
    moves = [e for e in steps if e.to_unit]
    if received_at and (not moves or moves[0].action is not Action.REGISTER):
        moves.insert(0, replace(steps[0], to_unit=received_at))
    spans: list[UnitSpan] = []
    for i, e in enumerate(moves):
        leaves = moves[i + 1].on if i + 1 < len(moves) else None
        end = min(leaves, stop) if leaves is not None else stop
        spans.append(UnitSpan(e.to_unit, e.on, leaves, cal.workdays_between(e.on, max(end, e.on))))
    return spans


def unit_shares(spans: Iterable[UnitSpan]) -> dict[str, int]:
    """Working days by unit, over all its stays, in order of first arrival."""
    shares: dict[str, int] = {}
    for s in spans:
        shares[s.unit] = shares.get(s.unit, 0) + s.workdays
    return shares
