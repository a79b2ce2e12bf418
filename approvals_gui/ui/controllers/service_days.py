"""The service-day screen's controller: the schedule and visits, logging and editing
visits, the shift rule, the month's report, and the next day for the status bar."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import partial

from dateutil.relativedelta import relativedelta
from PySide6.QtCore import Signal

from approvals_gui.domain.service_days import ServiceDay, ShiftRule, VisitForm
from approvals_gui.services import changes
from approvals_gui.services.changes import ChangeSet, Reference
from approvals_gui.services.directory import enterprise_applications
from approvals_gui.services.service_days import (
    VisitView,
    late_follow_ups,
    month_report,
    next_day,
    open_follow_ups,
    schedule,
    shift_rule,
    visit,
    visits_between,
)
from approvals_gui.services.workspace import Workspace
from approvals_gui.ui import strings
from approvals_gui.ui.controllers.exports import ExportActions
from approvals_gui.ui.controllers.page import PageController
from approvals_gui.ui.dialogs.modal import run_modal
from approvals_gui.ui.dialogs.visit_dialog import VisitDialog
from approvals_gui.ui.labels import confirm
from approvals_gui.ui.operations import Operations
from approvals_gui.ui.pages.service_days_page import ServiceDaysPage

PAST_MONTHS, COMING_MONTHS = 12, 2


@dataclass(frozen=True, slots=True)
class _Screen:
    days: list[ServiceDay]
    counts: Counter[date]
    upcoming: ServiceDay
    rule: ShiftRule
    pending: list[VisitView]
    day_visits: list[VisitView]  # of the day selected when the load was asked for
    today: date  # the day it was read for


def _load_screen(ws: Workspace, today: date, selected: date | None) -> _Screen:
    """Everything the screen shows, read at once so that it changes in one go."""
    first = today - relativedelta(months=PAST_MONTHS)
    last = today + relativedelta(months=COMING_MONTHS)
    return _Screen(
        schedule(ws, first, last),
        Counter(v.visit.form.day for v in visits_between(ws, first, today, today=today)),
        next_day(ws, today=today),
        shift_rule(ws),
        open_follow_ups(ws, today=today),
        visits_between(ws, selected, selected, today=today) if selected else [],
        today,
    )


def _visit_with_choices(
    ws: Workspace, visit_id: int, today: date
) -> tuple[VisitView, dict[int, list[tuple[int, str]]]]:
    """A visit and its enterprise's applications, to link matters to."""
    found = visit(ws, visit_id, today=today)
    enterprise_id = found.visit.form.enterprise_id
    if enterprise_id is None:
        return found, {}
    return found, {enterprise_id: enterprise_applications(ws, enterprise_id)}


def _status(ws: Workspace, today: date) -> tuple[ServiceDay, int]:
    """The next service day and how many follow-ups are late, for a hidden page."""
    return next_day(ws, today=today), late_follow_ups(open_follow_ups(ws, today=today))


class ServiceDaysController(PageController):
    """`next_day_known(day)` for the status bar; `late_known(n)` for the count beside
    超期看板."""

    page: ServiceDaysPage

    next_day_known = Signal(object)
    late_known = Signal(int)
    late_failed = Signal(str)  # the late follow-ups could not be counted: why

    def __init__(self, ops: Operations, exports: ExportActions) -> None:
        super().__init__(ops)
        self.page = ServiceDaysPage()
        self._exports = exports
        self.page.day_selected.connect(self.show_day)
        self.page.add_requested.connect(self.add)
        self.page.edit_requested.connect(self.edit)
        self.page.report_requested.connect(self.report)
        self.page.shift_rule_changed.connect(self.set_rule)
        self._saved_on: date | None = None  # the day of a visit just saved, to show

    def invalidate(self) -> None:
        """A shown page reloads, next day included; a hidden one still keeps the status
        bar's next service day and the late follow-ups' count current (after a change,
        F5 or midnight)."""
        super().invalidate()
        if not self.active:
            self.load_status()

    def affected_by(self, changes: ChangeSet) -> bool:
        return changes.service_days or changes.reference is not None or changes.reload

    def load_status(self) -> None:
        self.ops.read(
            partial(_status, self.ops.ws, self.ops.today()), self._status_known, self._status_failed
        )

    def _status_failed(self, error: Exception) -> None:
        self.ops.show_error(error)
        self.late_failed.emit(strings.error_text(error))

    def _status_known(self, status: tuple[ServiceDay, int]) -> None:
        upcoming, late = status
        self.next_day_known.emit(upcoming)
        self.late_known.emit(late)

    def refresh(self) -> None:
        selected = self.page.selected_day()
        self.ops.read(
            partial(_load_screen, self.ops.ws, self.ops.today(), selected),
            partial(self._loaded, selected),
        )

    def _loaded(self, selected: date | None, screen: _Screen) -> None:
        wanted, self._saved_on = self._saved_on, None
        self.page.blockSignals(True)  # the day's visits come with the screen
        self.page.set_schedule(
            screen.days, dict(screen.counts), screen.upcoming, screen.rule, screen.today, wanted
        )
        self.page.blockSignals(False)
        self.page.show_follow_ups(screen.pending)
        self._status_known((screen.upcoming, late_follow_ups(screen.pending)))
        day = self.page.selected_day()
        if day is not None and day == selected:
            self.page.show_visits(day, screen.day_visits)
        elif day is not None:
            self.show_day(day)

    def show_day(self, day: date) -> None:
        ws, today = self.ops.ws, self.ops.today()
        self.ops.read(
            partial(visits_between, ws, day, day, today=today),
            lambda views: self.page.show_visits(day, views),
        )

    def add(self, day: date | None) -> None:
        """A visit to log, on the day chosen in the list; today when that is still to
        come (a visit is logged once it was made)."""
        if self.ops.named():
            today = self.ops.today()
            self._open_dialog(day if day is not None and day <= today else today, None, {})

    def edit(self, visit_id: int) -> None:
        if not self.ops.named():
            return
        ws, today = self.ops.ws, self.ops.today()
        self.ops.read(
            partial(_visit_with_choices, ws, visit_id, today),
            lambda found: self._open_dialog(None, *found),
        )

    def open_visit(self, visit_id: int) -> None:
        """From the overdue board: show the visit's day, then the visit itself."""
        ws, today = self.ops.ws, self.ops.today()

        def show(found: tuple[VisitView, dict[int, list[tuple[int, str]]]]) -> None:
            self.page.select_day(found[0].visit.form.day)
            self._open_dialog(None, *found)

        self.ops.read(partial(_visit_with_choices, ws, visit_id, today), show)

    def _open_dialog(
        self,
        day: date | None,
        existing: VisitView | None,
        choices: dict[int, list[tuple[int, str]]],
    ) -> None:
        reference = self.ops.reference
        if reference is None:
            self.ops.load_reference(lambda _r: self._open_dialog(day, existing, choices))
            return
        dialog = self._dialog(reference, day, existing, choices)
        dialog.applications_wanted.connect(lambda eid: self._applications_for(dialog, eid))
        dialog.submitted.connect(
            lambda form, visit_id, version: self._save(dialog, form, visit_id, version)
        )
        run_modal(dialog)

    def _dialog(
        self,
        reference: Reference,
        day: date | None,
        existing: VisitView | None,
        choices: dict[int, list[tuple[int, str]]],
    ) -> VisitDialog:
        return VisitDialog(
            reference,
            actor=self.ops.ws.actor,
            today=self.ops.today(),
            day=existing.visit.form.day if existing else day or self.ops.today(),
            existing=existing.visit if existing else None,
            applications=choices,
            parent=self.ops.window,
        )

    def _applications_for(self, dialog: VisitDialog, enterprise_id: int) -> None:
        self.ops.read(
            partial(enterprise_applications, self.ops.ws, enterprise_id),
            lambda choices: dialog.set_applications(enterprise_id, choices),
        )

    def _save(
        self, dialog: VisitDialog, form: VisitForm, visit_id: int | None, version: int
    ) -> None:
        ws, today = self.ops.ws, self.ops.today()
        self.ops.write(
            partial(changes.save_visit, ws, form, visit_id, version, today=today),
            lambda _changes: self._saved(dialog, form.day),
            lambda error: dialog.show_failure(strings.error_text(error)),
        )

    def _saved(self, dialog: VisitDialog, day: date) -> None:
        """The dialog closed and the visit's day shown once the page has read it again
        (its change set asked for that): a visit logged today from a coming service day
        had seemed to vanish, that day still shown."""
        self._saved_on = day
        dialog.accept()

    def set_rule(self, value: str) -> None:
        """The bureau's rule for a 5th that is a rest day, once the user agrees: it moves
        every service day listed, those held already too (a slip of the list box did,
        without a word). Declined, the list box shows the rule stored again."""
        question = self.tr(
            "这是全局设置：所有企业服务日，包括已经举行过的，都将按新的方式重新排定，"
            "月报也随之改变。确定更改？"
        )
        if confirm(self.ops.window, self.tr("更改服务日顺延方式"), question):
            self.ops.write(partial(changes.set_shift_rule, self.ops.ws, ShiftRule(value)))
        else:
            self.refresh()

    def report(self, kind: str) -> None:
        month = self.page.selected_day() or self.ops.today()
        ws, today = self.ops.ws, self.ops.today()
        self.ops.read(
            partial(month_report, ws, month, today=today),
            lambda found: self._exports.export_service_report(found, kind),
        )
