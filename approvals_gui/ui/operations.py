"""The window's one way to the database.

Reads and writes run on the application's one serialised `Worker`; the UI thread never
touches the database. A write returns a `ChangeSet`; `changed` hands it to every page,
which updates itself from what it carries.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from functools import partial
from typing import TypeVar

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from approvals_gui.domain.access import User
from approvals_gui.domain.errors import DomainError
from approvals_gui.domain.text import HANDLER
from approvals_gui.logs import log
from approvals_gui.services.changes import ChangeSet, Reference, load_reference
from approvals_gui.services.progress import Cancelled
from approvals_gui.services.workspace import Workspace
from approvals_gui.store.errors import StoreError, StoreErrorCode
from approvals_gui.ui import strings
from approvals_gui.ui.settings import USER_NAME
from approvals_gui.ui.today import Today
from approvals_gui.ui.workers import Worker

T = TypeVar("T")
ErrorHandler = Callable[[Exception], None]


class Operations(QObject):
    """`changed(ChangeSet)` after every write, whoever asked for it;
    `reference_loaded(Reference)` when the reference data was read afresh (at a start,
    it comes after the page first shown may have been filled without its names);
    `actor_changed()` when someone else acts from now on (named, signed in)."""

    changed = Signal(object)
    reference_loaded = Signal(object)
    actor_changed = Signal()

    def __init__(
        self, ws: Workspace, worker: Worker, today: Today, window: QWidget, settings: QSettings
    ) -> None:
        super().__init__(window)
        self._ws = ws
        self.worker = worker
        self.day = today
        self.window = window
        self.settings = settings  # this desk's
        self.reference: Reference | None = None  # the newest the worker has handed over
        # Why the last look at other desks' changes failed, until one reads again
        # (LiveDesk): what is shown may be stale, and a save fails meanwhile.
        self.offline: Exception | None = None
        self._boxes_up: set[str] = set()  # the texts of the error boxes open now
        # The texts said while the worker had more to deliver, until it has none: the
        # reads of every page failing alike, some after the first box was closed.
        self._said_in_burst: set[str] = set()
        worker.idle.connect(self._said_in_burst.clear)

    @property
    def ws(self) -> Workspace:
        return self._ws

    def set_actor(self, name: str) -> None:
        """Who acts from now on (after the settings changed); jobs already queued keep
        the workspace they were given."""
        self._ws = self._ws.with_actor(name)
        self.actor_changed.emit()

    @contextmanager
    def watching(self, handler: Callable[[ChangeSet], None]) -> Iterator[None]:
        """`handler` told of every change set while the block runs (a dialog open on
        an item another desk may change meanwhile), and no longer after it."""
        self.changed.connect(handler)
        try:
            yield
        finally:
            self.changed.disconnect(handler)

    def named(self) -> bool:
        """Whether whoever acts here has a name the history can record: signed in, or
        named on this desk. A desk whose first-run questions were put off (以后再说)
        acted as the computer's login (root, Administrator), and every step it took
        recorded that; its first step asks once. False if the clerk gives none."""
        if self.has_name():
            return True
        handlers = list(self.reference.handlers) if self.reference is not None else []
        ask = self.tr("请填写您的姓名：办理记录将记为您办理（以后可在“设置”中修改）。")
        label = ask
        while True:  # OK with no name asks again (it had closed, and no step was taken)
            name, given = QInputDialog.getItem(
                self.window, self.tr("您的姓名"), label, ["", *handlers], 0, True
            )
            if not given:
                return False
            try:
                name = HANDLER.clean(name)
            except DomainError as exc:
                self.show_error(exc)
                return False
            if name:
                break
            label = self.tr("姓名不能为空。%1").replace("%1", ask)
        USER_NAME.set(self.settings, name)
        self.set_actor(name)
        return True

    def has_name(self) -> bool:
        """Whether whoever acts here has a name of their own: signed in, or named on this
        desk (not the computer's login, which 以后再说 at first run left)."""
        return self._ws.user is not None or self.settings.contains(USER_NAME.key)

    def sign_in_as(self, user: User) -> None:
        """Act as `user` from now on (切换用户); jobs already queued keep the workspace
        they were given."""
        self._ws = self._ws.signed_in(user)
        self.actor_changed.emit()

    def today(self) -> date:
        return self.day.value()

    def read(
        self,
        job: Callable[[], T],
        on_done: Callable[[T], None],
        on_error: ErrorHandler | None = None,
    ) -> None:
        self.worker.run(job, on_done, on_error or self.show_error, owner=self)

    def write(
        self,
        job: Callable[[], ChangeSet],
        on_done: Callable[[ChangeSet], None] | None = None,
        on_error: ErrorHandler | None = None,
    ) -> None:
        name = _name_of(job)

        def done(changes: ChangeSet) -> None:
            log.info("%s: done", name)
            self.publish(changes)
            if on_done is not None:
                on_done(changes)

        def failed(error: Exception) -> None:
            log.info("%s: not done (%s)", name, _reason(error))
            if isinstance(error, StoreError) and error.code is StoreErrorCode.CHANGED_ELSEWHERE:
                # Settings another desk saved meanwhile: said in a box (a page's own note
                # would be cleared by the reload), then every page shows them afresh.
                self.show_error(error)
                self.load_reference(
                    lambda reference: self.publish(
                        ChangeSet(reference=reference, directory=True, reload=True)
                    )
                )
                return
            (on_error or self.show_error)(error)

        self.worker.run(job, done, failed, owner=self)

    def publish(self, changes: ChangeSet) -> None:
        if changes.reference is not None:
            self.reference = changes.reference
        self.changed.emit(changes)

    def load_reference(self, on_done: Callable[[Reference], None]) -> None:
        def loaded(reference: Reference) -> None:
            self.reference = reference
            self.reference_loaded.emit(reference)
            on_done(reference)

        self.read(partial(load_reference, self._ws), loaded)

    def show_error(self, error: Exception, title: str = "") -> None:
        """Known refusals in the user's words, under `title` (what was being done) or
        无法完成; anything else is a defect and goes on to the exception hook."""
        if isinstance(error, Cancelled):
            return
        if not isinstance(error, DomainError | StoreError | OSError):
            raise error
        text = strings.error_text(error)
        # Said in a box still open, or closed while the same burst of reads went on:
        # every page's read failed alike (the server is gone), and once is enough.
        if text in self._boxes_up or text in self._said_in_burst:
            return
        self._boxes_up.add(text)
        if self.worker.busy() and _of_the_database(error):  # more reads to fail alike
            self._said_in_burst.add(text)
        try:
            QMessageBox.warning(self.window, title or self.tr("无法完成"), text)
        finally:
            self._boxes_up.discard(text)


# Refusals that are the database's, not one item's: every read fails alike until it is
# back. Another (a save refused) is told each time, however busy the worker.
_DATABASE_GONE = frozenset(
    {
        StoreErrorCode.UNREACHABLE,
        StoreErrorCode.SCHEMA_GONE,
        StoreErrorCode.NO_SERVER_DATABASE,
        StoreErrorCode.LOGIN_REFUSED,
        StoreErrorCode.DAMAGED,
        StoreErrorCode.UNREADABLE,
    }
)


def _of_the_database(error: Exception) -> bool:
    return isinstance(error, StoreError) and error.code in _DATABASE_GONE


def _name_of(job: Callable[[], object]) -> str:
    """An operation's name for the log; never its arguments, which hold what was typed."""
    fn = job.func if isinstance(job, partial) else job
    return f"{getattr(fn, '__module__', '?')}.{getattr(fn, '__qualname__', '?')}"


def _reason(error: Exception) -> str:
    code = getattr(error, "code", None)
    return f"{type(error).__name__} {code}" if code is not None else type(error).__name__
