"""The service-day screen's work: load the schedule and visits, log and edit visits,
change the shift rule, write the month's report."""

from __future__ import annotations

from collections import Counter
from datetime import date

from dateutil.relativedelta import relativedelta
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from approvals_gui.domain.service_days import ServiceDay, ShiftRule
from approvals_gui.services.directory import enterprises, handlers
from approvals_gui.services.service_days import (
    VisitView,
    month_report,
    next_day,
    open_follow_ups,
    schedule,
    set_shift_rule,
    shift_rule,
    visit,
    visits_between,
)
from approvals_gui.services.workspace import Workspace
from approvals_gui.ui import strings
from approvals_gui.ui.dialogs.modal import run_modal
from approvals_gui.ui.dialogs.visit_dialog import VisitDialog
from approvals_gui.ui.export_ops import ExportOps
from approvals_gui.ui.pages.service_days_page import ServiceDaysPage
from approvals_gui.ui.workers import Background

PAST_MONTHS, COMING_MONTHS = 12, 2


class ServiceDayOps(QObject):
    """`changed` after a visit or the rule was saved; `next_day_known(day)` for the
    status bar."""

    changed = Signal()
    next_day_known = Signal(object)

    def __init__(
        self,
        ws: Workspace,
        page: ServiceDaysPage,
        background: Background,
        exports: ExportOps,
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self._ws, self._page, self._background = ws, page, background
        self._exports, self._window = exports, window
        page.day_selected.connect(self.show_day)
        page.add_requested.connect(self.add)
        page.edit_requested.connect(self.edit)
        page.report_requested.connect(self.report)
        page.shift_rule_changed.connect(self.set_rule)
        self.changed.connect(self.refresh)

    def refresh(self) -> None:
        ws = self._ws

        def load() -> tuple[
            list[ServiceDay], Counter[date], ServiceDay, ShiftRule, list[VisitView]
        ]:
            today = ws.today()
            first = today - relativedelta(months=PAST_MONTHS)
            last = today + relativedelta(months=COMING_MONTHS)
            counts = Counter(v.visit.form.day for v in visits_between(ws, first, today))
            return (
                schedule(ws, first, last),
                counts,
                next_day(ws),
                shift_rule(ws),
                open_follow_ups(ws),
            )

        self._background.run(load, self._loaded, self._failed)

    def _loaded(
        self, result: tuple[list[ServiceDay], Counter[date], ServiceDay, ShiftRule, list[VisitView]]
    ) -> None:
        days, counts, upcoming, rule, pending = result
        self._page.set_schedule(days, dict(counts), upcoming, rule)
        self._page.show_follow_ups(pending)
        self.next_day_known.emit(upcoming)

    def show_day(self, day: date) -> None:
        ws = self._ws
        self._background.run(
            lambda: visits_between(ws, day, day),
            lambda views: self._page.show_visits(day, views),
            self._failed,
        )

    def add(self, day: date | None) -> None:
        self._run_dialog(day or self._ws.today(), None)

    def edit(self, visit_id: int) -> None:
        self._run_dialog(None, visit(self._ws, visit_id))

    def open_visit(self, visit_id: int) -> None:
        """From the overdue board: show the visit's day, then the visit itself."""
        found = visit(self._ws, visit_id)
        self._page.select_day(found.visit.form.day)
        self._run_dialog(None, found)

    def _run_dialog(self, day: date | None, existing: VisitView | None) -> None:
        ws = self._ws
        dialog = VisitDialog(
            ws,
            enterprises(ws),
            handlers(ws),
            existing.visit.form.day if existing else day or ws.today(),
            existing.visit if existing else None,
            self._window,
        )
        if run_modal(dialog):  # the dialog saved the visit itself
            self.changed.emit()

    def set_rule(self, value: str) -> None:
        ws, rule = self._ws, ShiftRule(value)
        self._background.run(
            lambda: set_shift_rule(ws, rule), lambda _r: self.changed.emit(), self._failed
        )

    def report(self, kind: str) -> None:
        month = self._page.selected_day() or self._ws.today()
        self._exports.export_service_report(month_report(self._ws, month), kind)

    def _failed(self, error: Exception) -> None:
        QMessageBox.warning(self._window, self.tr("企业服务日"), strings.error_text(error))
