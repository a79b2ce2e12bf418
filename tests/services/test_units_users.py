"""Units, 审批权限, transfers, reassignments, users and roles through the real store,
on every engine."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from approvals_gui.domain.access import LOCK_AFTER, LOCK_FOR, Role, User
from approvals_gui.domain.errors import DomainError, ErrorCode
from approvals_gui.domain.stages import Action
from approvals_gui.domain.units import Authority, Level, Unit, UnitKind
from approvals_gui.services import users
from approvals_gui.services.applications import (
    Step,
    apply_step,
    detail,
    list_applications,
    register,
)
from approvals_gui.services.maintenance import check
from approvals_gui.services.units import open_handled, save_authorities, save_units
from approvals_gui.services.workspace import Workspace
from tests.conftest import NOW, TODAY, add_user_as_kept_before, new_application

UNITS = [
    Unit("city", "市局", UnitKind.CITY),
    Unit("east", "东城分局", UnitKind.BRANCH, "东城区"),
    Unit("centre", "技术评估中心", UnitKind.CENTRE),
]
PASSWORD = "correct horse"


@pytest.fixture
def bureau(ws: Workspace) -> Workspace:
    """A city bureau, a branch and the centre; 报告表 delegated; an admin, a clerk at
    the branch, a clerk and a manager at the city bureau."""
    save_units(ws, UNITS)
    save_authorities(ws, [Authority("report_form", Level.LOCAL, "环办〔2026〕3号")])
    for name, unit, role in (
        ("王管理", "city", Role.ADMIN),
        ("东城张三", "east", Role.CLERK),
        ("市局李四", "city", Role.CLERK),
        ("市局赵科长", "city", Role.MANAGER),
    ):
        users.add_user(ws, User(name, unit, role), PASSWORD)
    ws.reload()
    return ws


def as_user(ws: Workspace, name: str) -> Workspace:
    return ws.signed_in(users.sign_in(ws, name, PASSWORD))


def test_registration_is_decided_where_the_table_says(bureau: Workspace) -> None:
    clerk = as_user(bureau, "东城张三")
    form_id = register(clerk, new_application(district="东城区", handler="东城张三"), today=TODAY)
    book = new_application(category="report_book", district="东城区", handler="东城张三")
    book_id = register(clerk, book, today=TODAY)
    form, book = (detail(bureau, i, today=TODAY).view.record for i in (form_id, book_id))
    assert (form.unit, form.holder) == ("east", "east")
    assert (book.unit, book.holder) == ("city", "east")  # received here, decided in the city
    assert detail(bureau, book_id, today=TODAY).events[0].actor == "东城张三"


def test_a_delegated_category_is_not_registered_without_its_district(bureau: Workspace) -> None:
    """Without the district the branch that decides is unknown: refused, not sent to the
    city bureau unseen. A category the city decides needs none."""
    clerk = as_user(bureau, "市局李四")
    with pytest.raises(DomainError) as refused:
        register(clerk, new_application(district=" ", handler="市局李四"), today=TODAY)
    assert refused.value.code is ErrorCode.DISTRICT_NEEDED
    assert refused.value.params["field"] == "district"
    assert list_applications(bureau, today=TODAY) == []
    book = new_application(category="report_book", district="", handler="市局李四")
    assert (
        detail(bureau, register(clerk, book, today=TODAY), today=TODAY).view.record.unit == "city"
    )


def test_a_transfer_moves_the_work_and_splits_the_days(bureau: Workspace) -> None:
    clerk = as_user(bureau, "东城张三")
    book = new_application(category="report_book", district="东城区", handler="东城张三")
    app_id = register(clerk, book, today=TODAY)
    moved = apply_step(
        clerk, app_id, 1, Step(Action.TRANSFER, date(2026, 11, 9), to_unit="city"), today=TODAY
    )
    assert moved.view.record.holder == "city"
    assert [(s.unit, s.workdays) for s in moved.units] == [("east", 5), ("city", 12)]
    # Now it is the city bureau's: the branch clerk may no longer move it.
    with pytest.raises(DomainError) as err:
        apply_step(clerk, app_id, 2, Step(Action.ACCEPT, date(2026, 11, 10)), today=TODAY)
    assert err.value.code is ErrorCode.NOT_PERMITTED
    assert err.value.params["unit_name"] == "市局"
    city = as_user(bureau, "市局李四")
    apply_step(city, app_id, 2, Step(Action.ACCEPT, date(2026, 11, 10)), today=TODAY)
    found = detail(bureau, app_id, today=TODAY)
    assert [e.action for e in found.events][-2:] == [Action.TRANSFER, Action.ACCEPT]
    assert check(bureau, today=TODAY).problems == []


def test_a_transfer_to_an_unknown_or_inactive_unit_is_refused(bureau: Workspace) -> None:
    app_id = register(bureau, new_application(), today=TODAY)
    for code in ("nowhere", ""):
        with pytest.raises(DomainError):
            apply_step(bureau, app_id, 1, Step(Action.TRANSFER, to_unit=code), today=TODAY)
    assert detail(bureau, app_id, today=TODAY).view.record.version == 1


def test_writes_follow_the_units_and_table_as_saved_not_as_a_desk_cached_them(
    bureau: Workspace,
) -> None:
    """Desk B read the units and the 审批权限 table before desk A changed them: what B
    writes follows A's change (the deciding unit is stored for good)."""
    other = Workspace(bureau.engine, "另一台电脑")
    assert other.authorities() and any(u.code == "east" for u in other.units())  # cached
    save_authorities(bureau, [])  # A: 报告表 is the city's again
    first = register(other, new_application(district="东城区"), today=TODAY)
    assert detail(bureau, first, today=TODAY).view.record.unit == "city"
    save_units(bureau, [replace(u, active=u.code != "east") for u in UNITS])  # A closes east
    with pytest.raises(DomainError):
        apply_step(other, first, 1, Step(Action.TRANSFER, to_unit="east"), today=TODAY)
    assert detail(bureau, first, today=TODAY).view.record.version == 1


def test_only_a_manager_extends_or_reassigns(bureau: Workspace) -> None:
    clerk, manager = as_user(bureau, "市局李四"), as_user(bureau, "市局赵科长")
    book = new_application(category="report_book", handler="市局李四")
    app_id = register(clerk, book, today=TODAY)
    reassign = Step(Action.REASSIGN, date(2026, 11, 3), handler="市局赵科长")
    with pytest.raises(DomainError) as err:
        apply_step(clerk, app_id, 1, reassign, today=TODAY)
    assert err.value.params["permission"] == "reassign"
    after = apply_step(manager, app_id, 1, reassign, today=TODAY)
    assert after.view.record.handler == "市局赵科长"
    assert (after.events[-1].from_handler, after.events[-1].actor) == ("市局李四", "市局赵科长")
    undone = apply_step(manager, app_id, 2, Step(Action.UNDO, date(2026, 11, 3)), today=TODAY)
    assert undone.view.record.handler == "市局李四"


def test_a_handler_is_one_of_the_units_active_users(bureau: Workspace) -> None:
    """Signed in, an application goes to someone who signs in at the unit whose work it
    is: a name typed wrong, or of another unit's clerk, would be in nobody's 我的事项.
    Refused, nothing written; without sign-in any name goes (no list of people)."""
    clerk, manager = as_user(bureau, "市局李四"), as_user(bureau, "市局赵科长")
    for name in ("市局李肆", "东城张三"):  # a typo; a clerk of another unit
        with pytest.raises(DomainError) as refused:
            register(clerk, new_application(handler=name), today=TODAY)
        assert refused.value.code is ErrorCode.NOT_STAFF
        assert refused.value.params == {"handler": name, "unit_name": "市局"}
    assert list_applications(bureau, today=TODAY) == []
    app_id = register(clerk, new_application(handler=" 市局李四 "), today=TODAY)  # as typed
    users.disable(as_user(bureau, "王管理"), "东城张三")
    for name in ("钱五", "东城张三"):
        with pytest.raises(DomainError) as refused:
            apply_step(manager, app_id, 1, Step(Action.REASSIGN, handler=name), today=TODAY)
        assert refused.value.code is ErrorCode.NOT_STAFF
        assert refused.value.params["unit_name"] == "市局"  # the unit holding it
    assert detail(bureau, app_id, today=TODAY).view.record.version == 1
    assert detail(bureau, register(bureau, new_application(), today=TODAY), today=TODAY)


def test_the_open_items_a_user_handles_at_their_unit_are_counted(bureau: Workspace) -> None:
    """What disabling or moving a user leaves in nobody's 我的事项: the open items with
    their name decided or held at their unit (sent to the centre, still theirs), not
    a finished one, another handler's, or one of the same name at another unit."""
    clerk = as_user(bureau, "市局李四")
    mine = [register(clerk, new_application(handler="市局李四"), today=TODAY) for _ in range(3)]
    apply_step(clerk, mine[0], 1, Step(Action.TRANSFER, TODAY, to_unit="centre"), today=TODAY)
    apply_step(clerk, mine[1], 1, Step(Action.WITHDRAW, TODAY), today=TODAY)
    register(clerk, new_application(handler="市局赵科长"), today=TODAY)
    # A desk without sign-in may name anyone: at the branch, not the city bureau's.
    register(bureau, new_application(handler="市局李四", district="东城区"), today=TODAY)
    assert open_handled(bureau, "市局李四", "city") == 2
    assert open_handled(bureau, "市局李四", "east") == 1
    assert open_handled(bureau, "东城张三", "east") == 0


def test_clerks_and_managers_keep_away_from_the_admins_work(bureau: Workspace) -> None:
    for name in ("市局李四", "市局赵科长"):
        person = as_user(bureau, name)
        for write in (
            lambda p=person: save_units(p, UNITS),
            lambda p=person: users.add_user(p, User("新人", "city", Role.CLERK), PASSWORD),
            lambda p=person: users.disable(p, "王管理"),
        ):
            with pytest.raises(DomainError) as err:
                write()
            assert err.value.code is ErrorCode.NOT_PERMITTED
    assert len(users.users(bureau)) == 4


def test_sign_in_refuses_alike_and_locks_after_repeated_failures(bureau: Workspace) -> None:
    for name in ("东城张三", "无此人"):
        with pytest.raises(DomainError) as err:
            users.sign_in(bureau, name, "wrong password")
        assert err.value.code is ErrorCode.SIGN_IN_FAILED
    for _ in range(LOCK_AFTER - 2):
        with pytest.raises(DomainError):
            users.sign_in(bureau, "东城张三", "wrong password")
    with pytest.raises(DomainError) as err:
        users.sign_in(bureau, "东城张三", "wrong password")
    assert err.value.code is ErrorCode.ACCOUNT_LOCKED
    with pytest.raises(DomainError) as err:  # the right password does not help now
        users.sign_in(bureau, "东城张三", PASSWORD)
    assert err.value.code is ErrorCode.ACCOUNT_LOCKED
    later = Workspace(bureau.engine, "x", now=lambda: NOW + LOCK_FOR)
    assert users.sign_in(later, "东城张三", PASSWORD).unit == "east"
    admin = as_user(bureau, "王管理")
    users.disable(admin, "东城张三")
    with pytest.raises(DomainError) as err:
        users.sign_in(later, "东城张三", PASSWORD)
    assert err.value.code is ErrorCode.ACCOUNT_DISABLED


def test_a_name_padded_with_blanks_is_the_same_user(bureau: Workspace) -> None:
    """ "王 芳" as a ledger pads it is 王芳, added and signing in; an account kept with
    its blank before names were kept so still signs in as typed."""
    admin = as_user(bureau, "王管理")
    assert users.add_user(admin, User("王 芳", "city", Role.CLERK), PASSWORD).name == "王芳"
    assert users.sign_in(bureau, "王\u3000芳", PASSWORD).name == "王芳"
    add_user_as_kept_before(bureau.engine, User("李 四", "city", Role.CLERK), PASSWORD)
    assert users.sign_in(bureau, "李 四", PASSWORD).name == "李 四"
    with pytest.raises(DomainError) as err:
        users.sign_in(bureau, "李 四", "wrong password")
    assert err.value.code is ErrorCode.SIGN_IN_FAILED


def test_an_account_kept_padded_handles_and_owns_items_as_the_name_is_kept(
    bureau: Workspace,
) -> None:
    """An account kept as "李 四" (before names were kept unpadded) is the 承办人 李四:
    its items register and reassign to it, are in its 我的事项, are counted when it is
    disabled, and no second account 李四 can be added beside it."""
    add_user_as_kept_before(bureau.engine, User("李 四", "city", Role.CLERK), PASSWORD)
    padded = as_user(bureau, "李 四")
    app_id = register(padded, new_application(handler="李 四"), today=TODAY)
    record = detail(bureau, app_id, today=TODAY).view.record
    assert record.handler == "李四" and padded.mine().holds(record)
    other = register(padded, new_application(handler="市局李四"), today=TODAY)
    reassign = Step(Action.REASSIGN, handler="李四")
    apply_step(as_user(bureau, "市局赵科长"), other, 1, reassign, today=TODAY)
    assert open_handled(bureau, "李 四", "city") == 2
    admin = as_user(bureau, "王管理")
    for name in ("李四", "李\u3000四"):
        with pytest.raises(DomainError) as err:
            users.add_user(admin, User(name, "east", Role.CLERK), PASSWORD)
        assert (err.value.code, err.value.params) == (ErrorCode.USER_NAME_TAKEN, {"name": "李 四"})
    users.update_user(admin, User("李 四", "east", Role.CLERK))  # kept by its stored name
    assert [u.unit for u in users.users(bureau) if u.name == "李 四"] == ["east"]
    for typed in ("李 四", "李四", "李\u3000四"):  # the name it may not be added as signs in
        assert users.sign_in(bureau, typed, PASSWORD).name == "李 四"


def test_two_accounts_of_one_name_from_an_old_file_each_sign_in_as_typed(
    bureau: Workspace,
) -> None:
    """ "李 四" and 李四, both kept before the second was refused: each signs in by its
    own spelling, and a third spelling is the one it is kept as (李四)."""
    for name, password in (("李 四", "padded-pass"), ("李四", "kept-pass1")):
        add_user_as_kept_before(bureau.engine, User(name, "city", Role.CLERK), password)
    assert users.sign_in(bureau, "李 四", "padded-pass").name == "李 四"
    assert users.sign_in(bureau, "李四", "kept-pass1").name == "李四"
    assert users.sign_in(bureau, "李\u3000四", "kept-pass1").name == "李四"


def test_passwords_are_kept_only_as_salted_hashes(bureau: Workspace) -> None:
    from sqlmodel import Session, select

    from approvals_gui.store.tables import UserRow

    with Session(bureau.engine) as s:
        hashes = [r.password_hash for r in s.exec(select(UserRow))]
    assert all(h.startswith("$argon2") and PASSWORD not in h for h in hashes)
    assert len(set(hashes)) == len(hashes)  # one password, four salts


def test_the_last_admin_stays(bureau: Workspace) -> None:
    admin = as_user(bureau, "王管理")
    with pytest.raises(DomainError) as err:
        users.disable(admin, "王管理")
    assert err.value.code is ErrorCode.NO_ADMIN
    with pytest.raises(DomainError):
        users.update_user(admin, User("王管理", "city", Role.CLERK))
    assert users.sign_in(bureau, "王管理", PASSWORD).role is Role.ADMIN


def test_a_unit_in_use_is_kept(bureau: Workspace) -> None:
    admin = as_user(bureau, "王管理")
    with pytest.raises(DomainError) as err:
        save_units(admin, UNITS[:1] + UNITS[2:])  # the branch has a user
    assert err.value.code is ErrorCode.UNIT_IN_USE
    save_units(
        admin, [*UNITS[:1], Unit("east", "东城分局", UnitKind.BRANCH, "东城区", False), UNITS[2]]
    )
    with pytest.raises(DomainError) as err:
        users.add_user(admin, User("新人", "east", Role.CLERK), PASSWORD)
    assert err.value.code is ErrorCode.NO_SUCH_UNIT


def test_a_duplicate_user_is_refused_by_name(bureau: Workspace) -> None:
    admin = as_user(bureau, "王管理")
    with pytest.raises(DomainError) as err:
        users.add_user(admin, User("东城张三", "city", Role.CLERK), PASSWORD)
    assert (err.value.code, err.value.params) == (ErrorCode.USER_NAME_TAKEN, {"name": "东城张三"})


def test_sign_in_is_asked_on_a_server_and_optional_on_a_file(bureau: Workspace) -> None:
    on_file = bureau.engine.dialect.name == "sqlite"
    assert users.sign_in_required(bureau) is not on_file
    if on_file:
        users.set_sign_in_required(as_user(bureau, "王管理"), True)
        assert users.sign_in_required(bureau)


def test_the_first_user_may_be_added_without_signing_in(ws: Workspace) -> None:
    assert not users.has_users(ws)
    users.add_user(ws, User("王管理", "city", Role.ADMIN), PASSWORD)
    with pytest.raises(DomainError) as err:  # after that, only an admin adds users
        users.add_user(
            ws.signed_in(User("x", "city", Role.CLERK)), User("y", "city", Role.CLERK), PASSWORD
        )
    assert err.value.code is ErrorCode.NOT_PERMITTED


def test_the_detail_shows_the_steps_a_user_may_not_take_refused(bureau: Workspace) -> None:
    clerk = as_user(bureau, "市局李四")
    book = new_application(category="report_book", handler="市局李四")
    app_id = register(clerk, book, today=TODAY)
    apply_step(clerk, app_id, 1, Step(Action.ACCEPT, date(2026, 11, 3)), today=TODAY)
    mine = detail(clerk, app_id, today=TODAY)
    assert Action.EXTEND in mine.allowed and Action.START_REVIEW in mine.allowed
    assert Action.EXTEND in mine.blocked  # the law's reason first: 报告书 has none
    assert mine.blocked[Action.REASSIGN].code is ErrorCode.NOT_PERMITTED
    assert Action.START_REVIEW not in mine.blocked
    elsewhere = detail(as_user(bureau, "东城张三"), app_id, today=TODAY)
    assert set(elsewhere.blocked) == set(elsewhere.allowed)  # the city bureau's work
    assert not detail(bureau, app_id, today=TODAY).blocked.keys() & {Action.REASSIGN}


def test_a_window_left_open_does_no_more_than_its_user_may_now(bureau: Workspace) -> None:
    """An account disabled, or given a lesser role, while its window stayed open once
    kept working with what it had at sign-in: a disabled admin registered and edited
    the rules."""
    admin, manager = as_user(bureau, "王管理"), as_user(bureau, "市局赵科长")
    app_id = register(manager, new_application(handler="市局赵科长"), today=TODAY)
    users.update_user(admin, User("市局赵科长", "city", Role.CLERK))
    reassign = Step(Action.REASSIGN, date(2026, 11, 3), handler="市局李四")
    with pytest.raises(DomainError) as demoted:  # handing work to another is a manager's
        apply_step(manager, app_id, 1, reassign, today=TODAY)
    assert demoted.value.code is ErrorCode.NOT_PERMITTED
    users.disable(admin, "市局赵科长")
    with pytest.raises(DomainError) as disabled:
        register(manager, new_application(), today=TODAY)
    assert disabled.value.code is ErrorCode.ACCOUNT_DISABLED
    assert detail(bureau, app_id, today=TODAY).view.record.version == 1  # nothing written
