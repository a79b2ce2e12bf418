"""Long work (export, import) off the UI thread, behind a progress dialog with Cancel."""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from approvals_gui.services.progress import Cancelled, Progress
from approvals_gui.ui import strings
from approvals_gui.ui.workers import Worker

SHOW_AFTER_MS = 400  # quick work finishes without a dialog flashing up


class LongTask(QObject):
    """One run: `progress` is handed to the work and called from its thread."""

    _progressed = Signal(int, int)

    def __init__(
        self, parent: QWidget, label: str, *, modal: bool = True, finishing: str = ""
    ) -> None:
        """`modal`: the window waits for the work (an import, a restore: they write);
        otherwise it stays in use beside its progress (an export reads a copy).
        `finishing`: what the label says once every part is done and the work winds up
        (a workbook's file saved: a second and more at 100,000 rows, the bar full)."""
        super().__init__(parent)
        self._cancel = threading.Event()
        self._finishing = finishing
        self.dialog = QProgressDialog(label, self.tr("取消"), 0, 0, parent)
        self.dialog.setWindowModality(
            Qt.WindowModality.WindowModal if modal else Qt.WindowModality.NonModal
        )
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self._cancel.set)
        self._progressed.connect(self._show)
        # Its first value starts the timer that shows it (busy) after SHOW_AFTER_MS;
        # without one it showed only after Qt's default 4 s, or at the work's first
        # report (a restore's first check of a large file says nothing for seconds).
        self.dialog.setValue(0)

    def progress(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise Cancelled
        self._progressed.emit(done, total)

    @Slot(int, int)  # a slot, so the worker's signal is queued to this (the UI) thread
    def _show(self, done: int, total: int) -> None:
        if not self._cancel.is_set():
            self.dialog.setMaximum(max(total, 1))
            self.dialog.setValue(min(done, total))
            if self._finishing and done >= total:
                self.dialog.setLabelText(self._finishing)

    def cancel(self) -> None:
        self._cancel.set()

    def finish(self) -> None:
        self.dialog.close()
        self.deleteLater()


def run_long(
    background: Worker,
    parent: QWidget,
    label: str,
    work: Callable[[Progress], Any],
    on_done: Callable[[Any], None],
    on_cancelled: Callable[[], None] = lambda: None,
    on_failed: Callable[[], None] = lambda: None,
    *,
    title: str,
    modal: bool = True,
    finishing: str = "",
) -> LongTask:
    """Run `work(progress)` in `background`; errors are shown to the user in plain
    words, in a box under `title` (what was being done: the label says it is under
    way), then `on_failed`; a cancel is quiet. `modal`, `finishing`: as LongTask's."""
    task = LongTask(parent, label, modal=modal, finishing=finishing)

    def done(result: Any) -> None:
        task.finish()
        on_done(result)

    def failed(error: Exception) -> None:
        task.finish()
        if isinstance(error, Cancelled):
            on_cancelled()
        else:
            QMessageBox.warning(parent, title, strings.error_text(error))
            on_failed()

    # The one Qt object a job may hold: `progress` only sets a flag and emits a signal,
    # which Qt queues to the UI thread.
    job = partial(work, task.progress)
    background.run(job, done, failed, owner=parent, beside_the_window=not modal)
    return task
