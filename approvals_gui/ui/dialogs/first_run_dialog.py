"""First-run setup (issue 13): the bureau's name, the clerk's own name and unit, and
the language, asked once before the window first opens.

Signed in, the name and unit are the account's: shown, not asked. The bureau's name is
asked only of a user who may set it; to anyone else the dialog says the administrator
(管理员) sets it, rather than asking for a field they cannot fill in.

Without it the clerk was the computer's login ("root"), so 我的事项 listed nothing, and
notices were signed by a placeholder bureau. What the dialog offers (the handlers and
units in the database, the bureau's name as stored) is read on the worker; the bureau's
name is written there too, and the dialog closes once it is.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QTimer, QTranslator, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from approvals_gui.domain.access import Permission, may
from approvals_gui.domain.errors import DomainError
from approvals_gui.domain.notices import NoticeSettings, checked_settings
from approvals_gui.domain.text import HANDLER, person_name
from approvals_gui.domain.units import Unit
from approvals_gui.i18n import install_translators
from approvals_gui.services import directory, notices
from approvals_gui.services.workspace import Workspace
from approvals_gui.store.errors import StoreError
from approvals_gui.ui import settings as options
from approvals_gui.ui import strings
from approvals_gui.ui.collation import in_pinyin_order
from approvals_gui.ui.dialogs.modal import ok_cancel
from approvals_gui.ui.workers import Worker

LANGUAGES = (("中文（简体）", "zh_CN"), ("English", "en"))  # each in its own language


@dataclass(frozen=True)
class Choices:
    """What the dialog offers: the database's handlers and active units, and the
    bureau's notice settings as stored; `account_unit`, the name of a signed-in user's
    unit (active or not), "" without sign-in."""

    handlers: tuple[str, ...]
    units: tuple[Unit, ...]
    notices: NoticeSettings
    account_unit: str = ""


def read_choices(ws: Workspace) -> Choices:
    """On the worker: the names and units to pick from."""
    units = tuple(u for u in ws.units() if u.active)
    account_unit = ws.unit_name(ws.user.unit) if ws.user is not None else ""
    handlers = tuple(directory.handlers(ws))
    return Choices(handlers, units, notices.notice_settings(ws), account_unit)


class FirstRunDialog(QDialog):
    """Accepted once everything is kept: the bureau's name in the database (where this
    desk may set it), the rest in this desk's settings, with FIRST_RUN_DONE.

    `translators`: the application's translators, swapped as the language is picked so
    that the dialog speaks it at once; None leaves the application's alone.
    `loaded` is emitted once the choices are in, `answered` after a failed save.
    """

    loaded = Signal()
    answered = Signal()

    def __init__(
        self,
        ws: Workspace,
        worker: Worker,
        settings: QSettings,
        parent: QWidget | None = None,
        *,
        translators: list[QTranslator] | None = None,
    ) -> None:
        super().__init__(parent)
        self._ws, self._worker, self._settings = ws, worker, settings
        self._translators = translators
        self._notices: NoticeSettings | None = None
        self.ready = False  # the choices are in (or could not be read)
        self.may_edit_bureau = may(ws.user, Permission.EDIT_SETTINGS)
        # The texts follow the permission, not a failed read (that shows its own problem).
        self.bureau_by_admin = not self.may_edit_bureau
        self._account_unit = ""  # the signed-in user's unit's name, once read
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.bureau = QLineEdit()
        self.account = QLabel()  # signed in: the account's name and unit, not to be changed
        self.name = QComboBox()
        self.name.setEditable(True)
        self.name.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        if (edit := self.name.lineEdit()) is not None:
            edit.setMaxLength(HANDLER.max_length)  # what a step's handler may be
        self.unit = QComboBox()
        self.language = QComboBox()
        for text, code in LANGUAGES:
            self.language.addItem(text, code)
        self.language.setCurrentIndex(max(0, self.language.findData(options.language(settings))))
        self.next_steps = QLabel()
        self.next_steps.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #8e0000;")
        self.problem.hide()
        self._problem_about: QWidget | None = None  # the field the problem shown is about
        self._problem_text: Callable[[], str] = str  # says it, in the language of the moment
        self.buttons, self.ok_button = ok_cancel(self, "")
        self._form = QFormLayout()
        self._layout()
        self._retranslate()
        self._busy(True)
        self.language.currentIndexChanged.connect(self._language_picked)
        # A problem stays only until its field is edited: then it may be mended.
        self.name.editTextChanged.connect(lambda _text: self._edited(self.name))
        self.bureau.textChanged.connect(lambda _text: self._edited(self.bureau))
        # Enter in the bureau's field reaches `accept` (the default button) next.
        self._entered_bureau = False
        self.bureau.returnPressed.connect(lambda: setattr(self, "_entered_bureau", True))
        worker.run(partial(read_choices, ws), self._fill, self._not_read, owner=self)

    def _layout(self) -> None:
        self.setMinimumWidth(480)
        self._labels = [QLabel() for _ in range(5)]
        rows = (self.bureau, self.account, self.name, self.unit, self.language)
        for label, widget in zip(self._labels, rows, strict=True):
            self._form.addRow(label, widget)
        signed_in = self._ws.user is not None
        self._form.setRowVisible(self.account, signed_in)
        for asked in (self.name, self.unit):  # signed in, the account's are shown instead
            self._form.setRowVisible(asked, not signed_in)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self._form)
        layout.addWidget(self.next_steps)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def _retranslate(self) -> None:
        """Every text, again after the language changed."""
        self.setWindowTitle(self.tr("初始设置 — 一次办结"))
        self.intro.setText(self._intro_text())
        labels = [self.tr("发文机关（局名）"), self.tr("登录账号"), self.tr("我的姓名（承办人）")]
        labels += [self.tr("所在单位"), self.tr("界面语言")]
        for label, text in zip(self._labels, labels, strict=True):
            label.setText(text)
        if self.bureau_by_admin:
            self.bureau.setPlaceholderText(self.tr("由管理员设置"))
            self.bureau.setToolTip(self.tr("只有管理员可以修改局名。"))
        else:
            self.bureau.setPlaceholderText(self.tr("例如：江城市生态环境局"))
            self.bureau.setToolTip(self.tr("通知书和报表上署名的机关，各电脑共用。"))
        self._show_account()
        self.account.setToolTip(self.tr("姓名和所在单位由管理员在“单位与用户”中维护。"))
        if (edit := self.name.lineEdit()) is not None:
            edit.setPlaceholderText(self.tr("选择或输入您的姓名"))
        self.next_steps.setText(
            self.tr("“开始使用”打开“我的事项”，列出承办人为您的申请；“以后再说”则下次启动时再问。")
        )
        self.ok_button.setText(self.tr("开始使用"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("以后再说"))
        if self.unit.count() and self.unit.itemData(0) == "":
            self.unit.setItemText(0, self.tr("（不指定）"))
        if not self.problem.isHidden():
            self.problem.setText(self._problem_text())

    def _intro_text(self) -> str:
        """What this user is asked for: signed in, not their name and unit; the bureau's
        name only where they may set it."""
        if self._ws.user is None:
            return self.tr("欢迎使用一次办结。请填写贵局的名称和您的姓名，以后可在“设置”中修改。")
        if self.bureau_by_admin:
            return self.tr(
                "欢迎使用一次办结。您的姓名和所在单位以登录账号为准，局名由管理员设置；"
                "请选择界面语言，以后也可在“设置”中修改。"
            )
        return self.tr(
            "欢迎使用一次办结。您的姓名和所在单位以登录账号为准；"
            "请填写贵局的名称（各电脑共用），以后可在“设置”中修改。"
        )

    def _show_account(self) -> None:
        """A signed-in user's name, with their unit's once it is read."""
        user = self._ws.user
        if user is None:
            return
        unit = self._account_unit
        text = self.tr("%1（%2）").replace("%2", unit).replace("%1", user.name)
        self.account.setText(text if unit else user.name)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            # Once the children have it too: the button box, told after the dialog,
            # names its buttons 确定 and 取消 (OK, Cancel) again.
            QTimer.singleShot(0, self, self._retranslate)
        super().changeEvent(event)

    def _language_picked(self) -> None:
        """Speak the picked language at once; kept only when the dialog is accepted."""
        if self._translators is None:
            return
        app = QCoreApplication.instance()
        assert app is not None
        for translator in self._translators:
            app.removeTranslator(translator)
        self._translators[:] = install_translators(app, str(self.language.currentData()))

    # -- choices -----------------------------------------------------------------------

    def _fill(self, choices: Choices) -> None:
        self._notices = choices.notices
        self._account_unit = choices.account_unit
        self._show_account()
        default = NoticeSettings().authority  # the placeholder the clerk is to replace
        if choices.notices.authority != default:
            self.bureau.setText(choices.notices.authority)
        self._fill_name(choices.handlers)
        self._fill_units(choices.units)
        self._busy(False)
        self.ready = True
        self.loaded.emit()

    def _not_read(self, error: Exception) -> None:
        """Nothing to pick from: the names are typed, the bureau's name is left as is."""
        self.may_edit_bureau = False
        self._fill_name(())
        self._fill_units(())
        self.ready = True
        self._failed(error)
        self.loaded.emit()

    def _fill_name(self, handlers: tuple[str, ...]) -> None:
        user = self._ws.user
        if user is not None:  # the history records who signed in: not to be changed
            self.name.addItem(user.name)
            return
        self.name.addItems(in_pinyin_order(handlers))
        saved = self._settings.value(options.USER_NAME.key)  # not the login's default
        self.name.setCurrentText(str(saved) if saved else "")

    def _fill_units(self, units: tuple[Unit, ...]) -> None:
        self.unit.addItem(self.tr("（不指定）"), "")
        for unit in units:
            self.unit.addItem(unit.name, unit.code)
        wanted = self._ws.user.unit if self._ws.user else options.USER_UNIT.get(self._settings)
        self.unit.setCurrentIndex(max(0, self.unit.findData(wanted)))

    def _busy(self, busy: bool) -> None:
        signed_in = self._ws.user is not None
        self.ok_button.setEnabled(not busy)
        self.bureau.setEnabled(not busy and self.may_edit_bureau)
        self.name.setEnabled(not busy and not signed_in)
        self.unit.setEnabled(not busy and not signed_in)

    # -- keeping them --------------------------------------------------------------------

    def picked_name(self) -> str:
        return person_name(self.name.currentText())

    def accept(self) -> None:
        """Check what was typed, write the bureau's name if it changed (on the worker),
        then keep the rest; a problem is shown beside the buttons."""
        entered, self._entered_bureau = self._entered_bureau, False
        if not self.picked_name():
            if entered:  # Enter after the bureau's name: on to the next field, no reproach
                self.name.setFocus()
                return
            self._show_problem(lambda: self.tr("请选择或输入您的姓名。"), self.name)
            return
        wanted = self._wanted_notices()
        if wanted is None:
            return
        if wanted == self._notices:
            self._keep()
            return
        self._busy(True)
        job = partial(notices.save_notice_settings, self._ws, wanted, self._notices)
        self._worker.run(job, lambda _changes: self._keep(), self._failed, owner=self)

    def _wanted_notices(self) -> NoticeSettings | None:
        """The notice settings with the bureau's name as typed; None, with the problem
        shown, if it cannot be kept. Unchanged where this desk may not set it."""
        if not self.may_edit_bureau or self._notices is None:
            return self._notices
        try:
            return checked_settings(replace(self._notices, authority=self.bureau.text()))
        except DomainError as exc:
            label = self._form.labelForField(self.bureau)

            def said(exc: DomainError = exc) -> str:
                return strings.field_problem(label.text() if isinstance(label, QLabel) else "", exc)

            self._show_problem(said, self.bureau)
            return None

    def _keep(self) -> None:
        s = self._settings
        if self._ws.user is None:
            options.USER_NAME.set(s, self.picked_name())
            options.USER_UNIT.set(s, str(self.unit.currentData() or ""))
        if self.may_edit_bureau:
            options.BUREAU_NAME.set(s, self.bureau.text().strip())
        options.save_language(s, str(self.language.currentData()))
        options.LAST_VIEW.set(s, "mine")  # the window opens on 我的事项
        options.FIRST_RUN_DONE.set(s, True)
        s.sync()
        super().accept()

    def _failed(self, error: Exception) -> None:
        self._busy(False)
        if not isinstance(error, DomainError | StoreError):
            raise error
        self._show_problem(lambda: strings.error_text(error), self.bureau)
        self.answered.emit()

    def _show_problem(self, said: Callable[[], str], widget: QWidget) -> None:
        self._problem_text = said
        self.problem.setText(said())
        self.problem.show()
        self._problem_about = widget
        widget.setFocus()

    def _edited(self, widget: QWidget) -> None:
        if widget is self._problem_about:
            self.problem.hide()
            self._problem_about = None
