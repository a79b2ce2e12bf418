"""Running a modal dialog so that it is destroyed on the UI thread, promptly.

A dialog left to Python's garbage collector may be collected on a worker thread; Qt
widgets destroyed there crash the program. So each dialog is deleted by Qt after use.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtWidgets import QDialog


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
