"""Preferences: the bureau's settings for written notices (kept in the database, shared
by every desk), whether a single-desk file asks who signs in, and this desk's own: the
user's name, the language.

The dialog only collects: the window reads the bureau's settings before it opens and
writes them after it closes, on the worker.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from approvals_gui.domain.access import Permission, User, may
from approvals_gui.domain.errors import DomainError
from approvals_gui.domain.notices import (
    NUMBER_PATTERN,
    SPECIAL_DAYS_RANGE,
    NoticeSettings,
    checked_settings,
    example_number,
    numbers_kinds_apart,
)
from approvals_gui.domain.text import AUTHORITY, CONTACT, HANDLER, PHONE, person_name
from approvals_gui.ui import settings as options
from approvals_gui.ui import spin_units, strings
from approvals_gui.ui.dialogs.modal import ok_cancel
from approvals_gui.ui.labels import CAUTION_STYLE, ERROR_STYLE, HINT_STYLE
from approvals_gui.ui.pane_parts import WholeLinesLabel
from approvals_gui.ui.spin_box import SpinBox


class SettingsDialog(QDialog):
    def __init__(
        self,
        settings: QSettings,
        notices: NoticeSettings,
        parent: QWidget | None = None,
        *,
        sign_in: bool | None = None,
        admin_exists: bool = True,
        user: User | None = None,
        first_run: Callable[[], None] | None = None,
        year: int | None = None,
    ) -> None:
        """`sign_in`: whether this file asks for sign-in now (None on a server, where
        everyone does); `admin_exists`: whether it has an active admin account, without
        which sign-in cannot be turned on; `user`: who is signed in, if anyone;
        `first_run`: runs the first-run setup again (without it, the next start does);
        `year`: the program's, which the example 文号 carries (None: the computer's)."""
        super().__init__(parent)
        self._year = year if year is not None else date.today().year
        self._settings = settings
        self._notices = notices
        self._sign_in = sign_in
        self.sign_in = QCheckBox(self.tr("本机数据库需要登录"))
        self.sign_in.setChecked(bool(sign_in))
        self.sign_in.setToolTip(
            self.tr(
                "勾选后，每次启动须用管理员开设的账号登录，操作记录按登录的用户记载；"
                "须至少有一个启用的管理员账号。下次启动时生效。"
            )
        )
        self.sign_in.setVisible(sign_in is not None)
        self.sign_in.setEnabled(may(user, Permission.EDIT_SETTINGS))
        if not sign_in and not admin_exists:  # turned on, it was refused after the rest saved
            self.sign_in.setEnabled(False)
            self.sign_in.setToolTip(
                self.tr("须先在“单位与用户”中添加一个启用的管理员账号，才能开启登录。")
            )
        self.setWindowTitle(self.tr("设置"))
        self.setMinimumWidth(480)
        self.authority = QLineEdit(notices.authority)
        self.number_pattern = QLineEdit(notices.number_pattern)
        self.number_pattern.setToolTip(
            self.tr("{year}：申请编号中的年份；{n}：申请编号中的序号；{kind}：文书类别（受、补等）")
        )
        # The pattern is a template ({year}…): what it makes of a notice, as it is typed.
        self.number_example = WholeLinesLabel()  # a problem may take more lines
        self.number_example.setObjectName("number_example")
        self.number_example.setWordWrap(True)
        self.number_pattern.textChanged.connect(self._show_example)
        self._show_example(notices.number_pattern)
        self.contact = QLineEdit(notices.contact)
        self.contact.setPlaceholderText(self.tr("留空则为承办人"))
        self.phone = QLineEdit(notices.phone)
        # A branch may have its own: said where the bureau's are set.
        branches_own = self.tr("区县分局可在“单位与用户”中另设本单位通知书的发文机关和联系电话。")
        self.authority.setToolTip(branches_own)
        self.phone.setToolTip(branches_own)
        self.special_days = SpinBox()
        self.special_days.setRange(SPECIAL_DAYS_RANGE.start, SPECIAL_DAYS_RANGE.stop - 1)
        self.special_days.setValue(notices.special_days)
        spin_units.count_in(self.special_days, spin_units.workdays)
        self.user = QLineEdit(options.USER_NAME.get(settings))
        self.user.setMaxLength(HANDLER.max_length)  # what a step's handler may be
        if user is not None:  # the history records who signed in, not this name
            self.user.setText(user.name)
            self.user.setEnabled(False)
            self.user.setToolTip(self.tr("已登录：办理记录按登录的用户记载。"))
        self.database = QLineEdit(options.DATABASE.get(settings))
        self.database.setPlaceholderText(self.tr("留空为本机默认数据库"))
        self.database.setToolTip(
            self.tr(
                "数据库文件的路径，或办公室共用服务器的地址，如 "
                "postgresql://用户名@服务器:5432/approvals；下次启动时生效。"
            )
        )
        for edit in (self.contact, self.database):  # the hint whole while empty
            hint = edit.fontMetrics().horizontalAdvance(edit.placeholderText())
            edit.setMinimumWidth(hint + 16)  # the frame and text margins
        self.language = QComboBox()
        self.language.addItem("中文（简体）", "zh_CN")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(options.language(settings))))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #8e0000;")
        self.problem.hide()
        self._first_run = first_run
        self.first_run = QPushButton(self.tr("重新运行初始设置…"))
        self.first_run.setToolTip(self._first_run_tip(user))
        self.first_run.clicked.connect(self._rerun_first_run)
        self.reminders = QCheckBox(self.tr("到期提醒（系统托盘）"))
        self.reminders.setChecked(options.REMINDERS.get(settings))
        self.reminders.setToolTip(
            self.tr("每天首次打开时列出我名下本周到期的事项；事项超期时在系统托盘提示。")
        )
        self._fields: dict[str, tuple[QWidget, str]] = {
            AUTHORITY.name: (self.authority, self.tr("发文机关")),
            NUMBER_PATTERN.name: (self.number_pattern, self.tr("发文字号格式")),
            CONTACT.name: (self.contact, self.tr("联系人")),
            PHONE.name: (self.phone, self.tr("联系电话")),
            "special_days": (self.special_days, self.tr("特别程序预计用时")),
        }
        # Shown, not editable, to whom may not change them: saving was refused after
        # the dialog had closed on what was typed.
        self.bureau_only = QLabel(self.tr("通知书设置由管理员修改，这里只供查看。"))
        self.bureau_only.setWordWrap(True)
        self.bureau_only.setStyleSheet(HINT_STYLE)
        editable = may(user, Permission.EDIT_SETTINGS)
        for widget, _label in self._fields.values():
            widget.setEnabled(editable)  # greyed, as the signed-in name below
        self._layout()
        self.bureau_only.setVisible(not editable)  # once in the layout: not a window

    def _first_run_tip(self, user: User | None) -> str:
        """What the first-run questions will ask this user: as the dialog has them."""
        if user is None:
            return self.tr("再次填写局名、我的姓名、所在单位和界面语言。")
        if may(user, Permission.EDIT_SETTINGS):
            return self.tr("再次填写局名和界面语言；姓名和所在单位以登录账号为准。")
        return self.tr("再次选择界面语言；姓名和所在单位以登录账号为准，局名由管理员设置。")

    def _layout(self) -> None:
        bureau = QGroupBox(self.tr("通知书（全局设置，各电脑共用）"))
        bureau_form = QFormLayout(bureau)
        bureau_form.addRow(self.bureau_only)
        for widget, label in self._fields.values():
            bureau_form.addRow(label, widget)
            if widget is self.number_pattern:
                bureau_form.addRow("", self.number_example)
        mine = QGroupBox(self.tr("本机设置"))
        mine_form = QFormLayout(mine)
        mine_form.addRow(self.tr("我的姓名（承办人）"), self.user)
        mine_form.addRow(self.tr("界面语言"), self.language)
        mine_form.addRow(self.tr("数据库（下次启动生效）"), self.database)
        mine_form.addRow(self.sign_in)
        mine_form.addRow(self.reminders)
        mine_form.addRow(self.first_run)
        buttons, self.ok_button = ok_cancel(self, self.tr("确定"))
        layout = QVBoxLayout(self)
        layout.addWidget(bureau)
        layout.addWidget(mine)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def _show_example(self, pattern: str) -> None:
        try:
            example = example_number(pattern, self._year)
        except DomainError as exc:
            self.number_example.setStyleSheet(ERROR_STYLE)
            self.number_example.setText(strings.error_text(exc))
            self._grow_to_fit()
            return
        if numbers_kinds_apart(pattern):
            self.number_example.setStyleSheet(HINT_STYLE)
            shown = self.tr("例：受理通知书的文号为 %1")
        else:  # allowed, but two documents with one 文号 is rarely what a bureau wants
            self.number_example.setStyleSheet(CAUTION_STYLE)
            shown = self.tr(
                "例：受理通知书的文号为 %1。格式中没有 {kind}（文书类别），"
                "同一申请的受理、补正等各份通知书将使用同一文号。"
            )
        self.number_example.setText(shown.replace("%1", example))
        self._grow_to_fit()

    def _grow_to_fit(self) -> None:
        """Taller, if a text wrapped to more lines (a problem under the pattern, or
        beside the buttons): the form kept its rows where they were, and the row
        below covered the last lines."""
        if (wanted := self.sizeHint().height()) > self.height():
            self.resize(self.width(), wanted)

    def _rerun_first_run(self) -> None:
        """The first-run setup: now, in place of this dialog, where the window offers
        it; otherwise at the next start."""
        options.FIRST_RUN_DONE.set(self._settings, False)
        if self._first_run is not None:
            self.reject()
            QTimer.singleShot(0, self._first_run)  # once this dialog is closed
            return
        self.first_run.setText(self.tr("下次启动时将重新运行初始设置"))
        self.first_run.setEnabled(False)

    def notice_settings(self) -> NoticeSettings:
        """The notice settings as typed; checked (DomainError) by `accept`."""
        return NoticeSettings(
            self.authority.text(),
            self.number_pattern.text(),
            self.contact.text(),
            self.phone.text(),
            self.special_days.value(),
        )

    def accept(self) -> None:
        """Closes only with notice settings the database will take; otherwise says
        what is wrong beside the buttons and puts the cursor in that field. Settings
        left as they were are not saved, so not checked: a telephone kept before it
        was checked does not keep the dialog from closing."""
        if self.notice_settings() == self._notices:
            super().accept()
            return
        try:
            self._notices = checked_settings(self.notice_settings())
        except DomainError as exc:
            field = str(exc.params.get("field", AUTHORITY.name))
            widget, label = self._fields[field]
            if field == NUMBER_PATTERN.name:  # said in full under the pattern already
                said = self.tr("发文字号格式有误，请按其下方的说明改正。")
            else:
                said = strings.field_problem(label, exc)
            self.problem.setText(said)
            self.problem.show()
            self._grow_to_fit()
            widget.setFocus()
            return
        super().accept()

    def checked_notices(self) -> NoticeSettings:
        """The notice settings as accepted (cleaned and checked)."""
        return self._notices

    def sign_in_required(self) -> bool | None:
        """Whether this file is to ask for sign-in, as ticked; None on a server."""
        return None if self._sign_in is None else self.sign_in.isChecked()

    def save(self) -> None:
        """Store this desk's choices; an emptied name keeps the previous one (and a
        signed-in user's name is not this desk's)."""
        if self.user.isEnabled() and (user := person_name(self.user.text())):
            options.USER_NAME.set(self._settings, user)
        options.save_language(self._settings, str(self.language.currentData()))
        options.DATABASE.set(self._settings, self.database.text().strip())
        options.REMINDERS.set(self._settings, self.reminders.isChecked())
