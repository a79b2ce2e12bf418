"""The figures' controller: from the countdowns the list holds, or from the database while
the list is still loading."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from functools import partial
from typing import Any

from approvals_gui.domain.errors import DomainError
from approvals_gui.domain.metrics import Transfer
from approvals_gui.domain.periods import check_period
from approvals_gui.services.applications import ApplicationView
from approvals_gui.services.changes import ChangeSet, Reference
from approvals_gui.services.figures import (
    FiguresReport,
    figures_report,
    report_from,
    transfers_in_force,
)
from approvals_gui.services.settled import LazyViews
from approvals_gui.services.workspace import Workspace
from approvals_gui.ui import strings
from approvals_gui.ui.controllers.applications import ApplicationsController
from approvals_gui.ui.controllers.exports import ExportActions
from approvals_gui.ui.controllers.page import PageController
from approvals_gui.ui.operations import Operations
from approvals_gui.ui.pages.figures_page import FiguresPage


class FiguresController(PageController):
    page: FiguresPage

    def __init__(
        self, ops: Operations, applications: ApplicationsController, exports: ExportActions
    ) -> None:
        super().__init__(ops)
        self.page = FiguresPage(ops.today())
        self._applications = applications
        self._exports = exports
        self._request = 0  # only the newest request is shown
        # One report worked out at a time: periods asked for meanwhile (a year spun down
        # ten times) are not each worked out in turn; the last is, once that one is in.
        self._running = False
        self._wanted = False
        # The transfers in force, read once and kept until an application changes: a
        # new period or filter then reads nothing.
        self._moved: Mapping[int, Sequence[Transfer]] | None = None
        self._generation = 0  # counts application changes, so a stale read is not kept
        self.page.refresh_requested.connect(self.invalidate)
        self.page.export_requested.connect(self._export)
        ops.reference_loaded.connect(self.set_choices)

    def on_changed(self, changes: ChangeSet) -> None:
        if changes.touches_applications:
            self._moved = None
            self._generation += 1
        if changes.reference is not None:
            self.set_choices(changes.reference)
        super().on_changed(changes)

    def affected_by(self, changes: ChangeSet) -> bool:
        return changes.touches_applications

    def set_choices(self, reference: Reference) -> None:
        self.page.set_choices(
            list(reference.rules.values()), list(reference.handlers), reference.units
        )

    def refresh(self) -> None:
        if self.ops.reference is not None:
            self.set_choices(self.ops.reference)
        self._request += 1  # whatever is on its way is for another period now
        try:
            check_period(*self.page.period())
        except DomainError as exc:  # said beside the period as it is typed, not in a box
            self.page.show_period_problem(strings.error_text(exc))
            return
        if self._running:  # (the page says so since that one began)
            self._wanted = True
        else:
            self._start()

    def _start(self) -> None:
        """The report of the period and filters the page shows now."""
        self._running = True
        self.page.set_computing(True)
        (first, last), (handler, category) = self.page.period(), self.page.filters()
        ws, day = self.ops.ws, self.ops.today()
        unit = self.page.unit_filter()
        unpacked: LazyViews | None = None
        if not self._applications.complete:  # the list is not all in: ask the database
            job: Callable[[], tuple[Mapping[int, Sequence[Transfer]] | None, FiguresReport]]
            job = partial(
                _database_report,
                ws,
                first,
                last,
                today=day,
                handler=handler,
                category=category,
                unit=unit,
            )
        else:  # every countdown is at hand already (a copy: the list may change meanwhile)
            views = unpacked = self._applications.views()  # what it unpacks is kept
            job = partial(
                _window_report,
                ws,
                views,
                first,
                last,
                self._moved,
                handler=handler,
                category=category,
                unit=unit,
                as_of=day,
            )
        self.ops.read(
            job, partial(self._show, self._request, self._generation, unpacked), self._failed
        )

    def _show(
        self,
        request: int,
        generation: int,
        unpacked: LazyViews | None,
        result: tuple[Mapping[int, Sequence[Transfer]] | None, FiguresReport],
    ) -> None:
        if unpacked is not None:
            self._applications.adopt(unpacked)
        moved, report = result
        if moved is not None and generation == self._generation:
            self._moved = moved
        if request == self._request:
            self.page.show_report(report)
        self._done()

    def _failed(self, error: Exception) -> None:
        self._done()
        self.ops.show_error(error)

    def _done(self) -> None:
        """A report is in (or could not be): the period asked for meanwhile, if any."""
        self._running = False
        if self._wanted:
            self._wanted = False
            self.refresh()
        else:
            self.page.set_computing(False)

    def _export(self, kind: str) -> None:
        reference = self.ops.reference
        if self.page.report is not None and reference is not None:
            self._exports.export_figures(self.page.report, reference.category_names(), kind)


def _database_report(
    ws: Workspace, first: date, last: date, **filters: Any
) -> tuple[Mapping[int, Sequence[Transfer]] | None, FiguresReport]:
    return None, figures_report(ws, first, last, **filters)


def _window_report(
    ws: Workspace,
    views: Sequence[ApplicationView],
    first: date,
    last: date,
    moved: Mapping[int, Sequence[Transfer]] | None,
    **filters: Any,
) -> tuple[Mapping[int, Sequence[Transfer]], FiguresReport]:
    """The report from the list's countdowns, and the transfers it used (read now
    unless `moved` has them)."""
    moved = transfers_in_force(ws) if moved is None else moved
    return moved, report_from(ws, views, first, last, moved=moved, **filters)
