"""Everything about one application: facts, dates, its stage timeline, the steps allowed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QMenu,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from approvals_gui.domain.calendar import FIRST_YEAR, LAST_YEAR
from approvals_gui.domain.clock import BUREAU_DEADLINES, DeadlineKind, Phase, Status
from approvals_gui.domain.errors import ErrorCode
from approvals_gui.domain.notices import NoticeKind
from approvals_gui.domain.stages import (
    MAIN_LINE,
    STAYING_ACTIONS,
    Action,
    Stage,
    StageEvent,
    decision_in_force,
)
from approvals_gui.domain.timeline import TimelineEntry
from approvals_gui.domain.units import Unit, unit_shares
from approvals_gui.services.applications import ApplicationDetail
from approvals_gui.ui import strings
from approvals_gui.ui.delegates.countdown import CHIP_COLOURS
from approvals_gui.ui.history_table import HistoryColumns, HistoryTable
from approvals_gui.ui.labels import CAUTION_STYLE, plain_label
from approvals_gui.ui.pane_parts import (
    HintOrContent,
    StepFocus,
    clear_layout,
    scroll_area,
    scrolled_form,
    selectable,
    steps_first,
    unconfirmed_warning,
    warning,
)
from approvals_gui.ui.step_hints import (
    DESTRUCTIVE,
    NOTICES_ICON,
    WHY_ICON,
    mark_step_button,
    step_hint,
    step_icon,
    themed_icon,
)

PAUSED_BACKGROUND = "#eeeeee"
TAKEN_BACK_TEXT = "#757575"  # a step taken back, and its undo: on record, not in force
# Two steps to a row: three English labels ("Publish before approval") side by side make
# the pane too wide for a 1366-pixel screen.
STEP_COLUMNS = 2
TIMELINE_COLUMNS = ("on", "action", "stage", "actor", "workdays", "document", "remark")
TIMELINE = HistoryColumns(
    TIMELINE_COLUMNS,
    whole=("on", "actor", "workdays"),
    capped=("stage", "document"),
    shared=(("action", 5), ("remark", 8)),
    optional=("document",),
    # In a narrow pane the notes stay in view: the stage goes first (the step says most
    # of it), then the working days (the 时限 tab has them), then the document number;
    # the step's tooltip tells all three.
    droppable=("stage", "workdays", "document"),
    prose=("remark",),
    step="action",
    led_to="stage",
    told=("workdays", "document"),
)


def offered_actions(detail: ApplicationDetail, units: Sequence[Unit]) -> list[Action]:
    """The steps to offer: those the stage table allows, but a transfer only where
    there is another active unit to send to (a bureau of one unit has none)."""
    record = detail.view.record
    here = record.held_by
    elsewhere = any(u.active and u.code != here for u in units)
    return [a for a in detail.allowed if a is not Action.TRANSFER or elsewhere]


@dataclass(frozen=True)
class OfferedSteps:
    """The steps offered, as the pane and the 办理 menus show them: the ordinary ones with
    the main-line step (the one a clerk takes next) first, then those that end the
    application against the applicant."""

    ordinary: list[Action]
    main: Action | None
    ending: list[Action]


def offered_steps(detail: ApplicationDetail, units: Sequence[Unit]) -> OfferedSteps:
    offered = offered_actions(detail, units)
    main = MAIN_LINE.get(detail.view.record.facts.stage)
    ordinary = sorted((a for a in offered if a not in DESTRUCTIVE), key=lambda a: a is not main)
    return OfferedSteps(
        ordinary, main if main in ordinary else None, [a for a in offered if a in DESTRUCTIVE]
    )


class DetailPane(QWidget):
    """Shows one `ApplicationDetail`; asks for steps, the explanation and notices by signal."""

    action_requested = Signal(object)  # Action
    why_requested = Signal()
    notice_requested = Signal(str)  # a NoticeKind
    collapse_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: ApplicationDetail | None = None
        self._unit_names: dict[str, str] = {}
        self._units: tuple[Unit, ...] = ()
        self.title = plain_label()
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.collapse_button = QToolButton()
        self.collapse_button.setObjectName("collapse_detail")
        self.collapse_button.setAutoRaise(True)
        # Like a toolbar's button, out of the Tab chain (Ctrl+I folds the pane): Tab from
        # the list goes straight to the steps.
        self.collapse_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.collapse_button.setArrowType(Qt.ArrowType.RightArrow)
        self.collapse_button.setToolTip(self.tr("收起详情栏（Ctrl+I 再次打开）"))
        self.collapse_button.clicked.connect(lambda _checked=False: self.collapse_requested.emit())
        self.chip = plain_label()
        self.chip.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chip.setWordWrap(True)  # a long countdown in English would widen the pane
        self.one_go = plain_label()
        self.one_go.setWordWrap(True)
        self.facts = QFormLayout()
        self.dates = QFormLayout()
        self.buttons = QGridLayout()
        self._step_focus = StepFocus()
        self.timeline = self._make_timeline()
        self._timeline_shown: tuple[int, int] | None = None  # application, its steps
        actions_box = QGroupBox(self.tr("办理"))
        actions_box.setLayout(self.buttons)
        self.unit_days = plain_label()
        self.unit_days.setObjectName("unit_days")
        self.unit_days.setWordWrap(True)
        self.notices = QGridLayout()
        self.tabs = self._make_tabs()
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.collapse_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(heading)
        # The steps stay in view whatever tab is open; the tabs take the rest.
        self.hint_or_content = HintOrContent(
            layout,
            self.tr("在左侧列表中选择一件申请，这里显示其详情。"),
            [self.chip, self.one_go, actions_box, self.tabs],
            self.tabs,
        )
        self.show_detail(None)

    def _make_tabs(self) -> QTabWidget:
        """概要 / 时限 / 办理过程 / 通知书 (#13): each a page of its own, so no box is
        squeezed to a few rows by the others."""
        tabs = QTabWidget()
        tabs.setObjectName("detail_tabs")
        tabs.setDocumentMode(True)
        timeline_page = QWidget()
        timeline_layout = QVBoxLayout(timeline_page)
        timeline_layout.setContentsMargins(0, 4, 0, 0)
        timeline_layout.addWidget(self.timeline, 1)
        timeline_layout.addWidget(self.unit_days)
        notices_page = QWidget()
        notices_layout = QVBoxLayout(notices_page)
        notices_layout.addLayout(self.notices)
        notices_layout.addStretch(1)
        pages = [
            (
                scrolled_form(self.facts),
                self.tr("概要"),
                self.tr("建设单位、类别、承办人和所在单位"),
            ),
            (scrolled_form(self.dates), self.tr("时限"), self.tr("各个期限、剩余工作日和计时起点")),
            (timeline_page, self.tr("办理过程"), self.tr("每一步的日期、办理人、文号和备注")),
            (scroll_area(notices_page), self.tr("通知书"), self.tr("可出具的书面通知和决定书")),
        ]
        for page, title, tip in pages:
            index = tabs.addTab(page, title)
            tabs.setTabToolTip(index, tip)
        return tabs

    def _make_timeline(self) -> HistoryTable:
        """The date, who and the days whole; the stage and 文号 (hidden while no step has
        one) up to a quarter each; the step and 备注 sharing the rest (#13)."""
        headers = [
            self.tr("日期"),
            self.tr("操作"),
            self.tr("进入环节"),
            self.tr("办理人"),
            self.tr("工作日"),
            self.tr("文号"),
            self.tr("备注"),
        ]
        # The tooltip's label for the days: the heading is short for a narrow column.
        table = HistoryTable(TIMELINE, headers, tip_labels={"workdays": self.tr("工作日数")})
        table.setObjectName("timeline")
        days = table.horizontalHeaderItem(table.index_of("workdays"))
        if days is not None:  # a number without a unit of time said what it counts
            days.setToolTip(self.tr("在进入的环节停留的工作日：至下一步，或仍在其中时至今天"))
        return table

    # -- filling ------------------------------------------------------------------------

    def set_units(self, units: Sequence[Unit]) -> None:
        """The bureau's units (names, and whether a transfer has anywhere to go); the
        shown application is shown again with them."""
        if tuple(units) != self._units:
            self._units = tuple(units)
            self._unit_names = {u.code: u.name for u in units}
            if self.detail is not None:
                self.show_detail(self.detail)

    def unit_name(self, code: str) -> str:
        return self._unit_names.get(code, code)

    def show_detail(self, detail: ApplicationDetail | None) -> None:
        self.detail = detail
        self.hint_or_content.show_content(detail is not None)
        if detail is None:
            self.title.clear()  # no heading above the hint
            return
        record, clock = detail.view.record, detail.view.clock
        self.title.setText(f"{record.number}  {record.project}")
        background, foreground = CHIP_COLOURS[clock.countdown]  # after a decision: delivery's
        self.chip.setText(strings.describe(clock))
        self.chip.setStyleSheet(
            f"background: {background}; color: {foreground}; border-radius: 10px;"
            "padding: 6px 12px; font-size: 14px; font-weight: bold;"
        )
        self.one_go.setText(self._one_go_text(detail))
        self._fill_facts(detail)
        self._fill_dates(detail)
        self._fill_buttons(detail)
        self._fill_timeline(detail)
        self._fill_unit_days(detail)
        self._fill_notices(detail)

    def show_reading(self, number: str, project: str, failed: str = "") -> None:
        """The list's selection has moved on to this application and its detail is
        still being read (behind a long load, seconds), or could not be (`failed`, why):
        the one shown before goes, and its buttons with it, rather than stand beside
        another selected row."""
        self.detail = None
        self.title.setText(f"{number}  {project}")
        hint = self.tr("正在读取此申请的详情…")
        if failed:
            hint = self.tr("未能读取此申请的详情：%1").replace("%1", failed)
        self.hint_or_content.show_content(False, hint)

    def _one_go_text(self, detail: ApplicationDetail) -> str:
        clock = detail.view.clock
        if clock.status is Status.CLOSED:
            return ""
        if clock.one_go is True:
            return self.tr("✔ 已一次办结")
        if clock.on_track_for_one_go:
            return self.tr("✔ 仍可一次办结（补正通知不超过一次）")
        return self.tr("✘ 未能一次办结：补正通知超过一次")

    def _fill_facts(self, detail: ApplicationDetail) -> None:
        clear_layout(self.facts)
        r = detail.view.record
        investment = "" if detail.investment is None else strings.amount_text(detail.investment)
        rows = [
            (self.tr("建设单位"), r.enterprise_name),
            (self.tr("信用代码"), r.credit_code),
            (self.tr("审批类别"), strings.category_name(r.category, detail.rule.name)),
            (self.tr("当前环节"), strings.stage_name(r.facts.stage)),
            (self.tr("承办人"), r.handler),
            (self.tr("审批单位"), self.unit_name(r.unit) if r.unit else ""),
            (self.tr("所在单位"), self.unit_name(r.held_by) if r.unit else ""),
            (self.tr("区县"), r.district),
            (self.tr("总投资（万元）"), investment),
            (self.tr("收件日期"), r.registered_on.isoformat()),
        ]
        decision = decision_in_force(detail.events)
        if decision is not None and decision.document_number:  # 批准 or 不予批准, in force
            text = strings.with_decision(decision.document_number, decision)
            rows.append((self.tr("决定文号"), text))
        for label, value in rows:
            self.facts.addRow(label, selectable(value))

    def _fill_dates(self, detail: ApplicationDetail) -> None:
        clear_layout(self.dates)
        clock, rule = detail.view.clock, detail.rule
        if clock.paused_by is Stage.SUPPLEMENT:
            # The request in force, not one since undone.
            sent = detail.notice_event(NoticeKind.SUPPLEMENT).on
            text = self.tr(
                "%1 已发补正通知，等待补正材料；收到材料后重新计算 5 个工作日的受理期限。"
            ).replace("%1", sent.isoformat())
            self.dates.addRow(self.tr("受理决定期限"), selectable(text))
        if clock.phase is Phase.INTAKE and clock.intake_due is not None:
            self.dates.addRow(self.tr("受理决定期限"), selectable(clock.intake_due.isoformat()))
        if clock.clock_start is not None:
            start = clock.clock_start.isoformat()
            if clock.deemed_accepted:
                start = self.tr("%1（逾期未作受理决定，自收件之日起视为受理）").replace("%1", start)
            self.dates.addRow(self.tr("计时起点"), selectable(start))
        if clock.promised_due is not None:
            promised = self._with_note(str(clock.promised_due), strings.limit_text(rule.promised))
            self.dates.addRow(self.tr("承诺期限"), selectable(promised))
        if clock.statutory_due is not None:
            statutory = self._with_note(
                str(clock.statutory_due), strings.limit_text(rule.statutory)
            )
            if clock.original_statutory_due != clock.statutory_due:
                statutory = (
                    self.tr(
                        "%1，原期限 %2，已延期 %n 个工作日",
                        None,
                        detail.view.record.facts.extension_days,
                    )
                    .replace("%1", str(clock.statutory_due))
                    .replace("%2", str(clock.original_statutory_due))
                )
            self.dates.addRow(self.tr("法定期限"), selectable(statutory))
        facts = detail.view.record.facts
        if clock.status is Status.CLOSED and facts.closed_on is not None:
            # Otherwise an empty tab: no limit runs once an application has ended.
            text = (
                self.tr("%1 %2，不再计算时限。")
                .replace("%1", facts.closed_on.isoformat())
                .replace("%2", strings.stage_name(facts.stage))
            )
            self.dates.addRow(self.tr("已终止"), selectable(text))
        if clock.status is Status.UNKNOWN:
            text = (
                self.tr("收件等日期超出日历范围（%1—%2 年），无法计算时限；请核对日期。")
                .replace("%1", str(FIRST_YEAR))
                .replace("%2", str(LAST_YEAR))
            )
            self.dates.addRow("", warning(text))
        if (done := detail.delivery) is not None:  # a late delivery stays on the record
            name = strings.deadline_name(DeadlineKind.DELIVERY)
            text = (
                self.tr("%1，于 %2 送达").replace("%1", str(done.due)).replace("%2", str(done.on))
            )
            if done.late_workdays:
                late = self.tr("逾期 %n 个工作日送达", None, done.late_workdays)
                self.dates.addRow(name, warning(self._with_note(text, late)))
            else:
                self.dates.addRow(name, selectable(text))
        for deadline in clock.deadlines:
            text = self._with_note(
                str(deadline.due), strings.workdays_left_text(deadline.workdays_left)
            )
            if deadline.kind not in BUREAU_DEADLINES:  # a period that must run its course
                text = self.tr("%1 届满").replace("%1", str(deadline.due))
            self.dates.addRow(strings.deadline_name(deadline.kind), selectable(text))
        if clock.late_supplement_on is not None:
            text = self.tr(
                "%1 的补正通知晚于受理期限，不中止、也不重新计算时限（《行政许可法》第三十二条）"
            ).replace("%1", str(clock.late_supplement_on))
            self.dates.addRow("", warning(text))
        if clock.statutory_overdue:
            self.dates.addRow("", warning(self.tr("已超过法定期限")))
        if unconfirmed := clock.running_unconfirmed_years:
            self.dates.addRow("", unconfirmed_warning(unconfirmed))

    def _with_note(self, text: str, note: str) -> str:
        """ "2026-11-20（10 个工作日）"; in English with ASCII brackets."""
        return (
            self.tr("%1（%2）", "a date and its limit or days left")
            .replace("%1", text)
            .replace("%2", note)
        )

    def focus_first_step(self, application_id: int) -> None:
        """The keyboard on the first step offered (the main-line one; never 撤销上一步),
        if any; on an application still being read, once it is shown."""
        shown = None if self.detail is None else self.detail.view.record.id
        self._step_focus.want(application_id, shown)

    def _fill_buttons(self, detail: ApplicationDetail) -> None:
        """The main-line step first and emphasised, the other steps, the explanation and
        the notices; then, below a line and in red, the steps that end the application
        against the applicant (#13)."""
        # The keyboard stays on the steps when they are made again (the detail read
        # again, another desk's change).
        focused = self._step_focus.remaking(detail.view.record.id)
        clear_layout(self.buttons)
        steps = offered_steps(detail, self._units)
        ordinary = [self._step_button(detail, a, a is steps.main) for a in steps.ordinary]
        widgets: list[QWidget] = list(ordinary)
        why = QPushButton(themed_icon(self, *WHY_ICON), self.tr("为什么是这个日期？"))
        why.setObjectName("why_button")
        why.setToolTip(self.tr("逐项说明各个期限是怎样算出来的"))
        why.clicked.connect(lambda _checked=False: self.why_requested.emit())
        widgets += [why, self._notices_button(detail)]
        for i, widget in enumerate(widgets):
            self.buttons.addWidget(widget, i // STEP_COLUMNS, i % STEP_COLUMNS)
        row = (len(widgets) + STEP_COLUMNS - 1) // STEP_COLUMNS
        ending = [self._step_button(detail, a, False) for a in steps.ending]
        # In the order offered; an undo is never the one the keyboard is put on.
        offered = [b for b, a in zip(ordinary, steps.ordinary, strict=True) if a is not Action.UNDO]
        self._step_focus.made(detail.view.record.id, offered, focused)
        if ending:
            line = QFrame()
            line.setObjectName("destructive_separator")
            line.setFrameShape(QFrame.Shape.HLine)
            line.setFrameShadow(QFrame.Shadow.Sunken)
            self.buttons.addWidget(line, row, 0, 1, STEP_COLUMNS)
            for i, button in enumerate(ending):
                self.buttons.addWidget(button, row + 1 + i // STEP_COLUMNS, i % STEP_COLUMNS)
            row += 2 + (len(ending) - 1) // STEP_COLUMNS
        steps_first(self, [*widgets, *ending], self.tabs)
        elsewhere = self._held_elsewhere(detail, [*steps.ordinary, *steps.ending])
        if elsewhere is not None:  # every step refused: say so once, not only on hover
            text = self.tr("此申请目前在%1，只有该单位可以办理。").replace("%1", elsewhere)
            self._add_caution(text, "held_elsewhere", row)
        elif steps.main is not None and (refusal := detail.blocked.get(steps.main)):
            # The step the clerk is most likely waiting to take: why not, in sight.
            rounds = detail.view.record.facts.supplement_rounds
            text = (
                self.tr("暂不能%1：%2")
                .replace("%1", strings.step_name_for(steps.main, rounds))
                .replace("%2", strings.error_text(refusal))
            )
            self._add_caution(text, "main_step_refused", row)

    def _add_caution(self, text: str, name: str, row: int) -> None:
        """A line under the steps, across them, that says why they cannot be taken."""
        note = selectable(text)
        note.setObjectName(name)
        note.setStyleSheet(CAUTION_STYLE)
        self.buttons.addWidget(note, row, 0, 1, STEP_COLUMNS)

    def _step_button(self, detail: ApplicationDetail, action: Action, main: bool) -> QPushButton:
        """A step's button: its icon, what it does on hover; the main-line step bold and
        the default, a destructive one in red; one the law refuses today disabled, why
        added to the hover text."""
        rounds = detail.view.record.facts.supplement_rounds
        button = QPushButton(step_icon(self, action), strings.step_name_for(action, rounds))
        button.setObjectName(f"step_{action.value}")
        button.clicked.connect(lambda _checked=False: self.action_requested.emit(action))
        hint = step_hint(action)
        mark_step_button(button, main=main, destructive=action in DESTRUCTIVE)
        if (refusal := detail.blocked.get(action)) is not None:
            button.setEnabled(False)  # the law refuses the step today: say why
            hint = f"{hint}\n{strings.error_text(refusal)}"
        button.setToolTip(hint)
        return button

    def _held_elsewhere(self, detail: ApplicationDetail, offered: Sequence[Action]) -> str | None:
        """The name of the unit holding the application, when the signed-in user may take
        none of the offered steps because it is that unit's work (a step the law or the
        role refuses too may give that reason instead); else None."""
        refusals = [detail.blocked.get(action) for action in offered]
        if not refusals or any(r is None for r in refusals):
            return None
        params = next(
            (
                r.params
                for r in refusals
                if r is not None and r.code is ErrorCode.NOT_PERMITTED and "unit" in r.params
            ),
            None,
        )
        if params is None:
            return None
        return str(params.get("unit_name") or self.unit_name(str(params["unit"])))

    def _notice_states(self, detail: ApplicationDetail) -> list[tuple[NoticeKind, str | None]]:
        """Every written notice, with why it cannot be issued now (None: it can)."""
        return [
            (kind, None if (r := detail.why_no_notice(kind)) is None else strings.error_text(r))
            for kind in NoticeKind
        ]

    def _notices_button(self, detail: ApplicationDetail) -> QPushButton:
        """A button with every written notice; one that cannot be issued now is
        disabled, with the reason as its tooltip."""
        button = QPushButton(themed_icon(self, *NOTICES_ICON), self.tr("通知书"))
        button.setObjectName("notice_button")
        button.setToolTip(self.tr("出具本申请的书面通知、决定书"))
        self.notice_menu = QMenu(button)
        self.notice_menu.setToolTipsVisible(True)
        for kind, refusal in self._notice_states(detail):
            item = self.notice_menu.addAction(
                strings.notice_title(kind), partial(self.notice_requested.emit, kind.value)
            )
            if refusal is not None:
                item.setEnabled(False)
                item.setToolTip(refusal)
        button.setMenu(self.notice_menu)
        return button

    def _fill_notices(self, detail: ApplicationDetail) -> None:
        """The 通知书 tab: each notice and a button that issues it, those that can be
        issued now first (the tab is narrow: one that could sat below several that
        could not, out of sight); under each of the others, across the pane, why not
        (beside the title, the English reasons had a word a line)."""
        clear_layout(self.notices)
        states = self._notice_states(detail)
        states.sort(key=lambda state: state[1] is not None)  # stable: in order otherwise
        row = 0
        for kind, refusal in states:
            title = plain_label(strings.notice_title(kind))
            issue = QPushButton(self.tr("出具…"))
            issue.setObjectName(f"issue_{kind.value}")
            issue.setEnabled(refusal is None)
            issue.setToolTip(refusal or self.tr("预览并打印或保存为 PDF"))
            issue.clicked.connect(
                lambda _checked=False, k=kind: self.notice_requested.emit(k.value)
            )
            self.notices.addWidget(title, row, 0)
            self.notices.addWidget(issue, row, 1)
            row += 1
            if refusal is not None:
                reason = selectable(refusal)
                reason.setStyleSheet("color: #616161;")
                reason.setContentsMargins(0, 0, 0, 8)  # apart from the next notice
                self.notices.addWidget(reason, row, 0, 1, 2)
                row += 1
        self.notices.setColumnStretch(0, 1)

    def _fill_timeline(self, detail: ApplicationDetail) -> None:
        """One row a step: 文号 in a column of its own; why the clock stood still, then
        the reason, materials or remark, under 备注 (#13). A step taken back stays, struck
        through and grey, with who took it back and when; so does the undo."""
        entries = detail.timeline
        by_seq = {e.seq: e for e in detail.events}
        self.timeline.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            e = entry.event
            action = strings.action_name(e.action)
            notes = [self._paused_text(entry)]
            if (undo := entry.undone_by) is not None:
                taken_back = self.tr("已撤销（%1 %2）").replace("%1", undo.on.isoformat())
                notes.insert(0, taken_back.replace("%2", undo.actor))
            if e.action is Action.UNDO and (undone := by_seq.get(e.undoes or -1)) is not None:
                action = self.tr("撤销“%1”").replace("%1", strings.action_name(undone.action))
                notes.append(e.remark)
            elif e.action is Action.EXTEND:
                action = self.tr("延期 %n 个工作日", None, e.extension_days)
                notes.append(e.reason)
            elif e.action in (Action.TRANSFER, Action.REASSIGN):
                action = self._move_text(e)
                notes.append(e.remark)
            elif e.action is Action.CORRECT:
                notes += [*strings.correction_notes(e), e.remark]
            elif e.refer_to:  # not accepted as another authority's matter
                notes += [self.tr("应向%1申请").replace("%1", e.refer_to), e.reason, e.remark]
            elif e.materials:  # a supplement notice: what is asked for, and any remark
                between = self.tr("；", "between the parts of a remark")
                notes += [between.join(strings.material_name(m) for m in e.materials), e.remark]
            else:
                notes += [e.reason, e.remark]
            notes.append(strings.recorded_later_text(e.on, e.at))  # set back: said so
            cells = {
                "on": e.on.isoformat(),
                "action": action,
                "stage": strings.stage_name(entry.stage),
                "actor": e.actor,
                "workdays": self._workdays_text(entry),
                "document": e.document_number,
                "remark": self.tr("；", "between the parts of a remark").join(filter(None, notes)),
            }
            told = not (
                e.action in STAYING_ACTIONS or strings.named_for_its_stage(e.action, entry.stage)
            )
            for item in self.timeline.put_row(row, cells, stage_told=told):
                if entry.paused and entry.in_force:
                    item.setBackground(QBrush(QColor(PAUSED_BACKGROUND)))
                if not entry.in_force:
                    item.setForeground(QBrush(QColor(TAKEN_BACK_TEXT)))
                if entry.undone_by is not None:
                    struck = item.font()
                    struck.setStrikeOut(True)
                    item.setFont(struck)
        self.timeline.fit()
        # The newest step in view when the history is another application's or has
        # grown (a step just taken); the same one read again stays where it was read.
        shown = (detail.view.record.id, len(entries))
        if shown != self._timeline_shown:
            self._timeline_shown = shown
            self.timeline.scrollToBottom()

    def _workdays_text(self, entry: TimelineEntry) -> str:
        """The stage's working days, and how many of them which clock left out: a
        shaded row's days are not all uncounted (a notice kept open past its period),
        nor on both clocks (a notice pauses the promise only)."""
        if entry.workdays is None:
            return ""
        days, paused = str(entry.workdays), entry.paused_workdays
        if paused is None:
            return days
        whole = paused == entry.workdays
        if entry.paused_promised and entry.paused_statutory:
            text = self.tr("%1（暂停）") if whole else self.tr("%1（其中暂停 %2）")
        elif entry.paused_promised:
            text = self.tr("%1（承诺时限暂停）") if whole else self.tr("%1（其中承诺时限暂停 %2）")
        else:
            text = self.tr("%1（法定时限暂停）") if whole else self.tr("%1（其中法定时限暂停 %2）")
        return text.replace("%1", days).replace("%2", str(paused))

    def _paused_text(self, entry: TimelineEntry) -> str:
        if entry.paused_promised and entry.paused_statutory:
            paused = self.tr("暂停计时")
        elif entry.paused_promised:
            paused = self.tr("仅承诺时限暂停")
        elif entry.paused_statutory:
            paused = self.tr("仅法定时限暂停")
        else:
            return ""
        if entry.paused_until is None:
            return paused
        # A notice kept open past its period: the days after it count.
        return (
            self.tr("%1至 %2（公示期满），此后恢复计时")
            .replace("%1", paused)
            .replace("%2", entry.paused_until.isoformat())
        )

    def _move_text(self, e: StageEvent) -> str:
        """ "转办：东城分局 → 市局" or "改派：张三 → 李四"."""
        if e.action is Action.TRANSFER:
            text = self.tr("转办：%1 → %2")
            before, after = self.unit_name(e.from_unit), self.unit_name(e.to_unit)
        else:
            text = self.tr("改派：%1 → %2")
            before, after = e.from_handler, e.handler
        return text.replace("%1", before or self.tr("（未记录）")).replace("%2", after)

    def _fill_unit_days(self, detail: ApplicationDetail) -> None:
        """Each unit's share of the working days (系统内流转), in order of arrival; each
        stay with its dates in the tooltip."""
        shares = unit_shares(detail.units)
        self.unit_days.setVisible(bool(shares))
        parts = [
            self.tr("%1：%n 个工作日", "", n).replace("%1", self.unit_name(code))
            for code, n in shares.items()
        ]
        separator = self.tr("；", "between the units' shares")
        shares_text = self.tr("各单位经手（自收件起，含暂停）：%1")
        self.unit_days.setText(shares_text.replace("%1", separator.join(parts)))
        stays = [
            (
                self.tr("%1：%2 至 %3，%n 个工作日", "", span.workdays).replace(
                    "%3", span.end.isoformat()
                )
                if span.end is not None
                else self.tr("%1：%2 起，%n 个工作日", "", span.workdays)
            )
            .replace("%1", self.unit_name(span.unit))
            .replace("%2", span.start.isoformat())
            for span in detail.units
        ]
        self.unit_days.setToolTip("\n".join(stays))
