"""What every page's controller shares: load when shown, follow changes when it matters."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from approvals_gui.services.changes import ChangeSet
from approvals_gui.ui.operations import Operations


class PageController(QObject):
    """A page is loaded when it is shown and something it shows has changed since; a
    page in the background only notes that it is stale."""

    page: QWidget  # set by each controller

    def __init__(self, ops: Operations) -> None:
        super().__init__(ops)
        self.ops = ops
        self.active = False
        self.stale = True
        ops.changed.connect(self.on_changed)
        ops.day.rolled_over.connect(self._new_day)

    def activate(self) -> None:
        self.active = True
        if self.stale:
            self.stale = False
            self.refresh()

    def deactivate(self) -> None:
        self.active = False

    def on_changed(self, changes: ChangeSet) -> None:
        if self.affected_by(changes):
            self.invalidate()

    def invalidate(self) -> None:
        self.stale = True
        if self.active:
            self.activate()

    def _new_day(self, _day: object) -> None:
        self.invalidate()

    def affected_by(self, changes: ChangeSet) -> bool:
        """Whether the page shows anything `changes` touches."""
        return True

    def refresh(self) -> None:
        """Load what the page shows (on the worker) and show it."""
        raise NotImplementedError
