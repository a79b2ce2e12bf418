"""单位与用户: the bureau's units, the 审批权限 table and who may sign in.

Three tabs. The page only collects: each save is a signal the controller runs on the
worker. Whoever may not change a part sees it read-only, with a line saying why.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from approvals_gui.domain.access import User, check_an_admin
from approvals_gui.domain.errors import DomainError
from approvals_gui.domain.rules import TimeLimitRule
from approvals_gui.domain.units import AUTHORITY_BASIS, Authority, Level, Unit
from approvals_gui.ui import strings
from approvals_gui.ui.dialogs.modal import shown
from approvals_gui.ui.dialogs.unit_dialogs import PasswordDialog, UnitDialog, UserDialog
from approvals_gui.ui.labels import ERROR_STYLE
from approvals_gui.ui.row_tables import make_table


def _note() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #5d4037;")
    label.hide()
    return label


def _problem() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    return label


def _buttons(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row


class UnitsTab(QWidget):
    """The unit list, edited here and saved as a whole (order included)."""

    save_requested = Signal(object)  # list[Unit]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._saved: list[Unit] = []
        self._units: list[Unit] = []
        self._latest: list[Unit] | None = None  # saved elsewhere while edits were open
        self.note = _note()
        self.table = make_table(
            [
                self.tr("代码"),
                self.tr("名称"),
                self.tr("类别"),
                self.tr("辖区"),
                self.tr("状态"),
                self.tr("通知书发文机关 / 联系电话"),
            ]
        )
        self.add_button = QPushButton(self.tr("新增单位…"))
        self.edit_button = QPushButton(self.tr("修改…"))
        self.active_button = QPushButton(self.tr("停用", "button: make inactive"))
        self.up_button = QPushButton(self.tr("上移"))
        self.down_button = QPushButton(self.tr("下移"))
        self.revert_button = QPushButton(self.tr("还原"))
        self.save_button = QPushButton(self.tr("保存单位"))
        self.problem = _problem()
        self._editors = (
            self.add_button,
            self.edit_button,
            self.active_button,
            self.up_button,
            self.down_button,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addLayout(_buttons(*self._editors))
        bottom = QHBoxLayout()
        bottom.addWidget(self.problem, 1)
        bottom.addWidget(self.revert_button)
        bottom.addWidget(self.save_button)
        layout.addLayout(bottom)
        self.add_button.clicked.connect(self.add_unit)
        self.edit_button.clicked.connect(self.edit_unit)
        self.table.doubleClicked.connect(lambda _index: self.edit_unit())
        self.active_button.clicked.connect(self.toggle_active)
        self.up_button.clicked.connect(lambda: self.move_unit(-1))
        self.down_button.clicked.connect(lambda: self.move_unit(1))
        self.revert_button.clicked.connect(self._revert)
        self.save_button.clicked.connect(lambda: self.save_requested.emit(list(self._units)))
        self.table.currentCellChanged.connect(lambda *_: self._update_buttons())
        self._editable = True
        self._update_buttons()

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        self._update_buttons()

    def set_units(self, units: list[Unit] | tuple[Unit, ...]) -> None:
        """The units as read again. Edits not saved yet are never replaced: when the
        stored units changed under them (another desk's save), that is said, and 还原
        shows the latest (the save would be refused)."""
        incoming = list(units)
        if self._units == self._saved:
            self.take(incoming)
        elif incoming != self._saved:
            self._latest = incoming
            self.problem.setText(
                self.tr(
                    "另一台电脑刚修改并保存了单位；您在此处的修改尚未保存，保存时会被拒绝。"
                    "点“还原”查看最新的单位后再修改。"
                )
            )

    def take(self, units: list[Unit] | tuple[Unit, ...]) -> None:
        """Show `units` as stored (this tab's own save, or nothing edited): what the
        next edit starts from."""
        self._latest = None
        self._saved = list(units)
        self._show(list(units))

    def _revert(self) -> None:
        self.take(self._latest if self._latest is not None else self._saved)

    def units(self) -> list[Unit]:
        return list(self._units)

    def unsaved(self) -> bool:
        return self._units != self._saved

    def saved(self) -> list[Unit]:
        """The units as last read: what an edit here starts from."""
        return list(self._saved)

    def _show(self, units: list[Unit], select: int | None = None) -> None:
        keep = self.table.currentRow() if select is None else select
        self._units = units
        self.problem.clear()
        self.table.setRowCount(len(units))
        for row, unit in enumerate(units):
            status = (
                self.tr("启用", "unit status") if unit.active else self.tr("停用", "unit status")
            )
            if unit not in self._saved:  # added or changed here: it looked saved
                status = self.tr("%1（未保存）").replace("%1", status)
            cells = (
                unit.code,
                unit.name,
                strings.unit_kind_name(unit.kind),
                unit.district or "—",
                status,
                self._notices_text(unit),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if not unit.active:
                    item.setForeground(Qt.GlobalColor.gray)
                if unit not in self._saved:
                    font = item.font()
                    font.setItalic(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)
        if units:
            self.table.setCurrentCell(min(max(keep, 0), len(units) - 1), 0)
        self._update_buttons()

    def _notices_text(self, unit: Unit) -> str:
        """What a branch's notices carry besides the bureau's settings, if anything."""
        if not (unit.notice_authority or unit.notice_phone):
            return "—"
        signed = unit.notice_authority or self.tr("以市局名义")
        return f"{signed} / {unit.notice_phone}" if unit.notice_phone else signed

    def _current(self) -> int | None:
        row = self.table.currentRow()
        return row if 0 <= row < len(self._units) else None

    def _update_buttons(self) -> None:
        row = self._current()
        chosen = row is not None and self._editable
        self.add_button.setEnabled(self._editable)
        self.edit_button.setEnabled(chosen)
        self.active_button.setEnabled(chosen)
        self.up_button.setEnabled(chosen and bool(row))
        self.down_button.setEnabled(chosen and row is not None and row < len(self._units) - 1)
        if row is not None:
            active = self._units[row].active
            self.active_button.setText(
                self.tr("停用", "button: make inactive") if active else self.tr("启用", "button")
            )
        changed = self.unsaved()
        self.save_button.setEnabled(self._editable and changed)
        self.revert_button.setEnabled(self._editable and (changed or self._latest is not None))

    def add_unit(self) -> None:
        dialog = UnitDialog(None, [u.code for u in self._units], self)
        with shown(dialog) as accepted:
            unit = dialog.unit() if accepted else None
        if unit is not None:
            self._show([*self._units, unit], select=len(self._units))

    def edit_unit(self) -> None:
        row = self._current()
        if row is None or not self._editable:
            return
        dialog = UnitDialog(self._units[row], [], self)
        with shown(dialog) as accepted:
            unit = dialog.unit() if accepted else None
        if unit is not None:
            self._show([*self._units[:row], unit, *self._units[row + 1 :]])

    def toggle_active(self) -> None:
        row = self._current()
        if row is not None:
            unit = self._units[row]
            changed = replace(unit, active=not unit.active)
            self._show([*self._units[:row], changed, *self._units[row + 1 :]])

    def move_unit(self, step: int) -> None:
        row = self._current()
        if row is None or not 0 <= row + step < len(self._units):
            return
        units = list(self._units)
        units[row], units[row + step] = units[row + step], units[row]
        self._show(units, select=row + step)


class AuthoritiesTab(QWidget):
    """One row per category: which level decides it, and on what basis."""

    save_requested = Signal(object)  # list[Authority]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._categories: list[str] = []
        self._saved: list[Authority] = []
        self.note = _note()
        explain = QLabel(
            self.tr(
                "下放属地分局审批的类别，由项目所在地的区县分局审批；"
                "该地没有启用的分局时仍由市局审批。表中未列的类别由市局审批。"
            )
        )
        explain.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("类别"), self.tr("审批层级"), self.tr("依据（如下放文件文号）")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.levels: list[QComboBox] = []
        self.bases: list[QLineEdit] = []
        self.problem = _problem()
        self.revert_button = QPushButton(self.tr("还原"))
        self.save_button = QPushButton(self.tr("保存审批权限"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(explain)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.problem, 1)
        bottom.addWidget(self.revert_button)
        bottom.addWidget(self.save_button)
        layout.addLayout(bottom)
        self.revert_button.clicked.connect(self._revert)
        self.save_button.clicked.connect(lambda: self.save_requested.emit(self.authorities()))
        self._editable = True
        self._rules: list[TimeLimitRule] = []
        self._table: dict[str, Authority] = {}
        # Saved elsewhere while edits were open: what 还原 shows.
        self._latest: tuple[list[TimeLimitRule], dict[str, Authority]] | None = None

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        for widget in (*self.levels, *self.bases):
            widget.setEnabled(editable)
        self._update_buttons()

    def based_on(self) -> dict[str, Authority]:
        """The table as last read: what an edit here starts from."""
        return dict(self._table)

    def set_table(self, rules: list[TimeLimitRule], authorities: dict[str, Authority]) -> None:
        """The table as read again; edits not saved yet are never replaced, as on the
        units tab."""
        if self.authorities() == self._saved:
            self.take(rules, authorities)
        elif dict(authorities) != self._table:
            self._latest = (rules, dict(authorities))
            self.problem.setText(
                self.tr(
                    "另一台电脑刚修改并保存了审批权限；您在此处的修改尚未保存，保存时会被拒绝。"
                    "点“还原”查看最新的审批权限后再修改。"
                )
            )
            self._update_buttons()

    def take(self, rules: list[TimeLimitRule], authorities: dict[str, Authority]) -> None:
        """Show the table as stored (this tab's own save, or nothing edited): what the
        next edit starts from."""
        self._latest = None
        self._rules, self._table = rules, dict(authorities)
        self._categories = [r.category for r in rules]
        self.problem.clear()
        self.table.setRowCount(len(rules))
        self.levels, self.bases = [], []
        for row, rule in enumerate(rules):
            name = QTableWidgetItem(strings.category_name(rule.category, rule.name))
            name.setData(Qt.ItemDataRole.UserRole, rule.category)
            self.table.setItem(row, 0, name)
            found = authorities.get(rule.category, Authority(rule.category, Level.CITY))
            level = QComboBox()
            for each in Level:
                level.addItem(strings.level_name(each), each.value)
            level.setCurrentIndex(level.findData(found.level.value))
            basis = QLineEdit(found.basis)
            basis.setMaxLength(AUTHORITY_BASIS.max_length)
            basis.setCursorPosition(0)
            level.currentIndexChanged.connect(lambda _i: self._update_buttons())
            basis.textChanged.connect(lambda _t: self._update_buttons())
            self.table.setCellWidget(row, 1, level)
            self.table.setCellWidget(row, 2, basis)
            self.levels.append(level)
            self.bases.append(basis)
        # Not the basis: sized to its heading while the tab was hidden, it stopped short
        # of the table's edge after a reload; the last section stretches to it.
        for column in (0, 1):
            self.table.resizeColumnToContents(column)
        self._saved = self.authorities()
        self.set_editable(self._editable)

    def _revert(self) -> None:
        self.take(*(self._latest or (self._rules, self._table)))

    def row_of(self, category: str) -> int:
        return self._categories.index(category)

    def authorities(self) -> list[Authority]:
        return [
            Authority(code, Level(level.currentData()), basis.text().strip())
            for code, level, basis in zip(self._categories, self.levels, self.bases, strict=True)
        ]

    def unsaved(self) -> bool:
        return self.authorities() != self._saved

    def _update_buttons(self) -> None:
        changed = self.unsaved()
        self.save_button.setEnabled(self._editable and changed)
        self.revert_button.setEnabled(self._editable and (changed or self._latest is not None))


class UsersTab(QWidget):
    """Who may sign in: added, changed, given a new password or disabled one at a time."""

    add_requested = Signal(object, str)  # User, initial password
    update_requested = Signal(object, object)  # User as it was, as edited
    password_requested = Signal(str, str)  # name, new password
    disable_requested = Signal(object)  # User

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._users: list[User] = []
        self._units: list[Unit] = []
        self.note = _note()
        self.table = make_table(
            [self.tr("用户名"), self.tr("单位"), self.tr("角色"), self.tr("状态")]
        )
        self.add_button = QPushButton(self.tr("新增用户…"))
        self.edit_button = QPushButton(self.tr("修改单位或角色…"))
        self.password_button = QPushButton(self.tr("重设密码…"))
        self.disable_button = QPushButton(self.tr("停用"))
        self.problem = _problem()
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addLayout(
            _buttons(self.add_button, self.edit_button, self.password_button, self.disable_button)
        )
        layout.addWidget(self.problem)
        self.add_button.clicked.connect(self.add_user)
        self.edit_button.clicked.connect(self.edit_user)
        self.table.doubleClicked.connect(lambda _index: self.edit_user())
        self.password_button.clicked.connect(self.reset_password)
        self.disable_button.clicked.connect(self.disable_user)
        self.table.currentCellChanged.connect(lambda *_: self._update_buttons())
        self._editable = True
        self._update_buttons()

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        self._update_buttons()

    def set_units(self, units: list[Unit] | tuple[Unit, ...]) -> None:
        self._units = list(units)
        self.set_users(self._users)

    def set_users(self, users: list[User]) -> None:
        keep = self.selected()
        self._users = users
        names = {u.code: u.name for u in self._units}
        self.table.setRowCount(len(users))
        for row, user in enumerate(users):
            cells = (
                user.name,
                names.get(user.unit, user.unit),
                strings.role_name(user.role),
                self.tr("启用") if user.active else self.tr("已停用"),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if not user.active:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(row, column, item)
        kept = [u.name for u in users].index(keep.name) if keep in users else 0
        if users:
            self.table.setCurrentCell(kept, 0)
        self._update_buttons()

    def users(self) -> list[User]:
        """As last shown."""
        return list(self._users)

    def selected(self) -> User | None:
        row = self.table.currentRow()
        return self._users[row] if 0 <= row < len(self._users) else None

    def _update_buttons(self) -> None:
        user = self.selected()
        self.add_button.setEnabled(self._editable)
        for button in (self.edit_button, self.password_button):
            button.setEnabled(self._editable and user is not None)
        self.disable_button.setEnabled(self._editable and user is not None and user.active)

    def _active_units(self) -> list[Unit]:
        return [u for u in self._units if u.active]

    def add_user(self) -> None:
        taken = [u.name for u in self._users]
        dialog = UserDialog(None, self._active_units(), taken, self)
        with shown(dialog) as accepted:
            if accepted:
                self.add_requested.emit(dialog.user(), dialog.password())

    def edit_user(self) -> None:
        user = self.selected()
        if user is None or not self._editable:
            return
        dialog = UserDialog(user, self._active_units(), [], self)
        with shown(dialog) as accepted:
            changed = dialog.user() if accepted else None
        if changed is not None and changed != user:
            self.update_requested.emit(user, changed)

    def reset_password(self) -> None:
        user = self.selected()
        if user is None:
            return
        dialog = PasswordDialog(user.name, self)
        with shown(dialog) as accepted:
            if accepted:
                self.password_requested.emit(user.name, dialog.password())

    def disable_user(self) -> None:
        """Asked for (the controller asks first, counting the user's open items)."""
        user = self.selected()
        if user is None:
            return
        try:  # refused at once, not after the question (the last admin stays)
            check_an_admin(replace(u, active=False) if u == user else u for u in self._users)
        except DomainError as exc:
            self.problem.setText(strings.error_text(exc))
            return
        self.disable_requested.emit(user)


class UnitsPage(QWidget):
    """The three tabs; `show_problem` puts a refusal under the tab it concerns."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.units = UnitsTab()
        self.authorities = AuthoritiesTab()
        self.users = UsersTab()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.units, self.tr("单位"))
        self.tabs.addTab(self.authorities, self.tr("审批权限"))
        self.tabs.addTab(self.users, self.tr("用户"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def unsaved(self) -> bool:
        return self.units.unsaved() or self.authorities.unsaved()

    def set_permissions(self, units: str | None, users: str | None) -> None:
        """Editable where the text is None; otherwise read-only, with the text saying
        why."""
        for tab, why in ((self.units, units), (self.authorities, units), (self.users, users)):
            tab.set_editable(why is None)
            tab.note.setText(why or "")
            tab.note.setVisible(why is not None)
