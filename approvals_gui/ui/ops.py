"""What the clerk does to applications: dialogs in, writes off the UI thread, errors out.

Slots never write: they collect input with a dialog, then hand the write to the
window's background worker; `changed` reports the application that changed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from approvals_gui.domain.errors import DomainError
from approvals_gui.domain.stages import Action, effective_history
from approvals_gui.services.applications import ApplicationDetail, Step, apply_step, detail
from approvals_gui.services.directory import enterprises, handlers
from approvals_gui.services.workspace import Workspace
from approvals_gui.store.errors import StoreError, StoreErrorCode
from approvals_gui.ui import notices, strings
from approvals_gui.ui.dialogs.modal import run_modal, shown
from approvals_gui.ui.dialogs.register_dialog import RegisterDialog
from approvals_gui.ui.dialogs.step_dialog import StepDialog
from approvals_gui.ui.dialogs.why_dialog import WhyDialog
from approvals_gui.ui.workers import Background


class ApplicationOps(QObject):
    changed = Signal(int)  # an application was created or changed
    failed = Signal(str)  # a message already shown to the user

    def __init__(self, ws: Workspace, background: Background, window: QWidget, bureau: str) -> None:
        super().__init__(window)
        self._ws = ws
        self._background = background
        self._window = window
        self.bureau = bureau

    def register(self) -> None:
        dialog = RegisterDialog(self._ws, enterprises(self._ws), handlers(self._ws), self._window)
        with shown(dialog) as accepted:
            created = dialog.application_id
        if accepted and created is not None:
            self.changed.emit(created)

    def step(self, application_id: int, action: Action) -> None:
        current = detail(self._ws, application_id)
        if action not in current.allowed:  # e.g. an extension at intake, or a second one
            QMessageBox.information(
                self._window,
                strings.action_name(action),
                self.tr("“%1”现在不能办理：申请处于“%2”环节。")
                .replace("%1", strings.action_name(action))
                .replace("%2", strings.stage_name(current.view.record.facts.stage)),
            )
            return
        if action is Action.UNDO:
            step = self._confirm_undo(current)
        else:
            dialog = StepDialog(self._ws, current, action, self._window)
            with shown(dialog) as accepted:
                step = dialog.step() if accepted else None
        if step is None:
            return
        version = current.view.record.version
        self._background.run(
            lambda: apply_step(self._ws, application_id, version, step),
            lambda _version: self.changed.emit(application_id),
            lambda error: self._step_failed(error, application_id),
        )

    def _confirm_undo(self, current: ApplicationDetail) -> Step | None:
        last = effective_history(current.events)[-1]
        text = (
            self.tr("将撤销：%1（%2，%3），回到“%4”环节。撤销操作本身会记入办理过程。确定撤销吗？")
            .replace("%1", strings.action_name(last.action))
            .replace("%2", last.on.isoformat())
            .replace("%3", last.actor)
            .replace("%4", strings.stage_name(last.from_stage or last.to_stage))
        )
        answer = QMessageBox.question(self._window, self.tr("撤销上一步"), text)
        if answer != QMessageBox.StandardButton.Yes:
            return None
        return Step(
            Action.UNDO, remark=self.tr("撤销：%1").replace("%1", strings.action_name(last.action))
        )

    def _step_failed(self, error: Exception, application_id: int) -> None:
        message = strings.error_text(error)
        if isinstance(error, StoreError) and error.code is StoreErrorCode.STALE:
            answer = QMessageBox.question(
                self._window,
                self.tr("保存冲突"),
                message + "\n\n" + self.tr("是否立即重新载入该申请？"),
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.changed.emit(application_id)
        elif isinstance(error, DomainError | StoreError):
            QMessageBox.warning(self._window, self.tr("无法办理"), message)
        else:
            raise error
        self.failed.emit(message)

    def why(self, application_id: int) -> None:
        run_modal(WhyDialog(detail(self._ws, application_id), self._window))

    def notice(self, application_id: int, kind: str) -> None:
        """Save the notice as PDF, or print it."""
        current = detail(self._ws, application_id)
        html = notices.notice_html(kind, current, self.bureau, self._ws.today())
        box = QMessageBox(self._window)
        box.setWindowTitle(self.tr("通知书"))
        box.setText(self.tr("保存为 PDF 文件，还是直接打印？"))
        save = box.addButton(self.tr("保存为 PDF…"), QMessageBox.ButtonRole.AcceptRole)
        printing = box.addButton(self.tr("打印…"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(self.tr("取消"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is save:
            self.save_notice_pdf(current, kind, html)
        elif box.clickedButton() is printing:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            with shown(QPrintDialog(printer, self._window)) as accepted:
                if accepted:
                    notices.print_document(html, printer)

    def save_notice_pdf(self, current: ApplicationDetail, kind: str, html: str) -> Path | None:
        title = self.tr("受理通知书") if kind == notices.ACCEPTANCE else self.tr("补正材料通知书")
        suggested = f"{current.view.record.number}-{title}.pdf"
        path, _filter = QFileDialog.getSaveFileName(
            self._window, title, suggested, self.tr("PDF 文件 (*.pdf)")
        )
        if not path:
            return None
        try:
            return notices.write_pdf(html, Path(path))
        except OSError as exc:
            QMessageBox.warning(self._window, title, str(exc))
            return None
