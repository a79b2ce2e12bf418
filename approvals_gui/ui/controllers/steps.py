"""What the clerk does to applications: register, take a step, undo, ask why, print a
notice. Dialogs collect the input; the worker writes; the change set updates the window."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject, QPoint, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox

from approvals_gui.domain.applications import NewApplication
from approvals_gui.domain.errors import DomainError, ErrorCode
from approvals_gui.domain.notices import notice_reporting
from approvals_gui.domain.search import is_open
from approvals_gui.domain.stages import MAIN_LINE, Action, StageEvent, effective_history
from approvals_gui.services import changes
from approvals_gui.services.applications import ApplicationDetail, Step, decisions_numbered, detail
from approvals_gui.services.changes import ChangeSet, Reference
from approvals_gui.store.errors import StoreError, StoreErrorCode
from approvals_gui.ui import strings
from approvals_gui.ui.controllers.applications import ApplicationsController
from approvals_gui.ui.detail_pane import offered_steps
from approvals_gui.ui.dialogs.modal import run_modal, shown
from approvals_gui.ui.dialogs.register_dialog import RegisterDialog
from approvals_gui.ui.dialogs.step_dialog import StepDialog
from approvals_gui.ui.dialogs.why_dialog import WhyDialog
from approvals_gui.ui.labels import confirm
from approvals_gui.ui.operations import Operations
from approvals_gui.ui.step_hints import DESTRUCTIVE, fill_step_menu, step_hint, step_icon


class StepActions(QObject):
    """`message(text)` for the status bar: why a step asked for by its key is not taken,
    where an application that a step finished went, or the number a registration got.
    `hidden_registered(id)`: an application just registered that the list's scope or
    filters do not show."""

    message = Signal(str)
    hidden_registered = Signal(int)

    def __init__(self, ops: Operations, applications: ApplicationsController, bureau: str):
        super().__init__(ops)
        self.ops = ops
        self._applications = applications
        self.bureau = bureau
        pane = applications.detail_pane
        pane.action_requested.connect(lambda action: self._with_shown(self.step, action))
        pane.why_requested.connect(lambda: self._with_shown(self.why))
        pane.notice_requested.connect(lambda kind: self._with_shown(self.notice, kind))
        applications.page.context_menu_requested.connect(self.context_menu)

    def _with_shown(self, run: Callable[..., None], *args: object) -> None:
        """`run(id, *args)` for the application the detail pane shows, if any: its
        buttons are that one's, also while the list's selection has moved on and the
        next one is still being read (behind a long load, seconds)."""
        application_id = self._applications.shown_id()
        if application_id is not None:
            run(application_id, *args)

    def _with_detail(self, application_id: int, then: Callable[[ApplicationDetail], None]) -> None:
        """`then(detail)` with the application as the pane shows it, or as the worker
        reads it when the pane shows another one."""
        current = self._applications.current_detail(application_id)
        if current is not None:
            then(current)
            return
        ws, day = self.ops.ws, self.ops.today()
        self.ops.read(partial(detail, ws, application_id, today=day), then)

    def _with_reference(self, then: Callable[[Reference], None]) -> None:
        if self.ops.reference is not None:
            then(self.ops.reference)
        else:
            self.ops.load_reference(then)

    # -- registering ----------------------------------------------------------------------

    def register(self) -> None:
        if self.ops.named():
            self._with_reference(self._register)

    def _register(self, reference: Reference) -> None:
        dialog = RegisterDialog(reference, self.ops.ws.actor, self.ops.today(), self.ops.window)
        dialog.submitted.connect(lambda form: self._save_registration(dialog, form))
        run_modal(dialog)

    def _save_registration(self, dialog: RegisterDialog, form: NewApplication) -> None:
        def saved(result: ChangeSet) -> None:
            dialog.accept()
            if (found := result.detail) is None:
                return
            record = found.view.record
            # Its number said: with several desks registering, the next number is not
            # always the one a clerk expects.
            self.message.emit(
                self.tr("已登记：%1 %2").replace("%1", record.number).replace("%2", record.project)
            )
            self._applications.focus(found)
            if self._applications.page.selected_id() != record.id:  # a search hid it
                self.hidden_registered.emit(record.id)

        def refused(error: Exception) -> None:
            if isinstance(error, DomainError) and error.code is ErrorCode.SECOND_THOUGHTS:
                dialog.set_busy(False)
                if confirm(dialog, self.tr("登记前请确认"), strings.error_text(error)):
                    dialog.set_busy(True)
                    self.ops.write(partial(changes.register, ws, form, today=day), saved, refused)
                return
            dialog.show_failure(strings.error_text(error))

        ws, day = self.ops.ws, self.ops.today()
        self.ops.write(
            partial(changes.register, ws, form, today=day, ask_first=True), saved, refused
        )

    # -- steps ------------------------------------------------------------------------------

    def step(self, application_id: int, action: Action) -> None:
        self._with_detail(application_id, lambda current: self._step(current, action))

    def _step(self, current: ApplicationDetail, action: Action) -> None:
        if (reason := self._why_not(current, action)) is not None:
            QMessageBox.information(self.ops.window, strings.action_name(action), reason)
            return
        self._take(current, action)

    def _take(self, current: ApplicationDetail, action: Action, filled: Step | None = None) -> None:
        """Ask for the step and record it; `filled`: the dialog again as it was filled in
        (its question already answered)."""
        if not self.ops.named():
            return
        if filled is None and action in DESTRUCTIVE and not self._confirm_ending(current, action):
            return
        if action is Action.UNDO:
            step = self._confirm_undo(current)
        else:
            step = self._ask(current, action, filled)
        if step is None:
            return
        if action in (Action.APPROVE, Action.REFUSE) and step.document_number.strip():
            # A 文号 is normally one decision's: one already in use is asked about first.
            record = current.view.record
            self.ops.read(
                partial(decisions_numbered, self.ops.ws, step.document_number, record.id),
                partial(self._numbered, current, step),
            )
        else:
            self.submit(current, step)

    def _numbered(
        self, current: ApplicationDetail, step: Step, found: list[tuple[str, StageEvent]]
    ) -> None:
        if not found or self._number_again(step, found):
            self.submit(current, step)
        else:  # back to the dialog, as filled in, to change the number
            self._take(current, step.action, filled=step)

    def _number_again(self, step: Step, found: list[tuple[str, StageEvent]]) -> bool:
        """Yes to a 文号 that other decisions in force already bear."""
        shown = [strings.with_decision(number, d) for number, d in found[:3]]
        where = self.tr("、").join(shown)
        if len(found) > len(shown):
            where = self.tr("%1 等 %n 件", None, len(found)).replace("%1", where)
        text = (
            self.tr(
                "文号“%1”已用于 %2。一个文号通常只对应一项决定。仍使用此文号吗？选“否”返回修改。"
            )
            .replace("%1", step.document_number.strip())
            .replace("%2", where)
        )
        return confirm(self.ops.window, strings.action_name(step.action), text)

    def _why_not(self, current: ApplicationDetail, action: Action) -> str | None:
        """Why `action` cannot be taken on `current` now, or None when it can."""
        if action not in current.allowed:  # e.g. an extension at intake, or a second one
            return (
                self.tr("“%1”现在不能办理：申请处于“%2”环节。")
                .replace("%1", strings.action_name(action))
                .replace("%2", strings.stage_name(current.view.record.facts.stage))
            )
        if (refusal := current.blocked.get(action)) is not None:  # the law refuses it today
            return strings.error_text(refusal)
        return None

    def step_by_key(self, application_id: int, action: Action | None) -> None:
        """A step asked for by its shortcut; None: the next step along the main line.
        A step that cannot be taken now says why in the status bar (#13): a key pressed
        on the wrong application should not raise a box, nor do nothing."""
        self._with_detail(application_id, lambda current: self._step_by_key(current, action))

    def _step_by_key(self, current: ApplicationDetail, action: Action | None) -> None:
        stage = current.view.record.facts.stage
        if action is None and (action := MAIN_LINE.get(stage)) is None:
            self.message.emit(
                self.tr("申请处于“%1”环节，没有下一步可办理。").replace(
                    "%1", strings.stage_name(stage)
                )
            )
            return
        if (reason := self._why_not(current, action)) is not None:
            self.message.emit(reason)
            return
        self._take(current, action)

    def submit(self, current: ApplicationDetail, step: Step) -> None:
        """Record `step` on the application as the user saw it (`current`)."""
        record = current.view.record
        ws, day = self.ops.ws, self.ops.today()
        self.ops.write(
            partial(changes.step, ws, record.id, record.version, step, today=day),
            self._stepped,
            partial(self._step_failed, record.id),
        )

    def _ask(
        self, current: ApplicationDetail, action: Action, filled: Step | None = None
    ) -> Step | None:
        reference = self.ops.reference
        assert reference is not None  # loaded before any application is listed
        dialog = StepDialog(
            current,
            action,
            reference.calendar,
            today=self.ops.today(),
            actor=self.ops.ws.actor,
            now=self.ops.ws.now(),
            units=reference.units,
            handlers=reference.handlers,
            staff=reference.staff_at(current.view.record.held_by),
            parent=self.ops.window,
        )
        if filled is not None:
            dialog.refill(filled)
        record = current.view.record

        def watch(changes: ChangeSet) -> None:  # another desk's save, while it is open
            for view in changes.applications:
                if view.record.id == record.id and view.record.version > record.version:
                    dialog.changed_elsewhere(strings.stage_name(view.record.facts.stage))

        if self.ops.offline is not None:
            dialog.offline()
        with self.ops.watching(watch), shown(dialog) as accepted:
            return dialog.step() if accepted else None

    def _stepped(self, result: ChangeSet) -> None:
        if result.detail is None:
            return
        self._applications.focus(result.detail)
        record = result.detail.view.record
        action = result.detail.events[-1].action
        done = strings.action_name(action)
        # A finished one stays listed only where finished ones are shown; elsewhere it
        # leaves (at once, or as the selection moves on): said where it went.
        listed = is_open(record) or self._applications.page.show_finished.isChecked()
        if not listed:
            said = self.tr("已办理“%2”：%1 已办结，不再列在当前列表中（勾选“显示已办结”可查看）。")
        elif not is_open(record):  # and still listed
            said = self.tr("已办理“%2”：%1 已办结。")
        else:
            said = self.tr("已办理“%2”：%1。")
        # A step the applicant is told of in writing names its notice (on the 通知书 tab),
        # which a first-day clerk would not know to look for.
        kind = notice_reporting(action)
        if kind is not None and result.detail.why_no_notice(kind) is None:
            if listed:  # its 通知书 tab is there to come back to
                said += self.tr("请在“通知书”中出具%3。").replace("%3", strings.notice_title(kind))
            # Asked at once where the law wants it told in writing now (第四十二条), or
            # where the application leaves the list, and its 通知书 tab with it.
            if action is Action.EXTEND or not listed:
                self._notice(result.detail, kind)
        self.message.emit(said.replace("%1", record.number).replace("%2", done))

    def _confirm_undo(self, current: ApplicationDetail) -> Step | None:
        last = effective_history(current.events)[-1]
        kind = notice_reporting(last.action)
        if kind is None:
            template = self.tr(
                "将撤销 %5 的上一步：%1（%2，%3），回到“%4”环节。%7"
                "撤销操作本身会记入办理过程。确定撤销吗？"
            )
        else:  # whether it was printed, the clerk knows; the program does not
            template = self.tr(
                "将撤销 %5 的上一步：%1（%2，%3），回到“%4”环节。%7"
                "撤销操作本身会记入办理过程。"
                "如已就此出具《%6》，撤销后该文书不再有效，请收回或书面告知申请人。确定撤销吗？"
            ).replace("%6", strings.notice_title(kind))
        # A correction undone: what the registration will read again.
        restored = strings.restored_text(last) if last.action is Action.CORRECT else ""
        text = (
            template.replace("%5", current.view.record.number)  # which one: said, not assumed
            .replace("%1", strings.action_name(last.action))
            .replace("%2", last.on.isoformat())
            .replace("%3", last.actor)
            .replace("%4", strings.stage_name(last.from_stage or last.to_stage))
            .replace("%7", restored)
        )
        if not confirm(self.ops.window, self.tr("撤销上一步"), text):
            return None
        return Step(
            Action.UNDO,
            on=self.ops.today(),
            remark=self.tr("撤销：%1").replace("%1", strings.action_name(last.action)),
        )

    def _confirm_ending(self, current: ApplicationDetail, action: Action) -> bool:
        """Yes before a step that ends the application against the applicant, told
        what it does; its dialog follows (#13)."""
        record = current.view.record
        text = (
            self.tr("确定对“%1 %2”办理“%3”吗？%4。选“是”后填写并确认办理内容。")
            .replace("%1", record.number)
            .replace("%2", record.project)
            .replace("%3", strings.action_name(action))
            .replace("%4", step_hint(action))
        )
        return confirm(self.ops.window, strings.action_name(action), text)

    def _step_failed(self, application_id: int, error: Exception) -> None:
        if not (isinstance(error, StoreError) and error.code is StoreErrorCode.STALE):
            self.ops.show_error(error)
            return
        # Read first, to say what the other desk did and who did it.
        ws, day = self.ops.ws, self.ops.today()
        self.ops.read(partial(detail, ws, application_id, today=day), self._beaten)

    def _beaten(self, found: ApplicationDetail) -> None:
        """A step refused because another desk saved the application first: what that
        desk did, and the application as it is now, if the clerk wants it."""
        last = found.events[-1]  # the latest recorded: an undo is said as one
        number, action = found.view.record.number, strings.action_name(last.action)
        text = strings.beaten_text(number, last.actor, action, last.on, last.at)
        text += self.tr("是否查看其最新情况？")
        answer = QMessageBox.question(self.ops.window, self.tr("保存冲突"), text)
        if answer == QMessageBox.StandardButton.Yes:
            self._reloaded(found)

    def _reloaded(self, found: ApplicationDetail) -> None:
        """Another desktop's change, read on request: shown like any change set."""
        self.ops.publish(ChangeSet(applications=(found.view,), detail=found))
        self._applications.focus(found)

    # -- menus ------------------------------------------------------------------------------

    def context_menu(self, application_id: int, pos: QPoint) -> None:
        def show(current: ApplicationDetail) -> None:
            menu = QMenu(self.ops.window)
            self.add_step_actions(menu, current)
            menu.exec(pos)
            menu.deleteLater()

        self._with_detail(application_id, show)

    def fill_steps_menu(self, menu: QMenu, *, list_shown: bool) -> None:
        """The 办理 menu: the selected application's steps, as the pane shows them; none
        while another page is shown, where the selection cannot be seen."""
        menu.clear()
        if not list_shown:
            menu.addAction(self.tr("（请先在申请列表中选择一件申请）")).setEnabled(False)
            return
        application_id = self._applications.page.selected_id()
        current = (
            self._applications.current_detail(application_id)
            if application_id is not None
            else None
        )
        if current is not None:
            self.add_step_actions(menu, current)
        elif application_id is None:
            menu.addAction(self.tr("（请先选择一件申请）")).setEnabled(False)
        else:
            menu.addAction(self.tr("（正在载入…）")).setEnabled(False)

    def add_step_actions(self, menu: QMenu, current: ApplicationDetail) -> None:
        """The steps the stage table allows now, as the detail pane shows them: the
        main-line step first and in bold, then the others and the explanation; below a
        line, those that end the application against the applicant. A step the law
        refuses today is shown disabled, its reason as the tooltip."""
        application_id = current.view.record.id
        units = self.ops.reference.units if self.ops.reference is not None else ()
        steps = offered_steps(current, units)
        rounds = current.view.record.facts.supplement_rounds

        def add(action: Action) -> QAction:
            item = menu.addAction(
                step_icon(menu, action),
                strings.step_name_for(action, rounds),  # 再次告知补正（第 2 次）, as the pane
                partial(self.step, application_id, action),
            )
            item.setObjectName(f"step_{action.value}")
            item.setToolTip(step_hint(action))
            return item

        fill_step_menu(
            menu,
            (steps.ordinary, steps.main, steps.ending),
            current.blocked,
            add,
            (self.tr("为什么是这个日期？"), partial(self.why, application_id)),
        )

    # -- explanations and notices -----------------------------------------------------------

    def why(self, application_id: int) -> None:
        self._with_detail(application_id, self._explain)

    def _explain(self, current: ApplicationDetail) -> None:
        run_modal(WhyDialog(current, self.ops.window))

    def notice(self, application_id: int, kind: str) -> None:
        self._with_detail(application_id, lambda current: self._notice(current, kind))

    def _notice(self, current: ApplicationDetail, kind: str) -> None:
        """The notice with the bureau's settings as they are now (another desk may have
        changed them), and the deciding unit's own name and telephone if it has them;
        `bureau`, this desk's own former setting, serves a database that has no
        authority's name yet."""
        from approvals_gui.domain.notices import NoticeKind
        from approvals_gui.services.notices import settings_for
        from approvals_gui.ui import notices  # Qt's PDF writer and printing, only when asked

        reference = self.ops.reference
        assert reference is not None  # loaded before any application is listed
        self.ops.read(
            partial(settings_for, self.ops.ws, current.view.record.unit, self.bureau),
            lambda settings: notices.issue(
                self.ops.window,
                current,
                NoticeKind(kind),
                settings,
                reference.calendar,
                self.ops.settings,
            ),
        )
