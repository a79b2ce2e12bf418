"""The figures' controller: from the countdowns the list holds, or from the database while
the list is still loading."""

from __future__ import annotations

from functools import partial

from approvals_gui.services.changes import ChangeSet, Reference
from approvals_gui.services.figures import FiguresReport, figures_report, report_from
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
        self.page.refresh_requested.connect(self.invalidate)
        self.page.export_requested.connect(self._export)

    def on_changed(self, changes: ChangeSet) -> None:
        if changes.reference is not None:
            self.set_choices(changes.reference)
        super().on_changed(changes)

    def affected_by(self, changes: ChangeSet) -> bool:
        return changes.touches_applications

    def set_choices(self, reference: Reference) -> None:
        self.page.set_choices(list(reference.rules.values()), list(reference.handlers))

    def refresh(self) -> None:
        if self.ops.reference is not None:
            self.set_choices(self.ops.reference)
        self._request += 1
        (first, last), (handler, category) = self.page.period(), self.page.filters()
        ws, day = self.ops.ws, self.ops.today()
        filters = {"handler": handler, "category": category}
        if self._applications.loading:  # the list is still arriving: ask the database
            job = partial(figures_report, ws, first, last, today=day, **filters)
        else:  # every countdown is at hand already (a copy: the list may change meanwhile)
            views = self._applications.views()
            job = partial(report_from, ws, views, first, last, **filters)
        self.ops.read(job, partial(self._show, self._request))

    def _show(self, request: int, report: FiguresReport) -> None:
        if request == self._request:
            self.page.show_report(report)

    def _export(self, kind: str) -> None:
        reference = self.ops.reference
        if self.page.report is not None and reference is not None:
            self._exports.export_figures(self.page.report, reference.category_names(), kind)
