"""Everything about one hotline case: its heading and chip, the steps it may take, its
papers, and the tabs 概要 / 时限 / 办理过程."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from approvals_gui.domain.hotline.cases import CaseAction, CaseEvent, effective, main_step
from approvals_gui.domain.hotline.clock import CaseDeadline
from approvals_gui.domain.hotline.records import CaseRecord
from approvals_gui.services.hotline import CaseDetail
from approvals_gui.ui import hotline_strings as names
from approvals_gui.ui import strings
from approvals_gui.ui.history_table import HistoryColumns, HistoryTable
from approvals_gui.ui.labels import plain_label
from approvals_gui.ui.pane_parts import (
    HintOrContent,
    StepFocus,
    clear_layout,
    scrolled_form,
    selectable,
    steps_first,
    unconfirmed_warning,
)
from approvals_gui.ui.step_hints import WHY_ICON, mark_step_button, themed_icon

STEP_COLUMNS = 2
DESTRUCTIVE = frozenset({CaseAction.REFUSE})  # ends the case against the reporter
HANDOVER, CLOSING = "handover", "closing"  # the two papers


@dataclass(frozen=True, slots=True)
class OfferedCaseSteps:
    """A case's steps as its pane and the 办理 menu offer them: the main-line one (if
    it can be taken) among the others; apart, those that end it against the reporter."""

    ordinary: list[CaseAction]
    main: CaseAction | None
    ending: list[CaseAction]


def offered_case_steps(detail: CaseDetail) -> OfferedCaseSteps:
    main = main_step(detail.events)
    ordinary = [a for a in detail.allowed if a not in DESTRUCTIVE]
    ending = [a for a in detail.allowed if a in DESTRUCTIVE]
    return OfferedCaseSteps(ordinary, main if main in ordinary else None, ending)


# The date, who and the step's name whole; the stage up to a quarter; 说明 the rest.
CASE_HISTORY = HistoryColumns(
    ("on", "action", "stage", "actor", "notes"),
    whole=("on", "actor", "action"),
    capped=("stage",),
    shared=(("notes", 8),),
    droppable=("stage",),  # the step taken says most of it; its tooltip names it
    prose=("notes",),
    step="action",
    led_to="stage",
)


class CaseDetailPane(QWidget):
    """Shows one `CaseDetail`; asks for steps, the explanation and the papers by signal."""

    step_requested = Signal(object)  # CaseAction
    why_requested = Signal()
    document_requested = Signal(str)  # HANDOVER or CLOSING

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: CaseDetail | None = None
        self._units: dict[str, str] = {}
        self.title = plain_label()
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.chip = plain_label()
        self.chip.setObjectName("case_chip")
        self.chip.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chip.setWordWrap(True)
        self.buttons = QGridLayout()
        self._step_focus = StepFocus()
        steps_box = QGroupBox(self.tr("办理"))
        steps_box.setLayout(self.buttons)
        self.facts = QFormLayout()
        self.dates = QFormLayout()
        self.history = HistoryTable(
            CASE_HISTORY,
            [
                self.tr("日期"),
                self.tr("操作"),
                self.tr("进入环节"),
                self.tr("办理人"),
                self.tr("说明"),
            ],
        )
        self.history.setObjectName("case_history")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("case_tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(scrolled_form(self.facts), self.tr("概要"))
        self.tabs.addTab(scrolled_form(self.dates), self.tr("时限"))
        self.tabs.addTab(self.history, self.tr("办理过程"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(self.title)
        self.hint_or_content = HintOrContent(
            layout,
            self.tr("在左侧列表中选择一件举报，这里显示其详情和可办理的步骤。"),
            [self.chip, steps_box, self.tabs],
            self.tabs,
        )
        self.show_detail(None)

    def set_unit_names(self, units: dict[str, str]) -> None:
        self._units = units

    def unit_name(self, code: str) -> str:
        return self._units.get(code, code)

    def show_detail(self, detail: CaseDetail | None) -> None:
        self.detail = detail
        self.hint_or_content.show_content(detail is not None)
        if detail is None:
            self.title.clear()
            return
        record, clock = detail.view.record, detail.view.clock
        self.title.setText(f"{record.number}  {record.enterprise_name or record.address}")
        background, foreground = names.chip_colours(clock.status)
        text = names.chip_text(clock)
        if clock.current is not None:
            text = (
                self.tr("%1（%2 %3）")
                .replace("%1", text)
                .replace("%2", names.due_name(clock.current.kind))
                .replace("%3", clock.current.due.isoformat())
            )
        self.chip.setText(text)
        self.chip.setStyleSheet(
            f"background: {background}; color: {foreground}; border-radius: 10px;"
            "padding: 6px 12px; font-size: 14px; font-weight: bold;"
        )
        self._fill_buttons(detail)
        self._fill_facts(detail)
        self._fill_dates(detail)
        joined = (detail.view.record.facts.merged_into, detail.joined)
        self._fill_history(detail.events, joined)

    # -- steps and papers ---------------------------------------------------------------

    def focus_first_step(self, case_id: int) -> None:
        """The keyboard on the first step offered (the main-line one; never 撤销上一步),
        if any; on a case still being read, once it is shown."""
        self._step_focus.want(case_id, None if self.detail is None else self.detail.view.record.id)

    def _fill_buttons(self, detail: CaseDetail) -> None:
        """The main-line step first, bold and the default; the other steps; the
        explanation and the papers; below a line and in red, 不予受理."""
        focused = self._step_focus.remaking(detail.view.record.id)  # kept on remade steps
        clear_layout(self.buttons)
        steps = offered_case_steps(detail)
        ordinary = [self._step_button(detail, a, a is steps.main) for a in steps.ordinary]
        widgets: list[QWidget] = list(ordinary)
        why = QPushButton(themed_icon(self, *WHY_ICON), self.tr("为什么是这个日期？"))
        why.setObjectName("case_why")
        why.setToolTip(self.tr("逐项说明各个期限是怎样算出来的"))
        why.clicked.connect(lambda _checked=False: self.why_requested.emit())
        widgets += [why, *self._paper_buttons(detail)]
        for i, widget in enumerate(widgets):
            self.buttons.addWidget(widget, i // STEP_COLUMNS, i % STEP_COLUMNS)
        ending = [self._step_button(detail, a, False) for a in steps.ending]
        if ending:
            row = (len(widgets) + STEP_COLUMNS - 1) // STEP_COLUMNS
            line = QFrame()
            line.setFrameShape(QFrame.Shape.HLine)
            line.setFrameShadow(QFrame.Shadow.Sunken)
            self.buttons.addWidget(line, row, 0, 1, STEP_COLUMNS)
            for i, button in enumerate(ending):
                self.buttons.addWidget(button, row + 1 + i // STEP_COLUMNS, i % STEP_COLUMNS)
        steps_first(self, [*widgets, *ending], self.tabs)
        # In the order offered; an undo is never the one the keyboard is put on.
        offered = [
            b for b, a in zip(ordinary, steps.ordinary, strict=True) if a is not CaseAction.UNDO
        ]
        self._step_focus.made(detail.view.record.id, offered, focused)

    def _step_button(self, detail: CaseDetail, action: CaseAction, main: bool) -> QPushButton:
        button = QPushButton(names.action_name(action))
        button.setObjectName(f"case_step_{action.value}")
        button.clicked.connect(lambda _checked=False: self.step_requested.emit(action))
        mark_step_button(button, main=main, destructive=action in DESTRUCTIVE)
        if (refusal := detail.blocked.get(action)) is not None:
            button.setEnabled(False)
            button.setToolTip(strings.error_text(refusal))
        return button

    def _paper_buttons(self, detail: CaseDetail) -> list[QPushButton]:
        facts = detail.view.record.facts
        handed = QPushButton(self.tr("交办单…"))
        handed.setObjectName("case_handover")
        handed.setEnabled(bool(facts.unit))
        handed.setToolTip(
            self.tr("打印交承办单位的交办单（PDF）")
            if facts.unit
            else self.tr("交办给承办单位后才能打印交办单")
        )
        handed.clicked.connect(lambda _checked=False: self.document_requested.emit(HANDOVER))
        # Closed, whatever came after (a review or recheck asked for): its report stands.
        closed = detail.view.clock.closed_in_time is not None
        report = QPushButton(self.tr("办结报告…"))
        report.setObjectName("case_closing")
        report.setEnabled(closed)
        report.setToolTip(
            self.tr("打印本案的办结报告（PDF）") if closed else self.tr("办结后才能打印办结报告")
        )
        report.clicked.connect(lambda _checked=False: self.document_requested.emit(CLOSING))
        return [handed, report]

    # -- the tabs -----------------------------------------------------------------------

    def _fill_facts(self, detail: CaseDetail) -> None:
        clear_layout(self.facts)
        r = detail.view.record
        rows = [
            (self.tr("举报内容"), r.content),
            (self.tr("地址"), r.address),
            (self.tr("区县"), r.district),
            (self.tr("被举报企业"), self._enterprise(r)),
            (self.tr("渠道"), names.channel_name(r.channel)),
            (self.tr("类别"), names.topic_name(r.topic)),
            (self.tr("收到时间"), r.received_at.strftime("%Y-%m-%d %H:%M")),
            (self.tr("举报人"), self._reporter(r)),
            (self.tr("登记单位"), self.unit_name(r.received_by)),
            (self.tr("承办单位"), self.unit_name(r.facts.unit)),
            (self.tr("当前环节"), names.stage_name(r.facts.stage)),
        ]
        if detail.joined:
            joined = self.tr("已并入 %1 一并办理").replace("%1", detail.joined)
            rows.append((self.tr("合并办理"), joined))
        steps = effective(detail.events)
        if refused := [e for e in steps if e.action is CaseAction.REFUSE]:
            e = refused[-1]
            text = self.tr("%1：%2").replace("%1", e.on.isoformat()).replace("%2", e.reason)
            rows.append((self.tr("不予受理"), text))
        if visits := [e for e in steps if e.action is CaseAction.VISIT_BACK]:
            e = visits[-1]
            assert e.satisfaction is not None  # a 回访 records it (cases._check_needs)
            text = (
                self.tr("%1：%2")
                .replace("%1", e.on.isoformat())
                .replace("%2", names.satisfaction_name(e.satisfaction))
            )
            rows.append((self.tr("回访评价"), text))
        for label, value in rows:
            if value:  # no empty rows: a report names an address or an enterprise, or both
                self.facts.addRow(label, selectable(value))
        for m in detail.merged:
            text = (
                self.tr("%1，%2 收到（%3）")
                .replace("%1", m.number)
                .replace("%2", m.received_at.strftime("%Y-%m-%d %H:%M"))
                .replace("%3", names.channel_name(m.channel))
            )
            self.facts.addRow(self.tr("合并的重复举报"), selectable(text))

    def _enterprise(self, r: CaseRecord) -> str:
        if not r.credit_code:
            return ""
        return self.tr("%1（%2）").replace("%1", r.enterprise_name).replace("%2", r.credit_code)

    def _reporter(self, r: CaseRecord) -> str:
        """As the service gives it: whole, or masked for roles that must not see it."""
        if r.anonymous:
            return self.tr("匿名")
        return "  ".join(filter(None, (r.reporter_name, r.reporter_phone)))

    def _fill_dates(self, detail: CaseDetail) -> None:
        clear_layout(self.dates)
        clock = detail.view.clock
        for deadline in clock.deadlines:
            self.dates.addRow(names.due_name(deadline.kind), selectable(self._due_text(deadline)))
        if clock.running_unconfirmed_years:
            self.dates.addRow("", unconfirmed_warning(clock.running_unconfirmed_years))
        why = QPushButton(themed_icon(self, *WHY_ICON), self.tr("为什么是这个日期？"))
        why.setObjectName("case_why_dates")
        why.clicked.connect(lambda _checked=False: self.why_requested.emit())
        self.dates.addRow("", why)

    def _due_text(self, d: CaseDeadline) -> str:
        """ "2026-12-30（剩 12 天）" while it runs; once met, when and whether in time."""
        assert self.detail is not None
        if d.done_on is None:
            left = names.days_left_text(d.days_left(self.detail.view.clock.today))
            return self.tr("%1（%2）").replace("%1", d.due.isoformat()).replace("%2", left)
        on_time = self.tr("按期") if d.on_time else self.tr("逾期")
        return (
            self.tr("%1 已办理，%2（期限 %3）")
            .replace("%1", d.done_on.isoformat())
            .replace("%2", on_time)
            .replace("%3", d.due.isoformat())
        )

    def _fill_history(self, events: tuple[CaseEvent, ...], joined: tuple[int | None, str]) -> None:
        self.history.setRowCount(len(events))
        for row, e in enumerate(events):
            cells = {
                "on": e.on.isoformat(),
                "action": names.action_name(e.action),
                "stage": names.stage_name(e.to_stage),
                "actor": e.actor,
                "notes": self._event_notes(e, joined),
            }
            self.history.put_row(row, cells)
        self.history.fit()

    def _event_notes(self, e: CaseEvent, joined: tuple[int | None, str]) -> str:
        """The case a report joined, the unit and its date, the findings, the reason
        and the remark of a step."""
        notes = []
        if e.merged_into is not None and e.merged_into == joined[0]:  # (id, number)
            notes.append(self.tr("并入 %1").replace("%1", joined[1]))
        if e.unit:
            due = e.unit_due.isoformat() if e.unit_due else ""
            notes.append(
                self.tr("交 %1，%2 前反馈").replace("%1", self.unit_name(e.unit)).replace("%2", due)
            )
        if e.extension_days:
            notes.append(self.tr("延期 %n 天", "", e.extension_days))
        if e.satisfaction is not None:
            notes.append(names.satisfaction_name(e.satisfaction))
        labelled = (
            (self.tr("调查情况"), e.findings),
            (self.tr("处理措施"), e.measures),
            (self.tr("处罚"), e.penalty),
            (self.tr("理由"), e.reason),
        )
        notes += [f"{label}：{text}" for label, text in labelled if text]
        notes += [e.remark, strings.recorded_later_text(e.on, e.at)]  # set back: said so
        # A part typed as a sentence ("…垃圾情况。") loses its stop before the next ("。；").
        parts = [note.rstrip("。；;.") for note in notes if note]
        return self.tr("；", "between the parts of a remark").join(parts)
