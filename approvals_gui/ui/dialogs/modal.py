"""Running a modal dialog so that it is destroyed on the UI thread, promptly; the
OK and Cancel buttons every form dialog ends with.

A dialog left to Python's garbage collector may be collected on a worker thread; Qt
widgets destroyed there crash the program. So each dialog is deleted by Qt after use.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton


def run_modal(dialog: QDialog) -> bool:
    """Show `dialog` modally when nothing is read from it afterwards; True if accepted."""
    with shown(dialog) as accepted:
        return accepted


@contextmanager
def shown(dialog: QDialog) -> Iterator[bool]:
    """Show `dialog` modally; yields whether it was accepted; read it inside the block."""
    try:
        yield dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()


def ok_cancel(dialog: QDialog, ok_text: str) -> tuple[QDialogButtonBox, QPushButton]:
    """OK, named for what it does, and Cancel (in the program's language, not Qt's),
    wired to accept and reject `dialog`; the box and the OK button."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    cancel.setText(QCoreApplication.translate("modal", "取消"))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, ok
