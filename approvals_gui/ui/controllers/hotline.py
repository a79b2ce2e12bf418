"""The 12369 hotline page's controller: the cases and the chosen one's detail, the
登记举报 dialog with its repeats, the step dialogs, the papers, the figures for a period
with their report (#15), and the count of overdue cases for the status bar. Every read
and write runs on the worker."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPoint, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from approvals_gui.domain.errors import DomainError
from approvals_gui.domain.hotline.cases import CaseAction
from approvals_gui.domain.hotline.figures import HotlineFigures
from approvals_gui.domain.hotline.repeats import OpenCase
from approvals_gui.domain.hotline.reports import NewReport
from approvals_gui.domain.units import Unit, UnitKind
from approvals_gui.services import hotline, notices
from approvals_gui.services.changes import ChangeSet, Reference, load_reference
from approvals_gui.services.hotline import CaseDetail, CaseStepForm, CaseView
from approvals_gui.services.workspace import Workspace
from approvals_gui.store.errors import StoreError, StoreErrorCode
from approvals_gui.ui import hotline_strings as names
from approvals_gui.ui import strings
from approvals_gui.ui.controllers.page import PageController
from approvals_gui.ui.dialogs.case_step_dialog import CaseStepDialog
from approvals_gui.ui.dialogs.case_why_dialog import CaseWhyDialog
from approvals_gui.ui.dialogs.hotline_figures_dialog import HotlineFiguresDialog
from approvals_gui.ui.dialogs.modal import run_modal
from approvals_gui.ui.dialogs.report_dialog import ReportDialog
from approvals_gui.ui.labels import confirm
from approvals_gui.ui.operations import Operations
from approvals_gui.ui.pages.case_detail_pane import CLOSING, HANDOVER, offered_case_steps
from approvals_gui.ui.pages.hotline_page import HotlinePage
from approvals_gui.ui.save_paths import ask_save_path
from approvals_gui.ui.step_hints import fill_step_menu
from approvals_gui.ui.written import offer_to_open

# The papers' titles, which their files are named by whatever the window's language.
_PAPER_TITLES = {
    HANDOVER: QT_TRANSLATE_NOOP("HotlineController", "交办单"),
    CLOSING: QT_TRANSLATE_NOOP("HotlineController", "办结报告"),
}


@dataclass(frozen=True, slots=True)
class _Screen:
    views: list[CaseView]
    units: tuple[Unit, ...]
    overdue: int
    day: date  # that the cases' dates and states hold for


def _load_screen(ws: Workspace, today: date) -> _Screen:
    views = hotline.list_cases(ws, today=today)
    return _Screen(views, ws.units(), hotline.overdue_among(views), today)


def _register(
    ws: Workspace, report: NewReport, merge_into: int | None, *, today: date
) -> ChangeSet:
    case_id = hotline.register_report(ws, report, today=today, merge_into=merge_into)
    if report.credit_code:  # the enterprise may be new to the directory's pick lists
        return ChangeSet(cases=True, directory=True, reference=load_reference(ws), subject=case_id)
    return ChangeSet(cases=True, subject=case_id)


def _step(
    ws: Workspace, case_id: int, version: int, form: CaseStepForm, *, today: date
) -> ChangeSet:
    hotline.case_step(ws, case_id, version, form, today=today)
    return ChangeSet(cases=True, subject=case_id)


def _write_paper(
    ws: Workspace, case_id: int, kind: str, path: Path, *, today: date
) -> tuple[Path, tuple[int, ...]]:
    """Read the case and the bureau's name, and print the paper of `kind` to `path`;
    where, and the estimated years its dates hang on. Qt's PDF writer loads with the
    first paper asked for, not with the window."""
    from approvals_gui.printing import hotline_documents as papers

    detail = hotline.case_detail(ws, case_id, today=today)
    authority = notices.notice_settings(ws).authority
    units = {u.code: u.name for u in ws.units()}
    compose = papers.handover if kind == HANDOVER else papers.closing_report
    paper = compose(detail, authority, units)
    return papers.write_paper_pdf(paper, path), paper.estimated_years


@dataclass(frozen=True, slots=True)
class _Figures:
    figures: HotlineFigures
    ids: dict[str, int]  # credit code → enterprise id
    unit_names: dict[str, str]


def _load_figures(ws: Workspace, first: date, last: date, today: date) -> _Figures:
    views = hotline.list_cases(ws, today=today)
    figures = hotline.case_figures(ws, first, last, today=today)
    units = {u.code: u.name for u in ws.units()}
    return _Figures(figures, hotline.enterprise_ids(views), units)


def _write_report(
    ws: Workspace, first: date, last: date, kind: str, path: Path, *, today: date
) -> Path:
    """The period's report as "pdf" or "xlsx", as `report hotline` writes it."""
    views = hotline.list_cases(ws, today=today)
    figures = hotline.case_figures(ws, first, last, today=today)
    units = {u.code: u.name for u in ws.units()}
    if kind == "pdf":
        from approvals_gui.printing.hotline_report import write_hotline_report_pdf

        bureau = notices.notice_settings(ws).authority
        return write_hotline_report_pdf(figures, views, bureau, units, path, today)
    from approvals_gui.services.exports import write_xlsx
    from approvals_gui.services.hotline_exports import hotline_report_sheets

    return write_xlsx(hotline_report_sheets(figures, views, units, today=today), path)


class HotlineController(PageController):
    """`overdue_known(n)` for the status bar's 热线超期; `enterprise_requested(id)` when
    an enterprise in the figures is to be opened in 企业名录."""

    page: HotlinePage

    overdue_known = Signal(int)
    overdue_failed = Signal(str)  # the count could not be read: why
    enterprise_requested = Signal(int)

    def __init__(self, ops: Operations) -> None:
        super().__init__(ops)
        self.page = HotlinePage()
        self.loading = False
        self.rows_day = ops.today()  # that the cases listed hold for
        self._units: tuple[Unit, ...] = ()
        self._new_case: int | None = None
        self._dialogs: set[ReportDialog] = set()  # open ones: answers for a closed one are dropped
        self.figures_dialog: HotlineFiguresDialog | None = None
        self.page.register_requested.connect(self.register)
        self.page.figures_requested.connect(self.show_figures)
        self.page.case_selected.connect(self.show_case)
        self.page.context_menu_requested.connect(self.context_menu)
        pane = self.page.pane
        pane.step_requested.connect(self.step)
        pane.why_requested.connect(self.why)
        pane.document_requested.connect(self.write_paper)

    def affected_by(self, changes: ChangeSet) -> bool:
        return changes.cases or changes.reference is not None or changes.reload

    def invalidate(self) -> None:
        """A hidden page still keeps the status bar's count current, and open figures
        their period's numbers."""
        super().invalidate()
        if not self.active:
            self.load_overdue()
        self.load_figures()

    def load_overdue(self) -> None:
        ws, today = self.ops.ws, self.ops.today()
        self.ops.read(
            partial(hotline.overdue_count, ws, today=today),
            self.overdue_known.emit,
            self._overdue_failed,
        )

    def _overdue_failed(self, error: Exception) -> None:
        self.ops.show_error(error)
        self.overdue_failed.emit(strings.error_text(error))

    def refresh(self) -> None:
        self.loading = True
        self.ops.read(
            partial(_load_screen, self.ops.ws, self.ops.today()), self._loaded, self._not_loaded
        )

    def _not_loaded(self, error: Exception) -> None:
        self.loading = False
        self._overdue_failed(error)  # the screen brings the count too

    def _loaded(self, screen: _Screen) -> None:
        self._units = screen.units
        self.rows_day = screen.day
        names_ = {u.code: u.name for u in screen.units}
        self.page.set_cases(screen.views, names_, screen.units)
        self.overdue_known.emit(screen.overdue)
        self.loading = False
        self._select_new_case()
        if self.page.selected_id() is None:  # a selection kept reads its detail afresh
            self.page.show_detail(None)

    def show_case(self, case_id: int) -> None:
        if case_id < 0:
            self.page.show_detail(None)
            return
        ws, today = self.ops.ws, self.ops.today()
        self.ops.read(partial(hotline.case_detail, ws, case_id, today=today), self._detail_read)

    def _detail_read(self, detail: CaseDetail) -> None:
        if self.page.selected_id() == detail.view.record.id:  # not one chosen since
            self.page.show_detail(detail)

    def focus_search(self) -> None:
        self.page.focus_search()

    # -- registering --------------------------------------------------------------------

    def register(self) -> None:
        if not self.ops.named():
            return
        if self.ops.reference is None:
            self.ops.load_reference(lambda _r: self.register())
            return
        dialog = self._report_dialog(self.ops.reference)
        self._dialogs.add(dialog)
        try:
            run_modal(dialog)
        finally:
            self._dialogs.discard(dialog)

    def _report_dialog(self, reference: Reference) -> ReportDialog:
        districts = sorted(
            {u.district for u in reference.units if u.kind is UnitKind.BRANCH and u.district}
            | {e.district for e in reference.enterprises if e.district}
        )
        dialog = ReportDialog(reference.enterprises, districts, self.ops.ws.now(), self.ops.window)
        dialog.repeats_wanted.connect(partial(self._repeats_for, dialog))
        dialog.submitted.connect(partial(self._save_report, dialog))
        return dialog

    def _repeats_for(self, dialog: ReportDialog, code: str, address: str, on: date) -> None:
        def found(cases: list[OpenCase]) -> None:
            if dialog in self._dialogs:
                dialog.set_repeats(code, address, cases)

        self.ops.read(partial(hotline.repeats_for, self.ops.ws, code, address, on), found)

    def _save_report(self, dialog: ReportDialog, report: NewReport, merge_into: int | None) -> None:
        ws, today = self.ops.ws, self.ops.today()

        def saved(changes: ChangeSet) -> None:
            self._new_case = changes.subject  # selected once the reload brings it
            dialog.accept()

        self.ops.write(
            partial(_register, ws, report, merge_into, today=today),
            saved,
            partial(self._refused, dialog.show_failure),
        )

    def open_case(self, case_id: int) -> None:
        """From the overdue board: the case selected, once the list has it."""
        self._new_case = case_id
        if not self.loading:
            self._select_new_case()

    def _select_new_case(self) -> None:
        """The case just registered, stepped or opened from the board, selected; if the
        search or the filters hide it, or it is closed, refused or merged, every case
        is listed (else the one selected before stayed beside it)."""
        case_id, self._new_case = self._new_case, None
        if case_id is not None and not self.page.select(case_id):
            self.page.show_everything()
            self.page.select(case_id)

    def _refused(self, show: Callable[[str], None], error: Exception) -> None:
        """A refusal in the user's words where they acted; anything else is a defect."""
        if isinstance(error, DomainError | StoreError | OSError):
            show(strings.error_text(error))
        else:
            self.ops.show_error(error)

    # -- steps ----------------------------------------------------------------------------

    def step(self, action: CaseAction) -> None:
        """`action` on the case the pane shows."""
        if (detail := self.page.pane.detail) is not None:
            self.step_on(detail, action)

    def step_on(self, detail: CaseDetail, action: CaseAction) -> None:
        """`action` on the case as the user saw it (`detail`), if it can be taken."""
        if action in detail.blocked or action not in detail.allowed:
            return
        if not self.ops.named():
            return
        if action is CaseAction.MERGE:
            self._merge(detail)
            return
        self._open_step(detail, action, ())

    def _merge(self, detail: CaseDetail) -> None:
        """合并办理: the open cases this report repeats, as the domain finds them."""
        r = detail.view.record
        job = partial(
            hotline.repeats_for, self.ops.ws, r.credit_code, r.address, r.facts.received_on
        )

        def found(cases: list[OpenCase]) -> None:
            self._open_step(detail, CaseAction.MERGE, [c for c in cases if c.case_id != r.id])

        self.ops.read(job, found)

    def _open_step(
        self, detail: CaseDetail, action: CaseAction, candidates: Sequence[OpenCase]
    ) -> None:
        dialog = CaseStepDialog(
            detail,
            action,
            units=self._units,
            merge_candidates=candidates,
            today=self.ops.today(),
            now=self.ops.ws.now(),
            actor=self.ops.ws.actor,
            calendar=self.ops.ws.calendar(),
            parent=self.ops.window,
        )
        dialog.submitted.connect(partial(self._save_step, dialog, detail))
        if self.ops.offline is not None:
            dialog.offline()
        record, ws, today = detail.view.record, self.ops.ws, self.ops.today()
        asking = True  # until the dialog is closed (and deleted): its own save included

        def newer(found: CaseDetail) -> None:
            now = found.view.record
            if asking and dialog.isVisible() and now.version > record.version:
                dialog.changed_elsewhere(names.stage_name(now.facts.stage))

        def watch(changes: ChangeSet) -> None:  # cases changed: this one, on another desk?
            if changes.cases and asking:
                self.ops.read(partial(hotline.case_detail, ws, record.id, today=today), newer)

        try:
            with self.ops.watching(watch):
                run_modal(dialog)
        finally:
            asking = False  # a read asked for meanwhile may come back after it is gone

    def _save_step(self, dialog: CaseStepDialog, detail: CaseDetail, form: CaseStepForm) -> None:
        record = detail.view.record
        if form.action is CaseAction.REFUSE and not confirm(
            dialog,
            names.action_name(form.action),
            self.tr("对 %1 作出不予受理决定？本件举报将就此终结，并须将理由告知举报人。").replace(
                "%1", record.number
            ),
        ):
            dialog.set_busy(False)
            return
        ws, today = self.ops.ws, self.ops.today()

        def saved(_changes: ChangeSet) -> None:
            # Kept in view once the list reloads, even closed, refused or merged: the
            # clerk prints its report or calls the reporter back next.
            self._new_case = record.id
            dialog.accept()

        self.ops.write(
            partial(_step, ws, record.id, record.version, form, today=today),
            saved,
            partial(self._step_refused, dialog, record.id),
        )

    def _step_refused(self, dialog: CaseStepDialog, case_id: int, error: Exception) -> None:
        """As `_refused`; a step another desk beat says what that desk did (read first)."""
        if not (isinstance(error, StoreError) and error.code is StoreErrorCode.STALE):
            self._refused(dialog.show_failure, error)
            return

        def beaten(found: CaseDetail) -> None:
            last = found.events[-1]  # the latest recorded: an undo is said as one
            number, action = found.view.record.number, names.action_name(last.action)
            text = strings.beaten_text(number, last.actor, action, last.on, last.at)
            dialog.show_failure(text + self.tr("请取消后查看最新情况。"))

        ws, today = self.ops.ws, self.ops.today()
        read = partial(hotline.case_detail, ws, case_id, today=today)
        self.ops.read(read, beaten, lambda _e: self._refused(dialog.show_failure, error))

    def why(self) -> None:
        if (detail := self.page.pane.detail) is not None:
            self._explain(detail)

    def _explain(self, detail: CaseDetail) -> None:
        run_modal(CaseWhyDialog(detail, self.ops.window))

    # -- the 办理 menu, the right-click menu and the step keys ---------------------------------

    def selected_detail(self) -> CaseDetail | None:
        """The selected case as its pane shows it; None while none is, or its detail is
        still being read."""
        detail, selected = self.page.pane.detail, self.page.selected_id()
        return detail if detail is not None and detail.view.record.id == selected else None

    def fill_steps_menu(self, menu: QMenu) -> None:
        """The 办理 menu on this page: the selected case's steps, as its pane offers them."""
        menu.clear()
        if (detail := self.selected_detail()) is not None:
            self.add_step_actions(menu, detail)
        elif self.page.selected_id() is None:
            menu.addAction(self.tr("（请先选择一件举报）")).setEnabled(False)
        else:
            menu.addAction(self.tr("（正在载入…）")).setEnabled(False)

    def add_step_actions(self, menu: QMenu, detail: CaseDetail) -> None:
        """The steps of `detail` in the pane's order: the main-line one in bold, a step
        refused today disabled with its reason; the explanation; below a line, those
        that end the case against the reporter."""
        steps = offered_case_steps(detail)

        def add(action: CaseAction) -> QAction:
            item = menu.addAction(names.action_name(action), partial(self.step_on, detail, action))
            item.setObjectName(f"case_step_{action.value}")
            return item

        fill_step_menu(
            menu,
            (steps.ordinary, steps.main, steps.ending),
            detail.blocked,
            add,
            (self.tr("为什么是这个日期？"), partial(self._explain, detail)),
        )

    def context_menu(self, case_id: int, pos: QPoint) -> None:
        """The steps of the case right-clicked, once its detail is read."""

        def show(detail: CaseDetail) -> None:
            menu = QMenu(self.ops.window)
            self.add_step_actions(menu, detail)
            menu.exec(pos)
            menu.deleteLater()

        ws, today = self.ops.ws, self.ops.today()
        self.ops.read(partial(hotline.case_detail, ws, case_id, today=today), show)

    def step_by_key(self, action: CaseAction | None) -> str | None:
        """A step asked for by its key on the selected case; None: the next along the
        main line. What the status bar is to say if it cannot be taken now, else None."""
        detail = self.selected_detail()
        if detail is None:
            return self.tr("请先在举报列表中选择一件举报。")
        stage = names.stage_name(detail.view.record.facts.stage)
        if action is None and (action := offered_case_steps(detail).main) is None:
            said = self.tr("举报处于“%1”环节，没有默认的下一步；其他步骤可在“办理”菜单中选择。")
            return said.replace("%1", stage)
        if (refusal := detail.blocked.get(action)) is not None:
            return strings.error_text(refusal)
        if action not in detail.allowed:
            return (
                self.tr("举报处于“%1”环节，不能%2。")
                .replace("%1", stage)
                .replace("%2", names.action_name(action))
            )
        self.step_on(detail, action)
        return None

    def why_by_key(self) -> str | None:
        """The explanation of the selected case; what to say if there is none."""
        if (detail := self.selected_detail()) is None:
            return self.tr("请先在举报列表中选择一件举报。")
        self._explain(detail)
        return None

    # -- figures --------------------------------------------------------------------------

    def show_figures(self) -> None:
        """The figures beside the cases (non-modal), for this month until changed."""
        if self.figures_dialog is None:
            dialog = HotlineFiguresDialog(self.ops.today(), self.ops.window)
            dialog.period_changed.connect(lambda _first, _last: self.load_figures())
            dialog.export_requested.connect(self.export_figures)
            dialog.enterprise_requested.connect(self.enterprise_requested)
            self.figures_dialog = dialog
        self.figures_dialog.show()
        self.figures_dialog.activateWindow()
        self.load_figures()

    def load_figures(self) -> None:
        dialog = self.figures_dialog
        if dialog is None or not dialog.isVisible():
            return
        first, last = dialog.period()
        job = partial(_load_figures, self.ops.ws, first, last, self.ops.today())

        def loaded(found: _Figures) -> None:
            dialog.show_figures(found.figures, found.ids, found.unit_names)

        self.ops.read(job, loaded)

    def export_figures(self, kind: str) -> None:
        """The period's report, as `report hotline` writes it, to a file the user names."""
        dialog = self.figures_dialog
        if dialog is None:
            return
        first, last = dialog.period()
        title = self.tr("12369 热线统计")
        stem = f"12369举报办理情况-{first.isoformat()}至{last.isoformat()}"
        if kind == "pdf":
            path = self.ask_path(title, stem + ".pdf")
        else:
            path = self.ask_path(title, stem + ".xlsx", self.tr("Excel 工作簿 (*.xlsx)"))
        if path is None:
            return
        job = partial(_write_report, self.ops.ws, first, last, kind, path, today=self.ops.today())

        def written(done: Path) -> None:
            offer_to_open(dialog, done, title)

        self.ops.read(job, written, partial(self.ops.show_error, title=title))

    # -- papers ---------------------------------------------------------------------------

    def write_paper(self, kind: str) -> None:
        detail = self.page.pane.detail
        if detail is None:
            return
        named = str(_PAPER_TITLES[kind])  # the file is named as the paper is titled: in Chinese
        title = self.tr(named)
        number = detail.view.record.number
        path = self.ask_path(title, f"{number}-{named}.pdf")
        if path is None:
            return
        ws, today = self.ops.ws, self.ops.today()

        def written(done: tuple[Path, tuple[int, ...]]) -> None:
            path, years = done
            note = strings.estimated_dates_note(years) if years else ""
            offer_to_open(self.ops.window, path, title, note)

        self.ops.read(
            partial(_write_paper, ws, detail.view.record.id, kind, path, today=today),
            written,
            partial(self.ops.show_error, title=title),
        )

    def ask_path(self, title: str, suggested: str, filters: str = "") -> Path | None:
        """Where to write; a PDF unless `filters` says otherwise."""
        filters = filters or self.tr("PDF 文件 (*.pdf)")
        return ask_save_path(self.ops.window, self.ops.settings, title, suggested, filters)
