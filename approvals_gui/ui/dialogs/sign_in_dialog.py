"""Signing in: a user name and a password, checked on the database worker.

A refusal (wrong name or password, a locked or disabled account) is shown in the
dialog, which stays open for another try. The password goes only to the service; it
is never logged, and the field is emptied after every refusal.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from approvals_gui.domain.access import User
from approvals_gui.domain.errors import DomainError
from approvals_gui.logs import log
from approvals_gui.services import users
from approvals_gui.services.workspace import Workspace
from approvals_gui.store.errors import StoreError
from approvals_gui.ui import strings
from approvals_gui.ui.dialogs.modal import ok_cancel
from approvals_gui.ui.workers import Worker


class SignInDialog(QDialog):
    """Accepted once the service has signed someone in; `user` is then who.

    `answered` is emitted after each attempt, signed in or refused.
    """

    answered = Signal()

    def __init__(
        self,
        ws: Workspace,
        worker: Worker,
        parent: QWidget | None = None,
        *,
        name: str = "",
        note: str = "",
    ) -> None:
        super().__init__(parent)
        self._ws = ws
        self._worker = worker
        self.user: User | None = None
        self.setWindowTitle(self.tr("登录 — 一次办结"))
        self.setMinimumWidth(400)
        self.note = QLabel(note or self.tr("请使用管理员为您开设的账号登录。"))
        self.note.setWordWrap(True)
        self.name = QLineEdit(name)
        self.name.setMaxLength(50)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #8e0000;")
        self.problem.hide()
        self.buttons, self.sign_in_button = ok_cancel(self, self.tr("登录"))
        form = QFormLayout()
        form.addRow(self.tr("用户名"), self.name)
        form.addRow(self.tr("密码"), self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        (self.password if name else self.name).setFocus()

    def accept(self) -> None:
        """Ask the service (on the worker); the dialog closes only when it signs in."""
        name, password = self.name.text().strip(), self.password.text()
        if not name or not password:
            self._show_problem(self.tr("请输入用户名和密码。"))
            return
        self._busy(True)
        job = partial(users.sign_in, self._ws, name, password)
        self._worker.run(job, self._signed_in, self._refused, owner=self)

    def _signed_in(self, user: User) -> None:
        log.info("signed in: %s (%s)", user.name, user.role)
        self.user = user
        self._busy(False)
        self.answered.emit()
        super().accept()

    def _refused(self, error: Exception) -> None:
        self._busy(False)
        if not isinstance(error, DomainError | StoreError):
            self.answered.emit()
            raise error
        log.info("sign-in refused: %s", getattr(error, "code", type(error).__name__))
        self.password.clear()
        self._show_problem(strings.error_text(error))
        self.password.setFocus()
        self.answered.emit()

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def _busy(self, busy: bool) -> None:
        self.sign_in_button.setEnabled(not busy)
        self.name.setEnabled(not busy)
        self.password.setEnabled(not busy)
