"""What happens to an error nobody expected: it is logged with its traceback, the user
sees a dialog that says so in plain words (with the details to copy for support), and the
window carries on."""

from __future__ import annotations

import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from approvals_gui.logs import log, log_folder


class ErrorReporter(QObject):
    """Installed as sys.excepthook (and threading.excepthook) for the window's life."""

    _raised_elsewhere = Signal(str)  # from another thread: shown on the UI thread

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._showing = False
        self.shown: list[str] = []  # details of every dialog shown, newest last
        self._raised_elsewhere.connect(self._show)

    def install(self) -> None:
        sys.excepthook = self.report
        threading.excepthook = self._report_thread

    def uninstall(self) -> None:
        sys.excepthook = sys.__excepthook__
        threading.excepthook = threading.__excepthook__

    def report(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        log.error("unexpected error", exc_info=(kind, error, tb))
        details = "".join(traceback.format_exception(kind, error, tb))
        if threading.current_thread() is threading.main_thread():
            self._show(details)
        else:
            self._raised_elsewhere.emit(details)

    def _report_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.report(args.exc_type, args.exc_value, args.exc_traceback)

    @Slot(str)
    def _show(self, details: str) -> None:
        self.shown.append(details)
        if self._showing:  # an error while the dialog is up: logged, not stacked
            return
        self._showing = True
        try:
            self._dialog(details)
        finally:
            self._showing = False

    def _dialog(self, details: str) -> None:
        box = QMessageBox(QApplication.activeWindow())
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(self.tr("意外错误"))
        box.setText(
            self.tr(
                "程序遇到了一个意外错误，刚才的操作可能没有完成。已保存的数据不受影响，可以继续工作。"
            )
        )
        box.setInformativeText(
            self.tr("错误详情已记入日志（%1），可复制后发给技术支持。").replace(
                "%1", str(log_folder())
            )
        )
        box.setDetailedText(details)
        copy = box.addButton(self.tr("复制详情"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Ok)
        copy.clicked.disconnect()  # copying must not close the dialog
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(details))
        box.exec()
        box.deleteLater()
