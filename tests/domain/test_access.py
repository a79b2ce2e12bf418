"""Roles: what each may do, on which unit's work; locking out after failures."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from approvals_gui.domain.access import (
    GRANTS,
    LOCK_AFTER,
    LOCK_FOR,
    UNIT_SCOPED,
    Attempts,
    Permission,
    Role,
    Staff,
    User,
    check,
    check_an_admin,
    check_name_free,
    checked_password,
    may,
    staff_by_unit,
    user_named,
)
from approvals_gui.domain.errors import DomainError, ErrorCode

CLERK = User("张三", "east", Role.CLERK)
MANAGER = User("李科长", "east", Role.MANAGER)
ADMIN = User("王管理", "city", Role.ADMIN)
NOW = datetime(2026, 11, 30, 9)


def test_a_desk_without_sign_in_may_do_everything() -> None:
    assert all(may(None, p, "anywhere") for p in Permission)


@pytest.mark.parametrize(
    ("user", "permission", "allowed"),
    [
        (CLERK, Permission.STEP, True),
        (CLERK, Permission.EXTEND, False),
        (CLERK, Permission.REASSIGN, False),
        (CLERK, Permission.EDIT_RULES, False),
        (MANAGER, Permission.EXTEND, True),
        (MANAGER, Permission.REASSIGN, True),
        (MANAGER, Permission.EDIT_CALENDAR, False),
        (MANAGER, Permission.EDIT_USERS, False),
        (ADMIN, Permission.EDIT_UNITS, True),
        (ADMIN, Permission.EDIT_USERS, True),
        (ADMIN, Permission.RESTORE, True),
    ],
)
def test_each_role_may_do_its_own_work(user: User, permission: Permission, allowed: bool) -> None:
    assert may(user, permission, user.unit) is allowed


def test_a_refusal_says_which_role_and_what() -> None:
    with pytest.raises(DomainError) as err:
        check(CLERK, Permission.EDIT_RULES)
    assert err.value.code is ErrorCode.NOT_PERMITTED
    assert err.value.params == {"role": Role.CLERK, "permission": Permission.EDIT_RULES}


@given(st.sampled_from(list(Role)), st.sampled_from(list(Permission)))
def test_a_disabled_account_may_do_nothing(role: Role, permission: Permission) -> None:
    with pytest.raises(DomainError) as err:
        check(User("某人", "east", role, active=False), permission, "east")
    assert err.value.code is ErrorCode.ACCOUNT_DISABLED


@given(st.sampled_from(list(Role)), st.sampled_from(sorted(UNIT_SCOPED)))
def test_only_an_admin_acts_on_another_units_work(role: Role, permission: Permission) -> None:
    user = User("某人", "east", role)
    if permission not in GRANTS[role]:
        return
    assert may(user, permission, "east")
    assert may(user, permission, "west") is (role is Role.ADMIN)


def test_passwords_have_a_minimum_length() -> None:
    assert checked_password("12345678") == "12345678"
    with pytest.raises(DomainError) as err:
        checked_password("1234567")
    assert err.value.code is ErrorCode.PASSWORD_TOO_SHORT


def test_the_fifth_failure_in_a_row_locks_for_a_while() -> None:
    attempts = Attempts()
    for _ in range(LOCK_AFTER - 1):
        attempts = attempts.after_failure(NOW)
        attempts.check_unlocked(NOW)
    locked = attempts.after_failure(NOW)
    assert locked == Attempts(0, NOW + LOCK_FOR)
    with pytest.raises(DomainError) as err:
        locked.check_unlocked(NOW + LOCK_FOR - timedelta(seconds=1))
    assert err.value.code is ErrorCode.ACCOUNT_LOCKED
    locked.check_unlocked(NOW + LOCK_FOR)


def test_users_keep_an_active_admin() -> None:
    admin, clerk = User("王管理", "city", Role.ADMIN), User("李四", "city", Role.CLERK)
    check_an_admin([])  # a desk without sign-in
    check_an_admin([admin, clerk])
    for left in ([clerk], [User("王管理", "city", Role.ADMIN, active=False), clerk]):
        with pytest.raises(DomainError) as refused:
            check_an_admin(left)
        assert refused.value.code is ErrorCode.NO_ADMIN


def test_a_handler_is_an_active_user_of_the_unit_whose_work_it_is() -> None:
    gone = User("赵离职", "east", Role.CLERK, active=False)
    users = [CLERK, MANAGER, ADMIN, gone]
    staff = staff_by_unit(users)
    assert staff == {"east": ("张三", "李科长"), "city": ("王管理",)}
    east = Staff("东城分局", staff["east"])
    assert east.besides("张三") == ("李科长",) and east.besides("赵离职") == east.names
    east.check("张三")
    east.check("李科长")  # a manager handles items too
    for name, unit in (("张叁", "east"), ("赵离职", "east"), ("张三", "city"), ("", "east")):
        with pytest.raises(DomainError) as refused:
            Staff("某单位", staff.get(unit, ())).check(name)
        assert refused.value.code is ErrorCode.NOT_STAFF
        assert refused.value.params == {"handler": name, "unit_name": "某单位"}


def test_an_account_made_with_a_padded_name_handles_as_the_name_is_kept() -> None:
    """Accounts made before names were kept without padding ("李 四") are the same
    person as the 承办人 李四 that forms and ledgers now keep."""
    users = [User("李 四", "east", Role.CLERK), User("王\u3000芳", "east", Role.CLERK)]
    east = Staff("东城分局", staff_by_unit(users)["east"])
    assert east.names == ("李四", "王芳")
    for name in ("李四", "李 四", "王芳", "王　芳"):
        east.check(name)
    assert east.besides("李 四") == ("王芳",)
    # Two accounts of one name, made before the second was refused: one person to pick.
    assert staff_by_unit([*users, User("李四", "east", Role.CLERK)])["east"] == ("李四", "王芳")


def test_a_user_is_found_and_a_name_taken_as_names_are_kept() -> None:
    padded, kept = User("李 四", "east", Role.CLERK), User("王芳", "east", Role.CLERK)
    both = [padded, kept, User("李四", "city", Role.CLERK)]  # two of one name, as an old file may
    assert user_named(both, " 李 四 ") is padded and user_named(both, "李四") is both[2]
    assert user_named([padded, kept], "李\u3000四") is padded
    assert user_named([padded, kept], "王 芳") is kept and user_named([padded], "王芳") is None
    assert user_named(both, "李\u3000四") is both[2]  # kept as 李四: that one, not the first
    twice = [padded, User("李\u3000四", "city", Role.CLERK)]
    assert user_named(twice, "李四") is None  # either might be meant: neither is
    check_name_free("李思", ["李 四", "王芳"])
    for name, taken in (("李四", "李 四"), ("王 芳", "王芳"), ("王芳", "王芳")):
        with pytest.raises(DomainError) as refused:
            check_name_free(name, ["张三", taken])
        assert (refused.value.code, refused.value.params) == (
            ErrorCode.USER_NAME_TAKEN,
            {"name": taken},
        )


@given(
    st.lists(
        st.builds(
            User,
            st.sampled_from("甲乙丙"),
            st.sampled_from(["a", "b"]),
            st.sampled_from(Role),
            st.booleans(),
        )
    ),
    st.sampled_from("甲乙丙丁"),
    st.sampled_from(["a", "b", "c"]),
)
def test_a_handler_passes_exactly_when_someone_active_there_has_the_name(
    users: list[User], name: str, unit: str
) -> None:
    expected = any(u.name == name and u.unit == unit and u.active for u in users)
    assert may_handle(name, users, unit) is expected


def may_handle(name: str, users: list[User], unit: str) -> bool:
    try:
        Staff(unit, staff_by_unit(users).get(unit, ())).check(name)
    except DomainError:
        return False
    return True
