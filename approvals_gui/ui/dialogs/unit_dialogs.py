"""The units page's small forms: a unit, a user, a new password.

They only collect and check what the domain checks without the database; refusals
show inside the dialog, which stays open. Passwords are handed on, never logged.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from approvals_gui.domain.access import (
    MIN_PASSWORD,
    USER_NAME,
    Role,
    User,
    check_name_free,
    checked_name,
    checked_password,
)
from approvals_gui.domain.errors import DomainError, ErrorCode
from approvals_gui.domain.text import AUTHORITY, PHONE
from approvals_gui.domain.units import UNIT_CODE, UNIT_DISTRICT, UNIT_NAME, Unit, UnitKind
from approvals_gui.domain.units import checked_unit as check_unit
from approvals_gui.ui import strings
from approvals_gui.ui.dialogs.modal import ok_cancel


class _Form(QDialog):
    """A form, a line for what is wrong, 确定 and 取消."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(380)
        self.form = QFormLayout()
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #8e0000;")
        self.problem.hide()
        buttons, self.ok_button = ok_cancel(self, self.tr("确定"))
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()


def _password_pair(parent: QWidget) -> tuple[QLineEdit, QLineEdit]:
    fields = (QLineEdit(parent), QLineEdit(parent))
    for field in fields:
        field.setEchoMode(QLineEdit.EchoMode.Password)
    return fields


class UnitDialog(_Form):
    """A new unit (`unit` None; its code must not be one of `taken`) or changes to one;
    a unit keeps its code, which applications and users name."""

    def __init__(self, unit: Unit | None, taken: list[str], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("新增单位") if unit is None else self.tr("修改单位"), parent)
        self._taken = taken
        self._unit: Unit | None = None
        self.code = QLineEdit(unit.code if unit else "")
        self.code.setMaxLength(UNIT_CODE.max_length)
        self.code.setReadOnly(unit is not None)
        self.code.setPlaceholderText(self.tr("字母或数字，如 gaoxin"))
        self.name = QLineEdit(unit.name if unit else "")
        self.name.setMaxLength(UNIT_NAME.max_length)
        self.kind = QComboBox()
        for kind in UnitKind:
            self.kind.addItem(strings.unit_kind_name(kind), kind.value)
        self.kind.setCurrentIndex(
            self.kind.findData((unit.kind if unit else UnitKind.BRANCH).value)
        )
        self.district = QLineEdit(unit.district if unit else "")
        self.district.setMaxLength(UNIT_DISTRICT.max_length)
        self.district.setPlaceholderText(self.tr("区县分局必填，如 高新区"))
        self.active = QCheckBox(self.tr("启用"))
        self.active.setChecked(unit.active if unit else True)
        # A branch's notices: the bureau's settings unless set (`notices.for_unit`).
        self.notice_authority = QLineEdit(unit.notice_authority if unit else "")
        self.notice_authority.setMaxLength(AUTHORITY.max_length)
        self.notice_authority.setPlaceholderText(self.tr("空则以市局名义（设置中的发文机关）"))
        self.notice_authority.setToolTip(
            self.tr(
                "本单位经授权以自己名义作出审批决定的，填写其全称，如 江城市生态环境局高新分局；"
                "受市局委托办理的，留空，通知书以市局名义出具（《行政许可法》第二十四条）。"
            )
        )
        self.notice_phone = QLineEdit(unit.notice_phone if unit else "")
        self.notice_phone.setMaxLength(PHONE.max_length)
        self.notice_phone.setPlaceholderText(self.tr("空则用设置中的联系电话"))
        self.notice_phone.setToolTip(
            self.tr("本单位审批的申请，其通知书上供申请人联系的电话；联系人为承办人。")
        )
        self.form.addRow(self.tr("代码"), self.code)
        self.form.addRow(self.tr("名称"), self.name)
        self.form.addRow(self.tr("类别"), self.kind)
        self.form.addRow(self.tr("辖区"), self.district)
        self.form.addRow("", self.active)
        self.form.addRow(self.tr("通知书发文机关"), self.notice_authority)
        self.form.addRow(self.tr("通知书联系电话"), self.notice_phone)
        self.setMinimumWidth(460)  # wide enough to show the placeholders whole
        self.kind.currentIndexChanged.connect(self._fit_notice_fields)
        self._fit_notice_fields()

    def _fit_notice_fields(self) -> None:
        """Only a branch's notices differ from the bureau's settings."""
        branch = self.kind.currentData() == UnitKind.BRANCH.value
        for field in (self.notice_authority, self.notice_phone):
            field.setEnabled(branch)

    def accept(self) -> None:
        typed = Unit(
            self.code.text(),
            self.name.text(),
            UnitKind(self.kind.currentData()),
            self.district.text(),
            self.active.isChecked(),
            self.notice_authority.text(),
            self.notice_phone.text(),
        )
        try:
            unit = check_unit(typed)
        except DomainError as exc:
            self.show_problem(self._problem_text(exc))
            return
        if unit.code in self._taken:
            self.show_problem(self.tr("已有代码为“%1”的单位。").replace("%1", unit.code))
            return
        self._unit = unit
        super().accept()

    def unit(self) -> Unit | None:
        """The unit as accepted (checked)."""
        return self._unit

    def _problem_text(self, error: DomainError) -> str:
        """The refusal, naming its field: under the form, 此项为必填项 did not say which."""
        labels = {"unit_code": self.tr("代码"), "unit_name": self.tr("名称")}
        labels["district"] = self.tr("辖区")
        labels["notice_phone"] = self.tr("通知书联系电话")
        field = labels.get(str(error.params.get("field", "")))
        if field is None:
            return strings.error_text(error)
        if error.code is ErrorCode.REQUIRED_FIELD:
            return self.tr("请填写“%1”。").replace("%1", field)
        return strings.field_problem(field, error)


class UserDialog(_Form):
    """A new user with an initial password (`user` None), or another unit or role for
    one; a user keeps their name, which the history records."""

    def __init__(
        self,
        user: User | None,
        units: list[Unit],
        taken: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("新增用户") if user is None else self.tr("修改用户"), parent)
        self._new = user is None
        self._taken = taken
        self._kept_name = user.name if user else ""  # as stored: the key it is saved by
        self._user: User | None = None
        self.name = QLineEdit(user.name if user else "")
        self.name.setMaxLength(USER_NAME.max_length)
        self.name.setReadOnly(user is not None)
        self.unit = QComboBox()
        for unit in units:
            self.unit.addItem(unit.name, unit.code)
        if user is not None and self.unit.findData(user.unit) < 0:
            self.unit.addItem(user.unit, user.unit)  # an inactive unit: shown as it is
        if user is not None:
            self.unit.setCurrentIndex(self.unit.findData(user.unit))
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(strings.role_name(role), role.value)
        self.role.setCurrentIndex(self.role.findData((user.role if user else Role.CLERK).value))
        self.active = QCheckBox(self.tr("可以登录"))
        self.active.setChecked(user.active if user else True)
        self.active.setVisible(user is not None)
        self.password_field, self.repeat_field = _password_pair(self)
        self.form.addRow(self.tr("用户名"), self.name)
        self.form.addRow(self.tr("单位"), self.unit)
        self.form.addRow(self.tr("角色"), self.role)
        if self._new:
            self.password_field.setPlaceholderText(
                self.tr("至少 %1 位").replace("%1", str(MIN_PASSWORD))
            )
            self.form.addRow(self.tr("初始密码"), self.password_field)
            self.form.addRow(self.tr("再次输入"), self.repeat_field)
        else:
            self.form.addRow("", self.active)

    def accept(self) -> None:
        try:
            name = checked_name(self.name.text()) if self._new else self._kept_name
            if self._new:
                check_name_free(name, self._taken)
                checked_password(self.password_field.text())
        except DomainError as exc:
            self.show_problem(strings.error_text(exc))
            return
        problem = self._problem()
        if problem:
            self.show_problem(problem)
            return
        role = Role(self.role.currentData())
        self._user = User(name, str(self.unit.currentData()), role, self.active.isChecked())
        super().accept()

    def _problem(self) -> str:
        if self.unit.currentIndex() < 0:
            return self.tr("请选择单位。")
        if self._new and self.password_field.text() != self.repeat_field.text():
            return self.tr("两次输入的密码不一致。")
        return ""

    def user(self) -> User:
        """The user as accepted."""
        assert self._user is not None, "read only after the dialog was accepted"
        return self._user

    def password(self) -> str:
        """The initial password of a new user."""
        return self.password_field.text() if self._new else ""


class PasswordDialog(_Form):
    """A new password for `name`, typed twice."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("重设密码：%1").replace("%1", name), parent)
        self.password_field, self.repeat_field = _password_pair(self)
        self.password_field.setPlaceholderText(
            self.tr("至少 %1 位").replace("%1", str(MIN_PASSWORD))
        )
        self.form.addRow(self.tr("新密码"), self.password_field)
        self.form.addRow(self.tr("再次输入"), self.repeat_field)
        note = QLabel(self.tr("重设后账号即解除锁定。"))
        self.form.addRow(note)

    def accept(self) -> None:
        try:
            checked_password(self.password_field.text())
        except DomainError as exc:
            self.show_problem(strings.error_text(exc))
            return
        if self.password_field.text() != self.repeat_field.text():
            self.show_problem(self.tr("两次输入的密码不一致。"))
            return
        super().accept()

    def password(self) -> str:
        return self.password_field.text()
