"""The 单位与用户 page's controller: load units, the 审批权限 table and users; save each.

Saves run on the worker as every write does; a refusal shows under the tab it concerns.
The user services return no `ChangeSet`; the small wrappers here give them one (it
carries nothing the other pages show), so they run and log as every write does.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

from PySide6.QtCore import Signal

from approvals_gui.domain.access import Permission, Staff, User, staff_by_unit
from approvals_gui.domain.errors import DomainError
from approvals_gui.domain.units import Authority, Unit, check_units, unit_name
from approvals_gui.services import changes, users
from approvals_gui.services.changes import ChangeSet, Reference
from approvals_gui.services.units import open_handled, open_held
from approvals_gui.store.errors import StoreError
from approvals_gui.ui import strings
from approvals_gui.ui.controllers.page import PageController
from approvals_gui.ui.labels import confirm
from approvals_gui.ui.operations import Operations
from approvals_gui.ui.pages.units_page import UnitsPage


class UnitsController(PageController):
    """`message(text)` for the status bar once something is saved."""

    page: UnitsPage

    message = Signal(str)

    def __init__(self, ops: Operations) -> None:
        super().__init__(ops)
        self.page = UnitsPage()
        self.page.units.save_requested.connect(self.save_units)
        self.page.authorities.save_requested.connect(self.save_authorities)
        tab = self.page.users
        tab.add_requested.connect(self.add_user)
        tab.update_requested.connect(self.update_user)
        tab.password_requested.connect(self.set_password)
        tab.disable_requested.connect(self.disable_user)

    def affected_by(self, changes: ChangeSet) -> bool:
        return changes.reference is not None

    def refresh(self) -> None:
        self._set_permissions()
        self.ops.load_reference(self._show_reference)
        self.load_users()

    def load_users(self) -> None:
        self.ops.read(partial(users.users, self.ops.ws), self.page.users.set_users)

    def _show_reference(self, reference: Reference) -> None:
        self.page.units.set_units(reference.units)
        self.page.users.set_units(reference.units)
        self.page.authorities.set_table(list(reference.rules.values()), reference.authorities)

    def _set_permissions(self) -> None:
        """Read-only for whoever may not change a part, with the reason in words."""
        user = self.ops.ws.user
        self.page.set_permissions(
            strings.read_only_text(user, Permission.EDIT_UNITS),
            strings.read_only_text(user, Permission.EDIT_USERS),
        )

    # -- saving ---------------------------------------------------------------------------

    def save_units(self, units: Sequence[Unit]) -> None:
        """Saved; a unit stopped that still holds open work is asked about first,
        counting what it holds (read off the UI thread)."""
        try:  # refused at once, not after asking about the work a unit holds
            check_units(units)
        except DomainError as exc:
            self.page.units.problem.setText(strings.error_text(exc))
            return
        was_active = {u.code for u in self.page.units.saved() if u.active}
        stopped = [u for u in units if not u.active and u.code in was_active]
        if not stopped:
            self._save_units(units)
            return
        codes = [u.code for u in stopped]

        def counted(held: dict[str, tuple[int, int]]) -> None:
            if not held or self._stopping_confirmed(stopped, held):
                self._save_units(units)

        self.ops.read(partial(open_held, self.ops.ws, codes), counted)

    def _stopping_confirmed(
        self, stopped: Sequence[Unit], held: dict[str, tuple[int, int]]
    ) -> bool:
        lines = []
        for unit in stopped:
            if unit.code not in held:
                continue
            applications, cases = held[unit.code]
            counts = [
                self.tr("在办申请 %n 件", None, applications) if applications else "",
                self.tr("在办 12369 案件 %n 件", None, cases) if cases else "",
            ]
            joined = self.tr("、", "between the counts of a unit's open work").join(
                c for c in counts if c
            )
            lines.append(self.tr("“%1”现有%2").replace("%1", unit.name).replace("%2", joined))
        question = self.tr(
            "%1。\n停用后不能再转入或交办到该单位；已在该单位的事项仍留在那里，"
            "可转至其他单位办理。确定停用？"
        ).replace("%1", self.tr("；", "between units").join(lines))
        return confirm(self.ops.window, self.tr("停用单位"), question)

    def _save_units(self, units: Sequence[Unit]) -> None:
        self._write(
            partial(changes.save_units, self.ops.ws, list(units), self.page.units.saved()),
            self.tr("单位已保存。"),
            self.page.units.problem.setText,
            self._units_saved,
        )

    def save_authorities(self, rows: Sequence[Authority]) -> None:
        self._write(
            partial(
                changes.save_authorities, self.ops.ws, list(rows), self.page.authorities.based_on()
            ),
            self.tr("审批权限已保存。"),
            self.page.authorities.problem.setText,
            self._authorities_saved,
        )

    # What a tab saved is what its next edit starts from, at once: the page's reload
    # comes later, and a second save before it is no other desk's change.

    def _units_saved(self, result: ChangeSet) -> None:
        if result.reference is not None:
            self.page.units.take(result.reference.units)
            self.page.users.set_units(result.reference.units)

    def _authorities_saved(self, result: ChangeSet) -> None:
        if (reference := result.reference) is not None:
            self.page.authorities.take(list(reference.rules.values()), reference.authorities)

    def add_user(self, user: User, password: str) -> None:
        self._user_write(
            partial(changes.add_user, self.ops.ws, user, password),
            self.tr("已新增用户 %1。").replace("%1", user.name),
        )

    def update_user(self, before: User, user: User) -> None:
        """Saved; taking an active user off their unit while they handle open items
        there is asked about first, counting them, and shutting them out is asked about
        as the 停用 button asks."""

        def save() -> None:
            self._user_write(
                partial(changes.update_user, self.ops.ws, user),
                self.tr("用户 %1 已修改。").replace("%1", user.name),
            )

        disabling = before.active and not user.active
        if not disabling and (not before.active or user.unit == before.unit):
            save()
            return

        def counted(handled: int) -> None:
            if disabling:
                title, question = self.tr("停用用户"), self._disable_question(before, handled)
            elif handled:
                question = self._left_behind(before, handled) + "\n\n" + self.tr("确定修改？")
                title = self.tr("修改用户")
            else:
                save()
                return
            if confirm(self.ops.window, title, question):
                save()

        self.ops.read(partial(open_handled, self.ops.ws, before.name, before.unit), counted)

    def set_password(self, name: str, password: str) -> None:
        self._user_write(
            partial(changes.set_password, self.ops.ws, name, password),
            self.tr("用户 %1 的密码已重设。").replace("%1", name),
        )

    def disable_user(self, user: User) -> None:
        """Asked first, counting the open items the user handles: the account is shut
        out of every desk at once, mid-work."""

        def counted(handled: int) -> None:
            if confirm(self.ops.window, self.tr("停用用户"), self._disable_question(user, handled)):
                self._user_write(
                    partial(changes.disable_user, self.ops.ws, user.name),
                    self.tr("用户 %1 已停用。").replace("%1", user.name),
                )

        self.ops.read(partial(open_handled, self.ops.ws, user.name, user.unit), counted)

    def _disable_question(self, user: User, handled: int) -> str:
        question = self.tr(
            "停用用户“%1”？停用后该用户不能再登录或办理，正在使用的窗口也将无法保存；"
            "其办理记录保留。"
        ).replace("%1", user.name)
        return question + "\n\n" + self._left_behind(user, handled) if handled else question

    def _left_behind(self, user: User, handled: int) -> str:
        """What taking `user` off their unit leaves: items in nobody's 我的事项, to be
        reassigned to someone still there, or to someone added there first."""
        staff = Staff(
            unit_name(self.page.units.saved(), user.unit),
            staff_by_unit(self.page.users.users()).get(user.unit, ()),
        )
        left = self.tr(
            "“%1”现承办%2在办申请 %n 件，此后这些事项不在任何人的“我的事项”中。",
            None,
            handled,
        )
        then = (
            self.tr("请将其逐件改派给%2的其他承办人。")
            if staff.besides(user.name)
            else self.tr("%2已无其他在岗用户：请先为%2添加用户，再将其逐件改派。")
        )
        return (left + then).replace("%1", user.name).replace("%2", staff.unit_name)

    def _user_write(self, job: Callable[[], ChangeSet], done: str) -> None:
        def written(_changes: ChangeSet) -> None:
            self.load_users()
            # Whom the 承办人 pickers offer (`Reference.staff`); the lists stay as they are.
            self.ops.load_reference(lambda _reference: None)

        self.page.users.problem.clear()
        self._write(job, done, self.page.users.problem.setText, written)

    def _write(
        self,
        job: Callable[[], ChangeSet],
        done: str,
        show_problem: Callable[[str], None],
        then: Callable[[ChangeSet], None] | None = None,
    ) -> None:
        def written(result: ChangeSet) -> None:
            show_problem("")
            self.message.emit(done)
            if then is not None:
                then(result)

        def refused(error: Exception) -> None:
            if not isinstance(error, DomainError | StoreError):
                self.ops.show_error(error)  # a defect: on to the exception hook
                return
            show_problem(strings.error_text(error))

        self.ops.write(job, written, refused)
